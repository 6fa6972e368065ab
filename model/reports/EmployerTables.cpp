#include "EmployerTables.h"

#include "model/employers/EmployerCounts.h"
#include "model/employers/EmployerDirectory.h"
#include "model/reports/ReportTables.h"
#include "model/vault/Vault.h"

namespace
{
    const QString PutForwardRow = QStringLiteral("put_forward");
    const QString InterviewRow = QStringLiteral("interview");
    const QString StartedRow = QStringLiteral("started");

    QString outcomeLabel(const QString &key)
    {
        if (key == PutForwardRow)
            return EmployerTables::tr("People put forward");
        if (key == InterviewRow)
            return EmployerTables::tr("Interviews");
        if (key == StartedRow)
            return EmployerTables::tr("Starts");
        return key;
    }

    void addMonthColumns(AggregateTable &table, QDate from, QDate to)
    {
        for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
            const QString key = OutreachTables::monthKey(month);
            table.addColumn(key, OutreachTables::monthLabel(key));
        }
    }
} // namespace

Result<QVector<AggregateTable>> EmployerTables::build(Vault &vault, QDate from, QDate to) const
{
    auto counts = EmployerCounts::forPeriod(vault.database(), from, to);
    if (!counts)
        return counts.error();

    // Every kind and outcome is a row and every month a column, even at zero, so reports from many devices line up.
    AggregateTable engagements;
    engagements.key = ReportTableKeys::EmployerEngagementsByKindMonth;
    addMonthColumns(engagements, from, to);
    for (const QString &kind : EmployerDirectory::engagementKinds())
        engagements.addRow(kind, EmployerDirectory::engagementKindName(kind));
    for (auto it = counts->engagementsByMonth.cbegin(); it != counts->engagementsByMonth.cend(); ++it) {
        const auto &[month, kind] = it.key();
        engagements.add(
            kind, EmployerDirectory::engagementKindName(kind), month, OutreachTables::monthLabel(month), it.value());
    }

    AggregateTable outcomes;
    outcomes.key = ReportTableKeys::EmployerOutcomesByMonth;
    addMonthColumns(outcomes, from, to);
    for (const QString &row : {PutForwardRow, InterviewRow, StartedRow})
        outcomes.addRow(row, outcomeLabel(row));
    for (auto it = counts->outcomesByMonth.cbegin(); it != counts->outcomesByMonth.cend(); ++it) {
        const QString label = OutreachTables::monthLabel(it.key());
        outcomes.add(PutForwardRow, outcomeLabel(PutForwardRow), it.key(), label, it.value().putForward);
        outcomes.add(InterviewRow, outcomeLabel(InterviewRow), it.key(), label, it.value().interviews);
        outcomes.add(StartedRow, outcomeLabel(StartedRow), it.key(), label, it.value().starts);
    }
    engagements.sortColumnsByKey();
    outcomes.sortColumnsByKey();
    QVector<AggregateTable> tables{engagements, outcomes};
    for (AggregateTable &t : tables)
        label(t);
    return tables;
}

void EmployerTables::label(AggregateTable &table)
{
    if (table.key == ReportTableKeys::EmployerEngagementsByKindMonth) {
        table.title = tr("Engagements with employers by kind and month");
        table.rowHeading = tr("Engagement");
        for (int r = 0; r < table.rowCount(); ++r) {
            const QString &kind = table.rowKeys().at(r);
            if (EmployerDirectory::engagementKinds().contains(kind))
                table.setRowLabel(r, EmployerDirectory::engagementKindName(kind));
        }
    } else if (table.key == ReportTableKeys::EmployerOutcomesByMonth) {
        table.title = tr("People put forward to employers, interviews and starts by month");
        table.rowHeading = tr("What happened");
        for (int r = 0; r < table.rowCount(); ++r)
            table.setRowLabel(r, outcomeLabel(table.rowKeys().at(r)));
    } else {
        return;
    }
    table.columnHeading = tr("Month");
    for (int c = 0; c < table.columnCount(); ++c)
        table.setColumnLabel(c, OutreachTables::monthLabel(table.columnKeys().at(c)));
}
