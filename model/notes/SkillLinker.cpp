#include "SkillLinker.h"

#include "model/notes/NoteLexicon.h"

#include <QtMath>

#include <algorithm>

namespace
{
    /** Suffixes stripped by stem(), longest first; a replacement keeps "isation" and "ise" together. */
    struct Suffix
    {
        const char *ending;
        const char *replacement;
    };
    constexpr Suffix Suffixes[] = {
        {"isation", "ise"},
        {"ational", "ate"},
        {"ation", "ate"},
        {"ement", ""},
        {"ment", ""},
        {"ing", ""},
        {"ion", ""},
        {"ive", ""},
        {"sis", "s"},
        {"ed", ""},
        {"er", ""},
        {"or", ""},
        {"es", ""},
        {"e", ""},
        {"s", ""},
    };
    constexpr int MinStemLength = 4;

    /** How much each piece of context adds to a candidate's confidence. */
    constexpr double CueBonus = 0.15;
    /** A near phrasing can never be as sure as the label itself. */
    constexpr double NearPhrasingFactor = 0.8;
    constexpr double MaxConfidence = 0.99;
    /**
     * Raw score -> calibrated confidence, piecewise linear: the precision measured per raw-score band
     * on the validation job-advert sentences with ESCO, made monotone (pooled where a band scored
     * below the one under it). See docs/matching.md; re-measure with `make bench` when scoring changes.
     */
    struct Knot
    {
        double score;
        double confidence;
    };
    constexpr Knot Calibration[] = {{0.0, 0.0}, {0.5, 0.1}, {0.65, 0.15}, {0.8, 0.47}, {0.93, 0.57}, {1.0, 0.7}};
    /** A near phrasing must cover at least this share of its label's weight. */
    constexpr double MinLabelCover = 0.6;
    /** A label of several words, specific to its concept, as written. */
    constexpr double MultiWordSpecificity = 0.95;
    /** A one-word label as frequent in the taxonomy as CommonIdf or more. */
    constexpr double OneWordSpecificity = 0.45;
    /** A word in this many concepts' labels is common in the taxonomy; in this few, rare. */
    constexpr int CommonWordConcepts = 30;
    constexpr int RareWordConcepts = 2;
    constexpr double TechnicalBonus = 0.1;
    constexpr double AlternativePenalty = 0.2;
    constexpr double SharedPenalty = 0.12;
    constexpr double CommonPenalty = 0.25;
    /** An ordinary word alone ("design") stays under MinScore even as a preferred label, unless a cue is beside it. */
    constexpr double OneCommonWordPenalty = 0.4;
} // namespace

SkillLinker::SkillLinker(std::shared_ptr<const SkillNormaliser> normaliser)
    : m_normaliser(std::move(normaliser))
{
    loadWords();
    if (m_normaliser)
        build(m_normaliser->taxonomy());
}

QString SkillLinker::stem(const QString &key)
{
    QString word = key;
    for (const Suffix &s : Suffixes) {
        const QLatin1String ending(s.ending);
        if (!word.endsWith(ending))
            continue;
        const QString rest = word.left(word.size() - ending.size()) + QLatin1String(s.replacement);
        if (rest.size() >= MinStemLength)
            word = rest;
        break;
    }
    // "management" -> "manage" -> "manag", the stem of "managing" and "manager" too.
    if (word.size() > MinStemLength && word.endsWith(QLatin1Char('e')))
        word.chop(1);
    // "programm" (from "programming") -> "program"; "ll" and "ss" stay ("install", "assess").
    if (word.size() > MinStemLength + 1 && word.at(word.size() - 1) == word.at(word.size() - 2) &&
        word.back().isLetter() && word.back() != QLatin1Char('l') && word.back() != QLatin1Char('s'))
        word.chop(1);
    return word;
}

void SkillLinker::loadWords()
{
    for (const QString &line : NoteLexicon::lines(QStringLiteral("function_words.txt")))
        m_functionWords.insert(LabelMatcher::variantKey(line));
    for (const QString &line : NoteLexicon::lines(QStringLiteral("common_words.txt")))
        m_commonStems.insert(stem(LabelMatcher::variantKey(line)));
    for (const QString &line : NoteLexicon::lines(QStringLiteral("stoplist.txt")))
        m_stoplist.insert(LabelMatcher::variantKey(line));
    for (const QString &line : NoteLexicon::lines(QStringLiteral("skill_cues.txt"))) {
        const QString where = line.section(QLatin1Char('|'), 0, 0);
        const QStringList words = NoteTokenizer::keyWords(line.section(QLatin1Char('|'), 1));
        if (words.isEmpty())
            continue;
        if (where == QLatin1String("before"))
            m_cuesBefore.append(words);
        else if (where == QLatin1String("after"))
            m_cuesAfter.append(words);
        else if (where == QLatin1String("filler"))
            m_fillers.insert(words.join(QLatin1Char(' ')));
    }
}

void SkillLinker::build(const Taxonomy &taxonomy)
{
    QVector<int> conceptCount; // per stem id: concepts whose labels hold it
    QVector<int> lastConcept;
    QHash<QString, QSet<int>> conceptsByKey;
    for (int i = 0; i < taxonomy.concepts().size(); ++i) {
        const SkillConcept &c = taxonomy.concepts().at(i);
        if (c.type != ConceptType::Skill && c.type != ConceptType::Knowledge)
            continue;
        QStringList labels{c.preferredLabel};
        labels += c.altLabels;
        for (int l = 0; l < labels.size(); ++l) {
            const QString folded = LabelMatcher::variantKey(labels.at(l));
            if (folded.isEmpty() || m_stoplist.contains(folded))
                continue;
            Label label;
            label.conceptIndex = i;
            label.preferred = l == 0;
            label.capitals = NoteLexicon::caseRuleOf(labels.at(l)) == NoteLexicon::CaseRule::Capitals;
            QStringList stems;
            QStringList words;
            for (const QString &word : folded.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (m_functionWords.contains(word))
                    continue;
                words.append(word);
                const QString s = stem(word);
                auto it = m_stemIds.constFind(s);
                if (it == m_stemIds.constEnd()) {
                    it = m_stemIds.insert(s, int(m_stemIds.size()));
                    conceptCount.append(0);
                    lastConcept.append(-1);
                    m_postings.append(QVector<int>());
                }
                if (!label.stems.contains(*it)) {
                    label.stems.append(*it);
                    stems.append(s);
                }
            }
            if (label.stems.isEmpty() || label.stems.size() > NoteLexicon::MaxPhraseWords)
                continue;
            label.key = words.join(QLatin1Char(' '));
            label.common =
                std::all_of(stems.cbegin(), stems.cend(), [&](const QString &s) { return m_commonStems.contains(s); });
            const int index = int(m_labels.size());
            for (int s : std::as_const(label.stems)) {
                if (lastConcept.at(s) != i) {
                    lastConcept[s] = i;
                    ++conceptCount[s];
                }
                m_postings[s].append(index);
            }
            std::sort(stems.begin(), stems.end());
            const QString key = stems.join(QLatin1Char(' '));
            m_exact[key].append(index);
            conceptsByKey[label.key].insert(i);
            m_labels.append(label);
        }
    }
    const double concepts = std::max<double>(1, taxonomy.concepts().size());
    m_idf.resize(conceptCount.size());
    for (int s = 0; s < conceptCount.size(); ++s) {
        m_idf[s] = float(std::log((concepts + 1) / (conceptCount.at(s) + 1)) + 1);
        m_maxIdf = std::max(m_maxIdf, m_idf.at(s));
    }
    for (Label &label : m_labels)
        label.sharedBy = int(conceptsByKey.value(label.key).size());
    m_conceptCount = conceptCount;
    for (Label &label : m_labels) {
        for (int s : std::as_const(label.stems))
            label.weight += m_idf.at(s);
    }
}

double SkillLinker::calibrated(double score)
{
    const double clamped = std::clamp(score, 0.0, 1.0);
    for (qsizetype k = 1; k < qsizetype(std::size(Calibration)); ++k) {
        const Knot &lo = Calibration[k - 1];
        const Knot &hi = Calibration[k];
        if (clamped <= hi.score)
            return lo.confidence + (hi.confidence - lo.confidence) * (clamped - lo.score) / (hi.score - lo.score);
    }
    return Calibration[std::size(Calibration) - 1].confidence;
}

bool SkillLinker::hasCue(const QVector<NoteToken> &tokens, int from, int end) const
{
    for (int at = std::max(0, from - 2); at < end; ++at) {
        if (NoteTokenizer::phraseEndsAt(tokens, at, m_cuesBefore) ||
            NoteTokenizer::phraseStartsAt(tokens, at, m_cuesAfter))
            return true;
    }
    return false;
}

QString SkillLinker::literalKey(const QVector<NoteToken> &tokens, int first, int last) const
{
    QString key;
    for (int i = first; i <= last; ++i) {
        if (m_functionWords.contains(tokens.at(i).key))
            continue;
        key = key.isEmpty() ? tokens.at(i).key : key + QLatin1Char(' ') + tokens.at(i).key;
    }
    return key;
}

int SkillLinker::stemId(const QString &key) const
{
    if (m_functionWords.contains(key))
        return -1;
    const int id = m_stemIds.value(stem(key), -2);
    return id == -2 && m_fillers.contains(key) ? -1 : id;
}

double SkillLinker::specificity(const Label &label, const NoteToken &token) const
{
    double s = MultiWordSpecificity;
    if (label.stems.size() == 1) {
        // One word names a concept only when it is rare across the whole taxonomy ("TypeScript", not "data").
        const double concepts = std::max(1, m_conceptCount.at(label.stems.first()));
        const double rarity = std::clamp(std::log(double(CommonWordConcepts) / concepts) /
                                             std::log(double(CommonWordConcepts) / RareWordConcepts),
                                         0.0,
                                         1.0);
        s = OneWordSpecificity + (MultiWordSpecificity - OneWordSpecificity) * rarity;
        if (token.technical || token.upper)
            s += TechnicalBonus;
    }
    if (!label.preferred)
        s -= AlternativePenalty;
    if (label.sharedBy > 1)
        s -= SharedPenalty * std::min(label.sharedBy - 1, 3);
    if (label.common)
        s -= label.stems.size() == 1 ? OneCommonWordPenalty : CommonPenalty;
    return s;
}

double SkillLinker::contextBonus(const QVector<NoteToken> &tokens, int first, int last) const
{
    double bonus = 0;
    // A cue just before, perhaps with an article between ("experience in the ...").
    for (int at = first - 1; at >= 0 && at >= first - 2; --at) {
        if (tokens.at(at + 1).breakBefore >= 2)
            break;
        if (NoteTokenizer::phraseEndsAt(tokens, at, m_cuesBefore)) {
            bonus += CueBonus;
            break;
        }
        if (!m_functionWords.contains(tokens.at(at).key))
            break;
    }
    for (int at = last + 1; at < tokens.size() && at <= last + 2; ++at) {
        if (tokens.at(at).breakBefore >= 2)
            break;
        if (NoteTokenizer::phraseStartsAt(tokens, at, m_cuesAfter)) {
            bonus += CueBonus;
            break;
        }
        if (!m_functionWords.contains(tokens.at(at).key))
            break;
    }
    return bonus;
}

QVector<SkillLink> SkillLinker::link(const QVector<NoteToken> &tokens) const
{
    if (m_labels.isEmpty() || tokens.isEmpty())
        return {};
    const int n = int(tokens.size());
    QVector<int> ids(n);
    QVector<float> weights(n);
    QVector<bool> filler(n);
    for (int i = 0; i < n; ++i) {
        ids[i] = stemId(tokens.at(i).key);
        filler[i] = m_fillers.contains(tokens.at(i).key);
        // A filler ("strong", "experience") may be part of a label ("good communicator") but adds no weight.
        weights[i] = filler.at(i) ? 0 : ids.at(i) >= 0 ? m_idf.at(ids.at(i)) : ids.at(i) == -2 ? m_maxIdf : 0;
    }

    QVector<Candidate> candidates;
    const auto consider =
        [&](int labelIndex, int first, int last, double labelCover, double spanCover, int matchedCount) {
            const Label &label = m_labels.at(labelIndex);
            if (label.capitals && (first != last || !tokens.at(first).upper))
                return;
            // Anything but the label as written (another word form, a near phrasing) needs a cue beside it.
            const double bonus = contextBonus(tokens, first, last);
            const bool literal =
                labelCover >= 0.999 && spanCover >= 0.999 && literalKey(tokens, first, last) == label.key;
            if (!literal && bonus <= 0)
                return;
            // One word is not enough evidence for a label of several ("till" is not "till operation").
            if (!literal && matchedCount < std::min<qsizetype>(2, label.stems.size()))
                return;
            const double sim = labelCover * std::sqrt(spanCover);
            double confidence = specificity(label, tokens.at(first)) * (literal ? 1.0 : NearPhrasingFactor * sim);
            confidence += bonus;
            candidates.append({first, last, labelIndex, std::min(confidence, MaxConfidence)});
        };

    int segmentStart = 0;
    QHash<int, bool> seen;
    for (int end = 1; end <= n; ++end) {
        if (end < n && tokens.at(end).breakBefore < 1)
            continue;
        const int from = segmentStart;
        segmentStart = end;
        seen.clear();
        // Near phrasings need a cue beside them, so only a clause with a cue is searched for them.
        for (int p = hasCue(tokens, from, end) ? from : end; p < end; ++p) {
            if (ids.at(p) < 0 || filler.at(p) || m_postings.at(ids.at(p)).size() > MaxTriggerLabels)
                continue;
            for (int labelIndex : m_postings.at(ids.at(p))) {
                if (seen.contains(labelIndex))
                    continue;
                seen.insert(labelIndex, true);
                const Label &label = m_labels.at(labelIndex);
                const int reach = int(label.stems.size()) + MaxGap;
                int lo = n;
                int hi = -1;
                double matched = 0;
                int matchedCount = 0;
                for (int s : label.stems) {
                    int best = -1;
                    for (int q = std::max(from, p - reach); q < std::min(end, p + reach + 1); ++q) {
                        if (ids.at(q) == s && (best < 0 || std::abs(q - p) < std::abs(best - p)))
                            best = q;
                    }
                    if (best < 0)
                        continue;
                    matched += m_idf.at(s);
                    ++matchedCount;
                    lo = std::min(lo, best);
                    hi = std::max(hi, best);
                }
                const double labelCover = matched / label.weight;
                if (matchedCount == 0 || labelCover < MinLabelCover)
                    continue;
                double spanWeight = 0;
                int content = 0;
                for (int q = lo; q <= hi; ++q) {
                    spanWeight += weights.at(q);
                    content += ids.at(q) != -1 && !filler.at(q) ? 1 : 0;
                }
                if (content - matchedCount > MaxGap)
                    continue;
                consider(labelIndex, lo, hi, labelCover, matched / spanWeight, matchedCount);
            }
        }
        // Every label said in full (in any word order and form) is looked up whole.
        for (int i = from; i < end; ++i) {
            if (ids.at(i) < 0)
                continue;
            QStringList stems;
            for (int j = i; j < end && stems.size() < NoteLexicon::MaxPhraseWords; ++j) {
                if (ids.at(j) == -1)
                    continue;
                if (ids.at(j) == -2)
                    break;
                stems.append(stem(tokens.at(j).key));
                QStringList sorted = stems;
                std::sort(sorted.begin(), sorted.end());
                const auto it = m_exact.constFind(sorted.join(QLatin1Char(' ')));
                if (it == m_exact.constEnd())
                    continue;
                // A filler alone ("good", "experience") is never a skill, even where a label says just that.
                const bool onlyFillers =
                    std::all_of(filler.cbegin() + i, filler.cbegin() + j + 1, [](bool f) { return f; });
                for (int labelIndex : *it) {
                    if (!onlyFillers && m_labels.at(labelIndex).stems.size() == stems.size())
                        consider(labelIndex, i, j, 1.0, 1.0, int(stems.size()));
                }
            }
        }
    }

    // The most confident first; where spans overlap only the first is kept (one concept per span).
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        if (a.confidence != b.confidence)
            return a.confidence > b.confidence;
        return a.last - a.first > b.last - b.first;
    });
    QVector<bool> taken(n, false);
    QVector<SkillLink> out;
    for (const Candidate &c : std::as_const(candidates)) {
        if (c.confidence < MinScore)
            break;
        if (std::any_of(taken.cbegin() + c.first, taken.cbegin() + c.last + 1, [](bool t) { return t; }))
            continue;
        std::fill(taken.begin() + c.first, taken.begin() + c.last + 1, true);
        out.append({c.first, c.last, m_labels.at(c.label).conceptIndex, calibrated(c.confidence)});
    }
    std::sort(out.begin(), out.end(), [](const SkillLink &a, const SkillLink &b) { return a.first < b.first; });
    return out;
}
