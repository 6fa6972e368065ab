#include "model/vault/AuditLog.h"

#include "model/core/Log.h"
#include "model/vault/AuditAction.h"
#include "model/vault/Database.h"

#include <limits>

namespace
{
    const char *const HeadKey = "audit_head";

    QString formatHead(qint64 seq, const QByteArray &hash)
    {
        return QString::number(seq) + QLatin1Char(':') + QString::fromLatin1(hash.toHex());
    }

    /** The cut an `audit_tail_cut` entry records in its detail ("head=S last=L"). */
    AuditCut cutFrom(const AuditEntry &e)
    {
        AuditCut cut;
        cut.seq = e.seq;
        cut.noticedAt = e.timestamp;
        qint64 recorded = 0;
        for (const QString &part : e.detail.split(QLatin1Char(' '))) {
            if (part.startsWith(QLatin1String("head=")))
                recorded = part.mid(5).toLongLong();
            else if (part.startsWith(QLatin1String("last=")))
                cut.lastKept = part.mid(5).toLongLong();
        }
        cut.missing = recorded > cut.lastKept ? recorded - cut.lastKept : 0;
        return cut;
    }

    /** Every row of a query whose first seven columns are seq, ts, actor, device, action, object, detail. */
    Result<QVector<AuditEntry>> entriesFrom(Statement &rows)
    {
        QVector<AuditEntry> list;
        while (rows.next())
            list.append(
                {rows.integer(0), rows.text(1), rows.text(2), rows.text(3), rows.text(4), rows.text(5), rows.text(6)});
        if (rows.failed())
            return rows.error();
        return list;
    }
} // namespace

QStringList AuditVerification::problems() const
{
    QStringList list;
    if (firstBrokenSeq != 0)
        list.append(problem);
    for (const AuditCut &cut : cuts)
        list.append(AuditLog::describe(cut));
    return list;
}

AuditLog::AuditLog(Database &db, QString deviceId, QString actor, AuditChain chain)
    : m_db(db)
    , m_deviceId(std::move(deviceId))
    , m_actor(std::move(actor))
    , m_chain(std::move(chain))
{}

Status AuditLog::append(const QString &action, const QString &object, const QString &detail)
{
    // Entries held while the disk was full go first, so the log keeps the order things happened in.
    m_db.beforeWrite();
    const bool ownTransaction = m_db.inAutocommit();
    // The time of the attempt, written out only if the entry has to wait.
    const qint64 attempted = QDateTime::currentMSecsSinceEpoch();
    Status status = appendNow(action, object, detail);
    if (!status && status.error().code == ErrorCode::DiskFull && ownTransaction && DeferredAudit::mayWait(action)) {
        m_deferred.hold(
            {action, object, detail, QDateTime::fromMSecsSinceEpoch(attempted, Qt::UTC).toString(Qt::ISODateWithMs)});
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
    const qint64 millis = QDateTime::currentMSecsSinceEpoch();
    if (millis != m_lastMillis) {
        m_lastMillis = millis;
        m_lastTimestamp = QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC).toString(Qt::ISODateWithMs);
    }
    AuditEntry entry{seq, m_lastTimestamp, m_actor, m_deviceId, action, object, detail};
    const QByteArray hash = m_chain.link(previous, entry);
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
    head.bind(1, QString::fromLatin1(HeadKey)).bind(2, formatHead(seq, hash));
    return head.exec();
}

Result<AuditHead> AuditLog::head() const
{
    Statement last = m_db.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
    if (last.next())
        return AuditHead{last.integer(0), last.blob(1)};
    if (last.failed())
        return last.error();
    return AuditHead{};
}

Status AuditLog::noticeCutTail()
{
    auto last = head();
    if (!last)
        return last.error();
    Statement stored = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    stored.bind(1, QString::fromLatin1(HeadKey));
    QString recorded;
    if (stored.next())
        recorded = stored.text(0);
    else if (stored.failed())
        return stored.error();
    if (recorded.isEmpty() && last->seq == 0)
        return {};
    const qint64 recordedSeq = recorded.section(QLatin1Char(':'), 0, 0).toLongLong();
    if (recordedSeq >= 1 && recordedSeq <= last->seq) {
        // A head behind the last row whose entry is still there as recorded is an append cut short by a crash
        // between the row and the head (they are separate writes outside a transaction), not a removal.
        Statement row = m_db.prepare("SELECT hash FROM audit WHERE seq = ?");
        row.bind(1, recordedSeq);
        if (row.next() && formatHead(recordedSeq, row.blob(0)) == recorded)
            return {};
        if (row.failed())
            return row.error();
    }
    // Numbers only: the head and the last entry say how much is gone, and nothing about anyone.
    qCInfo(lcAudit) << "audit log cut: the head kept at lock is entry" << recordedSeq << "but the last entry is"
                    << last->seq;
    if (auto status = append(
            QString(AuditAction::AuditTailCut), {}, QStringLiteral("head=%1 last=%2").arg(recordedSeq).arg(last->seq));
        !status)
        return status;
    auto recordedCut = entries({}, 1);
    if (recordedCut && !recordedCut->isEmpty())
        m_cutAtOpen = cutFrom(recordedCut->first());
    return {};
}

QString AuditLog::describe(const AuditCut &cut)
{
    if (cut.missing > 0) {
        return tr("The audit log was cut while the vault was closed: %n entries after entry %1 were removed. "
                  "Waymark found this when the vault was opened at %2.",
                  nullptr,
                  int(qMin<qint64>(cut.missing, std::numeric_limits<int>::max())))
            .arg(cut.lastKept)
            .arg(cut.noticedAt);
    }
    return tr("The audit log was changed while the vault was closed: it no longer ends with the entry it ended "
              "with before, so entries after entry %1 were removed or rewritten. Waymark found this when the vault "
              "was opened at %2.")
        .arg(cut.lastKept)
        .arg(cut.noticedAt);
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
        const QByteArray hash = m_chain.link(previous, e);
        if (rows.blob(8) != hash) {
            result.firstBrokenSeq = e.seq;
            result.problem = tr("Entry %1 has been changed.").arg(e.seq);
            return result;
        }
        if (e.action == AuditAction::AuditTailCut)
            result.cuts.append(cutFrom(e));
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
    return entriesFrom(rows);
}

Result<QVector<AuditEntry>> AuditLog::entriesFor(const QStringList &actions, QDate from, QDate to) const
{
    if (actions.isEmpty())
        return QVector<AuditEntry>();
    QStringList marks;
    for (qsizetype i = 0; i < actions.size(); ++i)
        marks.append(QStringLiteral("?"));
    // Timestamps are ISO 8601 in UTC, all of one width, so comparing them as text compares them as times.
    const QString sql = QStringLiteral("SELECT seq, ts, actor, device, action, object, detail FROM audit WHERE action "
                                       "IN (%1) AND ts >= ? AND ts < ? ORDER BY seq")
                            .arg(marks.join(QLatin1Char(',')));
    Statement rows = m_db.prepare(sql.toUtf8().constData());
    int index = 1;
    for (const QString &action : actions)
        rows.bind(index++, action);
    rows.bind(index++, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"));
    rows.bind(index, to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QStringLiteral("9999"));
    return entriesFrom(rows);
}
