#pragma once

#include <QHash>
#include <QMutex>
#include <QString>
#include <QVector>

#include <memory>

/**
 * Maps free text to one of a set of labelled targets (concepts, occupations): an exact preferred
 * label, then an alternative label, then a variant (case, accents, punctuation, plurals and
 * British/American spellings folded away), then a fuzzy match on character trigrams with a
 * confidence. Deterministic: ties go to the target added first.
 */
class LabelMatcher
{
public:
    enum class How
    {
        None,
        Exact,
        Alternative,
        Variant,
        Fuzzy,
        /** Shares weighty words with a label ("Dealing with complaints" and "complaints handling"): a
            candidate for a person to choose, never taken on its own. */
        SharedWords,
    };

    struct Match
    {
        int target = -1;
        How how = How::None;
        /** 1 for an exact or alternative label, a little less for a variant, the similarity for a fuzzy match. */
        double confidence = 0;
        /** The label, as added, that the text matched: the evidence for the match. */
        QString label;
        bool found() const { return target >= 0; }
    };

    /** Below this trigram similarity a fuzzy candidate is not offered. */
    static constexpr double FuzzyThreshold = 0.72;
    static constexpr double VariantConfidence = 0.95;
    /** Longer input is cut: no label is this long, and it bounds the work per lookup. */
    static constexpr qsizetype MaxInputLength = 200;

    /** Preferred labels should be added before alternative labels, so they win a shared label. */
    void add(const QString &label, int target, bool preferred);
    /** Builds the fuzzy index; call once after the last add(). */
    void finish();

    /** With `fuzzy` false, only exact, alternative and variant matches are looked for (the cheap ones). */
    Match lookup(const QString &text, bool fuzzy = true) const;

    /**
     * Up to `limit` distinct targets a person might have meant, best first: lookup()'s match if there is one,
     * then targets whose labels share the text's weighty words (rare words weigh more than common ones, and
     * "skills", "using", "to" weigh nothing). For a person to choose from, so wider than lookup(). Safe to call
     * from several threads; the word index is built on the first call.
     */
    QVector<Match> candidates(const QString &text, int limit) const;

    /** Below this share of the words' weight a label is not offered as a candidate. */
    static constexpr double SharedWordsThreshold = 0.25;

    /** Case-folded, accents removed, punctuation to spaces, single spaces. */
    static QString normalise(const QString &text);
    /** normalise(), then each word singular and in British spelling ("organizations" -> "organisation"). */
    static QString variantKey(const QString &text);

    qsizetype size() const { return m_keys.size(); }

private:
    struct Key
    {
        QString text;
        int target;
        int trigramCount;
        QString label;
    };

    QHash<QString, int> m_exact;       // normalised preferred label -> target
    QHash<QString, int> m_alternative; // normalised alternative label -> target
    QHash<QString, QString> m_labels;  // normalised label -> the label as added
    QHash<QString, int> m_variant;     // variant key -> index into m_keys
    QVector<Key> m_keys;
    QHash<quint64, QVector<int>> m_trigrams; // trigram -> keys that hold it

    /** Each key's weighty word stems, and the keys that hold each stem; built by the first candidates() call. */
    struct WordIndex
    {
        QVector<QStringList> keyWords;
        QHash<QString, QVector<int>> keysByWord;
        double weight(const QString &word) const;
    };
    const WordIndex &wordIndex() const;
    mutable QMutex m_wordIndexLock;
    mutable std::unique_ptr<const WordIndex> m_wordIndex;
};
