#pragma once

#include <QCoreApplication>
#include <QString>

class CliContext;

/** waymark-cli vault create|check|rekey|passphrase */
class VaultCommands
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    static int run(CliContext &cli, const QString &action);

private:
    static int create(CliContext &cli);
    static int check(CliContext &cli);
    static int rekey(CliContext &cli);
    static int changePassphrase(CliContext &cli);
};

/** waymark-cli person list|show|add|erase|export */
class PersonCommands
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    static int run(CliContext &cli, const QString &action);

private:
    static int list(CliContext &cli);
    static int show(CliContext &cli);
    static int add(CliContext &cli);
    static int erase(CliContext &cli);
    static int exportPerson(CliContext &cli);
};

/** waymark-cli audit verify */
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    static int run(CliContext &cli, const QString &action);
};

/** waymark-cli demo: fills a vault (new or existing) with a synthetic caseload. */
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(CliContext &cli);
};
