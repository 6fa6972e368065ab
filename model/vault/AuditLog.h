#pragma once

#include "model/core/Result.h"
#include "model/vault/AuditChain.h"
#include "model/vault/DeferredAudit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class Database;

/** One audit entry. Holds identifiers and action names only, never a value about a person. */
struct AuditEntry
{
    qint64 seq = 0;
    QString timestamp;
    QString actor;
    QString device;
    QString action;
    QString object;
    QString detail;
};

/** The last entry of the chain: what another device keeps as an anchor (a number and a hash, nothing personal). */
struct AuditHead
{
    qint64 seq = 0;
    QByteArray hash;
};

/** A cut tail found when the vault was opened: the head kept in meta was ahead of (or other than) the last row. */
struct AuditCut
{
    /** The entry that records the cut. */
    qint64 seq = 0;
    /** The last entry left when the vault was opened. */
    qint64 lastKept = 0;
    /** How many entries are known to be gone; 0 when the head was rewritten and the count is unknown. */
    qint64 missing = 0;
    QString noticedAt;
};

struct AuditVerification
{
    qint64 rowsChecked = 0;
    /** 0 when the chain is intact; otherwise the first sequence number whose link is broken. */
    qint64 firstBrokenSeq = 0;
    QString problem;
    /** Cut tails noticed at open; each stays reported, because its record is part of the chain. */
    QVector<AuditCut> cuts;
    bool intact() const { return firstBrokenSeq == 0 && cuts.isEmpty(); }
    /** Every problem found, each a whole translated sentence; empty when intact. */
    QStringList problems() const;
};

/**
 * The append-only, hash-chained audit log inside the vault: each row's hash covers the previous
 * row's hash and its own fields, and the head is also kept in meta so a removed last row shows.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database &db, QString deviceId, QString actor, AuditChain chain = {});

    /**
     * Appends inside the caller's transaction, if any. Outside one, an append of an opening or a read that the
     * full disk refuses is held in memory (DeferredAudit) and reported as done, so reading a caseload on a full
     * disk still works and is still audited; inside one, or for an export, it fails, and so does the caller.
     */
    Status append(const QString &action, const QString &object = {}, const QString &detail = {});
    /** Writes the entries held while the disk was full, in one transaction; they stay held if it fails. */
    Status writeDeferred();
    /** How many entries are waiting for space on the disk. */
    int deferredCount() const { return m_deferred.size(); }
    /**
     * Compares the head kept in meta with the last row, before anything is appended at open: rows removed from
     * the end (and the delete trigger put back) leave the head ahead. A mismatch is recorded as an entry of its
     * own, so every later verify reports it; the vault still opens, because refusing would lock the coach out
     * of their caseload for something they may not have done.
     */
    Status noticeCutTail();
    /** The cut noticeCutTail() recorded when this vault was opened, for the GUI to say so at once. */
    std::optional<AuditCut> cutFoundAtOpen() const { return m_cutAtOpen; }
    /** The last entry's number and link; seq 0 for an empty log. */
    Result<AuditHead> head() const;
    Result<AuditVerification> verify() const;
    Result<QVector<AuditEntry>> entries(const QString &object = {}, int limit = 1000) const;
    /**
     * Every entry with one of `actions` written on or after `from` and before the day after `to` (UTC dates;
     * an invalid date leaves that end open), oldest first. For reports that count entries over a period.
     */
    Result<QVector<AuditEntry>> entriesFor(const QStringList &actions, QDate from = {}, QDate to = {}) const;

    const QString &actor() const { return m_actor; }
    const AuditChain &chain() const { return m_chain; }
    /** The plain-words sentence for a cut tail, for verify's problems and the CLI. */
    static QString describe(const AuditCut &cut);

private:
    Status appendNow(const QString &action, const QString &object, const QString &detail);
    Result<AuditVerification> checkChain() const;

    Database &m_db;
    QString m_deviceId;
    QString m_actor;
    DeferredAudit m_deferred;
    AuditChain m_chain;
    std::optional<AuditCut> m_cutAtOpen;
    // The last timestamp written, kept because formatting one costs more than the rest of an append's own work
    // when records are added in bulk (several entries each millisecond).
    qint64 m_lastMillis = -1;
    QString m_lastTimestamp;
};
