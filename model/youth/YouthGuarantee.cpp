#include "YouthGuarantee.h"

#include "model/core/HybridClock.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace
{
    const char *const MinAgeKey = "youth_min_age";
    const char *const MaxAgeKey = "youth_max_age";
    const char *const WeeksKey = "youth_weeks";

    const QString Other = QStringLiteral("other");

    const FieldSpec &offerField(const char *name)
    {
        return *EntitySchema::instance().kind(Kinds::Offer)->field(QString::fromLatin1(name));
    }

    QStringList keysOf(const FieldSpec &field)
    {
        QStringList keys;
        for (const ChoiceSpec &choice : field.choices)
            keys.append(choice.key);
        return keys;
    }

    QDate isoDate(const QString &text)
    {
        return QDate::fromString(text.left(10), Qt::ISODate);
    }

    /** The local day a record was made, from its clock stamp. */
    QDate dayOfStamp(const QString &stamp)
    {
        const qint64 millis = HybridClock::millisOf(stamp);
        if (millis <= 0)
            return {};
        return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toLocalTime().date();
    }

    /** Referral services that are themselves an offer of a place, and the kind of offer each is. */
    QString offerTypeForService(const QString &service)
    {
        static const QHash<QString, QString> types = {
            {QStringLiteral("training"), QStringLiteral("training")},
            {QStringLiteral("digital_skills"), QStringLiteral("training")},
            {QStringLiteral("english_language"), QStringLiteral("training")},
            {QStringLiteral("youth"), QStringLiteral("training")},
            {QStringLiteral("volunteering"), QStringLiteral("work_experience")},
        };
        return types.value(service);
    }

    /** A guess at the kind of offer from an action's or vacancy's words, English or Welsh; the coach decides. */
    QString offerTypeForWords(const QString &words)
    {
        static const QRegularExpression apprenticeship(QStringLiteral("apprentic|prentis"),
                                                       QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression experience(
            QStringLiteral("work experience|placement|work trial|volunteer|profiad gwaith|lleoliad|gwirfodd"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression training(QStringLiteral("course|training|college|cwrs|hyfforddi|coleg"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (apprenticeship.match(words).hasMatch())
            return QStringLiteral("apprenticeship");
        if (experience.match(words).hasMatch())
            return QStringLiteral("work_experience");
        if (training.match(words).hasMatch())
            return QStringLiteral("training");
        return QStringLiteral("job");
    }

    Error invalid(const QString &field, const QString &message)
    {
        Error error{ErrorCode::Invalid, message};
        error.fieldProblems.insert(field, message);
        return error;
    }
} // namespace

bool YouthEntry::neet() const
{
    return activity.isEmpty() || activity == QLatin1String("neet");
}

int YouthEntry::daysOverdue(QDate asAt) const
{
    return status == YouthStatus::Overdue ? int(dueBy.daysTo(asAt)) : 0;
}

YouthGuarantee::YouthGuarantee(Database &db, RecordStore &records, AuditLog &audit)
    : m_db(db)
    , m_records(records)
    , m_audit(audit)
{}

Result<YouthSettings> YouthGuarantee::settings() const
{
    YouthSettings settings;
    const std::pair<const char *, int *> keys[] = {
        {MinAgeKey, &settings.minAge}, {MaxAgeKey, &settings.maxAge}, {WeeksKey, &settings.weeks}};
    for (const auto &[key, target] : keys) {
        Statement stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?");
        stmt.bind(1, QString::fromLatin1(key));
        if (stmt.next()) {
            bool ok = false;
            const int value = stmt.text(0).toInt(&ok);
            if (ok)
                *target = value;
        } else if (stmt.failed() || !stmt.isValid()) {
            // A read error is damage, never "not set".
            return stmt.error();
        }
    }
    // Values no build would have written (a hand-edited vault) fall back to the defaults rather than hide everyone.
    if (!check(settings).isEmpty())
        return YouthSettings{};
    return settings;
}

QMap<QString, QString> YouthGuarantee::check(const YouthSettings &settings)
{
    QMap<QString, QString> problems;
    const auto ageOk = [](int age) { return age >= YouthSettings::LowestAge && age <= YouthSettings::HighestAge; };
    if (!ageOk(settings.minAge))
        problems.insert(QStringLiteral("min_age"),
                        tr("The youngest age must be between %1 and %2.")
                            .arg(YouthSettings::LowestAge)
                            .arg(YouthSettings::HighestAge));
    if (!ageOk(settings.maxAge))
        problems.insert(QStringLiteral("max_age"),
                        tr("The oldest age must be between %1 and %2.")
                            .arg(YouthSettings::LowestAge)
                            .arg(YouthSettings::HighestAge));
    else if (ageOk(settings.minAge) && settings.maxAge < settings.minAge)
        problems.insert(QStringLiteral("max_age"), tr("The oldest age cannot be below the youngest."));
    if (settings.weeks < 1 || settings.weeks > YouthSettings::MaxWeeks)
        problems.insert(QStringLiteral("weeks"),
                        tr("The weeks to make an offer must be between 1 and %1.").arg(YouthSettings::MaxWeeks));
    return problems;
}

Status YouthGuarantee::setSettings(const YouthSettings &settings)
{
    if (const auto problems = check(settings); !problems.isEmpty()) {
        Error error{ErrorCode::Invalid, problems.first()};
        error.fieldProblems = problems;
        return error;
    }
    if (Status begun = m_db.begin(); !begun)
        return begun;
    const std::pair<const char *, int> values[] = {
        {MinAgeKey, settings.minAge}, {MaxAgeKey, settings.maxAge}, {WeeksKey, settings.weeks}};
    for (const auto &[key, value] : values) {
        Statement stmt = m_db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
        stmt.bind(1, QString::fromLatin1(key)).bind(2, QString::number(value));
        if (Status s = stmt.exec(); !s) {
            m_db.rollback();
            return s;
        }
    }
    const QString detail =
        QStringLiteral("min_age=%1 max_age=%2 weeks=%3").arg(settings.minAge).arg(settings.maxAge).arg(settings.weeks);
    if (Status s = m_audit.append(AuditAction::YouthSettingsChanged, {}, detail); !s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}

int YouthGuarantee::ageOn(QDate dateOfBirth, QDate on)
{
    if (!dateOfBirth.isValid() || !on.isValid() || on < dateOfBirth)
        return -1;
    int age = on.year() - dateOfBirth.year();
    if (birthday(dateOfBirth, age) > on)
        --age;
    return age;
}

QDate YouthGuarantee::birthday(QDate dateOfBirth, int years)
{
    const int year = dateOfBirth.year() + years;
    // In England and Wales someone born on 29 February comes of age on 1 March in a common year.
    if (dateOfBirth.month() == 2 && dateOfBirth.day() == 29 && !QDate::isLeapYear(year))
        return QDate(year, 3, 1);
    return QDate(year, dateOfBirth.month(), dateOfBirth.day());
}

void YouthGuarantee::evaluate(YouthEntry &entry,
                              const YouthSettings &settings,
                              const QVector<YouthOfferSeen> &offers,
                              QDate asAt)
{
    entry.age = ageOn(entry.dateOfBirth, asAt);
    const QDate cameOfAge = birthday(entry.dateOfBirth, settings.minAge);
    entry.start = entry.joinedCaseload.isValid() ? std::max(entry.joinedCaseload, cameOfAge) : cameOfAge;
    entry.dueBy = entry.start.addDays(7 * qint64(settings.weeks));
    entry.offeredOn = {};
    entry.offerType.clear();
    entry.offers = 0;
    for (const YouthOfferSeen &offer : offers) {
        // An offer made before they joined the guarantee does not meet it.
        if (!offer.offeredOn.isValid() || offer.offeredOn < entry.start)
            continue;
        ++entry.offers;
        if (!entry.offeredOn.isValid() || offer.offeredOn < entry.offeredOn) {
            entry.offeredOn = offer.offeredOn;
            entry.offerType = offer.type;
        }
    }
    if (entry.offeredOn.isValid())
        entry.status = entry.offeredOn <= entry.dueBy ? YouthStatus::OfferedInTime : YouthStatus::OfferedLate;
    else if (!entry.neet())
        entry.status = YouthStatus::NotNeet;
    else
        entry.status = asAt > entry.dueBy ? YouthStatus::Overdue : YouthStatus::NotYetDue;
}

void YouthGuarantee::sort(QVector<YouthEntry> &entries)
{
    std::sort(entries.begin(), entries.end(), [](const YouthEntry &a, const YouthEntry &b) {
        if (a.status != b.status)
            return int(a.status) < int(b.status);
        if (a.dueBy != b.dueBy)
            return a.dueBy < b.dueBy;
        if (a.displayName != b.displayName)
            return a.displayName.localeAwareCompare(b.displayName) < 0;
        return a.personId < b.personId;
    });
}

Result<QVector<YouthEntry>> YouthGuarantee::list(QDate asAt) const
{
    auto stored = settings();
    if (!stored)
        return stored.error();
    return read(stored.value(), asAt);
}

Result<YouthCounts> YouthGuarantee::counts(QDate asAt) const
{
    auto entries = list(asAt);
    if (!entries)
        return entries.error();
    return countsOf(entries.value());
}

YouthCounts YouthGuarantee::countsOf(const QVector<YouthEntry> &entries)
{
    YouthCounts counts;
    for (const YouthEntry &entry : entries) {
        ++counts.inBand;
        if (entry.neet())
            ++counts.neet;
        switch (entry.status) {
        case YouthStatus::Overdue:
            ++counts.overdue;
            break;
        case YouthStatus::NotYetDue:
            ++counts.notYetDue;
            break;
        case YouthStatus::OfferedLate:
            ++counts.offeredLate;
            break;
        case YouthStatus::OfferedInTime:
            ++counts.offeredInTime;
            break;
        case YouthStatus::NotNeet:
            break;
        }
    }
    return counts;
}

Result<QVector<YouthEntry>> YouthGuarantee::read(const YouthSettings &settings, QDate asAt) const
{
    if (!asAt.isValid())
        asAt = QDate::currentDate();
    // A day's margin either side in SQL; ageOn() decides exactly (29 February births).
    const QString youngest = asAt.addYears(-settings.minAge).addDays(1).toString(Qt::ISODate);
    const QString oldest = asAt.addYears(-(settings.maxAge + 1)).addDays(-1).toString(Qt::ISODate);

    QVector<YouthEntry> entries;
    QHash<QString, int> byPerson;
    {
        Statement people = m_db.prepare(
            "SELECT r.id, r.created_at, dob.value, coalesce(j.value, ''), p.given_name, p.family_name, "
            "p.preferred_name "
            "FROM records r "
            "JOIN person_index p ON p.person_id = r.id "
            "JOIN fields dob ON dob.record_id = r.id AND dob.name = 'date_of_birth' "
            "LEFT JOIN fields j ON j.record_id = r.id AND j.name = 'joined_on' "
            "WHERE r.kind = 'person' AND r.deleted = 0 AND p.status = 'open' AND dob.value BETWEEN ? AND ?");
        people.bind(1, oldest).bind(2, youngest);
        while (people.next()) {
            YouthEntry entry;
            entry.personId = people.text(0);
            entry.dateOfBirth = isoDate(people.text(2));
            const int age = ageOn(entry.dateOfBirth, asAt);
            if (age < settings.minAge || age > settings.maxAge)
                continue;
            const QDate joined = isoDate(people.text(3));
            entry.joinedCaseload = joined.isValid() ? joined : dayOfStamp(people.text(1));
            PersonSummary name;
            name.givenName = people.text(4);
            name.familyName = people.text(5);
            name.preferredName = people.text(6);
            entry.displayName = name.displayName();
            byPerson.insert(entry.personId, int(entries.size()));
            entries.append(entry);
        }
        if (people.failed() || !people.isValid())
            return people.error();
    }
    if (entries.isEmpty())
        return entries;

    {
        Statement activities = m_db.prepare("SELECT r.person_id, a.value, coalesce(s.value, '') FROM records r "
                                            "JOIN fields a ON a.record_id = r.id AND a.name = 'activity' "
                                            "LEFT JOIN fields s ON s.record_id = r.id AND s.name = 'activity_since' "
                                            "WHERE r.kind = 'circumstances' AND r.deleted = 0");
        while (activities.next()) {
            const auto it = byPerson.constFind(activities.text(0));
            if (it == byPerson.constEnd())
                continue;
            YouthEntry &entry = entries[it.value()];
            entry.activity = activities.text(1);
            entry.activitySince = isoDate(activities.text(2));
        }
        if (activities.failed() || !activities.isValid())
            return activities.error();
    }

    QHash<QString, QVector<YouthOfferSeen>> offers;
    {
        Statement stmt = m_db.prepare("SELECT r.person_id, d.value, coalesce(t.value, '') FROM records r "
                                      "JOIN fields d ON d.record_id = r.id AND d.name = 'offered_on' "
                                      "LEFT JOIN fields t ON t.record_id = r.id AND t.name = 'type' "
                                      "WHERE r.kind = 'offer' AND r.deleted = 0");
        while (stmt.next()) {
            const QString personId = stmt.text(0);
            if (byPerson.contains(personId))
                offers[personId].append({isoDate(stmt.text(1)), stmt.text(2)});
        }
        if (stmt.failed() || !stmt.isValid())
            return stmt.error();
    }

    for (YouthEntry &entry : entries)
        evaluate(entry, settings, offers.value(entry.personId), asAt);
    sort(entries);
    return entries;
}

Status YouthGuarantee::recordViewed(const QVector<YouthEntry> &entries)
{
    const YouthCounts counts = countsOf(entries);
    return m_audit.append(AuditAction::YouthGuaranteeViewed,
                          {},
                          QStringLiteral("people=%1 overdue=%2").arg(counts.inBand).arg(counts.overdue));
}

Result<QString> YouthGuarantee::recordOffer(const OfferRequest &request)
{
    auto person = m_records.get(request.personId);
    if (!person || person->kind != Kinds::Person)
        return Error{ErrorCode::NotFound, tr("There is no person with that id in this vault.")};
    if (!offerTypes().contains(request.type))
        return invalid(QStringLiteral("type"),
                       tr("Choose what was offered: a job, an apprenticeship, a training place or work experience."));
    if (!request.offeredOn.isValid() || request.offeredOn > QDate::currentDate() || request.offeredOn.year() < 2000)
        return invalid(QStringLiteral("offered_on"), tr("Give the day the offer was made: today or a day before."));
    if (!sources().contains(request.source))
        return invalid(QStringLiteral("source"),
                       tr("Say where the offer came from: the plan, a referral, a shortlisted vacancy or elsewhere."));
    const QString sourceId = request.source == Other ? QString() : request.sourceId.trimmed();
    if (request.source != Other && sourceId.isEmpty())
        return invalid(QStringLiteral("source_id"), tr("Choose the plan action, referral or vacancy it came from."));
    if (sourceId.size() > 64)
        return invalid(QStringLiteral("source_id"), tr("That is not the id of a record or vacancy."));
    // A plan action or referral must be one of this person's own records.
    const QString sourceKind = request.source == QLatin1String("plan")       ? Kinds::ActionItem
                               : request.source == QLatin1String("referral") ? Kinds::Referral
                                                                             : QString();
    if (!sourceKind.isEmpty()) {
        auto source = m_records.get(sourceId);
        if (!source || source->kind != sourceKind || source->personId != request.personId)
            return invalid(QStringLiteral("source_id"),
                           request.source == QLatin1String("plan") ? tr("That is not an action in this person's plan.")
                                                                   : tr("That is not one of this person's referrals."));
    }
    if (!request.outcome.isEmpty() && !keysOf(offerField("outcome")).contains(request.outcome))
        return invalid(QStringLiteral("outcome"), tr("The outcome is accepted, declined, or not known yet."));

    FieldMap fields{{QStringLiteral("type"), request.type},
                    {QStringLiteral("offered_on"), request.offeredOn.toString(Qt::ISODate)},
                    {QStringLiteral("source"), request.source},
                    {QStringLiteral("description"), request.description.trimmed()}};
    if (!sourceId.isEmpty())
        fields.insert(QStringLiteral("source_id"), sourceId);
    if (!request.outcome.isEmpty())
        fields.insert(QStringLiteral("outcome"), request.outcome);
    QString offerId;
    const Status done = m_records.inTransaction([&]() -> Status {
        auto added = m_records.add(request.personId, Kinds::Offer, fields);
        if (!added)
            return added.error();
        offerId = added.value();
        QString detail = QStringLiteral("offer=%1 source=%2").arg(offerId, request.source);
        if (!sourceId.isEmpty())
            detail += QStringLiteral(" source_id=") + sourceId;
        return m_audit.append(AuditAction::YouthOfferRecorded, request.personId, detail);
    });
    if (!done)
        return done.error();
    return offerId;
}

Result<QVector<Record>> YouthGuarantee::offers(const QString &personId) const
{
    return m_records.list(personId, Kinds::Offer);
}

Result<QVector<OfferCandidate>> YouthGuarantee::candidates(const QString &personId) const
{
    auto recorded = offers(personId);
    if (!recorded)
        return recorded.error();
    QSet<QString> taken;
    for (const Record &offer : recorded.value())
        taken.insert(offer.value(QStringLiteral("source")) + QLatin1Char(':') +
                     offer.value(QStringLiteral("source_id")));
    const auto isTaken = [&](const QString &source, const QString &id) {
        return taken.contains(source + QLatin1Char(':') + id);
    };

    QVector<OfferCandidate> candidates;
    auto referrals = m_records.list(personId, Kinds::Referral);
    if (!referrals)
        return referrals.error();
    QSet<QString> referralActions;
    for (const Record &referral : referrals.value()) {
        referralActions.insert(referral.value(QStringLiteral("action_id")));
        const QString type = offerTypeForService(referral.value(QStringLiteral("service")));
        const QString outcome = referral.value(QStringLiteral("outcome"));
        if (type.isEmpty() || outcome == QLatin1String("declined") || isTaken(QStringLiteral("referral"), referral.id))
            continue;
        const QDate outcomeOn = isoDate(referral.value(QStringLiteral("outcome_on")));
        const QDate date = outcomeOn.isValid() ? outcomeOn : isoDate(referral.value(QStringLiteral("referred_on")));
        candidates.append({QStringLiteral("referral"),
                           referral.id,
                           type,
                           date,
                           tr("%1 (referral)").arg(referral.value(QStringLiteral("partner_name")))});
    }

    auto actions = m_records.list(personId, Kinds::ActionItem);
    if (!actions)
        return actions.error();
    for (const Record &action : actions.value()) {
        // A referral's own action is offered once, as the referral.
        if (referralActions.contains(action.id) || action.value(QStringLiteral("status")) == QLatin1String("dropped") ||
            isTaken(QStringLiteral("plan"), action.id))
            continue;
        const QString description = action.value(QStringLiteral("description"));
        candidates.append({QStringLiteral("plan"),
                           action.id,
                           offerTypeForWords(description),
                           dayOfStamp(action.createdAt),
                           description.left(200)});
    }

    SuggestionHistory history(m_db, m_audit);
    auto suggestions = history.forPerson(personId);
    if (!suggestions)
        return suggestions.error();
    for (const SuggestionEntry &entry : suggestions.value()) {
        if (entry.shown.tool != SuggestionHistory::ToolMatching ||
            entry.decision != SuggestionHistory::DecisionShortlisted)
            continue;
        const QString vacancyId = entry.shown.reference.isEmpty() ? entry.shown.subject : entry.shown.reference;
        if (vacancyId.isEmpty() || isTaken(QStringLiteral("shortlist"), vacancyId))
            continue;
        taken.insert(QStringLiteral("shortlist:") + vacancyId); // shortlisted twice, proposed once
        candidates.append({QStringLiteral("shortlist"),
                           vacancyId,
                           offerTypeForWords(entry.shown.label),
                           isoDate(entry.decidedAt),
                           tr("%1 at %2").arg(entry.shown.label, entry.shown.detail).left(200)});
    }
    return candidates;
}

QString YouthGuarantee::statusKey(YouthStatus status)
{
    switch (status) {
    case YouthStatus::Overdue:
        return QStringLiteral("overdue");
    case YouthStatus::NotYetDue:
        return QStringLiteral("not_yet_due");
    case YouthStatus::OfferedLate:
        return QStringLiteral("offered_late");
    case YouthStatus::OfferedInTime:
        return QStringLiteral("offered_in_time");
    case YouthStatus::NotNeet:
        return QStringLiteral("not_neet");
    }
    return {};
}

QString YouthGuarantee::statusName(YouthStatus status)
{
    switch (status) {
    case YouthStatus::Overdue:
        return tr("Overdue");
    case YouthStatus::NotYetDue:
        return tr("Not yet due");
    case YouthStatus::OfferedLate:
        return tr("Offered late");
    case YouthStatus::OfferedInTime:
        return tr("Offered in time");
    case YouthStatus::NotNeet:
        return tr("In work, education or training");
    }
    return {};
}

QStringList YouthGuarantee::offerTypes()
{
    return keysOf(offerField("type"));
}

QString YouthGuarantee::offerTypeName(const QString &type)
{
    return offerField("type").choiceLabel(type);
}

QStringList YouthGuarantee::sources()
{
    return keysOf(offerField("source"));
}

QString YouthGuarantee::sourceName(const QString &source)
{
    return offerField("source").choiceLabel(source);
}

QString YouthGuarantee::activityName(const QString &activity)
{
    if (activity.isEmpty())
        return tr("Not recorded");
    return EntitySchema::instance()
        .kind(Kinds::Circumstances)
        ->field(QStringLiteral("activity"))
        ->choiceLabel(activity);
}
