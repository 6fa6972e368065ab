#include "model/demo/DemoCaseload.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/vault/AuditLog.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The synthetic caseload: repeatable for a seed, valid throughout, and shaped like a real caseload. */
class TestDemoCaseload : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sameSeedGivesSameCaseload();
    void differentSeedGivesDifferentCaseload();
    void everyRecordValidates();
    void hasEveryKindInPlausibleNumbers_data();
    void hasEveryKindInPlausibleNumbers();
    void includesWelshNamesWithAccents();
    void someAppointmentsAreWithinAFortnight();
    void reportsProgressAndAuditsEachRecord();
    void zeroPeopleAddsNothing();
    void demoVacanciesArePlacedAndMatch();

private:
    /** Every record's kind and values (ids and timestamps left out), sorted: what a seed must reproduce. */
    QStringList contentOf(Vault &vault);
    QVector<Record> allRecords(Vault &vault);

    static constexpr int People = 60;
    const QDate m_today{2026, 3, 27};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestDemoCaseload::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    QVERIFY(DemoCaseload::generate(*m_vault, People, 7, {}, m_today));
}

void TestDemoCaseload::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

QVector<Record> TestDemoCaseload::allRecords(Vault &vault)
{
    QVector<Record> all;
    auto people = vault.records().caseload();
    if (!people)
        return all;
    for (const PersonSummary &p : people.value())
        all += vault.records().allForPerson(p.id).value();
    return all;
}

QStringList TestDemoCaseload::contentOf(Vault &vault)
{
    QStringList content;
    for (const Record &r : allRecords(vault)) {
        QStringList values{r.kind};
        for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it) {
            if (it.key() != "corrects" && it.key() != "owner")
                values.append(it.key() + "=" + it.value());
        }
        content.append(values.join('|'));
    }
    content.sort();
    return content;
}

void TestDemoCaseload::sameSeedGivesSameCaseload()
{
    QTemporaryDir other;
    auto again = Fixtures::create(other, "again");
    QVERIFY(again);
    QVERIFY(DemoCaseload::generate(*again, People, 7, {}, m_today));
    const QStringList first = contentOf(*m_vault);
    QVERIFY(first.size() > People * 10);
    QCOMPARE(contentOf(*again), first);
}

void TestDemoCaseload::differentSeedGivesDifferentCaseload()
{
    QTemporaryDir other;
    auto again = Fixtures::create(other, "again");
    QVERIFY(again);
    QVERIFY(DemoCaseload::generate(*again, People, 8, {}, m_today));
    QVERIFY(contentOf(*again) != contentOf(*m_vault));
}

void TestDemoCaseload::everyRecordValidates()
{
    const EntitySchema &schema = EntitySchema::instance();
    const QVector<Record> records = allRecords(*m_vault);
    QVERIFY(!records.isEmpty());
    for (const Record &r : records) {
        const EntityKind *kind = schema.kind(r.kind);
        QVERIFY2(kind, qPrintable(r.kind));
        FieldMap fields = r.fields;
        const auto problems = schema.validate(*kind, fields);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(r.kind + ": " + (problems.isEmpty() ? QString() : problems.first().message)));
        // Stored values are already canonical: validating again changes nothing.
        QCOMPARE(fields, r.fields);
    }
}

void TestDemoCaseload::hasEveryKindInPlausibleNumbers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("minimumPerPerson");
    QTest::addColumn<int>("maximumPerPerson");
    QTest::addColumn<int>("minimumPeopleWithIt");
    QTest::addRow("profile") << Kinds::Person << 1 << 1 << People;
    QTest::addRow("circumstances") << Kinds::Circumstances << 1 << 1 << People;
    QTest::addRow("work history") << Kinds::WorkHistory << 1 << 3 << People;
    QTest::addRow("qualifications") << Kinds::Qualification << 0 << 3 << People / 3;
    QTest::addRow("skills") << Kinds::Skill << 1 << 6 << People;
    QTest::addRow("health conditions") << Kinds::HealthCondition << 0 << 1 << 2;
    QTest::addRow("adjustments") << Kinds::Adjustment << 0 << 1 << 1;
    QTest::addRow("fit notes") << Kinds::FitNote << 0 << 1 << 1;
    QTest::addRow("job goals") << Kinds::JobGoal << 1 << 2 << People;
    QTest::addRow("actions") << Kinds::ActionItem << 1 << 3 << People;
    QTest::addRow("notes (with corrections)") << Kinds::Note << 1 << 5 << People;
    QTest::addRow("appointments") << Kinds::Appointment << 1 << 2 << People;
    QTest::addRow("consent") << Kinds::Consent << 1 << 2 << People;
}

void TestDemoCaseload::hasEveryKindInPlausibleNumbers()
{
    QFETCH(QString, kind);
    QFETCH(int, minimumPerPerson);
    QFETCH(int, maximumPerPerson);
    QFETCH(int, minimumPeopleWithIt);
    auto people = m_vault->records().caseload();
    QVERIFY(people);
    QCOMPARE(people->size(), People);
    int withIt = 0;
    for (const PersonSummary &p : people.value()) {
        auto records = m_vault->records().list(p.id, kind);
        QVERIFY(records);
        QVERIFY2(records->size() >= minimumPerPerson && records->size() <= maximumPerPerson,
                 qPrintable(QString::number(records->size())));
        if (!records->isEmpty())
            ++withIt;
    }
    QVERIFY2(withIt >= minimumPeopleWithIt, qPrintable(QString::number(withIt)));
}

void TestDemoCaseload::includesWelshNamesWithAccents()
{
    auto people = m_vault->records().caseload();
    QVERIFY(people);
    int accented = 0;
    int welshSpeakers = 0;
    int open = 0;
    for (const PersonSummary &p : people.value()) {
        const QString name = p.givenName + p.familyName;
        if (name != name.normalized(QString::NormalizationForm_D))
            ++accented;
        if (p.preferredLanguage == "cy")
            ++welshSpeakers;
        if (p.status == "open")
            ++open;
        QVERIFY(!p.niNumber.isEmpty());
        QVERIFY(!p.postcode.isEmpty());
    }
    QVERIFY(accented > 0);
    QVERIFY(welshSpeakers > 0);
    QVERIFY(open > People * 3 / 4);

    // The name pool itself: a large caseload shows the accented Welsh names, not only ASCII ones.
    QTemporaryDir other;
    auto big = Fixtures::create(other, "big");
    QVERIFY(big);
    QVERIFY(DemoCaseload::generate(*big, 600, 3, {}, m_today));
    QStringList given;
    const auto bigCaseload = big->records().caseload();
    QVERIFY(bigCaseload);
    for (const PersonSummary &p : bigCaseload.value())
        given.append(p.givenName);
    for (const char *name : {"Siân", "Gwenllïan", "Llŷr", "Zoë", "Chloé"})
        QVERIFY2(given.contains(QString::fromUtf8(name)), name);
}

void TestDemoCaseload::someAppointmentsAreWithinAFortnight()
{
    int upcoming = 0;
    int past = 0;
    const QDateTime start = m_today.startOfDay();
    for (const Record &r : allRecords(*m_vault)) {
        if (r.kind != Kinds::Appointment)
            continue;
        const QDateTime when = QDateTime::fromString(r.value("starts_at"), "yyyy-MM-dd HH:mm");
        QVERIFY(when.isValid());
        if (when > start && when < start.addDays(15)) {
            ++upcoming;
            QCOMPARE(r.value("status"), QStringLiteral("planned"));
        } else if (when < start) {
            ++past;
        }
    }
    QVERIFY(upcoming > People / 4);
    QVERIFY(past > 0);
}

void TestDemoCaseload::reportsProgressAndAuditsEachRecord()
{
    QTemporaryDir other;
    auto vault = Fixtures::create(other, "progress");
    QVERIFY(vault);
    QVector<int> seen;
    QVERIFY(DemoCaseload::generate(
        *vault, 5, 1, [&](int done) { seen.append(done); }, m_today));
    QCOMPARE(seen, (QVector<int>{1, 2, 3, 4, 5}));
    auto audit = vault->audit().verify();
    QVERIFY(audit);
    QVERIFY(audit->intact());
    QCOMPARE(audit->rowsChecked, qint64(allRecords(*vault).size() + 1)); // + vault_create
}

void TestDemoCaseload::zeroPeopleAddsNothing()
{
    QTemporaryDir other;
    auto vault = Fixtures::create(other, "empty");
    QVERIFY(vault);
    QVERIFY(DemoCaseload::generate(*vault, 0));
    QCOMPARE(vault->records().personCount().value(), 0);
    QVERIFY(!DemoCaseload::generate(*vault, -1));
}

void TestDemoCaseload::demoVacanciesArePlacedAndMatch()
{
    QVERIFY(DemoCaseload::generate(*m_vault, 5, 3).ok());
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 300, 3).ok());
    auto context = MatchingContext::load(m_vault->database(), QDate::currentDate());
    QVERIFY(context.ok());
    // Every vacancy is open and placed through its postcode area, so every one has a location.
    QCOMPARE(context.value()->index().size(), 300);
    for (int i = 0; i < context.value()->index().size(); ++i)
        QVERIFY(context.value()->index().entry(i).hasLocation());
    const MatchProfileBuilder builder(m_vault->records(), m_vault->database(), context.value()->normaliser());
    int withDistance = 0;
    const auto caseload = m_vault->records().caseload();
    QVERIFY(caseload.ok());
    for (const PersonSummary &person : caseload.value()) {
        auto profile = builder.build(person.id);
        QVERIFY(profile.ok());
        QVERIFY(profile->hasLocation());
        MatchOptions options;
        options.top = 5;
        for (const MatchResult &r : context.value()->matcher().rank(profile.value(), options))
            withDistance += r.distanceKm ? 1 : 0;
    }
    QVERIFY(withDistance > 0);
    QVERIFY(!DemoCaseload::addVacancies(*m_vault, -1).ok());
}

QTEST_GUILESS_MAIN(TestDemoCaseload)
#include "TestDemoCaseload.moc"
