#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

class AuditLog;
class Database;

/** That the person disagreed with a suggestion, or with the decision taken on it, as the coach recorded it. */
struct SuggestionDisagreement
{
    QString id;
    /** "suggestion" or "decision". */
    QString about;
    QString reason;
    QString recordedAt; // UTC, ISO 8601
    QString recordedBy;
};

/** What a suggestion put in front of the coach said, in the words shown at the time. */
struct SuggestionShown
{
    /** "matching", "notes" or "prefill" (SuggestionHistory::Tool*). */
    QString tool;
    /** Notes: the suggestion's kind ("skill", "job_goal", …); matching: "vacancy"; prefill: "field". */
    QString kind;
    /**
     * What the suggestion is about, so a decision finds the entry it decides: the vacancy's id, the kind,
     * concept and value of a note suggestion, or the draft and field of a prefilled value.
     */
    QString subject;
    /** Matching: the vacancy's title; notes: the value as shown; prefill: the field's label. */
    QString label;
    /** Matching: the employer; notes: the sentence it came from; prefill: the value put in the field. */
    QString detail;
    /** Matching: the vacancy's id; notes: the taxonomy concept, if any; prefill: the form's title. */
    QString reference;
    /** Matching only: the score shown, a whole percentage; -1 for the others. */
    int scorePercent = -1;
    /** Matching: each line explaining the score, as shown; prefill: where the value came from. */
    QStringList explanation;
    QString engine;
    QString taxonomy;

    bool operator==(const SuggestionShown &other) const = default;
};

/** One suggestion shown about a person, what was decided on it, and any disagreement recorded. */
struct SuggestionEntry
{
    QString id;
    QString personId;
    QString shownAt; // UTC, ISO 8601
    QString shownBy;
    SuggestionShown shown;
    /** Empty while undecided, else one of SuggestionHistory::Decision*. */
    QString decision;
    /** The value used when the coach changed it before accepting; empty otherwise. */
    QString decidedValue;
    QString decidedBy;
    QString decidedAt;
    QVector<SuggestionDisagreement> disagreements;
};

/**
 * The per-person history of suggestions (issue 17 §4): every match, note suggestion and prefilled form value
 * put in front of the coach about a person, in the words shown, with the decision taken, by whom and when, and
 * any disagreement the person voiced. It lives in the vault beside the person's records, because the audit log
 * keeps only ids and counts; the right-of-access export (PersonReport) reads it, and erasing the person removes
 * it (RecordStore::eraseRows).
 *
 * Bounded: showing the same thing again adds nothing while the last entry for it is undecided and reads the same,
 * so re-sorting matches or reading a note again does not grow the history; and matching keeps at most
 * MaxMatchesPerRun of a ranking.
 *
 * Only recording a disagreement is audited here (suggestion_disputed, with ids); shown and decided are audited by
 * the tools themselves, as before.
 */
class SuggestionHistory
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionHistory)

public:
    static constexpr QLatin1String ToolMatching{"matching"};
    static constexpr QLatin1String ToolNotes{"notes"};
    static constexpr QLatin1String ToolPrefill{"prefill"};

    static constexpr QLatin1String DecisionAccepted{"accepted"};
    static constexpr QLatin1String DecisionChanged{"changed"};
    static constexpr QLatin1String DecisionRejected{"rejected"};
    static constexpr QLatin1String DecisionShortlisted{"shortlisted"};
    static constexpr QLatin1String DecisionDiscussed{"discussed"};
    static constexpr QLatin1String DecisionUsedInForm{"used_in_form"};

    static constexpr QLatin1String AboutSuggestion{"suggestion"};
    static constexpr QLatin1String AboutDecision{"decision"};

    /** The best-ranked matches of one ranking that are kept; a coach reads the top of the list. */
    static constexpr int MaxMatchesPerRun = 10;
    /** A reason is a sentence or two, as the person put it. */
    static constexpr int MaxReasonLength = 1000;

    SuggestionHistory(Database &db, AuditLog &audit);

    /**
     * Keeps what was shown, unless the latest entry for the same subject is undecided and reads the same.
     * Returns the entry's id (the one already held, or the new one).
     */
    Result<QString> recordShown(const QString &personId, const SuggestionShown &shown);
    /** recordShown() for each, in one transaction (the caller's, when one is open). */
    Status recordAllShown(const QString &personId, const QVector<SuggestionShown> &shown);
    /** recordShown() for the first MaxMatchesPerRun of a ranking, best first. */
    Status recordMatchesShown(const QString &personId, const QVector<SuggestionShown> &ranked);
    /**
     * Records the decision on the latest undecided entry for the subject, or, when there is none (it was decided
     * before, or never recorded as shown), on a new entry holding `shown`. Returns the entry's id.
     */
    Result<QString> recordDecision(const QString &personId,
                                   const SuggestionShown &shown,
                                   const QString &decision,
                                   const QString &decidedValue = {});
    /**
     * Decides every undecided prefilled value of a form draft from the answers it was finished with: kept
     * (accepted), changed (with the new value) or cleared (rejected).
     */
    Status decidePrefills(const QString &personId, const QString &draftId, const QMap<QString, QString> &answers);
    /** The subject of a prefilled field, for recordShown() and decidePrefills(). */
    static QString prefillSubject(const QString &draftId, const QString &fieldId);

    /**
     * Records that the person disagreed with the entry's suggestion or with the decision on it (`about`), in
     * their words, and audits suggestion_disputed (the entry's id and what about, never the reason). A decision
     * can be disputed only once one is taken.
     */
    Result<QString> recordDisagreement(const QString &personId,
                                       const QString &suggestionId,
                                       const QString &about,
                                       const QString &reason);

    /** Every entry about the person, oldest first, each with its disagreements. */
    Result<QVector<SuggestionEntry>> forPerson(const QString &personId) const;
    Result<SuggestionEntry> entry(const QString &suggestionId) const;

    /** Deletes everything held about the person; runs in the caller's transaction (RecordStore::eraseRows). */
    static Status eraseFor(Database &db, const QString &personId);

    /** The tool as people read it, translated ("Job matches"). */
    static QString toolLabel(const QString &tool);
    /** The decision as people read it, translated ("Accepted", "Not decided"). */
    static QString decisionLabel(const QString &decision);
    /** "suggestion" or "decision", translated for a sentence ("the suggestion"). */
    static QString aboutLabel(const QString &about);

private:
    Result<QString> insert(const QString &personId, const SuggestionShown &shown);
    /** The latest entry for the subject: id, whether decided, and what it showed. */
    struct Latest
    {
        QString id;
        bool decided = false;
        SuggestionShown shown;
    };
    Result<Latest> latest(const QString &personId, const QString &tool, const QString &subject) const;
    Status decide(const QString &id, const QString &decision, const QString &decidedValue);

    Database &m_db;
    AuditLog &m_audit;
};
