#include "NoteCommands.h"

#include "model/matching/TaxonomyVersion.h"
#include "model/notes/NoteExtractor.h"
#include "model/notes/SuggestionApplier.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    /**
     * One saved note and what the extractor reads from it, with the applier the decisions go through. The
     * suggestions are numbered in the order the extractor gives them, which the same note and taxonomy always
     * repeat, so a number listed by one command names the same suggestion in the next.
     */
    struct NoteReading
    {
        // First, so that it is destroyed last: the history and applier below hold its vault.
        OpenedVault opened;
        Record note;
        QVector<ExtractedSuggestion> suggestions;
        std::unique_ptr<SuggestionHistory> history;
        std::unique_ptr<SuggestionApplier> applier;

        Status read(const Record &saved)
        {
            note = saved;
            auto extractor = opened.services->noteExtractor();
            if (!extractor)
                return extractor.error();
            history = std::make_unique<SuggestionHistory>(opened.vault->database(), opened.vault->audit());
            applier = std::make_unique<SuggestionApplier>(opened.vault->records(), opened.vault->audit());
            applier->setHistory(history.get());
            applier->setVersions(TaxonomyVersion::of(extractor.value()->taxonomy()));
            suggestions = extractor.value()->extract(note.value(QStringLiteral("text")));
            // What is listed is what the coach was shown: audited by kind and count, as on the notes page.
            return applier->shown(note.personId, suggestions);
        }

        QJsonArray toJson() const
        {
            QJsonArray list;
            for (qsizetype i = 0; i < suggestions.size(); ++i) {
                const ExtractedSuggestion &s = suggestions.at(i);
                list.append(QJsonObject{
                    {QStringLiteral("number"), int(i + 1)},
                    {QStringLiteral("kind"), ExtractedSuggestion::kindName(s.kind)},
                    {QStringLiteral("value"), SuggestionApplier::defaultValue(s)},
                    {QStringLiteral("words"), note.value(QStringLiteral("text")).mid(s.start, s.length)},
                    {QStringLiteral("sentence"), s.sentence},
                    {QStringLiteral("goes_to_case"), SuggestionApplier::hasCaseTarget(s)},
                });
            }
            return list;
        }

        QStringList lines() const
        {
            QStringList out;
            for (qsizetype i = 0; i < suggestions.size(); ++i) {
                const ExtractedSuggestion &s = suggestions.at(i);
                const QString where = SuggestionApplier::hasCaseTarget(s) ? SuggestionApplier::targetDescription(s.kind)
                                                                          : NoteAddCommand::tr("only for a form");
                out.append(QStringLiteral("%1\t%2\t%3\t“%4”\t%5")
                               .arg(i + 1)
                               .arg(SuggestionApplier::kindLabel(s.kind),
                                    SuggestionApplier::displayValue(s),
                                    note.value(QStringLiteral("text")).mid(s.start, s.length),
                                    where));
            }
            return out;
        }
    };

    QCommandLineOption noteOption()
    {
        return CliOptions::option("note",
                                  QT_TRANSLATE_NOOP("waymark-cli", "The note's id, as note add printed it."),
                                  QT_TRANSLATE_NOOP("waymark-cli", "id"));
    }

    /** Opens the vault and reads the note named by --note; fails (printing why) for a record that is not a note. */
    int openNote(CliContext &cli, NoteReading &reading)
    {
        auto opened = cli.openServices();
        if (!opened)
            return cli.fail(opened.error());
        reading.opened = std::move(opened).value();
        auto note = reading.opened.vault->records().get(cli.value(QStringLiteral("note")));
        if (!note)
            return cli.fail(note.error());
        if (note->kind != Kinds::Note)
            return cli.fail(NoteAddCommand::tr("That record is not a note."));
        if (auto status = reading.read(note.value()); !status)
            return cli.fail(status.error());
        return CliContext::ExitOk;
    }

    void print(CliContext &cli, const NoteReading &reading, const QString &noteId = {})
    {
        if (cli.json()) {
            QJsonObject out{{QStringLiteral("suggestions"), reading.toJson()}};
            if (!noteId.isEmpty())
                out.insert(QStringLiteral("id"), noteId);
            cli.outJson(out);
            return;
        }
        if (!noteId.isEmpty())
            cli.out(noteId);
        const QStringList lines = reading.lines();
        if (!lines.isEmpty())
            cli.out(lines.join(QLatin1Char('\n')));
    }
} // namespace

void NoteAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::person(),
                    CliOptions::option("text",
                                       QT_TRANSLATE_NOOP("waymark-cli", "What the note says."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "text")),
                    CliOptions::json()};
}

int NoteAddCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"person", "text"}, &exitCode))
        return exitCode;
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    NoteReading reading;
    reading.opened = std::move(opened).value();
    RecordStore &records = reading.opened.vault->records();
    auto id = records.add(cli.value(QStringLiteral("person")),
                          Kinds::Note,
                          {{QStringLiteral("text"), cli.value(QStringLiteral("text"))}});
    if (!id)
        return cli.failFields(id.error(), Kinds::Note);
    auto note = records.get(id.value());
    if (!note)
        return cli.fail(note.error());
    if (auto status = reading.read(note.value()); !status)
        return cli.fail(status.error());
    print(cli, reading, id.value());
    return CliContext::ExitOk;
}

void NoteSuggestionsCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), noteOption(), CliOptions::json()};
}

int NoteSuggestionsCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"note"}, &exitCode))
        return exitCode;
    NoteReading reading;
    if (const int failed = openNote(cli, reading); failed != CliContext::ExitOk)
        return failed;
    print(cli, reading);
    return CliContext::ExitOk;
}

void NoteDecideCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    noteOption(),
                    CliOptions::option("suggestion",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The suggestion's number, as listed."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "n"))};
    if (m_accept) {
        spec.options.append(CliOptions::option(
            "value",
            QT_TRANSLATE_NOOP("waymark-cli", "The value to keep instead of the one suggested (an edit)."),
            QT_TRANSLATE_NOOP("waymark-cli", "text")));
    }
}

int NoteDecideCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"note", "suggestion"}, &exitCode))
        return exitCode;
    bool isNumber = false;
    const int number = cli.value(QStringLiteral("suggestion")).toInt(&isNumber);
    if (!isNumber || number < 1)
        return cli.usage(tr("--suggestion must be a suggestion's number, as note suggestions lists it."));
    NoteReading reading;
    if (const int failed = openNote(cli, reading); failed != CliContext::ExitOk)
        return failed;
    if (number > reading.suggestions.size()) {
        return cli.fail(
            tr("This note has %n suggestion(s), so there is no number %1.", nullptr, int(reading.suggestions.size()))
                .arg(number));
    }
    const ExtractedSuggestion &suggestion = reading.suggestions.at(number - 1);
    if (!m_accept) {
        if (auto status = reading.applier->reject(reading.note.personId, suggestion); !status)
            return cli.fail(status.error());
        cli.out(tr("Rejected: nothing was added to the case."));
        return CliContext::ExitOk;
    }
    if (!SuggestionApplier::hasCaseTarget(suggestion))
        return cli.fail(tr("This suggestion has no place in the case; it can only be used in a form."));
    auto outcome = reading.applier->accept(reading.note.personId, suggestion, cli.value(QStringLiteral("value")));
    if (!outcome)
        return cli.fail(outcome.error());
    cli.out(outcome->message);
    return CliContext::ExitOk;
}
