#pragma once

#include <QCoreApplication>

#include "Command.h"

// Each class keeps the translation context its messages had before the commands were split (see Commands.h).

/** waymark-cli sync add-device FILE.pub */
class SyncAddDeviceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli sync devices */
class SyncDevicesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli sync preview */
class SyncPreviewCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli sync export */
class SyncExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli sync conflicts */
class SyncConflictsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli sync resolve */
class SyncResolveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
