#pragma once

#include "model/core/Result.h"

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

    /** Appends inside the caller's transaction, if any. */
    Status append(const QString &action, const QString &object = {}, const QString &detail = {});
    Result<AuditVerification> verify() const;
    Result<QVector<AuditEntry>> entries(const QString &object = {}, int limit = 1000) const;

    const QString &actor() const { return m_actor; }

private:
    Result<AuditVerification> checkChain() const;

    Database &m_db;
    QString m_deviceId;
    QString m_actor;
};
