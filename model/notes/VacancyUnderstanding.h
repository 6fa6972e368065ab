#pragma once

#include "model/matching/JobTitleNormaliser.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Vacancy.h"

#include <memory>

class NoteCues;
class SkillLinker;

/**
 * Reads what a vacancy is about when its feed gives a title and prose only (issue 12 §2): the
 * occupation its title maps to (JobTitleNormaliser), the skills its description states (the same
 * SkillLinker that reads coach notes, negated mentions left out), and the occupation's essential
 * skills it does not state, as implied ones. Skills the feed lists itself are kept as listed. Every
 * skill keeps its evidence, so matching can say why; nothing is decided by it.
 *
 * Built once per taxonomy and shared read-only between threads.
 */
class VacancyUnderstanding
{
public:
    explicit VacancyUnderstanding(std::shared_ptr<const SkillNormaliser> normaliser);
    ~VacancyUnderstanding();

    /** What the title, the listed skills and the description say; `vacancy.reading` is not read. */
    VacancyReading read(const Vacancy &vacancy) const;

    /** The occupation match with its evidence, for showing how a title was read. */
    TitleMatch readTitle(const QString &title) const;

    const SkillNormaliser &normaliser() const { return *m_normaliser; }

    /** Only this much of a description is read: adverts are shorter, and it bounds the work per vacancy. */
    static constexpr qsizetype MaxDescriptionChars = 20000;
    /** A title mapped less surely than this implies no skills. */
    static constexpr double MinImplyingTitleConfidence = 0.6;

private:
    std::shared_ptr<const SkillNormaliser> m_normaliser;
    JobTitleNormaliser m_titles;
    std::unique_ptr<const SkillLinker> m_linker;
    std::unique_ptr<const NoteCues> m_cues;
};
