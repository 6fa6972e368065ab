#include "model/forms/FormSuggestionTarget.h"

namespace
{
    QString pathFor(ExtractedSuggestion::Kind kind)
    {
        switch (kind) {
        case ExtractedSuggestion::Kind::Skill:
        case ExtractedSuggestion::Kind::Licence:
            return QStringLiteral("skills[*].label");
        case ExtractedSuggestion::Kind::JobGoal:
            return QStringLiteral("job_goals[*].title");
        case ExtractedSuggestion::Kind::Qualification:
            return QStringLiteral("qualifications[*].title");
        case ExtractedSuggestion::Kind::Hours:
            return QStringLiteral("circumstances.hoursAvailable");
        default:
            return {};
        }
    }
} // namespace

FormSuggestionTarget::Placement FormSuggestionTarget::place(const FormDefinition &form,
                                                            const FormAnswers &answers,
                                                            const ExtractedSuggestion &suggestion,
                                                            const QString &value,
                                                            const QString &lastFocusedField)
{
    const QString path = pathFor(suggestion.kind);
    for (const FormSection &section : form.sections) {
        for (const FormField &field : section.fields) {
            if (!form.isShown(field, answers))
                continue;
            if (!path.isEmpty() && field.prefill == path)
                return {field.id, value};
            // A barrier ticks the matching option of a choice list that offers it.
            if (suggestion.kind == ExtractedSuggestion::Kind::Barrier && field.type == FormFieldType::MultiChoice &&
                field.choice(suggestion.value))
                return {field.id, suggestion.value};
        }
    }
    if (suggestion.kind == ExtractedSuggestion::Kind::Date) {
        const FormField *field = form.field(lastFocusedField);
        const QDate date = QDate::fromString(value, Qt::ISODate);
        if (field && field->type == FormFieldType::Date && date.isValid() && form.isShown(*field, answers))
            return {field->id, date.toString(Qt::ISODate)};
    }
    return {};
}
