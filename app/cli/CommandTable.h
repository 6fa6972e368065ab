#pragma once

#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

class Command;

/** One row of the command table: the name typed, the one-line summary and how to make the command. */
struct CommandEntry
{
    /** As typed: "trust add", or one word for a command with no sub-commands ("match"). */
    const char *name;
    /** QT_TRANSLATE_NOOP("waymark-cli", …): shown by waymark-cli --help, the command's --help and the man page. */
    const char *summary;
    std::unique_ptr<Command> (*create)();
    /** Lays out text for a PDF, which needs fonts and so a QGuiApplication rather than a QCoreApplication. */
    bool rendersDocuments = false;

    QString commandName() const { return QString::fromLatin1(name); }
    QString translatedSummary() const;
};

/**
 * Every waymark-cli command, in the order --help lists them. Dispatch, --help and the man page all read
 * this one table, so a command cannot be runnable but undocumented, or documented but missing.
 */
namespace CommandTable
{
    const std::vector<CommandEntry> &entries();
    /** The entry called `name` ("vault create", "match"), or nullptr. */
    const CommandEntry *find(const QString &name);
    /** The first words of the names ("vault", "person", …, "extract"), each once, in table order. */
    QStringList groups();
} // namespace CommandTable
