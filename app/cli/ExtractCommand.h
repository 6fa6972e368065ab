#pragma once

#include <QCoreApplication>
#include <QString>

class CliContext;

/** waymark-cli extract --text FILE [--vault V] [--json] [--lines] */
class ExtractCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExtractCommand)

public:
    static int run(CliContext &cli);
};
