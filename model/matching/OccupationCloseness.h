#pragma once

#include <QHash>
#include <QString>
#include <QVector>

class Taxonomy;

/** Why an occupation is close to one of the person's, from closest to least close. */
enum class OccupationLink : quint8
{
    None,
    /** The same occupation. */
    Same,
    /** ESCO: one's code extends the other's ("5321.1.1" under "5321.1"), a narrower or broader occupation. */
    NarrowerOrBroader,
    /** The same ISCO unit group (four digits). */
    UnitGroup,
    /** The same ISCO minor group (three digits). */
    MinorGroup,
    /** The same ISCO sub-major group (two digits). */
    SubMajorGroup,
    /** Built-in taxonomy: the same family ("care", "logistics"). */
    Family,
    /** Many essential skills in common (Jaccard overlap). */
    SharedSkills,
};

struct CloseOccupation
{
    int occupation = -1;
    float closeness = 0;
    OccupationLink link = OccupationLink::None;
};

/**
 * How close two occupations are, in [0, 1], for the occupation part of a match (issue 12 §4): 1 for the same
 * occupation, then by the ESCO and ISCO hierarchy (a narrower or broader occupation 0.8, the same unit group
 * 0.6, minor group 0.4, sub-major group 0.2) or, in the built-in taxonomy, the same family (0.4); and never
 * less than 0.8 × the overlap of their essential skills. ISCO groups are read from Occupation::family when it
 * is four digits (as EscoImport stores it), the finer place from Occupation::code.
 * Built once per taxonomy; read-only afterwards.
 */
class OccupationCloseness
{
public:
    static constexpr float NarrowerOrBroaderCloseness = 0.8f;
    static constexpr float UnitGroupCloseness = 0.6f;
    static constexpr float MinorGroupCloseness = 0.4f;
    static constexpr float SubMajorGroupCloseness = 0.2f;
    static constexpr float FamilyCloseness = 0.4f;
    /** Shared essential skills count at most this much of the same occupation. */
    static constexpr float SharedSkillsFactor = 0.8f;
    /** Below this an occupation is not close at all. */
    static constexpr float MinimumCloseness = 0.1f;

    explicit OccupationCloseness(const Taxonomy &taxonomy);

    /** Every occupation at least MinimumCloseness from the one at `occupation`, itself included, each once. */
    QVector<CloseOccupation> closeTo(int occupation) const;
    /** The closeness of two occupations by hierarchy alone (not shared skills). */
    CloseOccupation byHierarchy(int from, int to) const;

private:
    const Taxonomy &m_taxonomy;
    QVector<int> m_isco;     // the four-digit ISCO unit group, or -1
    QVector<int> m_family;   // built-in family number, or -1 for ESCO
    QVector<QString> m_code; // ESCO code, or empty
    QHash<QString, QVector<int>> m_occupationsBySkill;
};
