#pragma once

#include "model/core/Result.h"
#include "model/vault/Record.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

class AuditLog;
class PartnerDirectory;
class RecordStore;

/** What a coach fills in to refer someone to a partner. */
struct ReferralRequest
{
    QString personId;
    QString partnerId;
    QString service;
    QDate referredOn = QDate::currentDate();
    /** The coach confirms the person agreed to this referral; required when the partner needs consent. */
    bool consentConfirmed = false;
    QString notes;
    /** Also add an action to the person's plan ("Go to … at …"), which the outcome later closes. */
    bool addToPlan = true;
};

/**
 * Referrals to local partners (docs/outreach.md). A referral is made only with the person's consent when the
 * partner asks for it: the consent is recorded beside the referral, in the same transaction. The referral feeds
 * the action plan, and its outcome (offered, attended, started, completed, did not attend, declined) closes or
 * drops that action. Nothing here decides anything about the person: the coach refers and records.
 */
class Referrals
{
    Q_DECLARE_TR_FUNCTIONS(Referrals)

public:
    Referrals(RecordStore &records, AuditLog &audit, const PartnerDirectory &directory);

    /** Makes the referral; returns the referral record's id. */
    Result<QString> refer(const ReferralRequest &request);
    /**
     * Records what came of a referral, on `on` (today when not given), and replaces its notes when `notes` is given;
     * the plan's action follows the outcome. The partner, service and consent stay as made (EntitySchema refuses
     * a change to them).
     */
    Status recordOutcome(const QString &referralId,
                         const QString &outcome,
                         QDate on = QDate::currentDate(),
                         const std::optional<QString> &notes = std::nullopt);

    Result<QVector<Record>> forPerson(const QString &personId) const;

    static QStringList outcomes();
    static QString outcomeName(const QString &outcome);
    /** Outcomes after which the referral is over, one way or the other. */
    static bool isFinal(const QString &outcome);

private:
    RecordStore &m_records;
    AuditLog &m_audit;
    const PartnerDirectory &m_directory;
};
