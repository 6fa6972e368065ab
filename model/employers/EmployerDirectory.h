#pragma once

#include "model/core/Result.h"
#include "model/employers/Employer.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

class AuditLog;
class Database;

/** A vacancy as put-forward needs it: whose it is, its title and employer as advertised, and whether it is open. */
struct VacancyRef
{
    QString publisher;
    QString id;
    QString title;
    QString employer;
    bool open = false;
};

/**
 * The employers directory (docs/employers.md): employers the coach added, and employers seen in the vault's
 * vacancies, keyed by the publisher's key and the folded employer name. Those seen in vacancies are read with one
 * grouped query when the directory is listed; the vacancy import does no work for them. A row is stored the first
 * time the coach records something about one (a contact, an engagement, a put-forward, a change), under the same
 * id it had before. Contacts and engagements belong to a stored employer. Every change is audited by id; callers
 * audit views (recordListed, recordViewed) once per look, not per keystroke of a search.
 */
class EmployerDirectory
{
    Q_DECLARE_TR_FUNCTIONS(EmployerDirectory)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxNoteLength = 1000;

    EmployerDirectory(Database &db, AuditLog &audit);

    /** Stored employers and those in open vacancies today, merged and sorted by name. Not audited. */
    Result<QVector<Employer>> list(const EmployerFilter &filter = {}, QDate today = QDate::currentDate()) const;
    /** One employer, stored or seen in open vacancies. Not audited: see recordViewed. */
    Result<Employer> get(const QString &id, QDate today = QDate::currentDate()) const;
    /** The employer's open vacancies, people put forward, interviews, starts and last engagement. */
    Result<EmployerSummary> summary(const QString &id, QDate today = QDate::currentDate()) const;
    /** The same for an employer already read with the directory (list), without reading the vacancies again. */
    Result<EmployerSummary> summary(const Employer &employer) const;

    Status recordListed(int shown);
    Status recordViewed(const QString &id);

    /** Adds an employer of the coach's own; returns its id. */
    Result<QString> addOwn(Employer employer);
    /**
     * Changes the address, postcode, website and notes of an employer (storing one seen in vacancies first); the
     * name of one seen in vacancies is the publisher's and stays.
     */
    Status update(const Employer &employer);

    Result<QVector<EmployerContact>> contacts(const QString &employerId) const;
    Result<QString> addContact(EmployerContact contact);
    Status updateContact(const EmployerContact &contact);
    Status removeContact(const QString &contactId);

    /** Logs an engagement (storing the employer first when it was only seen in vacancies); returns its id. */
    Result<QString> logEngagement(Engagement engagement);
    /** The employer's engagements, newest first. */
    Result<QVector<Engagement>> engagements(const QString &employerId) const;

    /** A vacancy in the vault by its id, open ones first; NotFound when there is none. */
    Result<VacancyRef> vacancy(const QString &vacancyId, QDate today = QDate::currentDate()) const;
    /** The employer a vacancy names, as the directory keys it (stored or not). */
    static Employer employerOf(const VacancyRef &vacancy);

    /**
     * Stores `employer` if no row holds it yet (an employer seen in vacancies), audited as added. Must be called
     * inside the caller's transaction; PutForwards and this class's own changes use it.
     */
    Status storeIfNew(const Employer &employer);

    static QStringList engagementKinds();
    static QString engagementKindName(const QString &kind);

    /** A name from a bundle made safe to show: controls and bidi overrides gone, spaces collapsed, bounded. */
    static QString cleanName(const QString &name);
    /** The key two spellings of one employer share: folded, punctuation dropped, "limited" as "ltd". */
    static QString nameKey(const QString &name);
    /** The stable id of the employer `origin` names `name`. */
    static QString idFor(const QString &origin, const QString &name);

    /** What is wrong with an employer, by field, or nothing. */
    static QMap<QString, QString> check(const Employer &employer);
    static QMap<QString, QString> check(const EmployerContact &contact);

private:
    Result<QVector<Employer>> seenInVacancies(QDate today) const;
    Result<Employer> stored(const QString &id) const;
    Result<int> openVacanciesOf(const Employer &employer, QDate today) const;
    Status writeContact(const EmployerContact &contact, bool insert);

    Database &m_db;
    AuditLog &m_audit;
};
