#pragma once

#include <QCoreApplication>

#include "BundleCommands.h"
#include "Command.h"

// Local partners, referrals and outreach sessions (docs/outreach.md), on model/outreach.

/** waymark-cli partner list [--search T] [--service S] [--language L] [--kind K] [--own] [--json] */
class PartnerListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli partner add --name N --kind K --services a,b …: a partner of the coach's own */
class PartnerAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli partner remove --partner ID: one of the coach's own */
class PartnerRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle build-partners --csv F [--services F]: an admin's partner directory, signed */
class BundleBuildPartnersCommand : public BundleBuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli referral add --person P --partner X --service S [--consent-given] … */
class ReferralAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli referral outcome --referral R --outcome O [--date D] */
class ReferralOutcomeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli referral list --person P [--json] */
class ReferralListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli outreach add --venue V …: a repeat venue fills in what it had last time */
class OutreachAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli outreach list [--from D] [--to D] [--json] */
class OutreachListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OutreachCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
