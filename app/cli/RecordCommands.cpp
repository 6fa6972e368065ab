#include "RecordCommands.h"

#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

void RecordAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::person(),
                    CliOptions::option("kind",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The kind of record, e.g. work_history."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "kind")),
                    CliOptions::fieldAssignment(),
                    CliOptions::json()};
}

int RecordAddCommand::run(CliContext &cli)
{
    int exitCode = 0;
    FieldMap fields;
    if (!cli.require({"person", "kind"}, &exitCode) || !cli.fieldAssignments(&fields, &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    const QString kind = cli.value(QStringLiteral("kind"));
    auto id = vault.value()->records().add(cli.value(QStringLiteral("person")), kind, fields);
    if (!id)
        return cli.failFields(id.error(), kind);
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("id"), id.value()}});
    else
        cli.out(id.value());
    return CliContext::ExitOk;
}

void RecordSetCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("record",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "The record's id (a person's id for their own "
                                                         "details)."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "id")),
                    CliOptions::fieldAssignment()};
}

int RecordSetCommand::run(CliContext &cli)
{
    int exitCode = 0;
    FieldMap fields;
    if (!cli.require({"record", "set"}, &exitCode) || !cli.fieldAssignments(&fields, &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    RecordStore &records = vault.value()->records();
    const QString id = cli.value(QStringLiteral("record"));
    auto record = records.get(id);
    if (!record)
        return cli.fail(record.error());
    if (auto status = records.update(id, fields); !status)
        return cli.failFields(status.error(), record->kind);
    return CliContext::ExitOk;
}
