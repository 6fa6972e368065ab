#pragma once

#include "model/matching/LabelMatcher.h"
#include "model/matching/Taxonomy.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

/** An advertised job title, cleaned, and the occupation it was mapped to with the evidence. */
struct TitleMatch
{
    /** The title as given. */
    QString input;
    /**
     * What the job is, in lower case: grades, shifts, contract words, pay, places and references
     * removed, abbreviations expanded ("registered mental health nurse").
     */
    QString normalised;
    /** normalised before abbreviations were expanded ("rmn"); "a/b" alternatives still joined by '/'. */
    QString unexpanded;
    /** Other parts that may say more about the job ("learning disabilities" from "(Learning Disabilities)"). */
    QStringList qualifiers;
    /** What was removed, in the order found ("band 5", "nights", "leeds"): shown beside the mapping. */
    QStringList removed;
    /** The occupation's id and preferred label; empty when nothing matched. */
    QString occupationId;
    QString occupationLabel;
    /** The taxonomy label that matched (preferred or alternative), and the form of the title that matched it. */
    QString matchedLabel;
    QString matchedText;
    LabelMatcher::How how = LabelMatcher::How::None;
    /** 0 to 1: the label match's confidence, lowered when only part of the title matched. */
    double confidence = 0;
    /** False when only a reduced form matched (one side of A/B, without seniority, the last words). */
    bool wholeTitle = false;

    bool mapped() const { return !occupationId.isEmpty(); }
    /** One sentence saying what matched what, translated: the evidence a coach sees. */
    QString evidence() const;
};

/**
 * Cleans advertised job titles and maps them to the taxonomy's occupations (docs/matching.md).
 * "Band 5 RMN - Nights (Leeds) Ref: 12345" becomes "registered mental health nurse" before it is
 * looked up. The word lists are data in resources/titles/. The lookup tries the whole cleaned title
 * first, then forms with less in them (one side of "A/B", without seniority words, the last words
 * only), each at a lower confidence; only the whole title may match fuzzily. It suggests: what it
 * returns is shown with its evidence and a person accepts or rejects it.
 */
class JobTitleNormaliser
{
    Q_DECLARE_TR_FUNCTIONS(JobTitleNormaliser)

public:
    /** Confidence factors for matches on less than the whole title. */
    static constexpr double AlternativeFactor = 0.95;
    static constexpr double WithoutSeniorityFactor = 0.9;
    static constexpr double TailFactor = 0.85;
    static constexpr double OneWordTailFactor = 0.7;
    /**
     * A close match must be this similar. Higher than for skills: titles are short, and one word
     * apart is another job ("community manager", "community centre manager"), so only spelling may differ.
     */
    static constexpr double MinCloseMatch = 0.85;
    /** Longer titles are cut: no job title is this long, and it bounds the work per title. */
    static constexpr qsizetype MaxTitleLength = 300;

    explicit JobTitleNormaliser(std::shared_ptr<const Taxonomy> taxonomy);

    /** Cleans the title without mapping it. */
    TitleMatch normalise(const QString &title) const;
    /** Cleans the title and maps it to an occupation. */
    TitleMatch match(const QString &title) const;

private:
    struct Lexicon
    {
        QHash<QString, QString> abbreviations; // normalised abbreviation -> expansion
        QStringList drop;                      // normalised phrases, longest first
        QSet<QString> places;                  // normalised place names
        QStringList seniority;                 // normalised words and phrases
    };
    static const Lexicon &lexicon();

    /** True when a segment after " - ", " in ", " at " or in brackets names a place rather than the job. */
    bool looksLikePlace(const QString &segment) const;
    QString expand(const QString &normalised) const;
    QStringList candidates(const TitleMatch &cleaned, QVector<double> *factors, int *wholeCount) const;

    std::shared_ptr<const Taxonomy> m_taxonomy;
    LabelMatcher m_occupations;
    /** Words of the taxonomy's labels: a capitalised word among them is part of a job, not a place. */
    QSet<QString> m_vocabulary;
};
