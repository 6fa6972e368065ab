#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

class Vault;

/** What a restore did: where the vault now is, when its backup was made, and what `vault check` found. */
struct RestoreReport
{
    QString vaultPath;
    QDateTime backupMadeAt;
    /** The restored vault's integrity check; empty when it is intact. */
    QStringList problems;
};

/**
 * A vault in one encrypted file, for when a laptop is lost or dies. The database is copied online (SQLite's
 * backup API, while the vault stays open) into a temporary database under the same key, in the target's folder,
 * and packed with a copy of the key slot; the file appears by one rename or not at all. The same passphrase
 * opens it, as the slot was when the backup was made. Format in docs/vault.md.
 */
class VaultBackup
{
    Q_DECLARE_TR_FUNCTIONS(VaultBackup)

public:
    static constexpr const char *Suffix = ".wmbackup";
    static constexpr int CurrentVersion = 1;
    static constexpr int HeaderBytes = 32;
    static constexpr int TrailerBytes = 64;

    /** Asked between steps with the share done (0 to 100); returning false stops, leaving no new file. */
    using Progress = std::function<bool(int percent)>;

    /**
     * Writes a backup of `vault` to `path` (0600, replacing an older backup there only once the new one is
     * whole), notes it as the vault's last backup and audits it. Returns when the backup says it was made.
     */
    static Result<QDateTime> write(Vault &vault, const QString &path, const Progress &progress = {});

    /**
     * Restores the backup at `backupPath` into a new vault folder `vaultPath` (refused if it exists and is not
     * empty), opens it with `passphrase`, audits the restore and runs the integrity check. A backup that is cut
     * short, damaged or opened with the wrong passphrase is refused before anything is created.
     */
    static Result<RestoreReport>
    restore(const QString &backupPath, const QString &vaultPath, const SecureBytes &passphrase);
};
