#include "model/matching/SkillGap.h"

#include <QSet>

#include <algorithm>

QVector<CourseSuggestion> SkillGap::rankCourses(const Taxonomy &taxonomy, const QStringList &missing)
{
    const QSet<QString> gaps(missing.begin(), missing.end());
    QVector<CourseSuggestion> out;
    for (const Course &course : taxonomy.courses()) {
        CourseSuggestion suggestion{course, {}};
        for (const QString &skill : course.skills) {
            if (gaps.contains(skill))
                suggestion.closes.append(skill);
        }
        if (!suggestion.closes.isEmpty())
            out.append(std::move(suggestion));
    }
    std::stable_sort(out.begin(), out.end(), [](const CourseSuggestion &a, const CourseSuggestion &b) {
        if (a.closes.size() != b.closes.size())
            return a.closes.size() > b.closes.size();
        return a.course.title.localeAwareCompare(b.course.title) < 0;
    });
    return out;
}

SkillGap SkillGap::forOccupation(const Taxonomy &taxonomy, const MatchProfile &profile, const QString &occupationId)
{
    SkillGap gap;
    const Occupation *occupation = taxonomy.occupation(occupationId);
    if (!occupation)
        return gap;
    QSet<QString> held;
    for (const NormalisedLabel &s : profile.skills)
        held.insert(s.termKey());
    for (const QString &skill : occupation->essentialSkills) {
        if (!held.contains(skill))
            gap.missingEssential.append(skill);
    }
    for (const QString &skill : occupation->optionalSkills) {
        if (!held.contains(skill))
            gap.missingOptional.append(skill);
    }
    gap.courses = rankCourses(taxonomy, gap.missingEssential + gap.missingOptional);
    return gap;
}

SkillGap SkillGap::forMissing(const Taxonomy &taxonomy, const QStringList &missingConceptIds)
{
    SkillGap gap;
    gap.missingEssential = missingConceptIds;
    gap.courses = rankCourses(taxonomy, missingConceptIds);
    return gap;
}
