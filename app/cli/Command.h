#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class CliContext;

/** What one command takes: its own options and, for some, one positional argument (a file or a text). */
struct CommandSpec
{
    QList<QCommandLineOption> options;
    /** How the argument is written in the usage line, e.g. FILE.pub; empty when the command takes none. */
    QString argumentSyntax;
    /** The argument's translated description, shown under "Arguments:". */
    QString argumentDescription;
    /** Whether the command takes the argument several times (report merge F1 F2 F3). */
    bool severalArguments = false;
};

/**
 * One waymark-cli command (vault create, trust add, match, …). Each has its own options, so
 * `waymark-cli trust add --help` shows only what trust add takes. A command parses nothing itself:
 * CommandRunner builds a parser from declare(), handles --help and usage errors, then calls run().
 * Commands only read options, call model classes and print; the work belongs in model/.
 */
class Command
{
public:
    virtual ~Command() = default;

    virtual void declare(CommandSpec &spec) const = 0;
    /** Returns the process exit code: CliContext::ExitOk, ExitFailure or ExitUsage. */
    virtual int run(CliContext &cli) = 0;
};
