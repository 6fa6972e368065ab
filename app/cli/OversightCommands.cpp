#include "OversightCommands.h"

#include "model/core/Settings.h"
#include "model/forms/FormCatalogue.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/Taxonomy.h"
#include "model/notes/NoteExtractor.h"
#include "model/notes/SuggestionReport.h"
#include "model/session/FairnessCheck.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/PersonLeaflet.h"
#include "model/session/TransparencyRecord.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

void TransparencyCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("leaflet",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "Print the leaflet for the person instead: what Waymark does, that a "
                                             "person decides, and how to ask for a decision to be looked at again.")),
        CliOptions::option("html", QT_TRANSLATE_NOOP("waymark-cli", "With --leaflet: as a printable HTML page.")),
        CliOptions::option("language",
                           QT_TRANSLATE_NOOP("waymark-cli", "With --leaflet: en (default) or cy."),
                           QT_TRANSLATE_NOOP("waymark-cli", "language")),
        CliOptions::json()};
}

int TransparencyCommand::run(CliContext &cli)
{
    if (cli.isSet(QStringLiteral("leaflet")))
        return printLeaflet(cli);
    if (cli.isSet(QStringLiteral("html")) || cli.isSet(QStringLiteral("language")))
        return cli.usage(tr("--html and --language go with --leaflet."));
    // Without a vault the record states the build's facts alone; with one, also the taxonomy it uses.
    std::optional<Taxonomy> taxonomy;
    if (cli.isSet(QStringLiteral("vault"))) {
        auto read = cli.taxonomy();
        if (!read)
            return cli.fail(read.error());
        taxonomy = std::move(read.value());
    }
    const TransparencyFacts facts = TransparencyFacts::current(
        taxonomy ? &*taxonomy : nullptr, taxonomy && taxonomy->source() != QLatin1String("builtin"));
    const TransparencyRecord record = TransparencyRecord::build(facts);
    if (cli.json())
        cli.outJson(record.toJson());
    else
        cli.out(record.toText());
    return CliContext::ExitOk;
}

int TransparencyCommand::printLeaflet(CliContext &cli)
{
    const QString language =
        cli.isSet(QStringLiteral("language")) ? cli.value(QStringLiteral("language")) : QStringLiteral("en");
    if (!PersonLeaflet::isLanguage(language))
        return cli.usage(tr("--language must be en or cy."));
    if (cli.isSet(QStringLiteral("html")) && cli.json())
        return cli.usage(tr("Choose --html or --json, not both."));
    const PersonLeaflet leaflet = PersonLeaflet::build(language);
    if (cli.json()) {
        QJsonArray sections;
        for (const PersonLeaflet::Section &section : leaflet.sections())
            sections.append(
                QJsonObject{{QStringLiteral("heading"), section.heading},
                            {QStringLiteral("paragraphs"), QJsonArray::fromStringList(section.paragraphs)}});
        cli.outJson(QJsonObject{{QStringLiteral("language"), leaflet.language()},
                                {QStringLiteral("title"), leaflet.title()},
                                {QStringLiteral("sections"), sections}});
    } else if (cli.isSet(QStringLiteral("html"))) {
        cli.out(leaflet.toHtml());
    } else {
        cli.out(leaflet.toText());
    }
    return CliContext::ExitOk;
}

void SuggestionReportCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("from",
                           QT_TRANSLATE_NOOP("waymark-cli", "The first day of the period (YYYY-MM-DD, UTC)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "date")),
        CliOptions::option("to",
                           QT_TRANSLATE_NOOP("waymark-cli", "The last day of the period (YYYY-MM-DD, UTC)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "date")),
        CliOptions::option("csv",
                           QT_TRANSLATE_NOOP("waymark-cli", "Also write the table to this CSV file."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::json()};
}

int SuggestionReportCommand::run(CliContext &cli)
{
    if (int code = cli.requireVault(); code != CliContext::ExitOk)
        return code;
    SuggestionReport::Options options;
    for (const char *name : {"from", "to"}) {
        const QString option = QString::fromLatin1(name);
        if (!cli.isSet(option))
            continue;
        const QDate date = QDate::fromString(cli.value(option), Qt::ISODate);
        if (!date.isValid())
            return cli.usage(tr("--%1 should be a date written as YYYY-MM-DD, such as 2026-12-01.").arg(option));
        (option == QLatin1String("from") ? options.from : options.to) = date;
    }
    if (options.from.isValid() && options.to.isValid() && options.to < options.from)
        return cli.usage(tr("The period ends before it starts: --to should be on or after --from."));
    const Settings settings;
    options.acceptWarningPercent = settings.value(Settings::Key::SuggestionAcceptWarningPercent).toInt();
    options.fastAcceptWarningPercent = settings.value(Settings::Key::SuggestionFastAcceptWarningPercent).toInt();

    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto report = SuggestionReport::build(vault.value()->audit(), options);
    if (!report)
        return cli.fail(report.error());
    if (const QString csv = cli.value(QStringLiteral("csv")); !csv.isEmpty()) {
        if (Status written = report->writeCsv(csv); !written)
            return cli.fail(written.error());
    }
    if (cli.json())
        cli.outJson(report->toJson());
    else
        cli.out(report->toText());
    return CliContext::ExitOk;
}

void FairnessCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option(
            "people",
            QT_TRANSLATE_NOOP("waymark-cli", "How many people to check, spread over the caseload (default: everyone)."),
            QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::option(
            "vacancies",
            QT_TRANSLATE_NOOP("waymark-cli", "How many vacancies to check from the vacancy side (default: 10)."),
            QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::option(
            "no-adjustments",
            QT_TRANSLATE_NOOP("waymark-cli", "Match without the adjustments people agreed to share, as a coach can.")),
        CliOptions::json()};
}

int FairnessCommand::run(CliContext &cli)
{
    FairnessCheck::Options options;
    for (const char *name : {"people", "vacancies"}) {
        const QString option = QString::fromLatin1(name);
        if (!cli.isSet(option))
            continue;
        bool ok = false;
        const int n = cli.value(option).toInt(&ok);
        if (!ok || n < 1 || n > 1000000)
            return cli.usage(tr("--%1 should be a whole number from 1 to 1000000.").arg(option));
        (option == QLatin1String("people") ? options.people : options.vacancies) = n;
    }
    options.useAdjustments = !cli.isSet(QStringLiteral("no-adjustments"));

    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    Vault &vault = *opened->vault;
    auto context = opened->services->matchingContexts().context();
    if (!context)
        return cli.fail(context.error());
    auto extractor = opened->services->noteExtractor();
    if (!extractor)
        return cli.fail(extractor.error());
    auto catalogue = opened->services->formCatalogue();
    if (!catalogue)
        return cli.fail(catalogue.error());

    // The digest is taken once everything the check needs is read, and again after: nothing may have changed.
    auto before = FairnessCheck::vaultDigest(vault.database());
    if (!before)
        return cli.fail(before.error());
    auto caseload = FairnessCheck::copyCaseload(vault.records());
    if (!caseload)
        return cli.fail(caseload.error());
    auto tools = std::make_shared<const FairnessTools>(context.value(),
                                                       extractor.value(),
                                                       catalogue.value(),
                                                       vault.database(),
                                                       vault.ownerName(),
                                                       QDate::currentDate());
    const FairnessCheck check(tools, std::move(caseload).value(), options);
    auto report = check.run();
    if (!report)
        return cli.fail(report.error());
    auto after = FairnessCheck::vaultDigest(vault.database());
    if (!after)
        return cli.fail(after.error());
    report->vaultUnchanged = before.value() == after.value();
    if (Status audited = FairnessCheck::audit(vault.audit(), report.value()); !audited)
        return cli.fail(audited.error());

    if (cli.json())
        cli.outJson(report->toJson());
    else
        cli.out(report->toText());
    if (!*report->vaultUnchanged)
        return cli.fail(Error{ErrorCode::Internal, tr("The vault changed while the fairness check ran.")});
    // A difference in matching is a failure a script must see; note and prefill differences are for people to read.
    if (const int differences = report->matchingDifferences(); differences > 0)
        return cli.fail(tr("Matching differed in %n case(s) where it must not: see the report.", nullptr, differences));
    return CliContext::ExitOk;
}
