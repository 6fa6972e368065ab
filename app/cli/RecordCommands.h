#pragma once

#include <QCoreApplication>

#include "Command.h"

// Any kind of record on a person's case (EntitySchema), for scripts and tests: the same validation and audit as
// the record editors in the app.

/** waymark-cli record add --person P --kind K --set field=value…: adds one record (a job goal, work history…) */
class RecordAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli record set --record R --set field=value…: changes only the fields given (an empty value clears) */
class RecordSetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RecordCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
