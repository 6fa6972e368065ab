#include "model/matching/MatchProfileBuilder.h"

#include "model/core/Validators.h"
#include "model/io/CsvReader.h"
#include "model/matching/GeodataBundle.h"
#include "model/matching/JobTitleNormaliser.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/VacancyCsv.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"

#include <QSet>

MatchProfileBuilder::MatchProfileBuilder(const RecordReader &records, Database &db, const SkillNormaliser &normaliser)
    : m_records(records)
    , m_db(db)
    , m_normaliser(normaliser)
{}

const QVector<MatchProfileBuilder::NeverRead> &MatchProfileBuilder::neverRead()
{
    static const QVector<NeverRead> fields{
        {Kinds::Person, QStringLiteral("given_name")},
        {Kinds::Person, QStringLiteral("family_name")},
        {Kinds::Person, QStringLiteral("preferred_name")},
        {Kinds::Person, QStringLiteral("date_of_birth")},
        {Kinds::Person, QStringLiteral("ni_number")},
        {Kinds::Person, QStringLiteral("email")},
        {Kinds::Person, QStringLiteral("phone")},
        {Kinds::Person, QStringLiteral("address")},
        {Kinds::Person, QStringLiteral("preferred_language")},
        {Kinds::HealthCondition, {}},
        {Kinds::FitNote, {}},
        {Kinds::Note, {}},
        {Kinds::ActionItem, {}},
        {Kinds::Appointment, {}},
    };
    return fields;
}

Result<MatchProfile> MatchProfileBuilder::build(const QString &personId) const
{
    auto person = m_records.get(personId);
    if (!person || person->kind != Kinds::Person)
        return Error{ErrorCode::NotFound, tr("There is no person with the id %1 in this vault.").arg(personId)};

    MatchProfile profile;
    QSet<QString> seen;
    auto addSkill = [&](const QString &label, const QString &conceptId) {
        NormalisedLabel skill = m_normaliser.skill(label);
        if (skill.mapped() && !skill.certain()) {
            // A close guess at what the person typed is offered to the coach in the skill dialog, never taken
            // here unseen: the skill stays free text, as the workspace says, until someone picks a concept.
            skill.id.clear();
            skill.label = skill.input;
            skill.how = LabelMatcher::How::None;
            skill.confidence = 0;
        }
        if (!conceptId.isEmpty() && m_normaliser.taxonomy().findConcept(conceptId)) {
            // The coach already confirmed the concept; that choice wins over a fresh lookup.
            skill.id = conceptId;
            skill.label = m_normaliser.taxonomy().labelOf(conceptId);
            skill.how = LabelMatcher::How::Exact;
            skill.confidence = 1;
        }
        if (skill.input.isEmpty() || seen.contains(skill.termKey()))
            return;
        seen.insert(skill.termKey());
        profile.skills.append(skill);
    };

    auto skills = m_records.list(personId, Kinds::Skill);
    if (!skills)
        return skills.error();
    for (const Record &r : skills.value())
        addSkill(r.value(QStringLiteral("label")), r.value(QStringLiteral("taxonomy_id")));
    auto qualifications = m_records.list(personId, Kinds::Qualification);
    if (!qualifications)
        return qualifications.error();
    for (const Record &r : qualifications.value())
        addSkill(r.value(QStringLiteral("title")), {});

    auto goals = m_records.list(personId, Kinds::JobGoal);
    if (!goals)
        return goals.error();
    for (const Record &r : goals.value()) {
        QString id = r.value(QStringLiteral("occupation_id"));
        if (!m_normaliser.taxonomy().occupation(id))
            id = m_normaliser.titles().match(r.value(QStringLiteral("title"))).occupationId;
        if (id.isEmpty())
            id = m_normaliser.occupation(r.value(QStringLiteral("title"))).id;
        if (!id.isEmpty() && !profile.goalOccupations.contains(id))
            profile.goalOccupations.append(id);
        if (const auto hours = CsvReader::toNumber(r.value(QStringLiteral("hours_wanted")));
            hours && !profile.hoursWanted)
            profile.hoursWanted = *hours;
        if (const auto pay = CsvReader::toNumber(r.value(QStringLiteral("pay_floor"))); pay && !profile.payFloor)
            profile.payFloor = *pay;
        for (const QString &name :
             r.value(QStringLiteral("contract_types")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const auto type = VacancyCsv::contractTypeFromName(name.trimmed()))
                profile.contractTypes.insert(*type);
        }
    }
    auto history = m_records.list(personId, Kinds::WorkHistory);
    if (!history)
        return history.error();
    for (const Record &r : history.value()) {
        // Written as adverts write them ("Band 3 HCA - Nights"), so cleaned the same way (issue 12 §4).
        const QString id = m_normaliser.titles().match(r.value(QStringLiteral("job_title"))).occupationId;
        if (!id.isEmpty() && !profile.historyOccupations.contains(id))
            profile.historyOccupations.append(id);
    }

    auto circumstances = m_records.single(personId, Kinds::Circumstances);
    if (!circumstances)
        return circumstances.error();
    profile.maxDistanceKm = CsvReader::toNumber(circumstances->value(QStringLiteral("max_travel_km")));
    profile.maxHours = CsvReader::toNumber(circumstances->value(QStringLiteral("hours_available")));

    const Validators::Outcome outcode = Validators::outcode(person->value(QStringLiteral("postcode")));
    if (outcode.valid) {
        if (const auto place = GeodataBundle::lookup(m_db, outcode.canonical)) {
            profile.latitude = place->latitude;
            profile.longitude = place->longitude;
        }
    }

    auto adjustments = m_records.list(personId, Kinds::Adjustment);
    if (!adjustments)
        return adjustments.error();
    for (const Record &r : adjustments.value()) {
        if (r.value(QStringLiteral("share_for_matching")) == QLatin1String("yes"))
            profile.sharedAdjustments.append(r.value(QStringLiteral("type")));
    }
    return profile;
}

Result<QVector<SkillSuggestion>> MatchProfileBuilder::historySuggestions(const QString &personId) const
{
    auto profile = build(personId);
    if (!profile)
        return profile.error();
    QSet<QString> held;
    for (const NormalisedLabel &s : profile->skills)
        held.insert(s.termKey());
    QVector<SkillSuggestion> out;
    const Taxonomy &taxonomy = m_normaliser.taxonomy();
    for (const QString &occupationId : profile->historyOccupations) {
        const Occupation *occupation = taxonomy.occupation(occupationId);
        for (const QString &skill : occupation->essentialSkills) {
            if (held.contains(skill))
                continue;
            held.insert(skill);
            out.append({skill,
                        taxonomy.labelOf(skill),
                        tr("Essential for %1, in their work history").arg(occupation->preferredLabel)});
        }
    }
    return out;
}
