#include "bench/SyntheticMatchData.h"

namespace
{
    constexpr ContractType Contracts[] = {ContractType::Permanent,
                                          ContractType::Permanent,
                                          ContractType::Temporary,
                                          ContractType::FixedTerm,
                                          ContractType::Apprenticeship,
                                          ContractType::ZeroHours};
    constexpr double Hours[] = {16, 20, 24, 30, 37.5, 40};
} // namespace

SyntheticMatchData::SyntheticMatchData(std::shared_ptr<const Taxonomy> taxonomy, quint32 seed, const QDate &baseDate)
    : m_taxonomy(std::move(taxonomy))
    , m_rng(seed)
    , m_baseDate(baseDate)
{
    for (int i = 0; i < m_taxonomy->concepts().size(); ++i) {
        if (m_taxonomy->concepts().at(i).type != ConceptType::Group)
            m_skillConcepts.append(i);
    }
}

QString SyntheticMatchData::labelOf(const QString &conceptId)
{
    const SkillConcept *c = m_taxonomy->findConcept(conceptId);
    if (!c)
        return conceptId;
    // Adverts and CVs use other wordings too: one time in four, an alternative label.
    if (!c->altLabels.isEmpty() && below(4) == 0)
        return c->altLabels.at(int(below(quint32(c->altLabels.size()))));
    return c->preferredLabel;
}

QString SyntheticMatchData::randomSkillLabel()
{
    if (m_skillConcepts.isEmpty())
        return QStringLiteral("general duties");
    return m_taxonomy->concepts().at(m_skillConcepts.at(int(below(quint32(m_skillConcepts.size()))))).preferredLabel;
}

QVector<int> SyntheticMatchData::occupationsWithEssentials(int minimum) const
{
    QVector<int> out;
    for (int i = 0; i < m_taxonomy->occupations().size(); ++i) {
        if (m_taxonomy->occupations().at(i).essentialSkills.size() >= minimum)
            out.append(i);
    }
    return out;
}

Vacancy SyntheticMatchData::vacancy(int occupation)
{
    const QVector<Occupation> &occupations = m_taxonomy->occupations();
    if (occupation < 0)
        occupation = int(below(quint32(occupations.size())));
    const Occupation &o = occupations.at(occupation);
    Vacancy v;
    v.id = QStringLiteral("T%1").arg(m_nextId++, 7, 10, QLatin1Char('0'));
    v.title = (!o.altLabels.isEmpty() && below(5) == 0) ? o.altLabels.at(int(below(quint32(o.altLabels.size()))))
                                                        : o.preferredLabel;
    v.employer = QStringLiteral("Employer %1").arg(below(5000));
    for (const QString &skill : o.essentialSkills) {
        if (below(10) < 8)
            v.skills.append(labelOf(skill));
    }
    const int optional = int(below(4));
    for (int i = 0; i < optional && !o.optionalSkills.isEmpty(); ++i)
        v.skills.append(labelOf(o.optionalSkills.at(int(below(quint32(o.optionalSkills.size()))))));
    const int noise = int(below(3));
    for (int i = 0; i < noise; ++i)
        v.skills.append(randomSkillLabel());
    v.skills.removeDuplicates();
    v.latitude = uniform(50.6, 55.8);
    v.longitude = uniform(-4.2, 1.3);
    v.hoursPerWeek = Hours[below(std::size(Hours))];
    v.salaryMin = 18000 + 500 * below(30);
    v.salaryMax = *v.salaryMin + 500 * below(10);
    v.contractType = Contracts[below(std::size(Contracts))];
    v.closingDate = m_baseDate.addDays(7 + below(60));
    return v;
}

QVector<Vacancy> SyntheticMatchData::vacancies(qint64 count)
{
    QVector<Vacancy> out;
    out.reserve(count);
    for (qint64 i = 0; i < count; ++i)
        out.append(vacancy());
    return out;
}

LabelledProfile SyntheticMatchData::profile(int occupation, double dropShare, int unrelated)
{
    const Occupation &o = m_taxonomy->occupations().at(occupation);
    LabelledProfile p;
    p.trueOccupationId = o.id;
    p.trueTitle = o.preferredLabel;
    // Exactly the share asked for is dropped, chosen at random (Fisher-Yates on raw engine output).
    QStringList essential = o.essentialSkills;
    for (qsizetype i = essential.size() - 1; i > 0; --i)
        essential.swapItemsAt(i, qsizetype(below(quint32(i + 1))));
    const qsizetype drop = qsizetype(dropShare * double(essential.size()) + 0.5);
    const qsizetype keep = std::max<qsizetype>(1, essential.size() - drop);
    for (qsizetype i = 0; i < keep && i < essential.size(); ++i)
        p.skills.append(labelOf(essential.at(i)));
    for (int i = 0; i < unrelated; ++i)
        p.skills.append(randomSkillLabel());
    p.latitude = uniform(50.6, 55.8);
    p.longitude = uniform(-4.2, 1.3);
    return p;
}
