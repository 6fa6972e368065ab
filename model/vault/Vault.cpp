#include "model/vault/Vault.h"

#include "model/core/HybridClock.h"
#include "model/core/Log.h"
#include "model/crypto/KeySlot.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditChain.h"
#include "model/vault/AuditLog.h"
#include "model/vault/AuditReserve.h"
#include "model/vault/DamageScan.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Schema.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QScopeGuard>

#include <cstdio>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

namespace
{
    const QString DatabaseFile = QStringLiteral("caseload.db");
    const QString SlotFile = QStringLiteral("key.slot");
    const QString PendingSlotFile = QStringLiteral("key.slot.next");
    const QString LockFile = QStringLiteral(".lock");

    /**
     * Refuses a vault whose own files include a symbolic link. Followed, a link to caseload.db or key.slot lets
     * whoever can write the folder have the caseload opened from, or its key written to, a place of their
     * choosing (another disk, a shared folder). SQLite 3.15 has no O_NOFOLLOW, so this is checked by lstat
     * before anything is opened or written.
     */
    Status refuseLinks(const QString &vaultPath)
    {
        for (const QString &name : QStringList{DatabaseFile,
                                               DatabaseFile + QStringLiteral("-wal"),
                                               DatabaseFile + QStringLiteral("-shm"),
                                               DatabaseFile + QStringLiteral("-journal"),
                                               SlotFile,
                                               PendingSlotFile,
                                               AuditReserve::fileName(),
                                               LockFile}) {
            if (QFileInfo(QDir(vaultPath).filePath(name)).isSymLink()) {
                return Error{ErrorCode::NotAllowed,
                             Vault::tr("%1 in this vault is a link to another file. Waymark does not open or write "
                                       "through links, so that nobody can redirect the caseload or its key. Replace "
                                       "the link with the file itself, or contact support.")
                                 .arg(name)};
            }
        }
        return {};
    }

    Status setMeta(Database &db, const QString &key, const QString &value)
    {
        Statement stmt = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
        stmt.bind(1, key).bind(2, value);
        return stmt.exec();
    }

    /**
     * The value, or an empty string when there is no such row. A read that fails is an error (damage), never taken
     * for "no row".
     */
    Result<QString> meta(Database &db, const QString &key)
    {
        Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?");
        stmt.bind(1, key);
        if (stmt.next())
            return stmt.text(0);
        if (stmt.failed() || !stmt.isValid())
            return stmt.error();
        return QString();
    }

    /**
     * For a failed read of a row every vault has (its identity, its setting): the failure is reported as what it
     * is, never as the row being absent. Errors that already say what happened (damaged, unreadable disk, busy)
     * pass through; anything else the query hit (an unreadable table, say) is damage.
     */
    Error damagedRead(const Error &error)
    {
        if (error.code != ErrorCode::Internal)
            return error;
        return {ErrorCode::Damaged,
                Vault::tr("Your caseload data is damaged: the vault's own records could not be read. Don't delete "
                          "anything; contact support, who can restore your most recent backup.")};
    }

    /**
     * Puts `from` in place of `to` with one rename(2), which replaces `to` atomically: at every moment there is
     * a key slot. Removing the old slot first (QFile::rename will not overwrite) left a window in which a crash
     * lost it. The folder is synced so the rename itself survives a power cut.
     */
    bool replaceAtomically(const QString &from, const QString &to)
    {
        if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0)
            return false;
        const int folder = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        if (folder >= 0) {
            ::fsync(folder);
            ::close(folder);
        }
        return true;
    }
} // namespace

QString Vault::databasePath(const QString &vaultPath)
{
    return QDir(vaultPath).filePath(DatabaseFile);
}

QString Vault::slotPath(const QString &vaultPath)
{
    return QDir(vaultPath).filePath(SlotFile);
}

bool Vault::looksLikeVault(const QString &path)
{
    return QFileInfo(path).isDir() &&
           (QFileInfo::exists(slotPath(path)) || QFileInfo::exists(QDir(path).filePath(PendingSlotFile)));
}

QString Vault::name() const
{
    QString base = QFileInfo(m_path).fileName();
    if (base.endsWith(QLatin1String(Suffix)))
        base.chop(int(qstrlen(Suffix)));
    return base;
}

Vault::~Vault()
{
    if (m_clock && m_db)
        (void)setMeta(*m_db, QStringLiteral("clock"), m_clock->now());
    if (m_audit)
        (void)m_audit->append(AuditAction::Lock);
    // Still no room: the space set aside for this takes the waiting entries.
    if (m_audit && m_audit->deferredCount() > 0 && AuditReserve::release(m_path)) {
        qCInfo(lcVault) << "disk full at lock: audit reserve released for" << m_audit->deferredCount() << "entries";
        (void)m_audit->writeDeferred();
    }
    // Entries still waiting for space are lost with the process; the count (never what they were about) says so.
    if (m_audit && m_audit->deferredCount() > 0)
        qCInfo(lcVault) << "disk still full at lock:" << m_audit->deferredCount() << "audit entries not written";
    if (m_db)
        m_db->setBeforeWrite({});
    // Order matters: the store and log hold references to the database; the database holds the key.
    m_records.reset();
    m_audit.reset();
    m_db.reset();
    m_lock.reset();
    qCInfo(lcVault) << "vault locked";
}

Result<std::unique_ptr<QLockFile>> Vault::acquireLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(QDir(path).filePath(LockFile));
    lock->setStaleLockTime(0); // a lock whose process has died is stale however recent
    if (!lock->tryLock(200)) {
        return Error{ErrorCode::VaultInUse,
                     tr("This vault is open in another Waymark window or program. Close it there, then try again.")};
    }
    return lock;
}

Result<std::unique_ptr<Vault>>
Vault::create(const QString &path, const SecureBytes &passphrase, const VaultOptions &options)
{
    Crypto::init();
    if (passphrase.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a passphrase for the vault.")};
    const QFileInfo info(path);
    if (info.exists() && (!info.isDir() || !QDir(path).isEmpty()))
        return Error{ErrorCode::Invalid, tr("There is already a file or folder called %1.").arg(info.fileName())};
    if (!QDir().mkpath(path))
        return Error{ErrorCode::Io, tr("The vault folder could not be created. Check you can write there.")};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    auto cleanup = qScopeGuard([&] { QDir(path).removeRecursively(); });

    auto vault = std::unique_ptr<Vault>(new Vault());
    vault->m_path = QFileInfo(path).absoluteFilePath();
    if (auto status = refuseLinks(path); !status)
        return status.error();
    auto lock = acquireLock(path);
    if (!lock)
        return lock.error();
    vault->m_lock = std::move(lock.value());

    SecureBytes key = SecureBytes::random(KeySlot::KeyBytes);
    auto db = Database::open(databasePath(path), key, true);
    if (!db)
        return db.error();
    vault->m_db = std::move(db.value());
    const int version = options.schemaVersion > 0 ? options.schemaVersion : Schema::CurrentVersion;
    if (auto status = Schema::migrate(*vault->m_db, version); !status)
        return status.error();
    auto chain = AuditChain::load(*vault->m_db, key);
    if (!chain)
        return chain.error();

    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    SecureBytes secretKey(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(publicKey, secretKey.data());
    vault->m_deviceId = Crypto::randomId().left(16);
    vault->m_devicePublicKey = QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey);
    vault->m_setting = options.setting;
    vault->m_owner = options.ownerName.trimmed().isEmpty() ? tr("Vault owner") : options.ownerName.trimmed();

    {
        Transaction transaction(*vault->m_db);
        Statement identity = vault->m_db->prepare(
            "INSERT INTO device_identity(id, sign_public, sign_secret, created_at) VALUES(?,?,?,?)");
        identity.bind(1, vault->m_deviceId)
            .bind(2, vault->m_devicePublicKey)
            .bind(3, QByteArray(reinterpret_cast<const char *>(secretKey.data()), int(secretKey.size())))
            .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        Status status = identity.exec();
        if (status)
            status = setMeta(*vault->m_db, QStringLiteral("setting"), VaultSettings::key(options.setting));
        if (status)
            status = setMeta(*vault->m_db, QStringLiteral("owner"), vault->m_owner);
        if (status)
            status = setMeta(
                *vault->m_db, QStringLiteral("created_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        if (!status)
            return status.error();
        vault->m_clock = std::make_unique<HybridClock>(vault->m_deviceId);
        vault->m_audit =
            std::make_unique<AuditLog>(*vault->m_db, vault->m_deviceId, vault->m_owner, std::move(chain.value()));
        vault->writeDeferredAuditBeforeWrites();
        // Vaults of an older schema are made only by migration tests, and that schema's audit table differs.
        if (version == Schema::CurrentVersion) {
            auto s = vault->m_audit->append(AuditAction::VaultCreate, {}, VaultSettings::key(options.setting));
            if (!s)
                return s.error();
        }
        if (auto s = transaction.commit(); !s)
            return s.error();
    }

    if (auto status = KeySlot::write(slotPath(path), key, passphrase, options.kdf); !status)
        return status.error();
    vault->m_records = std::make_unique<RecordStore>(*vault->m_db, *vault->m_audit, *vault->m_clock);
    vault->m_databaseKey = std::move(key);
    cleanup.dismiss();
    AuditReserve::ensure(path);
    qCInfo(lcVault) << "vault created, schema" << version;
    return vault;
}

Result<std::unique_ptr<Vault>> Vault::open(const QString &path, const SecureBytes &passphrase, qint64 *kdfMillis)
{
    Crypto::init();
    if (!looksLikeVault(path))
        return Error{ErrorCode::NotAVault, tr("This is not a Waymark vault. Choose a folder ending in .waymark.")};

    auto vault = std::unique_ptr<Vault>(new Vault());
    vault->m_path = QFileInfo(path).absoluteFilePath();
    if (auto status = refuseLinks(path); !status)
        return status.error();
    auto lock = acquireLock(path);
    if (!lock)
        return lock.error();
    vault->m_lock = std::move(lock.value());

    // A lone pending slot is a rekey that a build before the atomic swap interrupted between removing the old
    // slot and renaming the new one: the database already has the new key, so the pending slot becomes the slot.
    const QString pending = QDir(path).filePath(PendingSlotFile);
    if (!QFileInfo::exists(slotPath(path))) {
        auto pendingKey = KeySlot::unwrap(pending, passphrase);
        if (!pendingKey)
            return pendingKey.error();
        if (auto db = Database::open(databasePath(path), pendingKey.value(), false); !db)
            return db.error();
        if (!replaceAtomically(pending, slotPath(path)))
            return Error{ErrorCode::Io,
                         tr("The vault's key file could not be restored. Check you can write to the folder.")};
        qCInfo(lcVault) << "finished an interrupted rekey";
    }

    QElapsedTimer kdfTimer;
    kdfTimer.start();
    auto key = KeySlot::unwrap(slotPath(path), passphrase);
    if (kdfMillis)
        *kdfMillis = kdfTimer.elapsed();
    if (!key)
        return key.error();

    // The key unwrapped, so from here on a database that will not read is damaged, not a wrong passphrase.
    auto db = Database::open(databasePath(path), key.value(), false);
    if (!db && db.error().code == ErrorCode::Damaged && QFile::exists(pending)) {
        // A rekey was interrupted after the database took the new key but before the slot was replaced.
        auto pendingKey = KeySlot::unwrap(pending, passphrase);
        if (pendingKey) {
            db = Database::open(databasePath(path), pendingKey.value(), false);
            if (db) {
                if (!replaceAtomically(pending, slotPath(path)))
                    qCWarning(lcVault) << "the pending key slot could not replace the old one";
                key = std::move(pendingKey);
            }
        }
    } else if (db) {
        QFile::remove(pending); // a rekey that never reached the database
    }
    if (!db)
        return db.error();
    vault->m_db = std::move(db.value());
    vault->m_databaseKey = std::move(key.value());

    if (auto status = Schema::migrate(*vault->m_db); !status)
        return status.error();
    if (auto status = vault->loadIdentity(); !status)
        return status.error();
    if (auto status = vault->readKeySlotCost(); !status)
        return status.error();
    vault->m_clock = std::make_unique<HybridClock>(vault->m_deviceId);
    // The clock's last stamp is saved at lock; scanning every field for the newest stamp would cost
    // a second at 10,000 people. After a crash the saved stamp may be older than the last write, which
    // matters only if the wall clock has also gone back, and then the counter still orders stamps.
    const auto saved = meta(*vault->m_db, QStringLiteral("clock"));
    if (!saved)
        return saved.error();
    if (!saved->isEmpty())
        vault->m_clock->observe(saved.value());
    auto chain = AuditChain::load(*vault->m_db, vault->m_databaseKey);
    if (!chain)
        return chain.error();
    vault->m_audit =
        std::make_unique<AuditLog>(*vault->m_db, vault->m_deviceId, vault->m_owner, std::move(chain.value()));
    vault->writeDeferredAuditBeforeWrites();
    vault->m_records = std::make_unique<RecordStore>(*vault->m_db, *vault->m_audit, *vault->m_clock);
    // Before the unlock entry moves the head on: a tail cut while the vault was closed shows only now. On a full
    // disk, this entry and the unlock entry below are held in memory (AuditLog::append), so the vault still opens.
    if (auto status = vault->m_audit->noticeCutTail(); !status)
        return status.error();
    if (auto status = vault->m_audit->append(AuditAction::Unlock); !status)
        return status.error();
    // Made again after a lock that needed it, once there is room (held entries mean there is none now).
    if (vault->canSaveChanges())
        AuditReserve::ensure(path);
    qCInfo(lcVault) << "vault unlocked";
    return vault;
}

void Vault::writeDeferredAuditBeforeWrites()
{
    AuditLog *audit = m_audit.get();
    m_db->setBeforeWrite([audit] { (void)audit->writeDeferred(); });
}

bool Vault::canSaveChanges() const
{
    return m_audit && m_audit->deferredCount() == 0;
}

Status Vault::loadIdentity()
{
    Statement identity = m_db->prepare("SELECT id, sign_public FROM device_identity LIMIT 1");
    if (!identity.next()) {
        if (identity.failed() || !identity.isValid())
            return damagedRead(identity.error());
        return Error{ErrorCode::Damaged, tr("This vault has lost its device identity. Contact support.")};
    }
    m_deviceId = identity.text(0);
    m_devicePublicKey = identity.blob(1);
    const auto setting = meta(*m_db, QStringLiteral("setting"));
    if (!setting)
        return damagedRead(setting.error());
    if (!VaultSettings::fromKey(setting.value(), &m_setting))
        return Error{ErrorCode::Damaged, tr("This vault does not record its setting. Contact support.")};
    const auto owner = meta(*m_db, QStringLiteral("owner"));
    if (!owner)
        return damagedRead(owner.error());
    m_owner = owner.value();
    return {};
}

Status Vault::readKeySlotCost()
{
    auto cost = KeySlot::paramsOf(slotPath(m_path));
    if (!cost)
        return cost.error();
    m_slotCost = cost.value();
    return {};
}

Result<SecureBytes> Vault::deviceSecretKey()
{
    Statement identity = m_db->prepare("SELECT sign_secret FROM device_identity LIMIT 1");
    if (!identity.next()) {
        if (identity.failed() || !identity.isValid())
            return damagedRead(identity.error());
        return Error{ErrorCode::Damaged, tr("This vault has lost its device identity. Contact support.")};
    }
    QByteArray plain = identity.blob(0);
    return SecureBytes::takeFrom(plain);
}

Status Vault::changePassphrase(const SecureBytes &current, const SecureBytes &next)
{
    if (next.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a new passphrase.")};
    if (auto status = refuseLinks(m_path); !status)
        return status;
    auto key = KeySlot::unwrap(slotPath(m_path), current);
    if (!key)
        return key.error();
    auto params = KeySlot::paramsOf(slotPath(m_path));
    if (!params)
        return params.error();
    // Never lower the cost an existing slot was written with; raise one that is cheap to attack.
    const KdfParams kdf = params.value().strengthened();
    if (auto status = KeySlot::write(slotPath(m_path), key.value(), next, kdf); !status)
        return status;
    m_slotCost = kdf;
    return m_audit->append(AuditAction::PassphraseChange);
}

Status Vault::rekey(const SecureBytes &passphrase)
{
    if (auto status = refuseLinks(m_path); !status)
        return status;
    auto oldKey = KeySlot::unwrap(slotPath(m_path), passphrase);
    if (!oldKey)
        return oldKey.error();
    auto params = KeySlot::paramsOf(slotPath(m_path));
    if (!params)
        return params.error();
    SecureBytes newKey = SecureBytes::random(KeySlot::KeyBytes);
    // Write the new slot beside the old first: whichever step an interruption hits, open() finds a key that reads.
    const QString pending = QDir(m_path).filePath(PendingSlotFile);
    const KdfParams kdf = params.value().strengthened();
    if (auto status = KeySlot::write(pending, newKey, passphrase, kdf); !status)
        return status;
    // The audit chain's key is sealed under the next database key first, so whichever key the database ends
    // with opens it; once the rekey has taken, the seal under the old key goes.
    if (auto status = m_audit->chain().sealForRekey(*m_db, newKey); !status) {
        QFile::remove(pending);
        return status;
    }
    if (auto status = m_db->rekey(newKey); !status) {
        QFile::remove(pending);
        return status;
    }
    if (auto status = m_audit->chain().finishRekey(*m_db, newKey); !status)
        qCWarning(lcVault) << "the audit key's old seal could not be replaced; the next open settles it";
    m_databaseKey = std::move(newKey);
    if (!replaceAtomically(pending, slotPath(m_path)))
        return Error{ErrorCode::Io, tr("The new key could not be saved. Keep Waymark open and contact support.")};
    m_slotCost = kdf;
    return m_audit->append(AuditAction::Rekey);
}

Result<std::unique_ptr<Database>> Vault::openReadConnection()
{
    return Database::open(databasePath(m_path), m_databaseKey, false);
}

Result<QStringList> Vault::integrityCheck()
{
    auto scanned = DamageScan::run(*m_db);
    if (!scanned)
        return scanned.error();
    QStringList problems = scanned.value();
    // Once a table is named as damaged, the checks below would only fail on it again.
    const bool damaged = !problems.isEmpty();
    Statement keys = m_db->prepare("PRAGMA foreign_key_check");
    if (keys.next())
        problems.append(tr("Some records refer to records that no longer exist."));
    else if (keys.failed() && !damaged)
        problems.append(keys.error().message);
    auto audit = m_audit->verify();
    if (!audit && audit.error().code != ErrorCode::Damaged)
        return audit.error();
    if (!audit && !damaged)
        problems.append(audit.error().message);
    if (!audit)
        return problems;
    if (audit->firstBrokenSeq != 0)
        problems.append(tr("The audit log is broken at entry %1: %2").arg(audit->firstBrokenSeq).arg(audit->problem));
    for (const AuditCut &cut : audit->cuts)
        problems.append(AuditLog::describe(cut));
    return problems;
}

Result<QStringList> Vault::inspectDamage(const QString &path, const SecureBytes &passphrase)
{
    Crypto::init();
    if (!looksLikeVault(path))
        return Error{ErrorCode::NotAVault, tr("This is not a Waymark vault. Choose a folder ending in .waymark.")};
    if (auto status = refuseLinks(path); !status)
        return status.error();
    auto lock = acquireLock(path);
    if (!lock)
        return lock.error();
    auto key = KeySlot::unwrap(slotPath(path), passphrase);
    if (!key)
        return key.error();
    auto db = Database::open(databasePath(path), key.value(), false);
    if (!db)
        return db.error();
    return DamageScan::run(*db.value());
}
