#pragma once

#include "model/core/Result.h"
#include "model/vault/DeferredAudit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

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

struct AuditVerification
{
    qint64 rowsChecked = 0;
    /** 0 when the chain is intact; otherwise the first sequence number whose link is broken. */
    qint64 firstBrokenSeq = 0;
    QString problem;
    bool intact() const { return firstBrokenSeq == 0; }
};

/**
 * The append-only, hash-chained audit log inside the vault: each row's hash covers the previous
 * row's hash and its own fields, and the head is also kept in meta so a removed last row shows.
 */
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    AuditLog(Database &db, QString deviceId, QString actor);

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
    Result<AuditVerification> verify() const;
    Result<QVector<AuditEntry>> entries(const QString &object = {}, int limit = 1000) const;

    const QString &actor() const { return m_actor; }

private:
    Status appendNow(const QString &action, const QString &object, const QString &detail);
    Result<AuditVerification> checkChain() const;

    Database &m_db;
    QString m_deviceId;
    QString m_actor;
    DeferredAudit m_deferred;
};
