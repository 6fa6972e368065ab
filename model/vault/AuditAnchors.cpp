#include "model/vault/AuditAnchors.h"

#include "model/core/Log.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QRegularExpression>

#include <limits>

namespace
{
    Error malformed(int line)
    {
        return Error{ErrorCode::Invalid,
                     AuditAnchors::tr("This is not an audit anchors file from Waymark: line %1 is not in the "
                                      "expected form. Export it again with \"waymark-cli audit anchors\".")
                         .arg(line)};
    }
} // namespace

Status AuditAnchors::keep(Database &db, const QString &deviceId, const AuditHead &head)
{
    if (head.seq <= 0 || head.hash.size() != AuditChain::LinkBytes)
        return {};
    Statement insert =
        db.prepare("INSERT OR IGNORE INTO audit_anchors(device_id, seq, hash, received_at) VALUES(?,?,?,?)");
    insert.bind(1, deviceId)
        .bind(2, head.seq)
        .bind(3, head.hash)
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return insert.exec();
}

Result<QVector<AuditAnchor>> AuditAnchors::held(Database &db, const QString &deviceId)
{
    Statement rows = deviceId.isEmpty()
                         ? db.prepare("SELECT device_id, seq, hash, received_at FROM audit_anchors "
                                      "ORDER BY device_id, seq")
                         : db.prepare("SELECT device_id, seq, hash, received_at FROM audit_anchors WHERE device_id = ? "
                                      "ORDER BY seq");
    if (!deviceId.isEmpty())
        rows.bind(1, deviceId);
    QVector<AuditAnchor> list;
    while (rows.next())
        list.append({rows.text(0), rows.integer(1), rows.blob(2), rows.text(3)});
    if (rows.failed())
        return rows.error();
    return list;
}

QByteArray AuditAnchors::toFile(const QVector<AuditAnchor> &anchors)
{
    QByteArray out = QByteArray(FileTag) + '\n';
    for (const AuditAnchor &a : anchors) {
        out += a.deviceId.toLatin1() + ' ' + QByteArray::number(a.seq) + ' ' + a.hash.toHex() + ' ' +
               a.receivedAt.toLatin1() + '\n';
    }
    return out;
}

Result<QVector<AuditAnchor>> AuditAnchors::parseFile(const QByteArray &bytes)
{
    if (bytes.size() > MaxFileBytes)
        return Error{ErrorCode::Invalid, tr("This audit anchors file is too large to be one Waymark wrote.")};
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.isEmpty() || lines.first() != FileTag)
        return malformed(1);
    static const QRegularExpression line(QStringLiteral(
        "^([0-9A-F]{16}) ([1-9][0-9]{0,17}) ([0-9a-f]{64}) ([0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z)$"));
    QVector<AuditAnchor> anchors;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty() && i == lines.size() - 1)
            break; // the final line feed
        const auto match = line.match(QString::fromLatin1(lines.at(i)));
        if (!match.hasMatch())
            return malformed(int(i + 1));
        anchors.append({match.captured(1),
                        match.captured(2).toLongLong(),
                        QByteArray::fromHex(match.captured(3).toLatin1()),
                        match.captured(4)});
    }
    return anchors;
}

Result<AnchorCheck> AuditAnchors::check(Database &db, const QString &deviceId, const QVector<AuditAnchor> &anchors)
{
    AnchorCheck result;
    qint64 last = 0;
    {
        Statement head = db.prepare("SELECT coalesce(max(seq), 0) FROM audit");
        if (!head.next())
            return head.error();
        last = head.integer(0);
    }
    Statement row = db.prepare("SELECT hash FROM audit WHERE seq = ?");
    for (const AuditAnchor &anchor : anchors) {
        if (anchor.deviceId != deviceId)
            continue;
        ++result.anchorsChecked;
        row.reset();
        row.bind(1, anchor.seq);
        if (row.next()) {
            if (row.blob(0) != anchor.hash) {
                result.problems.append(
                    tr("Entry %1 is not the entry another device received on %2: this audit log has been cut or "
                       "rewritten since then, from entry %1 or before.")
                        .arg(anchor.seq)
                        .arg(anchor.receivedAt));
            }
            continue;
        }
        if (row.failed())
            return row.error();
        if (anchor.seq > last) {
            result.problems.append(tr("The audit log has been cut: another device received entry %1 on %2, but the "
                                      "log now ends at entry %3, so at least %n entries are missing.",
                                      nullptr,
                                      int(qMin<qint64>(anchor.seq - last, std::numeric_limits<int>::max())))
                                       .arg(anchor.seq)
                                       .arg(anchor.receivedAt)
                                       .arg(last));
        } else {
            result.problems.append(tr("Entry %1, which another device received on %2, has been removed from the "
                                      "audit log.")
                                       .arg(anchor.seq)
                                       .arg(anchor.receivedAt));
        }
    }
    // Counts only: the anchors are numbers and hashes, but the log line stays as small as the rest.
    qCInfo(lcAudit) << "audit anchors checked:" << result.anchorsChecked << "problems:" << result.problems.size();
    return result;
}
