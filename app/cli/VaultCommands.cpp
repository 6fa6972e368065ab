#include "model/vault/BackupReminder.h"
#include "model/vault/Vault.h"
#include "model/vault/VaultBackup.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "KdfChoice.h"
#include "PassphraseReader.h"

void VaultCreateCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::setting(),
                    CliOptions::option("owner",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Who keeps the vault."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "name")),
                    CliOptions::kdf(),
                    CliOptions::json()};
}

int VaultCreateCommand::run(CliContext &cli)
{
    const QString path = cli.vaultPath();
    if (path.isEmpty())
        return cli.usage(tr("Say where to create the vault with --vault PATH."));
    VaultOptions options;
    const QString setting =
        cli.isSet(QStringLiteral("setting")) ? cli.value(QStringLiteral("setting")) : QStringLiteral("work-coach");
    if (setting == QLatin1String("work-coach"))
        options.setting = VaultSetting::WorkCoach;
    else if (setting == QLatin1String("gp-practice"))
        options.setting = VaultSetting::GpPractice;
    else if (setting == QLatin1String("admin"))
        options.setting = VaultSetting::Admin;
    else
        return cli.usage(tr("--setting must be work-coach, gp-practice or admin."));
    const auto kdf = KdfChoice::fromOption(cli);
    if (!kdf)
        return cli.usage(kdf.error().message);
    options.kdf = kdf.value();
    options.ownerName = cli.value(QStringLiteral("owner"));

    auto passphrase = cli.newPassphrase();
    if (!passphrase)
        return cli.fail(passphrase.error());
    auto vault = Vault::create(path, passphrase.value(), options);
    if (!vault)
        return cli.fail(vault.error());
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("path"), vault.value()->path()}});
    else
        cli.out(tr("Created vault %1.").arg(vault.value()->path()));
    return CliContext::ExitOk;
}

void VaultCheckCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
}

int VaultCheckCommand::run(CliContext &cli)
{
    if (const int code = cli.requireVault(); code != CliContext::ExitOk)
        return code;
    const QString path = cli.vaultPath();
    auto passphrase = cli.passphrase();
    if (!passphrase)
        return cli.fail(passphrase.error());
    Result<QStringList> problems = QStringList();
    auto vault = cli.openVault(passphrase.value());
    if (vault) {
        problems = vault.value()->integrityCheck();
    } else if (vault.error().code == ErrorCode::Damaged) {
        // Damage where opening reads (the audit log's last page, the settings) stops the open, not the check.
        problems = Vault::inspectDamage(path, passphrase.value());
        if (problems && problems->isEmpty())
            problems = QStringList{vault.error().message};
    } else {
        return cli.fail(vault.error());
    }
    if (!problems)
        return cli.fail(problems.error());
    // A vault too damaged to open can't say when it was last backed up.
    Result<QDateTime> lastBackup = QDateTime();
    if (vault)
        lastBackup = BackupReminder(vault.value()->database()).lastBackup();
    if (!lastBackup)
        return cli.fail(lastBackup.error());
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("intact"), problems->isEmpty()},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(problems.value())},
                                {QStringLiteral("lastBackup"),
                                 lastBackup->isNull() ? QJsonValue() : QJsonValue(lastBackup->toString(Qt::ISODate))}});
    } else {
        if (problems->isEmpty())
            cli.out(tr("The vault is intact."));
        else
            cli.out(problems->join(QLatin1Char('\n')));
        cli.out(lastBackup->isNull() ? tr("No backup of this vault has been made with Waymark.")
                                     : tr("The last backup was made on %1 (UTC).")
                                           .arg(lastBackup->toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    }
    if (!problems->isEmpty())
        return cli.fail(tr("The vault has %n problem(s).", nullptr, int(problems->size())));
    return CliContext::ExitOk;
}

void VaultRekeyCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
}

int VaultRekeyCommand::run(CliContext &cli)
{
    if (const int code = cli.requireVault(); code != CliContext::ExitOk)
        return code;
    const QString path = cli.vaultPath();
    auto passphrase = cli.passphrase();
    if (!passphrase)
        return cli.fail(passphrase.error());
    auto vault = Vault::open(path, passphrase.value());
    if (!vault)
        return cli.fail(vault.error());
    if (auto status = vault.value()->rekey(passphrase.value()); !status)
        return cli.fail(status.error());
    if (!cli.json())
        cli.out(tr("The vault now uses a new encryption key. The passphrase is unchanged."));
    return CliContext::ExitOk;
}

void VaultPassphraseCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::newPassphraseFile(), CliOptions::json()};
}

int VaultPassphraseCommand::run(CliContext &cli)
{
    if (const int code = cli.requireVault(); code != CliContext::ExitOk)
        return code;
    const QString path = cli.vaultPath();
    auto current = cli.passphrase();
    if (!current)
        return cli.fail(current.error());
    // A new passphrase from a file is judged before the vault is opened, so a weak one leaves it untouched; one
    // typed at the prompt is asked for after the current one has opened the vault.
    const bool fromFile = cli.isSet(QStringLiteral("new-passphrase-file"));
    Result<SecureBytes> next = SecureBytes();
    if (fromFile) {
        next = CliContext::judgedAsNew(PassphraseReader::fromFile(cli.value(QStringLiteral("new-passphrase-file"))));
        if (!next)
            return cli.fail(next.error());
    }
    auto vault = Vault::open(path, current.value());
    if (!vault)
        return cli.fail(vault.error());
    if (!fromFile) {
        next = CliContext::judgedAsNew(PassphraseReader::prompt(tr("New passphrase:"), tr("New passphrase again:")));
        if (!next)
            return cli.fail(next.error());
    }
    if (auto status = vault.value()->changePassphrase(current.value(), next.value()); !status)
        return cli.fail(status.error());
    if (!cli.json())
        cli.out(tr("The passphrase has been changed."));
    return CliContext::ExitOk;
}

void VaultBackupCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::out(), CliOptions::json()};
}

int VaultBackupCommand::run(CliContext &cli)
{
    int exitCode = CliContext::ExitOk;
    if (!cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    const QString out = cli.value(QStringLiteral("out"));
    auto made = VaultBackup::write(*vault.value(), out);
    if (!made)
        return cli.fail(made.error());
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("path"), QFileInfo(out).absoluteFilePath()},
                                {QStringLiteral("madeAt"), made->toString(Qt::ISODate)}});
    else
        cli.out(tr("Backed up the vault to %1. The backup opens with the vault's passphrase as it is today.")
                    .arg(QFileInfo(out).absoluteFilePath()));
    return CliContext::ExitOk;
}

void VaultRestoreCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
    spec.argumentSyntax = QStringLiteral("FILE");
    spec.argumentDescription = tr("The backup file to restore.");
}

int VaultRestoreCommand::run(CliContext &cli)
{
    const QString backup = cli.argument();
    if (backup.isEmpty())
        return cli.usage(tr("Name the backup to restore: vault restore FILE --vault NEW"));
    const QString path = cli.vaultPath();
    if (path.isEmpty())
        return cli.usage(tr("Say where to put the restored vault with --vault PATH (a new folder)."));
    if (!QFileInfo::exists(backup))
        return cli.fail(tr("%1 could not be read.").arg(backup));
    auto passphrase = cli.passphrase();
    if (!passphrase)
        return cli.fail(passphrase.error());
    auto report = VaultBackup::restore(backup, path, passphrase.value());
    if (!report)
        return cli.fail(report.error());
    const QString madeAt = report->backupMadeAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("path"), report->vaultPath},
                                {QStringLiteral("backupMadeAt"), report->backupMadeAt.toString(Qt::ISODate)},
                                {QStringLiteral("intact"), report->problems.isEmpty()},
                                {QStringLiteral("problems"), QJsonArray::fromStringList(report->problems)}});
    } else {
        cli.out(tr("Restored the backup made on %1 (UTC) into %2.").arg(madeAt, report->vaultPath));
        cli.out(report->problems.isEmpty() ? tr("The vault is intact.") : report->problems.join(QLatin1Char('\n')));
    }
    if (!report->problems.isEmpty())
        return cli.fail(tr("The restored vault has %n problem(s).", nullptr, int(report->problems.size())));
    return CliContext::ExitOk;
}
