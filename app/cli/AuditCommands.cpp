#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

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
        cli.outJson(QJsonObject{{QStringLiteral("rows_checked"), v.rowsChecked},
                                {QStringLiteral("intact"), v.intact()},
                                {QStringLiteral("first_broken"), v.firstBrokenSeq},
                                {QStringLiteral("problem"), v.problem}});
    } else {
        cli.out(tr("%n entries checked.", nullptr, int(v.rowsChecked)));
        cli.out(v.intact() ? tr("The audit log is intact.")
                           : tr("Broken at entry %1: %2").arg(v.firstBrokenSeq).arg(v.problem));
    }
    if (!v.intact())
        return cli.fail(tr("The audit log is broken at entry %1.").arg(v.firstBrokenSeq));
    return CliContext::ExitOk;
}
