#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>

class Database;
struct AuditEntry;

/**
 * How each audit row links to the one before it. Rows written before schema 16 keep the plain BLAKE2b link they
 * were written with, so they still verify as they are; from the row the migration marked (`keyedFrom`, in meta)
 * every link is HMAC-SHA-256 under the chain key. Anyone can recompute a plain hash chain after deleting or
 * editing rows; the keyed chain can be recomputed only with the key, which is derived from the database key the
 * first time and then kept in meta sealed under that key (and under the next one during a rekey), so a copy of the
 * rows without the key cannot be re-chained and a rekey does not orphan the chain.
 */
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(AuditChain)

public:
    static constexpr int LinkBytes = 32;

    /** No chain key: every row links by plain hash (vaults of a schema before 16, made by migration tests). */
    AuditChain() = default;
    AuditChain(SecureBytes key, qint64 keyedFrom);
    AuditChain(AuditChain &&) noexcept = default;
    AuditChain &operator=(AuditChain &&) noexcept = default;

    /**
     * The chain of the vault whose database is open with `databaseKey`. Unkeyed when the schema has no keyed
     * point yet. A sealed key that neither the current nor a pending seal opens is damage (or tampering).
     */
    static Result<AuditChain> load(Database &db, const SecureBytes &databaseKey);
    /** Before a rekey: also seals the chain key under the next database key, so either key finds the chain. */
    Status sealForRekey(Database &db, const SecureBytes &nextDatabaseKey) const;
    /** After the rekey took: the seal under the new key becomes the only one. */
    Status finishRekey(Database &db, const SecureBytes &newDatabaseKey) const;

    /** The link of `entry` after a row whose link is `previous`: keyed or plain by the entry's place. */
    QByteArray link(const QByteArray &previous, const AuditEntry &entry) const;
    /** The first keyed sequence number; 0 when the chain has no keyed part. */
    qint64 keyedFrom() const { return m_keyedFrom; }

private:
    Status seal(Database &db, const SecureBytes &databaseKey, const QString &metaKey) const;
    static Result<SecureBytes> unseal(const QString &sealed, const SecureBytes &databaseKey);

    SecureBytes m_key;
    qint64 m_keyedFrom = 0;
};
