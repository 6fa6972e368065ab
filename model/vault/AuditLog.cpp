#include "model/vault/AuditLog.h"

#include "model/core/Log.h"
#include "model/core/SecureBytes.h"
#include "model/vault/Database.h"

namespace
{
    // Length-prefixed UTF-8, so a null and an empty string (which read back alike) hash alike.
    void appendField(QByteArray &bytes, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        bytes.append(QByteArray::number(utf8.size())).append(':').append(utf8);
    }

    QByteArray rowHash(const QByteArray &previous, const AuditEntry &e)
    {
        QByteArray bytes = previous;
        bytes.append(QByteArray::number(e.seq)).append(';');
        for (const QString *field : {&e.timestamp, &e.actor, &e.device, &e.action, &e.object})
            appendField(bytes, *field);
        // Rows written before schema 2 had no detail; an empty detail hashes as it did then.
        if (!e.detail.isEmpty())
            appendField(bytes, e.detail);
        return Crypto::hash(bytes, 32);
    }

    const char *const HeadKey = "audit_head";
} // namespace

AuditLog::AuditLog(Database &db, QString deviceId, QString actor)
    : m_db(db)
    , m_deviceId(std::move(deviceId))
    , m_actor(std::move(actor))
{}

Status AuditLog::append(const QString &action, const QString &object, const QString &detail)
{
    // Entries held while the disk was full go first, so the log keeps the order things happened in.
    m_db.beforeWrite();
    const bool ownTransaction = m_db.inAutocommit();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    Status status = appendNow(action, object, detail);
    if (!status && status.error().code == ErrorCode::DiskFull && ownTransaction && DeferredAudit::mayWait(action)) {
        m_deferred.hold({action, object, detail, now});
        qCInfo(lcAudit) << "disk full: audit entry held in memory," << m_deferred.size() << "waiting";
        return {};
    }
    return status;
}

Status AuditLog::writeDeferred()
{
    if (m_deferred.isEmpty())
        return {};
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    for (const DeferredAudit::Entry &entry : m_deferred.entries()) {
        if (auto status = appendNow(entry.action, entry.object, DeferredAudit::writtenDetail(entry)); !status)
            return status;
    }
    if (auto status = transaction.commit(); !status)
        return status;
    qCInfo(lcAudit) << m_deferred.size() << "audit entries held while the disk was full are now written";
    m_deferred.clear();
    return {};
}

Status AuditLog::appendNow(const QString &action, const QString &object, const QString &detail)
{
    QByteArray previous(32, '\0');
    qint64 seq = 1;
    {
        Statement last = m_db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (last.next()) {
            seq = last.integer(0) + 1;
            previous = last.blob(1);
        } else if (last.failed() || !last.isValid()) {
            return last.error();
        }
    }
    AuditEntry entry{
        seq, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), m_actor, m_deviceId, action, object, detail};
    const QByteArray hash = rowHash(previous, entry);
    Statement insert = m_db.prepare(
        "INSERT INTO audit(seq, ts, actor, device, action, object, detail, prev_hash, hash) VALUES(?,?,?,?,?,?,?,?,?)");
    insert.bind(1, entry.seq)
        .bind(2, entry.timestamp)
        .bind(3, entry.actor)
        .bind(4, entry.device)
        .bind(5, entry.action)
        .bind(6, entry.object)
        .bind(7, entry.detail)
        .bind(8, previous)
        .bind(9, hash);
    if (auto status = insert.exec(); !status)
        return status;
    // Delete then insert rather than INSERT OR REPLACE: a REPLACE makes SQLite keep a statement journal,
    // and SQLCipher encrypts every page written to it, which made each append several times slower.
    Statement clear = m_db.prepare("DELETE FROM meta WHERE key = ?");
    clear.bind(1, QString::fromLatin1(HeadKey));
    if (auto status = clear.exec(); !status)
        return status;
    Statement head = m_db.prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
    head.bind(1, QString::fromLatin1(HeadKey))
        .bind(2, QString::number(seq) + QLatin1Char(':') + QString::fromLatin1(hash.toHex()));
    return head.exec();
}

Result<AuditVerification> AuditLog::verify() const
{
    Result<AuditVerification> result = checkChain();
    // Sequence numbers and counts only: an entry's object and detail name people and fields. Info even when the
    // chain is broken: the caller tells the person, and waymark-cli promises a single line on stderr.
    if (result && !result->intact())
        qCInfo(lcAudit) << "audit chain broken at entry" << result->firstBrokenSeq << "after" << result->rowsChecked
                        << "entries checked";
    else if (result)
        qCInfo(lcAudit) << "audit chain intact," << result->rowsChecked << "entries checked";
    return result;
}

Result<AuditVerification> AuditLog::checkChain() const
{
    AuditVerification result;
    Statement rows =
        m_db.prepare("SELECT seq, ts, actor, device, action, object, detail, prev_hash, hash FROM audit ORDER BY seq");
    QByteArray previous(32, '\0');
    qint64 expectedSeq = 1;
    while (rows.next()) {
        AuditEntry e{
            rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5), rows.text(6)};
        ++result.rowsChecked;
        if (e.seq != expectedSeq) {
            result.firstBrokenSeq = expectedSeq;
            result.problem = tr("Entry %1 is missing.").arg(expectedSeq);
            return result;
        }
        if (rows.blob(7) != previous) {
            result.firstBrokenSeq = e.seq;
            result.problem = tr("Entry %1 does not follow on from the entry before it.").arg(e.seq);
            return result;
        }
        const QByteArray hash = rowHash(previous, e);
        if (rows.blob(8) != hash) {
            result.firstBrokenSeq = e.seq;
            result.problem = tr("Entry %1 has been changed.").arg(e.seq);
            return result;
        }
        previous = hash;
        ++expectedSeq;
    }
    if (rows.failed())
        return rows.error();

    Statement head = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    head.bind(1, QString::fromLatin1(HeadKey));
    const QString expectedHead = head.next() ? head.text(0) : QString();
    const QString actualHead = result.rowsChecked == 0 ? QString()
                                                       : QString::number(expectedSeq - 1) + QLatin1Char(':') +
                                                             QString::fromLatin1(previous.toHex());
    if (expectedHead != actualHead) {
        result.firstBrokenSeq = expectedSeq;
        result.problem = tr("Entries after %1 have been removed.").arg(expectedSeq - 1);
    }
    return result;
}

Result<QVector<AuditEntry>> AuditLog::entries(const QString &object, int limit) const
{
    Statement rows =
        object.isEmpty()
            ? m_db.prepare("SELECT seq, ts, actor, device, action, object, detail FROM audit ORDER BY seq DESC LIMIT ?")
            : m_db.prepare(
                  "SELECT seq, ts, actor, device, action, object, detail FROM audit WHERE object = ? ORDER BY seq DESC "
                  "LIMIT ?");
    int index = 1;
    if (!object.isEmpty())
        rows.bind(index++, object);
    rows.bind(index, limit);
    QVector<AuditEntry> list;
    while (rows.next())
        list.append(
            {rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5), rows.text(6)});
    if (rows.failed())
        return rows.error();
    return list;
}
