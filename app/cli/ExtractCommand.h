#pragma once

#include <QCoreApplication>

#include "Command.h"

/** waymark-cli extract --text FILE [--vault V] [--json] [--lines] */
class ExtractCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExtractCommand)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
