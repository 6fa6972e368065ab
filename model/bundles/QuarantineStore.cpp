#include "model/bundles/QuarantineStore.h"

#include "model/core/DisplaySafe.h"
#include "model/io/CsvWriter.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QFile>
#include <QFileDevice>
#include <QIODevice>

Result<QVector<QuarantinedItem>> QuarantineStore::list(Database &db)
{
    Statement select = db.prepare("SELECT q.id, q.bundle_id, coalesce(b.kind, ''), coalesce(b.publisher, ''), q.item, "
                                  "q.reason, q.content, q.received_at FROM quarantine q "
                                  "LEFT JOIN imported_bundles b ON b.bundle_id = q.bundle_id "
                                  "ORDER BY q.received_at DESC, q.id DESC");
    QVector<QuarantinedItem> items;
    while (select.next()) {
        QuarantinedItem item;
        item.id = select.integer(0);
        item.bundleId = select.blob(1);
        item.kind = select.text(2);
        // Imports store these cleaned, but rows kept from older versions may still hold escape sequences.
        item.publisher = DisplaySafe::singleLine(select.text(3));
        item.item = DisplaySafe::singleLine(select.text(4));
        item.reason = DisplaySafe::singleLine(select.text(5));
        item.content = select.blob(6);
        item.receivedAt = select.text(7);
        items.append(item);
    }
    if (select.failed())
        return select.error();
    return items;
}

QStringList QuarantineStore::csvHeader()
{
    return {QStringLiteral("received_at"),
            QStringLiteral("kind"),
            QStringLiteral("publisher"),
            QStringLiteral("bundle_id"),
            QStringLiteral("item"),
            QStringLiteral("reason"),
            QStringLiteral("content")};
}

Status QuarantineStore::exportCsv(Database &db, AuditLog &audit, const QString &path)
{
    auto items = list(db);
    if (!items)
        return items.error();
    const QVector<QuarantinedItem> &rows = items.value();
    const Status written = CsvWriter::saveFile(path, [&](QIODevice *device) -> Status {
        // The content may be about a person: CsvWriter::saveFile writes it 0600, even over an existing file.
        return CsvWriter::writeTable(device, csvHeader(), rows.size(), [&](qsizetype i) {
            const QuarantinedItem &item = rows.at(i);
            return QStringList{item.receivedAt,
                               item.kind,
                               item.publisher,
                               QString::fromLatin1(item.bundleId.toHex()),
                               item.item,
                               item.reason,
                               QString::fromUtf8(item.content)};
        });
    });
    if (!written)
        return written;
    if (Status status = audit.append(AuditAction::QuarantineExport, {}, QString::number(rows.size())); !status) {
        // An export nobody can see in the audit log must not exist.
        QFile::remove(path);
        return status;
    }
    return {};
}
