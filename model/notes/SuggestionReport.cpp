#include "model/notes/SuggestionReport.h"

#include "model/io/CsvWriter.h"
#include "model/notes/ExtractedSuggestion.h"
#include "model/notes/SuggestionApplier.h"
#include "model/notes/SuggestionAuditDetail.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"

#include <QJsonArray>
#include <QMap>
#include <QTextStream>

#include <algorithm>

namespace
{
    const QString NotesTool = QStringLiteral("notes");

    QJsonValue countJson(int count)
    {
        if (count > 0 && count < SuggestionReport::SmallNumber)
            return SuggestionReport::countText(count);
        return count;
    }

    void add(SuggestionReport::Row &into, const SuggestionReport::Row &from)
    {
        into.shown += from.shown;
        into.acceptedUnchanged += from.acceptedUnchanged;
        into.changed += from.changed;
        into.rejected += from.rejected;
        into.decisionMs += from.decisionMs;
        into.timedAcceptances += from.timedAcceptances;
        into.fastAcceptances += from.fastAcceptances;
    }
} // namespace

std::optional<qint64> SuggestionReport::Row::medianMs() const
{
    if (decisionMs.size() < SmallNumber)
        return std::nullopt;
    QVector<qint64> sorted = decisionMs;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype mid = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.at(mid) : (sorted.at(mid - 1) + sorted.at(mid)) / 2;
}

std::optional<double> SuggestionReport::Row::fastShare() const
{
    if (timedAcceptances < SmallNumber)
        return std::nullopt;
    return double(fastAcceptances) / timedAcceptances;
}

std::optional<double> SuggestionReport::Row::acceptRate() const
{
    if (decided() == 0)
        return std::nullopt;
    return double(acceptedUnchanged + changed) / decided();
}

Result<SuggestionReport> SuggestionReport::build(const AuditLog &audit, const Options &options)
{
    auto entries = audit.entriesFor({AuditAction::SuggestionShown,
                                     AuditAction::SuggestionAccepted,
                                     AuditAction::SuggestionEdited,
                                     AuditAction::SuggestionRejected,
                                     AuditAction::SuggestionUsedInForm},
                                    options.from,
                                    options.to);
    if (!entries)
        return entries.error();

    QMap<QString, Row> byKind;
    const auto rowFor = [&byKind](const QString &kind) -> Row & {
        Row &row = byKind[kind];
        row.tool = NotesTool;
        row.kind = kind;
        return row;
    };
    for (const AuditEntry &entry : std::as_const(entries.value())) {
        const SuggestionAuditDetail detail = SuggestionAuditDetail::parse(entry.detail);
        if (entry.action == AuditAction::SuggestionShown) {
            const QMap<QString, int> counts = detail.shownCounts();
            for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
                rowFor(it.key()).shown += it.value();
            continue;
        }
        const QString kind = detail.kind();
        if (kind.isEmpty())
            continue;
        Row &row = rowFor(kind);
        bool accepted = true;
        if (entry.action == AuditAction::SuggestionAccepted) {
            ++row.acceptedUnchanged;
        } else if (entry.action == AuditAction::SuggestionEdited) {
            ++row.changed;
        } else if (entry.action == AuditAction::SuggestionRejected) {
            ++row.rejected;
            accepted = false;
        } else if (detail.head.endsWith(QStringLiteral(":edited"))) {
            ++row.changed;
        } else {
            ++row.acceptedUnchanged;
        }
        if (detail.afterMs >= 0) {
            row.decisionMs.append(detail.afterMs);
            if (accepted) {
                ++row.timedAcceptances;
                if (detail.afterMs < FastAcceptMs)
                    ++row.fastAcceptances;
            }
        }
    }

    SuggestionReport report;
    report.m_options = options;
    // The extractor's own order of kinds, then any kind this build does not know (from an older or newer one).
    QStringList order = ExtractedSuggestion::kindNames();
    for (auto it = byKind.constBegin(); it != byKind.constEnd(); ++it) {
        if (!order.contains(it.key()))
            order.append(it.key());
    }
    Row toolTotal;
    toolTotal.tool = NotesTool;
    for (const QString &kind : std::as_const(order)) {
        const auto it = byKind.constFind(kind);
        if (it == byKind.constEnd())
            continue;
        report.m_rows.append(*it);
        add(toolTotal, *it);
    }
    if (!report.m_rows.isEmpty())
        report.m_rows.append(toolTotal);
    add(report.m_total, toolTotal);
    return report;
}

QStringList SuggestionReport::warnings() const
{
    QStringList out;
    if (m_total.decided() < MinimumForWarning)
        return out;
    if (const auto rate = m_total.acceptRate(); rate && *rate * 100 > m_options.acceptWarningPercent)
        out.append(tr("Nearly all suggestions are accepted (%1% of those decided): check they are being weighed, "
                      "not waved through.")
                       .arg(qRound(*rate * 100)));
    if (const auto fast = m_total.fastShare(); fast && *fast * 100 > m_options.fastAcceptWarningPercent)
        out.append(tr("Most suggestions are accepted within two seconds of being shown (%1%): check they are being "
                      "read.")
                       .arg(qRound(*fast * 100)));
    return out;
}

QString SuggestionReport::countText(int count)
{
    if (count > 0 && count < SmallNumber)
        return QStringLiteral("<%1").arg(SmallNumber);
    return QString::number(count);
}

QString SuggestionReport::toolLabel(const QString &tool)
{
    if (tool == NotesTool)
        return tr("Suggestions from notes");
    return tool;
}

QString SuggestionReport::kindLabel(const QString &kind)
{
    if (kind.isEmpty())
        return tr("All kinds");
    const qsizetype index = ExtractedSuggestion::kindNames().indexOf(kind);
    if (index < 0)
        return kind;
    return SuggestionApplier::kindLabel(static_cast<ExtractedSuggestion::Kind>(index));
}

QStringList SuggestionReport::headings()
{
    return {tr("Tool"),
            tr("Kind"),
            tr("Shown"),
            tr("Accepted unchanged"),
            tr("Changed then accepted"),
            tr("Rejected"),
            tr("Median time to decide (seconds)"),
            tr("Accepted within two seconds")};
}

QStringList SuggestionReport::cells(const Row &row) const
{
    const auto median = row.medianMs();
    const auto fast = row.fastShare();
    return {toolLabel(row.tool),
            kindLabel(row.kind),
            countText(row.shown),
            countText(row.acceptedUnchanged),
            countText(row.changed),
            countText(row.rejected),
            median ? QString::number(double(*median) / 1000.0, 'f', 1) : tr("too few to say"),
            fast ? tr("%1%").arg(qRound(*fast * 100)) : tr("too few to say")};
}

QString SuggestionReport::toText() const
{
    QString out;
    QTextStream stream(&out);
    const QString from = m_options.from.isValid() ? m_options.from.toString(Qt::ISODate) : tr("the first entry");
    const QString to = m_options.to.isValid() ? m_options.to.toString(Qt::ISODate) : tr("today");
    stream << tr("Suggestions report, from %1 to %2.").arg(from, to) << '\n';
    stream << tr("Counts from 1 to 4 are shown as <5, so that no small group can be picked out.") << '\n';
    for (const QString &warning : warnings())
        stream << tr("Warning: %1").arg(warning) << '\n';
    if (m_rows.isEmpty()) {
        stream << tr("No suggestions were shown or decided in this period.") << '\n';
        return out;
    }
    const QStringList heads = headings();
    for (const Row &row : m_rows) {
        stream << '\n';
        const QStringList values = cells(row);
        for (qsizetype i = 0; i < heads.size(); ++i)
            stream << heads.at(i) << ": " << values.at(i) << '\n';
    }
    return out;
}

QJsonObject SuggestionReport::toJson() const
{
    QJsonArray rows;
    for (const Row &row : m_rows) {
        const auto median = row.medianMs();
        const auto fast = row.fastShare();
        rows.append(QJsonObject{
            {QStringLiteral("tool"), row.tool},
            {QStringLiteral("kind"), row.kind.isEmpty() ? QJsonValue() : QJsonValue(row.kind)},
            {QStringLiteral("shown"), countJson(row.shown)},
            {QStringLiteral("accepted_unchanged"), countJson(row.acceptedUnchanged)},
            {QStringLiteral("changed_then_accepted"), countJson(row.changed)},
            {QStringLiteral("rejected"), countJson(row.rejected)},
            {QStringLiteral("median_ms_to_decide"), median ? QJsonValue(double(*median)) : QJsonValue()},
            {QStringLiteral("accepted_within_2s_share"), fast ? QJsonValue(*fast) : QJsonValue()},
        });
    }
    QJsonArray warningList;
    for (const QString &warning : warnings())
        warningList.append(warning);
    return {
        {QStringLiteral("from"),
         m_options.from.isValid() ? QJsonValue(m_options.from.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("to"), m_options.to.isValid() ? QJsonValue(m_options.to.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("small_numbers_below"), SmallNumber},
        {QStringLiteral("accept_warning_percent"), m_options.acceptWarningPercent},
        {QStringLiteral("fast_accept_warning_percent"), m_options.fastAcceptWarningPercent},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("warnings"), warningList},
    };
}

Status SuggestionReport::writeCsv(const QString &path) const
{
    return CsvWriter::saveFile(path, [this](QIODevice *device) {
        return CsvWriter::writeTable(
            device, headings(), m_rows.size(), [this](qsizetype i) { return cells(m_rows.at(i)); });
    });
}
