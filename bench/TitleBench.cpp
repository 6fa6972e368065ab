#include "TitleBench.h"

#include "model/io/CsvReader.h"
#include "model/matching/EscoImport.h"
#include "model/matching/JobTitleNormaliser.h"
#include "model/matching/SkillNormaliser.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QTextStream>

namespace
{
    QString sharedDir(const char *variable, const QString &fallback)
    {
        const QString set = qEnvironmentVariable(variable);
        return set.isEmpty() ? fallback : set;
    }

    /** The "Related Job Titles" of every unit group: one a line, each starting with '~'. */
    QStringList socTitles(const QString &dir, QString *error)
    {
        QFile file(QDir(dir).filePath(QStringLiteral("soc2020_volume1_descriptions.csv")));
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.fileName() + QStringLiteral(" cannot be read");
            return {};
        }
        CsvReader reader(&file);
        if (Status header = reader.readHeader(); !header) {
            *error = header.error().message;
            return {};
        }
        int column = -1;
        for (int i = 0; i < reader.header().size(); ++i) {
            if (reader.header().at(i).simplified() == QLatin1String("Related Job Titles"))
                column = i;
        }
        QStringList titles;
        CsvRecord record;
        while (true) {
            Result<bool> more = reader.readRecord(record);
            if (!more || !more.value())
                break;
            for (const QString &line : record.value(column).split(QLatin1Char('\n'))) {
                const QString title = line.trimmed();
                if (title.startsWith(QLatin1Char('~')) && title.size() > 1)
                    titles.append(title.mid(1).trimmed());
            }
        }
        return titles;
    }

    void measure(QTextStream &out,
                 const QString &name,
                 const std::shared_ptr<const Taxonomy> &taxonomy,
                 const QStringList &titles)
    {
        QElapsedTimer timer;
        timer.start();
        const JobTitleNormaliser normaliser(taxonomy);
        const double buildMs = timer.nsecsElapsed() / 1e6;

        // WAYMARK_BENCH_TITLES_VERBOSE=1 lists every mapping on stderr, to read what the figure counts.
        const bool verbose = qEnvironmentVariableIsSet("WAYMARK_BENCH_TITLES_VERBOSE");
        QTextStream err(stderr);
        QMap<QString, int> byHow;
        int mapped = 0;
        int confident = 0;
        timer.restart();
        for (const QString &title : titles) {
            const TitleMatch match = normaliser.match(title);
            if (verbose)
                err << title << QStringLiteral(" -> ") << (match.mapped() ? match.evidence() : QStringLiteral("-"))
                    << '\n';
            if (!match.mapped())
                continue;
            ++mapped;
            if (match.confidence >= 0.9)
                ++confident;
            NormalisedLabel how;
            how.how = match.how;
            byHow[how.howText() + (match.wholeTitle ? QString() : QStringLiteral(", a reduced form"))]++;
        }
        const double perTitleUs = timer.nsecsElapsed() / 1e3 / std::max<qsizetype>(1, titles.size());

        // The same titles straight into the label matcher, as SkillNormaliser::occupation() does: the baseline.
        const SkillNormaliser plain(taxonomy);
        int plainMapped = 0;
        int plainStrict = 0;
        for (const QString &title : titles) {
            const NormalisedLabel label = plain.occupation(title);
            plainMapped += label.mapped() ? 1 : 0;
            plainStrict += label.mapped() && label.how != LabelMatcher::How::Fuzzy ? 1 : 0;
        }

        const auto share = [&](int n) { return 100.0 * n / std::max<qsizetype>(1, titles.size()); };
        out << QStringLiteral("SOC 2020 related job titles mapped, %1 (%2 occupations): %3 of %4 (%5%), "
                              "confidence >= 0.9: %6%; the raw label lookup without the normaliser: %7%, of which "
                              "not close matches: %8%\n")
                   .arg(name)
                   .arg(taxonomy->occupations().size())
                   .arg(mapped)
                   .arg(titles.size())
                   .arg(share(mapped), 0, 'f', 1)
                   .arg(share(confident), 0, 'f', 1)
                   .arg(share(plainMapped), 0, 'f', 1)
                   .arg(share(plainStrict), 0, 'f', 1);
        for (auto it = byHow.cbegin(); it != byHow.cend(); ++it)
            out << QStringLiteral("  %1: %2\n").arg(it.key()).arg(it.value());
        out << QStringLiteral("title normaliser, %1: %2 µs per title (built in %3 ms)\n")
                   .arg(name)
                   .arg(perTitleUs, 0, 'f', 1)
                   .arg(buildMs, 0, 'f', 0);
        out.flush();
    }
} // namespace

void benchTitles(QTextStream &out)
{
    const QString socDir = sharedDir("WAYMARK_SOC_DIR", QStringLiteral("/work/shared/uk-soc2020"));
    QString error;
    const QStringList titles = socTitles(socDir, &error);
    if (titles.isEmpty()) {
        out << QStringLiteral("title mapping: skipped, no SOC 2020 titles in %1 (%2)\n").arg(socDir, error);
        return;
    }

    const Result<Taxonomy> builtIn = Taxonomy::builtIn();
    if (builtIn)
        measure(out, QStringLiteral("built-in taxonomy"), std::make_shared<const Taxonomy>(builtIn.value()), titles);

    const QString escoDir = sharedDir("WAYMARK_ESCO_DIR", QStringLiteral("/work/shared/esco-v1.1.1-en"));
    if (!QDir(escoDir).exists()) {
        out << QStringLiteral("title mapping with ESCO: skipped, no release in %1\n").arg(escoDir);
        return;
    }
    Result<Taxonomy> esco = EscoImport::read(escoDir);
    if (!esco) {
        out << QStringLiteral("title mapping with ESCO: %1\n").arg(esco.error().message);
        return;
    }
    measure(out, QStringLiteral("ESCO v1.1.1"), std::make_shared<const Taxonomy>(std::move(esco).value()), titles);
}
