#pragma once

#include <QCoreApplication>

#include "Command.h"

/** waymark-cli today [--date YYYY-MM-DD] [--weeks N] [--json]: the start page's digest of the day. */
class TodayCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TodayCommand)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
