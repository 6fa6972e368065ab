#include "ExtractBench.h"

#include "model/io/CsvReader.h"
#include "model/matching/EscoImport.h"
#include "model/matching/SkillNormaliser.h"
#include "model/notes/NoteExtractor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>

namespace
{
    /** The date the annotations were written against ("next Tuesday", "since March"). */
    const QDate AnnotationToday(2026, 3, 11);
    constexpr int TimingRounds = 20;

    ExtractionScore totalOf(const QMap<QString, ExtractionScore> &scores)
    {
        ExtractionScore total;
        for (const ExtractionScore &s : scores) {
            total.truePositives += s.truePositives;
            total.falsePositives += s.falsePositives;
            total.falseNegatives += s.falseNegatives;
        }
        return total;
    }

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

    /** The skill-extraction validation sentences (README there) and the ESCO release they link to. */
    const QString ValidationDir = QStringLiteral("/work/shared/skill-extraction-validation");
    const QString EscoDir = QStringLiteral("/work/shared/esco-v1.1.1-en");
    const QStringList ValidationFiles = {QStringLiteral("house"), QStringLiteral("tech")};

    /** One annotated skill span: an ESCO preferred label, or none for LABEL NOT PRESENT / UNDERSPECIFIED. */
    struct GoldSpan
    {
        qsizetype start = -1;
        qsizetype length = 0;
        QString label;
    };

    struct ValidationSentence
    {
        QString text;
        QVector<GoldSpan> spans;
    };

    /** A skill found in a sentence: its span, its concept's preferred label and its confidence. */
    struct LinkedSpan
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString label;
        double confidence = 1;
    };

    /** Sentences of one validation file, each once, with every distinct (span, label) row. */
    QVector<ValidationSentence> readValidation(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("%1 cannot be read").arg(path);
            return {};
        }
        CsvReader reader(&file);
        const Status header = reader.readHeader(
            {QStringLiteral("sentence"), QStringLiteral("span"), QStringLiteral("sub_span"), QStringLiteral("label")});
        if (!header) {
            *error = header.error().message;
            return {};
        }
        QVector<ValidationSentence> sentences;
        QHash<QString, int> bySentence;
        QSet<QString> seen;
        CsvRecord record;
        while (true) {
            const Result<bool> more = reader.readRecord(record);
            if (!more) {
                *error = more.error().message;
                return {};
            }
            if (!more.value())
                break;
            const QString sentence = record.value(reader.column(QStringLiteral("sentence")));
            const QString span = record.value(reader.column(QStringLiteral("span"))).trimmed();
            const QString subSpan = record.value(reader.column(QStringLiteral("sub_span"))).trimmed();
            QString label = record.value(reader.column(QStringLiteral("label"))).trimmed();
            if (label == QLatin1String("LABEL NOT PRESENT") || label == QLatin1String("UNDERSPECIFIED"))
                label.clear();
            if (seen.contains(sentence + QLatin1Char('\x1f') + span + QLatin1Char('\x1f') + subSpan +
                              QLatin1Char('\x1f') + label))
                continue;
            seen.insert(sentence + QLatin1Char('\x1f') + span + QLatin1Char('\x1f') + subSpan + QLatin1Char('\x1f') +
                        label);
            if (!bySentence.contains(sentence)) {
                bySentence.insert(sentence, int(sentences.size()));
                sentences.append({sentence, {}});
            }
            GoldSpan gold;
            gold.label = label;
            // The span as written; a trailing " ." or " )" copied from the tokenised source is not part of it.
            QString written = span;
            while (!written.isEmpty() && !written.back().isLetterOrNumber() && written.back() != QLatin1Char('#') &&
                   written.back() != QLatin1Char('+'))
                written.chop(1);
            written = written.trimmed();
            gold.start = sentence.indexOf(written, 0, Qt::CaseInsensitive);
            gold.length = written.size();
            sentences[bySentence.value(sentence)].spans.append(gold);
        }
        return sentences;
    }

    /**
     * Each gold skill span typed as a coach might type it into the skill dialog (issue 16 §16): how often its
     * ESCO concept is found by its name alone (what matching takes unconfirmed), by any mapping (close spellings
     * too), and among the choices the dialog offers (the mapping and skillCandidates(), as shown).
     */
    void typedSkills(QTextStream &out, const SkillNormaliser &normaliser, const QVector<ValidationSentence> &sentences)
    {
        int spans = 0;
        int byName = 0;
        int mapped = 0;
        int offered = 0;
        for (const ValidationSentence &sentence : sentences) {
            for (const GoldSpan &gold : sentence.spans) {
                if (gold.label.isEmpty() || gold.start < 0)
                    continue;
                ++spans;
                const QString typed = sentence.text.mid(gold.start, gold.length);
                auto same = [&gold](const NormalisedLabel &n) {
                    return n.mapped() && n.label.compare(gold.label, Qt::CaseInsensitive) == 0;
                };
                const NormalisedLabel mapping = normaliser.skill(typed);
                byName += same(mapping) && mapping.certain() ? 1 : 0;
                mapped += same(mapping) ? 1 : 0;
                const QVector<NormalisedLabel> choices = normaliser.skillCandidates(typed);
                offered += std::any_of(choices.cbegin(), choices.cend(), same) ? 1 : 0;
            }
        }
        auto share = [spans](int n) { return spans == 0 ? 0.0 : 100.0 * n / spans; };
        out << QStringLiteral("typed skills (%1 gold spans as typed, ESCO imported): right concept by its name %2%, "
                              "by any mapping %3%, among the choices offered %4%\n")
                   .arg(spans)
                   .arg(share(byName), 0, 'f', 1)
                   .arg(share(mapped), 0, 'f', 1)
                   .arg(share(offered), 0, 'f', 1);
    }

    /** The rule is fixed: see the comment in countLinks(). */
    struct LinkScore
    {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        double precision() const
        {
            return truePositives + falsePositives == 0 ? 1.0 : double(truePositives) / (truePositives + falsePositives);
        }
        double recall() const
        {
            return truePositives + falseNegatives == 0 ? 1.0 : double(truePositives) / (truePositives + falseNegatives);
        }
        double f1() const
        {
            const double p = precision();
            const double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
        void add(const LinkScore &o)
        {
            truePositives += o.truePositives;
            falsePositives += o.falsePositives;
            falseNegatives += o.falseNegatives;
        }
    };

    /**
     * Strict label match. A prediction is right (TP) when its concept's preferred label equals the
     * label of a gold span it overlaps that no earlier prediction has matched. Every other prediction
     * is wrong (FP): a different label, a second prediction for the same gold span, a prediction on a
     * span annotated LABEL NOT PRESENT or UNDERSPECIFIED, and one outside every annotated span (the
     * annotators marked every skill phrase, so text outside them is not a skill). Every gold span
     * (a row with an ESCO label) left unmatched is a miss (FN), including one whose text could not
     * be found in its sentence. Sentences are scored once each, whatever rows repeat them.
     */
    LinkScore countLinks(const ValidationSentence &sentence,
                         const QVector<LinkedSpan> &predictions,
                         QVector<QPair<double, bool>> *calibration)
    {
        LinkScore score;
        QVector<bool> used(sentence.spans.size(), false);
        for (const LinkedSpan &p : predictions) {
            bool right = false;
            for (int i = 0; i < sentence.spans.size() && !right; ++i) {
                const GoldSpan &g = sentence.spans.at(i);
                if (used.at(i) || g.label.isEmpty() || g.start < 0)
                    continue;
                if (p.start < g.start + g.length && g.start < p.start + p.length && p.label == g.label) {
                    used[i] = true;
                    right = true;
                }
            }
            if (right)
                ++score.truePositives;
            else
                ++score.falsePositives;
            if (calibration)
                calibration->append({p.confidence, right});
        }
        for (int i = 0; i < sentence.spans.size(); ++i) {
            if (!used.at(i) && !sentence.spans.at(i).label.isEmpty())
                ++score.falseNegatives;
        }
        return score;
    }

    /**
     * The baseline: a plain exact-match lexicon of every ESCO preferred and alternative label (folded
     * like LabelMatcher::variantKey, preferred labels first, first label wins), longest match left to
     * right, no context and no weighting.
     */
    class ExactLabelBaseline
    {
    public:
        explicit ExactLabelBaseline(const Taxonomy &taxonomy)
            : m_taxonomy(taxonomy)
        {
            for (int pass = 0; pass < 2; ++pass) {
                for (int i = 0; i < taxonomy.concepts().size(); ++i) {
                    const SkillConcept &c = taxonomy.concepts().at(i);
                    if (c.type == ConceptType::Group)
                        continue;
                    for (const QString &label : pass == 0 ? QStringList{c.preferredLabel} : c.altLabels) {
                        const QStringList words = NoteTokenizer::keyWords(label);
                        if (words.isEmpty() || words.size() > NoteExtractor::MaxPhraseWords)
                            continue;
                        const QString key = words.join(QLatin1Char(' '));
                        if (!m_labels.contains(key))
                            m_labels.insert(key, i);
                        QString prefix;
                        for (const QString &w : words) {
                            prefix = prefix.isEmpty() ? w : prefix + QLatin1Char(' ') + w;
                            m_prefixes.insert(prefix);
                        }
                    }
                }
            }
        }

        QVector<LinkedSpan> link(const QString &text) const
        {
            const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);
            QVector<LinkedSpan> out;
            for (int i = 0; i < tokens.size();) {
                int best = -1;
                int target = -1;
                QString key;
                for (int j = i; j < tokens.size() && j - i < NoteExtractor::MaxPhraseWords; ++j) {
                    if (j > i && tokens.at(j).breakBefore >= 1)
                        break;
                    key = j == i ? tokens.at(j).key : key + QLatin1Char(' ') + tokens.at(j).key;
                    if (!m_prefixes.contains(key))
                        break;
                    const auto it = m_labels.constFind(key);
                    if (it != m_labels.constEnd()) {
                        best = j;
                        target = *it;
                    }
                }
                if (best < 0) {
                    ++i;
                    continue;
                }
                out.append({tokens.at(i).start,
                            tokens.at(best).end - tokens.at(i).start,
                            m_taxonomy.concepts().at(target).preferredLabel,
                            1.0});
                i = best + 1;
            }
            return out;
        }

    private:
        const Taxonomy &m_taxonomy;
        QHash<QString, int> m_labels;
        QSet<QString> m_prefixes;
    };

    QVector<LinkedSpan> skillLinks(const NoteExtractor &extractor, const QString &text)
    {
        QVector<LinkedSpan> out;
        for (const ExtractedSuggestion &s : extractor.extract(text)) {
            if (s.kind == ExtractedSuggestion::Kind::Skill && !s.conceptId.isEmpty())
                out.append({s.start, s.length, s.preferredLabel, s.confidence});
        }
        return out;
    }

    /** With WAYMARK_BENCH_EXTRACTION_DUMP set: each sentence, its gold spans and the links found, for tuning by hand.
     */
    void dumpSentence(QTextStream &out, const ValidationSentence &sentence, const QVector<LinkedSpan> &links)
    {
        out << QStringLiteral("S: %1\n").arg(sentence.text);
        for (const GoldSpan &g : sentence.spans) {
            out << QStringLiteral("   gold \"%1\" -> %2\n")
                       .arg(g.start < 0 ? QStringLiteral("?") : sentence.text.mid(g.start, g.length),
                            g.label.isEmpty() ? QStringLiteral("(none)") : g.label);
        }
        for (const LinkedSpan &l : links) {
            out << QStringLiteral("   link \"%1\" -> %2 (%3)\n")
                       .arg(sentence.text.mid(l.start, l.length), l.label)
                       .arg(l.confidence, 0, 'f', 2);
        }
    }

    void scoreLine(QTextStream &out, const QString &name, const LinkScore &s)
    {
        out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
                   .arg(name, -26)
                   .arg(s.truePositives, 4)
                   .arg(s.falsePositives, 4)
                   .arg(s.falseNegatives, 4)
                   .arg(s.precision(), 10, 'f', 2)
                   .arg(s.recall(), 7, 'f', 2)
                   .arg(s.f1(), 5, 'f', 2);
    }
} // namespace

void benchSkillValidation(QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Taxonomy> esco = EscoImport::read(EscoDir);
    if (!esco) {
        out << QStringLiteral("skill validation: skipped (%1)\n").arg(esco.error().message);
        return;
    }
    out << QStringLiteral("skill validation: ESCO read in %1 ms (%2 concepts)\n")
               .arg(timer.elapsed())
               .arg(esco->concepts().size());
    const auto taxonomy = std::make_shared<const Taxonomy>(esco.value());
    const auto normaliser = std::make_shared<const SkillNormaliser>(taxonomy);
    timer.restart();
    const NoteExtractor extractor(normaliser, AnnotationToday);
    out << QStringLiteral("extractor build with ESCO imported: %1 ms\n").arg(timer.elapsed());
    const ExactLabelBaseline baseline(*taxonomy);

    LinkScore allExtractor;
    LinkScore allBaseline;
    // Two halves (alternate sentences of each file): tune on one, and check the other moves alike.
    LinkScore evenHalf;
    LinkScore oddHalf;
    const bool dump = qEnvironmentVariableIsSet("WAYMARK_BENCH_EXTRACTION_DUMP");
    QVector<QPair<double, bool>> calibration;
    QVector<ValidationSentence> everySentence;
    out << QStringLiteral("skill linking on real job-advert sentences, ESCO v1.1.1, strict label match:\n");
    out << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("set"), -26)
               .arg(QStringLiteral("TP"), 4)
               .arg(QStringLiteral("FP"), 4)
               .arg(QStringLiteral("FN"), 4)
               .arg(QStringLiteral("precision"), 10)
               .arg(QStringLiteral("recall"), 7)
               .arg(QStringLiteral("F1"), 5);
    for (const QString &name : ValidationFiles) {
        QString error;
        const QVector<ValidationSentence> sentences = readValidation(
            ValidationDir + QLatin1Char('/') + name + QStringLiteral("_validation_annotations.csv"), &error);
        if (!error.isEmpty()) {
            out << QStringLiteral("skill validation: skipped (%1)\n").arg(error);
            return;
        }
        LinkScore fileExtractor;
        LinkScore fileBaseline;
        for (int i = 0; i < sentences.size(); ++i) {
            const ValidationSentence &sentence = sentences.at(i);
            const QVector<LinkedSpan> links = skillLinks(extractor, sentence.text);
            const LinkScore score = countLinks(sentence, links, &calibration);
            fileExtractor.add(score);
            (i % 2 == 0 ? evenHalf : oddHalf).add(score);
            fileBaseline.add(countLinks(sentence, baseline.link(sentence.text), nullptr));
            if (dump)
                dumpSentence(out, sentence, links);
        }
        scoreLine(out, QStringLiteral("%1 (%2 sentences)").arg(name).arg(sentences.size()), fileExtractor);
        scoreLine(out, QStringLiteral("%1, exact-label baseline").arg(name), fileBaseline);
        allExtractor.add(fileExtractor);
        allBaseline.add(fileBaseline);
        everySentence += sentences;
    }
    scoreLine(out, QStringLiteral("both (%1 sentences)").arg(everySentence.size()), allExtractor);
    scoreLine(out, QStringLiteral("both, exact-label baseline"), allBaseline);
    scoreLine(out, QStringLiteral("even sentences (half A)"), evenHalf);
    scoreLine(out, QStringLiteral("odd sentences (half B)"), oddHalf);
    typedSkills(out, *normaliser, everySentence);
    out << QStringLiteral("skill linking goal (F1 >= 0.45 at precision >= 0.60): %1\n")
               .arg(allExtractor.f1() >= 0.45 && allExtractor.precision() >= 0.60 ? QStringLiteral("met")
                                                                                  : QStringLiteral("NOT met"));

    out << QStringLiteral("calibration (suggestions by confidence band, precision):\n");
    const QVector<QPair<double, double>> bands = {
        {0.0, 0.5}, {0.5, 0.6}, {0.6, 0.7}, {0.7, 0.8}, {0.8, 0.9}, {0.9, 1.01}, {0.8, 1.01}};
    for (const auto &band : bands) {
        int right = 0;
        int total = 0;
        for (const auto &c : calibration) {
            if (c.first >= band.first && c.first < band.second) {
                ++total;
                right += c.second ? 1 : 0;
            }
        }
        out << QStringLiteral("  [%1, %2) %3 suggestions, precision %4\n")
                   .arg(band.first, 0, 'f', 1)
                   .arg(std::min(band.second, 1.0), 0, 'f', 1)
                   .arg(total, 4)
                   .arg(total ? double(right) / total : 0.0, 0, 'f', 2);
    }

    QElapsedTimer typing;
    typing.start();
    for (const ValidationSentence &sentence : everySentence)
        extractor.extract(sentence.text);
    out << QStringLiteral("extractor time per job-advert sentence with ESCO: %1 us\n")
               .arg(double(typing.nsecsElapsed()) / 1000.0 / double(std::max<qsizetype>(1, everySentence.size())),
                    0,
                    'f',
                    1);
    const Result<QVector<AnnotatedNote>> tune =
        NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_SOURCE_DIR "/tests/data/extractor/tune.jsonl"));
    if (tune && !tune->isEmpty()) {
        typing.restart();
        qint64 worst = 0;
        for (const AnnotatedNote &note : tune.value()) {
            QElapsedTimer one;
            one.start();
            extractor.extract(note.text);
            worst = std::max(worst, one.nsecsElapsed());
        }
        out << QStringLiteral("extractor time per coach note with ESCO: %1 us mean, %2 us worst (%3 notes)\n")
                   .arg(double(typing.nsecsElapsed()) / 1000.0 / double(tune->size()), 0, 'f', 1)
                   .arg(double(worst) / 1000.0, 0, 'f', 1)
                   .arg(tune->size());
        QString big;
        for (qsizetype i = 0; big.size() < NoteExtractor::MaxInputChars; ++i)
            big += tune->at(i % tune->size()).text + QLatin1Char(' ');
        typing.restart();
        const qsizetype found = extractor.extract(big).size();
        out << QStringLiteral("extractor on %1 characters of notes with ESCO: %2 ms, %3 suggestions\n")
                   .arg(big.size())
                   .arg(typing.elapsed())
                   .arg(found);
    }
    out.flush();
}

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

    // Issue 16 §21: Welsh notes, written for Waymark with the mutations a coach would write, beside English.
    const Result<QVector<AnnotatedNote>> welsh =
        NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_SOURCE_DIR "/bench/data/welsh-notes.jsonl"));
    if (!welsh) {
        out << QStringLiteral("extractor, Welsh set: skipped (%1)\n").arg(welsh.error().message);
    } else {
        const QMap<QString, ExtractionScore> welshScores = extractor.score(welsh.value());
        table(
            out,
            QStringLiteral("extractor, Welsh set (%1 snippets, written beside the Welsh lexicons):").arg(welsh->size()),
            welshScores);
        const ExtractionScore english = totalOf(allScores);
        const ExtractionScore cymraeg = totalOf(welshScores);
        out << QStringLiteral("extractor, all kinds together: English P %1 R %2 (%3 snippets), Welsh P %4 R %5 (%6 "
                              "snippets)\n")
                   .arg(english.precision(), 0, 'f', 2)
                   .arg(english.recall(), 0, 'f', 2)
                   .arg(all.size())
                   .arg(cymraeg.precision(), 0, 'f', 2)
                   .arg(cymraeg.recall(), 0, 'f', 2)
                   .arg(welsh->size());
    }
    const Result<QVector<AnnotatedNote>> welshHeldOut =
        NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_SOURCE_DIR "/bench/data/welsh-notes-heldout.jsonl"));
    if (welshHeldOut) {
        table(out,
              QStringLiteral("extractor, Welsh held-out set (%1 snippets, never tuned on):").arg(welshHeldOut->size()),
              extractor.score(welshHeldOut.value()));
    }
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
    benchSkillValidation(out);
}
