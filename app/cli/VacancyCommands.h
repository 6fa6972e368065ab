#pragma once

#include <QCoreApplication>

#include "Command.h"

/** waymark-cli vacancies report [--publisher KEYID] [--top N] [--json] */
class VacancyReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VacancyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli vacancies read: reads again the open vacancies whose reading is missing or stale. */
class VacancyReadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VacancyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
