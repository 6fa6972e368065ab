#pragma once

#include "model/core/Result.h"

#include <QDate>
#include <QHash>
#include <QMap>
#include <QString>

class Database;

/**
 * Counts of employer work over a period, for the aggregate reports (issue 15 §4): engagements by kind and month,
 * people put forward, interviews and starts, per employer and in total. Counts only, never a person: the report
 * applies its own small-number suppression. Each event is counted in the month it happened (put forward on the day
 * of the put-forward, an interview on its day, a start on the day of the outcome).
 */
struct EmployerCounts
{
    struct Outcomes
    {
        int putForward = 0;
        int interviews = 0;
        int starts = 0;
    };

    struct PerEmployer
    {
        QString name;
        /** Engagement kind (EmployerDirectory::engagementKinds) to count. */
        QMap<QString, int> engagements;
        Outcomes outcomes;
    };

    /** (month as "yyyy-MM", engagement kind) to count. */
    QMap<std::pair<QString, QString>, int> engagementsByMonth;
    /** Month as "yyyy-MM" to put-forwards, interviews and starts that month. */
    QMap<QString, Outcomes> outcomesByMonth;
    /** By employer id. */
    QHash<QString, PerEmployer> perEmployer;
    Outcomes total;
    int engagementsTotal = 0;

    /** Counts from `from` to `to`, both included. */
    static Result<EmployerCounts> forPeriod(Database &db, QDate from, QDate to);
};
