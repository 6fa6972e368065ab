#include "model/matching/SkillRelations.h"

#include "model/matching/Taxonomy.h"

#include <QHash>

SkillRelations::SkillRelations(const Taxonomy &taxonomy)
{
    const QVector<SkillConcept> &concepts = taxonomy.concepts();
    const qsizetype n = concepts.size();
    m_related.resize(n);
    m_children.resize(n);
    m_broader.fill(-1, n);
    m_group.fill(false, n);
    for (int c = 0; c < n; ++c) {
        const SkillConcept &skill = concepts.at(c);
        m_group[c] = skill.type == ConceptType::Group;
        const int up = skill.broaderId.isEmpty() ? -1 : taxonomy.conceptIndex(skill.broaderId);
        if (up >= 0 && up != c) {
            m_broader[c] = up;
            m_children[up].append(c);
        }
        for (const QString &id : skill.relatedSkills) {
            const int other = taxonomy.conceptIndex(id);
            if (other < 0 || other == c)
                continue;
            if (!m_related.at(c).contains(other))
                m_related[c].append(other);
            if (!m_related.at(other).contains(c))
                m_related[other].append(c);
        }
    }
}

QVector<RelatedSkill> SkillRelations::of(int conceptIndex) const
{
    QVector<RelatedSkill> out;
    if (conceptIndex < 0 || conceptIndex >= m_broader.size())
        return out;
    QHash<int, int> seen; // concept -> position in out
    auto add = [&](int other, SkillRelation relation, float credit) {
        if (other == conceptIndex || m_group.at(other) || seen.contains(other))
            return;
        seen.insert(other, int(out.size()));
        out.append({other, relation, credit});
    };
    for (int other : m_related.at(conceptIndex))
        add(other, SkillRelation::Related, DirectCredit);
    const int up = m_broader.at(conceptIndex);
    if (up >= 0)
        add(up, SkillRelation::Broader, DirectCredit);
    for (int child : m_children.at(conceptIndex))
        add(child, SkillRelation::Narrower, DirectCredit);
    if (up >= 0 && m_children.at(up).size() <= MaxSiblings) {
        for (int sibling : m_children.at(up))
            add(sibling, SkillRelation::Sibling, SiblingCredit);
    }
    return out;
}
