#include "OutreachSessions.h"

#include "model/core/SecureBytes.h"
#include "model/outreach/PartnerVocabulary.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QHash>

namespace
{
    constexpr int MaxVenueLength = 200;

    QStringList splitList(const QString &joined)
    {
        return joined.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    OutreachSession fromRow(const Statement &row)
    {
        OutreachSession s;
        s.id = row.text(0);
        s.heldOn = QDate::fromString(row.text(1), Qt::ISODate);
        s.venue = row.text(2);
        s.partnerId = row.text(3);
        s.hours = row.real(4);
        s.seenNew = int(row.integer(5));
        s.seenReturning = int(row.integer(6));
        s.topics = splitList(row.text(7));
        return s;
    }
} // namespace

OutreachSessions::OutreachSessions(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

QMap<QString, QString> OutreachSessions::check(const OutreachSession &session) const
{
    QMap<QString, QString> problems;
    if (!session.heldOn.isValid())
        problems.insert(QStringLiteral("held_on"), tr("Give the date the session was held."));
    else if (session.heldOn > QDate::currentDate())
        problems.insert(QStringLiteral("held_on"), tr("A session can only be recorded once it has been held."));
    const QString venue = session.venue.trimmed();
    if (venue.isEmpty())
        problems.insert(QStringLiteral("venue"), tr("Enter where the session was held."));
    else if (venue.size() > MaxVenueLength)
        problems.insert(QStringLiteral("venue"), tr("A venue must be %1 characters or fewer.").arg(MaxVenueLength));
    if (!(session.hours > 0) || session.hours > MaxHours)
        problems.insert(QStringLiteral("hours"), tr("Give the session's length in hours, more than 0 and at most 24."));
    if (session.seenNew < 0 || session.seenReturning < 0 || session.seenNew > MaxPeopleSeen ||
        session.seenReturning > MaxPeopleSeen)
        problems.insert(QStringLiteral("seen"),
                        tr("Give the number of people seen as whole numbers from 0 to %1.").arg(MaxPeopleSeen));
    else if (session.personIds.size() > session.seenNew + session.seenReturning)
        problems.insert(QStringLiteral("people"),
                        tr("More people are linked from the caseload than the session saw. Check the counts."));
    for (const QString &topic : session.topics) {
        if (!PartnerVocabulary::sessionTopics().contains(topic)) {
            problems.insert(QStringLiteral("topics"),
                            tr("“%1” is not a session topic Waymark knows.").arg(topic.left(40)));
            break;
        }
    }
    if (!session.partnerId.isEmpty()) {
        Statement partner = m_db.prepare("SELECT 1 FROM partners WHERE id = ?");
        partner.bind(1, session.partnerId);
        if (!partner.next())
            problems.insert(QStringLiteral("partner"), tr("That partner is not in the directory."));
    }
    Statement person = m_db.prepare("SELECT 1 FROM records WHERE id = ? AND kind = 'person' AND deleted = 0");
    for (const QString &personId : session.personIds) {
        person.reset();
        person.bind(1, personId);
        if (!person.next()) {
            problems.insert(QStringLiteral("people"), tr("Only people on the caseload can be linked to a session."));
            break;
        }
    }
    return problems;
}

Result<QString> OutreachSessions::record(OutreachSession session)
{
    session.venue = session.venue.trimmed();
    session.topics.removeDuplicates();
    session.personIds.removeDuplicates();
    if (const auto problems = check(session); !problems.isEmpty()) {
        Error error{ErrorCode::Invalid, problems.first()};
        error.fieldProblems = problems;
        return error;
    }
    session.id = Crypto::randomId();
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    Statement insert = m_db.prepare("INSERT INTO outreach_sessions(id, held_on, venue, partner_id, hours, seen_new, "
                                    "seen_returning, topics, created_at) VALUES(?,?,?,?,?,?,?,?,?)");
    insert.bind(1, session.id)
        .bind(2, session.heldOn.toString(Qt::ISODate))
        .bind(3, session.venue)
        .bind(4, session.partnerId)
        .bind(5, session.hours)
        .bind(6, session.seenNew)
        .bind(7, session.seenReturning)
        .bind(8, session.topics.join(QLatin1Char('\n')))
        .bind(9, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status s = insert.exec(); !s)
        return s.error();
    Statement link = m_db.prepare("INSERT INTO outreach_session_people(session_id, person_id) VALUES(?,?)");
    for (const QString &personId : std::as_const(session.personIds)) {
        link.reset();
        link.bind(1, session.id).bind(2, personId);
        if (Status s = link.exec(); !s)
            return s.error();
    }
    const QString detail = QStringLiteral("linked=%1").arg(session.personIds.size());
    if (Status s = m_audit.append(AuditAction::OutreachSessionRecorded, session.id, detail); !s)
        return s.error();
    if (Status s = transaction.commit(); !s)
        return s.error();
    return session.id;
}

Status OutreachSessions::remove(const QString &id)
{
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement people = m_db.prepare("DELETE FROM outreach_session_people WHERE session_id = ?");
    people.bind(1, id);
    if (Status s = people.exec(); !s)
        return s;
    Statement session = m_db.prepare("DELETE FROM outreach_sessions WHERE id = ?");
    session.bind(1, id);
    if (Status s = session.exec(); !s)
        return s;
    if (m_db.changes() == 0)
        return Error{ErrorCode::NotFound, tr("There is no outreach session with that id.")};
    if (Status s = m_audit.append(AuditAction::OutreachSessionRemoved, id); !s)
        return s;
    return transaction.commit();
}

Result<QVector<OutreachSession>> OutreachSessions::list(QDate from, QDate to) const
{
    Statement rows = m_db.prepare("SELECT id, held_on, venue, partner_id, hours, seen_new, seen_returning, topics "
                                  "FROM outreach_sessions WHERE held_on >= ? AND held_on <= ? ORDER BY held_on DESC, "
                                  "created_at DESC");
    rows.bind(1, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000-01-01"))
        .bind(2, to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-12-31"));
    QVector<OutreachSession> sessions;
    QHash<QString, qsizetype> byId;
    while (rows.next()) {
        byId.insert(rows.text(0), sessions.size());
        sessions.append(fromRow(rows));
    }
    if (rows.failed())
        return rows.error();
    Statement people = m_db.prepare("SELECT session_id, person_id FROM outreach_session_people ORDER BY person_id");
    while (people.next()) {
        const auto it = byId.constFind(people.text(0));
        if (it != byId.constEnd())
            sessions[it.value()].personIds.append(people.text(1));
    }
    if (people.failed())
        return people.error();
    return sessions;
}

Result<QStringList> OutreachSessions::venues() const
{
    Statement rows = m_db.prepare(
        "SELECT venue FROM outreach_sessions GROUP BY venue ORDER BY max(held_on) DESC, max(created_at) DESC");
    QStringList venues;
    while (rows.next())
        venues.append(rows.text(0));
    if (rows.failed())
        return rows.error();
    return venues;
}

Result<OutreachSession> OutreachSessions::repeatOf(const QString &venue, QDate on) const
{
    Statement last = m_db.prepare("SELECT id, held_on, venue, partner_id, hours, seen_new, seen_returning, topics "
                                  "FROM outreach_sessions WHERE venue = ? ORDER BY held_on DESC, created_at DESC "
                                  "LIMIT 1");
    last.bind(1, venue.trimmed());
    OutreachSession session;
    if (last.next()) {
        session = fromRow(last);
        session.id.clear();
        session.seenNew = 0;
        session.seenReturning = 0;
    } else if (last.failed()) {
        return last.error();
    }
    session.venue = venue.trimmed();
    session.heldOn = on;
    return session;
}
