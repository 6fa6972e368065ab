#pragma once

#include "model/core/Result.h"
#include "model/forms/FormDefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

class AuditLog;
class Database;

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

/** A finished form: who signed it off and when; it never changes. */
struct FormVersion
{
    QString id;
    QString personId;
    QString formId;
    int formVersion = 0;
    /** 1 for the first finished version of this form for this person, then 2, … */
    int number = 0;
    QString layout;
    QString language;
    FormAnswers answers;
    QString signedBy;
    QString signedAt;
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
    FormStore(Database &db, AuditLog &audit);

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
    Result<QVector<FormVersion>> versions(const QString &personId) const;

    /** Where form events are audited (starting, finishing, and a PDF leaving the vault). */
    AuditLog &audit() const { return m_audit; }

    static QString answersToJson(const FormAnswers &answers);
    static FormAnswers answersFromJson(const QString &json);

private:
    Database &m_db;
    AuditLog &m_audit;
};
