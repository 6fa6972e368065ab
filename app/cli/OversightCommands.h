#pragma once

#include <QCoreApplication>

#include "Command.h"

/**
 * waymark-cli transparency: the transparency record (TransparencyRecord), as text or JSON; with --leaflet, the
 * leaflet for the person (PersonLeaflet) in English or Welsh, as text, HTML or JSON.
 */
class TransparencyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OversightCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;

private:
    static int printLeaflet(CliContext &cli);
};

/** waymark-cli report suggestions: the Suggestions report (SuggestionReport), as text, JSON or CSV. */
class SuggestionReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OversightCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli fairness: counterfactual fairness checks on the vault's own caseload (FairnessCheck). */
class FairnessCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(OversightCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
