#pragma once

#include "model/reports/AggregateReport.h"

#include <QCoreApplication>

/** Stable keys of the tables built here; a merge matches tables by these, never by their titles. */
namespace ReportTableKeys
{
    inline const QString SessionsByVenueMonth = QStringLiteral("outreach.sessions_by_venue_month");
    inline const QString PeopleByVenue = QStringLiteral("outreach.people_by_venue");
    inline const QString PeopleByPartner = QStringLiteral("outreach.people_by_partner");
    inline const QString PeopleByMonth = QStringLiteral("outreach.people_by_month");
    inline const QString ReferralsByPartnerOutcome = QStringLiteral("referrals.by_partner_outcome");
} // namespace ReportTableKeys

/**
 * Outreach sessions held in the period: sessions by venue and month, and people seen (new and returning) by
 * venue, by partner and by month. Venues are keyed by their name folded to lower case, partners by id, months
 * as "yyyy-MM".
 */
class OutreachTables : public ReportTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(OutreachTables)

public:
    Result<QVector<AggregateTable>> build(Vault &vault, QDate from, QDate to) const override;

    /** A month's key ("2026-03") and its name in the interface language ("March 2026"). */
    static QString monthKey(QDate date);
    static QString monthLabel(const QString &key);
    static QString venueKey(const QString &venue);
};

/** Referrals made in the period, by partner and by where they stand now (their outcome, "referred" if none). */
class ReferralTables : public ReportTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReferralTables)

public:
    Result<QVector<AggregateTable>> build(Vault &vault, QDate from, QDate to) const override;
};

/** Titles and headings in the interface language for tables this build knows, so a merge shows them so. */
namespace ReportTableText
{
    /** Fills in title and headings for a known key; leaves the table as it came otherwise. */
    void label(AggregateTable &table);
} // namespace ReportTableText
