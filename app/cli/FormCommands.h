#pragma once

#include <QCoreApplication>
#include <QString>

class CliContext;

/** waymark-cli form list|check FILE|fill (FormFillCommand) */
class FormCommands
{
    Q_DECLARE_TR_FUNCTIONS(FormCommands)

public:
    static int run(CliContext &cli, const QString &action, const QString &argument);

private:
    static int list(CliContext &cli);
    static int check(CliContext &cli, const QString &path);
};
