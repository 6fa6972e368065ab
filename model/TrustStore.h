#pragma once

#include "model/BundleFile.h"
#include "model/Minisign.h"
#include "model/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVector>

class AuditLog;
class Database;

struct TrustedKey
{
    QByteArray keyId;
    QByteArray publicKey;
    QString label;
    QList<BundleKind> kinds;
    QString addedAt;
    QString addedBy;

    QString fingerprint() const { return Minisign::fingerprint(publicKey); }
};

/**
 * Which keys this vault trusts, and for which kinds of bundle. A key is added only with the
 * fingerprint a person compared against the one the publisher gave them; every change is audited.
 */
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    TrustStore(Database &db, AuditLog &audit);

    /**
     * Trusts `key` for `kinds`. `confirmedFingerprint` is what the person read out and compared; it must
     * equal the key's fingerprint (spaces and case ignored), or nothing is added.
     */
    Status add(const Minisign::PublicKey &key,
               const QString &label,
               const QList<BundleKind> &kinds,
               const QString &confirmedFingerprint);
    /** Stops trusting a key; the row stays, marked removed, so history can still name it. */
    Status remove(const QByteArray &keyId);
    Result<QVector<TrustedKey>> list() const;
    /** The lookup BundleFile::authenticate needs: trusted, not removed, and trusted for that kind. */
    BundleFile::TrustLookup lookup() const;

private:
    Database &m_db;
    AuditLog &m_audit;
};
