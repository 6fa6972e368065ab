#include "model/vault/EntitySchema.h"

#include "model/core/Validators.h"

#include <QDate>

namespace
{
    FieldSpec text(const char *name, const char *label, bool required = false, int maxLength = 200)
    {
        FieldSpec f;
        f.name = QString::fromLatin1(name);
        f.label = label;
        f.required = required;
        f.maxLength = maxLength;
        return f;
    }

    FieldSpec typed(const char *name, const char *label, FieldType type, bool required = false)
    {
        FieldSpec f = text(name, label, required);
        f.type = type;
        if (type == FieldType::LongText)
            f.maxLength = 20000;
        return f;
    }

    FieldSpec number(const char *name, const char *label, double minimum, double maximum)
    {
        FieldSpec f = typed(name, label, FieldType::Decimal);
        f.minimum = minimum;
        f.maximum = maximum;
        return f;
    }

    FieldSpec choice(const char *name,
                     const char *label,
                     QVector<ChoiceSpec> choices,
                     bool required = false,
                     FieldType type = FieldType::Choice)
    {
        FieldSpec f = typed(name, label, type, required);
        f.choices = std::move(choices);
        return f;
    }

    FieldSpec after(FieldSpec f, const char *earlierField)
    {
        f.notBefore = QString::fromLatin1(earlierField);
        return f;
    }

    // The class that makes such a record checks these fields (Referrals and PutForwards check consent); a generic
    // edit must not get round that check by changing them afterwards.
    FieldSpec fixedOnceMade(FieldSpec f)
    {
        f.fixedOnceMade = true;
        return f;
    }

    ChoiceSpec c(const char *key, const char *label)
    {
        return {QString::fromLatin1(key), label};
    }

    const QVector<ChoiceSpec> &adjustmentChoices()
    {
        static const QVector<ChoiceSpec> choices = {
            c("phased_return", QT_TRANSLATE_NOOP("EntitySchema", "Phased return to work")),
            c("altered_hours", QT_TRANSLATE_NOOP("EntitySchema", "Altered hours")),
            c("amended_duties", QT_TRANSLATE_NOOP("EntitySchema", "Amended duties")),
            c("workplace_adaptations", QT_TRANSLATE_NOOP("EntitySchema", "Workplace adaptations")),
        };
        return choices;
    }

    EntityKind makeKind(
        const char *key, const char *label, Cardinality cardinality, const char *titleField, QVector<FieldSpec> fields)
    {
        EntityKind k;
        k.key = QString::fromLatin1(key);
        k.label = label;
        k.cardinality = cardinality;
        k.titleField = QString::fromLatin1(titleField);
        k.fields = std::move(fields);
        return k;
    }
} // namespace

QString FieldSpec::translatedLabel() const
{
    return QCoreApplication::translate("EntitySchema", label);
}

QString FieldSpec::choiceLabel(const QString &key) const
{
    for (const ChoiceSpec &choice : choices) {
        if (choice.key == key)
            return QCoreApplication::translate("EntitySchema", choice.label);
    }
    return key;
}

const FieldSpec *EntityKind::field(const QString &name) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString EntityKind::translatedLabel() const
{
    return QCoreApplication::translate("EntitySchema", label);
}

const EntitySchema &EntitySchema::instance()
{
    static const EntitySchema schema;
    return schema;
}

const EntityKind *EntitySchema::kind(const QString &key) const
{
    for (const EntityKind &k : m_kinds) {
        if (k.key == key)
            return &k;
    }
    return nullptr;
}

EntitySchema::EntitySchema()
{
    m_kinds.append(makeKind(
        "person",
        QT_TRANSLATE_NOOP("EntitySchema", "Profile"),
        Cardinality::One,
        "family_name",
        {
            text("given_name", QT_TRANSLATE_NOOP("EntitySchema", "Given name"), true),
            text("family_name", QT_TRANSLATE_NOOP("EntitySchema", "Family name"), true),
            text("preferred_name", QT_TRANSLATE_NOOP("EntitySchema", "Preferred name")),
            typed("date_of_birth", QT_TRANSLATE_NOOP("EntitySchema", "Date of birth"), FieldType::Date),
            typed("ni_number", QT_TRANSLATE_NOOP("EntitySchema", "National Insurance number"), FieldType::NiNumber),
            typed("email", QT_TRANSLATE_NOOP("EntitySchema", "Email address"), FieldType::Email),
            typed("phone", QT_TRANSLATE_NOOP("EntitySchema", "Phone number"), FieldType::Phone),
            typed("address", QT_TRANSLATE_NOOP("EntitySchema", "Address"), FieldType::LongText),
            typed("postcode", QT_TRANSLATE_NOOP("EntitySchema", "Postcode"), FieldType::Postcode),
            choice("preferred_language",
                   QT_TRANSLATE_NOOP("EntitySchema", "Preferred language"),
                   {c("en", QT_TRANSLATE_NOOP("EntitySchema", "English")),
                    c("cy", QT_TRANSLATE_NOOP("EntitySchema", "Welsh"))},
                   true),
            choice("status",
                   QT_TRANSLATE_NOOP("EntitySchema", "Status"),
                   {c("open", QT_TRANSLATE_NOOP("EntitySchema", "Open")),
                    c("closed", QT_TRANSLATE_NOOP("EntitySchema", "Closed"))},
                   true),
            text("owner", QT_TRANSLATE_NOOP("EntitySchema", "Owner")),
            // When the person came onto the caseload, where that was before this record was made (a caseload
            // moved from elsewhere); the youth guarantee counts its weeks from it (docs/youth-guarantee.md).
            typed("joined_on", QT_TRANSLATE_NOOP("EntitySchema", "Joined the caseload on"), FieldType::Date),
        }));

    m_kinds.append(makeKind(
        "circumstances",
        QT_TRANSLATE_NOOP("EntitySchema", "Circumstances"),
        Cardinality::One,
        "work_search_group",
        {
            choice("work_search_group",
                   QT_TRANSLATE_NOOP("EntitySchema", "Work-search group"),
                   {c("no_requirements", QT_TRANSLATE_NOOP("EntitySchema", "No work-related requirements")),
                    c("interview_only", QT_TRANSLATE_NOOP("EntitySchema", "Work-focused interview only")),
                    c("preparation", QT_TRANSLATE_NOOP("EntitySchema", "Work preparation")),
                    c("all_requirements", QT_TRANSLATE_NOOP("EntitySchema", "All work-related requirements"))}),
            number("hours_available", QT_TRANSLATE_NOOP("EntitySchema", "Hours available a week"), 0, 80),
            choice("days_available",
                   QT_TRANSLATE_NOOP("EntitySchema", "Days available"),
                   {c("mon", QT_TRANSLATE_NOOP("EntitySchema", "Monday")),
                    c("tue", QT_TRANSLATE_NOOP("EntitySchema", "Tuesday")),
                    c("wed", QT_TRANSLATE_NOOP("EntitySchema", "Wednesday")),
                    c("thu", QT_TRANSLATE_NOOP("EntitySchema", "Thursday")),
                    c("fri", QT_TRANSLATE_NOOP("EntitySchema", "Friday")),
                    c("sat", QT_TRANSLATE_NOOP("EntitySchema", "Saturday")),
                    c("sun", QT_TRANSLATE_NOOP("EntitySchema", "Sunday"))},
                   false,
                   FieldType::MultiChoice),
            number("max_travel_km", QT_TRANSLATE_NOOP("EntitySchema", "Furthest travel (km)"), 0, 500),
            choice("travel_mode",
                   QT_TRANSLATE_NOOP("EntitySchema", "How they travel"),
                   {c("walk", QT_TRANSLATE_NOOP("EntitySchema", "On foot")),
                    c("cycle", QT_TRANSLATE_NOOP("EntitySchema", "Bicycle")),
                    c("public_transport", QT_TRANSLATE_NOOP("EntitySchema", "Public transport")),
                    c("car", QT_TRANSLATE_NOOP("EntitySchema", "Car or van"))}),
            choice("driving_licence",
                   QT_TRANSLATE_NOOP("EntitySchema", "Driving licence"),
                   {c("none", QT_TRANSLATE_NOOP("EntitySchema", "None")),
                    c("provisional", QT_TRANSLATE_NOOP("EntitySchema", "Provisional")),
                    c("full", QT_TRANSLATE_NOOP("EntitySchema", "Full (car)")),
                    c("full_large", QT_TRANSLATE_NOOP("EntitySchema", "Full, with large vehicle categories"))}),
            typed("caring_responsibilities",
                  QT_TRANSLATE_NOOP("EntitySchema", "Caring responsibilities"),
                  FieldType::LongText),
            // What the person is doing now, for the youth guarantee (docs/youth-guarantee.md); matching never
            // reads it.
            choice("activity",
                   QT_TRANSLATE_NOOP("EntitySchema", "What they are doing"),
                   {c("work", QT_TRANSLATE_NOOP("EntitySchema", "In work")),
                    c("education", QT_TRANSLATE_NOOP("EntitySchema", "In education")),
                    c("training", QT_TRANSLATE_NOOP("EntitySchema", "In training")),
                    c("apprenticeship", QT_TRANSLATE_NOOP("EntitySchema", "On an apprenticeship")),
                    c("neet", QT_TRANSLATE_NOOP("EntitySchema", "Not in work, education or training"))}),
            typed("activity_since", QT_TRANSLATE_NOOP("EntitySchema", "Doing this since"), FieldType::Date),
        }));

    m_kinds.append(makeKind(
        "work_history",
        QT_TRANSLATE_NOOP("EntitySchema", "Work history"),
        Cardinality::Many,
        "job_title",
        {
            text("job_title", QT_TRANSLATE_NOOP("EntitySchema", "Job title"), true),
            text("employer", QT_TRANSLATE_NOOP("EntitySchema", "Employer")),
            typed("start_date", QT_TRANSLATE_NOOP("EntitySchema", "Started"), FieldType::Date),
            after(typed("end_date", QT_TRANSLATE_NOOP("EntitySchema", "Finished"), FieldType::Date), "start_date"),
            typed("duties", QT_TRANSLATE_NOOP("EntitySchema", "Duties and achievements"), FieldType::LongText),
        }));

    m_kinds.append(makeKind(
        "qualification",
        QT_TRANSLATE_NOOP("EntitySchema", "Qualifications and licences"),
        Cardinality::Many,
        "title",
        {
            text("title", QT_TRANSLATE_NOOP("EntitySchema", "Title"), true),
            choice("category",
                   QT_TRANSLATE_NOOP("EntitySchema", "Type"),
                   {c("qualification", QT_TRANSLATE_NOOP("EntitySchema", "Qualification")),
                    c("licence", QT_TRANSLATE_NOOP("EntitySchema", "Licence or card")),
                    c("certificate", QT_TRANSLATE_NOOP("EntitySchema", "Certificate")),
                    c("check", QT_TRANSLATE_NOOP("EntitySchema", "Background check (e.g. DBS)"))},
                   true),
            text("issuer", QT_TRANSLATE_NOOP("EntitySchema", "Awarded by")),
            typed("achieved_on", QT_TRANSLATE_NOOP("EntitySchema", "Achieved on"), FieldType::Date),
            after(typed("expires_on", QT_TRANSLATE_NOOP("EntitySchema", "Expires on"), FieldType::Date), "achieved_on"),
        }));

    m_kinds.append(
        makeKind("skill",
                 QT_TRANSLATE_NOOP("EntitySchema", "Skills"),
                 Cardinality::Many,
                 "label",
                 {
                     text("label", QT_TRANSLATE_NOOP("EntitySchema", "Skill"), true),
                     typed("taxonomy_id", QT_TRANSLATE_NOOP("EntitySchema", "In the taxonomy as"), FieldType::Concept),
                     choice("source",
                            QT_TRANSLATE_NOOP("EntitySchema", "Source"),
                            {c("self_reported", QT_TRANSLATE_NOOP("EntitySchema", "Self-reported")),
                             c("work_history", QT_TRANSLATE_NOOP("EntitySchema", "From work history")),
                             c("suggested_accepted", QT_TRANSLATE_NOOP("EntitySchema", "Suggested and accepted"))},
                            true),
                 }));

    EntityKind condition = makeKind("health_condition",
                                    QT_TRANSLATE_NOOP("EntitySchema", "Conditions affecting work"),
                                    Cardinality::Many,
                                    "description",
                                    {
                                        typed("description",
                                              QT_TRANSLATE_NOOP("EntitySchema", "In the person's own words"),
                                              FieldType::LongText,
                                              true),
                                        typed("functional_limitations",
                                              QT_TRANSLATE_NOOP("EntitySchema", "Effect on what they can do"),
                                              FieldType::LongText),
                                    });
    condition.health = true;
    m_kinds.append(condition);

    EntityKind adjustment =
        makeKind("adjustment",
                 QT_TRANSLATE_NOOP("EntitySchema", "Adjustments"),
                 Cardinality::Many,
                 "type",
                 {
                     choice("type", QT_TRANSLATE_NOOP("EntitySchema", "Adjustment"), adjustmentChoices(), true),
                     typed("details", QT_TRANSLATE_NOOP("EntitySchema", "Details"), FieldType::LongText),
                     choice("share_for_matching",
                            QT_TRANSLATE_NOOP("EntitySchema", "Person agreed to use this in matching"),
                            {c("yes", QT_TRANSLATE_NOOP("EntitySchema", "Yes")),
                             c("no", QT_TRANSLATE_NOOP("EntitySchema", "No"))}),
                 });
    adjustment.health = true;
    m_kinds.append(adjustment);

    EntityKind fitNote = makeKind(
        "fit_note",
        QT_TRANSLATE_NOOP("EntitySchema", "Fit notes"),
        Cardinality::Many,
        "assessed_on",
        {
            typed("assessed_on", QT_TRANSLATE_NOOP("EntitySchema", "Date assessed"), FieldType::Date, true),
            typed("condition", QT_TRANSLATE_NOOP("EntitySchema", "Condition affecting work"), FieldType::LongText),
            choice("assessment",
                   QT_TRANSLATE_NOOP("EntitySchema", "Assessment"),
                   {c("not_fit", QT_TRANSLATE_NOOP("EntitySchema", "Not fit for work")),
                    c("may_be_fit", QT_TRANSLATE_NOOP("EntitySchema", "May be fit for work with advice"))},
                   true),
            choice("advice",
                   QT_TRANSLATE_NOOP("EntitySchema", "Advice"),
                   adjustmentChoices(),
                   false,
                   FieldType::MultiChoice),
            typed("comments", QT_TRANSLATE_NOOP("EntitySchema", "Functional effects"), FieldType::LongText),
            typed("from_date", QT_TRANSLATE_NOOP("EntitySchema", "From"), FieldType::Date),
            after(typed("to_date", QT_TRANSLATE_NOOP("EntitySchema", "To"), FieldType::Date), "from_date"),
            typed("reassess", QT_TRANSLATE_NOOP("EntitySchema", "Will assess again at the end"), FieldType::YesNo),
        });
    fitNote.health = true;
    m_kinds.append(fitNote);

    m_kinds.append(
        makeKind("job_goal",
                 QT_TRANSLATE_NOOP("EntitySchema", "Job goals"),
                 Cardinality::Many,
                 "title",
                 {
                     text("title", QT_TRANSLATE_NOOP("EntitySchema", "Job goal"), true),
                     text("occupation_id", QT_TRANSLATE_NOOP("EntitySchema", "Occupation")),
                     number("hours_wanted", QT_TRANSLATE_NOOP("EntitySchema", "Hours wanted a week"), 0, 80),
                     number("pay_floor", QT_TRANSLATE_NOOP("EntitySchema", "Lowest pay (£ a year)"), 0, 500000),
                     choice("contract_types",
                            QT_TRANSLATE_NOOP("EntitySchema", "Contract types wanted"),
                            {c("permanent", QT_TRANSLATE_NOOP("EntitySchema", "Permanent")),
                             c("temporary", QT_TRANSLATE_NOOP("EntitySchema", "Temporary")),
                             c("fixed-term", QT_TRANSLATE_NOOP("EntitySchema", "Fixed term")),
                             c("apprenticeship", QT_TRANSLATE_NOOP("EntitySchema", "Apprenticeship")),
                             c("zero-hours", QT_TRANSLATE_NOOP("EntitySchema", "Zero hours"))},
                            false,
                            FieldType::MultiChoice),
                 }));

    m_kinds.append(makeKind(
        "action_item",
        QT_TRANSLATE_NOOP("EntitySchema", "Action plan"),
        Cardinality::Many,
        "description",
        {
            typed("description", QT_TRANSLATE_NOOP("EntitySchema", "Action"), FieldType::LongText, true),
            choice("type",
                   QT_TRANSLATE_NOOP("EntitySchema", "Type"),
                   {c("voluntary", QT_TRANSLATE_NOOP("EntitySchema", "Voluntary")),
                    c("required", QT_TRANSLATE_NOOP("EntitySchema", "Required (recorded from the commitment)"))}),
            choice("barrier",
                   QT_TRANSLATE_NOOP("EntitySchema", "Barrier it tackles"),
                   {c("health", QT_TRANSLATE_NOOP("EntitySchema", "Health")),
                    c("skills", QT_TRANSLATE_NOOP("EntitySchema", "Skills")),
                    c("childcare", QT_TRANSLATE_NOOP("EntitySchema", "Childcare")),
                    c("transport", QT_TRANSLATE_NOOP("EntitySchema", "Transport")),
                    c("confidence", QT_TRANSLATE_NOOP("EntitySchema", "Confidence")),
                    c("housing", QT_TRANSLATE_NOOP("EntitySchema", "Housing")),
                    c("digital", QT_TRANSLATE_NOOP("EntitySchema", "Digital")),
                    c("language", QT_TRANSLATE_NOOP("EntitySchema", "English or Welsh language"))}),
            choice("owner",
                   QT_TRANSLATE_NOOP("EntitySchema", "Who does it"),
                   {c("person", QT_TRANSLATE_NOOP("EntitySchema", "The person")),
                    c("coach", QT_TRANSLATE_NOOP("EntitySchema", "Coach")),
                    c("provider", QT_TRANSLATE_NOOP("EntitySchema", "Provider"))}),
            typed("due_date", QT_TRANSLATE_NOOP("EntitySchema", "Due"), FieldType::Date),
            choice("status",
                   QT_TRANSLATE_NOOP("EntitySchema", "Status"),
                   {c("open", QT_TRANSLATE_NOOP("EntitySchema", "To do")),
                    c("done", QT_TRANSLATE_NOOP("EntitySchema", "Done")),
                    c("dropped", QT_TRANSLATE_NOOP("EntitySchema", "No longer needed"))},
                   true),
        }));

    EntityKind note =
        makeKind("note",
                 QT_TRANSLATE_NOOP("EntitySchema", "Notes"),
                 Cardinality::Many,
                 "text",
                 {
                     typed("text", QT_TRANSLATE_NOOP("EntitySchema", "Note"), FieldType::LongText, true),
                     typed("corrects", QT_TRANSLATE_NOOP("EntitySchema", "Corrects"), FieldType::Reference),
                 });
    note.appendOnly = true;
    m_kinds.append(note);

    m_kinds.append(
        makeKind("appointment",
                 QT_TRANSLATE_NOOP("EntitySchema", "Appointments"),
                 Cardinality::Many,
                 "starts_at",
                 {
                     typed("starts_at", QT_TRANSLATE_NOOP("EntitySchema", "Date and time"), FieldType::DateTime, true),
                     choice("mode",
                            QT_TRANSLATE_NOOP("EntitySchema", "How"),
                            {c("in_person", QT_TRANSLATE_NOOP("EntitySchema", "In person")),
                             c("phone", QT_TRANSLATE_NOOP("EntitySchema", "Phone")),
                             c("video", QT_TRANSLATE_NOOP("EntitySchema", "Video"))}),
                     text("location", QT_TRANSLATE_NOOP("EntitySchema", "Where")),
                     text("purpose", QT_TRANSLATE_NOOP("EntitySchema", "Purpose")),
                     choice("status",
                            QT_TRANSLATE_NOOP("EntitySchema", "Status"),
                            {c("planned", QT_TRANSLATE_NOOP("EntitySchema", "Planned")),
                             c("attended", QT_TRANSLATE_NOOP("EntitySchema", "Attended")),
                             c("missed", QT_TRANSLATE_NOOP("EntitySchema", "Missed")),
                             c("cancelled", QT_TRANSLATE_NOOP("EntitySchema", "Cancelled"))},
                            true),
                 }));

    m_kinds.append(makeKind(
        "consent",
        QT_TRANSLATE_NOOP("EntitySchema", "Consent"),
        Cardinality::Many,
        "purpose",
        {
            choice("purpose",
                   QT_TRANSLATE_NOOP("EntitySchema", "What was agreed"),
                   {c("record_keeping", QT_TRANSLATE_NOOP("EntitySchema", "Keeping these records")),
                    c("share_with_gp", QT_TRANSLATE_NOOP("EntitySchema", "Sharing with their GP practice")),
                    c("share_with_coach", QT_TRANSLATE_NOOP("EntitySchema", "Sharing with their work coach")),
                    c("share_health", QT_TRANSLATE_NOOP("EntitySchema", "Sharing health and work information")),
                    c("referral", QT_TRANSLATE_NOOP("EntitySchema", "Referral to a partner service")),
                    c("put_forward",
                      QT_TRANSLATE_NOOP("EntitySchema", "Sharing their details with an employer for a job")),
                    c("matching_adjustments",
                      QT_TRANSLATE_NOOP("EntitySchema", "Using chosen adjustments in job matching"))},
                   true),
            typed("details", QT_TRANSLATE_NOOP("EntitySchema", "Details"), FieldType::LongText),
            typed("agreed_on", QT_TRANSLATE_NOOP("EntitySchema", "Agreed on"), FieldType::Date, true),
            after(typed("withdrawn_on", QT_TRANSLATE_NOOP("EntitySchema", "Withdrawn on"), FieldType::Date),
                  "agreed_on"),
        }));

    // A referral to a local partner (model/outreach/Referrals makes them, checking consent). The partner's name is
    // kept as it was when referred, so the record reads the same on a device whose directory lacks the partner.
    m_kinds.append(makeKind(
        "referral",
        QT_TRANSLATE_NOOP("EntitySchema", "Referrals"),
        Cardinality::Many,
        "partner_name",
        {
            fixedOnceMade(
                typed("partner_id", QT_TRANSLATE_NOOP("EntitySchema", "Partner"), FieldType::Reference, true)),
            fixedOnceMade(text("partner_name", QT_TRANSLATE_NOOP("EntitySchema", "Referred to"), true)),
            fixedOnceMade(text("service", QT_TRANSLATE_NOOP("EntitySchema", "Service"), true, 64)),
            typed("referred_on", QT_TRANSLATE_NOOP("EntitySchema", "Referred on"), FieldType::Date, true),
            fixedOnceMade(choice("consent",
                                 QT_TRANSLATE_NOOP("EntitySchema", "Consent to refer"),
                                 {c("given", QT_TRANSLATE_NOOP("EntitySchema", "Given and recorded")),
                                  c("not_needed", QT_TRANSLATE_NOOP("EntitySchema", "Not needed by this partner"))},
                                 true)),
            choice("outcome",
                   QT_TRANSLATE_NOOP("EntitySchema", "Outcome"),
                   {c("referred", QT_TRANSLATE_NOOP("EntitySchema", "Referred, waiting to hear")),
                    c("offered", QT_TRANSLATE_NOOP("EntitySchema", "Offered a place")),
                    c("attended", QT_TRANSLATE_NOOP("EntitySchema", "Attended")),
                    c("started", QT_TRANSLATE_NOOP("EntitySchema", "Started")),
                    c("completed", QT_TRANSLATE_NOOP("EntitySchema", "Completed")),
                    c("did_not_attend", QT_TRANSLATE_NOOP("EntitySchema", "Did not attend")),
                    c("declined", QT_TRANSLATE_NOOP("EntitySchema", "Declined"))},
                   true),
            after(typed("outcome_on", QT_TRANSLATE_NOOP("EntitySchema", "Outcome on"), FieldType::Date), "referred_on"),
            typed("action_id", QT_TRANSLATE_NOOP("EntitySchema", "Action plan item"), FieldType::Reference),
            typed("notes", QT_TRANSLATE_NOOP("EntitySchema", "Notes"), FieldType::LongText),
        }));

    // An offer of work, education or training made to a young person (model/youth/YouthGuarantee records them,
    // by hand or from a plan action, referral or shortlisted vacancy the coach confirms). Matching never reads it.
    m_kinds.append(
        makeKind("offer",
                 QT_TRANSLATE_NOOP("EntitySchema", "Offers"),
                 Cardinality::Many,
                 "type",
                 {
                     choice("type",
                            QT_TRANSLATE_NOOP("EntitySchema", "Offer"),
                            {c("job", QT_TRANSLATE_NOOP("EntitySchema", "A job")),
                             c("apprenticeship", QT_TRANSLATE_NOOP("EntitySchema", "An apprenticeship")),
                             c("training", QT_TRANSLATE_NOOP("EntitySchema", "A training place")),
                             c("work_experience", QT_TRANSLATE_NOOP("EntitySchema", "Work experience"))},
                            true),
                     typed("offered_on", QT_TRANSLATE_NOOP("EntitySchema", "Offered on"), FieldType::Date, true),
                     choice("source",
                            QT_TRANSLATE_NOOP("EntitySchema", "Where it came from"),
                            {c("plan", QT_TRANSLATE_NOOP("EntitySchema", "An action in the plan")),
                             c("referral", QT_TRANSLATE_NOOP("EntitySchema", "A referral to a partner")),
                             c("shortlist", QT_TRANSLATE_NOOP("EntitySchema", "A shortlisted vacancy")),
                             c("other", QT_TRANSLATE_NOOP("EntitySchema", "Somewhere else"))},
                            true),
                     typed("source_id", QT_TRANSLATE_NOOP("EntitySchema", "What it came from"), FieldType::Reference),
                     text("description", QT_TRANSLATE_NOOP("EntitySchema", "Description")),
                     choice("outcome",
                            QT_TRANSLATE_NOOP("EntitySchema", "Outcome"),
                            {c("accepted", QT_TRANSLATE_NOOP("EntitySchema", "Accepted")),
                             c("declined", QT_TRANSLATE_NOOP("EntitySchema", "Declined"))}),
                 }));
    // The person put forward to an employer for a vacancy, with their consent (model/employers/PutForwards makes
    // them). The employer's name and the vacancy's title are kept as they were, so the record reads the same once
    // the vacancy has closed or on a device that never imported it; the employer's outcomes are counted from these.
    m_kinds.append(makeKind(
        "put_forward",
        QT_TRANSLATE_NOOP("EntitySchema", "Put forward to employers"),
        Cardinality::Many,
        "employer_name",
        {
            fixedOnceMade(
                typed("employer_id", QT_TRANSLATE_NOOP("EntitySchema", "Employer"), FieldType::Reference, true)),
            fixedOnceMade(text("employer_name", QT_TRANSLATE_NOOP("EntitySchema", "Put forward to"), true)),
            fixedOnceMade(text("vacancy_id", QT_TRANSLATE_NOOP("EntitySchema", "Vacancy reference"), false, 200)),
            fixedOnceMade(text("vacancy_title", QT_TRANSLATE_NOOP("EntitySchema", "For the job"), false, 300)),
            typed("put_forward_on", QT_TRANSLATE_NOOP("EntitySchema", "Put forward on"), FieldType::Date, true),
            fixedOnceMade(choice("consent",
                                 QT_TRANSLATE_NOOP("EntitySchema", "Consent to share their details"),
                                 {c("given", QT_TRANSLATE_NOOP("EntitySchema", "Given and recorded"))},
                                 true)),
            choice("outcome",
                   QT_TRANSLATE_NOOP("EntitySchema", "Outcome"),
                   {c("put_forward", QT_TRANSLATE_NOOP("EntitySchema", "Put forward, waiting to hear")),
                    c("interview", QT_TRANSLATE_NOOP("EntitySchema", "Invited to interview")),
                    c("started", QT_TRANSLATE_NOOP("EntitySchema", "Started work")),
                    c("not_selected", QT_TRANSLATE_NOOP("EntitySchema", "Not selected")),
                    c("withdrew", QT_TRANSLATE_NOOP("EntitySchema", "Withdrew"))},
                   true),
            after(typed("interview_on", QT_TRANSLATE_NOOP("EntitySchema", "Interviewed on"), FieldType::Date),
                  "put_forward_on"),
            after(typed("outcome_on", QT_TRANSLATE_NOOP("EntitySchema", "Outcome on"), FieldType::Date),
                  "put_forward_on"),
            typed("notes", QT_TRANSLATE_NOOP("EntitySchema", "Notes"), FieldType::LongText),
        }));
}

QVector<FieldProblem> EntitySchema::validate(const EntityKind &kind, FieldMap &fields, const FieldMap &existing) const
{
    QVector<FieldProblem> problems;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!kind.field(it.key()))
            problems.append({it.key(), tr("%1 is not a field of %2.").arg(it.key(), kind.translatedLabel())});
    }

    for (const FieldSpec &spec : kind.fields) {
        const bool given = fields.contains(spec.name);
        const QString raw = given ? fields.value(spec.name).trimmed() : existing.value(spec.name);
        if (raw.isEmpty()) {
            if (spec.required && (given || !existing.contains(spec.name)))
                problems.append({spec.name, tr("Enter %1.").arg(spec.translatedLabel().toLower())});
            if (given)
                fields[spec.name] = QString();
            continue;
        }
        if (!given)
            continue;
        if (raw.size() > spec.maxLength) {
            problems.append(
                {spec.name,
                 tr("%1 must be %n characters or fewer.", nullptr, spec.maxLength).arg(spec.translatedLabel())});
            continue;
        }

        Validators::Outcome outcome{true, raw, {}};
        switch (spec.type) {
        case FieldType::Text:
        case FieldType::LongText:
        case FieldType::Reference:
        case FieldType::Concept:
            break;
        case FieldType::Date:
            outcome = Validators::date(raw);
            if (outcome.valid && spec.name == QLatin1String("date_of_birth")) {
                const QDate date = QDate::fromString(outcome.canonical, Qt::ISODate);
                if (date > QDate::currentDate() || date.year() < 1900)
                    outcome = {false, {}, tr("A date of birth must be in the past and after 1900.")};
            }
            break;
        case FieldType::DateTime:
            outcome = Validators::dateTime(raw);
            break;
        case FieldType::Decimal:
            outcome = Validators::decimal(raw, spec.minimum, spec.maximum);
            break;
        case FieldType::Integer:
            outcome = Validators::integer(raw, qint64(spec.minimum), qint64(spec.maximum));
            break;
        case FieldType::YesNo:
            if (raw != QLatin1String("yes") && raw != QLatin1String("no"))
                outcome = {false, {}, tr("Choose yes or no.")};
            break;
        case FieldType::Choice: {
            const bool known = std::any_of(
                spec.choices.cbegin(), spec.choices.cend(), [&](const ChoiceSpec &c) { return c.key == raw; });
            if (!known)
                outcome = {false, {}, tr("Choose one of the options for %1.").arg(spec.translatedLabel().toLower())};
            break;
        }
        case FieldType::MultiChoice: {
            QStringList keys = raw.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &key : keys) {
                key = key.trimmed();
                const bool known = std::any_of(
                    spec.choices.cbegin(), spec.choices.cend(), [&](const ChoiceSpec &c) { return c.key == key; });
                if (!known)
                    outcome = {
                        false, {}, tr("Choose only from the options for %1.").arg(spec.translatedLabel().toLower())};
            }
            if (outcome.valid)
                outcome.canonical = keys.join(QLatin1Char(','));
            break;
        }
        case FieldType::NiNumber:
            outcome = Validators::niNumber(raw);
            break;
        case FieldType::Postcode:
            outcome = Validators::postcode(raw);
            break;
        case FieldType::Email:
            outcome = Validators::email(raw);
            break;
        case FieldType::Phone:
            outcome = Validators::ukPhone(raw);
            break;
        }
        if (!outcome.valid)
            problems.append({spec.name, outcome.message});
        else
            fields[spec.name] = outcome.canonical;
    }

    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString before = existing.value(it.key());
        const FieldSpec *spec = kind.field(it.key());
        if (before.isEmpty() || it.value() == before || !spec || !spec->fixedOnceMade)
            continue;
        problems.append({it.key(),
                         tr("%1 cannot be changed once the record is made. If it is wrong, remove the record "
                            "and make a new one.")
                             .arg(spec->translatedLabel())});
    }

    for (const FieldSpec &spec : kind.fields) {
        if (spec.notBefore.isEmpty())
            continue;
        const QString later = fields.value(spec.name, existing.value(spec.name));
        const QString earlier = fields.value(spec.notBefore, existing.value(spec.notBefore));
        if (!later.isEmpty() && !earlier.isEmpty() && later < earlier &&
            std::none_of(problems.cbegin(), problems.cend(), [&](const FieldProblem &p) {
                return p.field == spec.name || p.field == spec.notBefore;
            })) {
            problems.append(
                {spec.name,
                 tr("%1 cannot be before %2.")
                     .arg(spec.translatedLabel(), kind.field(spec.notBefore)->translatedLabel().toLower())});
        }
    }
    return problems;
}
