#pragma once

#include "model/matching/SkillNormaliser.h"
#include "model/notes/NoteTokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/** A skill or knowledge concept linked to words of a note, and how sure the link is. */
struct SkillLink
{
    int first = 0; // token index
    int last = 0;  // inclusive
    int conceptIndex = -1;
    /**
     * Calibrated on real job-advert sentences with ESCO: of the links given a confidence c, about a
     * share c were right there (docs/matching.md has the table).
     */
    double confidence = 0;
};

/**
 * Links phrases of a note or job advert to the taxonomy's skill and knowledge concepts, one concept
 * per span, each with a calibrated confidence (docs/matching.md, "Note extractor").
 *
 * Every label is cut into stemmed content words ("analysing" and "analysis" are "analys"), each
 * weighted by its inverse document frequency over all concepts' labels. A phrase is a candidate for
 * a label when it holds the label's rarer words near each other: exactly ("analyse business
 * requirements") or nearly ("analyse requirements"), scored by how much of the label's weight it
 * covers and how much of its own weight the label explains. How specific the label is weighs on
 * the confidence: an alternative label, one several concepts share, a single word, or ordinary
 * English words (resources/extractor/common_words.txt) are weak evidence on their own and need a
 * cue ("experience in ...", "... skills"; skill_cues.txt) or another skill in the same list.
 * Candidates are ranked by a raw score and the best kept where spans overlap; those at MinScore
 * (MinScoreImported for an imported taxonomy) or above are returned, with the score mapped to a calibrated confidence.
 *
 * Building from ESCO (about 14,000 concepts, 110,000 labels) takes well under a second; linking
 * is linear in the text, with the work per word bounded by MaxTriggerLabels.
 */
class SkillLinker
{
public:
    /** Without a normaliser nothing is linked. */
    explicit SkillLinker(std::shared_ptr<const SkillNormaliser> normaliser);

    QVector<SkillLink> link(const QVector<NoteToken> &tokens) const;

    /** The light stemmer: a folded word (LabelMatcher::variantKey) to its stem. */
    static QString stem(const QString &key);

    /**
     * Candidates are ranked by a raw score (specificity x similarity + context); those under the threshold
     * are dropped. The built-in taxonomy's labels are curated for notes, so a weaker candidate is still worth
     * showing; an imported one (ESCO: alternative labels that are ordinary words, shared or loosely related)
     * needs more: from this score about 60% of suggestions were right on the validation sentences.
     */
    static constexpr double MinScore = 0.5;
    static constexpr double MinScoreImported = 0.64;
    /** The raw score as a calibrated confidence (monotone, 0..1). */
    static double calibrated(double score);
    /** A word used by more labels than this only supports a candidate, never proposes one. */
    static constexpr int MaxTriggerLabels = 600;
    /** The most words a phrase may stretch over beyond its label's own. */
    static constexpr int MaxGap = 2;

private:
    struct Label
    {
        int conceptIndex = -1;
        QVector<int> stems; // content word stems, ids into m_idf
        float weight = 0;   // the sum of the stems' IDF
        /** The label's content words as folded, for telling the label as written from another word form. */
        QString key;
        bool preferred = false;
        /** Concepts with a label of the same stems. */
        int sharedBy = 1;
        /** Made only of ordinary English words. */
        bool common = false;
        /** An acronym ("SQL") that only matches a word written in capitals. */
        bool capitals = false;
        /**
         * On the stoplist (stoplist.txt: "communication", "English"): too generic to suggest from a
         * bare mention in a note, but named as a skill beside a cue ("communication skills").
         */
        bool guarded = false;
        /**
         * A product or proper name listed as an alternative label of a concept named in ordinary words
         * ("PowerShell" of *computer programming*): it names one instance, and adverts that name the
         * product rarely mean the broad skill. Not an acronym of the label itself ("ETL").
         */
        bool instance = false;
    };

    struct Candidate
    {
        int first = 0;
        int last = 0;
        int label = -1;
        double confidence = 0;
    };

    void build(const Taxonomy &taxonomy);
    void loadWords();
    int stemId(const QString &key) const;
    /** A cue phrase ends or starts in tokens from..end (or just before it). */
    bool hasCue(const QVector<NoteToken> &tokens, int from, int end) const;
    /** The content words of tokens first..last as folded, joined by spaces. */
    QString literalKey(const QVector<NoteToken> &tokens, int first, int last) const;
    /** Cue words before or after the span, and whether it sits in a list of linked-looking items. */
    double contextBonus(const QVector<NoteToken> &tokens, int first, int last) const;
    double specificity(const Label &label, const NoteToken &token) const;
    /** Tokens first..last are the label's words in other forms a skill is written in, not a role or a past event. */
    bool plainWordForm(const QVector<NoteToken> &tokens, int first, int last, const Label &label) const;
    /**
     * How much of the words around a span (its sentence, within ContextReach) the concept's own words
     * (all its labels and its description) explain, weighted by IDF: 0..1. Weaker evidence than a
     * label; it chooses between concepts that share a label and lifts a near phrasing in context.
     */
    double contextFit(int conceptIndex, const QVector<int> &ids, int first, int last, int from, int end) const;

    std::shared_ptr<const SkillNormaliser> m_normaliser;
    QVector<Label> m_labels;
    QHash<QString, int> m_stemIds;
    QVector<float> m_idf;
    QVector<int> m_conceptCount;          // stem id -> concepts whose labels hold it
    QVector<QVector<int>> m_postings;     // stem id -> labels holding it
    QHash<QString, QVector<int>> m_exact; // stems joined by spaces -> labels
    /** Concept index -> the sorted stem ids of its labels and description (words known to the labels). */
    QVector<QVector<int>> m_conceptWords;
    QSet<QString> m_functionWords;
    QSet<QString> m_commonStems;
    QSet<QString> m_fillers;
    QSet<QString> m_stoplist;
    QVector<QStringList> m_cuesBefore;
    QVector<QStringList> m_cuesAfter;
    float m_maxIdf = 1;
    double m_minScore = MinScore;
};
