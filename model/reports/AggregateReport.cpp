#include "AggregateReport.h"

#include "model/io/CsvWriter.h"
#include "model/reports/EmployerTables.h"
#include "model/reports/ReportTables.h"
#include "model/reports/YouthTables.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

#include <QBuffer>
#include <QJsonArray>
#include <QLocale>

const AggregateTable *AggregateReport::table(const QString &key) const
{
    for (const AggregateTable &t : tables) {
        if (t.key == key)
            return &t;
    }
    return nullptr;
}

void AggregateReport::suppress()
{
    for (AggregateTable &t : tables)
        t.suppress();
}

QString AggregateReport::ruleText()
{
    return tr("Small numbers are hidden so that no one can be picked out. A count from 1 to 4 is shown as “fewer "
              "than 5” (or as “withheld”, where even that would give it away); 0 is shown, as it identifies no one. "
              "Where a total would let a hidden count be worked out "
              "by subtraction, another count in the same row or column is also hidden and shown as “withheld”, "
              "repeating until no hidden count can be worked out from the counts and totals shown. Totals under 5 "
              "are hidden too. Merged reports add the devices' exact counts first and hide small numbers after.");
}

QString AggregateReport::periodText() const
{
    return tr("From %1 to %2")
        .arg(QLocale().toString(from, QLocale::LongFormat), QLocale().toString(to, QLocale::LongFormat));
}

QString AggregateReport::toText() const
{
    QStringList lines{periodText(), scope, ruleText(), QString()};
    for (const AggregateTable &t : tables) {
        lines.append(t.title);
        for (int r = 0; r <= t.rowCount(); ++r) {
            const QString label = r < t.rowCount() ? t.rowLabel(r) : tr("Total");
            QStringList cells;
            for (int c = 0; c <= t.columnCount(); ++c) {
                const QString heading = c < t.columnCount() ? t.columnLabel(c) : tr("Total");
                cells.append(tr("%1: %2").arg(heading, t.text(r, c)));
            }
            lines.append(QStringLiteral("  ") + label + QStringLiteral(" — ") + cells.join(QStringLiteral("; ")));
        }
        lines.append(QString());
    }
    return lines.join(QLatin1Char('\n'));
}

QJsonObject AggregateReport::toJson() const
{
    QJsonArray tableArray;
    for (const AggregateTable &t : tables) {
        QJsonArray rows;
        for (int r = 0; r <= t.rowCount(); ++r) {
            QJsonObject cells;
            for (int c = 0; c <= t.columnCount(); ++c) {
                const QString key = c < t.columnCount() ? t.columnKeys().at(c) : QStringLiteral("total");
                switch (t.state(r, c)) {
                case AggregateTable::CellState::Shown:
                    cells.insert(key, double(t.value(r, c)));
                    break;
                case AggregateTable::CellState::Small:
                    cells.insert(key, QStringLiteral("<5"));
                    break;
                case AggregateTable::CellState::Withheld:
                    cells.insert(key, QStringLiteral("withheld"));
                    break;
                }
            }
            rows.append(
                QJsonObject{{QStringLiteral("key"), r < t.rowCount() ? t.rowKeys().at(r) : QStringLiteral("total")},
                            {QStringLiteral("label"), r < t.rowCount() ? t.rowLabel(r) : tr("Total")},
                            {QStringLiteral("cells"), cells}});
        }
        QJsonArray columns;
        for (int c = 0; c < t.columnCount(); ++c)
            columns.append(QJsonObject{{QStringLiteral("key"), t.columnKeys().at(c)},
                                       {QStringLiteral("label"), t.columnLabel(c)}});
        tableArray.append(QJsonObject{{QStringLiteral("key"), t.key},
                                      {QStringLiteral("title"), t.title},
                                      {QStringLiteral("columns"), columns},
                                      {QStringLiteral("rows"), rows}});
    }
    return QJsonObject{{QStringLiteral("from"), from.toString(Qt::ISODate)},
                       {QStringLiteral("to"), to.toString(Qt::ISODate)},
                       {QStringLiteral("scope"), scope},
                       {QStringLiteral("devices"), QJsonArray::fromStringList(devices)},
                       {QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODate)},
                       {QStringLiteral("rule"), ruleText()},
                       {QStringLiteral("tables"), tableArray}};
}

namespace
{
    Status writeReportCsv(const AggregateReport &report, QIODevice *device)
    {
        CsvWriter writer(device);
        if (Status s = writer.writeRecord({AggregateReport::tr("table"),
                                           AggregateReport::tr("row"),
                                           AggregateReport::tr("column"),
                                           AggregateReport::tr("count")});
            !s)
            return s;
        for (const AggregateTable &t : report.tables) {
            for (int r = 0; r <= t.rowCount(); ++r) {
                for (int c = 0; c <= t.columnCount(); ++c) {
                    const QString row = r < t.rowCount() ? t.rowLabel(r) : AggregateReport::tr("Total");
                    const QString column = c < t.columnCount() ? t.columnLabel(c) : AggregateReport::tr("Total");
                    // Shown numbers unformatted, so a spreadsheet reads them as numbers.
                    const QString value = t.shown(r, c) ? QString::number(t.value(r, c)) : t.text(r, c);
                    if (Status s = writer.writeRecord({t.title, row, column, value}); !s)
                        return s;
                }
            }
        }
        if (Status s = writer.writeRecord({AggregateReport::tr("rule"), {}, {}, AggregateReport::ruleText()}); !s)
            return s;
        return writer.finish();
    }
} // namespace

Status AggregateReport::writeCsv(const QString &path) const
{
    return CsvWriter::saveFile(path, [this](QIODevice *device) { return writeReportCsv(*this, device); });
}

QByteArray AggregateReport::csv() const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    (void)writeReportCsv(*this, &buffer);
    return bytes;
}

QString AggregateReport::toHtml() const
{
    auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = QStringLiteral("<html><body><h1>%1</h1><p>%2</p><p>%3</p><p><i>%4</i></p>")
                       .arg(esc(tr("Aggregate report")), esc(periodText()), esc(scope), esc(ruleText()));
    for (const AggregateTable &t : tables) {
        html += QStringLiteral("<h2>%1</h2><table border=\"1\" cellpadding=\"3\" cellspacing=\"0\"><tr><th>%2</th>")
                    .arg(esc(t.title), esc(t.rowHeading));
        for (int c = 0; c < t.columnCount(); ++c)
            html += QStringLiteral("<th>%1</th>").arg(esc(t.columnLabel(c)));
        html += QStringLiteral("<th>%1</th></tr>").arg(esc(tr("Total")));
        for (int r = 0; r <= t.rowCount(); ++r) {
            html += QStringLiteral("<tr><td>%1</td>").arg(esc(r < t.rowCount() ? t.rowLabel(r) : tr("Total")));
            for (int c = 0; c <= t.columnCount(); ++c)
                html += QStringLiteral("<td align=\"right\">%1</td>").arg(esc(t.text(r, c)));
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    return html + QStringLiteral("</body></html>");
}

QString AggregateReport::auditDetail() const
{
    QStringList parts{QStringLiteral("from=%1 to=%2 tables=%3")
                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                          .arg(tables.size())};
    for (const AggregateTable &t : tables)
        parts.append(QStringLiteral("%1=%2x%3").arg(t.key).arg(t.rowCount()).arg(t.columnCount()));
    return parts.join(QLatin1Char(' '));
}

ReportBuilder::ReportBuilder(Vault &vault)
    : m_vault(vault)
{}

ReportBuilder &ReportBuilder::add(std::unique_ptr<ReportTableBuilder> builder)
{
    m_builders.push_back(std::move(builder));
    return *this;
}

std::vector<std::unique_ptr<ReportTableBuilder>> ReportBuilder::standardBuilders()
{
    std::vector<std::unique_ptr<ReportTableBuilder>> builders;
    builders.push_back(std::make_unique<OutreachTables>());
    builders.push_back(std::make_unique<ReferralTables>());
    builders.push_back(std::make_unique<YouthTables>());
    builders.push_back(std::make_unique<EmployerTables>());
    return builders;
}

ReportBuilder ReportBuilder::standard(Vault &vault)
{
    ReportBuilder builder(vault);
    for (auto &b : standardBuilders())
        builder.add(std::move(b));
    return builder;
}

Result<AggregateReport> ReportBuilder::buildRaw(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return Error{ErrorCode::Invalid, tr("Give a period whose start is on or before its end.")};
    AggregateReport report;
    report.from = from;
    report.to = to;
    report.scope = tr("This device's vault");
    report.devices = {m_vault.deviceId()};
    report.createdAt = QDateTime::currentDateTimeUtc();
    for (const auto &builder : m_builders) {
        auto tables = builder->build(m_vault, from, to);
        if (!tables)
            return tables.error();
        report.tables += tables.value();
    }
    return report;
}

Result<AggregateReport> ReportBuilder::build(QDate from, QDate to)
{
    auto report = buildRaw(from, to);
    if (!report)
        return report;
    report->suppress();
    if (Status s = m_vault.audit().append(AuditAction::ReportBuilt, {}, report->auditDetail()); !s)
        return s.error();
    return report;
}
