#pragma once

#include "model/notes/NoteExtractor.h"
#include "model/vault/Vault.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

/** Helpers shared by tests: cheap vaults (minimum Argon2id cost) in temporary folders. */
namespace Fixtures
{
    SecureBytes passphrase(const char *text = "correct horse battery staple");
    /** A new work-coach vault under `dir`, with the minimum KDF cost so tests stay fast. */
    std::unique_ptr<Vault> create(const QTemporaryDir &dir,
                                  const QString &name = QStringLiteral("test"),
                                  VaultSetting setting = VaultSetting::WorkCoach,
                                  int schemaVersion = 0);
    QString pathIn(const QTemporaryDir &dir, const QString &name = QStringLiteral("test"));
    /** SHA-256 of every file in a folder, to prove an operation left a vault byte-for-byte unchanged. */
    QByteArray folderDigest(const QString &path);
    /** BLAKE2b of every row of every table, to prove an operation changed nothing inside the vault. */
    QByteArray databaseDigest(Vault &vault);
    /** databaseDigest() leaving out some tables (the audit log and meta, for an operation that only audits). */
    QByteArray databaseDigestExcept(Vault &vault, const QStringList &leftOut);
    /** Copies a folder tree (fixtures are copied before use so tests never change them). */
    bool copyFolder(const QString &from, const QString &to);
    bool writeFile(const QString &path, const QByteArray &bytes);
    /**
     * A tiny ESCO CSV release in `dir`: three skills (one with alternative labels and a description on
     * several lines), two occupations, relations (one naming a skill not in the files) and a broader link.
     */
    bool writeEscoRelease(const QString &dir,
                          const QString &relationsName = QStringLiteral("occupationSkillRelations.csv"));
    /** A note extractor over the built-in taxonomy, as the app builds one when no taxonomy was imported. */
    std::shared_ptr<const NoteExtractor> builtInExtractor(const QDate &today = QDate::currentDate());

    /** What one waymark-cli run left: its exit code (-1 if it crashed or ran out of time), stdout and stderr. */
    struct CliRun
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QStringList errLines() const { return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
    };
    /** Writes `content` to `name` inside `dir` and returns its path (passphrase files, keys, feeds). */
    QString fileIn(const QTemporaryDir &dir, const QString &name, const QByteArray &content);
    /** `waymark-cli vault create` of an admin vault at `path` (minimum KDF), passphrase from `passphraseFile`. */
    CliRun createAdminVaultWithCli(const QString &path, const QString &passphraseFile);

    /** An admin vault made with the CLI, trusting a new publisher key for vacancies, as an admin sets up a feed. */
    struct FeedPublisher
    {
        QString vault;     // admin.waymark
        QString vaultPass; // its passphrase file
        QString key;       // the key's path without ".key" or ".pub"
        QString keyPass;   // the key's passphrase file
        /** Empty when every step worked; otherwise the failing command's stderr. */
        QByteArray error;
    };
    /** Makes `feed.key`/`feed.pub` (minimum KDF) and `admin.waymark` in `dir`; the key is trusted as "Jobs feed". */
    FeedPublisher adminVaultTrustingFeedWithCli(const QTemporaryDir &dir);
    /**
     * Runs waymark-cli-test (waymark-cli's own commands, which also take "--kdf minimum" so tests stay fast) as a
     * script would: stdin closed (so never a terminal to prompt on),
     * WAYMARK_VAULT unset, LC_ALL=C.UTF-8, WAYMARK_PASSPHRASE set to `envPassphrase` (unset when empty), and
     * `--passphrase-file passphraseFile` appended when one is given.
     */
    CliRun runCli(const QStringList &arguments,
                  const QByteArray &envPassphrase = {},
                  const QString &passphraseFile = {},
                  int timeoutMs = 120000);
    /** runCli() with the shipped waymark-cli, for what only the shipped binary must do (refuse the test cost). */
    CliRun runShippedCli(const QStringList &arguments,
                         const QByteArray &envPassphrase = {},
                         const QString &passphraseFile = {},
                         int timeoutMs = 120000);

    /** Every value of `field` in the `kind` records of a `person show --json` report. */
    QStringList reportValues(const QByteArray &personShowJson, const QString &kind, const QString &field);

    /** The first page of `table` in the vault's database (sqlite_master's rootpage); 0 when there is none. */
    qint64 rootPage(Vault &vault, const QString &table);
    /**
     * Damages page `page` of the encrypted database file at `databasePath` as a failing disk would: 16 bytes in the
     * middle of the page are inverted, so its HMAC no longer holds. Refuses page 1 (the header and catalogue) and a
     * page past the end. The vault must be locked (its write-ahead log folded into the file) first.
     */
    bool damagePage(const QString &databasePath, qint64 page);

    /** A GP practice's vault and a work coach's, made with the CLI, each trusting the other as a sync device. */
    struct PairedVaults
    {
        QString gp;
        QString coach;
        QString gpId;
        QString coachId;
        bool ok() const { return !gp.isEmpty() && !coach.isEmpty(); }
    };
    /**
     * `practice.waymark` and `coach.waymark` in `dir` (minimum KDF, passphrase `envPassphrase`); each device's key is
     * exported and added to the other with its fingerprint, as two people pairing devices do. Empty on any failure.
     */
    PairedVaults pairedVaultsWithCli(const QTemporaryDir &dir, const QByteArray &envPassphrase);
} // namespace Fixtures
