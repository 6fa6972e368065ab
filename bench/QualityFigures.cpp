#include "QualityFigures.h"

#include "model/matching/SkillNormaliser.h"
#include "model/notes/NoteExtractor.h"
#include "model/session/TransparencyRecord.h"

#include <QProcess>
#include <QSaveFile>
#include <QTextStream>

namespace
{
    /** The date the annotations were written against ("next Tuesday", "since March"), as in ExtractBench. */
    const QDate AnnotationToday(2026, 3, 11);

    QString sourceCommit()
    {
        QProcess git;
        git.start(QStringLiteral("git"),
                  {QStringLiteral("-C"),
                   QStringLiteral(WAYMARK_SOURCE_DIR),
                   QStringLiteral("rev-parse"),
                   QStringLiteral("--short=12"),
                   QStringLiteral("HEAD")});
        if (!git.waitForFinished(10000) || git.exitCode() != 0)
            return {};
        return QString::fromLatin1(git.readAllStandardOutput()).trimmed();
    }
} // namespace

int writeQualityFigures(QTextStream &out, const QString &path)
{
    auto taxonomy = Taxonomy::builtIn();
    if (!taxonomy) {
        out << "quality figures: the built-in taxonomy cannot be read\n";
        return 1;
    }
    const NoteExtractor extractor(
        std::make_shared<SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy.value()))),
        AnnotationToday);
    auto notes = NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_SOURCE_DIR "/tests/data/extractor/heldout.jsonl"));
    if (!notes) {
        out << "quality figures: " << notes.error().message << '\n';
        return 1;
    }
    const QMap<QString, ExtractionScore> scores = extractor.score(notes.value());
    ExtractionScore total;
    for (const ExtractionScore &s : scores) {
        total.truePositives += s.truePositives;
        total.falsePositives += s.falsePositives;
        total.falseNegatives += s.falseNegatives;
    }
    const ExtractionScore skills = scores.value(QStringLiteral("skill"));

    QualityFigures figures;
    figures.present = true;
    figures.measuredOn = QDate::currentDate();
    figures.commit = sourceCommit();
    if (figures.commit.isEmpty()) {
        out << "quality figures: the source's commit cannot be read (git rev-parse failed)\n";
        return 1;
    }
    figures.figures = {{QStringLiteral("extractor_heldout_precision"), total.precision()},
                       {QStringLiteral("extractor_heldout_recall"), total.recall()},
                       {QStringLiteral("extractor_heldout_skill_precision"), skills.precision()},
                       {QStringLiteral("extractor_heldout_skill_recall"), skills.recall()}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(figures.toJson()) < 0 || !file.commit()) {
        out << "quality figures: " << path << " cannot be written\n";
        return 1;
    }
    out << "quality figures written to " << path << " (commit " << figures.commit << ")\n";
    for (const QualityFigures::Figure &f : figures.figures)
        out << "  " << f.key << " " << QString::number(f.value, 'f', 3) << '\n';
    return 0;
}
