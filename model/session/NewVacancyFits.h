#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchProfile.h"
#include "model/session/DayDigest.h"

#include <QCoreApplication>
#include <QSet>
#include <QVector>

#include <functional>

class Database;
class MatchingContext;

/** Someone whose fit for the new vacancies is worth looking for: an open case with a matching profile. */
struct FitCandidate
{
    QString personId;
    QString personName;
    MatchProfile profile;
};

/** The vacancies the latest vacancy import added: their ids, and the day they arrived (0 when there are none). */
struct NewVacancies
{
    QSet<QString> ids;
    QDate receivedOn;
};

/**
 * The start page's "new vacancies that fit": the caseload's open cases matched, with the existing Matcher, against
 * the vacancies the latest vacancy import added, and nothing else, so the work stays bounded however large the
 * vault's list is. "Added" is read from row numbers: an import's new rows are numbered after every row before
 * them, and each carries its import's stamp, so the new ones are the run of highest rows sharing the newest
 * stamp (at most MaxVacancies of them). A vacancy the import only updated is not new.
 *
 * For each person, rank() is asked for their best vacancies received since that import's day, and those among
 * the new ones scoring MinimumScore or more are kept, PerPerson at most. find() only reads the context and the
 * profiles, so it may run on a worker thread.
 */
class NewVacancyFits
{
    Q_DECLARE_TR_FUNCTIONS(NewVacancyFits)

public:
    static constexpr double MinimumScore = 0.5;
    static constexpr int PerPerson = 3;
    static constexpr int MaxVacancies = 500;

    static Result<NewVacancies> latestImport(Database &db);
    /** Open cases, each with the matching profile `profileOf` gives; a person whose profile fails is left out. */
    static Result<QVector<FitCandidate>>
    candidates(Database &db, const std::function<Result<MatchProfile>(const QString &personId)> &profileOf);
    static DigestSectionItems find(const MatchingContext &context,
                                   const NewVacancies &vacancies,
                                   const QVector<FitCandidate> &people,
                                   const DayDigestOptions &options);
};
