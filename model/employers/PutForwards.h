#pragma once

#include "model/core/Result.h"
#include "model/vault/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

class AuditLog;
class EmployerDirectory;
class RecordStore;

/** What a coach fills in to put someone forward to an employer for a vacancy. */
struct PutForwardRequest
{
    QString personId;
    QString vacancyId;
    QDate on = QDate::currentDate();
    /** The coach confirms the person agreed to their details going to the employer for this job. Always needed. */
    bool consentConfirmed = false;
    QString notes;
};

/**
 * Putting people forward to employers for vacancies (docs/employers.md). Never without the person's consent: the
 * consent is recorded as a Consent record in the same transaction as the put-forward, which is a person record
 * (Kinds::PutForward) holding the employer's id and name and the vacancy's id and title as they were, so it is in
 * the person's right-of-access copy, travels in caseload sync and goes when they are erased. The employer's row is
 * stored then too, so its summary counts the outcome (put forward, interview, started, not selected, withdrew).
 */
class PutForwards
{
    Q_DECLARE_TR_FUNCTIONS(PutForwards)

public:
    PutForwards(RecordStore &records, AuditLog &audit, EmployerDirectory &directory);

    /** Puts the person forward; returns the put-forward record's id. */
    Result<QString> putForward(const PutForwardRequest &request);
    /**
     * Records what came of a put-forward of `personId`, on `on` (today when not given). An interview keeps its date
     * when a later outcome follows, so the employer's interviews stay counted.
     */
    Status recordOutcome(const QString &personId,
                         const QString &putForwardId,
                         const QString &outcome,
                         QDate on = QDate::currentDate());

    Result<QVector<Record>> forPerson(const QString &personId) const;

    static QStringList outcomes();
    static QString outcomeName(const QString &outcome);
    /** Outcomes after which nothing more comes of it. */
    static bool isFinal(const QString &outcome);

private:
    RecordStore &m_records;
    AuditLog &m_audit;
    EmployerDirectory &m_directory;
};
