#pragma once

#include "model/core/Result.h"
#include "model/vault/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QVector>

class AuditLog;
class Database;
class RecordStore;

/**
 * The guarantee's age band and weeks, kept in the vault's meta table. They are settings, not policy: policy will
 * move them, and an admin changes them without a new build (docs/youth-guarantee.md).
 */
struct YouthSettings
{
    static constexpr int DefaultMinAge = 18;
    static constexpr int DefaultMaxAge = 21;
    /** About four months: a starting point, to be set to what the service has agreed. */
    static constexpr int DefaultWeeks = 17;
    static constexpr int LowestAge = 14;
    static constexpr int HighestAge = 30;
    static constexpr int MaxWeeks = 104;

    int minAge = DefaultMinAge;
    int maxAge = DefaultMaxAge;
    int weeks = DefaultWeeks;

    bool operator==(const YouthSettings &other) const = default;
};

/** Where a young person stands, most urgent first (the order of the list). */
enum class YouthStatus
{
    /** Not in work, education or training, no offer yet, and past the due-by date. */
    Overdue,
    /** Not in work, education or training, no offer yet, due-by date still to come. */
    NotYetDue,
    /** The first offer came after the due-by date. */
    OfferedLate,
    /** The first offer came on or before the due-by date. */
    OfferedInTime,
    /** In work, education, training or an apprenticeship, with no offer recorded. */
    NotNeet,
};

/** An offer as the list reads it. */
struct YouthOfferSeen
{
    QDate offeredOn;
    QString type;
};

/** One young person in the guarantee's band, as the list shows them. */
struct YouthEntry
{
    QString personId;
    QString displayName;
    QDate dateOfBirth;
    int age = 0;
    /** circumstances.activity ("work", "education", "training", "apprenticeship", "neet"); empty if not recorded. */
    QString activity;
    QDate activitySince;
    /** The person's "joined the caseload on", or the day their record was made when that is not given. */
    QDate joinedCaseload;
    /** The day they joined the guarantee: the later of joining the caseload and reaching the band's lower age. */
    QDate start;
    /** start + the setting's weeks. */
    QDate dueBy;
    /** The first offer on or after start; invalid when there is none. */
    QDate offeredOn;
    QString offerType;
    /** Offers on or after start. */
    int offers = 0;
    YouthStatus status = YouthStatus::NotYetDue;

    /** Not in work, education or training; someone whose activity is not recorded counts as such until it is. */
    bool neet() const;
    /** Days past the due-by date on `asAt`; 0 unless overdue. */
    int daysOverdue(QDate asAt) const;
};

/** The counts the aggregate reports take (issue 15 §4): nobody's data, only how many. */
struct YouthCounts
{
    int inBand = 0;
    int neet = 0;
    int offeredInTime = 0;
    int offeredLate = 0;
    int overdue = 0;
    int notYetDue = 0;

    bool operator==(const YouthCounts &other) const = default;
};

/** What a coach records: an offer of work, education or training made to the person. */
struct OfferRequest
{
    QString personId;
    /** "job", "apprenticeship", "training" or "work_experience". */
    QString type;
    QDate offeredOn = QDate::currentDate();
    /** "plan", "referral", "shortlist" or "other". */
    QString source = QStringLiteral("other");
    /** The plan action's or referral's record id, or the shortlisted vacancy's id; empty for "other". */
    QString sourceId;
    QString description;
    /** Empty, "accepted" or "declined". */
    QString outcome;
};

/**
 * An offer the view proposes from the person's own records (a plan action, a referral, a shortlisted vacancy),
 * for the coach to confirm or change; nothing is recorded until they do.
 */
struct OfferCandidate
{
    QString source;
    QString sourceId;
    /** A guess from the record's words; the coach chooses. */
    QString type;
    QDate date;
    QString description;
};

/**
 * The youth guarantee (issue 15 §2, docs/youth-guarantee.md): the open cases in the age band, what each is doing
 * and since when, when they joined the guarantee and when an offer is due by, the offers made, and where each
 * stands, overdue first. Age is read here and nowhere else: it decides who is in this list, never a match.
 *
 * Listing is one read over the vault's indexes (no query per person). Showing the list is audited with counts
 * only (recordViewed), recording an offer with ids only.
 */
class YouthGuarantee
{
    Q_DECLARE_TR_FUNCTIONS(YouthGuarantee)

public:
    YouthGuarantee(Database &db, RecordStore &records, AuditLog &audit);

    /** The stored settings, or the defaults where none are stored. */
    Result<YouthSettings> settings() const;
    Status setSettings(const YouthSettings &settings);
    /** What is wrong with the settings, by "min_age", "max_age" or "weeks", in words; empty when nothing is. */
    static QMap<QString, QString> check(const YouthSettings &settings);

    /** The open cases in the band on `asAt`, overdue first (longest overdue first), then due soonest. */
    Result<QVector<YouthEntry>> list(QDate asAt = QDate::currentDate()) const;
    /** The counts of list(asAt), for the reports. */
    Result<YouthCounts> counts(QDate asAt = QDate::currentDate()) const;
    static YouthCounts countsOf(const QVector<YouthEntry> &entries);
    /** Audits that the list was shown: how many people, how many overdue; no ids. */
    Status recordViewed(const QVector<YouthEntry> &entries);

    /** Checks and records an offer; returns the offer record's id. */
    Result<QString> recordOffer(const OfferRequest &request);
    /** Offers proposed from the person's plan, referrals and shortlisted vacancies, not yet recorded as offers. */
    Result<QVector<OfferCandidate>> candidates(const QString &personId) const;
    Result<QVector<Record>> offers(const QString &personId) const;

    /** Whole years on `on`; -1 before birth. Someone born on 29 February turns a year older on 1 March. */
    static int ageOn(QDate dateOfBirth, QDate on);
    /** The day someone born on `dateOfBirth` turns `years` old. */
    static QDate birthday(QDate dateOfBirth, int years);
    /** Fills start, due by, the first offer and the status of `entry` from its dates and `offers`. */
    static void
    evaluate(YouthEntry &entry, const YouthSettings &settings, const QVector<YouthOfferSeen> &offers, QDate asAt);
    /** The list's order: by status (YouthStatus's order), then due-by date, then name. */
    static void sort(QVector<YouthEntry> &entries);

    static QString statusKey(YouthStatus status);
    /** Translated: "Overdue", "Not yet due", "Offered late", "Offered in time", "In work, education or training". */
    static QString statusName(YouthStatus status);
    static QStringList offerTypes();
    static QString offerTypeName(const QString &type);
    static QStringList sources();
    static QString sourceName(const QString &source);
    /** Translated activity, or "Not recorded". */
    static QString activityName(const QString &activity);

private:
    Result<QVector<YouthEntry>> read(const YouthSettings &settings, QDate asAt) const;

    Database &m_db;
    RecordStore &m_records;
    AuditLog &m_audit;
};
