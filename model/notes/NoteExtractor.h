#pragma once

#include "model/core/Result.h"
#include "model/matching/SkillNormaliser.h"
#include "model/notes/ExtractedSuggestion.h"
#include "model/notes/NoteCues.h"
#include "model/notes/NoteLexicon.h"
#include "model/notes/NoteTimeFinder.h"
#include "model/notes/NoteTokenizer.h"
#include "model/notes/QualificationFinder.h"
#include "model/notes/SkillLinker.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/** Precision and recall counts for one kind of suggestion against an annotated set. */
struct ExtractionScore
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    /** 1 when nothing was suggested (no false positives possible). */
    double precision() const;
    /** 1 when nothing was expected. */
    double recall() const;
};

/** One annotated note: tests/data/extractor/ (tune.jsonl, heldout.jsonl), one JSON object a line. */
struct AnnotatedNote
{
    struct Item
    {
        QString kind;
        QString value;
    };
    QString id;
    QString text;
    QVector<Item> expected;
};

/**
 * Suggests values (skills, licences, job goals, hours, availability, dates, durations, barriers,
 * qualifications) from a coach's or GP's conversation notes, on the device, by rules and lexicons:
 * no model and no network. Licences and occupations are found by matching word n-grams against
 * the taxonomy's labels (folded like LabelMatcher::variantKey; longest match wins, spans never
 * overlap); skills and knowledge by SkillLinker, which weighs how specific a label is and accepts
 * near phrasings beside a cue. The lexicons are compiled in from resources/extractor/.
 *
 * A thin orchestrator: NoteTokenizer splits the text, NoteLexicon finds phrases, NoteCues reads
 * the words around them, SkillLinker links skills, NoteTimeFinder finds hours, dates and
 * durations, and QualificationFinder qualifications.
 *
 * Linear in the text; only the first MaxInputChars characters are read.
 */
class NoteExtractor
{
    Q_DECLARE_TR_FUNCTIONS(NoteExtractor)

public:
    explicit NoteExtractor(std::shared_ptr<const SkillNormaliser> normaliser, QDate today = QDate::currentDate());

    QVector<ExtractedSuggestion> extract(const QString &text) const;
    /** The taxonomy suggestions are linked to; its version goes into their audit entries. */
    const Taxonomy &taxonomy() const { return m_normaliser->taxonomy(); }

    static constexpr qsizetype MaxInputChars = 200000;
    /** The longest label, in words, that is looked for. */
    static constexpr int MaxPhraseWords = NoteLexicon::MaxPhraseWords;

    /**
     * Adds one note's result to per-kind scores (keyed by kindName): a suggestion is a true
     * positive when an unmatched expected item has the same kind and the same value (compared
     * case-insensitively; dates exactly).
     */
    static void score(const QVector<ExtractedSuggestion> &suggestions,
                      const QVector<AnnotatedNote::Item> &expected,
                      QMap<QString, ExtractionScore> &scores);
    /** Runs the extractor over a set and scores it; every kind is present in the result. */
    QMap<QString, ExtractionScore> score(const QVector<AnnotatedNote> &notes) const;
    /** Reads an annotated JSON Lines file. */
    static Result<QVector<AnnotatedNote>> readAnnotated(const QString &path);

private:
    /** Skills, licences, job goals, barriers and availability from the lexicon's phrase matches. */
    void findPhrases(const QVector<NoteToken> &tokens,
                     const QVector<ExtractedSuggestion> &qualifications,
                     QVector<ExtractedSuggestion> &out) const;
    /** Skills and knowledge go through SkillLinker; licences stay with the lexicon. */
    bool isSkillConcept(int conceptIndex) const;

    std::shared_ptr<const SkillNormaliser> m_normaliser;
    std::shared_ptr<const NoteLexicon> m_lexicon;
    std::shared_ptr<const SkillLinker> m_skills;
    std::shared_ptr<const NoteCues> m_cues;
    NoteTimeFinder m_times;
    QualificationFinder m_qualifications;
};
