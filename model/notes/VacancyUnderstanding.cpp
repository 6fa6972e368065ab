#include "VacancyUnderstanding.h"

#include "model/notes/NoteCues.h"
#include "model/notes/NoteTokenizer.h"
#include "model/notes/SkillLinker.h"

#include <QHash>

VacancyUnderstanding::VacancyUnderstanding(std::shared_ptr<const SkillNormaliser> normaliser)
    : m_normaliser(normaliser)
    , m_titles(normaliser->sharedTaxonomy())
    , m_linker(std::make_unique<const SkillLinker>(normaliser))
    , m_cues(std::make_unique<const NoteCues>())
{}

VacancyUnderstanding::~VacancyUnderstanding() = default;

TitleMatch VacancyUnderstanding::readTitle(const QString &title) const
{
    return m_titles.match(title);
}

VacancyReading VacancyUnderstanding::read(const Vacancy &vacancy) const
{
    const Taxonomy &taxonomy = m_normaliser->taxonomy();
    VacancyReading reading;
    QHash<QString, int> byConcept; // concept id -> index in reading.skills

    for (const QString &label : vacancy.skills) {
        const NormalisedLabel mapped = m_normaliser->skill(label);
        if (!mapped.mapped() || byConcept.contains(mapped.id))
            continue;
        byConcept.insert(mapped.id, int(reading.skills.size()));
        reading.skills.append(ReadSkill{mapped.id, SkillSource::Listed, 1.0f, -1, -1});
    }

    const QString text = vacancy.description.left(MaxDescriptionChars);
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);
    for (const SkillLink &link : m_linker->link(tokens)) {
        if (m_cues->negatedBefore(tokens, link.first) || m_cues->negatedAfter(tokens, link.last))
            continue;
        const QString &id = taxonomy.concepts().at(link.conceptIndex).id;
        const float confidence = float(link.confidence);
        const qint32 begin = qint32(tokens.at(link.first).start);
        const qint32 end = qint32(tokens.at(link.last).end);
        if (const auto it = byConcept.constFind(id); it != byConcept.constEnd()) {
            // Said twice: the surest mention is the evidence. A listed skill stays listed.
            ReadSkill &known = reading.skills[*it];
            if (known.source == SkillSource::Stated && confidence > known.confidence)
                known = ReadSkill{id, SkillSource::Stated, confidence, begin, end};
            continue;
        }
        byConcept.insert(id, int(reading.skills.size()));
        reading.skills.append(ReadSkill{id, SkillSource::Stated, confidence, begin, end});
    }

    const TitleMatch title = m_titles.match(vacancy.title);
    if (title.mapped()) {
        reading.occupationId = title.occupationId;
        reading.occupationConfidence = float(title.confidence);
        reading.titleEvidence = title.matchedText;
        const Occupation *occupation = taxonomy.occupation(title.occupationId);
        if (occupation && title.confidence >= MinImplyingTitleConfidence) {
            for (const QString &id : occupation->essentialSkills) {
                if (byConcept.contains(id) || taxonomy.conceptIndex(id) < 0)
                    continue;
                byConcept.insert(id, int(reading.skills.size()));
                reading.skills.append(ReadSkill{id, SkillSource::Implied, float(title.confidence), -1, -1});
            }
        }
    }
    return reading;
}
