#pragma once

#include "model/core/EngineVersion.h"
#include "model/core/Result.h"
#include "model/notes/NoteExtractor.h"
#include "model/vault/EntitySchema.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>

class AuditLog;
class RecordStore;
class SuggestionHistory;
struct SuggestionShown;

/**
 * Writes one suggestion from a note (NoteExtractor) to a person's case, once the coach or GP has accepted
 * it, and audits every decision: accepted, edited then accepted, rejected, or used in an open form.
 *
 * Where each kind goes: skills and licences become "skill" records (source "self_reported": the person
 * said so in the conversation), job goals "job_goal" records, qualifications "qualification" records,
 * hours circumstances.hours_available, and availability that names days (weekdays, weekends)
 * circumstances.days_available. Dates, durations, barriers and other availability have no place in the
 * case: they can only go into an open form.
 *
 * The audit holds the action, the person's id and "<kind>:<target>" (e.g. "skill:skill.label"), never
 * the value or the note, followed by the engine and taxonomy versions that made the suggestion and, for a
 * decision, how long after it was first shown it was taken (SuggestionAuditDetail). shown() audits the
 * suggestions put in front of the coach, counted by kind, so the Suggestions report can tell shown from decided.
 * The words shown (the value and its sentence) and each decision also go to the person's suggestion history
 * (SuggestionHistory, when one is set), in the same transaction, for their right-of-access copy.
 */
class SuggestionApplier
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionApplier)

public:
    /** What an accepted suggestion did to the case. */
    struct Outcome
    {
        /** False when the value was already on the case and nothing was written. */
        bool written = false;
        /** The record written or already holding the value. */
        QString recordId;
        /** Where the value went: "skill.label", "circumstances.hours_available", … */
        QString target;
        /** What happened, translated, for the panel to show. */
        QString message;
    };

    /** A monotonic clock in milliseconds; tests set their own. */
    using Clock = std::function<qint64()>;

    SuggestionApplier(RecordStore &store, AuditLog &audit);

    /**
     * The taxonomy the suggestions come from (TaxonomyVersion::of), and the engine when not the built-in
     * extractor; both go into every audit entry written after.
     */
    void setVersions(const QString &taxonomy, const QString &engine = QString(EngineVersion::NoteExtractor));
    QString engineVersion() const { return m_engine; }
    QString taxonomyVersion() const { return m_taxonomy; }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /** Where the suggestions shown and the decisions on them are kept for the person's copy; none when null. */
    void setHistory(SuggestionHistory *history) { m_history = history; }

    /**
     * Audits the suggestions put in front of the coach that were not shown to them before for this person
     * (one entry counting them by kind), and remembers when, so each decision says how long it took. Nothing
     * is written when all of them were shown before.
     */
    Status shown(const QString &personId, const QVector<ExtractedSuggestion> &suggestions);
    /** Forgets when suggestions were shown (on lock). */
    void forgetShown() { m_shownAt.clear(); }

    /**
     * Writes the suggestion to the case and audits the decision in the same transaction. `editedValue`
     * replaces the suggested value when it is not empty and differs from it (audited as edited). A value
     * already on the case is not added twice: the result says so and the decision is still audited.
     * Kinds without a place in the case are refused with ErrorCode::NotAllowed.
     */
    Result<Outcome>
    accept(const QString &personId, const ExtractedSuggestion &suggestion, const QString &editedValue = {});
    /** Writes nothing to the case; only audits that the suggestion was rejected. */
    Status reject(const QString &personId, const ExtractedSuggestion &suggestion);
    /** Audits that the suggestion (edited when `value` differs from it) was put into an open form. */
    Status recordFormUse(const QString &personId, const ExtractedSuggestion &suggestion, const QString &value);

    /** Whether the kind can ever go into the case (availability only when it names days). */
    static bool hasCaseTarget(ExtractedSuggestion::Kind kind);
    /** Whether this suggestion can go into the case as it stands. */
    static bool hasCaseTarget(const ExtractedSuggestion &suggestion);
    /** Where the kind goes in the case, translated ("Adds a skill to Work and skills"). */
    static QString targetDescription(ExtractedSuggestion::Kind kind);
    /** The kind as people read it, translated ("Skill", "Job goal"). */
    static QString kindLabel(ExtractedSuggestion::Kind kind);
    /** The value that Accept writes unless edited: the preferred label when mapped, else the value. */
    static QString defaultValue(const ExtractedSuggestion &suggestion);
    /** The value as people read it: "16 hours a week", "3 years", "Childcare", a label. */
    static QString displayValue(const ExtractedSuggestion &suggestion);
    /** The days of the week ("mon,tue,…") an availability phrase names, or empty when it names none. */
    static QString daysFor(const QString &availability);

private:
    Result<Outcome> write(const QString &personId, const ExtractedSuggestion &suggestion, const QString &value);
    Result<Outcome> addUnlessPresent(const QString &personId,
                                     const QString &kind,
                                     const QString &matchField,
                                     const QString &idField,
                                     const FieldMap &fields);
    static QString noPlaceInCase();
    QString auditDetail(const QString &personId, const ExtractedSuggestion &suggestion, const QString &head) const;
    static QString shownKey(const QString &personId, const ExtractedSuggestion &suggestion);
    /** The suggestion as the panel shows it, for the person's suggestion history. */
    SuggestionShown historyShown(const ExtractedSuggestion &suggestion) const;
    /** The decision, in the person's suggestion history when one is set. */
    Status keepDecision(const QString &personId,
                        const ExtractedSuggestion &suggestion,
                        const QString &decision,
                        const QString &value = {});

    RecordStore &m_store;
    AuditLog &m_audit;
    QString m_engine = QString(EngineVersion::NoteExtractor);
    QString m_taxonomy;
    QElapsedTimer m_elapsed;
    Clock m_clock;
    /** When each suggestion was first shown, by person and suggestion (shownKey). */
    QHash<QString, qint64> m_shownAt;
    SuggestionHistory *m_history = nullptr;
};
