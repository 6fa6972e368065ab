#include "model/demo/DemoCaseload.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
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
    void bulkLoadLeavesAVaultThatVerifiesAndReopens();

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

void TestDemoCaseload::bulkLoadLeavesAVaultThatVerifiesAndReopens()
{
    // Enough people for the bulk load's rollback journal, and for the caseload index rows written as plain inserts.
    constexpr int Many = 600;
    QTemporaryDir other;
    QString path;
    qint64 records = 0;
    {
        auto vault = Fixtures::create(other, "bulk");
        QVERIFY(vault);
        QVERIFY(DemoCaseload::generate(*vault, Many, 5, {}, m_today));
        Database &db = vault->database();
        // The write-ahead log is back once the load is done.
        QCOMPARE(db.scalarText("PRAGMA journal_mode").value(), QStringLiteral("wal"));
        auto problems = vault->integrityCheck();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join('\n')));
        records = db.scalarInteger("SELECT count(*) FROM records").value();
        QVERIFY(records > Many * 10);
        // Ids are random 128-bit hex as ever, all different, and were handed out in ascending order.
        QCOMPARE(db.scalarInteger("SELECT count(DISTINCT id) FROM records").value(), records);
        QCOMPARE(db.scalarInteger("SELECT count(*) FROM records WHERE length(id) = 32 AND id NOT GLOB '*[^0-9a-f]*'")
                     .value(),
                 records);
        QCOMPARE(db.scalarInteger("SELECT count(*) FROM records a JOIN records b ON b.rowid = a.rowid + 1 "
                                  "WHERE b.id < a.id")
                     .value(),
                 qint64(0));
        // Every record added was audited, in one chain that verifies.
        auto audit = vault->audit().verify();
        QVERIFY(audit);
        QVERIFY(audit->intact());
        QCOMPARE(audit->rowsChecked, records + 1); // + vault_create

        // The caseload index says what the records say: one row a person with their fields and last note's day,
        // one row an appointment.
        Statement people =
            db.prepare("SELECT count(*) FROM person_index i JOIN records r ON r.id = i.person_id AND r.kind = 'person' "
                       "WHERE i.given_name = (SELECT value FROM fields WHERE record_id = r.id AND name = 'given_name') "
                       "AND i.family_name = (SELECT value FROM fields WHERE record_id = r.id AND name = 'family_name') "
                       "AND i.ni_number = (SELECT value FROM fields WHERE record_id = r.id AND name = 'ni_number') "
                       "AND i.postcode = (SELECT value FROM fields WHERE record_id = r.id AND name = 'postcode') "
                       "AND i.status = (SELECT value FROM fields WHERE record_id = r.id AND name = 'status') "
                       "AND i.last_note = (SELECT max(substr(created_at, 1, 10)) FROM records n "
                       "WHERE n.person_id = r.id AND n.kind = 'note')");
        QVERIFY(people.next());
        QCOMPARE(people.integer(0), qint64(Many));
        QCOMPARE(db.scalarInteger("SELECT count(*) FROM person_index").value(), qint64(Many));
        Statement appointments =
            db.prepare("SELECT count(*) FROM appointment_index i JOIN records r ON r.id = i.appointment_id "
                       "AND r.kind = 'appointment' AND r.person_id = i.person_id "
                       "WHERE i.starts_at = (SELECT value FROM fields WHERE record_id = r.id AND name = 'starts_at') "
                       "AND i.planned = ((SELECT value FROM fields WHERE record_id = r.id AND name = 'status') "
                       "= 'planned')");
        QVERIFY(appointments.next());
        const qint64 appointmentRecords =
            db.scalarInteger("SELECT count(*) FROM records WHERE kind = 'appointment'").value();
        QVERIFY(appointmentRecords >= Many);
        QCOMPARE(appointments.integer(0), appointmentRecords);
        QCOMPARE(db.scalarInteger("SELECT count(*) FROM appointment_index").value(), appointmentRecords);
        path = vault->path();
    }
    // Locked and opened again, everything is there and the chain still verifies.
    auto reopened = Vault::open(path, Fixtures::passphrase());
    QVERIFY(reopened);
    QCOMPARE(reopened.value()->records().personCount().value(), Many);
    QCOMPARE(reopened.value()->database().scalarInteger("SELECT count(*) FROM records").value(), records);
    auto audit = reopened.value()->audit().verify();
    QVERIFY(audit);
    QVERIFY(audit->intact());
}

QTEST_GUILESS_MAIN(TestDemoCaseload)
#include "TestDemoCaseload.moc"
