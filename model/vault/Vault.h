#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"
#include "model/crypto/KdfParams.h"
#include "model/vault/VaultSetting.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class AuditLog;
class Database;
class HybridClock;
class QLockFile;
class RecordStore;

struct VaultOptions
{
    VaultSetting setting = VaultSetting::WorkCoach;
    /** The name of the coach, GP or admin who keeps the vault; recorded as the actor in the audit log. */
    QString ownerName;
    KdfParams kdf = KdfParams::moderate();
    /** Tests create vaults of older schema versions to prove migrations; everyone else takes the default. */
    int schemaVersion = 0;
};

/**
 * An unlocked vault: a folder `<name>.waymark` holding `caseload.db` (SQLCipher, raw random key)
 * and `key.slot` (that key wrapped under the passphrase). Destroying the object is locking it:
 * statements and the connection close, and every key is wiped from memory.
 */
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    static constexpr const char *Suffix = ".waymark";

    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    static Result<std::unique_ptr<Vault>>
    create(const QString &path, const SecureBytes &passphrase, const VaultOptions &options);
    /** Opens a vault; `kdfMillis`, if given, receives how long the passphrase's key derivation took. */
    static Result<std::unique_ptr<Vault>>
    open(const QString &path, const SecureBytes &passphrase, qint64 *kdfMillis = nullptr);
    /** True if `path` looks like a vault folder (has a key slot); says nothing about the passphrase. */
    static bool looksLikeVault(const QString &path);

    /**
     * Re-wraps the database key under a new passphrase; the database itself is not rewritten. A weak slot
     * (KdfParams::isWeak) is raised to the recommended cost; a stronger one keeps its cost.
     */
    Status changePassphrase(const SecureBytes &current, const SecureBytes &next);
    /** Replaces the database key itself (PRAGMA rekey) and wraps the new key under `passphrase`, raising a weak cost.
     */
    Status rekey(const SecureBytes &passphrase);
    /**
     * Reads every table and index (DamageScan), then SQLite's integrity check and the audit chain; an empty list
     * means all is well. Damage is a finding here, not an error: each damaged table is named.
     */
    Result<QStringList> integrityCheck();
    /**
     * For a vault whose damage stops it opening (Vault::open says Damaged): unwraps the key and names what can't
     * be read, without writing anything.
     */
    static Result<QStringList> inspectDamage(const QString &path, const SecureBytes &passphrase);
    /**
     * False while the disk is full: the vault opened and reads, but audit entries are waiting in memory
     * (AuditLog::deferredCount) and no change can be saved. True again once a write succeeds.
     */
    bool canSaveChanges() const;

    QString path() const { return m_path; }
    QString name() const;
    VaultSetting setting() const { return m_setting; }
    /** The key-derivation cost the key slot has now; callers warn when it isWeak(). */
    KdfParams keySlotCost() const { return m_slotCost; }
    QString ownerName() const { return m_owner; }
    QString deviceId() const { return m_deviceId; }
    QByteArray devicePublicKey() const { return m_devicePublicKey; }
    /** The device's Ed25519 secret key, read from the vault into secure memory when asked for. */
    Result<SecureBytes> deviceSecretKey();

    Database &database() { return *m_db; }
    /**
     * A second connection to the same database, for one long read on a worker thread (the write-ahead log
     * lets it read while this thread writes). Close it before the vault locks: it holds the key too.
     */
    Result<std::unique_ptr<Database>> openReadConnection();
    AuditLog &audit() { return *m_audit; }
    RecordStore &records() { return *m_records; }
    HybridClock &clock() { return *m_clock; }

    static QString databasePath(const QString &vaultPath);
    static QString slotPath(const QString &vaultPath);

private:
    // A backup copies the database under its own key and seals the copy with it, without asking for the passphrase.
    friend class VaultBackup;

    Vault() = default;
    static Result<std::unique_ptr<QLockFile>> acquireLock(const QString &path);
    Status loadIdentity();
    Status readKeySlotCost();
    /** Has the audit log's held entries written before each later write (see DeferredAudit). */
    void writeDeferredAuditBeforeWrites();

    QString m_path;
    VaultSetting m_setting = VaultSetting::WorkCoach;
    KdfParams m_slotCost;
    QString m_owner;
    QString m_deviceId;
    QByteArray m_devicePublicKey;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    // The database's own key, kept (in secure memory, wiped at lock) only to open read connections.
    SecureBytes m_databaseKey;
    std::unique_ptr<HybridClock> m_clock;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<RecordStore> m_records;
};
