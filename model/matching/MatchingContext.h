#pragma once

#include "model/core/Result.h"
#include "model/matching/Matcher.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/matching/VacancyIndex.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

class Database;
class RecordStore;

/** One person's fit for a vacancy, for employer work (reverse matching). */
struct PersonMatch
{
    QString personId;
    MatchResult result;
};

/**
 * Everything matching needs, loaded once from a vault and then read-only, so ranking can run on a
 * worker thread while the vault stays on the UI thread: the taxonomy, the normaliser built from it,
 * the index of open vacancies and a matcher over them. Reload after a vacancy or taxonomy import.
 */
class MatchingContext
{
    Q_DECLARE_TR_FUNCTIONS(MatchingContext)

public:
    static Result<std::shared_ptr<const MatchingContext>>
    load(Database &db, const QDate &today, const VacancyIndex::Progress &progress = {});
    /**
     * The same with a normaliser already built from the vault's taxonomy (the window keeps one for notes and
     * suggestions); only the vacancies are read. The normaliser is read-only, so `db` may be on any thread.
     */
    static Result<std::shared_ptr<const MatchingContext>> build(Database &db,
                                                                std::shared_ptr<const SkillNormaliser> normaliser,
                                                                const QDate &today,
                                                                const VacancyIndex::Progress &progress = {});
    /** From a taxonomy and vacancies in memory (tests, the benchmark). */
    static std::shared_ptr<const MatchingContext>
    fromVacancies(std::shared_ptr<const Taxonomy> taxonomy, const QVector<Vacancy> &vacancies, const QDate &today);

    const Taxonomy &taxonomy() const { return *m_taxonomy; }
    const SkillNormaliser &normaliser() const { return *m_normaliser; }
    const VacancyIndex &index() const { return *m_index; }
    const Matcher &matcher() const { return *m_matcher; }
    QDate today() const { return m_today; }

    /**
     * The people on `profiles` ranked for one vacancy, best first, with the same explanations as
     * forward matching. People a hard limit rules out are left out.
     */
    QVector<PersonMatch> reverse(int vacancy, const QVector<QPair<QString, MatchProfile>> &profiles, int top) const;

private:
    std::shared_ptr<const Taxonomy> m_taxonomy;
    std::shared_ptr<const SkillNormaliser> m_normaliser;
    std::shared_ptr<const VacancyIndex> m_index;
    std::shared_ptr<const Matcher> m_matcher;
    QDate m_today;
};
