#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

class AuditLog;
class Database;

/** One session a coach held away from the office (docs/outreach.md). */
struct OutreachSession
{
    QString id;
    QDate heldOn;
    QString venue;
    QString partnerId; // empty when the venue is not a partner's
    double hours = 0;
    int seenNew = 0;
    int seenReturning = 0;
    QStringList topics; // PartnerVocabulary::sessionTopics()
    /** People seen who are on the caseload, by id; others are only counted. */
    QStringList personIds;
};

/**
 * Outreach sessions: recorded quickly (a repeat venue fills in its partner, hours and topics from the last
 * session there), listed by period, and counted for reports. A person seen is linked only while on the caseload;
 * erasing them removes the link (RecordStore::erasePerson) and leaves the session's counts.
 */
class OutreachSessions
{
    Q_DECLARE_TR_FUNCTIONS(OutreachSessions)

public:
    static constexpr int MaxPeopleSeen = 1000;
    static constexpr double MaxHours = 24;

    OutreachSessions(Database &db, AuditLog &audit);

    /** Checks and stores a session; returns its id. */
    Result<QString> record(OutreachSession session);
    Status remove(const QString &id);
    Result<QVector<OutreachSession>> list(QDate from = {}, QDate to = {}) const;

    /** Venues used before, most recent first, for completing what the coach types. */
    Result<QStringList> venues() const;
    /**
     * A new session at a venue used before: its partner, hours and topics as last time, dated today, with no one
     * seen yet. For a new venue, a session with only the venue and date filled.
     */
    Result<OutreachSession> repeatOf(const QString &venue, QDate on = QDate::currentDate()) const;

    /** What is wrong with a session, by field, in words; empty when nothing is. */
    QMap<QString, QString> check(const OutreachSession &session) const;

private:
    Database &m_db;
    AuditLog &m_audit;
};
