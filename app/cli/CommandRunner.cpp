#include "CommandRunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "CliContext.h"
#include "Command.h"
#include "CommandTable.h"

namespace
{
    const char *const Context = "waymark-cli";
    const QString Program = QStringLiteral("waymark-cli");

    /** `text` is marked with QT_TRANSLATE_NOOP("waymark-cli", …) where it is written, so lupdate finds it. */
    QString translated(const char *text)
    {
        return QCoreApplication::translate(Context, text);
    }

    QCommandLineOption helpOption()
    {
        return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                                  translated(QT_TRANSLATE_NOOP("waymark-cli", "Show this help.")));
    }

    QCommandLineOption versionOption()
    {
        return QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")},
                                  translated(QT_TRANSLATE_NOOP("waymark-cli", "Show the version.")));
    }

    bool isHelp(const QString &argument)
    {
        return argument == QLatin1String("-h") || argument == QLatin1String("--help") ||
               argument == QLatin1String("-?");
    }

    bool isOption(const QString &argument)
    {
        return argument.startsWith(QLatin1Char('-'));
    }

    void print(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
        std::fflush(stdout);
    }

    int usage(const QString &message)
    {
        return CliContext::report(message, CliContext::ExitUsage);
    }

    /** "  name   summary" lines for the entries whose name starts with `prefix` (all of them when empty). */
    QString commandList(const QString &prefix)
    {
        QList<const CommandEntry *> shown;
        for (const CommandEntry &entry : CommandTable::entries()) {
            const QString name = entry.commandName();
            if (prefix.isEmpty() || name == prefix || name.startsWith(prefix + QLatin1Char(' ')))
                shown.append(&entry);
        }
        qsizetype width = 0;
        for (const CommandEntry *entry : std::as_const(shown))
            width = std::max(width, entry->commandName().size());
        QString text;
        for (const CommandEntry *entry : std::as_const(shown)) {
            text += QStringLiteral("  ") + entry->commandName().leftJustified(width + 2) + entry->translatedSummary() +
                    QLatin1Char('\n');
        }
        return text;
    }

    /** The command's parser: its own options, its argument if it takes one, and --help. */
    void prepare(QCommandLineParser &parser, const CommandEntry &entry, const CommandSpec &spec)
    {
        parser.setApplicationDescription(entry.translatedSummary());
        parser.addOption(helpOption());
        parser.addOptions(spec.options);
        if (!spec.argumentSyntax.isEmpty())
            parser.addPositionalArgument(spec.argumentSyntax, spec.argumentDescription);
    }

    int runCommand(const CommandEntry &entry, const QStringList &arguments)
    {
        std::unique_ptr<Command> command = entry.create();
        CommandSpec spec;
        command->declare(spec);
        QCommandLineParser parser;
        prepare(parser, entry, spec);
        if (!parser.parse(QStringList{Program} + arguments)) {
            return usage(translated(QT_TRANSLATE_NOOP("waymark-cli", "%1 See %2 --help."))
                             .arg(parser.errorText(), Program + QLatin1Char(' ') + entry.commandName()));
        }
        if (parser.isSet(QStringLiteral("help"))) {
            print(CommandRunner::commandHelp(entry));
            return CliContext::ExitOk;
        }
        const QStringList positional = parser.positionalArguments();
        if (positional.size() > (spec.argumentSyntax.isEmpty() ? 0 : spec.severalArguments ? positional.size() : 1))
            return usage(translated(QT_TRANSLATE_NOOP("waymark-cli", "Wrong number of arguments for %1. See --help."))
                             .arg(entry.commandName()));
        QStringList declared;
        for (const QCommandLineOption &option : std::as_const(spec.options))
            declared += option.names();
        CliContext cli(parser, declared, positional.value(0));
        cli.setArguments(positional);
        const int exitCode = command->run(cli);
        // A command that failed has said why in its one line; one that only read says the disk is full.
        if (exitCode == CliContext::ExitOk && cli.openedOnFullDisk())
            CliContext::report(CliContext::fullDiskWarning(), CliContext::ExitOk);
        return exitCode;
    }
} // namespace

int CommandRunner::run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (isHelp(first)) {
        print(overviewHelp());
        return CliContext::ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        print(Program + QLatin1Char(' ') + QStringLiteral(WAYMARK_VERSION) + QLatin1Char('\n'));
        return CliContext::ExitOk;
    }
    if (first.isEmpty() || isOption(first))
        return usage(
            translated(QT_TRANSLATE_NOOP("waymark-cli", "Say what to do, e.g. waymark-cli person list. See --help.")));
    if (!CommandTable::groups().contains(first))
        return usage(
            translated(QT_TRANSLATE_NOOP("waymark-cli", "Unknown command \"%1\". See waymark-cli --help.")).arg(first));
    const QString second = arguments.value(2);
    // "report" builds a report and "report merge" merges them: a word after a command that is itself a command
    // is the longer command's.
    if (const CommandEntry *entry = CommandTable::find(first)) {
        if (second.isEmpty() || isOption(second) || !CommandTable::find(first + QLatin1Char(' ') + second))
            return runCommand(*entry, arguments.mid(2));
    }

    if (isHelp(second)) {
        print(groupHelp(first));
        return CliContext::ExitOk;
    }
    if (second.isEmpty() || isOption(second))
        return usage(
            translated(QT_TRANSLATE_NOOP("waymark-cli", "Wrong number of arguments for %1. See --help.")).arg(first));
    const CommandEntry *entry = CommandTable::find(first + QLatin1Char(' ') + second);
    if (!entry) {
        return usage(
            translated(QT_TRANSLATE_NOOP("waymark-cli", "Unknown %1 command \"%2\". See waymark-cli %1 --help."))
                .arg(first, second));
    }
    return runCommand(*entry, arguments.mid(3));
}

QString CommandRunner::overviewHelp()
{
    QString text =
        translated(QT_TRANSLATE_NOOP("waymark-cli", "Usage: %1 COMMAND [options]")).arg(Program) + QLatin1Char('\n');
    text += translated(QT_TRANSLATE_NOOP("waymark-cli", "Waymark's command line: an encrypted caseload vault.")) +
            QStringLiteral("\n\n");
    text += translated(QT_TRANSLATE_NOOP("waymark-cli", "Commands:")) + QLatin1Char('\n') + commandList(QString());
    QCommandLineParser parser;
    parser.addOption(helpOption());
    parser.addOption(versionOption());
    // Qt's help text starts with its own usage line and a blank line; only the options are wanted.
    const QString options = parser.helpText();
    text += QLatin1Char('\n') + options.mid(options.indexOf(QLatin1Char('\n')) + 1).trimmed() + QLatin1Char('\n');
    text += QLatin1Char('\n') +
            translated(
                QT_TRANSLATE_NOOP("waymark-cli", "Each command has options of its own: %1 COMMAND --help lists them."))
                .arg(Program) +
            QLatin1Char('\n');
    return text;
}

QString CommandRunner::groupHelp(const QString &group)
{
    return translated(QT_TRANSLATE_NOOP("waymark-cli", "Usage: %1 COMMAND [options]"))
               .arg(Program + QLatin1Char(' ') + group) +
           QStringLiteral("\n\n") + translated(QT_TRANSLATE_NOOP("waymark-cli", "Commands:")) + QLatin1Char('\n') +
           commandList(group) + QLatin1Char('\n') +
           translated(
               QT_TRANSLATE_NOOP("waymark-cli", "Each command has options of its own: %1 COMMAND --help lists them."))
               .arg(Program) +
           QLatin1Char('\n');
}

QString CommandRunner::commandHelp(const CommandEntry &entry)
{
    std::unique_ptr<Command> command = entry.create();
    CommandSpec spec;
    command->declare(spec);
    QCommandLineParser parser;
    prepare(parser, entry, spec);
    // Qt writes the usage line with the program's path and no command; write the command's own.
    const QString qtHelp = parser.helpText();
    QString usageLine = Program + QLatin1Char(' ') + entry.commandName() + QStringLiteral(" [options]");
    if (!spec.argumentSyntax.isEmpty())
        usageLine += QLatin1Char(' ') + spec.argumentSyntax;
    return translated(QT_TRANSLATE_NOOP("waymark-cli", "Usage: %1")).arg(usageLine) +
           qtHelp.mid(qtHelp.indexOf(QLatin1Char('\n')));
}
