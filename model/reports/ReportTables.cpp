#include "ReportTables.h"

#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/Referrals.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QLocale>

#include "EmployerTables.h"
#include "YouthTables.h"

namespace
{
    const QString NewColumn = QStringLiteral("new");
    const QString ReturningColumn = QStringLiteral("returning");
    const QString NoPartner = QStringLiteral("none");

    QString newLabel()
    {
        return OutreachTables::tr("Seen for the first time");
    }

    QString returningLabel()
    {
        return OutreachTables::tr("Seen again");
    }

    QString noPartnerLabel()
    {
        return OutreachTables::tr("No partner");
    }

    /** Partner names by id, for labels; a partner no longer in the directory is labelled by its id. */
    QHash<QString, QString> partnerNames(Vault &vault)
    {
        QHash<QString, QString> names;
        PartnerDirectory directory(vault.database(), vault.audit());
        if (auto partners = directory.list(); partners) {
            for (const Partner &p : partners.value())
                names.insert(p.id, p.name);
        }
        return names;
    }

    void addMonthColumns(AggregateTable &table, QDate from, QDate to)
    {
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            const QString key = OutreachTables::monthKey(month);
            table.addColumn(key, OutreachTables::monthLabel(key));
        }
    }
} // namespace

QString OutreachTables::monthKey(QDate date)
{
    return date.toString(QStringLiteral("yyyy-MM"));
}

QString OutreachTables::monthLabel(const QString &key)
{
    const QDate date = QDate::fromString(key + QStringLiteral("-01"), Qt::ISODate);
    return date.isValid() ? QLocale().toString(date, QStringLiteral("MMMM yyyy")) : key;
}

QString OutreachTables::venueKey(const QString &venue)
{
    return venue.simplified().toCaseFolded();
}

Result<QVector<AggregateTable>> OutreachTables::build(Vault &vault, QDate from, QDate to) const
{
    OutreachSessions store(vault.database(), vault.audit());
    auto sessions = store.list(from, to);
    if (!sessions)
        return sessions.error();
    const QHash<QString, QString> partners = partnerNames(vault);

    AggregateTable byVenueMonth;
    byVenueMonth.key = ReportTableKeys::SessionsByVenueMonth;
    addMonthColumns(byVenueMonth, from, to);
    AggregateTable byVenue;
    byVenue.key = ReportTableKeys::PeopleByVenue;
    AggregateTable byPartner;
    byPartner.key = ReportTableKeys::PeopleByPartner;
    AggregateTable byMonth;
    byMonth.key = ReportTableKeys::PeopleByMonth;
    for (AggregateTable *t : {&byVenue, &byPartner, &byMonth}) {
        t->addColumn(NewColumn, newLabel());
        t->addColumn(ReturningColumn, returningLabel());
    }
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        byMonth.addRow(monthKey(month), monthLabel(monthKey(month)));

    for (const OutreachSession &s : sessions.value()) {
        const QString venue = s.venue.simplified();
        const QString month = monthKey(s.heldOn);
        byVenueMonth.add(venueKey(venue), venue, month, monthLabel(month), 1);
        const QString partnerKey = s.partnerId.isEmpty() ? NoPartner : s.partnerId;
        const QString partnerLabel =
            s.partnerId.isEmpty() ? noPartnerLabel() : partners.value(s.partnerId, s.partnerId);
        for (const auto &[column, label, count] : {std::tuple{NewColumn, newLabel(), s.seenNew},
                                                   std::tuple{ReturningColumn, returningLabel(), s.seenReturning}}) {
            byVenue.add(venueKey(venue), venue, column, label, count);
            byPartner.add(partnerKey, partnerLabel, column, label, count);
            byMonth.add(month, monthLabel(month), column, label, count);
        }
    }
    byVenueMonth.sortRowsByLabel();
    byVenue.sortRowsByLabel();
    byPartner.sortRowsByLabel();
    QVector<AggregateTable> tables{byVenueMonth, byVenue, byPartner, byMonth};
    for (AggregateTable &t : tables)
        ReportTableText::label(t);
    return tables;
}

Result<QVector<AggregateTable>> ReferralTables::build(Vault &vault, QDate from, QDate to) const
{
    AggregateTable table;
    table.key = ReportTableKeys::ReferralsByPartnerOutcome;
    for (const QString &outcome : Referrals::outcomes())
        table.addColumn(outcome, Referrals::outcomeName(outcome));
    // Only the four fields counted are read: never the notes, the service's wording or who was referred.
    Statement rows = vault.database().prepare(
        "SELECT coalesce(p.value, ''), coalesce(n.value, ''), coalesce(o.value, '') FROM records r "
        "JOIN fields d ON d.record_id = r.id AND d.name = 'referred_on' "
        "LEFT JOIN fields p ON p.record_id = r.id AND p.name = 'partner_id' "
        "LEFT JOIN fields n ON n.record_id = r.id AND n.name = 'partner_name' "
        "LEFT JOIN fields o ON o.record_id = r.id AND o.name = 'outcome' "
        "WHERE r.kind = 'referral' AND r.deleted = 0 AND d.value >= ? AND d.value <= ?");
    rows.bind(1, from.toString(Qt::ISODate)).bind(2, to.toString(Qt::ISODate));
    const QHash<QString, QString> partners = partnerNames(vault);
    while (rows.next()) {
        const QString partnerId = rows.text(0);
        QString outcome = rows.text(2);
        if (table.columnIndex(outcome) < 0)
            outcome = QStringLiteral("referred");
        const QString label = partners.value(partnerId, rows.text(1).isEmpty() ? partnerId : rows.text(1));
        table.add(partnerId, label, outcome, Referrals::outcomeName(outcome), 1);
    }
    if (rows.failed())
        return rows.error();
    table.sortRowsByLabel();
    ReportTableText::label(table);
    return QVector<AggregateTable>{table};
}

void ReportTableText::label(AggregateTable &table)
{
    const QString &key = table.key;
    if (key == ReportTableKeys::YouthStatus) {
        YouthTables::label(table);
        return;
    }
    if (key == ReportTableKeys::EmployerEngagementsByKindMonth || key == ReportTableKeys::EmployerOutcomesByMonth) {
        EmployerTables::label(table);
        return;
    }
    if (key == ReportTableKeys::SessionsByVenueMonth) {
        table.title = OutreachTables::tr("Outreach sessions by venue and month");
        table.rowHeading = OutreachTables::tr("Venue");
        table.columnHeading = OutreachTables::tr("Month");
    } else if (key == ReportTableKeys::PeopleByVenue) {
        table.title = OutreachTables::tr("People seen at outreach sessions, by venue");
        table.rowHeading = OutreachTables::tr("Venue");
    } else if (key == ReportTableKeys::PeopleByPartner) {
        table.title = OutreachTables::tr("People seen at outreach sessions, by partner");
        table.rowHeading = OutreachTables::tr("Partner");
    } else if (key == ReportTableKeys::PeopleByMonth) {
        table.title = OutreachTables::tr("People seen at outreach sessions, by month");
        table.rowHeading = OutreachTables::tr("Month");
    } else if (key == ReportTableKeys::ReferralsByPartnerOutcome) {
        table.title = ReferralTables::tr("Referrals by partner and outcome");
        table.rowHeading = ReferralTables::tr("Partner");
        table.columnHeading = ReferralTables::tr("Outcome");
        for (int c = 0; c < table.columnCount(); ++c) {
            if (Referrals::outcomes().contains(table.columnKeys().at(c)))
                table.setColumnLabel(c, Referrals::outcomeName(table.columnKeys().at(c)));
        }
        return;
    } else {
        return;
    }
    // Columns and month rows this build knows are named in the interface language, whoever built the table.
    for (int c = 0; c < table.columnCount(); ++c) {
        const QString &column = table.columnKeys().at(c);
        if (column == NewColumn)
            table.setColumnLabel(c, newLabel());
        else if (column == ReturningColumn)
            table.setColumnLabel(c, returningLabel());
        else if (key == ReportTableKeys::SessionsByVenueMonth)
            table.setColumnLabel(c, OutreachTables::monthLabel(column));
    }
    if (key == ReportTableKeys::PeopleByMonth) {
        for (int r = 0; r < table.rowCount(); ++r)
            table.setRowLabel(r, OutreachTables::monthLabel(table.rowKeys().at(r)));
    }
    if (key == ReportTableKeys::PeopleByPartner) {
        const int none = table.rowIndex(NoPartner);
        table.setRowLabel(none, noPartnerLabel());
    }
}
