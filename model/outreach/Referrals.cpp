#include "Referrals.h"

#include "model/outreach/PartnerDirectory.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"

namespace
{
    const QString Given = QStringLiteral("given");
    const QString NotNeeded = QStringLiteral("not_needed");

    const FieldSpec &outcomeField()
    {
        return *EntitySchema::instance().kind(Kinds::Referral)->field(QStringLiteral("outcome"));
    }

    /** The barrier an action for this service tackles, in the action plan's own list. */
    QString barrierFor(const QString &service)
    {
        static const QHash<QString, QString> barriers = {
            {QStringLiteral("training"), QStringLiteral("skills")},
            {QStringLiteral("cv_help"), QStringLiteral("skills")},
            {QStringLiteral("digital_skills"), QStringLiteral("digital")},
            {QStringLiteral("english_language"), QStringLiteral("language")},
            {QStringLiteral("health_work"), QStringLiteral("health")},
            {QStringLiteral("mental_health"), QStringLiteral("health")},
            {QStringLiteral("disability"), QStringLiteral("health")},
            {QStringLiteral("housing"), QStringLiteral("housing")},
            {QStringLiteral("childcare"), QStringLiteral("childcare")},
            {QStringLiteral("volunteering"), QStringLiteral("confidence")},
        };
        return barriers.value(service);
    }
} // namespace

Referrals::Referrals(RecordStore &records, AuditLog &audit, const PartnerDirectory &directory)
    : m_records(records)
    , m_audit(audit)
    , m_directory(directory)
{}

QStringList Referrals::outcomes()
{
    QStringList keys;
    for (const ChoiceSpec &choice : outcomeField().choices)
        keys.append(choice.key);
    return keys;
}

QString Referrals::outcomeName(const QString &outcome)
{
    return outcomeField().choiceLabel(outcome);
}

bool Referrals::isFinal(const QString &outcome)
{
    return outcome == QLatin1String("completed") || outcome == QLatin1String("did_not_attend") ||
           outcome == QLatin1String("declined");
}

Result<QString> Referrals::refer(const ReferralRequest &request)
{
    auto person = m_records.get(request.personId);
    if (!person || person->kind != Kinds::Person)
        return Error{ErrorCode::NotFound, tr("There is no person with that id in this vault.")};
    auto partner = m_directory.get(request.partnerId);
    if (!partner)
        return partner.error();
    if (!partner->services.contains(request.service)) {
        Error error{ErrorCode::Invalid,
                    tr("%1 does not list “%2” among its services. Choose one of the services it offers.")
                        .arg(partner->name, m_directory.serviceName(request.service))};
        error.fieldProblems.insert(QStringLiteral("service"), error.message);
        return error;
    }
    if (!request.referredOn.isValid() || request.referredOn > QDate::currentDate()) {
        Error error{ErrorCode::Invalid, tr("Give the date of the referral: today or a day before.")};
        error.fieldProblems.insert(QStringLiteral("referred_on"), error.message);
        return error;
    }
    if (partner->consentNeeded && !request.consentConfirmed) {
        Error error{ErrorCode::NotAllowed,
                    tr("%1 asks for the person's consent before a referral. Ask the person, and confirm that they "
                       "agreed, to make it.")
                        .arg(partner->name)};
        error.fieldProblems.insert(QStringLiteral("consent"), error.message);
        return error;
    }

    const QString serviceName = m_directory.serviceName(request.service);
    const QString date = request.referredOn.toString(Qt::ISODate);
    QString referralId;
    const Status done = m_records.inTransaction([&]() -> Status {
        if (request.consentConfirmed) {
            auto consent = m_records.add(request.personId,
                                         Kinds::Consent,
                                         {{QStringLiteral("purpose"), QStringLiteral("referral")},
                                          {QStringLiteral("details"), tr("To %1: %2").arg(partner->name, serviceName)},
                                          {QStringLiteral("agreed_on"), date}});
            if (!consent)
                return consent.error();
        }
        QString actionId;
        if (request.addToPlan) {
            FieldMap action{{QStringLiteral("description"), tr("Go to %1 at %2").arg(serviceName, partner->name)},
                            {QStringLiteral("type"), QStringLiteral("voluntary")},
                            {QStringLiteral("owner"), QStringLiteral("person")},
                            {QStringLiteral("status"), QStringLiteral("open")}};
            if (const QString barrier = barrierFor(request.service); !barrier.isEmpty())
                action.insert(QStringLiteral("barrier"), barrier);
            auto added = m_records.add(request.personId, Kinds::ActionItem, action);
            if (!added)
                return added.error();
            actionId = added.value();
        }
        FieldMap fields{{QStringLiteral("partner_id"), partner->id},
                        {QStringLiteral("partner_name"), partner->name},
                        {QStringLiteral("service"), request.service},
                        {QStringLiteral("referred_on"), date},
                        {QStringLiteral("consent"), request.consentConfirmed ? Given : NotNeeded},
                        {QStringLiteral("outcome"), QStringLiteral("referred")},
                        {QStringLiteral("notes"), request.notes.trimmed()}};
        if (!actionId.isEmpty())
            fields.insert(QStringLiteral("action_id"), actionId);
        auto referral = m_records.add(request.personId, Kinds::Referral, fields);
        if (!referral)
            return referral.error();
        referralId = referral.value();
        const QString detail = QStringLiteral("referral=%1 partner=%2 consent=%3")
                                   .arg(referralId, partner->id, request.consentConfirmed ? Given : NotNeeded);
        return m_audit.append(AuditAction::ReferralMade, request.personId, detail);
    });
    if (!done)
        return done.error();
    return referralId;
}

Status Referrals::recordOutcome(const QString &referralId,
                                const QString &outcome,
                                QDate on,
                                const std::optional<QString> &notes)
{
    auto referral = m_records.get(referralId);
    if (!referral || referral->kind != Kinds::Referral)
        return Error{ErrorCode::NotFound, tr("There is no referral with that id in this vault.")};
    if (!outcomes().contains(outcome))
        return Error{ErrorCode::Invalid,
                     tr("“%1” is not an outcome Waymark records. Use one of: %2.")
                         .arg(outcome.left(40), outcomes().join(QStringLiteral(", ")))};
    if (!on.isValid())
        on = QDate::currentDate();
    return m_records.inTransaction([&]() -> Status {
        FieldMap changes{{QStringLiteral("outcome"), outcome},
                         {QStringLiteral("outcome_on"),
                          outcome == QLatin1String("referred") ? QString() : on.toString(Qt::ISODate)}};
        if (notes)
            changes.insert(QStringLiteral("notes"), *notes);
        if (Status s = m_records.update(referralId, changes); !s)
            return s;
        const QString actionId = referral->value(QStringLiteral("action_id"));
        if (!actionId.isEmpty()) {
            auto action = m_records.get(actionId);
            if (action && action->kind == Kinds::ActionItem) {
                const QString status = outcome == QLatin1String("completed")  ? QStringLiteral("done")
                                       : outcome == QLatin1String("declined") ? QStringLiteral("dropped")
                                                                              : QStringLiteral("open");
                if (action->value(QStringLiteral("status")) != status) {
                    if (Status s = m_records.update(actionId, {{QStringLiteral("status"), status}}); !s)
                        return s;
                }
            }
        }
        return m_audit.append(AuditAction::ReferralOutcome, referral->personId, outcome);
    });
}

Result<QVector<Record>> Referrals::forPerson(const QString &personId) const
{
    return m_records.list(personId, Kinds::Referral);
}
