#include "model/vault/VaultBackup.h"

#include "model/core/Log.h"
#include "model/core/PrivateSaveFile.h"
#include "model/crypto/KeySlot.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/BackupReminder.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryFile>
#include <QtEndian>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <limits>
#include <sodium.h>
#include <unistd.h>

namespace
{
    const QByteArray Magic = QByteArrayLiteral("WMBACKUP");
    constexpr int HashBytes = 32;
    constexpr qint64 ChunkBytes = 1 << 20;
    const QString DatabaseName = QStringLiteral("caseload.db");

    /**
     * The key of the backup's MAC: BLAKE2b of a fixed label, keyed by the database key. Only someone holding
     * that key (so, the passphrase) can make a MAC that verifies, so the slot, the database and the header of
     * one backup cannot be mixed with another's.
     */
    std::array<unsigned char, HashBytes> macKey(const SecureBytes &databaseKey)
    {
        static const char Label[] = "waymark backup mac v1";
        std::array<unsigned char, HashBytes> key{};
        crypto_generichash(key.data(),
                           key.size(),
                           reinterpret_cast<const unsigned char *>(Label),
                           sizeof Label - 1,
                           databaseKey.data(),
                           databaseKey.size());
        return key;
    }

    /** BLAKE2b-256, keyed or not, fed in pieces. */
    class Hasher
    {
    public:
        explicit Hasher(const unsigned char *key = nullptr, std::size_t keyBytes = 0)
        {
            crypto_generichash_init(&m_state, key, keyBytes, HashBytes);
        }
        ~Hasher() { sodium_memzero(&m_state, sizeof m_state); }
        Hasher(const Hasher &) = delete;
        Hasher &operator=(const Hasher &) = delete;

        void add(QByteArrayView bytes)
        {
            crypto_generichash_update(
                &m_state, reinterpret_cast<const unsigned char *>(bytes.data()), std::size_t(bytes.size()));
        }
        QByteArray finish()
        {
            QByteArray out(HashBytes, '\0');
            crypto_generichash_final(&m_state, reinterpret_cast<unsigned char *>(out.data()), HashBytes);
            return out;
        }

    private:
        crypto_generichash_state m_state;
    };

    bool sameBytes(const QByteArray &a, const QByteArray &b)
    {
        return a.size() == b.size() && sodium_memcmp(a.constData(), b.constData(), std::size_t(a.size())) == 0;
    }

    struct Header
    {
        quint16 version = 0;
        quint32 slotBytes = 0;
        quint64 databaseBytes = 0;
        qint64 madeAtMs = 0;
    };

    QByteArray encodeHeader(const Header &header)
    {
        QByteArray bytes(VaultBackup::HeaderBytes, '\0');
        char *p = bytes.data();
        std::memcpy(p, Magic.constData(), 8);
        qToLittleEndian<quint16>(header.version, p + 8);
        qToLittleEndian<quint16>(0, p + 10);
        qToLittleEndian<quint32>(header.slotBytes, p + 12);
        qToLittleEndian<quint64>(header.databaseBytes, p + 16);
        qToLittleEndian<qint64>(header.madeAtMs, p + 24);
        return bytes;
    }

    Header decodeHeader(const QByteArray &bytes)
    {
        const char *p = bytes.constData();
        Header header;
        header.version = qFromLittleEndian<quint16>(p + 8);
        header.slotBytes = qFromLittleEndian<quint32>(p + 12);
        header.databaseBytes = qFromLittleEndian<quint64>(p + 16);
        header.madeAtMs = qFromLittleEndian<qint64>(p + 24);
        return header;
    }

    void removeDatabaseFiles(const QString &path)
    {
        for (const char *suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(path + QLatin1String(suffix));
    }

    bool syncPath(const QString &path, int flags)
    {
        const int fd = ::open(QFile::encodeName(path).constData(), flags);
        if (fd < 0)
            return false;
        const bool ok = ::fsync(fd) == 0;
        ::close(fd);
        return ok;
    }

    Error truncated(qint64 have, qint64 want)
    {
        return {ErrorCode::Damaged,
                VaultBackup::tr("This backup is incomplete: it ends after %1 of its %2 bytes, so it was probably cut "
                                "short while it was written or copied. Nothing was restored; use another copy of "
                                "the backup.")
                    .arg(have)
                    .arg(want)};
    }

    Error damaged()
    {
        return {ErrorCode::Damaged,
                VaultBackup::tr("This backup is damaged: its contents do not match the checksum written with it. "
                                "Nothing was restored; use another copy of the backup.")};
    }

    Error notABackup()
    {
        return {ErrorCode::Invalid, VaultBackup::tr("This file is not a Waymark backup.")};
    }

    Error writeFailed(QFileDevice::FileError error)
    {
        return {error == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                VaultBackup::tr("The backup could not be written. Check there is space on the disk and that you may "
                                "write to that folder, then try again.")};
    }

    Error readFailed()
    {
        return {ErrorCode::Io, VaultBackup::tr("The backup file could not be read. Check the disk and try again.")};
    }

    Error cancelled()
    {
        return {ErrorCode::Cancelled, VaultBackup::tr("The backup was stopped. No backup file was written.")};
    }

    /** Reads `bytes` from `file` in chunks, handing each to `take`; false on a short read or when `take` says so. */
    bool readChunks(QFile &file, qint64 bytes, const std::function<bool(const QByteArray &)> &take)
    {
        while (bytes > 0) {
            const QByteArray chunk = file.read(std::min(bytes, ChunkBytes));
            if (chunk.isEmpty())
                return false;
            bytes -= chunk.size();
            if (!take(chunk))
                return false;
        }
        return true;
    }
} // namespace

Result<QDateTime> VaultBackup::write(Vault &vault, const QString &path, const Progress &progress)
{
    Crypto::init();
    const QFileInfo target(path);
    if (path.isEmpty() || target.isDir())
        return Error{ErrorCode::Invalid, tr("Choose a file to write the backup to, not a folder.")};
    if (target.isSymLink())
        return Error{ErrorCode::NotAllowed,
                     tr("%1 is a link to another file. Waymark does not write a backup through a link; choose "
                        "another name.")
                         .arg(target.fileName())};
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{ErrorCode::Invalid, tr("The folder %1 does not exist.").arg(folder)};
    // A copy inside the vault folder dies with the vault: the point of a backup is another place.
    const QString vaultFolder = QFileInfo(vault.path()).canonicalFilePath();
    const QString targetFolder = QFileInfo(folder).canonicalFilePath();
    if (targetFolder == vaultFolder || targetFolder.startsWith(vaultFolder + QLatin1Char('/')))
        return Error{ErrorCode::Invalid,
                     tr("Save the backup outside the vault folder, ideally on another disk or a USB stick.")};

    QFile slotFile(Vault::slotPath(vault.path()));
    if (slotFile.size() > KeySlot::MaxSlotBytes || !slotFile.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The vault's key file could not be read, so no backup was made.")};
    const QByteArray slot = slotFile.readAll();
    slotFile.close();
    if (slot.isEmpty())
        return Error{ErrorCode::Io, tr("The vault's key file could not be read, so no backup was made.")};

    // The copy is encrypted under the vault's own key like the vault, and lives in the target's folder so no
    // page of it passes through another disk; it is removed however this ends.
    QString copyPath;
    {
        QTemporaryFile placeholder(QDir(folder).filePath(QStringLiteral(".waymark-backup-XXXXXX.db")));
        placeholder.setAutoRemove(false);
        if (!placeholder.open())
            return writeFailed(placeholder.error());
        copyPath = placeholder.fileName();
    }
    const auto removeCopy = qScopeGuard([&] { removeDatabaseFiles(copyPath); });
    const auto keepGoing = [&](int percent) { return !progress || progress(std::clamp(percent, 0, 100)); };

    if (!keepGoing(0))
        return cancelled();
    {
        auto copy = Database::open(copyPath, vault.m_databaseKey, true);
        if (!copy)
            return copy.error();
        const Status copied = vault.m_db->copyInto(*copy.value(), [&](qint64 done, qint64 total) {
            return keepGoing(total > 0 ? int(done * 50 / total) : 50);
        });
        if (!copied)
            return copied.error().code == ErrorCode::Cancelled ? cancelled() : copied.error();
        // Closing the copy checkpoints its log into the file, so the file alone is the whole database.
    }
    for (const char *suffix : {"-wal", "-journal"}) {
        if (QFileInfo(copyPath + QLatin1String(suffix)).size() > 0)
            return Error{ErrorCode::Io, tr("The copy of the vault could not be completed. Try again.")};
    }

    QFile database(copyPath);
    if (!database.open(QIODevice::ReadOnly))
        return readFailed();
    const qint64 databaseBytes = database.size();
    const QDateTime madeAt = QDateTime::currentDateTimeUtc();
    Header header;
    header.version = CurrentVersion;
    header.slotBytes = quint32(slot.size());
    header.databaseBytes = quint64(databaseBytes);
    header.madeAtMs = madeAt.toMSecsSinceEpoch();
    const QByteArray head = encodeHeader(header);

    const auto key = macKey(vault.m_databaseKey);
    Hasher mac(key.data(), key.size());
    Hasher checksum;
    PrivateSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return writeFailed(out.error());
    const auto put = [&](const QByteArray &bytes, bool authenticated) {
        if (authenticated)
            mac.add(bytes);
        checksum.add(bytes);
        return out.write(bytes) == bytes.size();
    };
    qint64 packed = 0;
    bool stopped = false;
    bool ok = put(head, true) && put(slot, true) && readChunks(database, databaseBytes, [&](const QByteArray &chunk) {
                  packed += chunk.size();
                  if (!put(chunk, true))
                      return false;
                  stopped = !keepGoing(50 + int(packed * 49 / std::max<qint64>(databaseBytes, 1)));
                  return !stopped;
              });
    if (ok) {
        const QByteArray seal = mac.finish();
        ok = put(seal, false) && out.write(checksum.finish()) == HashBytes;
    }
    if (ok && !keepGoing(99))
        stopped = true;
    if (!ok || stopped) {
        const QFileDevice::FileError error = out.error();
        out.cancelWriting();
        return stopped ? cancelled() : (error != QFileDevice::NoError ? writeFailed(error) : readFailed());
    }
    if (!out.commit())
        return writeFailed(out.error());
    keepGoing(100);

    Transaction transaction(*vault.m_db);
    Status noted = BackupReminder(*vault.m_db).recordBackup(madeAt);
    if (noted)
        noted = vault.m_audit->append(AuditAction::Backup, {}, madeAt.toString(Qt::ISODate));
    if (noted)
        noted = transaction.commit();
    if (!noted) {
        qCWarning(lcVault) << "backup written but not recorded";
        return Error{
            noted.error().code,
            tr("The backup was saved, but the vault could not note that it was made: %1").arg(noted.error().message)};
    }
    qCInfo(lcVault) << "backup written," << databaseBytes << "database bytes";
    return madeAt;
}

Result<RestoreReport>
VaultBackup::restore(const QString &backupPath, const QString &vaultPath, const SecureBytes &passphrase)
{
    Crypto::init();
    if (vaultPath.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a new folder for the restored vault.")};
    const QFileInfo destination(vaultPath);
    if (destination.exists() && (!destination.isDir() || !QDir(vaultPath).isEmpty() || destination.isSymLink()))
        return Error{ErrorCode::Invalid,
                     tr("There is already a file or folder called %1. A backup is restored into a new folder, so "
                        "that no vault is ever overwritten; choose another name.")
                         .arg(destination.fileName())};

    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound, tr("The backup file could not be opened. Check its name and try again.")};
    const qint64 size = file.size();
    const QByteArray head = file.read(HeaderBytes);
    if (head.size() < HeaderBytes) {
        // A file that starts like a backup but stops inside the header was cut short; anything else is not one.
        if (!head.isEmpty() && Magic.startsWith(head.left(Magic.size())))
            return truncated(size, HeaderBytes + TrailerBytes);
        return notABackup();
    }
    if (!head.startsWith(Magic))
        return notABackup();
    const Header header = decodeHeader(head);
    if (header.version > CurrentVersion)
        return Error{ErrorCode::NewerVersion,
                     tr("This backup was made by a newer version of Waymark. Update Waymark, then try again.")};
    if (header.version < 1 || header.slotBytes == 0 || header.slotBytes > KeySlot::MaxSlotBytes ||
        header.databaseBytes == 0)
        return damaged();
    // Checked arithmetic: a length near 2^64 must not wrap into something that looks like the file's size.
    constexpr quint64 Fixed = quint64(HeaderBytes) + quint64(TrailerBytes) + quint64(KeySlot::MaxSlotBytes);
    if (header.databaseBytes > quint64(std::numeric_limits<qint64>::max()) - Fixed)
        return damaged();
    const qint64 expected = HeaderBytes + qint64(header.slotBytes) + qint64(header.databaseBytes) + TrailerBytes;
    if (size < expected)
        return truncated(size, expected);
    if (size > expected)
        return damaged();

    // First the checksum, which needs no passphrase: a damaged copy is named as damaged, not as a wrong passphrase.
    {
        Hasher checksum;
        checksum.add(head);
        if (!readChunks(file, size - HeaderBytes - HashBytes, [&](const QByteArray &chunk) {
                checksum.add(chunk);
                return true;
            }))
            return readFailed();
        const QByteArray stored = file.read(HashBytes);
        if (!sameBytes(checksum.finish(), stored))
            return damaged();
    }

    file.seek(HeaderBytes);
    const QByteArray slot = file.read(qint64(header.slotBytes));
    if (slot.size() != qint64(header.slotBytes))
        return readFailed();
    auto databaseKey = KeySlot::unwrapBytes(slot, passphrase);
    if (!databaseKey) {
        if (databaseKey.error().code == ErrorCode::WrongPassphrase)
            return Error{ErrorCode::WrongPassphrase,
                         tr("That passphrase does not open this backup. A backup opens with the passphrase the vault "
                            "had when the backup was made.")};
        return databaseKey.error();
    }

    // Everything is written into a hidden folder beside the destination and renamed into place at the end, so a
    // restore that stops half way never leaves a folder that looks like a vault.
    const QString parent = destination.absolutePath();
    if (!QDir().mkpath(parent))
        return Error{ErrorCode::Io,
                     tr("The folder for the restored vault could not be created. Check you can write "
                        "there.")};
    const QString staging = QDir(parent).filePath(QLatin1Char('.') + destination.fileName() +
                                                  QStringLiteral(".restoring-") + Crypto::randomId().left(8));
    if (!QDir().mkdir(staging))
        return Error{ErrorCode::Io,
                     tr("The folder for the restored vault could not be created. Check you can write "
                        "there.")};
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    auto removeStaging = qScopeGuard([&] { QDir(staging).removeRecursively(); });

    {
        const auto key = macKey(databaseKey.value());
        Hasher mac(key.data(), key.size());
        mac.add(head);
        mac.add(slot);
        QFile database(QDir(staging).filePath(DatabaseName));
        if (!database.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            !database.setPermissions(PrivateSaveFile::OwnerOnly))
            return Error{ErrorCode::Io, tr("The restored vault could not be written. Check you can write there.")};
        QFileDevice::FileError writeError = QFileDevice::NoError;
        const bool copied = readChunks(file, qint64(header.databaseBytes), [&](const QByteArray &chunk) {
            mac.add(chunk);
            if (database.write(chunk) != chunk.size()) {
                writeError = database.error();
                return false;
            }
            return true;
        });
        if (!copied)
            return writeError != QFileDevice::NoError ? writeFailed(writeError) : readFailed();
        const QByteArray stored = file.read(HashBytes);
        if (!sameBytes(mac.finish(), stored))
            return damaged();
        if (!database.flush() || ::fsync(database.handle()) != 0)
            return writeFailed(database.error());
    }
    {
        PrivateSaveFile slotFile(Vault::slotPath(staging));
        if (!slotFile.open(QIODevice::WriteOnly) || slotFile.write(slot) != slot.size() || !slotFile.commit())
            return writeFailed(slotFile.error());
    }
    // rename(2) puts the folder in place whole; it replaces an empty folder and refuses one with anything in it.
    if (::rename(QFile::encodeName(staging).constData(),
                 QFile::encodeName(destination.absoluteFilePath()).constData()) != 0)
        return Error{ErrorCode::Invalid,
                     tr("The restored vault could not be put at %1. Choose a new folder and try again.")
                         .arg(destination.fileName())};
    removeStaging.dismiss();
    syncPath(parent, O_RDONLY | O_DIRECTORY);

    RestoreReport report;
    report.vaultPath = destination.absoluteFilePath();
    report.backupMadeAt = QDateTime::fromMSecsSinceEpoch(header.madeAtMs, Qt::UTC);
    auto vault = Vault::open(report.vaultPath, passphrase);
    if (!vault)
        return vault.error();
    if (auto status =
            vault.value()->audit().append(AuditAction::Restore, {}, report.backupMadeAt.toString(Qt::ISODate));
        !status)
        return status.error();
    auto problems = vault.value()->integrityCheck();
    if (!problems)
        return problems.error();
    report.problems = problems.value();
    qCInfo(lcVault) << "backup restored," << report.problems.size() << "problems";
    return report;
}
