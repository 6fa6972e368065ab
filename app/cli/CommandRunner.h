#pragma once

#include <QString>
#include <QStringList>

struct CommandEntry;

/**
 * Finds the command named at the start of the arguments in CommandTable, parses the rest with that
 * command's own options, and runs it. Usage errors (unknown command or option, wrong arguments) exit 2
 * with one line on stderr; --help prints the help of whatever was named so far.
 */
namespace CommandRunner
{
    /** `arguments` as QCoreApplication::arguments() gives them: the program first. */
    int run(const QStringList &arguments);

    /** waymark-cli --help: every command with its summary. */
    QString overviewHelp();
    /** waymark-cli vault --help: the commands of one group. */
    QString groupHelp(const QString &group);
    /** waymark-cli trust add --help: the command's usage line, summary, options and argument. */
    QString commandHelp(const CommandEntry &entry);
} // namespace CommandRunner
