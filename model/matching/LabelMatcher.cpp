#include "model/matching/LabelMatcher.h"

#include "model/core/TextFolding.h"

#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <vector>

namespace
{
    struct Spelling
    {
        const char *american;
        const char *british;
    };

    // Whole-word US spellings met in job adverts and CVs, and the suffix rules below for the rest.
    constexpr Spelling WordSpellings[] = {
        {"center", "centre"},
        {"color", "colour"},
        {"labor", "labour"},
        {"behavior", "behaviour"},
        {"license", "licence"},
        {"catalog", "catalogue"},
        {"favor", "favour"},
        {"honor", "honour"},
        {"meter", "metre"},
        {"theater", "theatre"},
        {"fiber", "fibre"},
        {"defense", "defence"},
        {"offense", "offence"},
        {"practise", "practice"},
        {"aluminum", "aluminium"},
        {"tire", "tyre"},
        {"curb", "kerb"},
        {"pediatric", "paediatric"},
        {"anesthetic", "anaesthetic"},
        {"esthetic", "aesthetic"},
        {"fueling", "fuelling"},
        {"traveling", "travelling"},
        {"modeling", "modelling"},
        {"labeling", "labelling"},
        {"enroll", "enrol"},
        {"counseling", "counselling"},
        {"jewelry", "jewellery"},
        {"mold", "mould"},
        {"plow", "plough"},
        {"gray", "grey"},
        {"program", "programme"},
    };

    struct Suffix
    {
        const char *from;
        const char *to;
    };

    constexpr Suffix SpellingSuffixes[] = {
        {"izations", "isation"},
        {"ization", "isation"},
        {"izing", "ising"},
        {"ized", "ised"},
        {"izes", "ise"},
        {"ize", "ise"},
        {"yzing", "ysing"},
        {"yzed", "ysed"},
        {"yze", "yse"},
    };

    QString britishWord(const QString &word)
    {
        static const QHash<QString, QString> words = [] {
            QHash<QString, QString> map;
            for (const Spelling &s : WordSpellings) {
                map.insert(QString::fromLatin1(s.american), QString::fromLatin1(s.british));
                map.insert(QString::fromLatin1(s.american) + QLatin1Char('s'),
                           QString::fromLatin1(s.british) + QLatin1Char('s'));
            }
            return map;
        }();
        if (const auto it = words.constFind(word); it != words.constEnd())
            return *it;
        // "size" and "prize" keep their z.
        if (word.size() > 5) {
            for (const Suffix &s : SpellingSuffixes) {
                const QLatin1String from(s.from);
                if (word.endsWith(from))
                    return word.left(word.size() - from.size()) + QLatin1String(s.to);
            }
        }
        return word;
    }

    QString singular(const QString &word)
    {
        if (word.size() <= 3)
            return word;
        if (word.endsWith(QLatin1String("ies")) && word.size() > 4)
            return word.left(word.size() - 3) + QLatin1Char('y');
        if (word.endsWith(QLatin1String("sses")) || word.endsWith(QLatin1String("ches")) ||
            word.endsWith(QLatin1String("shes")) || word.endsWith(QLatin1String("xes")))
            return word.left(word.size() - 2);
        if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")) &&
            !word.endsWith(QLatin1String("us")) && !word.endsWith(QLatin1String("is")))
            return word.chopped(1);
        return word;
    }

    quint64 trigramCode(QStringView three)
    {
        return (quint64(three[0].unicode()) << 32) | (quint64(three[1].unicode()) << 16) | quint64(three[2].unicode());
    }

    /** Distinct trigrams of " text ", so short words and word edges count. */
    QVector<quint64> trigramsOf(const QString &text)
    {
        const QString padded = QLatin1Char(' ') + text + QLatin1Char(' ');
        QVector<quint64> out;
        for (qsizetype i = 0; i + 3 <= padded.size(); ++i)
            out.append(trigramCode(QStringView(padded).mid(i, 3)));
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    }

    /** Words that say nothing about which skill is meant: "skills in using a computer" is about the computer. */
    bool isLightWord(const QString &word)
    {
        static const QSet<QString> light = [] {
            QSet<QString> set;
            for (const char *w :
                 {"a",     "an",      "and",    "as",      "at",        "by",        "for",       "from",
                  "good",  "in",      "into",   "of",      "on",        "or",        "the",       "to",
                  "up",    "with",    "within", "use",     "using",     "used",      "work",      "working",
                  "skill", "ability", "able",   "general", "basic",     "other",     "own",       "their",
                  "your",  "my",      "deal",   "dealing", "knowledge", "awareness", "experience"})
                set.insert(QString::fromLatin1(w));
            return set;
        }();
        return word.size() < 2 || light.contains(word);
    }

    /**
     * A rough stem, so "cleaning", "cleaner" and "cleaned" meet, as do "computer" and "computing". Only for
     * offering candidates: a wrong stem costs a poor candidate, never a wrong match.
     */
    QString wordStem(const QString &word)
    {
        for (const char *suffix : {"ing", "er", "ed"}) {
            const QLatin1String end(suffix);
            if (word.size() > end.size() + 3 && word.endsWith(end))
                return word.left(word.size() - end.size());
        }
        return word;
    }

    QStringList weightyStems(const QString &variantKey)
    {
        QStringList out;
        for (const QString &word : variantKey.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (isLightWord(word))
                continue;
            const QString stem = wordStem(word);
            if (!out.contains(stem))
                out.append(stem);
        }
        return out;
    }
} // namespace

QString LabelMatcher::normalise(const QString &text)
{
    const QString folded = TextFolding::fold(text.left(MaxInputLength));
    QString out;
    out.reserve(folded.size());
    bool space = true;
    auto appendSpace = [&] {
        if (!space)
            out.append(QLatin1Char(' '));
        space = true;
    };
    for (QChar c : folded) {
        if (c == QLatin1Char('&')) {
            appendSpace();
            out.append(QLatin1String("and"));
            space = false;
            appendSpace();
        } else if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#')) {
            out.append(c);
            space = false;
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            // "carer's" -> "carers": an apostrophe joins rather than splits.
        } else {
            appendSpace();
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString LabelMatcher::variantKey(const QString &text)
{
    const QStringList words = normalise(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    out.reserve(words.size());
    for (const QString &word : words)
        out.append(singular(britishWord(word)));
    return out.join(QLatin1Char(' '));
}

void LabelMatcher::add(const QString &label, int target, bool preferred)
{
    const QString key = normalise(label);
    if (key.isEmpty())
        return;
    if (preferred) {
        m_exact.insert(key, target);
        m_labels.insert(key, label);
    } else if (!m_exact.contains(key) && !m_alternative.contains(key)) {
        m_alternative.insert(key, target);
        m_labels.insert(key, label);
    }
    const QString variant = variantKey(label);
    if (!m_variant.contains(variant)) {
        m_variant.insert(variant, int(m_keys.size()));
        m_keys.append({variant, target, 0, label});
    }
}

void LabelMatcher::finish()
{
    m_trigrams.clear();
    for (int k = 0; k < m_keys.size(); ++k) {
        const QVector<quint64> grams = trigramsOf(m_keys.at(k).text);
        m_keys[k].trigramCount = int(grams.size());
        for (quint64 g : grams)
            m_trigrams[g].append(k);
    }
}

LabelMatcher::Match LabelMatcher::lookup(const QString &text, bool fuzzy) const
{
    const QString key = normalise(text);
    if (key.isEmpty())
        return {};
    if (const auto it = m_exact.constFind(key); it != m_exact.constEnd())
        return {*it, How::Exact, 1.0, m_labels.value(key)};
    if (const auto it = m_alternative.constFind(key); it != m_alternative.constEnd())
        return {*it, How::Alternative, 1.0, m_labels.value(key)};
    const QString variant = variantKey(text);
    if (const auto it = m_variant.constFind(variant); it != m_variant.constEnd())
        return {m_keys.at(*it).target, How::Variant, VariantConfidence, m_keys.at(*it).label};
    if (!fuzzy)
        return {};

    // Dice similarity on trigrams; only keys sharing a trigram are visited. A flat count per key is
    // far cheaper than a hash when a common trigram is shared by thousands of ESCO labels.
    const QVector<quint64> grams = trigramsOf(variant);
    std::vector<int> shared(size_t(m_keys.size()), 0);
    std::vector<int> touched;
    for (quint64 g : grams) {
        const auto it = m_trigrams.constFind(g);
        if (it == m_trigrams.constEnd())
            continue;
        for (int k : *it) {
            if (shared[size_t(k)]++ == 0)
                touched.push_back(k);
        }
    }
    // In key order, so of equal candidates the label added first is the evidence.
    std::sort(touched.begin(), touched.end());
    Match best;
    for (int k : touched) {
        const double dice = 2.0 * shared[size_t(k)] / double(grams.size() + m_keys.at(k).trigramCount);
        if (dice < FuzzyThreshold)
            continue;
        const int target = m_keys.at(k).target;
        if (dice > best.confidence || (dice == best.confidence && target < best.target))
            best = {target, How::Fuzzy, dice, m_keys.at(k).label};
    }
    if (best.found())
        best.confidence = std::min(best.confidence, VariantConfidence - 0.05);
    return best;
}

double LabelMatcher::WordIndex::weight(const QString &word) const
{
    // Inverse document frequency: a word on a handful of labels says far more than one on hundreds. A word on
    // no label weighs as one on a single label: it tells against every candidate alike.
    const qsizetype holders = std::max<qsizetype>(1, keysByWord.value(word).size());
    return std::log(1.0 + double(keyWords.size()) / double(holders + 1));
}

const LabelMatcher::WordIndex &LabelMatcher::wordIndex() const
{
    QMutexLocker lock(&m_wordIndexLock);
    if (!m_wordIndex) {
        auto index = std::make_unique<WordIndex>();
        index->keyWords.reserve(m_keys.size());
        for (int k = 0; k < m_keys.size(); ++k) {
            index->keyWords.append(weightyStems(m_keys.at(k).text));
            for (const QString &word : index->keyWords.constLast())
                index->keysByWord[word].append(k);
        }
        m_wordIndex = std::move(index);
    }
    return *m_wordIndex;
}

QVector<LabelMatcher::Match> LabelMatcher::candidates(const QString &text, int limit) const
{
    QVector<Match> out;
    if (limit <= 0)
        return out;
    auto offered = [&out](int target) {
        return std::any_of(out.cbegin(), out.cend(), [target](const Match &m) { return m.target == target; });
    };
    if (const Match best = lookup(text); best.found())
        out.append(best);

    const WordIndex &index = wordIndex();
    const QStringList words = weightyStems(variantKey(text));
    if (words.isEmpty())
        return out;
    double textWeight = 0;
    for (const QString &word : words)
        textWeight += index.weight(word);

    // Weighted Jaccard of the text's words and each label's: the weight they share over the weight of both.
    QHash<int, double> sharedWeight;
    for (const QString &word : words) {
        const double weight = index.weight(word);
        for (int k : index.keysByWord.value(word))
            sharedWeight[k] += weight;
    }
    QVector<Match> byWords;
    for (auto it = sharedWeight.cbegin(); it != sharedWeight.cend(); ++it) {
        double labelWeight = 0;
        for (const QString &word : index.keyWords.at(it.key()))
            labelWeight += index.weight(word);
        const double score = it.value() / (textWeight + labelWeight - it.value());
        if (score >= SharedWordsThreshold)
            byWords.append({m_keys.at(it.key()).target, How::SharedWords, score, m_keys.at(it.key()).label});
    }
    std::sort(byWords.begin(), byWords.end(), [](const Match &a, const Match &b) {
        return a.confidence != b.confidence ? a.confidence > b.confidence : a.target < b.target;
    });
    for (const Match &m : std::as_const(byWords)) {
        if (out.size() >= limit)
            break;
        if (!offered(m.target))
            out.append({m.target, m.how, std::min(m.confidence, VariantConfidence - 0.1), m.label});
    }
    return out;
}
