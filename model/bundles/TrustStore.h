#pragma once

#include "model/bundles/BundleFile.h"
#include "model/core/Result.h"
#include "model/crypto/Minisign.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <optional>

class AuditLog;
class Database;
class KeyRotation;

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
     * equal the key's fingerprint (spaces and case ignored), or nothing is added. A key trusted already is
     * refused (NotAllowed, naming its label): remove() it first to change its name or kinds.
     */
    Status add(const Minisign::PublicKey &key,
               const QString &label,
               const QList<BundleKind> &kinds,
               const QString &confirmedFingerprint);
    /** Whether `typed` is the fingerprint of `publicKey`, ignoring spaces, punctuation and case, as add() checks. */
    static bool fingerprintMatches(const QByteArray &publicKey, const QString &typed);
    /** Stops trusting a key; the row stays, marked removed, so history can still name it. */
    Status remove(const QByteArray &keyId);
    /** Whether `keyId` is trusted now (added and not removed). */
    bool isTrusted(const QByteArray &keyId) const;
    Result<QVector<TrustedKey>> list() const;
    /**
     * The kinds applying `statement` would move to its new key: those it names that the old key is trusted for
     * now. Refuses, with the reason, anything rotate() would refuse.
     */
    Result<QList<BundleKind>> rotationKinds(const KeyRotation &statement) const;
    /**
     * Applies a key change statement (already parsed, so both signatures hold): the new key is trusted for
     * rotationKinds() and the old key is removed, in one audited transaction. The new key never gains more
     * than the old key had here, and a statement already applied is refused. Returns the kinds moved.
     */
    Result<QList<BundleKind>> rotate(const KeyRotation &statement);
    /** The name a person gave `keyId` when trusting it (kept after removal), or its key id when it has none. */
    QString labelOf(const QByteArray &keyId) const;
    /** Every label by key id as Minisign prints it, for showing who published what was stored by key id. */
    static QHash<QString, QString> labelsByKeyId(Database &db);
    /** The lookup BundleFile::authenticate needs: trusted, not removed, and trusted for that kind. */
    BundleFile::TrustLookup lookup() const;

private:
    struct RotationPlan
    {
        QList<BundleKind> kinds;
        QString oldLabel;
        /** The new key's current row, when a person already trusts it here. */
        std::optional<TrustedKey> newKeyTrusted;
    };
    Result<RotationPlan> planRotation(const KeyRotation &statement) const;
    Status handOn(const QString &oldId, const QString &newId, const QList<BundleKind> &kinds);

    Database &m_db;
    AuditLog &m_audit;
};
