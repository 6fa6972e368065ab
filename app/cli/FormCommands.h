#pragma once

#include <QCoreApplication>

#include "Command.h"

// Each class keeps the translation context its messages had before the commands were split (see Commands.h).

/** waymark-cli form list */
class FormListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FormCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli form check FILE.json */
class FormCheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FormCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli form versions --person ID: a person's finished forms, numbered as people see them. */
class FormVersionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FormCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
