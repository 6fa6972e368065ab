#pragma once

#include <QCoreApplication>

#include "Command.h"

// Each class keeps the translation context its messages had before the commands were split, so their
// Welsh is kept: Q_DECLARE_TR_FUNCTIONS names the context, not the class.

/** waymark-cli vault create */
class VaultCreateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli vault check */
class VaultCheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli vault rekey */
class VaultRekeyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli vault passphrase */
class VaultPassphraseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli vault backup */
class VaultBackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli vault restore */
class VaultRestoreCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli person list */
class PersonListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli person show */
class PersonShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli person add */
class PersonAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli person erase */
class PersonEraseCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli person export */
class PersonExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli person suggestions: the suggestions shown about one person, as shown, and the decisions on them. */
class PersonSuggestionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli person disagree: records that the person disagreed with a suggestion or the decision on it. */
class PersonDisagreeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PersonCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli audit verify */
class AuditVerifyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

class AuditAnchorsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli demo: fills a vault (new or existing) with a synthetic caseload. */
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
