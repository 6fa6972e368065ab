#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"

void AuditVerifyCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
}

int AuditVerifyCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto result = vault.value()->audit().verify();
    if (!result)
        return cli.fail(result.error());
    const AuditVerification &v = result.value();
    if (cli.json()) {
        QJsonArray cuts;
        for (const AuditCut &cut : v.cuts)
            cuts.append(QJsonObject{{QStringLiteral("entry"), cut.seq},
                                    {QStringLiteral("last_kept"), cut.lastKept},
                                    {QStringLiteral("missing"), cut.missing},
                                    {QStringLiteral("noticed_at"), cut.noticedAt}});
        cli.outJson(QJsonObject{{QStringLiteral("rows_checked"), v.rowsChecked},
                                {QStringLiteral("intact"), v.intact()},
                                {QStringLiteral("first_broken"), v.firstBrokenSeq},
                                {QStringLiteral("problem"), v.problem},
                                {QStringLiteral("cuts"), cuts}});
    } else {
        cli.out(tr("%n entries checked.", nullptr, int(v.rowsChecked)));
        if (v.intact())
            cli.out(tr("The audit log is intact."));
        if (v.firstBrokenSeq != 0)
            cli.out(tr("Broken at entry %1: %2").arg(v.firstBrokenSeq).arg(v.problem));
        for (const AuditCut &cut : v.cuts)
            cli.out(AuditLog::describe(cut));
    }
    if (v.firstBrokenSeq != 0)
        return cli.fail(tr("The audit log is broken at entry %1.").arg(v.firstBrokenSeq));
    if (!v.cuts.isEmpty())
        return cli.fail(AuditLog::describe(v.cuts.first()));
    return CliContext::ExitOk;
}
