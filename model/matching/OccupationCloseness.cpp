#include "model/matching/OccupationCloseness.h"

#include "model/matching/Taxonomy.h"

#include <algorithm>

namespace
{
    /** The four digits of an ISCO unit group, or -1 for a family name. */
    int iscoOf(const QString &family)
    {
        if (family.size() != 4)
            return -1;
        for (QChar c : family) {
            if (!c.isDigit())
                return -1;
        }
        return family.toInt();
    }

    /** True when `longer` extends `shorter` by one or more dotted parts ("5321.1.1" and "5321.1"). */
    bool extendsCode(const QString &longer, const QString &shorter)
    {
        return longer.size() > shorter.size() && longer.startsWith(shorter) && longer.at(shorter.size()) == u'.';
    }
} // namespace

OccupationCloseness::OccupationCloseness(const Taxonomy &taxonomy)
    : m_taxonomy(taxonomy)
{
    QHash<QString, int> families;
    for (const Occupation &o : taxonomy.occupations()) {
        const int isco = iscoOf(o.family);
        m_isco.append(isco);
        m_code.append(o.code);
        if (isco < 0 && !o.family.isEmpty()) {
            const auto it = families.constFind(o.family);
            m_family.append(it != families.constEnd() ? *it : int(families.size()));
            if (it == families.constEnd())
                families.insert(o.family, int(families.size()));
        } else {
            m_family.append(-1);
        }
    }
    const QVector<Occupation> &occupations = taxonomy.occupations();
    for (int o = 0; o < occupations.size(); ++o) {
        for (const QString &skill : occupations.at(o).essentialSkills)
            m_occupationsBySkill[skill].append(o);
    }
}

CloseOccupation OccupationCloseness::byHierarchy(int from, int to) const
{
    if (from == to)
        return {to, 1.0f, OccupationLink::Same};
    const QString &a = m_code.at(from);
    const QString &b = m_code.at(to);
    if (!a.isEmpty() && !b.isEmpty() && (extendsCode(a, b) || extendsCode(b, a)))
        return {to, NarrowerOrBroaderCloseness, OccupationLink::NarrowerOrBroader};
    const int x = m_isco.at(from);
    const int y = m_isco.at(to);
    if (x >= 0 && y >= 0) {
        if (x == y)
            return {to, UnitGroupCloseness, OccupationLink::UnitGroup};
        if (x / 10 == y / 10)
            return {to, MinorGroupCloseness, OccupationLink::MinorGroup};
        if (x / 100 == y / 100)
            return {to, SubMajorGroupCloseness, OccupationLink::SubMajorGroup};
        return {to, 0.0f, OccupationLink::None};
    }
    if (m_family.at(from) >= 0 && m_family.at(from) == m_family.at(to))
        return {to, FamilyCloseness, OccupationLink::Family};
    return {to, 0.0f, OccupationLink::None};
}

QVector<CloseOccupation> OccupationCloseness::closeTo(int occupation) const
{
    QVector<CloseOccupation> out;
    const QVector<Occupation> &occupations = m_taxonomy.occupations();
    if (occupation < 0 || occupation >= occupations.size())
        return out;
    QVector<int> at(occupations.size(), -1); // occupation -> position in out
    auto offer = [&](const CloseOccupation &c) {
        if (c.closeness < MinimumCloseness)
            return;
        int &slot = at[c.occupation];
        if (slot < 0) {
            slot = int(out.size());
            out.append(c);
        } else if (c.closeness > out.at(slot).closeness) {
            out[slot] = c;
        }
    };
    // The hierarchy needs a look at every occupation, but only a comparison of two small numbers each.
    for (int o = 0; o < occupations.size(); ++o)
        offer(byHierarchy(occupation, o));

    // Shared essential skills (Jaccard), found through the skills rather than by comparing with every occupation.
    const QStringList &essential = occupations.at(occupation).essentialSkills;
    if (!essential.isEmpty()) {
        QHash<int, int> shared;
        for (const QString &skill : essential) {
            for (int o : m_occupationsBySkill.value(skill))
                ++shared[o];
        }
        for (auto it = shared.constBegin(); it != shared.constEnd(); ++it) {
            if (it.key() == occupation)
                continue;
            const double unionSize = essential.size() + occupations.at(it.key()).essentialSkills.size() - it.value();
            const double jaccard = it.value() / std::max(1.0, unionSize);
            offer({it.key(), float(jaccard) * SharedSkillsFactor, OccupationLink::SharedSkills});
        }
    }
    return out;
}
