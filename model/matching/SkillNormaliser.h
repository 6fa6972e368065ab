#pragma once

#include "model/matching/LabelMatcher.h"
#include "model/matching/Taxonomy.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <mutex>

class JobTitleNormaliser;

/** What a piece of free text was mapped to, and how sure the mapping is. */
struct NormalisedLabel
{
    /** The text as given. */
    QString input;
    /** Concept or occupation id; empty when nothing matched and the text is kept as free text. */
    QString id;
    /** The preferred label when mapped, else the input. */
    QString label;
    LabelMatcher::How how = LabelMatcher::How::None;
    double confidence = 0;

    bool mapped() const { return !id.isEmpty(); }
    /** Sure enough to stand without a person choosing it: the same label, an alternative, or a spelling variant. */
    bool certain() const
    {
        return how == LabelMatcher::How::Exact || how == LabelMatcher::How::Alternative ||
               how == LabelMatcher::How::Variant;
    }
    /**
     * What matching compares: the concept id, or for free text "text:" and its variant key, so an
     * unmapped "Forklift truck (counterbalance)" still matches the same words elsewhere.
     */
    QString termKey() const;
    /** "exact", "alternative label", "spelling variant", "close match", "shares words" or "free text", translated. */
    QString howText() const;
};

/**
 * Maps free-text skill labels (from vacancies, CVs, the coach's typing) to taxonomy concepts, and job
 * titles to occupations. Group concepts are headings and are never a match target.
 */
class SkillNormaliser
{
    Q_DECLARE_TR_FUNCTIONS(SkillNormaliser)

public:
    explicit SkillNormaliser(std::shared_ptr<const Taxonomy> taxonomy);
    ~SkillNormaliser();

    NormalisedLabel skill(const QString &text) const;
    /**
     * The skills a person typing `text` may mean, best first, for them to choose from: skill()'s mapping when
     * there is one, then skills whose labels share its weighty words. Never used to map on its own.
     */
    QVector<NormalisedLabel> skillCandidates(const QString &text, int limit = 6) const;
    NormalisedLabel occupation(const QString &text) const;

    const Taxonomy &taxonomy() const { return *m_taxonomy; }
    std::shared_ptr<const Taxonomy> sharedTaxonomy() const { return m_taxonomy; }
    /**
     * Job titles as adverts and work histories write them ("Band 3 HCA - Nights"), over the same taxonomy.
     * Built on first use, once, whichever thread asks first: with ESCO it takes about half a second.
     */
    const JobTitleNormaliser &titles() const;

    static QString freeTextKey(const QString &text);

private:
    std::shared_ptr<const Taxonomy> m_taxonomy;
    LabelMatcher m_skills;
    LabelMatcher m_occupations;
    mutable std::once_flag m_titlesBuilt;
    mutable std::unique_ptr<const JobTitleNormaliser> m_titles;
};
