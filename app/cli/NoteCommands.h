#pragma once

#include <QCoreApplication>

#include "Command.h"

// Notes and the suggestions read from them (docs/notes.md), as the notes page does: every suggestion is listed
// with the words it came from, and nothing reaches the case until someone accepts it.

/** waymark-cli note add --person P --text T [--json]: saves the note and lists the suggestions read from it */
class NoteAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NoteCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli note suggestions --note N [--json]: the suggestions read from a saved note, numbered */
class NoteSuggestionsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NoteCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/**
 * waymark-cli note accept|reject --note N --suggestion K [--value V]: the decision on one suggestion, written to
 * the case (accept) and audited, as the notes page's Accept and Reject buttons do.
 */
class NoteDecideCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NoteCommands)

public:
    explicit NoteDecideCommand(bool accept)
        : m_accept(accept)
    {}
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;

private:
    bool m_accept;
};

class NoteAcceptCommand : public NoteDecideCommand
{
public:
    NoteAcceptCommand()
        : NoteDecideCommand(true)
    {}
};

class NoteRejectCommand : public NoteDecideCommand
{
public:
    NoteRejectCommand()
        : NoteDecideCommand(false)
    {}
};
