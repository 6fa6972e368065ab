#include "SyncCommands.h"

#include "model/core/PrivateSaveFile.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"

int SyncCommands::run(CliContext &cli, const QString &action, const QString &argument)
{
    if (action == QLatin1String("add-device"))
        return addDevice(cli, argument);
    if (action == QLatin1String("devices"))
        return devices(cli);
    if (action == QLatin1String("preview"))
        return preview(cli);
    if (action == QLatin1String("export"))
        return exportBundle(cli);
    if (action == QLatin1String("conflicts"))
        return conflicts(cli);
    if (action == QLatin1String("resolve"))
        return resolve(cli);
    return cli.usage(
        tr("Unknown sync command \"%1\". Use add-device, devices, preview, export, conflicts or resolve.").arg(action));
}

int SyncCommands::addDevice(CliContext &cli, const QString &path)
{
    int exitCode = 0;
    if (path.isEmpty())
        return cli.usage(tr("Name the device's public key file: sync add-device FILE.pub --label NAME --setting S"));
    for (const char *option : {"label", "setting", "fingerprint"}) {
        if (!cli.require(QString::fromLatin1(option), &exitCode))
            return exitCode;
    }
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
    if (auto status = sync.addPeer(
            key.value(), cli.value(QStringLiteral("label")), setting, cli.value(QStringLiteral("fingerprint")));
        !status)
        return cli.fail(status.error());
    cli.out(tr("Device %1 added.").arg(Minisign::keyIdHex(key->keyId)));
    return CliContext::ExitOk;
}

int SyncCommands::devices(CliContext &cli)
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
                                     {QStringLiteral("fingerprint"), peer.fingerprint()}});
        } else {
            cli.out(QStringLiteral("%1  %2  %3  %4")
                        .arg(peer.deviceId, peer.fingerprint(), VaultSettings::key(peer.setting), peer.label));
        }
    }
    if (cli.json())
        cli.outJson(array);
    return CliContext::ExitOk;
}

int SyncCommands::preview(CliContext &cli)
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

int SyncCommands::exportBundle(CliContext &cli)
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

int SyncCommands::conflicts(CliContext &cli)
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

int SyncCommands::resolve(CliContext &cli)
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
