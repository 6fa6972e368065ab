#pragma once

#include <QCoreApplication>

#include "Command.h"

// Employers, their engagements and the people put forward to them (docs/employers.md), on model/employers.

/** waymark-cli employer list [--search T] [--own] [--with-vacancies] [--json] */
class EmployerListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployerCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli employer add --name N [--address A] [--postcode P] [--website W] [--notes T]: by hand */
class EmployerAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployerCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli employer show --employer ID [--json]: summary, contacts and engagements */
class EmployerShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployerCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli employer engage --employer ID --kind K [--date D] [--note T] */
class EmployerEngageCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployerCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli employer contact --employer ID --name N [--role R] [--phone P] [--email E] */
class EmployerContactCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployerCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli employer put-forward --person ID --vacancy ID --consent-given [--date D] */
class EmployerPutForwardCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployerCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli employer outcome --person ID --put-forward ID --outcome O [--date D] */
class EmployerOutcomeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EmployerCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
