#include "model/forms/FormValidator.h"

#include "model/core/Validators.h"
#include "model/io/CsvReader.h"

#include <QRegularExpression>

QString FormValidator::typeProblem(const FormField &field, const QString &value)
{
    switch (field.type) {
    case FormFieldType::Text:
    case FormFieldType::MultiLine:
    case FormFieldType::SkillList:
        if (value.size() > field.maxLength)
            return tr("Use %1 characters or fewer.").arg(field.maxLength);
        return {};
    case FormFieldType::Number: {
        const auto number = CsvReader::toNumber(value);
        if (!number)
            return tr("Enter a number, like 16 or 37.5.");
        if (field.minimum && *number < *field.minimum)
            return tr("Enter %1 or more.").arg(*field.minimum);
        if (field.maximum && *number > *field.maximum)
            return tr("Enter %1 or less.").arg(*field.maximum);
        return {};
    }
    case FormFieldType::Date:
        return Validators::isoDate(value).valid ? QString() : Validators::isoDate(value).message;
    case FormFieldType::YesNo:
        return value == QLatin1String("yes") || value == QLatin1String("no") ? QString() : tr("Choose yes or no.");
    case FormFieldType::Choice:
        return field.choice(value) ? QString() : tr("Choose one of the options.");
    case FormFieldType::MultiChoice:
        for (const QString &v : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!field.choice(v.trimmed()))
                return tr("Choose from the options given.");
        }
        return {};
    case FormFieldType::NiNumber:
        return Validators::niNumber(value).valid ? QString() : Validators::niNumber(value).message;
    case FormFieldType::Postcode:
        return Validators::postcode(value).valid ? QString() : Validators::postcode(value).message;
    case FormFieldType::Phone:
        return Validators::ukPhone(value).valid ? QString() : Validators::ukPhone(value).message;
    case FormFieldType::Email:
        return Validators::email(value).valid ? QString() : Validators::email(value).message;
    case FormFieldType::Signature:
        return value.trimmed().size() < 2 ? tr("Type the name of the person agreeing.") : QString();
    }
    return {};
}

QString FormValidator::requiredMessage(const FormField &field, const QString &language)
{
    QString label = field.label.in(language).trimmed();
    // "What the claimant will do each week" reads on as "Enter what the claimant…"; an acronym keeps its capitals.
    if (label.size() > 1 && label.at(0).isUpper() && !label.at(1).isUpper())
        label[0] = label.at(0).toLower();
    switch (field.type) {
    case FormFieldType::Signature:
        return tr("Type your full name to agree.");
    case FormFieldType::YesNo:
    case FormFieldType::Choice:
    case FormFieldType::MultiChoice:
        return tr("Select %1.").arg(label);
    default:
        return tr("Enter %1.").arg(label);
    }
}

QMap<QString, QString> FormValidator::problems(const FormDefinition &form,
                                               const FormAnswers &answers,
                                               const QString &language,
                                               const QDate &today)
{
    QMap<QString, QString> out;
    for (const FormSection &section : form.sections) {
        for (const FormField &field : section.fields) {
            if (!form.isShown(field, answers))
                continue;
            const QString value = answers.value(field.id).trimmed();
            bool required = field.required;
            for (const FormRule &rule : field.rules) {
                if (rule.kind == FormRule::Kind::RequiredIf && rule.condition.holds(answers) && value.isEmpty()) {
                    out.insert(field.id, rule.message.in(language));
                    break;
                }
            }
            if (out.contains(field.id))
                continue;
            if (value.isEmpty()) {
                if (required)
                    out.insert(field.id, requiredMessage(field, language));
                continue;
            }
            if (const QString problem = typeProblem(field, value); !problem.isEmpty()) {
                out.insert(field.id, problem);
                continue;
            }
            for (const FormRule &rule : field.rules) {
                bool failed = false;
                const auto number = CsvReader::toNumber(value);
                const QDate date = QDate::fromString(value, Qt::ISODate);
                switch (rule.kind) {
                case FormRule::Kind::Min:
                    failed = number && *number < rule.number;
                    break;
                case FormRule::Kind::Max:
                    failed = number && *number > rule.number;
                    break;
                case FormRule::Kind::MinLength:
                    failed = value.size() < rule.number;
                    break;
                case FormRule::Kind::MaxLength:
                    failed = value.size() > rule.number;
                    break;
                case FormRule::Kind::Pattern:
                    failed =
                        !QRegularExpression(QRegularExpression::anchoredPattern(rule.text)).match(value).hasMatch();
                    break;
                case FormRule::Kind::NotBefore:
                case FormRule::Kind::NotAfter: {
                    const QDate other = rule.text == QLatin1String("today")
                                            ? today
                                            : QDate::fromString(answers.value(rule.text).trimmed(), Qt::ISODate);
                    if (date.isValid() && other.isValid())
                        failed = rule.kind == FormRule::Kind::NotBefore ? date < other : date > other;
                    break;
                }
                case FormRule::Kind::RequiredIf:
                    break;
                }
                if (failed) {
                    out.insert(field.id, rule.message.in(language));
                    break;
                }
            }
        }
    }
    return out;
}

QVector<FormValidator::SectionStatus> FormValidator::sections(const FormDefinition &form,
                                                              const FormAnswers &answers,
                                                              const QString &language,
                                                              const QDate &today)
{
    const QMap<QString, QString> found = problems(form, answers, language, today);
    QVector<SectionStatus> out;
    for (const FormSection &section : form.sections) {
        if (section.showIf && !section.showIf->holds(answers))
            continue;
        SectionStatus status{section.id, 0, 0, 0};
        for (const FormField &field : section.fields) {
            if (!form.isShown(field, answers))
                continue;
            if (field.required) {
                ++status.required;
                status.answered += answers.value(field.id).trimmed().isEmpty() ? 0 : 1;
            }
            status.problems += found.contains(field.id) ? 1 : 0;
        }
        out.append(status);
    }
    return out;
}
