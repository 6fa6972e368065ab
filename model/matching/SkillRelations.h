#pragma once

#include <QVector>

class Taxonomy;

/** How a skill the person has relates to one a vacancy asks for. */
enum class SkillRelation : quint8
{
    /** ESCO's skill-to-skill relation (skillSkillRelations.csv), read both ways. */
    Related,
    /** The vacancy's skill is the broader concept of the person's. */
    Broader,
    /** The vacancy's skill is narrower than the person's. */
    Narrower,
    /** Both sit directly under the same broader concept (for the built-in taxonomy, the same group heading). */
    Sibling,
};

struct RelatedSkill
{
    int conceptIndex = -1;
    SkillRelation relation = SkillRelation::Related;
    /** The share of an exact match's credit this relation earns; always below 1. */
    float credit = 0;
};

/**
 * Which skills are close to a skill, for partial credit in matching (issue 12 §4): ESCO's relations and
 * the broader/narrower hierarchy at half an exact match, and siblings under the same broader concept at a
 * quarter. Siblings count only under a broader concept with few children: a heading over hundreds of skills
 * says little about any two of them. Group headings are never related skills (no vacancy asks for one).
 * Built once per taxonomy; read-only afterwards.
 */
class SkillRelations
{
public:
    static constexpr float DirectCredit = 0.5f;
    static constexpr float SiblingCredit = 0.25f;
    static constexpr int MaxSiblings = 50;

    explicit SkillRelations(const Taxonomy &taxonomy);

    /** The skills related to the concept at `conceptIndex`, each once with its closest relation, closest first. */
    QVector<RelatedSkill> of(int conceptIndex) const;

private:
    QVector<QVector<int>> m_related;  // ESCO relations, both ways
    QVector<QVector<int>> m_children; // narrower concepts
    QVector<int> m_broader;           // -1 at the top
    QVector<bool> m_group;
};
