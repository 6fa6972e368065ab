#include "model/caseload/PersonReport.h"
#include "model/core/Validators.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"

void PersonListCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("status",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Only open or closed cases."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "status")),
                    CliOptions::json()};
}

int PersonListCommand::run(CliContext &cli)
{
    const QString status = cli.value(QStringLiteral("status"));
    if (cli.isSet(QStringLiteral("status")) && status != QLatin1String("open") && status != QLatin1String("closed"))
        return cli.usage(tr("--status must be open or closed."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto people = vault.value()->records().caseload();
    if (!people)
        return cli.fail(people.error());

    // Alphabetical, as a caseload is read; the store returns people in id order.
    std::sort(people->begin(), people->end(), [](const PersonSummary &a, const PersonSummary &b) {
        const int family = QString::localeAwareCompare(a.familyName, b.familyName);
        return family != 0 ? family < 0 : QString::localeAwareCompare(a.givenName, b.givenName) < 0;
    });
    QJsonArray rows;
    QStringList lines;
    for (const PersonSummary &p : people.value()) {
        if (!status.isEmpty() && p.status != status)
            continue;
        if (cli.json()) {
            rows.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("given_name"), p.givenName},
                                    {QStringLiteral("family_name"), p.familyName},
                                    {QStringLiteral("preferred_name"), p.preferredName},
                                    {QStringLiteral("ni_number"), p.niNumber},
                                    {QStringLiteral("postcode"), p.postcode},
                                    {QStringLiteral("status"), p.status},
                                    {QStringLiteral("preferred_language"), p.preferredLanguage},
                                    {QStringLiteral("next_appointment"), p.nextAppointment},
                                    {QStringLiteral("last_note"), p.lastNote}});
        } else {
            lines.append(p.id + QLatin1Char('\t') + p.displayName() + QLatin1Char('\t') +
                         Validators::formatNiNumber(p.niNumber) + QLatin1Char('\t') + p.postcode + QLatin1Char('\t') +
                         p.status + QLatin1Char('\t') + p.nextAppointment);
        }
    }
    if (cli.json())
        cli.outJson(rows);
    else if (!lines.isEmpty())
        cli.out(lines.join(QLatin1Char('\n')));
    return CliContext::ExitOk;
}

void PersonShowCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::person(), CliOptions::json()};
}

int PersonShowCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    const QString id = cli.value(QStringLiteral("person"));
    auto report = PersonReport::build(*vault.value(), id);
    if (!report)
        return cli.fail(report.error());
    // The output includes the health sections, so both kinds of view are audited before anything is shown.
    RecordStore &records = vault.value()->records();
    if (auto status = records.recordView(id); !status)
        return cli.fail(status.error());
    if (auto status = records.recordView(id, true); !status)
        return cli.fail(status.error());
    if (cli.json())
        cli.out(QString::fromUtf8(report->toJson()));
    else
        cli.out(report->toText());
    return CliContext::ExitOk;
}

void PersonAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option(
            "given", QT_TRANSLATE_NOOP("waymark-cli", "Given name."), QT_TRANSLATE_NOOP("waymark-cli", "name")),
        CliOptions::option(
            "family", QT_TRANSLATE_NOOP("waymark-cli", "Family name."), QT_TRANSLATE_NOOP("waymark-cli", "name")),
        CliOptions::fieldAssignment(),
        CliOptions::json()};
}

int PersonAddCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("given"), &exitCode) || !cli.require(QStringLiteral("family"), &exitCode))
        return exitCode;
    FieldMap fields{{QStringLiteral("given_name"), cli.value(QStringLiteral("given"))},
                    {QStringLiteral("family_name"), cli.value(QStringLiteral("family"))}};
    if (!cli.fieldAssignments(&fields, &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto id = vault.value()->records().createPerson(fields);
    if (!id)
        return cli.failFields(id.error(), Kinds::Person);
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("id"), id.value()}});
    else
        cli.out(id.value());
    return CliContext::ExitOk;
}

void PersonEraseCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::person(),
                    CliOptions::option("yes", QT_TRANSLATE_NOOP("waymark-cli", "Confirm the erasure.")),
                    CliOptions::json()};
}

int PersonEraseCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode))
        return exitCode;
    if (!cli.isSet(QStringLiteral("yes")))
        return cli.usage(
            tr("Erasing removes everything about this person and cannot be undone. Add --yes to go ahead."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    if (auto status = vault.value()->records().erasePerson(cli.value(QStringLiteral("person"))); !status)
        return cli.fail(status.error());
    if (!cli.json())
        cli.out(tr("Erased."));
    return CliContext::ExitOk;
}

void PersonExportCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::person(),
                    CliOptions::out(),
                    CliOptions::option("format",
                                       QT_TRANSLATE_NOOP("waymark-cli", "html (default) or json."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "format")),
                    CliOptions::json()};
}

int PersonExportCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode) || !cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    PersonReport::Format format = PersonReport::Format::Html;
    if (cli.isSet(QStringLiteral("format")) &&
        !PersonReport::formatFromName(cli.value(QStringLiteral("format")), &format))
        return cli.usage(tr("--format must be html or json."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    const QString out = cli.value(QStringLiteral("out"));
    if (auto status = PersonReport::exportToFile(*vault.value(), cli.value(QStringLiteral("person")), out, format);
        !status)
        return cli.fail(status.error());
    if (!cli.json())
        cli.out(tr("Exported to %1.").arg(out));
    return CliContext::ExitOk;
}

void PersonSuggestionsCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::person(), CliOptions::json()};
}

int PersonSuggestionsCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    const QString id = cli.value(QStringLiteral("person"));
    // The same section the right-of-access copy holds, read the same way.
    auto report = PersonReport::build(*vault.value(), id);
    if (!report)
        return cli.fail(report.error());
    // Sentences from notes and the person's own words: a look at their record, audited before it is shown.
    if (auto status = vault.value()->records().recordView(id); !status)
        return cli.fail(status.error());
    if (cli.json()) {
        const QJsonObject whole = QJsonDocument::fromJson(report->toJson()).object();
        cli.outJson(whole.value(QStringLiteral("suggestions")).toArray());
        return CliContext::ExitOk;
    }
    QStringList lines;
    for (const SuggestionEntry &entry : report->suggestions()) {
        lines.append(entry.id + QLatin1Char('\t') + PersonReport::localTime(entry.shownAt) + QLatin1Char('\t') +
                     SuggestionHistory::toolLabel(entry.shown.tool) + QLatin1Char('\t') + entry.shown.label +
                     QLatin1Char('\t') + SuggestionHistory::decisionLabel(entry.decision) + QLatin1Char('\t') +
                     tr("%n disagreement(s)", nullptr, int(entry.disagreements.size())));
    }
    if (!lines.isEmpty())
        cli.out(lines.join(QLatin1Char('\n')));
    return CliContext::ExitOk;
}

void PersonDisagreeCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::person(),
        CliOptions::option("suggestion",
                           QT_TRANSLATE_NOOP("waymark-cli", "The suggestion's id, as person suggestions lists it."),
                           QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option(
            "about",
            QT_TRANSLATE_NOOP("waymark-cli", "What they disagreed with: suggestion (default) or decision."),
            QT_TRANSLATE_NOOP("waymark-cli", "what")),
        CliOptions::option("reason",
                           QT_TRANSLATE_NOOP("waymark-cli", "What the person said, in a few words."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::json()};
}

int PersonDisagreeCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode) || !cli.require(QStringLiteral("suggestion"), &exitCode) ||
        !cli.require(QStringLiteral("reason"), &exitCode))
        return exitCode;
    const QString about = cli.isSet(QStringLiteral("about")) ? cli.value(QStringLiteral("about"))
                                                             : QString(SuggestionHistory::AboutSuggestion);
    if (about != SuggestionHistory::AboutSuggestion && about != SuggestionHistory::AboutDecision)
        return cli.usage(tr("--about must be suggestion or decision."));
    if (cli.value(QStringLiteral("reason")).trimmed().isEmpty())
        return cli.usage(tr("--reason needs what the person said, in a few words."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    SuggestionHistory history(vault.value()->database(), vault.value()->audit());
    auto id = history.recordDisagreement(cli.value(QStringLiteral("person")),
                                         cli.value(QStringLiteral("suggestion")),
                                         about,
                                         cli.value(QStringLiteral("reason")));
    if (!id)
        return cli.fail(id.error());
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("id"), id.value()}});
    else
        cli.out(tr("Recorded that they disagreed."));
    return CliContext::ExitOk;
}
