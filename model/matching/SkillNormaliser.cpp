#include "model/matching/SkillNormaliser.h"

#include "model/matching/JobTitleNormaliser.h"

QString NormalisedLabel::termKey() const
{
    return mapped() ? id : SkillNormaliser::freeTextKey(input);
}

QString NormalisedLabel::howText() const
{
    switch (how) {
    case LabelMatcher::How::Exact:
        return SkillNormaliser::tr("exact");
    case LabelMatcher::How::Alternative:
        return SkillNormaliser::tr("alternative label");
    case LabelMatcher::How::Variant:
        return SkillNormaliser::tr("spelling variant");
    case LabelMatcher::How::Fuzzy:
        return SkillNormaliser::tr("close match");
    case LabelMatcher::How::SharedWords:
        return SkillNormaliser::tr("shares words");
    case LabelMatcher::How::None:
        break;
    }
    return SkillNormaliser::tr("free text");
}

SkillNormaliser::SkillNormaliser(std::shared_ptr<const Taxonomy> taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
    const QVector<SkillConcept> &concepts = m_taxonomy->concepts();
    for (int i = 0; i < concepts.size(); ++i) {
        if (concepts.at(i).type != ConceptType::Group)
            m_skills.add(concepts.at(i).preferredLabel, i, true);
    }
    for (int i = 0; i < concepts.size(); ++i) {
        if (concepts.at(i).type == ConceptType::Group)
            continue;
        for (const QString &alt : concepts.at(i).altLabels)
            m_skills.add(alt, i, false);
    }
    m_skills.finish();

    const QVector<Occupation> &occupations = m_taxonomy->occupations();
    for (int i = 0; i < occupations.size(); ++i)
        m_occupations.add(occupations.at(i).preferredLabel, i, true);
    for (int i = 0; i < occupations.size(); ++i) {
        for (const QString &alt : occupations.at(i).altLabels)
            m_occupations.add(alt, i, false);
    }
    m_occupations.finish();
}

QString SkillNormaliser::freeTextKey(const QString &text)
{
    return QLatin1String("text:") + LabelMatcher::variantKey(text);
}

NormalisedLabel SkillNormaliser::skill(const QString &text) const
{
    NormalisedLabel out;
    out.input = text.trimmed();
    out.label = out.input;
    const LabelMatcher::Match match = m_skills.lookup(out.input);
    if (match.found()) {
        const SkillConcept &skillConcept = m_taxonomy->concepts().at(match.target);
        out.id = skillConcept.id;
        out.label = skillConcept.preferredLabel;
        out.how = match.how;
        out.confidence = match.confidence;
    }
    return out;
}

QVector<NormalisedLabel> SkillNormaliser::skillCandidates(const QString &text, int limit) const
{
    QVector<NormalisedLabel> out;
    const QString input = text.trimmed();
    for (const LabelMatcher::Match &match : m_skills.candidates(input, limit)) {
        const SkillConcept &skillConcept = m_taxonomy->concepts().at(match.target);
        NormalisedLabel label;
        label.input = input;
        label.id = skillConcept.id;
        label.label = skillConcept.preferredLabel;
        label.how = match.how;
        label.confidence = match.confidence;
        out.append(label);
    }
    return out;
}

NormalisedLabel SkillNormaliser::occupation(const QString &text) const
{
    NormalisedLabel out;
    out.input = text.trimmed();
    out.label = out.input;
    const LabelMatcher::Match match = m_occupations.lookup(out.input);
    if (match.found()) {
        const Occupation &occupation = m_taxonomy->occupations().at(match.target);
        out.id = occupation.id;
        out.label = occupation.preferredLabel;
        out.how = match.how;
        out.confidence = match.confidence;
    }
    return out;
}

SkillNormaliser::~SkillNormaliser() = default;

const JobTitleNormaliser &SkillNormaliser::titles() const
{
    std::call_once(m_titlesBuilt, [this] { m_titles = std::make_unique<const JobTitleNormaliser>(m_taxonomy); });
    return *m_titles;
}
