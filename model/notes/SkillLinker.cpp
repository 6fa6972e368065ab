#include "SkillLinker.h"

#include "model/notes/NoteLexicon.h"

#include <QRegularExpression>
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
    /** The most that the sentence's words fitting the concept's labels and description add. */
    constexpr double ContextWeight = 0.2;
    /** Content words of a coordinated list a cue after it reaches back over ("A and B skills"). */
    constexpr int MaxListWords = 2;
    /** Every word of a label of several words, in another form or order, without a cue ("cooperating with colleagues").
     */
    constexpr double WordFormFactor = 0.9;
    /** Words either side of a span that are weighed against its concept. */
    constexpr int ContextReach = 12;
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
    constexpr Knot Calibration[] = {
        {0.0, 0.0}, {0.5, 0.2}, {0.6, 0.26}, {0.75, 0.47}, {0.85, 0.57}, {0.925, 0.62}, {0.975, 0.73}, {1.0, 0.75}};
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
    constexpr double InstancePenalty = 0.3;
    constexpr double SharedPenalty = 0.12;
    constexpr double CommonPenalty = 0.25;
    /** An ordinary word alone ("design") stays under MinScore even as a preferred label, unless a cue is beside it. */
    constexpr double OneCommonWordPenalty = 0.4;

    bool hasUpper(const QString &text)
    {
        return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isUpper(); });
    }

    /**
     * `alt` is written as a name (a capital letter) where `preferred` is all ordinary words, and is not its
     * acronym: "ETL" is the initials of "data extraction, transformation and loading tools" in order.
     */
    bool isInstanceName(const QString &alt, const QString &preferred)
    {
        if (!hasUpper(alt) || hasUpper(preferred))
            return false;
        static const QRegularExpression nonWord(QStringLiteral("[^\\w]+"));
        static const QRegularExpression nonLetter(QStringLiteral("[^A-Za-z]"));
        QString initials;
        for (const QString &word : preferred.split(nonWord, Qt::SkipEmptyParts))
            initials += word.at(0).toUpper();
        QString letters = alt;
        letters.remove(nonLetter);
        if (letters.size() < 2 || letters != letters.toUpper())
            return true;
        qsizetype at = 0;
        for (QChar c : std::as_const(letters)) {
            at = initials.indexOf(c, at);
            if (at < 0)
                return true;
            ++at;
        }
        return false;
    }
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
    m_minScore = taxonomy.source() == QLatin1String("builtin") ? MinScore : MinScoreImported;
    QVector<int> conceptCount; // per stem id: concepts whose labels hold it
    QVector<int> lastConcept;
    QHash<QString, QSet<int>> conceptsByKey;
    for (int i = 0; i < taxonomy.concepts().size(); ++i) {
        const SkillConcept &c = taxonomy.concepts().at(i);
        if (c.type != ConceptType::Skill && c.type != ConceptType::Knowledge)
            continue;
        QStringList labels{c.preferredLabel};
        // "Java (computer programming)": the name before the brackets is how people write the preferred label.
        const qsizetype bracket = c.preferredLabel.indexOf(QLatin1String(" ("));
        const bool qualified = bracket > 0 && c.preferredLabel.endsWith(QLatin1Char(')'));
        if (qualified)
            labels.append(c.preferredLabel.left(bracket));
        const int preferredCount = int(labels.size());
        labels += c.altLabels;
        for (int l = 0; l < labels.size(); ++l) {
            const QString folded = LabelMatcher::variantKey(labels.at(l));
            if (folded.isEmpty())
                continue;
            Label label;
            label.conceptIndex = i;
            label.preferred = l < preferredCount;
            label.guarded = m_stoplist.contains(folded);
            label.instance = l >= preferredCount && isInstanceName(labels.at(l), c.preferredLabel);
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
    m_conceptWords.resize(taxonomy.concepts().size());
    for (Label &label : m_labels) {
        for (int s : std::as_const(label.stems)) {
            label.weight += m_idf.at(s);
            m_conceptWords[label.conceptIndex].append(s);
        }
    }
    // A description's words count only where some label uses them: they are compared with a note's words
    // through the same stems, and a word no label holds cannot tell two skills apart anyway.
    QHash<QString, int> idOfWord; // descriptions repeat their words: stem each once
    for (int i = 0; i < taxonomy.concepts().size(); ++i) {
        QVector<int> &words = m_conceptWords[i];
        const QString &description = taxonomy.concepts().at(i).description;
        if (!description.isEmpty() && !words.isEmpty()) {
            for (const QString &word :
                 LabelMatcher::variantKey(description).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                auto known = idOfWord.constFind(word);
                if (known == idOfWord.constEnd())
                    known =
                        idOfWord.insert(word, m_functionWords.contains(word) ? -1 : m_stemIds.value(stem(word), -1));
                if (*known >= 0)
                    words.append(*known);
            }
        }
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        words.squeeze();
    }
}

bool SkillLinker::plainWordForm(const QVector<NoteToken> &tokens, int first, int last, const Label &label) const
{
    const QStringList labelWords = label.key.split(QLatin1Char(' '));
    for (int q = first; q <= last; ++q) {
        const QString &key = tokens.at(q).key;
        // "transport and a clean ..." joins two things; it does not name one.
        if (key == QLatin1String("and") || key == QLatin1String("or"))
            return false;
        if (labelWords.contains(key))
            continue;
        // A person ("door supervisor", "van driver") is a job, and a past event ("appointment booked") is news;
        // neither says the person has the skill.
        for (const char *ending : {"er", "or", "ed"}) {
            if (key.endsWith(QLatin1String(ending)))
                return false;
        }
    }
    return true;
}

double SkillLinker::contextFit(int conceptIndex, const QVector<int> &ids, int first, int last, int from, int end) const
{
    const QVector<int> &words = m_conceptWords.at(conceptIndex);
    double total = 0;
    double matched = 0;
    for (int q = std::max(from, first - ContextReach); q < std::min(end, last + ContextReach + 1); ++q) {
        if (q >= first && q <= last)
            continue;
        const int id = ids.at(q);
        if (id < 0)
            continue;
        total += m_idf.at(id);
        if (std::binary_search(words.cbegin(), words.cend(), id))
            matched += m_idf.at(id);
    }
    return total > 0 ? matched / total : 0.0;
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
    if (label.instance)
        s -= InstancePenalty;
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
    // A cue just after, or after the rest of a short coordinated list ("communication and presentation skills").
    bool coordinated = false;
    int listWords = 0;
    for (int at = last + 1; at < tokens.size() && at <= last + 2 + MaxListWords; ++at) {
        if (tokens.at(at).breakBefore >= 2)
            break;
        if (NoteTokenizer::phraseStartsAt(tokens, at, m_cuesAfter)) {
            bonus += CueBonus;
            break;
        }
        const QString &key = tokens.at(at).key;
        if (key == QLatin1String("and") || key == QLatin1String("or"))
            coordinated = true;
        else if (!m_functionWords.contains(key) && (!coordinated || ++listWords > MaxListWords))
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

    // Sentence bounds (strong breaks), for the words a candidate's concept is weighed against.
    QVector<int> sentenceOf(n);
    QVector<int> sentenceStarts{0};
    for (int i = 1; i < n; ++i) {
        if (tokens.at(i).breakBefore >= 2)
            sentenceStarts.append(i);
        sentenceOf[i] = int(sentenceStarts.size()) - 1;
    }
    sentenceStarts.append(n);

    QVector<Candidate> candidates;
    const auto consider =
        [&](int labelIndex, int first, int last, double labelCover, double spanCover, int matchedCount) {
            const Label &label = m_labels.at(labelIndex);
            if (label.capitals && (first != last || !tokens.at(first).upper))
                return;
            // Anything but the label as written (another word form, a near phrasing) needs a cue beside it.
            const double bonus = contextBonus(tokens, first, last);
            const bool whole = labelCover >= 0.999 && spanCover >= 0.999;
            const bool literal = whole && literalKey(tokens, first, last) == label.key;
            // Every word of a label of several words in another form ("cooperating with colleagues") is
            // nearly as good as the label; a near phrasing, or a guarded label, needs a cue.
            const bool wordForm = whole && !literal && label.stems.size() >= 2 && !label.guarded &&
                                  plainWordForm(tokens, first, last, label);
            // A guarded label ("communication") only as written, and only beside a cue ("communication skills").
            if (label.guarded && (!literal || bonus <= 0))
                return;
            if (!literal && !wordForm && bonus <= 0)
                return;
            // One word is not enough evidence for a label of several ("till" is not "till operation").
            if (!literal && matchedCount < std::min<qsizetype>(2, label.stems.size()))
                return;
            const double sim = labelCover * std::sqrt(spanCover);
            const double likeness = literal ? 1.0 : wordForm ? WordFormFactor : NearPhrasingFactor * sim;
            double confidence = specificity(label, tokens.at(first)) * likeness;
            const int sentence = sentenceOf.at(first);
            confidence += bonus + ContextWeight * contextFit(label.conceptIndex,
                                                             ids,
                                                             first,
                                                             last,
                                                             sentenceStarts.at(sentence),
                                                             sentenceStarts.at(sentence + 1));
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
        if (c.confidence < m_minScore)
            break;
        if (std::any_of(taken.cbegin() + c.first, taken.cbegin() + c.last + 1, [](bool t) { return t; }))
            continue;
        std::fill(taken.begin() + c.first, taken.begin() + c.last + 1, true);
        out.append({c.first, c.last, m_labels.at(c.label).conceptIndex, calibrated(c.confidence)});
    }
    std::sort(out.begin(), out.end(), [](const SkillLink &a, const SkillLink &b) { return a.first < b.first; });
    return out;
}
