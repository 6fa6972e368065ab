#include "ExtractBench.h"

#include "model/notes/NoteExtractor.h"

#include <QElapsedTimer>
#include <QTextStream>

namespace
{
    /** The date the annotations were written against ("next Tuesday", "since March"). */
    const QDate AnnotationToday(2026, 3, 11);
    constexpr int TimingRounds = 20;

    void table(QTextStream &out, const QString &title, const QMap<QString, ExtractionScore> &scores)
    {
        out << title << '\n';
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("kind"), -14)
                   .arg(QStringLiteral("TP"), 4)
                   .arg(QStringLiteral("FP"), 4)
                   .arg(QStringLiteral("FN"), 4)
                   .arg(QStringLiteral("precision"), 10)
                   .arg(QStringLiteral("recall"), 7);
        ExtractionScore total;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                       .arg(it.key(), -14)
                       .arg(it->truePositives, 4)
                       .arg(it->falsePositives, 4)
                       .arg(it->falseNegatives, 4)
                       .arg(it->precision(), 10, 'f', 2)
                       .arg(it->recall(), 7, 'f', 2);
            total.truePositives += it->truePositives;
            total.falsePositives += it->falsePositives;
            total.falseNegatives += it->falseNegatives;
        }
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                   .arg(QStringLiteral("all"), -14)
                   .arg(total.truePositives, 4)
                   .arg(total.falsePositives, 4)
                   .arg(total.falseNegatives, 4)
                   .arg(total.precision(), 10, 'f', 2)
                   .arg(total.recall(), 7, 'f', 2);
        out.flush();
    }

    bool goalsMet(const QMap<QString, ExtractionScore> &scores)
    {
        for (const ExtractionScore &s : scores) {
            if (s.precision() < 0.90 || s.recall() < 0.75)
                return false;
        }
        return true;
    }
} // namespace

void benchExtractor(QTextStream &out)
{
    const Result<Taxonomy> taxonomy = Taxonomy::builtIn();
    if (!taxonomy) {
        out << QStringLiteral("extractor: skipped (%1)\n").arg(taxonomy.error().message);
        return;
    }
    QElapsedTimer build;
    build.start();
    const NoteExtractor extractor(
        std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(taxonomy.value())), AnnotationToday);
    out << QStringLiteral("extractor build (phrase tables from the taxonomy): %1 ms\n").arg(build.elapsed());

    const Result<QVector<AnnotatedNote>> tune =
        NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_SOURCE_DIR "/tests/data/extractor/tune.jsonl"));
    const Result<QVector<AnnotatedNote>> heldOut =
        NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_SOURCE_DIR "/tests/data/extractor/heldout.jsonl"));
    if (!tune || !heldOut) {
        out << QStringLiteral("extractor: skipped (%1)\n").arg(!tune ? tune.error().message : heldOut.error().message);
        return;
    }
    const QMap<QString, ExtractionScore> tuneScores = extractor.score(tune.value());
    table(out, QStringLiteral("extractor, tune set (%1 snippets):").arg(tune->size()), tuneScores);
    out << QStringLiteral("extractor tune goals (P >= 0.90 and R >= 0.75 for every kind): %1\n")
               .arg(goalsMet(tuneScores) ? QStringLiteral("met") : QStringLiteral("NOT met"));
    const QMap<QString, ExtractionScore> heldOutScores = extractor.score(heldOut.value());
    table(out,
          QStringLiteral("extractor, held-out set (%1 snippets, never tuned on):").arg(heldOut->size()),
          heldOutScores);
    out << QStringLiteral("extractor held-out goals: %1\n")
               .arg(goalsMet(heldOutScores) ? QStringLiteral("met") : QStringLiteral("NOT met"));

    QVector<AnnotatedNote> all = tune.value();
    all += heldOut.value();
    const QMap<QString, ExtractionScore> allScores = extractor.score(all);
    table(out, QStringLiteral("extractor, whole annotated set (%1 snippets):").arg(all.size()), allScores);
    out << QStringLiteral("extractor whole-set goals: %1\n")
               .arg(goalsMet(allScores) ? QStringLiteral("met") : QStringLiteral("NOT met"));
    qsizetype suggestions = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < TimingRounds; ++round) {
        for (const AnnotatedNote &note : all)
            suggestions += extractor.extract(note.text).size();
    }
    const double perSnippetUs = double(timer.nsecsElapsed()) / 1000.0 / double(TimingRounds * all.size());
    out << QStringLiteral("extractor time per snippet: %1 us (%2 snippets x %3 rounds, %4 suggestions)\n")
               .arg(perSnippetUs, 0, 'f', 1)
               .arg(all.size())
               .arg(TimingRounds)
               .arg(suggestions);

    QString big;
    const QString line = all.first().text + QLatin1Char(' ');
    while (big.size() < 5 * 1024 * 1024)
        big += line;
    timer.restart();
    const qsizetype found = extractor.extract(big).size();
    out << QStringLiteral("extractor on 5 MB of notes (first %1 characters read): %2 ms, %3 suggestions\n")
               .arg(NoteExtractor::MaxInputChars)
               .arg(timer.elapsed())
               .arg(found);
    out.flush();
}
