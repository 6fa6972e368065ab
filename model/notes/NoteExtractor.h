#pragma once

#include "model/core/Result.h"
#include "model/matching/SkillNormaliser.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/** One value the extractor suggests from a note; the coach or GP accepts or rejects it. */
struct ExtractedSuggestion
{
    enum class Kind
    {
        Skill,
        Licence,
        JobGoal,
        Hours,
        Availability,
        Date,
        Duration,
        Barrier,
        Qualification,
    };

    Kind kind = Kind::Skill;
    /**
     * Normalised value: a skill, licence or occupation preferred label, "16" (hours a week),
     * "mornings only", an ISO date "2026-03-01" or "since:2026-03" / "since:2019", an ISO 8601
     * duration "P3Y", a barrier key (transport, childcare, housing, health, confidence, digital,
     * language, caring, money), or a qualification's preferred label or its text as written.
     */
    QString value;
    /** Taxonomy concept or occupation id when mapped, else empty. */
    QString conceptId;
    /** The concept's or occupation's preferred label when mapped. */
    QString preferredLabel;
    /** Span in the input text (QString indices). */
    qsizetype start = 0;
    qsizetype length = 0;
    /** The sentence that holds the span, trimmed. */
    QString sentence;
    double confidence = 1;

    /** "skill", "licence", "job_goal", "hours", "availability", "date", "duration", "barrier", "qualification". */
    static QString kindName(Kind kind);
    static QStringList kindNames();
};

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
 * no model and no network. Skills, licences and occupations are found by matching word n-grams
 * against the taxonomy's labels (folded like LabelMatcher::variantKey; longest match wins, spans
 * never overlap). The lexicons are compiled in from resources/extractor/.
 *
 * Linear in the text; only the first MaxInputChars characters are read.
 */
class NoteExtractor
{
    Q_DECLARE_TR_FUNCTIONS(NoteExtractor)

public:
    explicit NoteExtractor(std::shared_ptr<const SkillNormaliser> normaliser, QDate today = QDate::currentDate());

    QVector<ExtractedSuggestion> extract(const QString &text) const;

    static constexpr qsizetype MaxInputChars = 200000;
    /** The longest label, in words, that is looked for. */
    static constexpr int MaxPhraseWords = 8;

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
    struct Token
    {
        qsizetype start = 0;
        qsizetype end = 0;
        QString key;
        /** 0: only spaces since the previous token; 1: a comma or bracket; 2: a sentence or clause end. */
        int breakBefore = 0;
        /** The token as written is all upper case (an acronym). */
        bool upper = false;
        /** The token as written starts with a capital letter. */
        bool capital = false;
    };

    enum class EntryKind
    {
        Concept,
        Occupation,
        JobPhrase,
        Barrier,
        Availability,
    };

    enum class CaseRule
    {
        Any,
        Capitalised,
        Capitals,
    };

    struct Entry
    {
        EntryKind kind = EntryKind::Concept;
        int target = -1; // concept or occupation index
        QString value;   // barrier key or availability value
        bool noNegationCheck = false;
        bool needsCue = false;
        bool negative = false;
        /**
         * An acronym label ("TA", "FORS") only matches a word written in capitals (else "for" would be
         * FORS standards); a capitalised one-word label ("Polish", "Prevent") only a capitalised word.
         */
        CaseRule caseRule = CaseRule::Any;
    };

    struct Phrase
    {
        QVector<Entry> entries;
    };

    struct Match
    {
        int first = 0; // token index
        int last = 0;  // inclusive
        const Phrase *phrase = nullptr;
    };

    void addPhrase(const QString &label, const Entry &entry, bool replaceable);
    void loadLexicons();
    QVector<Token> tokenize(const QString &text) const;
    QVector<Match> scanPhrases(const QVector<Token> &tokens) const;

    bool negatedBefore(const QVector<Token> &tokens, int first, const QVector<QStringList> &negations) const;
    static bool caseAllows(const Entry &entry, const Token &token);
    static CaseRule caseRuleOf(const QString &label);
    bool phraseEndsAt(const QVector<Token> &tokens, int at, const QVector<QStringList> &phrases) const;
    bool phraseStartsAt(const QVector<Token> &tokens, int at, const QVector<QStringList> &phrases) const;
    bool followedBy(const QVector<Token> &tokens, int last, const QVector<QStringList> &phrases) const;
    /** 1 for a job-goal cue, -1 for a past-work cue (or a negated goal), 0 for none. */
    int jobCueBefore(const QVector<Token> &tokens, int first) const;
    bool availabilityCueNear(const QVector<Token> &tokens, int first, int last) const;

    void findHours(const QString &text, QVector<ExtractedSuggestion> &out) const;
    void findDates(const QString &text, QVector<ExtractedSuggestion> &out) const;
    void findDurations(const QString &text, QVector<ExtractedSuggestion> &out) const;
    void findQualifications(const QString &text, const QVector<Token> &tokens, QVector<ExtractedSuggestion> &out) const;
    void addConceptSuggestion(int conceptIndex,
                              qsizetype start,
                              qsizetype length,
                              double confidence,
                              QVector<ExtractedSuggestion> &out) const;
    const Phrase *phrase(const QString &key) const;

    std::shared_ptr<const SkillNormaliser> m_normaliser;
    QDate m_today;
    QHash<QString, Phrase> m_phrases;
    QSet<QString> m_prefixes;
    QSet<QString> m_stoplist;
    QVector<QStringList> m_negations;
    QVector<QStringList> m_afterNegations;
    QVector<QStringList> m_resolved;
    QVector<QStringList> m_barrierNegations;
    QVector<QStringList> m_someoneElse;
    QVector<QStringList> m_goalCues;
    QVector<QStringList> m_pastCues;
    QSet<QString> m_availabilityCues;
};
