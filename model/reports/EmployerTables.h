#pragma once

#include "model/reports/AggregateReport.h"

#include <QCoreApplication>

namespace ReportTableKeys
{
    inline const QString EmployerEngagementsByKindMonth = QStringLiteral("employers.engagements_by_kind_month");
    inline const QString EmployerOutcomesByMonth = QStringLiteral("employers.outcomes_by_month");
} // namespace ReportTableKeys

/**
 * Work with employers in the period (EmployerCounts::forPeriod): engagements by kind (called, visited, job fair,
 * work trial agreed, vacancy sourced) and month, and by month the people put forward, interviews and starts, each
 * counted in the month it happened. Rows are engagement kinds (EmployerDirectory::engagementKinds) or the three
 * outcome keys; columns are months "yyyy-MM". No employer or person is named: a merge adds up across devices, and
 * a count per employer would say too much about a small one.
 */
class EmployerTables : public ReportTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(EmployerTables)

public:
    Result<QVector<AggregateTable>> build(Vault &vault, QDate from, QDate to) const override;

    /** Fills in the titles, headings and row names in the interface language, for a table built anywhere. */
    static void label(AggregateTable &table);
};
