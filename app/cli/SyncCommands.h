#pragma once

#include <QCoreApplication>
#include <QString>

class CliContext;

/** waymark-cli sync add-device|devices|preview|export|conflicts|resolve */
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)

public:
    static int run(CliContext &cli, const QString &action, const QString &argument);

private:
    static int addDevice(CliContext &cli, const QString &path);
    static int devices(CliContext &cli);
    static int preview(CliContext &cli);
    static int exportBundle(CliContext &cli);
    static int conflicts(CliContext &cli);
    static int resolve(CliContext &cli);
};
