#pragma once

#include "model/matching/MatchProfile.h"
#include "model/matching/Taxonomy.h"

#include <QString>
#include <QStringList>
#include <QVector>

/** A course that would close some of a person's skill gaps. */
struct CourseSuggestion
{
    Course course;
    /** The missing skills (concept ids) it teaches. */
    QStringList closes;
};

/** What a person lacks for a job goal or a vacancy, and the courses that would help most. */
struct SkillGap
{
    /** Concept ids or, for free-text vacancy skills, their labels. */
    QStringList missingEssential;
    QStringList missingOptional;
    /** Ranked by how many gaps each closes, then by title. */
    QVector<CourseSuggestion> courses;

    /** For an occupation: its essential and optional skills the profile lacks. */
    static SkillGap forOccupation(const Taxonomy &taxonomy, const MatchProfile &profile, const QString &occupationId);
    /** For a vacancy: the missing skills of a match result (labels), mapped back to concepts for courses. */
    static SkillGap forMissing(const Taxonomy &taxonomy, const QStringList &missingConceptIds);

    static QVector<CourseSuggestion> rankCourses(const Taxonomy &taxonomy, const QStringList &missing);
};
