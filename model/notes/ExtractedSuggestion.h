#pragma once

#include <QString>
#include <QStringList>

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

    /** How sure each way of finding a value is (a taxonomy label, a resource lexicon, a pattern). */
    static constexpr double TaxonomyConfidence = 0.9;
    static constexpr double LexiconConfidence = 0.8;
    static constexpr double PatternConfidence = 0.85;

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
    /**
     * The concept's or occupation's name in the interface language when mapped (Welsh in a Welsh interface
     * where the taxonomy has it), to show; the value kept stays the English preferred label.
     */
    QString shownLabel;
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
