#include "model/matching/MatchingContext.h"

#include "model/matching/TaxonomyStore.h"

#include <algorithm>

Result<std::shared_ptr<const MatchingContext>>
MatchingContext::load(Database &db, const QDate &today, const VacancyIndex::Progress &progress)
{
    auto taxonomy = TaxonomyStore::load(db);
    if (!taxonomy)
        return taxonomy.error();
    return build(db,
                 std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy).value())),
                 today,
                 progress);
}

Result<std::shared_ptr<const MatchingContext>> MatchingContext::build(Database &db,
                                                                      std::shared_ptr<const SkillNormaliser> normaliser,
                                                                      const QDate &today,
                                                                      const VacancyIndex::Progress &progress)
{
    auto context = std::make_shared<MatchingContext>();
    context->m_today = today;
    context->m_taxonomy = normaliser->sharedTaxonomy();
    context->m_normaliser = std::move(normaliser);
    auto index = VacancyIndex::build(db, *context->m_normaliser, today, progress);
    if (!index)
        return index.error();
    context->m_index = index.value();
    context->m_matcher = std::make_shared<const Matcher>(context->m_index, context->m_taxonomy);
    return std::shared_ptr<const MatchingContext>(context);
}

std::shared_ptr<const MatchingContext> MatchingContext::fromVacancies(std::shared_ptr<const Taxonomy> taxonomy,
                                                                      const QVector<Vacancy> &vacancies,
                                                                      const QDate &today)
{
    auto context = std::make_shared<MatchingContext>();
    context->m_today = today;
    context->m_taxonomy = std::move(taxonomy);
    context->m_normaliser = std::make_shared<const SkillNormaliser>(context->m_taxonomy);
    context->m_index = VacancyIndex::fromVacancies(vacancies, *context->m_normaliser, today);
    context->m_matcher = std::make_shared<const Matcher>(context->m_index, context->m_taxonomy);
    return context;
}

QVector<PersonMatch>
MatchingContext::reverse(int vacancy, const QVector<QPair<QString, MatchProfile>> &profiles, int top) const
{
    QVector<PersonMatch> out;
    for (const auto &[personId, profile] : profiles) {
        if (auto result = m_matcher->explain(profile, vacancy))
            out.append({personId, std::move(*result)});
    }
    std::stable_sort(out.begin(), out.end(), [](const PersonMatch &a, const PersonMatch &b) {
        return a.result.score > b.result.score;
    });
    if (top >= 0 && out.size() > top)
        out.resize(top);
    return out;
}
