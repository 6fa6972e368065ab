#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

/**
 * An employer (docs/employers.md): one a vacancy publisher named in its adverts, keyed by the publisher's key and
 * the employer's folded name, or one the coach added by hand. An employer seen in vacancies has a stable id before
 * anything is stored about it (EmployerDirectory::idFor), so the same employer keeps its id once it is.
 */
struct Employer
{
    /** Origin of an employer the coach added on this device; anything else is a vacancy publisher's key id. */
    static inline const QString OwnOrigin = QStringLiteral("own");

    QString id;
    QString origin = OwnOrigin;
    QString name;
    QString address;
    QString postcode;
    QString website;
    QString notes;
    QString createdAt;
    QString updatedAt;
    /** Whether a row for it is in the vault; an employer only seen in vacancies has none until something is recorded.
     */
    bool stored = false;
    /** Its open vacancies in the vault now (read with the directory, never stored). */
    int openVacancies = 0;

    bool isOwn() const { return origin == OwnOrigin; }
};

/** Someone to speak to at an employer. These are a person's details: kept in the vault, never in the audit. */
struct EmployerContact
{
    QString id;
    QString employerId;
    QString name;
    QString role;
    QString phone;
    QString email;
};

/** Something the coach did with an employer: a call, a visit, a job fair, a work trial agreed, a vacancy sourced. */
struct Engagement
{
    QString id;
    QString employerId;
    QString kind;
    QDate on = QDate::currentDate();
    QString note;
    /** Who engaged: the coach's name as the vault knows it. */
    QString recordedBy;
};

/** What the directory search keeps: the text in the name, address or postcode; own employers or all. */
struct EmployerFilter
{
    QString text;
    bool ownOnly = false;
    /** Only employers with at least one open vacancy now. */
    bool withVacanciesOnly = false;
};

/** An employer's summary: what it advertises now and what came of the people put forward to it. */
struct EmployerSummary
{
    int openVacancies = 0;
    int putForward = 0;
    int interviews = 0;
    int starts = 0;
    int engagements = 0;
    QDate lastEngagement;
    QString lastEngagementKind;
};
