#include "SyncCommands.h"

#include "model/core/PrivateSaveFile.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

void SyncAddDeviceCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("label",
                                       QT_TRANSLATE_NOOP("waymark-cli", "A name for the device."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "name")),
                    CliOptions::setting(),
                    CliOptions::fingerprint(),
                    CliOptions::option("own",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "The device is another of your own (it is sent your form "
                                                         "drafts), not a colleague's or a practice's."))};
    spec.argumentSyntax = QStringLiteral("FILE.pub");
    spec.argumentDescription = tr("The device's public key file (key export --minisign on that device).");
}

int SyncAddDeviceCommand::run(CliContext &cli)
{
    const QString path = cli.argument();
    int exitCode = 0;
    if (path.isEmpty())
        return cli.usage(tr("Name the device's public key file: sync add-device FILE.pub --label NAME --setting S"));
    if (!cli.require({"label", "setting", "fingerprint"}, &exitCode))
        return exitCode;
    VaultSetting setting;
    if (!VaultSettings::fromKey(cli.value(QStringLiteral("setting")), &setting))
        return cli.usage(tr("--setting must be work-coach, gp-practice or admin."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return cli.fail(tr("%1 could not be read.").arg(path));
    auto key = Minisign::parsePublicKey(file.readAll());
    if (!key)
        return cli.fail(key.error());
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    CaseloadSync sync(*vault.value());
    if (auto status = sync.addPeer(key.value(),
                                   cli.value(QStringLiteral("label")),
                                   setting,
                                   cli.value(QStringLiteral("fingerprint")),
                                   cli.isSet(QStringLiteral("own")));
        !status)
        return cli.fail(status.error());
    cli.out(tr("Device %1 added.").arg(Minisign::keyIdHex(key->keyId)));
    return CliContext::ExitOk;
}

void SyncDevicesCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
}

int SyncDevicesCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto peers = CaseloadSync(*vault.value()).peers();
    if (!peers)
        return cli.fail(peers.error());
    QJsonArray array;
    for (const SyncPeer &peer : peers.value()) {
        if (cli.json()) {
            array.append(QJsonObject{{QStringLiteral("device"), peer.deviceId},
                                     {QStringLiteral("label"), peer.label},
                                     {QStringLiteral("setting"), VaultSettings::key(peer.setting)},
                                     {QStringLiteral("fingerprint"), peer.fingerprint()},
                                     {QStringLiteral("own"), peer.own}});
        } else {
            cli.out(QStringLiteral("%1  %2  %3  %4%5")
                        .arg(peer.deviceId,
                             peer.fingerprint(),
                             VaultSettings::key(peer.setting),
                             peer.label,
                             peer.own ? QStringLiteral("  ") + tr("(yours)") : QString()));
        }
    }
    if (cli.json())
        cli.outJson(array);
    return CliContext::ExitOk;
}

void SyncPreviewCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("device",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The device, as listed by sync devices."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "id")),
                    CliOptions::option("person",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Only this person (repeatable)."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "id")),
                    CliOptions::json()};
}

int SyncPreviewCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("device"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto entries =
        CaseloadSync(*vault.value()).preview(cli.value(QStringLiteral("device")), cli.values(QStringLiteral("person")));
    if (!entries)
        return cli.fail(entries.error());
    QJsonArray array;
    for (const ExportPreviewEntry &e : entries.value()) {
        if (cli.json()) {
            array.append(QJsonObject{{QStringLiteral("person"), e.personId},
                                     {QStringLiteral("name"), e.displayName},
                                     {QStringLiteral("records"), e.records},
                                     {QStringLiteral("included"), QJsonArray::fromStringList(e.sectionsIncluded)},
                                     {QStringLiteral("withheld"), QJsonArray::fromStringList(e.sectionsWithheld)}});
        } else {
            cli.out(
                tr("%1: %2 (withheld without consent: %3)")
                    .arg(e.displayName,
                         e.sectionsIncluded.join(QStringLiteral(", ")),
                         e.sectionsWithheld.isEmpty() ? tr("nothing") : e.sectionsWithheld.join(QStringLiteral(", "))));
        }
    }
    if (cli.json())
        cli.outJson(array);
    else if (entries->isEmpty())
        cli.out(tr("Nothing is waiting to be sent to this device."));
    return CliContext::ExitOk;
}

void SyncExportCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("device",
                           QT_TRANSLATE_NOOP("waymark-cli", "The device, as listed by sync devices."),
                           QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option("person",
                           QT_TRANSLATE_NOOP("waymark-cli", "Only this person (repeatable)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option("handover",
                           QT_TRANSLATE_NOOP("waymark-cli", "Hand the named people over to that device's owner.")),
        CliOptions::out()};
}

int SyncExportCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("device"), &exitCode) || !cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto bundle = CaseloadSync(*vault.value())
                      .exportFor(cli.value(QStringLiteral("device")),
                                 cli.values(QStringLiteral("person")),
                                 cli.isSet(QStringLiteral("handover")));
    if (!bundle)
        return cli.fail(bundle.error());
    PrivateSaveFile file(cli.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle.value()) != bundle->size() || !file.commit())
        return cli.fail(tr("%1 could not be written.").arg(file.fileName()));
    cli.out(tr("Caseload bundle written to %1, encrypted for device %2.")
                .arg(cli.value(QStringLiteral("out")), cli.value(QStringLiteral("device"))));
    return CliContext::ExitOk;
}

void SyncConflictsCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
}

int SyncConflictsCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto list = CaseloadSync(*vault.value()).conflicts();
    if (!list)
        return cli.fail(list.error());
    QJsonArray array;
    for (const SyncConflict &c : list.value()) {
        if (cli.json()) {
            array.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("person"), c.personId},
                                     {QStringLiteral("kind"), c.kind},
                                     {QStringLiteral("field"), c.field},
                                     {QStringLiteral("kept"), c.keptValue},
                                     {QStringLiteral("other"), c.otherValue},
                                     {QStringLiteral("other_device"), c.otherDevice}});
        } else {
            cli.out(tr("%1. %2 %3: kept \"%4\", other \"%5\" (from %6)")
                        .arg(c.id)
                        .arg(c.kind, c.field, c.keptValue, c.otherValue, c.otherDevice));
        }
    }
    if (cli.json())
        cli.outJson(array);
    return CliContext::ExitOk;
}

void SyncResolveCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("conflict",
                           QT_TRANSLATE_NOOP("waymark-cli", "The conflict's number."),
                           QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::option("use-other", QT_TRANSLATE_NOOP("waymark-cli", "Keep the other device's value."))};
}

int SyncResolveCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("conflict"), &exitCode))
        return exitCode;
    bool ok = false;
    const qint64 id = cli.value(QStringLiteral("conflict")).toLongLong(&ok);
    if (!ok)
        return cli.usage(tr("--conflict takes the number listed by sync conflicts."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    if (auto status = CaseloadSync(*vault.value()).resolveConflict(id, cli.isSet(QStringLiteral("use-other"))); !status)
        return cli.fail(status.error());
    cli.out(tr("Conflict %1 resolved.").arg(id));
    return CliContext::ExitOk;
}
