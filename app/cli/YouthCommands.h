#pragma once

#include <QCoreApplication>

#include "Command.h"

// The youth guarantee (docs/youth-guarantee.md), on model/youth.

/** waymark-cli youth list [--as-at D] [--json]: the young people in the band, overdue first */
class YouthListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(YouthCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli youth offer --person P --type T [--date D] [--source S --source-id X] [--description …] */
class YouthOfferCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(YouthCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli youth candidates --person P [--json]: offers proposed from the plan, referrals and shortlists */
class YouthCandidatesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(YouthCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli youth settings [--min-age N --max-age N --weeks N] [--json] */
class YouthSettingsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(YouthCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
