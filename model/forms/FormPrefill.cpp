#include "model/forms/FormPrefill.h"

#include "model/core/EngineVersion.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"

#include <algorithm>

namespace
{
    struct Binding
    {
        const char *path;
        const char *kind; // entity kind, or "" for the special paths
        const char *field;
    };

    // Each path and the record field it reads; lists ("[*]") join every record's value.
    constexpr Binding Bindings[] = {
        {"person.given_name", "person", "given_name"},
        {"person.family_name", "person", "family_name"},
        {"person.preferred_name", "person", "preferred_name"},
        {"person.date_of_birth", "person", "date_of_birth"},
        {"person.ni_number", "person", "ni_number"},
        {"person.preferred_language", "person", "preferred_language"},
        {"person.contact.email", "person", "email"},
        {"person.contact.phone", "person", "phone"},
        {"person.contact.address", "person", "address"},
        {"person.contact.postcode", "person", "postcode"},
        {"circumstances.hoursAvailable", "circumstances", "hours_available"},
        {"circumstances.daysAvailable", "circumstances", "days_available"},
        {"circumstances.maxTravelKm", "circumstances", "max_travel_km"},
        {"circumstances.travelMode", "circumstances", "travel_mode"},
        {"circumstances.drivingLicence", "circumstances", "driving_licence"},
        {"circumstances.caringResponsibilities", "circumstances", "caring_responsibilities"},
        {"circumstances.workSearchGroup", "circumstances", "work_search_group"},
        {"skills[*].label", "skill", "label"},
        {"qualifications[*].title", "qualification", "title"},
        {"job_goals[*].title", "job_goal", "title"},
        {"work_history[*].summary", "work_history", ""},
        {"adjustments[*].type", "adjustment", "type"},
        {"fit_notes[latest].assessment", "fit_note", "assessment"},
        {"fit_notes[latest].advice", "fit_note", "advice"},
        {"fit_notes[latest].from_date", "fit_note", "from_date"},
        {"fit_notes[latest].to_date", "fit_note", "to_date"},
        {"fit_notes[latest].condition", "fit_note", "condition"},
        {"referrals[latest].partner_name", "referral", "partner_name"},
        {"referrals[latest].notes", "referral", "notes"},
        {"referrals[latest].referred_on", "referral", "referred_on"},
        {"coach.name", "", ""},
        {"today", "", ""},
    };

    // The date that makes a record the latest of its kind, for the "[latest]" paths.
    QString latestBy(const QString &kind)
    {
        return kind == Kinds::Referral ? QStringLiteral("referred_on") : QStringLiteral("assessed_on");
    }

    const Binding *bindingFor(const QString &path)
    {
        for (const Binding &b : Bindings) {
            if (path == QLatin1String(b.path))
                return &b;
        }
        return nullptr;
    }
} // namespace

bool FormPrefill::isKnownPath(const QString &path)
{
    return bindingFor(path) != nullptr;
}

QStringList FormPrefill::paths()
{
    QStringList out;
    for (const Binding &b : Bindings)
        out.append(QString::fromLatin1(b.path));
    return out;
}

Result<QMap<QString, PrefilledValue>> FormPrefill::fill(const FormDefinition &form,
                                                        const RecordReader &records,
                                                        const QString &personId,
                                                        const QString &coachName,
                                                        const QDate &today)
{
    QMap<QString, PrefilledValue> out;
    const EntitySchema &schema = EntitySchema::instance();
    QMap<QString, QVector<Record>> byKind;
    auto recordsOf = [&](const QString &kind) -> Result<QVector<Record>> {
        if (!byKind.contains(kind)) {
            auto list = schema.kind(kind)->cardinality == Cardinality::One ? Result<QVector<Record>>(QVector<Record>{})
                                                                           : records.list(personId, kind);
            if (!list)
                return list.error();
            if (schema.kind(kind)->cardinality == Cardinality::One) {
                auto one = kind == Kinds::Person ? records.get(personId) : records.single(personId, kind);
                if (!one)
                    return one.error();
                list.value().append(one.value());
            }
            byKind.insert(kind, list.value());
        }
        return byKind.value(kind);
    };

    for (const FormSection &section : form.sections) {
        for (const FormField &field : section.fields) {
            const Binding *b = bindingFor(field.prefill);
            if (!b)
                continue;
            const QString path = field.prefill;
            if (path == QLatin1String("coach.name")) {
                if (!coachName.isEmpty())
                    out.insert(field.id, {coachName, tr("Who is signed in to the vault")});
                continue;
            }
            if (path == QLatin1String("today")) {
                out.insert(field.id, {today.toString(Qt::ISODate), tr("Today's date")});
                continue;
            }
            const QString kind = QString::fromLatin1(b->kind);
            auto list = recordsOf(kind);
            if (!list)
                return list.error();
            QVector<Record> items = list.value();
            const EntityKind *entity = schema.kind(kind);
            const QString from = tr("From %1").arg(entity->translatedLabel());
            QStringList values;
            if (path.contains(QLatin1String("[latest]"))) {
                // The most recent assessment or referral.
                const QString by = latestBy(kind);
                std::stable_sort(items.begin(), items.end(), [&by](const Record &a, const Record &b) {
                    return a.value(by) > b.value(by);
                });
                if (!items.isEmpty())
                    values.append(items.first().value(QString::fromLatin1(b->field)));
            } else if (path == QLatin1String("work_history[*].summary")) {
                for (const Record &r : items) {
                    QStringList parts = {r.value(QStringLiteral("job_title"))};
                    if (!r.value(QStringLiteral("employer")).isEmpty())
                        parts.append(r.value(QStringLiteral("employer")));
                    const QString years = QStringLiteral("%1–%2").arg(r.value(QStringLiteral("start_date")).left(4),
                                                                      r.value(QStringLiteral("end_date")).left(4));
                    if (years != QLatin1String("–"))
                        parts.append(years);
                    values.append(parts.join(QLatin1String(", ")));
                }
            } else if (path == QLatin1String("adjustments[*].type")) {
                for (const Record &r : items) {
                    if (r.value(QStringLiteral("share_for_matching")) == QLatin1String("yes"))
                        values.append(r.value(QStringLiteral("type")));
                }
            } else {
                for (const Record &r : items)
                    values.append(r.value(QString::fromLatin1(b->field)));
            }
            values.removeAll(QString());
            if (values.isEmpty())
                continue;
            const QChar separator = field.type == FormFieldType::SkillList   ? QLatin1Char(';')
                                    : field.type == FormFieldType::MultiLine ? QLatin1Char('\n')
                                                                             : QLatin1Char(',');
            out.insert(field.id, {values.join(separator), from});
        }
    }
    return out;
}

bool FormPrefill::canUpdateCase(const QString &path)
{
    const Binding *b = bindingFor(path);
    if (!b || *b->kind == '\0' || path.contains(QLatin1Char('[')))
        return false;
    const EntityKind *entity = EntitySchema::instance().kind(QString::fromLatin1(b->kind));
    return entity && entity->cardinality == Cardinality::One;
}

Status FormPrefill::updateCase(RecordStore &records, const QString &personId, const QString &path, const QString &value)
{
    if (!canUpdateCase(path))
        return Error{ErrorCode::Invalid, tr("This answer has no single place in the case to update.")};
    const Binding *b = bindingFor(path);
    const QString kind = QString::fromLatin1(b->kind);
    const FieldMap change{{QString::fromLatin1(b->field), value}};
    if (kind == Kinds::Person)
        return records.update(personId, change);
    auto existing = records.single(personId, kind);
    if (!existing)
        return existing.error();
    if (existing.value().id.isEmpty()) {
        auto added = records.add(personId, kind, change);
        return added ? Status() : Status(added.error());
    }
    return records.update(existing.value().id, change);
}

Status FormPrefill::recordShown(SuggestionHistory &history,
                                const FormDefinition &form,
                                const QString &draftId,
                                const QString &personId,
                                const QString &language,
                                const QMap<QString, PrefilledValue> &prefilled)
{
    QVector<SuggestionShown> shown;
    for (auto it = prefilled.cbegin(); it != prefilled.cend(); ++it) {
        const FormField *field = form.field(it.key());
        SuggestionShown one;
        one.tool = QString(SuggestionHistory::ToolPrefill);
        one.kind = QStringLiteral("field");
        one.subject = SuggestionHistory::prefillSubject(draftId, it.key());
        one.label = field ? field->label.in(language) : it.key();
        one.detail = it->value;
        one.reference = form.title.in(language);
        one.explanation = {it->source};
        one.engine = QString(EngineVersion::FormPrefill);
        shown.append(one);
    }
    return history.recordAllShown(personId, shown);
}

Status FormPrefill::recordDecisions(SuggestionHistory &history,
                                    const QString &draftId,
                                    const QString &personId,
                                    const QMap<QString, QString> &answers)
{
    return history.decidePrefills(personId, draftId, answers);
}
