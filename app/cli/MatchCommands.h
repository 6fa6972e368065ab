#pragma once

#include <QCoreApplication>

#include "Command.h"

// Each class keeps the translation context its messages had before the commands were split (see Commands.h).

/** waymark-cli match --person ID | --vacancy ID | --profiles FILE.csv --out FILE */
class MatchCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MatchCommand)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;

private:
    static int person(CliContext &cli);
    static int vacancy(CliContext &cli);
    static int batch(CliContext &cli);
};

/**
 * waymark-cli match shortlist --person P --vacancy V [--discussed]: the matches page's Shortlist (or Discussed)
 * button, on MatchDecision: an action in the person's plan and the decision in their suggestion history.
 */
class MatchShortlistCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(MatchCommand)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli taxonomy info */
class TaxonomyInfoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli taxonomy import-esco DIR */
class TaxonomyImportEscoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli taxonomy reset */
class TaxonomyResetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli taxonomy map TEXT */
class TaxonomyMapCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
