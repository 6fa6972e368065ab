#pragma once

#include "model/reports/AggregateReport.h"

#include <QCoreApplication>

namespace ReportTableKeys
{
    inline const QString YouthStatus = QStringLiteral("youth.status");
} // namespace ReportTableKeys

/**
 * Where the young people in the youth guarantee's age band stand on the period's last day (YouthGuarantee::list):
 * overdue, not yet due, offered late, offered in time, or in work, education or training. The rows split the band
 * between them, so the total is everyone in it. One column; keys are YouthGuarantee::statusKey.
 */
class YouthTables : public ReportTableBuilder
{
    Q_DECLARE_TR_FUNCTIONS(YouthTables)

public:
    Result<QVector<AggregateTable>> build(Vault &vault, QDate from, QDate to) const override;

    /** Fills in the title, heading and status names in the interface language, for a table built anywhere. */
    static void label(AggregateTable &table);
};
