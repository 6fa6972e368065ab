#include "model/demo/SyntheticVacancies.h"
#include "model/matching/EscoImport.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/SkillGap.h"
#include "model/matching/SkillNormaliser.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <random>

#include "../support/Fixtures.h"

class TestMatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void indexedRankingEqualsScanningEveryVacancy();
    void sameInputSameOrder();
    void hardLimitsFilter();
    void explanationAddsUp();
    void goalOccupationRanksItsVacanciesHigher();
    void sharedAdjustmentsScoreOnlyWhenSwitchedOn();
    void protectedCharacteristicsDoNotMoveRanking();
    void everythingDeclaredNeverReadLeavesRankingAlone();
    void emptyVacancySetGivesNoResults();
    void indexFromVaultSkipsClosedAndWithdrawnAndPlacesOutcodes();
    void skillGapRanksCoursesByGapsClosed();
    void reverseMatchingRanksPeople();
    void historySuggestsSkillsWithoutAddingThem();
    void contractTypesWantedComeFromJobGoals();
    void aTypedSkillCountsOnlyByItsNameOrTheConceptChosen();
    void indexedRankingEqualsScanningNearAndWithRelatedSkills();
    void relatedSkillsEarnPartCredit_data();
    void relatedSkillsEarnPartCredit();
    void occupationClosenessFollowsTheHierarchy();
    void explanationsNameTheirEvidence();
    void workHistoryTitlesAreCleanedLikeAdverts();

private:
    MatchProfile randomProfile(std::mt19937 &rng) const;
    static QStringList order(const QVector<MatchResult> &results);
    static MatchOptions topN(int n);

    std::shared_ptr<const Taxonomy> m_taxonomy;
    std::shared_ptr<const MatchingContext> m_context;
    QVector<Vacancy> m_vacancies;
    QDate m_today = QDate(2026, 11, 1);
};

void TestMatcher::initTestCase()
{
    m_taxonomy = std::make_shared<const Taxonomy>(Taxonomy::builtIn().value());
    m_vacancies = SyntheticVacancies::generate(3000, 11, m_today);
    m_context = MatchingContext::fromVacancies(m_taxonomy, m_vacancies, m_today);
    QVERIFY(m_context->index().size() > 2500);
}

MatchProfile TestMatcher::randomProfile(std::mt19937 &rng) const
{
    MatchProfile p;
    const Vacancy &like = m_vacancies.at(int(rng() % m_vacancies.size()));
    // Few skills sometimes, so the path that must also scan vacancies outside the candidates runs too.
    const int skills = int(rng() % 8);
    for (int i = 0; i < skills && i < like.skills.size(); ++i)
        p.skills.append(m_context->normaliser().skill(like.skills.at(int(rng() % like.skills.size()))));
    if (rng() % 3 == 0)
        p.skills.append(m_context->normaliser().skill(QStringLiteral("juggling")));
    if (rng() % 2) {
        p.latitude = 50.5 + (rng() % 500) / 100.0;
        p.longitude = -4.0 + (rng() % 400) / 100.0;
    }
    if (rng() % 2)
        p.maxDistanceKm = 10 + rng() % 80;
    if (rng() % 2)
        p.maxHours = 16 + rng() % 25;
    if (rng() % 3 == 0)
        p.goalOccupations.append(m_taxonomy->occupations().at(int(rng() % m_taxonomy->occupations().size())).id);
    if (rng() % 4 == 0)
        p.contractTypes.insert(ContractType::Permanent);
    if (rng() % 4 == 0)
        p.payFloor = 20000;
    return p;
}

MatchOptions TestMatcher::topN(int n)
{
    MatchOptions options;
    options.top = n;
    return options;
}

QStringList TestMatcher::order(const QVector<MatchResult> &results)
{
    QStringList out;
    for (const MatchResult &r : results)
        out.append(QString::number(r.vacancy) + QLatin1Char('@') + QString::number(r.score, 'g', 17));
    return out;
}

void TestMatcher::indexedRankingEqualsScanningEveryVacancy()
{
    std::mt19937 rng(5);
    for (int i = 0; i < 150; ++i) {
        const MatchProfile profile = randomProfile(rng);
        MatchOptions options;
        options.top = 1 + int(rng() % 60);
        if (rng() % 5 == 0)
            options.onlyContracts.insert(ContractType::Temporary);
        const QStringList indexed = order(m_context->matcher().rank(profile, options));
        const QStringList scanned = order(m_context->matcher().rankByScanning(profile, options));
        QCOMPARE(indexed, scanned);
    }
}

void TestMatcher::sameInputSameOrder()
{
    std::mt19937 rng(9);
    const MatchProfile profile = randomProfile(rng);
    const QStringList first = order(m_context->matcher().rank(profile));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(order(m_context->matcher().rank(profile)), first);
    // A fresh index over the same vacancies gives the same order too.
    const auto again = MatchingContext::fromVacancies(m_taxonomy, m_vacancies, m_today);
    QCOMPARE(order(again->matcher().rank(profile)), first);
}

void TestMatcher::hardLimitsFilter()
{
    MatchProfile p;
    for (const QString &s : m_vacancies.first().skills)
        p.skills.append(m_context->normaliser().skill(s));
    p.latitude = 53.8;
    p.longitude = -1.55;
    p.maxDistanceKm = 25;
    p.maxHours = 20;
    MatchOptions options;
    options.top = 200;
    options.onlyContracts = {ContractType::Permanent, ContractType::FixedTerm};
    const QVector<MatchResult> results = m_context->matcher().rank(p, options);
    QVERIFY(!results.isEmpty());
    for (const MatchResult &r : results) {
        const VacancyIndex::Entry &e = m_context->index().entry(r.vacancy);
        if (r.distanceKm)
            QVERIFY(*r.distanceKm <= 25);
        QVERIFY(std::isnan(e.hours) || e.hours <= 20);
        QVERIFY(e.contract == ContractType::Permanent || e.contract == ContractType::FixedTerm);
    }
    // Widening the limits never loses a result that fitted the narrow ones.
    p.maxDistanceKm.reset();
    p.maxHours.reset();
    options.onlyContracts.clear();
    QVERIFY(m_context->matcher().rank(p, options).size() >= results.size());
}

void TestMatcher::explanationAddsUp()
{
    std::mt19937 rng(21);
    int checked = 0;
    for (int i = 0; i < 20; ++i) {
        const MatchProfile profile = randomProfile(rng);
        for (const MatchResult &r : m_context->matcher().rank(profile)) {
            double shares = 0;
            double points = 0;
            for (const ScoreComponent &c : r.components) {
                shares += r.share(c.key);
                points += c.points();
            }
            QVERIFY(qAbs(points - r.score) < 1e-9 || r.score == 0);
            if (r.score > 0)
                QVERIFY(qAbs(shares - 1.0) < 1e-9);
            const VacancyIndex::Entry &e = m_context->index().entry(r.vacancy);
            QCOMPARE(r.matchedSkills.size() + r.missingSkills.size(), int(e.skillCount));
            QCOMPARE(r.missingTermKeys.size(), r.missingSkills.size());
            QVERIFY(!r.notes.isEmpty());
            ++checked;
        }
    }
    QVERIFY(checked > 100);
}

void TestMatcher::goalOccupationRanksItsVacanciesHigher()
{
    const NormalisedLabel goal = m_context->normaliser().occupation(QStringLiteral("Forklift Driver"));
    QVERIFY(goal.mapped());
    MatchProfile without;
    without.skills.append(m_context->normaliser().skill(QStringLiteral("customer service")));
    MatchProfile with = without;
    with.goalOccupations.append(goal.id);
    auto countGoal = [&](const QVector<MatchResult> &results) {
        int n = 0;
        for (const MatchResult &r : results)
            n += m_context->index().entry(r.vacancy).title == QLatin1String("Forklift Driver") ? 1 : 0;
        return n;
    };
    QVERIFY(countGoal(m_context->matcher().rank(with)) > countGoal(m_context->matcher().rank(without)));
    QVERIFY(countGoal(m_context->matcher().rank(with)) > 0);
}

void TestMatcher::sharedAdjustmentsScoreOnlyWhenSwitchedOn()
{
    std::mt19937 rng(33);
    MatchProfile plain = randomProfile(rng);
    plain.maxHours.reset();
    MatchProfile shared = plain;
    shared.sharedAdjustments = {QStringLiteral("altered_hours")};
    const auto a = m_context->matcher().rank(plain, topN(200));
    const auto b = m_context->matcher().rank(shared, topN(200));
    QVERIFY(order(a) != order(b));
    bool explained = false;
    for (const MatchResult &r : b)
        explained = explained || r.share(QStringLiteral("adjustments")) != 0;
    QVERIFY(explained);
    shared.useAdjustments = false;
    QCOMPARE(order(m_context->matcher().rank(shared, topN(200))), order(a));
}

void TestMatcher::protectedCharacteristicsDoNotMoveRanking()
{
    // Built from a vault person, the profile must not change when anything matching may not use does.
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    RecordStore &records = vault->records();
    const QString person =
        records.createPerson({{"given_name", "Aled"}, {"family_name", "Rees"}, {"date_of_birth", "1970-05-01"}})
            .value();
    for (const char *skill : {"forklift licence", "order picking", "stock control", "customer service"})
        QVERIFY(records.add(person, Kinds::Skill, {{"label", skill}, {"source", "self_reported"}}).ok());
    QVERIFY(records.add(person, Kinds::JobGoal, {{"title", "Warehouse Operative"}}).ok());
    QVERIFY(records.add(person, Kinds::WorkHistory, {{"job_title", "Retail Assistant"}}).ok());
    QVERIFY(records
                .update(records.single(person, Kinds::Circumstances)->id.isEmpty()
                            ? records.add(person, Kinds::Circumstances, {{"hours_available", "30"}}).value()
                            : records.single(person, Kinds::Circumstances)->id,
                        {{"hours_available", "30"}})
                .ok());
    const MatchProfileBuilder builder(records, vault->database(), m_context->normaliser());
    auto ranking = [&] {
        auto profile = builder.build(person);
        return order(m_context->matcher().rank(profile.value(), topN(100)));
    };
    const QStringList before = ranking();
    QVERIFY(!before.isEmpty());

    // Age and date of birth.
    QVERIFY(records.update(person, {{"date_of_birth", "2001-01-01"}}).ok());
    QCOMPARE(ranking(), before);
    // Health conditions, disability and fit notes.
    QVERIFY(
        records.add(person, Kinds::HealthCondition, {{"description", "Multiple sclerosis; uses a wheelchair"}}).ok());
    QCOMPARE(ranking(), before);
    QVERIFY(records.add(person, Kinds::FitNote, {{"assessed_on", "2026-10-01"}, {"assessment", "may_be_fit"}}).ok());
    QCOMPARE(ranking(), before);
    // An adjustment the person did not agree to share.
    QVERIFY(records.add(person, Kinds::Adjustment, {{"type", "altered_hours"}, {"share_for_matching", "no"}}).ok());
    QCOMPARE(ranking(), before);
    // Sex, ethnicity and religion have no field in the vault; what a note says about them is never read.
    QVERIFY(records.add(person, Kinds::Note, {{"text", "Female, British Pakistani, Muslim, aged 55, disabled."}}).ok());
    QCOMPARE(ranking(), before);
    // Names and preferred language are not features either.
    QVERIFY(records.update(person, {{"given_name", "Fatima"}, {"preferred_language", "cy"}}).ok());
    QCOMPARE(ranking(), before);

    // The control: a shared adjustment does move it, which shows the ranking above could move at all.
    QVERIFY(records.add(person, Kinds::Adjustment, {{"type", "altered_hours"}, {"share_for_matching", "yes"}}).ok());
    QVERIFY(ranking() != before);
}

void TestMatcher::everythingDeclaredNeverReadLeavesRankingAlone()
{
    // The transparency record states MatchProfileBuilder::neverRead() as fact: each entry is proven here.
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    RecordStore &records = vault->records();
    const QString person = records
                               .createPerson({{"given_name", "Aled"},
                                              {"family_name", "Rees"},
                                              {"date_of_birth", "1970-05-01"},
                                              {"preferred_language", "en"}})
                               .value();
    for (const char *skill : {"forklift licence", "order picking", "stock control", "customer service"})
        QVERIFY(records.add(person, Kinds::Skill, {{"label", skill}, {"source", "self_reported"}}).ok());
    QVERIFY(records.add(person, Kinds::JobGoal, {{"title", "Warehouse Operative"}}).ok());
    const MatchProfileBuilder builder(records, vault->database(), m_context->normaliser());
    auto ranking = [&] { return order(m_context->matcher().rank(builder.build(person).value(), topN(100))); };
    const QStringList before = ranking();
    QVERIFY(!before.isEmpty());

    // A changed value for each person field, and a record for each kind, that matching must not see.
    const QMap<QString, QString> personValues{{"given_name", "Fatima"},
                                              {"family_name", "Okafor"},
                                              {"preferred_name", "Fay"},
                                              {"date_of_birth", "2001-01-01"},
                                              {"ni_number", "AB123456C"},
                                              {"email", "someone@example.org"},
                                              {"phone", "07700 900123"},
                                              {"address", "1 High Street, Cardiff"},
                                              {"preferred_language", "cy"}};
    const QMap<QString, FieldMap> kindRecords{
        {Kinds::HealthCondition, {{"description", "Multiple sclerosis; uses a wheelchair"}}},
        {Kinds::FitNote, {{"assessed_on", "2026-10-01"}, {"assessment", "not_fit"}}},
        {Kinds::Note, {{"text", "Female, aged 55, pregnant, Muslim, disabled. Skilled in welding and nursing."}}},
        {Kinds::ActionItem, {{"description", "Apply for three nursing jobs"}, {"status", "open"}}},
        {Kinds::Appointment, {{"starts_at", "2026-12-01T10:00:00"}, {"status", "planned"}}},
    };
    int proven = 0;
    for (const MatchProfileBuilder::NeverRead &never : MatchProfileBuilder::neverRead()) {
        const QString name = never.kind + QLatin1Char('.') + never.field;
        if (never.kind == Kinds::Person) {
            QVERIFY2(personValues.contains(never.field), qPrintable(name + " has no proof in this test"));
            const auto updated = records.update(person, {{never.field, personValues.value(never.field)}});
            QVERIFY2(updated.ok(), qPrintable(name));
        } else {
            QVERIFY2(never.field.isEmpty() && kindRecords.contains(never.kind),
                     qPrintable(name + " has no proof in this test"));
            const auto added = records.add(person, never.kind, kindRecords.value(never.kind));
            QVERIFY2(added.ok(), qPrintable(name + ": " + (added.ok() ? QString() : added.error().message)));
        }
        QVERIFY2(ranking() == before, qPrintable(name));
        ++proven;
    }
    QCOMPARE(proven, int(MatchProfileBuilder::neverRead().size()));
    // The control: something matching does read moves the ranking, so the comparisons above could fail.
    QVERIFY(records.add(person, Kinds::JobGoal, {{"title", "Care Assistant"}}).ok());
    QVERIFY(ranking() != before);
}

void TestMatcher::emptyVacancySetGivesNoResults()
{
    const auto empty = MatchingContext::fromVacancies(m_taxonomy, {}, m_today);
    MatchProfile p;
    p.skills.append(empty->normaliser().skill(QStringLiteral("customer service")));
    QVERIFY(empty->matcher().rank(p).isEmpty());
    QVERIFY(empty->matcher().rankByScanning(p).isEmpty());
    QVERIFY(!empty->matcher().explain(p, 0));
}

void TestMatcher::indexFromVaultSkipsClosedAndWithdrawnAndPlacesOutcodes()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    Database &db = vault->database();
    QVERIFY(db.exec("INSERT INTO outcodes VALUES('LS1', 53.797, -1.548, '2026-11-01')").ok());
    const char *insert =
        "INSERT INTO vacancies(publisher, id, title, employer, skills, postcode, outcode, latitude, "
        "longitude, hours, salary_min, salary_max, contract_type, closing_date, withdrawn, updated_at) "
        "VALUES('p', ?, 'Care Assistant', 'Acme Care', 'personal care;dementia care', ?, ?, ?, ?, 37.5, NULL, "
        "NULL, 'permanent', ?, ?, '2026-11-01T00:00:00Z')";
    auto add = [&](const QString &id,
                   const QString &outcode,
                   std::optional<double> lat,
                   const QString &closing,
                   int withdrawn) {
        Statement s = db.prepare(insert);
        s.bind(1, id).bind(2, outcode).bind(3, outcode);
        lat ? s.bind(4, *lat) : s.bindNull(4);
        lat ? s.bind(5, -1.0) : s.bindNull(5);
        s.bind(6, closing).bind(7, withdrawn);
        QVERIFY(s.exec().ok());
    };
    add("open-coords", QString(), 53.0, "2026-12-01", 0);
    add("open-outcode", "LS1", std::nullopt, "2026-11-01", 0);
    add("closed", QString(), 53.0, "2026-10-31", 0);
    add("withdrawn", QString(), 53.0, "2026-12-01", 1);
    auto context = MatchingContext::load(db, m_today);
    QVERIFY(context.ok());
    const VacancyIndex &index = context.value()->index();
    QCOMPARE(index.size(), 2);
    const int placed = index.indexOf(QStringLiteral("open-outcode"));
    QVERIFY(placed >= 0);
    QCOMPARE(index.entry(placed).latitude, 53.797f);
    QCOMPARE(index.indexOf(QStringLiteral("closed")), -1);
    QCOMPARE(index.indexOf(QStringLiteral("withdrawn")), -1);
    QVERIFY(index.entry(placed).occupation >= 0);
    // "personal care" is essential to a care assistant in the built-in taxonomy, so it is marked.
    bool essential = false;
    for (int s = 0; s < index.entry(placed).skillCount; ++s)
        essential = essential || (index.termsOf(placed)[s] & VacancyIndex::EssentialBit);
    QVERIFY(essential);
}

void TestMatcher::skillGapRanksCoursesByGapsClosed()
{
    Taxonomy t;
    for (const char *id : {"a", "b", "c"})
        t.addConcept({QString::fromLatin1(id), QString::fromLatin1(id), ConceptType::Skill, {}, {}});
    t.addOccupation({"job", "Job", "care", {}, {"a", "b", "c"}, {}});
    t.addCourse({"one", "Teaches one", "college", "1 day", {"a"}});
    t.addCourse({"two", "Teaches two", "online", "2 days", {"b", "c"}});
    t.addCourse({"none", "Teaches nothing missing", "online", "1 day", {"z"}});
    MatchProfile p;
    NormalisedLabel held;
    held.id = QStringLiteral("a");
    p.skills.append(held);
    const SkillGap gap = SkillGap::forOccupation(t, p, QStringLiteral("job"));
    QCOMPARE(gap.missingEssential, QStringList({"b", "c"}));
    QCOMPARE(gap.courses.size(), 1);
    QCOMPARE(gap.courses.first().course.id, QStringLiteral("two"));
    const SkillGap all = SkillGap::forMissing(t, {"a", "b", "c"});
    QCOMPARE(all.courses.size(), 2);
    QCOMPARE(all.courses.at(0).closes.size(), 2);
    QCOMPARE(all.courses.at(1).closes.size(), 1);
}

void TestMatcher::reverseMatchingRanksPeople()
{
    const int vacancy = 0;
    const VacancyIndex::Entry &e = m_context->index().entry(vacancy);
    MatchProfile strong;
    for (int s = 0; s < e.skillCount; ++s)
        strong.skills.append(m_context->normaliser().skill(
            m_context->index().termLabel(int(m_context->index().termsOf(vacancy)[s] & VacancyIndex::TermMask))));
    MatchProfile weak;
    weak.skills.append(m_context->normaliser().skill(QStringLiteral("juggling")));
    MatchProfile excluded = strong;
    excluded.maxHours = 1;
    const auto people = m_context->reverse(vacancy, {{"weak", weak}, {"strong", strong}, {"excluded", excluded}}, 10);
    QCOMPARE(people.size(), std::isnan(e.hours) ? 3 : 2);
    QCOMPARE(people.first().personId, QStringLiteral("strong"));
    QVERIFY(!people.first().result.matchedSkills.isEmpty());
}

void TestMatcher::historySuggestsSkillsWithoutAddingThem()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    RecordStore &records = vault->records();
    const QString person = records.createPerson({{"given_name", "Sam"}, {"family_name", "Hill"}}).value();
    QVERIFY(records.add(person, Kinds::WorkHistory, {{"job_title", "Care Assistant"}}).ok());
    const MatchProfileBuilder builder(records, vault->database(), m_context->normaliser());
    auto suggestions = builder.historySuggestions(person);
    QVERIFY(suggestions.ok());
    QVERIFY(!suggestions->isEmpty());
    QVERIFY(suggestions->first().reason.contains(QStringLiteral("work history")));
    QCOMPARE(records.list(person, Kinds::Skill)->size(), 0);
    QVERIFY(!builder.build(QStringLiteral("no-such-person")).ok());
    QCOMPARE(builder.build(QStringLiteral("no-such-person")).error().code, ErrorCode::NotFound);
}

void TestMatcher::aTypedSkillCountsOnlyByItsNameOrTheConceptChosen()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    RecordStore &records = vault->records();
    const QString person = records.createPerson({{"given_name", "Ana"}, {"family_name", "Lopes"}}).value();
    const SkillNormaliser &normaliser = m_context->normaliser();
    // "Time keeping" is a close spelling of "timetable adherence": a guess the workspace offers, not a mapping.
    const QString guessed = QStringLiteral("Time keeping");
    QCOMPARE(normaliser.skill(guessed).how, LabelMatcher::How::Fuzzy);
    QVERIFY(records.add(person, Kinds::Skill, {{"label", guessed}, {"source", "self_reported"}}).ok());
    QVERIFY(records.add(person, Kinds::Skill, {{"label", "Customer service"}, {"source", "self_reported"}}).ok());
    const MatchProfileBuilder builder(records, vault->database(), normaliser);
    MatchProfile profile = builder.build(person).value();
    QCOMPARE(profile.skills.size(), 2);
    QCOMPARE(profile.skills.at(0).termKey(), SkillNormaliser::freeTextKey(guessed));
    QCOMPARE(profile.skills.at(1).id, normaliser.skill(QStringLiteral("Customer service")).id);

    // Once the coach picks a concept for it in the skill dialog, matching uses that concept.
    const QString chosen = normaliser.skillCandidates(QStringLiteral("Dealing with complaints")).first().id;
    const QString skill = records.list(person, Kinds::Skill)->first().id;
    QVERIFY(records.update(skill, {{"label", "Dealing with complaints"}, {"taxonomy_id", chosen}}).ok());
    profile = builder.build(person).value();
    QCOMPARE(profile.skills.at(0).id, chosen);
}

void TestMatcher::contractTypesWantedComeFromJobGoals()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    RecordStore &records = vault->records();
    const QString person = records.createPerson({{"given_name", "Mo"}, {"family_name", "Khan"}}).value();
    QVERIFY(records.add(person, Kinds::Skill, {{"label", "customer service"}, {"source", "self_reported"}}).ok());
    QVERIFY(
        records
            .add(person,
                 Kinds::JobGoal,
                 {{"title", "Retail Assistant"}, {"contract_types", "temporary,zero-hours"}, {"pay_floor", "21000"}})
            .ok());
    const MatchProfileBuilder builder(records, vault->database(), m_context->normaliser());
    const MatchProfile profile = builder.build(person).value();
    QCOMPARE(profile.contractTypes, QSet<ContractType>({ContractType::Temporary, ContractType::ZeroHours}));
    QCOMPARE(profile.payFloor.value_or(0), 21000.0);
    // A preference scores, it does not filter: other contract types still appear, with a note.
    bool noted = false;
    bool other = false;
    for (const MatchResult &r : m_context->matcher().rank(profile, topN(300))) {
        const ContractType type = m_context->index().entry(r.vacancy).contract;
        if (type != ContractType::Temporary && type != ContractType::ZeroHours) {
            other = true;
            noted = noted || r.notes.join(' ').contains("contract");
        }
    }
    QVERIFY(other);
    QVERIFY(noted);
}

namespace
{
    std::shared_ptr<const Taxonomy> relationsTaxonomy()
    {
        return std::make_shared<const Taxonomy>(
            EscoImport::read(QStringLiteral(WAYMARK_TEST_DATA "/esco-relations")).value());
    }

    Vacancy vacancyOf(const QString &id, const QString &title, const QStringList &skills, const QDate &today)
    {
        Vacancy v;
        v.id = id;
        v.title = title;
        v.employer = QStringLiteral("Employer");
        v.skills = skills;
        v.closingDate = today.addDays(30);
        return v;
    }

    double componentValue(const MatchResult &r, const QString &key)
    {
        for (const ScoreComponent &c : r.components) {
            if (c.key == key)
                return c.value;
        }
        return -1;
    }
} // namespace

void TestMatcher::indexedRankingEqualsScanningNearAndWithRelatedSkills()
{
    // Tight travel limits (the nearby vacancies are fewer than the postings, so they are scored from the place
    // grid) and short lists with one or two skills (so vacancies asking only for related skills must be found).
    std::mt19937 rng(9);
    for (int i = 0; i < 200; ++i) {
        MatchProfile profile;
        const Vacancy &like = m_vacancies.at(int(rng() % m_vacancies.size()));
        for (int k = 0; k < 1 + int(rng() % 2) && k < like.skills.size(); ++k)
            profile.skills.append(m_context->normaliser().skill(like.skills.at(k)));
        profile.latitude = like.latitude;
        profile.longitude = like.longitude;
        if (rng() % 4)
            profile.maxDistanceKm = 2 + rng() % 30;
        MatchOptions options;
        options.top = 1 + int(rng() % 30);
        QCOMPARE(order(m_context->matcher().rank(profile, options)),
                 order(m_context->matcher().rankByScanning(profile, options)));
    }
}

void TestMatcher::relatedSkillsEarnPartCredit_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("held");
    QTest::addColumn<double>("credit");
    QTest::addRow("exact") << "hygiene standards"
                           << "hygiene standards" << 1.0;
    QTest::addRow("ESCO relation") << "hygiene standards"
                                   << "assist patients with personal care" << 0.5;
    QTest::addRow("ESCO relation, backwards") << "assist patients with personal care"
                                              << "hygiene standards" << 0.5;
    QTest::addRow("broader") << "assist patients with personal care"
                             << "measure vital signs" << 0.5;
    QTest::addRow("narrower") << "measure vital signs"
                              << "assist patients with personal care" << 0.5;
    QTest::addRow("sibling") << "assist patients with special needs"
                             << "assist patients with personal care" << 0.25;
    QTest::addRow("unrelated") << "operate forklift"
                               << "assist patients with personal care" << 0.0;
}

void TestMatcher::relatedSkillsEarnPartCredit()
{
    QFETCH(QString, asked);
    QFETCH(QString, held);
    QFETCH(double, credit);
    const auto taxonomy = relationsTaxonomy();
    // Filler vacancies the person shares nothing with, so rank() must find the one that matters through its postings.
    QVector<Vacancy> vacancies;
    for (int i = 0; i < 60; ++i)
        vacancies.append(vacancyOf(QString::number(i), "Shop job", {"operate forklift"}, m_today));
    vacancies.append(vacancyOf("asks", "Ward job", {asked}, m_today));
    const auto context = MatchingContext::fromVacancies(taxonomy, vacancies, m_today);
    MatchProfile profile;
    profile.skills.append(context->normaliser().skill(held));
    QVERIFY(profile.skills.first().mapped());
    const int target = context->index().indexOf("asks");

    const std::optional<MatchResult> r = context->matcher().explain(profile, target);
    QVERIFY(r);
    // One skill asked for, so the skills part is the credit itself.
    QVERIFY2(qAbs(componentValue(*r, "skills") - credit) < 1e-6,
             qPrintable(QString::number(componentValue(*r, "skills"))));
    if (credit > 0 && credit < 1) {
        QVERIFY(r->matchedSkills.isEmpty());
        QCOMPARE(r->missingSkills, QStringList({asked}));
        QCOMPARE(r->skillEvidence.size(), 1);
        QCOMPARE(r->skillEvidence.first().relatedTo, held);
        QCOMPARE(r->skillEvidence.first().credit, credit);
        QVERIFY2(r->evidence.join(' ').contains("Related: you have " + held), qPrintable(r->evidence.join(' ')));
    } else if (credit == 0) {
        QVERIFY(r->skillEvidence.isEmpty());
    }
    // The indexed ranking finds it through the related skill's postings, and agrees with scoring every vacancy.
    const QVector<MatchResult> ranked = context->matcher().rank(profile, topN(5));
    QCOMPARE(order(ranked), order(context->matcher().rankByScanning(profile, topN(5))));
    if (credit > 0)
        QCOMPARE(ranked.first().vacancy, target);
}

void TestMatcher::occupationClosenessFollowsTheHierarchy()
{
    const auto taxonomy = relationsTaxonomy();
    QVector<Vacancy> vacancies;
    for (const char *title : {"forklift operator", "ward assistant", "home care aide", "senior healthcare assistant"})
        vacancies.append(vacancyOf(QString::fromLatin1(title), QString::fromLatin1(title), {}, m_today));
    const auto context = MatchingContext::fromVacancies(taxonomy, vacancies, m_today);
    MatchProfile profile;
    profile.goalOccupations.append("esco:occupation/o-hca");
    const QVector<MatchResult> ranked = context->matcher().rank(profile);
    QStringList titles;
    for (const MatchResult &r : ranked)
        titles.append(context->index().entry(r.vacancy).title);
    QCOMPARE(titles,
             QStringList({"senior healthcare assistant", "ward assistant", "home care aide", "forklift operator"}));
    QVERIFY(qAbs(componentValue(ranked.at(1), "occupation") - 0.6) < 1e-6);

    // Work history counts less than a goal, by the same hierarchy.
    MatchProfile history;
    history.historyOccupations.append("esco:occupation/o-hca");
    const std::optional<MatchResult> ward = context->matcher().explain(history, ranked.at(1).vacancy);
    QVERIFY(qAbs(componentValue(*ward, "occupation") - 0.6 * 0.7) < 1e-6);
}

void TestMatcher::explanationsNameTheirEvidence()
{
    const auto taxonomy = relationsTaxonomy();
    Vacancy advert = vacancyOf("advert", "Band 3 HCA - Nights (Leeds)", {}, m_today);
    advert.description = "You will measure vital signs and keep hygiene standards.";
    advert.reading.occupationId = "esco:occupation/o-hca";
    advert.reading.occupationConfidence = 1;
    advert.reading.titleEvidence = "hca";
    advert.reading.skills = {{"esco:skill/s-vitals", SkillSource::Stated, 0.9f, 9, 27},
                             {"esco:skill/s-hygiene", SkillSource::Stated, 0.9f, 37, 54},
                             {"esco:skill/s-personal", SkillSource::Implied, 1.0f, -1, -1}};
    const auto context = MatchingContext::fromVacancies(taxonomy, {advert}, m_today);
    MatchProfile profile;
    profile.skills.append(context->normaliser().skill("measure vital signs"));
    profile.historyOccupations.append("esco:occupation/o-ward");

    std::optional<MatchResult> r = context->matcher().explain(profile, 0);
    QVERIFY(r);
    QCOMPARE(
        r->occupationEvidence,
        QStringLiteral("Healthcare assistant (from the title): the same ISCO unit group as ward assistant, in their "
                       "work history."));
    QCOMPARE(r->evidence.first(), r->occupationEvidence);
    QVERIFY(r->evidence.contains("You have measure vital signs, stated in the advert."));
    // Personal care is implied by the occupation, and broader than the vital signs the person measures.
    QVERIFY2(
        r->evidence.contains(
            "assist patients with personal care, implied by the occupation. Related: you have measure vital signs."),
        qPrintable(r->evidence.join('\n')));
    QCOMPARE(r->skillEvidence.first().source, SkillSource::Stated);
    QCOMPARE(r->skillEvidence.size(), 2);
    QCOMPARE(r->missingSkills.size(), 2);

    profile.goalOccupations.append("esco:occupation/o-hca");
    r = context->matcher().explain(profile, 0);
    QCOMPARE(r->occupationEvidence,
             QStringLiteral("Healthcare assistant (from the title): one of the person's job goals."));
    QVERIFY(qAbs(componentValue(*r, "occupation") - 1.0) < 1e-6);
}

void TestMatcher::workHistoryTitlesAreCleanedLikeAdverts()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    RecordStore &records = vault->records();
    const QString person = records.createPerson({{"given_name", "Ana"}, {"family_name", "Lee"}}).value();
    QVERIFY(records.add(person, Kinds::WorkHistory, {{"job_title", "Band 3 HCA - Nights (Leeds)"}}).ok());
    const MatchProfileBuilder builder(records, vault->database(), m_context->normaliser());
    const MatchProfile profile = builder.build(person).value();
    QCOMPARE(profile.historyOccupations, QStringList({"uk-occ:healthcare-assistant"}));
}

QTEST_GUILESS_MAIN(TestMatcher)
#include "TestMatcher.moc"
