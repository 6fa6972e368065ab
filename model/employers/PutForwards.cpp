#include "PutForwards.h"

#include "model/employers/EmployerDirectory.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"

namespace
{
    const FieldSpec &outcomeField()
    {
        return *EntitySchema::instance().kind(Kinds::PutForward)->field(QStringLiteral("outcome"));
    }

    const QString Started = QStringLiteral("started");
    const QString Interview = QStringLiteral("interview");
    const QString Waiting = QStringLiteral("put_forward");
} // namespace

PutForwards::PutForwards(RecordStore &records, AuditLog &audit, EmployerDirectory &directory)
    : m_records(records)
    , m_audit(audit)
    , m_directory(directory)
{}

QStringList PutForwards::outcomes()
{
    QStringList keys;
    for (const ChoiceSpec &choice : outcomeField().choices)
        keys.append(choice.key);
    return keys;
}

QString PutForwards::outcomeName(const QString &outcome)
{
    return outcomeField().choiceLabel(outcome);
}

bool PutForwards::isFinal(const QString &outcome)
{
    return outcome == Started || outcome == QLatin1String("not_selected") || outcome == QLatin1String("withdrew");
}

Result<QString> PutForwards::putForward(const PutForwardRequest &request)
{
    auto person = m_records.get(request.personId);
    if (!person || person->kind != Kinds::Person)
        return Error{ErrorCode::NotFound, tr("There is no person with that id in this vault.")};
    auto vacancy = m_directory.vacancy(request.vacancyId);
    if (!vacancy)
        return vacancy.error();
    if (!vacancy->open)
        return Error{ErrorCode::NotAllowed,
                     tr("This vacancy has closed or been withdrawn, so nobody can be put forward for it now.")};
    if (!request.on.isValid() || request.on > QDate::currentDate()) {
        Error error{ErrorCode::Invalid, tr("Give the day they were put forward: today or a day before.")};
        error.fieldProblems.insert(QStringLiteral("put_forward_on"), error.message);
        return error;
    }
    if (!request.consentConfirmed) {
        Error error{ErrorCode::NotAllowed,
                    tr("Their details go to the employer only with their consent. Ask the person, and confirm "
                       "that they agreed, to put them forward.")};
        error.fieldProblems.insert(QStringLiteral("consent"), error.message);
        return error;
    }
    const Employer employer = EmployerDirectory::employerOf(vacancy.value());
    auto earlier = m_records.list(request.personId, Kinds::PutForward);
    if (!earlier)
        return earlier.error();
    for (const Record &r : earlier.value()) {
        if (r.value(QStringLiteral("vacancy_id")) == vacancy->id &&
            r.value(QStringLiteral("employer_id")) == employer.id && !isFinal(r.value(QStringLiteral("outcome"))))
            return Error{ErrorCode::Invalid,
                         tr("This person is already put forward for this vacancy. Record what came of it instead.")};
    }

    const QString date = request.on.toString(Qt::ISODate);
    QString putForwardId;
    const Status done = m_records.inTransaction([&]() -> Status {
        if (Status s = m_directory.storeIfNew(employer); !s)
            return s;
        auto consent =
            m_records.add(request.personId,
                          Kinds::Consent,
                          {{QStringLiteral("purpose"), QStringLiteral("put_forward")},
                           {QStringLiteral("details"), tr("To %1 for %2").arg(employer.name, vacancy->title)},
                           {QStringLiteral("agreed_on"), date}});
        if (!consent)
            return consent.error();
        FieldMap fields{{QStringLiteral("employer_id"), employer.id},
                        {QStringLiteral("employer_name"), employer.name},
                        {QStringLiteral("vacancy_id"), vacancy->id.left(200)},
                        {QStringLiteral("vacancy_title"), vacancy->title},
                        {QStringLiteral("put_forward_on"), date},
                        {QStringLiteral("consent"), QStringLiteral("given")},
                        {QStringLiteral("outcome"), Waiting},
                        {QStringLiteral("notes"), request.notes.trimmed()}};
        auto added = m_records.add(request.personId, Kinds::PutForward, fields);
        if (!added)
            return added.error();
        putForwardId = added.value();
        return m_audit.append(
            AuditAction::PutForward,
            request.personId,
            QStringLiteral("put_forward=%1 employer=%2 consent=given").arg(putForwardId, employer.id));
    });
    if (!done)
        return done.error();
    return putForwardId;
}

Status
PutForwards::recordOutcome(const QString &personId, const QString &putForwardId, const QString &outcome, QDate on)
{
    auto record = m_records.get(putForwardId);
    if (!record || record->kind != Kinds::PutForward || record->personId != personId)
        return Error{ErrorCode::NotFound, tr("This person has no put-forward with that id.")};
    if (!outcomes().contains(outcome))
        return Error{ErrorCode::Invalid,
                     tr("“%1” is not an outcome Waymark records. Use one of: %2.")
                         .arg(outcome.left(40), outcomes().join(QStringLiteral(", ")))};
    if (!on.isValid())
        on = QDate::currentDate();
    const QString day = on.toString(Qt::ISODate);
    if (day < record->value(QStringLiteral("put_forward_on")) || on > QDate::currentDate())
        return Error{ErrorCode::Invalid,
                     tr("Give the day of the outcome: no earlier than the day they were put forward, and not after "
                        "today.")};
    return m_records.inTransaction([&]() -> Status {
        FieldMap changes{{QStringLiteral("outcome"), outcome},
                         {QStringLiteral("outcome_on"), outcome == Waiting ? QString() : day}};
        if (outcome == Interview)
            changes.insert(QStringLiteral("interview_on"), day);
        if (Status s = m_records.update(putForwardId, changes); !s)
            return s;
        return m_audit.append(AuditAction::PutForwardOutcome,
                              personId,
                              QStringLiteral("put_forward=%1 outcome=%2").arg(putForwardId, outcome));
    });
}

Result<QVector<Record>> PutForwards::forPerson(const QString &personId) const
{
    return m_records.list(personId, Kinds::PutForward);
}
