#include "EmployerCounts.h"

#include "model/vault/Database.h"

namespace
{
    QString monthOf(const QString &isoDate)
    {
        return isoDate.left(7);
    }

    bool within(const QString &isoDate, const QString &from, const QString &to)
    {
        return !isoDate.isEmpty() && isoDate >= from && isoDate <= to;
    }
} // namespace

Result<EmployerCounts> EmployerCounts::forPeriod(Database &db, QDate from, QDate to)
{
    EmployerCounts counts;
    if (!from.isValid() || !to.isValid() || from > to)
        return counts;
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);

    Statement engagements = db.prepare("SELECT g.employer_id, g.kind, g.happened_on, coalesce(e.name, '') "
                                       "FROM employer_engagements g LEFT JOIN employers e ON e.id = g.employer_id "
                                       "WHERE g.happened_on >= ?1 AND g.happened_on <= ?2");
    engagements.bind(1, first).bind(2, last);
    while (engagements.next()) {
        const QString kind = engagements.text(1);
        PerEmployer &employer = counts.perEmployer[engagements.text(0)];
        employer.name = engagements.text(3);
        ++employer.engagements[kind];
        ++counts.engagementsByMonth[{monthOf(engagements.text(2)), kind}];
        ++counts.engagementsTotal;
    }
    if (engagements.failed())
        return engagements.error();

    // Put-forwards are person records; read through the kind's index, their fields by key.
    Statement outcomes = db.prepare("SELECT e.value, n.value, p.value, i.value, o.value, d.value FROM records r "
                                    "JOIN fields e ON e.record_id = r.id AND e.name = 'employer_id' "
                                    "LEFT JOIN fields n ON n.record_id = r.id AND n.name = 'employer_name' "
                                    "LEFT JOIN fields p ON p.record_id = r.id AND p.name = 'put_forward_on' "
                                    "LEFT JOIN fields i ON i.record_id = r.id AND i.name = 'interview_on' "
                                    "LEFT JOIN fields o ON o.record_id = r.id AND o.name = 'outcome' "
                                    "LEFT JOIN fields d ON d.record_id = r.id AND d.name = 'outcome_on' "
                                    "WHERE r.kind = 'put_forward' AND r.deleted = 0");
    while (outcomes.next()) {
        const QString putOn = outcomes.text(2);
        const QString interviewOn = outcomes.text(3);
        const QString startOn = outcomes.text(4) == QLatin1String("started") ? outcomes.text(5) : QString();
        const bool put = within(putOn, first, last);
        const bool interview = within(interviewOn, first, last);
        const bool start = within(startOn, first, last);
        if (!put && !interview && !start)
            continue;
        PerEmployer &employer = counts.perEmployer[outcomes.text(0)];
        if (employer.name.isEmpty())
            employer.name = outcomes.text(1);
        if (put) {
            ++employer.outcomes.putForward;
            ++counts.outcomesByMonth[monthOf(putOn)].putForward;
            ++counts.total.putForward;
        }
        if (interview) {
            ++employer.outcomes.interviews;
            ++counts.outcomesByMonth[monthOf(interviewOn)].interviews;
            ++counts.total.interviews;
        }
        if (start) {
            ++employer.outcomes.starts;
            ++counts.outcomesByMonth[monthOf(startOn)].starts;
            ++counts.total.starts;
        }
    }
    if (outcomes.failed())
        return outcomes.error();
    return counts;
}
