#include "model/session/FormSyncRules.h"

#include "model/forms/FormValidator.h"

#include <QDateTime>

#include <algorithm>

Status FormSyncRules::begin(Database &db)
{
    auto catalogue = FormCatalogue::load(db);
    if (!catalogue)
        return catalogue.error();
    m_catalogue = std::move(catalogue.value());
    return {};
}

QString FormSyncRules::problem(const CaseloadForm &form, bool finished, bool *health) const
{
    if (!m_catalogue)
        return tr("the forms of this vault could not be read");
    const FormDefinition *definition = m_catalogue->find(form.formId, form.formVersion);
    if (!definition) {
        if (m_catalogue->latest(form.formId))
            return tr("this vault does not have version %1 of the form %2; import the forms bundle that has it first")
                .arg(form.formVersion)
                .arg(form.formId.left(64));
        return tr("this vault has no form %1").arg(form.formId.left(64));
    }
    *health = definition->health;
    if (form.language != QLatin1String("en") && form.language != QLatin1String("cy"))
        return tr("the language is neither English nor Welsh");
    const bool layoutKnown =
        form.layout.isEmpty() || std::any_of(definition->layouts.cbegin(),
                                             definition->layouts.cend(),
                                             [&form](const FormLayout &layout) { return layout.id == form.layout; });
    if (!layoutKnown)
        return tr("the form has no layout %1").arg(form.layout.left(64));
    for (auto it = form.answers.constBegin(); it != form.answers.constEnd(); ++it) {
        const FormField *field = definition->field(it.key());
        if (!field)
            return tr("%1 is not a field of the form %2").arg(it.key().left(64), form.formId);
        // Hidden fields are not checked by the validator, so every answer is held to a size here.
        const bool text = field->type == FormFieldType::Text || field->type == FormFieldType::MultiLine ||
                          field->type == FormFieldType::SkillList;
        const int limit = finished ? (text ? field->maxLength : MaxOtherAnswer)
                                   : std::max(text ? field->maxLength : MaxOtherAnswer, MaxDraftAnswer);
        if (it.value().size() > limit)
            return tr("the answer to %1 is longer than the form allows (%2 characters)").arg(it.key()).arg(limit);
    }
    for (const QString &ticked : form.updateCase) {
        if (!definition->field(ticked))
            return tr("%1 is not a field of the form %2").arg(ticked.left(64), form.formId);
    }
    if (!finished)
        return {};
    // Checked as on the day it was signed off, so a rule about "today" means what it meant then.
    const QDate signedOn = QDateTime::fromString(form.signedAt, Qt::ISODateWithMs).toUTC().date();
    const QMap<QString, QString> problems = FormValidator::problems(*definition, form.answers, form.language, signedOn);
    if (!problems.isEmpty())
        return tr("the answer to %1 does not pass the form's checks (%2)")
            .arg(problems.firstKey(), problems.first().left(200));
    return {};
}
