#pragma once

#include <QCoreApplication>

#include "Command.h"

// Aggregate reports with small-number suppression, their bundles and their merge (docs/reports.md), on
// model/reports.

/** waymark-cli report --from D --to D [--json | --csv F]: this vault's report, suppressed */
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli report export --from D --to D --to-key ADMIN.pub --out F.bundle: exact counts, sealed to the admin */
class ReportExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli report merge F1.bundle F2.bundle … [--json | --csv F]: summed, then suppressed */
class ReportMergeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
