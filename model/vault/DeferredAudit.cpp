#include "model/vault/DeferredAudit.h"

#include "model/vault/AuditAction.h"

QString DeferredAudit::writtenDetail(const Entry &entry)
{
    // Details are identifiers and kinds, never text about a person, so a machine-readable note fits beside them.
    const QString note = QStringLiteral("deferred-from=") + entry.happenedAt;
    return entry.detail.isEmpty() ? note : entry.detail + QLatin1Char(' ') + note;
}

bool DeferredAudit::mayWait(const QString &action)
{
    for (const QLatin1String waits : {AuditAction::Unlock,
                                      AuditAction::Lock,
                                      AuditAction::ViewPerson,
                                      AuditAction::ViewHealth,
                                      AuditAction::ReceiptRemade}) {
        if (action == waits)
            return true;
    }
    return false;
}
