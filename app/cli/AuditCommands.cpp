#include "model/core/PrivateSaveFile.h"
#include "model/crypto/Minisign.h"
#include "model/vault/AuditAnchors.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"

namespace
{
    QString ownKeyId(Vault &vault)
    {
        return Minisign::keyIdHex(Minisign::keyIdFor(vault.devicePublicKey()));
    }
} // namespace

void AuditVerifyCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("anchors",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "Also check the audit heads another device kept of this "
                                                         "one (from audit anchors there)."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "file")),
                    CliOptions::json()};
}

int AuditVerifyCommand::run(CliContext &cli)
{
    // The anchors file comes from another device: read and check it before the vault is opened (and audited).
    QVector<AuditAnchor> anchors;
    const QString anchorsPath = cli.value(QStringLiteral("anchors"));
    if (!anchorsPath.isEmpty()) {
        QFile file(anchorsPath);
        if (!file.open(QIODevice::ReadOnly))
            return cli.fail(tr("%1 could not be read.").arg(anchorsPath));
        auto parsed = AuditAnchors::parseFile(file.read(AuditAnchors::MaxFileBytes + 1));
        if (!parsed)
            return cli.fail(parsed.error());
        anchors = std::move(parsed.value());
    }
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto result = vault.value()->audit().verify();
    if (!result)
        return cli.fail(result.error());
    const AuditVerification &v = result.value();
    AnchorCheck anchored;
    if (!anchorsPath.isEmpty()) {
        auto checked = AuditAnchors::check(vault.value()->database(), ownKeyId(*vault.value()), anchors);
        if (!checked)
            return cli.fail(checked.error());
        anchored = checked.value();
    }
    const bool intact = v.intact() && anchored.problems.isEmpty();
    if (cli.json()) {
        QJsonArray cuts;
        for (const AuditCut &cut : v.cuts)
            cuts.append(QJsonObject{{QStringLiteral("entry"), cut.seq},
                                    {QStringLiteral("last_kept"), cut.lastKept},
                                    {QStringLiteral("missing"), cut.missing},
                                    {QStringLiteral("noticed_at"), cut.noticedAt}});
        QJsonObject out{{QStringLiteral("rows_checked"), v.rowsChecked},
                        {QStringLiteral("intact"), intact},
                        {QStringLiteral("first_broken"), v.firstBrokenSeq},
                        {QStringLiteral("problem"), v.problem},
                        {QStringLiteral("cuts"), cuts}};
        if (!anchorsPath.isEmpty()) {
            out.insert(QStringLiteral("anchors_checked"), anchored.anchorsChecked);
            out.insert(QStringLiteral("anchor_problems"), QJsonArray::fromStringList(anchored.problems));
        }
        cli.outJson(out);
    } else {
        cli.out(tr("%n entries checked.", nullptr, int(v.rowsChecked)));
        if (!anchorsPath.isEmpty())
            cli.out(tr("%n heads kept by another device checked.", nullptr, anchored.anchorsChecked));
        if (intact)
            cli.out(tr("The audit log is intact."));
        if (v.firstBrokenSeq != 0)
            cli.out(tr("Broken at entry %1: %2").arg(v.firstBrokenSeq).arg(v.problem));
        for (const AuditCut &cut : v.cuts)
            cli.out(AuditLog::describe(cut));
        for (const QString &problem : anchored.problems)
            cli.out(problem);
    }
    if (v.firstBrokenSeq != 0)
        return cli.fail(tr("The audit log is broken at entry %1.").arg(v.firstBrokenSeq));
    if (!v.cuts.isEmpty())
        return cli.fail(AuditLog::describe(v.cuts.first()));
    if (!anchored.problems.isEmpty())
        return cli.fail(anchored.problems.first());
    if (!anchorsPath.isEmpty() && anchored.anchorsChecked == 0)
        return cli.fail(tr("%1 holds no audit heads of this device: export the anchors on a device this one has "
                           "sent caseload bundles or receipts to.")
                            .arg(anchorsPath));
    return CliContext::ExitOk;
}

void AuditAnchorsCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option(
                        "device",
                        QT_TRANSLATE_NOOP("waymark-cli", "Only the heads of this device, as listed by sync devices."),
                        QT_TRANSLATE_NOOP("waymark-cli", "id")),
                    CliOptions::out()};
}

int AuditAnchorsCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto anchors = AuditAnchors::held(vault.value()->database(), cli.value(QStringLiteral("device")));
    if (!anchors)
        return cli.fail(anchors.error());
    // Sequence numbers, hashes and dates: nothing about a person, but written privately like every export.
    const QByteArray bytes = AuditAnchors::toFile(anchors.value());
    PrivateSaveFile file(cli.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return cli.fail(tr("%1 could not be written.").arg(file.fileName()));
    cli.out(tr("%n audit heads written to %1.", nullptr, int(anchors->size())).arg(cli.value(QStringLiteral("out"))));
    return CliContext::ExitOk;
}
