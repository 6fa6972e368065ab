#include "model/notes/SuggestionAuditDetail.h"

#include <QStringList>

namespace
{
    const QString EngineKey = QStringLiteral("engine=");
    const QString TaxonomyKey = QStringLiteral("taxonomy=");
    const QString AfterKey = QStringLiteral("after_ms=");
} // namespace

QString SuggestionAuditDetail::toString() const
{
    QString out = head;
    if (!engine.isEmpty())
        out += QLatin1Char(';') + EngineKey + engine;
    if (!taxonomy.isEmpty())
        out += QLatin1Char(';') + TaxonomyKey + taxonomy;
    if (afterMs >= 0)
        out += QLatin1Char(';') + AfterKey + QString::number(afterMs);
    return out;
}

SuggestionAuditDetail SuggestionAuditDetail::parse(const QString &detail)
{
    SuggestionAuditDetail out;
    // A note added when the entry waited for disk space follows a space; it is not part of the detail.
    const QString text = detail.section(QLatin1Char(' '), 0, 0);
    const QStringList parts = text.split(QLatin1Char(';'));
    out.head = parts.value(0);
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (part.startsWith(EngineKey)) {
            out.engine = part.mid(EngineKey.size());
        } else if (part.startsWith(TaxonomyKey)) {
            out.taxonomy = part.mid(TaxonomyKey.size());
        } else if (part.startsWith(AfterKey)) {
            bool ok = false;
            const qint64 ms = part.mid(AfterKey.size()).toLongLong(&ok);
            out.afterMs = ok && ms >= 0 ? ms : -1;
        }
    }
    return out;
}

QString SuggestionAuditDetail::kind() const
{
    return head.section(QLatin1Char(':'), 0, 0);
}

QMap<QString, int> SuggestionAuditDetail::shownCounts() const
{
    QMap<QString, int> counts;
    for (const QString &part : head.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString kind = part.section(QLatin1Char('='), 0, 0);
        bool ok = false;
        const int n = part.section(QLatin1Char('='), 1).toInt(&ok);
        if (ok && n > 0 && !kind.isEmpty())
            counts[kind] += n;
    }
    return counts;
}

QString SuggestionAuditDetail::shownHead(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts.append(it.key() + QLatin1Char('=') + QString::number(it.value()));
    return parts.join(QLatin1Char(','));
}
