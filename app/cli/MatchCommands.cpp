#include "MatchCommands.h"

#include "model/matching/EscoImport.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/ProfileCsv.h"
#include "model/matching/SkillGap.h"
#include "model/matching/TaxonomyVersion.h"
#include "model/matching/VacancyCsv.h"
#include "model/session/MatchDecision.h"
#include "model/session/MatchingContextLoader.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "model/vault/Vault.h"
#include "model/vault/VaultSetting.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    /** Results for one person, or people for one vacancy, when --top is not given. */
    constexpr int DefaultTop = 10;
    constexpr int MaxTop = 1000;
    constexpr int CoursesShown = 3;

    Result<int> topOption(const CliContext &cli)
    {
        if (!cli.isSet(QStringLiteral("top")))
            return DefaultTop;
        bool ok = false;
        const int top = cli.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 1 || top > MaxTop)
            return Error{ErrorCode::Invalid,
                         MatchCommand::tr("--top must be a whole number from 1 to %1.").arg(MaxTop)};
        return top;
    }

    /** The vault, its matching context and the profile of the person --person names, opened for matching. */
    struct PersonMatching
    {
        OpenedVault opened;
        std::shared_ptr<const MatchingContext> context;
        MatchProfile profile;
    };

    Result<PersonMatching> openPersonMatching(CliContext &cli)
    {
        auto opened = cli.openServices();
        if (!opened)
            return opened.error();
        auto context = opened->services->matchingContexts().context();
        if (!context)
            return context.error();
        auto profile = opened->services->matchProfile(cli.value(QStringLiteral("person")));
        if (!profile)
            return profile.error();
        return PersonMatching{std::move(opened.value()), context.value(), std::move(profile.value())};
    }

    QJsonValue optionalNumber(float value)
    {
        return std::isnan(value) ? QJsonValue() : QJsonValue(double(value));
    }

    /** The courses that close most of a gap, best first. */
    QJsonArray coursesJson(const SkillGap &gap)
    {
        QJsonArray courses;
        for (int i = 0; i < gap.courses.size() && i < CoursesShown; ++i) {
            courses.append(QJsonObject{{QStringLiteral("title"), gap.courses.at(i).course.title},
                                       {QStringLiteral("provider"), gap.courses.at(i).course.providerType},
                                       {QStringLiteral("length"), gap.courses.at(i).course.length},
                                       {QStringLiteral("closes"), int(gap.courses.at(i).closes.size())}});
        }
        return courses;
    }

    /** Stable keys for scripts, whatever the interface language. */
    QString skillSourceKey(SkillSource source)
    {
        switch (source) {
        case SkillSource::Listed:
            return QStringLiteral("listed");
        case SkillSource::Stated:
            return QStringLiteral("stated");
        case SkillSource::Implied:
            return QStringLiteral("implied");
        }
        return QStringLiteral("listed");
    }

    QJsonObject explanationJson(const MatchingContext &context, const MatchResult &r)
    {
        QJsonArray components;
        for (const ScoreComponent &c : r.components) {
            components.append(QJsonObject{{QStringLiteral("name"), c.key},
                                          {QStringLiteral("value"), c.value},
                                          {QStringLiteral("weight"), c.weight},
                                          {QStringLiteral("share"), r.share(c.key)}});
        }
        const QJsonArray courses = coursesJson(SkillGap::forMissing(context.taxonomy(), r.missingTermKeys));
        // What the skills and occupation parts rest on, as the window's explanation shows it (issue 12 §5).
        QJsonArray skillEvidence;
        for (const SkillEvidence &e : r.skillEvidence) {
            skillEvidence.append(QJsonObject{
                {QStringLiteral("skill"), e.label},
                {QStringLiteral("term_key"), e.termKey},
                {QStringLiteral("source"), skillSourceKey(e.source)},
                {QStringLiteral("essential"), e.essential},
                {QStringLiteral("related_to"), e.relatedTo.isEmpty() ? QJsonValue() : QJsonValue(e.relatedTo)},
                {QStringLiteral("credit"), e.credit}});
        }
        return QJsonObject{{QStringLiteral("score"), r.score},
                           {QStringLiteral("evidence"), QJsonArray::fromStringList(r.evidence)},
                           {QStringLiteral("occupation_evidence"),
                            r.occupationEvidence.isEmpty() ? QJsonValue() : QJsonValue(r.occupationEvidence)},
                           {QStringLiteral("skill_evidence"), skillEvidence},
                           {QStringLiteral("distance_km"), r.distanceKm ? QJsonValue(*r.distanceKm) : QJsonValue()},
                           {QStringLiteral("matched_skills"), QJsonArray::fromStringList(r.matchedSkills)},
                           {QStringLiteral("missing_skills"), QJsonArray::fromStringList(r.missingSkills)},
                           {QStringLiteral("components"), components},
                           {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)},
                           {QStringLiteral("courses"), courses}};
    }

    QString componentLine(const MatchResult &r)
    {
        QStringList parts;
        for (const ScoreComponent &c : r.components)
            parts.append(QStringLiteral("%1 %2%").arg(Matcher::componentName(c.key)).arg(qRound(100 * r.share(c.key))));
        return parts.join(QLatin1String(", "));
    }

    qint64 peakRssKb()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return usage.ru_maxrss; // kilobytes on Linux
    }

    double percentile(std::vector<double> values, double p)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        const size_t at = std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5));
        return values[at];
    }
} // namespace

void MatchCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("person",
                           QT_TRANSLATE_NOOP("waymark-cli", "Rank vacancies for this person."),
                           QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option("vacancy",
                           QT_TRANSLATE_NOOP("waymark-cli", "Rank the people on this caseload for this vacancy."),
                           QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option("profiles",
                           QT_TRANSLATE_NOOP("waymark-cli", "Rank vacancies for every profile in a profiles CSV file."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::option(
            "top",
            QT_TRANSLATE_NOOP("waymark-cli", "How many results for each person or profile (default 10)."),
            QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::option("out",
                           QT_TRANSLATE_NOOP("waymark-cli", "With --profiles: the results CSV file to write."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::option(
            "stats", QT_TRANSLATE_NOOP("waymark-cli", "With --profiles: print timing and memory figures on stderr.")),
        CliOptions::json()};
}

int MatchCommand::run(CliContext &cli)
{
    const int modes = int(cli.isSet(QStringLiteral("person"))) + int(cli.isSet(QStringLiteral("vacancy"))) +
                      int(cli.isSet(QStringLiteral("profiles")));
    if (modes != 1)
        return cli.usage(tr("Say what to match with one of --person ID, --vacancy ID or --profiles FILE.csv."));
    if (cli.isSet(QStringLiteral("person")))
        return person(cli);
    if (cli.isSet(QStringLiteral("vacancy")))
        return vacancy(cli);
    return batch(cli);
}

int MatchCommand::person(CliContext &cli)
{
    const auto top = topOption(cli);
    if (!top)
        return cli.usage(top.error().message);
    auto matching = openPersonMatching(cli);
    if (!matching)
        return cli.fail(matching.error());
    const QString personId = cli.value(QStringLiteral("person"));
    const MatchingContext &context = *matching->context;
    const MatchProfile &profile = matching->profile;
    MatchOptions options;
    options.top = top.value();
    const QVector<MatchResult> results = context.matcher().rank(profile, options);
    const VacancyIndex &index = context.index();
    const QString empty = index.size() == 0
                              ? tr("No open vacancies in this vault yet: import a vacancy bundle first.")
                              : (results.isEmpty() ? tr("No open vacancy fits this person's limits.") : QString());

    if (cli.json()) {
        QJsonArray array;
        for (int i = 0; i < results.size(); ++i) {
            const VacancyIndex::Entry &e = index.entry(results.at(i).vacancy);
            QJsonObject o = explanationJson(context, results.at(i));
            o.insert(QStringLiteral("rank"), i + 1);
            o.insert(QStringLiteral("vacancy_id"), e.id);
            o.insert(QStringLiteral("title"), e.title);
            o.insert(QStringLiteral("employer"), e.employer);
            o.insert(QStringLiteral("hours"), optionalNumber(e.hours));
            o.insert(QStringLiteral("contract_type"), VacancyCsv::contractTypeName(e.contract));
            array.append(o);
        }
        QJsonArray goals;
        for (const QString &occupationId : profile.goalOccupations) {
            const SkillGap gap = SkillGap::forOccupation(context.taxonomy(), profile, occupationId);
            QStringList essential;
            QStringList optional;
            for (const QString &id : gap.missingEssential)
                essential.append(context.taxonomy().labelOf(id));
            for (const QString &id : gap.missingOptional)
                optional.append(context.taxonomy().labelOf(id));
            goals.append(
                QJsonObject{{QStringLiteral("occupation"), context.taxonomy().occupation(occupationId)->preferredLabel},
                            {QStringLiteral("missing_essential"), QJsonArray::fromStringList(essential)},
                            {QStringLiteral("missing_optional"), QJsonArray::fromStringList(optional)},
                            {QStringLiteral("courses"), coursesJson(gap)}});
        }
        QJsonObject root{{QStringLiteral("person"), personId},
                         {QStringLiteral("goal_gaps"), goals},
                         {QStringLiteral("taxonomy"), context.taxonomy().source()},
                         {QStringLiteral("open_vacancies"), index.size()},
                         {QStringLiteral("results"), array}};
        if (!empty.isEmpty())
            root.insert(QStringLiteral("message"), empty);
        cli.outJson(root);
        return CliContext::ExitOk;
    }
    if (!empty.isEmpty()) {
        cli.out(empty);
        return CliContext::ExitOk;
    }
    for (int i = 0; i < results.size(); ++i) {
        const MatchResult &r = results.at(i);
        const VacancyIndex::Entry &e = index.entry(r.vacancy);
        cli.out(tr("%1. %2 — %3, %4 (%5)").arg(i + 1).arg(e.title, e.employer, e.id).arg(r.score, 0, 'f', 3));
        cli.out(tr("   why: %1").arg(componentLine(r)));
        cli.out(
            tr("   has: %1")
                .arg(r.matchedSkills.isEmpty() ? tr("no listed skills") : r.matchedSkills.join(QLatin1String(", "))));
        if (!r.missingSkills.isEmpty())
            cli.out(tr("   missing: %1").arg(r.missingSkills.join(QLatin1String(", "))));
        cli.out(QLatin1String("   ") + r.notes.join(QLatin1Char(' ')));
    }
    return CliContext::ExitOk;
}

void MatchShortlistCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::person(),
        CliOptions::option("vacancy",
                           QT_TRANSLATE_NOOP("waymark-cli", "The vacancy's id, as match lists it."),
                           QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option("discussed",
                           QT_TRANSLATE_NOOP("waymark-cli", "Record that it was discussed with the person instead.")),
        CliOptions::json()};
}

int MatchShortlistCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"person", "vacancy"}, &exitCode))
        return exitCode;
    auto matching = openPersonMatching(cli);
    if (!matching)
        return cli.fail(matching.error());
    const QString personId = cli.value(QStringLiteral("person"));
    const OpenedVault &opened = matching->opened;
    const MatchingContext &context = *matching->context;
    const MatchProfile &profile = matching->profile;
    const VacancyIndex &index = context.index();
    const int row = index.indexOf(cli.value(QStringLiteral("vacancy")));
    if (row < 0)
        return cli.fail(tr("No open vacancy has the id %1.").arg(cli.value(QStringLiteral("vacancy"))));
    // Scored as the list scores it, so the history keeps the score and reasons the coach was shown.
    const auto result = context.matcher().explain(profile, row);
    if (!result)
        return cli.fail(tr("This vacancy is outside the person's limits (distance, hours or contract), so it is not "
                           "one of their matches."));
    const VacancyIndex::Entry &entry = index.entry(row);
    const QStringList explanation = {componentLine(*result), result->notes.join(QLatin1Char(' '))};
    const SuggestionShown shown =
        MatchDecision::shown(entry, *result, explanation, TaxonomyVersion::of(context.taxonomy()));
    const auto kind =
        cli.isSet(QStringLiteral("discussed")) ? MatchDecision::Kind::Discussed : MatchDecision::Kind::Shortlisted;
    SuggestionHistory history(opened.vault->database(), opened.vault->audit());
    auto action = MatchDecision::record(opened.vault->records(),
                                        &history,
                                        personId,
                                        entry,
                                        shown,
                                        kind,
                                        VaultSettings::personNoun(opened.vault->setting()));
    if (!action)
        return cli.failFields(action.error(), Kinds::ActionItem);
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("id"), action.value()}});
    else
        cli.out(MatchDecision::recorded(entry, kind));
    return CliContext::ExitOk;
}

int MatchCommand::vacancy(CliContext &cli)
{
    const auto top = topOption(cli);
    if (!top)
        return cli.usage(top.error().message);
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    Vault *vault = opened->vault.get();
    auto context = opened->services->matchingContexts().context();
    if (!context)
        return cli.fail(context.error());
    const QString vacancyId = cli.value(QStringLiteral("vacancy"));
    const int index = context.value()->index().indexOf(vacancyId);
    if (index < 0)
        return cli.fail(Error{ErrorCode::NotFound, tr("There is no open vacancy with the id %1.").arg(vacancyId)});
    auto caseload = vault->records().caseload();
    if (!caseload)
        return cli.fail(caseload.error());
    QVector<QPair<QString, MatchProfile>> profiles;
    for (const PersonSummary &person : caseload.value()) {
        if (person.status != QLatin1String("open"))
            continue;
        auto profile = opened->services->matchProfile(person.id, context.value()->normaliser());
        if (!profile)
            return cli.fail(profile.error());
        profiles.append({person.id, std::move(profile).value()});
    }
    const QVector<PersonMatch> people = context.value()->reverse(index, profiles, top.value());
    if (cli.json()) {
        QJsonArray array;
        for (int i = 0; i < people.size(); ++i) {
            QJsonObject o = explanationJson(*context.value(), people.at(i).result);
            o.insert(QStringLiteral("rank"), i + 1);
            o.insert(QStringLiteral("person"), people.at(i).personId);
            array.append(o);
        }
        cli.outJson(QJsonObject{{QStringLiteral("vacancy_id"), vacancyId}, {QStringLiteral("results"), array}});
        return CliContext::ExitOk;
    }
    if (people.isEmpty())
        cli.out(tr("Nobody on this caseload fits this vacancy's limits."));
    for (int i = 0; i < people.size(); ++i) {
        const MatchResult &r = people.at(i).result;
        cli.out(tr("%1. %2 (%3)").arg(i + 1).arg(people.at(i).personId).arg(r.score, 0, 'f', 3));
        cli.out(tr("   why: %1").arg(componentLine(r)));
        if (!r.missingSkills.isEmpty())
            cli.out(tr("   missing: %1").arg(r.missingSkills.join(QLatin1String(", "))));
    }
    return CliContext::ExitOk;
}

int MatchCommand::batch(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    const auto top = topOption(cli);
    if (!top)
        return cli.usage(top.error().message);
    ProfileCsv reader;
    auto rows = reader.readFile(cli.value(QStringLiteral("profiles")));
    for (const RowProblem &problem : reader.problems())
        std::fprintf(
            stderr, "%s\n", qPrintable(tr("line %1, %2: %3").arg(problem.line).arg(problem.column, problem.message)));
    if (!rows)
        return cli.fail(rows.error());

    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    auto context = opened->services->matchingContexts().context();
    if (!context)
        return cli.fail(context.error());
    const qint64 indexMs = timer.elapsed();
    const MatchingContext &matching = *context.value();

    QVector<ProfileCsv::ResultRow> out;
    std::vector<double> micros;
    micros.reserve(size_t(rows->size()));
    MatchOptions options;
    options.top = top.value();
    for (const ProfileCsv::Profile &row : rows.value()) {
        timer.restart();
        MatchProfile profile;
        for (const QString &skill : row.skills)
            profile.skills.append(matching.normaliser().skill(skill));
        profile.latitude = row.latitude;
        profile.longitude = row.longitude;
        profile.maxDistanceKm = row.maxDistanceKm;
        profile.maxHours = row.maxHours;
        const QVector<MatchResult> results = matching.matcher().rank(profile, options);
        micros.push_back(double(timer.nsecsElapsed()) / 1000.0);
        for (int i = 0; i < results.size(); ++i)
            out.append({row.id, i + 1, matching.index().entry(results.at(i).vacancy).id, results.at(i).score});
    }
    if (Status s = ProfileCsv::writeResultsFile(cli.value(QStringLiteral("out")), out); !s)
        return cli.fail(s.error());
    if (cli.isSet(QStringLiteral("stats"))) {
        std::fprintf(stderr,
                     "index_ms=%lld queries=%zu median_us=%.0f p95_us=%.0f peak_rss_kb=%lld vacancies=%d\n",
                     static_cast<long long>(indexMs),
                     micros.size(),
                     percentile(micros, 0.5),
                     percentile(micros, 0.95),
                     static_cast<long long>(peakRssKb()),
                     matching.index().size());
    }
    if (matching.index().size() == 0)
        cli.out(tr("No open vacancies in this vault yet: the results file has no rows."));
    return CliContext::ExitOk;
}

void TaxonomyInfoCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
}

int TaxonomyInfoCommand::run(CliContext &cli)
{
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    // The same answer the GUI gives: an imported taxonomy that cannot be read is damage, not the built-in one.
    auto normaliser = opened->services->normaliser();
    if (!normaliser)
        return cli.fail(normaliser.error());
    const Taxonomy &taxonomy = normaliser.value()->taxonomy();
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("source"), taxonomy.source()},
                                {QStringLiteral("concepts"), int(taxonomy.concepts().size())},
                                {QStringLiteral("occupations"), int(taxonomy.occupations().size())},
                                {QStringLiteral("courses"), int(taxonomy.courses().size())}});
        return CliContext::ExitOk;
    }
    cli.out(tr("Taxonomy: %1; %L2 concepts, %L3 occupations, %L4 courses.")
                .arg(taxonomy.source())
                .arg(taxonomy.concepts().size())
                .arg(taxonomy.occupations().size())
                .arg(taxonomy.courses().size()));
    return CliContext::ExitOk;
}

void TaxonomyImportEscoCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile()};
    spec.argumentSyntax = QStringLiteral("DIR");
    spec.argumentDescription = tr("The folder of the ESCO CSV files.");
}

int TaxonomyImportEscoCommand::run(CliContext &cli)
{
    const QString directory = cli.argument();
    if (directory.isEmpty())
        return cli.usage(tr("Name the folder of the ESCO CSV files: taxonomy import-esco DIR --vault V"));
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    EscoImport::Counts counts;
    auto taxonomy = EscoImport::read(directory, {}, &counts);
    if (!taxonomy)
        return cli.fail(taxonomy.error());
    if (Status s = opened->services->replaceTaxonomy(taxonomy.value()); !s)
        return cli.fail(s.error());
    cli.out(tr("ESCO imported in %1 s: %L2 skills, %L3 occupations, %L4 relations (%L5 left out: they named "
               "concepts not in the files).")
                .arg(timer.elapsed() / 1000.0, 0, 'f', 1)
                .arg(counts.skills)
                .arg(counts.occupations)
                .arg(counts.relations)
                .arg(counts.skippedRelations));
    return CliContext::ExitOk;
}

void TaxonomyResetCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile()};
}

int TaxonomyResetCommand::run(CliContext &cli)
{
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    if (Status s = opened->services->useBuiltInTaxonomy(); !s)
        return cli.fail(s.error());
    cli.out(tr("The vault uses the built-in UK taxonomy again."));
    return CliContext::ExitOk;
}

void TaxonomyMapCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
    spec.argumentSyntax = QStringLiteral("TEXT");
    spec.argumentDescription = tr("A skill or job as someone might write it.");
}

int TaxonomyMapCommand::run(CliContext &cli)
{
    const QString text = cli.argument();
    if (text.trimmed().isEmpty())
        return cli.usage(tr("Give the text to map: taxonomy map \"forklift license\""));
    Result<Taxonomy> taxonomy = cli.taxonomy();
    if (!taxonomy)
        return cli.fail(taxonomy.error());
    const SkillNormaliser normaliser(std::make_shared<const Taxonomy>(std::move(taxonomy).value()));
    const NormalisedLabel skill = normaliser.skill(text);
    const NormalisedLabel occupation = normaliser.occupation(text);
    // The skills a coach typing this text is offered to choose from in the skill dialog.
    QVector<NormalisedLabel> choices = normaliser.skillCandidates(text);
    if (!choices.isEmpty() && choices.first().id == skill.id)
        choices.removeFirst();
    if (cli.json()) {
        auto json = [](const NormalisedLabel &n) {
            return QJsonObject{{QStringLiteral("id"), n.mapped() ? QJsonValue(n.id) : QJsonValue()},
                               {QStringLiteral("label"), n.label},
                               {QStringLiteral("how"), n.howText()},
                               {QStringLiteral("confidence"), n.confidence}};
        };
        QJsonArray others;
        for (const NormalisedLabel &choice : std::as_const(choices))
            others.append(json(choice));
        cli.outJson(QJsonObject{{QStringLiteral("skill"), json(skill)},
                                {QStringLiteral("other_skills"), others},
                                {QStringLiteral("occupation"), json(occupation)}});
        return CliContext::ExitOk;
    }
    cli.out(tr("skill: %1 (%2, %3)").arg(skill.label, skill.howText()).arg(skill.confidence, 0, 'f', 2));
    for (const NormalisedLabel &choice : std::as_const(choices)) {
        cli.out(tr("  or perhaps: %1 (%2, %3)").arg(choice.label, choice.howText()).arg(choice.confidence, 0, 'f', 2));
    }
    cli.out(tr("occupation: %1 (%2, %3)")
                .arg(occupation.label, occupation.howText())
                .arg(occupation.confidence, 0, 'f', 2));
    return CliContext::ExitOk;
}
