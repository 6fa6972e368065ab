#pragma once

#include "model/core/Result.h"
#include "model/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

class AuditLog;
class Database;
class HybridClock;

/** A form in progress for a person: it keeps the form version it was started on. */
struct FormDraft
{
    QString id;
    QString personId;
    QString formId;
    int formVersion = 0;
    QString layout;
    QString language;
    FormAnswers answers;
    QString startedAt;
    QString updatedAt;
    /** Fields whose changed answer should also go into the case when the form is finished (ticked by a person). */
    QStringList updateCase;
};

/**
 * A finished form: who signed it off and when; it never changes. Its identity is its random `id`, and equally the
 * device that finished it with that device's own counter (`device`, `deviceSeq`), so versions finished on two
 * devices never clash when caseloads sync (docs/bundles.md).
 */
struct FormVersion
{
    QString id;
    QString personId;
    QString formId;
    int formVersion = 0;
    /**
     * 1 for the first finished version of this form for this person, then 2, …: computed when read, by ordering the
     * person's versions of the form by hybrid-clock stamp, then device, never stored, so every device that holds the
     * same versions shows the same numbers.
     */
    int number = 0;
    QString layout;
    QString language;
    FormAnswers answers;
    QString signedBy;
    QString signedAt;
    /** The hybrid-clock stamp taken when it was finished (it ends with the device id). */
    QString hlc;
    /** The device that finished it (a vault's device id, as in stamps), and its counter there (from 1). */
    QString device;
    qint64 deviceSeq = 0;
    /** Whether the form is health data (FormDefinition::health), which travels only with consent. */
    bool health = false;
    /** For a version another device sent: that device's key id, and the name this vault gave it (Sync, Devices). */
    QString receivedFrom;
    QString receivedFromLabel;

    bool isFromAnotherDevice() const { return !receivedFrom.isEmpty(); }
};

/**
 * Drafts and finished forms inside the vault. Saving a draft is quiet (it autosaves); starting one and
 * finishing one are audited. Finishing checks the answers against the definition first and, when they
 * pass, records an immutable version and removes the draft; later changes start a new draft that
 * finishes as the next version.
 */
class FormStore
{
    Q_DECLARE_TR_FUNCTIONS(FormStore)

public:
    /** Stamps drafts and finished versions with `clock` (the vault's), so they merge when caseloads sync. */
    FormStore(Database &db, AuditLog &audit, HybridClock &clock);

    /** Creates a draft (empty `draft.id`) or saves over one; returns its id. */
    Result<QString> saveDraft(FormDraft draft);
    Result<QVector<FormDraft>> drafts(const QString &personId) const;
    Result<FormDraft> draft(const QString &draftId) const;
    Status discardDraft(const QString &draftId);

    /**
     * Finishes a draft as the next version, signed off by `signedBy`. Fails with ErrorCode::Invalid and a
     * message per field (fieldProblems) when the answers do not pass the definition's checks.
     */
    Result<FormVersion>
    finish(const QString &draftId, const FormDefinition &form, const QString &signedBy, const QDate &today);
    /** The person's finished versions, by form, then in the order that numbers them (FormVersion::number). */
    Result<QVector<FormVersion>> versions(const QString &personId) const;
    /** The finished version `versionId`, numbered as versions() numbers it. */
    Result<FormVersion> version(const QString &versionId) const;

    /** Where form events are audited (starting, finishing, and a PDF leaving the vault). */
    AuditLog &audit() const { return m_audit; }

    static QString answersToJson(const FormAnswers &answers);
    static FormAnswers answersFromJson(const QString &json);

private:
    Database &m_db;
    AuditLog &m_audit;
    HybridClock &m_clock;
};
