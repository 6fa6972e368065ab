#include "model/vault/DeferredAudit.h"

QString DeferredAudit::writtenDetail(const Entry &entry)
{
    // Details are identifiers and kinds, never text about a person, so a machine-readable note fits beside them.
    const QString note = QStringLiteral("deferred-from=") + entry.happenedAt;
    return entry.detail.isEmpty() ? note : entry.detail + QLatin1Char(' ') + note;
}
