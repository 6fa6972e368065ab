#include "MatchBench.h"

#include "model/demo/SyntheticVacancies.h"
#include "model/matching/EscoImport.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/TaxonomyStore.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <random>
#include <vector>

#include "bench/SyntheticMatchData.h"

namespace
{
    void
    verdict(QTextStream &out, const QString &name, double value, const QString &unit, const QString &goal, bool met)
    {
        out << QStringLiteral("%1: %2 %3 (goal %4: %5)\n")
                   .arg(name,
                        QString::number(value, 'f', 2),
                        unit,
                        goal,
                        met ? QStringLiteral("met") : QStringLiteral("NOT met"));
        out.flush();
    }

    double percentile(std::vector<double> values, double p)
    {
        if (values.empty())
            return 0;
        std::sort(values.begin(), values.end());
        return values[std::min(values.size() - 1, size_t(p * double(values.size() - 1) + 0.5))];
    }

    /** Pronounceable made-up words, so labels have realistic lengths without pretending to be ESCO. */
    QString word(std::mt19937 &rng)
    {
        static const char *const Syllables[] = {"ka", "lor",  "men", "ti",  "sa",  "ver", "do",  "pra", "nel", "qui",
                                                "ro", "stan", "be",  "fil", "gar", "hu",  "jen", "mo",  "ped", "tre"};
        QString w;
        const int n = 2 + int(rng() % 3);
        for (int i = 0; i < n; ++i)
            w += QString::fromLatin1(Syllables[rng() % std::size(Syllables)]);
        return w;
    }

    QString label(std::mt19937 &rng, int words)
    {
        QStringList parts;
        for (int i = 0; i < words; ++i)
            parts.append(word(rng));
        return parts.join(QLatin1Char(' '));
    }

    QByteArray quoted(const QString &text)
    {
        QByteArray bytes = text.toUtf8();
        bytes.replace('"', "\"\"");
        return '"' + bytes + '"';
    }

    /**
     * A release shaped like ESCO v1.1 (13,900 skills, 3,000 occupations in 60 sectors, about 15 essential
     * and 20 optional skills each, alternative labels and descriptions on several lines).
     */
    void writeEscoShapedRelease(const QString &dir)
    {
        std::mt19937 rng(1234);
        constexpr int Skills = 13900;
        constexpr int Occupations = 3000;
        constexpr int Sectors = 60;
        const QByteArray base = "http://data.europa.eu/esco/";
        QFile skills(dir + QStringLiteral("/skills_en.csv"));
        skills.open(QIODevice::WriteOnly);
        skills.write("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,hiddenLabels,status,"
                     "modifiedDate,scopeNote,definition,inScheme,description\n");
        for (int s = 0; s < Skills; ++s) {
            QStringList alts;
            for (int a = int(rng() % 6); a > 0; --a)
                alts.append(label(rng, 2 + int(rng() % 3)));
            skills.write("KnowledgeSkillCompetence," + base + "skill/s" + QByteArray::number(s) +
                         ",skill/competence,"
                         "sector-specific," +
                         quoted(label(rng, 2 + int(rng() % 3))) + "," + quoted(alts.join(QLatin1Char('\n'))) +
                         ",,released,2024-01-01,,,\"http://data.europa.eu/esco/concept-scheme/skills\"," +
                         quoted(label(rng, 12) + QStringLiteral(".\n") + label(rng, 10) + QLatin1Char('.')) + "\n");
        }
        QFile occupations(dir + QStringLiteral("/occupations_en.csv"));
        occupations.open(QIODevice::WriteOnly);
        occupations.write("conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status,modifiedDate,"
                          "regulatedProfessionNote,scopeNote,definition,inScheme,description,code\n");
        QFile relations(dir + QStringLiteral("/occupationSkillRelations.csv"));
        relations.open(QIODevice::WriteOnly);
        relations.write("occupationUri,relationType,skillType,skillUri\n");
        const int perSector = Skills / Sectors;
        for (int o = 0; o < Occupations; ++o) {
            QStringList alts;
            for (int a = 1 + int(rng() % 5); a > 0; --a)
                alts.append(label(rng, 2));
            const QByteArray uri = base + "occupation/o" + QByteArray::number(o);
            occupations.write("Occupation," + uri + "," + QByteArray::number(1000 + rng() % 8000) + "," +
                              quoted(label(rng, 2)) + "," + quoted(alts.join(QLatin1Char('\n'))) +
                              ",,released,2024-01-01,,,,x," + quoted(label(rng, 20)) + ",1\n");
            const int sector = o % Sectors;
            QSet<int> used;
            for (int r = 0; r < 35; ++r) {
                // Mostly from the occupation's sector, so neighbours share skills as real ones do.
                const int skill = r % 7 == 6 ? int(rng() % Skills) : sector * perSector + int(rng() % perSector);
                if (used.contains(skill))
                    continue;
                used.insert(skill);
                relations.write(uri + (r < 15 ? ",essential,skill/competence," : ",optional,skill/competence,") + base +
                                "skill/s" + QByteArray::number(skill) + "\n");
            }
        }
        QFile broader(dir + QStringLiteral("/broaderRelationsSkillPillar.csv"));
        broader.open(QIODevice::WriteOnly);
        broader.write("conceptType,conceptUri,broaderType,broaderUri\n");
        for (int s = Sectors; s < Skills; ++s)
            broader.write("KnowledgeSkillCompetence," + base + "skill/s" + QByteArray::number(s) +
                          ",KnowledgeSkillCompetence," + base + "skill/s" + QByteArray::number(s % Sectors) + "\n");
    }

    struct Quality
    {
        double recallAt10 = 0;
        double mrr = 0;
        int profiles = 0;
    };

    /** Vacancies generated from each occupation, then profiles from occupations; which ranks them first? */
    Quality evaluate(
        std::shared_ptr<const Taxonomy> taxonomy, int vacanciesPerOccupation, int profiles, double drop, int unrelated)
    {
        const QDate today = QDate::currentDate();
        SyntheticMatchData data(taxonomy, 99, today);
        const QVector<int> occupations = data.occupationsWithEssentials(3);
        QVector<Vacancy> vacancies;
        QHash<QString, QString> occupationOf;
        for (int o : occupations) {
            for (int i = 0; i < vacanciesPerOccupation; ++i) {
                Vacancy v = data.vacancy(o);
                occupationOf.insert(v.id, taxonomy->occupations().at(o).id);
                vacancies.append(std::move(v));
            }
        }
        const auto context = MatchingContext::fromVacancies(taxonomy, vacancies, today);
        Quality q;
        MatchOptions options;
        options.top = 50;
        for (int i = 0; i < profiles; ++i) {
            const int o = occupations.at(i % occupations.size());
            const LabelledProfile labelled = data.profile(o, drop, unrelated);
            MatchProfile profile;
            for (const QString &skill : labelled.skills)
                profile.skills.append(context->normaliser().skill(skill));
            profile.latitude = labelled.latitude;
            profile.longitude = labelled.longitude;
            const QVector<MatchResult> results = context->matcher().rank(profile, options);
            for (int rank = 0; rank < results.size(); ++rank) {
                if (occupationOf.value(context->index().entry(results.at(rank).vacancy).id) ==
                    labelled.trueOccupationId) {
                    q.recallAt10 += rank < 10 ? 1 : 0;
                    q.mrr += 1.0 / (rank + 1);
                    break;
                }
            }
            ++q.profiles;
        }
        q.recallAt10 /= std::max(1, q.profiles);
        q.mrr /= std::max(1, q.profiles);
        return q;
    }

    /** Profiles like a claimant's: most of a real vacancy's skills and a few unrelated ones. */
    QVector<MatchProfile> queryProfiles(const MatchingContext &context, const QVector<Vacancy> &like, int count)
    {
        std::mt19937 rng(17);
        QVector<MatchProfile> out;
        for (int i = 0; i < count; ++i) {
            const Vacancy &v = like.at(int(rng() % like.size()));
            MatchProfile p;
            for (const QString &skill : v.skills) {
                if (rng() % 10 < 7)
                    p.skills.append(context.normaliser().skill(skill));
            }
            for (const char *extra : {"Microsoft Excel", "first aid"})
                p.skills.append(context.normaliser().skill(QString::fromLatin1(extra)));
            p.latitude = 50.7 + (rng() % 500) / 100.0;
            p.longitude = -4.0 + (rng() % 500) / 100.0;
            if (rng() % 2)
                p.maxDistanceKm = 15 + rng() % 50;
            out.append(p);
        }
        return out;
    }

    struct Timing
    {
        double medianMs = 0;
        double p95Ms = 0;
        double baselineMedianMs = 0;
        int mismatches = 0;
    };

    Timing timeQueries(const MatchingContext &context, const QVector<MatchProfile> &profiles, int baselineQueries)
    {
        Timing t;
        MatchOptions options;
        options.top = 50;
        std::vector<double> ms;
        std::vector<double> baseline;
        QElapsedTimer timer;
        for (int i = 0; i < profiles.size(); ++i) {
            timer.start();
            const QVector<MatchResult> fast = context.matcher().rank(profiles.at(i), options);
            ms.push_back(timer.nsecsElapsed() / 1e6);
            if (i < baselineQueries) {
                timer.start();
                const QVector<MatchResult> slow = context.matcher().rankByScanning(profiles.at(i), options);
                baseline.push_back(timer.nsecsElapsed() / 1e6);
                bool same = fast.size() == slow.size();
                for (int r = 0; same && r < fast.size(); ++r)
                    same = fast.at(r).vacancy == slow.at(r).vacancy;
                t.mismatches += same ? 0 : 1;
            }
        }
        t.medianMs = percentile(ms, 0.5);
        t.p95Ms = percentile(ms, 0.95);
        t.baselineMedianMs = percentile(baseline, 0.5);
        return t;
    }
} // namespace

void benchMatching(QTextStream &out, Vault *vault)
{
    const QDate today = QDate::currentDate();
    auto builtIn = std::make_shared<const Taxonomy>(Taxonomy::builtIn().value());

    // ESCO-sized import, into the vault when there is one.
    {
        QTemporaryDir dir;
        writeEscoShapedRelease(dir.path());
        QElapsedTimer timer;
        timer.start();
        EscoImport::Counts counts;
        auto esco = EscoImport::read(dir.path(), {}, &counts);
        bool stored = esco.ok();
        if (esco.ok() && vault)
            stored = TaxonomyStore::replace(vault->database(), vault->audit(), esco.value()).ok();
        const double seconds = timer.elapsed() / 1000.0;
        out << QStringLiteral("ESCO-shaped taxonomy: %1 skills, %2 occupations, %3 relations read%4\n")
                   .arg(counts.skills)
                   .arg(counts.occupations)
                   .arg(counts.relations)
                   .arg(vault ? QStringLiteral(" and stored in the vault") : QString());
        verdict(out,
                QStringLiteral("ESCO-sized taxonomy import"),
                seconds,
                QStringLiteral("s"),
                QStringLiteral("< 30 s"),
                stored && seconds < 30);
        if (esco.ok()) {
            const Quality q = evaluate(std::make_shared<const Taxonomy>(std::move(esco).value()), 20, 1000, 0.3, 3);
            out << QStringLiteral(
                       "quality, ESCO-shaped occupations (essential skills, 30% dropped, 3 unrelated added), "
                       "%1 profiles: MRR %2\n")
                       .arg(q.profiles)
                       .arg(q.mrr, 0, 'f', 3);
            verdict(out,
                    QStringLiteral("  recall@10, ESCO-shaped"),
                    q.recallAt10,
                    QString(),
                    QStringLiteral(">= 0.90"),
                    q.recallAt10 >= 0.9);
        }
        if (vault)
            (void)TaxonomyStore::clear(vault->database(), vault->audit());
    }

    // The real ESCO excerpt, when a copy is at hand (WAYMARK_ESCO_DIR).
    const QString escoDir = qEnvironmentVariable("WAYMARK_ESCO_DIR");
    if (!escoDir.isEmpty() && QDir(escoDir).exists()) {
        auto esco = EscoImport::read(escoDir);
        if (esco.ok()) {
            const auto taxonomy = std::make_shared<const Taxonomy>(std::move(esco).value());
            const Quality q = evaluate(taxonomy, 40, 1000, 0.3, 3);
            out << QStringLiteral("quality, ESCO excerpt from %1 (%2 occupations), %3 profiles: MRR %4\n")
                       .arg(escoDir)
                       .arg(taxonomy->occupations().size())
                       .arg(q.profiles)
                       .arg(q.mrr, 0, 'f', 3);
            verdict(out,
                    QStringLiteral("  recall@10, ESCO excerpt"),
                    q.recallAt10,
                    QString(),
                    QStringLiteral(">= 0.90"),
                    q.recallAt10 >= 0.9);
        } else {
            out << "ESCO excerpt could not be read: " << esco.error().message << "\n";
        }
    }

    // Quality on the built-in taxonomy.
    {
        const Quality q = evaluate(builtIn, 40, 2000, 0.3, 3);
        out << QStringLiteral("quality, built-in UK taxonomy (%1 profiles, 30% of essentials dropped, 3 unrelated): "
                              "recall@10 %2, MRR %3\n")
                   .arg(q.profiles)
                   .arg(q.recallAt10, 0, 'f', 3)
                   .arg(q.mrr, 0, 'f', 3);
    }

    // 200,000 vacancies: the index built from the vault, then queries.
    const int count = qEnvironmentVariableIntValue("WAYMARK_BENCH_VACANCIES") > 0
                          ? qEnvironmentVariableIntValue("WAYMARK_BENCH_VACANCIES")
                          : 200000;
    const QVector<Vacancy> vacancies = SyntheticVacancies::generate(count, 7, today);
    std::shared_ptr<const MatchingContext> context;
    if (vault) {
        QElapsedTimer timer;
        timer.start();
        auto loaded = MatchingContext::load(vault->database(), today);
        const double seconds = timer.elapsed() / 1000.0;
        if (!loaded) {
            out << "index build failed: " << loaded.error().message << "\n";
            return;
        }
        context = loaded.value();
        // Where the time goes: the taxonomy and normaliser, then reading and indexing the rows.
        timer.restart();
        auto taxonomy = std::make_shared<const Taxonomy>(TaxonomyStore::load(vault->database()).value());
        const SkillNormaliser normaliser(taxonomy);
        const qint64 taxonomyMs = timer.elapsed();
        timer.restart();
        (void)VacancyIndex::build(vault->database(), normaliser, today);
        out << QStringLiteral("  of which taxonomy and normaliser %1 ms, reading and indexing the rows %2 ms (again)\n")
                   .arg(taxonomyMs)
                   .arg(timer.elapsed());
        verdict(out,
                QStringLiteral("index build from the vault, %1 vacancies").arg(context->index().size()),
                seconds,
                QStringLiteral("s"),
                QStringLiteral("< 2 s"),
                seconds < 2);
    } else {
        context = MatchingContext::fromVacancies(builtIn, vacancies, today);
    }
    const double perVacancy = double(context->index().structureBytes()) / std::max(1, context->index().size());
    verdict(out,
            QStringLiteral("index memory a vacancy, beyond its text (text: %1 bytes a vacancy)")
                .arg(double(context->index().textBytes()) / std::max(1, context->index().size()), 0, 'f', 0),
            perVacancy,
            QStringLiteral("bytes"),
            QStringLiteral("< 300"),
            perVacancy < 300);

    const QVector<MatchProfile> profiles = queryProfiles(*context, vacancies, 1000);
    const Timing t = timeQueries(*context, profiles, 200);
    verdict(out,
            QStringLiteral("top 50 of %1, median of %2 queries").arg(context->index().size()).arg(profiles.size()),
            t.medianMs,
            QStringLiteral("ms"),
            QStringLiteral("< 5 ms"),
            t.medianMs < 5);
    verdict(out,
            QStringLiteral("top 50 of %1, p95").arg(context->index().size()),
            t.p95Ms,
            QStringLiteral("ms"),
            QStringLiteral("< 15 ms"),
            t.p95Ms < 15);
    out << QStringLiteral("  baseline scoring every vacancy: median %1 ms; speed-up %2x; %3 of 200 orders differ\n")
               .arg(t.baselineMedianMs, 0, 'f', 2)
               .arg(t.baselineMedianMs / std::max(1e-9, t.medianMs), 0, 'f', 1)
               .arg(t.mismatches);
    context.reset();

    if (!qEnvironmentVariableIsSet("WAYMARK_BENCH_SKIP_MILLION")) {
        QVector<Vacancy> million = SyntheticVacancies::generate(1000000, 8, today);
        for (Vacancy &v : million)
            v.description.clear(); // the index never holds descriptions; this keeps the benchmark's memory down
        const auto big = MatchingContext::fromVacancies(builtIn, million, today);
        const QVector<MatchProfile> bigProfiles = queryProfiles(*big, million, 300);
        million.clear();
        const Timing m = timeQueries(*big, bigProfiles, 30);
        verdict(out,
                QStringLiteral("top 50 of %1, median of %2 queries").arg(big->index().size()).arg(bigProfiles.size()),
                m.medianMs,
                QStringLiteral("ms"),
                QStringLiteral("< 25 ms"),
                m.medianMs < 25);
        out << QStringLiteral(
                   "  p95 %1 ms; baseline median %2 ms; speed-up %3x; index %4 bytes a vacancy beyond text\n")
                   .arg(m.p95Ms, 0, 'f', 2)
                   .arg(m.baselineMedianMs, 0, 'f', 2)
                   .arg(m.baselineMedianMs / std::max(1e-9, m.medianMs), 0, 'f', 1)
                   .arg(double(big->index().structureBytes()) / std::max(1, big->index().size()), 0, 'f', 0);
    }
}
