#pragma once

#include <QCoreApplication>
#include <QString>

class CliContext;

/** waymark-cli match --person ID | --vacancy ID | --profiles FILE.csv --out FILE */
class MatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(MatchCommand)

public:
    static int run(CliContext &cli);

private:
    static int person(CliContext &cli);
    static int vacancy(CliContext &cli);
    static int batch(CliContext &cli);
};

/** waymark-cli taxonomy info|import-esco DIR|reset|map TEXT */
class TaxonomyCommands
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyCommands)

public:
    static int run(CliContext &cli, const QString &action, const QString &argument);

private:
    static int info(CliContext &cli);
    static int importEsco(CliContext &cli, const QString &directory);
    static int reset(CliContext &cli);
    static int map(CliContext &cli, const QString &text);
};
