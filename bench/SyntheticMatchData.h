#pragma once

#include "model/matching/Taxonomy.h"
#include "model/matching/Vacancy.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>
#include <random>

/** A profile made from a known occupation, for measuring how well matching finds it. */
struct LabelledProfile
{
    QString trueOccupationId;
    QString trueTitle;
    QStringList skills;
    double latitude = 0;
    double longitude = 0;
};

/**
 * Deterministic vacancies and profiles drawn from a taxonomy's occupations, for the matching quality
 * evaluation (bench) and its regression test. A vacancy's title is its occupation's label (or one of
 * its other titles) and its skills are most of the occupation's essential skills, some optional ones and
 * a little noise; a profile is an occupation's essential skills with a share dropped and unrelated
 * skills added. Only std::mt19937's raw output is used, so the data is the same on every platform.
 */
class SyntheticMatchData
{
public:
    SyntheticMatchData(std::shared_ptr<const Taxonomy> taxonomy, quint32 seed, const QDate &baseDate);

    /** A vacancy of the occupation at `occupation` (a taxonomy index), or of a random one when -1. */
    Vacancy vacancy(int occupation = -1);
    QVector<Vacancy> vacancies(qint64 count);
    /** Drops dropShare of the occupation's essential skills (keeping at least one) and adds `unrelated` random skills.
     */
    LabelledProfile profile(int occupation, double dropShare, int unrelated);
    /** Occupations with at least this many essential skills, the ones worth evaluating on. */
    QVector<int> occupationsWithEssentials(int minimum) const;

private:
    quint32 below(quint32 bound) { return quint32(m_rng() % bound); }
    double uniform(double low, double high) { return low + (high - low) * (double(m_rng()) / 4294967296.0); }
    QString labelOf(const QString &conceptId);
    QString randomSkillLabel();

    std::shared_ptr<const Taxonomy> m_taxonomy;
    QVector<int> m_skillConcepts; // indices of non-group concepts
    std::mt19937 m_rng;
    QDate m_baseDate;
    qint64 m_nextId = 1;
};
