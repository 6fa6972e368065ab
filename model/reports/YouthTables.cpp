#include "YouthTables.h"

#include "model/vault/Vault.h"
#include "model/youth/YouthGuarantee.h"

namespace
{
    const QString PeopleColumn = QStringLiteral("people");

    // In the order a reader asks: who is waiting too long first.
    constexpr YouthStatus Statuses[] = {YouthStatus::Overdue,
                                        YouthStatus::NotYetDue,
                                        YouthStatus::OfferedLate,
                                        YouthStatus::OfferedInTime,
                                        YouthStatus::NotNeet};
} // namespace

Result<QVector<AggregateTable>> YouthTables::build(Vault &vault, QDate from, QDate to) const
{
    Q_UNUSED(from)
    YouthGuarantee guarantee(vault.database(), vault.records(), vault.audit());
    auto entries = guarantee.list(to);
    if (!entries)
        return entries.error();
    AggregateTable table;
    table.key = ReportTableKeys::YouthStatus;
    table.addColumn(PeopleColumn, QString());
    // Every status is a row, even at zero, so that merged reports line up and a missing row says nothing.
    for (const YouthStatus status : Statuses)
        table.addRow(YouthGuarantee::statusKey(status), YouthGuarantee::statusName(status));
    for (const YouthEntry &entry : entries.value())
        table.addAt(table.rowIndex(YouthGuarantee::statusKey(entry.status)), 0, 1);
    label(table);
    return QVector<AggregateTable>{table};
}

void YouthTables::label(AggregateTable &table)
{
    table.title = tr("Youth guarantee: where the young people in the age band stand at the end of the period");
    table.rowHeading = tr("Status");
    table.columnHeading = QString();
    table.setColumnLabel(table.columnIndex(PeopleColumn), tr("People"));
    for (const YouthStatus status : Statuses)
        table.setRowLabel(table.rowIndex(YouthGuarantee::statusKey(status)), YouthGuarantee::statusName(status));
}
