#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

class TestRecordStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createsPersonWithDefaults();
    void signalsChangesInATransactionAfterTheCommit();
    void reportsEachInvalidField();
    void addsEveryKindOfRecord();
    void allowsOneCircumstancesRecord();
    void refusesRecordForUnknownPerson();
    void updateStampsOnlyChangedFields();
    void notesAreAppendOnly();
    void notesAndFinishedFormsAreDeletedOnlyByErasure();
    void correctionReferencesOriginal();
    void removeLeavesTombstone();
    void erasureRemovesEverything();
    void caseloadShowsNextAppointmentAndLastNote();
    void signalsChanges();
    void caseloadIndexFollowsAppointmentChanges();

private:
    QString addPerson(const QString &given = "Siân", const QString &family = "Evans");
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestRecordStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
}

void TestRecordStore::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

QString TestRecordStore::addPerson(const QString &given, const QString &family)
{
    auto id = m_vault->records().createPerson({{"given_name", given}, {"family_name", family}});
    return id ? id.value() : QString();
}

void TestRecordStore::createsPersonWithDefaults()
{
    const QString id = addPerson();
    QVERIFY(!id.isEmpty());
    auto person = m_vault->records().get(id);
    QVERIFY(person);
    QCOMPARE(person->kind, Kinds::Person);
    QCOMPARE(person->personId, id);
    QCOMPARE(person->value("status"), QStringLiteral("open"));
    QCOMPARE(person->value("preferred_language"), QStringLiteral("en"));
    QCOMPARE(person->value("owner"), QStringLiteral("Test Coach"));
}

void TestRecordStore::reportsEachInvalidField()
{
    auto result = m_vault->records().createPerson(
        {{"given_name", "Ann"}, {"family_name", ""}, {"ni_number", "12"}, {"postcode", "nowhere"}});
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QCOMPARE(result.error().fieldProblems.keys(), (QStringList{"family_name", "ni_number", "postcode"}));
    QCOMPARE(m_vault->records().personCount().value(), 0);
}

void TestRecordStore::addsEveryKindOfRecord()
{
    const QString id = addPerson();
    const QList<QPair<QString, FieldMap>> records = {
        {Kinds::Circumstances, {{"hours_available", "16"}, {"driving_licence", "full"}}},
        {Kinds::WorkHistory, {{"job_title", "Care assistant"}, {"employer", "Ty Gwyn"}}},
        {Kinds::Qualification, {{"title", "Food hygiene level 2"}, {"category", "certificate"}}},
        {Kinds::Skill, {{"label", "manual handling"}, {"source", "self_reported"}}},
        {Kinds::HealthCondition, {{"description", "Asthma, worse in cold weather"}}},
        {Kinds::Adjustment, {{"type", "phased_return"}}},
        {Kinds::FitNote, {{"assessed_on", "2026-10-01"}, {"assessment", "may_be_fit"}}},
        {Kinds::JobGoal, {{"title", "Care worker"}}},
        {Kinds::ActionItem, {{"description", "Apply for 3 care jobs"}, {"status", "open"}}},
        {Kinds::Note, {{"text", "First meeting"}}},
        {Kinds::Appointment, {{"starts_at", "2027-01-10 10:00"}, {"status", "planned"}}},
        {Kinds::Consent, {{"purpose", "record_keeping"}, {"agreed_on", "2026-11-01"}}},
    };
    for (const auto &[kind, fields] : records) {
        auto added = m_vault->records().add(id, kind, fields);
        QVERIFY2(added, qPrintable(kind + ": " + (added ? QString() : added.error().message)));
        auto listed = m_vault->records().list(id, kind);
        QCOMPARE(listed->size(), 1);
        QCOMPARE(listed->first().fields.value(fields.firstKey()), fields.first());
    }
    QCOMPARE(m_vault->records().allForPerson(id)->size(), records.size() + 1);
}

void TestRecordStore::allowsOneCircumstancesRecord()
{
    const QString id = addPerson();
    QVERIFY(m_vault->records().add(id, Kinds::Circumstances, {{"hours_available", "16"}}));
    auto second = m_vault->records().add(id, Kinds::Circumstances, {{"hours_available", "20"}});
    QCOMPARE(second.error().code, ErrorCode::NotAllowed);
    auto single = m_vault->records().single(id, Kinds::Circumstances);
    QCOMPARE(single->value("hours_available"), QStringLiteral("16"));
    auto none = m_vault->records().single(id, Kinds::JobGoal);
    QVERIFY(none->id.isEmpty());
}

void TestRecordStore::refusesRecordForUnknownPerson()
{
    auto added = m_vault->records().add("no-such-person", Kinds::Note, {{"text", "hello"}});
    QCOMPARE(added.error().code, ErrorCode::NotFound);
}

void TestRecordStore::updateStampsOnlyChangedFields()
{
    const QString id = addPerson();
    auto stamps = [&]() {
        QMap<QString, QString> map;
        Statement s = m_vault->database().prepare("SELECT name, hlc FROM fields WHERE record_id = ?");
        s.bind(1, id);
        while (s.next())
            map.insert(s.text(0), s.text(1));
        return map;
    };
    const auto before = stamps();
    QVERIFY(m_vault->records().update(id, {{"given_name", "Siân"}, {"postcode", "cf10 1ep"}}));
    const auto after = stamps();
    QCOMPARE(after.value("given_name"), before.value("given_name"));
    QVERIFY(after.value("postcode") > before.value("family_name"));
    QCOMPARE(m_vault->records().get(id)->value("postcode"), QStringLiteral("CF10 1EP"));

    auto bad = m_vault->records().update(id, {{"postcode", "CF10"}});
    QCOMPARE(bad.error().code, ErrorCode::Invalid);
    QCOMPARE(m_vault->records().get(id)->value("postcode"), QStringLiteral("CF10 1EP"));
}

void TestRecordStore::notesAreAppendOnly()
{
    const QString id = addPerson();
    const QString note = m_vault->records().add(id, Kinds::Note, {{"text", "Original"}}).value();
    QCOMPARE(m_vault->records().update(note, {{"text", "Rewritten"}}).error().code, ErrorCode::NotAllowed);
    QCOMPARE(m_vault->records().remove(note).error().code, ErrorCode::NotAllowed);
    // Even SQL that bypasses the store cannot rewrite or tombstone a note.
    QVERIFY(!m_vault->database().exec("UPDATE fields SET value = 'x' WHERE name = 'text'"));
    QVERIFY(!m_vault->database().exec("UPDATE records SET deleted = 1 WHERE kind = 'note'"));
    QCOMPARE(m_vault->records().get(note)->value("text"), QStringLiteral("Original"));
}

void TestRecordStore::notesAndFinishedFormsAreDeletedOnlyByErasure()
{
    const QString id = addPerson();
    const QString note = m_vault->records().add(id, Kinds::Note, {{"text", "Original"}}).value();
    Database &db = m_vault->database();
    QVERIFY(db.exec(QStringLiteral("INSERT INTO form_versions(id, person_id, form_id, form_version, layout, language, "
                                   "answers, signed_by, signed_at, hlc, device, device_seq, sync_hlc) VALUES('v1', "
                                   "'%1', 'f', 1, '', 'en', '{}', 'Coach', '2026-01-01', "
                                   "'1767225600000-000000-0123456789abcdef', '0123456789abcdef', 1, '')")
                        .arg(id)
                        .toUtf8()
                        .constData()));
    // Deleting bypasses the update triggers, so deleting is refused too.
    QVERIFY(!db.exec("DELETE FROM fields WHERE name = 'text'"));
    QVERIFY(!db.exec("DELETE FROM records WHERE kind = 'note'"));
    QVERIFY(!db.exec("DELETE FROM form_versions"));
    QCOMPARE(m_vault->records().get(note)->value("text"), QStringLiteral("Original"));
    QCOMPARE(db.scalarInteger("SELECT count(*) FROM form_versions").value(), 1);
    // Erasing the person is the one way, and it still removes everything.
    QVERIFY(m_vault->records().erasePerson(id));
    QCOMPARE(db.scalarInteger("SELECT count(*) FROM records").value(), 0);
    QCOMPARE(db.scalarInteger("SELECT count(*) FROM fields").value(), 0);
    QCOMPARE(db.scalarInteger("SELECT count(*) FROM form_versions").value(), 0);
}

void TestRecordStore::correctionReferencesOriginal()
{
    const QString id = addPerson();
    const QString note = m_vault->records().add(id, Kinds::Note, {{"text", "Has a HGV licence"}}).value();
    auto correction = m_vault->records().correctNote(note, "Correction: has a car licence, not HGV");
    QVERIFY(correction);
    auto notes = m_vault->records().list(id, Kinds::Note);
    QCOMPARE(notes->size(), 2);
    QCOMPARE(notes->at(1).value("corrects"), note);
    QCOMPARE(notes->at(0).value("text"), QStringLiteral("Has a HGV licence"));
}

void TestRecordStore::removeLeavesTombstone()
{
    const QString id = addPerson();
    const QString goal = m_vault->records().add(id, Kinds::JobGoal, {{"title", "Chef"}}).value();
    QVERIFY(m_vault->records().remove(goal));
    QCOMPARE(m_vault->records().list(id, Kinds::JobGoal)->size(), 0);
    QCOMPARE(m_vault->records().get(goal).error().code, ErrorCode::NotFound);
    auto tombstones = m_vault->database().scalarInteger("SELECT count(*) FROM records WHERE deleted = 1");
    QCOMPARE(tombstones.value(), qint64(1));
    auto values = m_vault->database().scalarInteger("SELECT count(*) FROM fields WHERE value = 'Chef'");
    QCOMPARE(values.value(), qint64(0));
}

void TestRecordStore::erasureRemovesEverything()
{
    const QString id = addPerson("Erin", "ERASEMEPLEASE");
    const QString other = addPerson("Other", "Person");
    QVERIFY(m_vault->records().add(id, Kinds::Note, {{"text", "ERASEMENOTE"}}));
    QVERIFY(m_vault->records().add(id, Kinds::Skill, {{"label", "welding"}, {"source", "self_reported"}}));
    QVERIFY(m_vault->records().erasePerson(id));

    auto remaining =
        m_vault->database().scalarInteger("SELECT count(*) FROM records WHERE person_id = 'x' OR person_id = ?");
    Statement count = m_vault->database().prepare("SELECT count(*) FROM records WHERE person_id = ?");
    count.bind(1, id);
    QVERIFY(count.next());
    QCOMPARE(count.integer(0), qint64(0));
    QVERIFY(remaining);
    auto values = m_vault->database().scalarInteger("SELECT count(*) FROM fields WHERE value LIKE 'ERASEME%'");
    QCOMPARE(values.value(), qint64(0));
    QVERIFY(m_vault->records().get(other));
    auto entries = m_vault->audit().entries(id);
    QCOMPARE(entries->first().action, QStringLiteral("erase"));
    QVERIFY(m_vault->audit().verify()->intact());
}

void TestRecordStore::caseloadShowsNextAppointmentAndLastNote()
{
    const QString a = addPerson("Aled", "Jones");
    const QString b = addPerson("Beth", "Smith");
    const QString future = QDateTime::currentDateTime().addDays(3).toString("yyyy-MM-dd HH:mm");
    const QString later = QDateTime::currentDateTime().addDays(9).toString("yyyy-MM-dd HH:mm");
    QVERIFY(m_vault->records().add(a, Kinds::Appointment, {{"starts_at", later}, {"status", "planned"}}));
    QVERIFY(m_vault->records().add(a, Kinds::Appointment, {{"starts_at", future}, {"status", "planned"}}));
    QVERIFY(m_vault->records().add(b, Kinds::Appointment, {{"starts_at", future}, {"status", "cancelled"}}));
    QVERIFY(m_vault->records().add(b, Kinds::Note, {{"text", "Met at the library"}}));
    auto people = m_vault->records().caseload();
    QCOMPARE(people->size(), 2);
    for (const PersonSummary &p : people.value()) {
        if (p.id == a) {
            QCOMPARE(p.nextAppointment, future);
            QVERIFY(p.lastNote.isEmpty());
        } else {
            QVERIFY(p.nextAppointment.isEmpty());
            QCOMPARE(p.lastNote, QDate::currentDate().toString(Qt::ISODate));
            QCOMPARE(p.displayName(), QStringLiteral("Smith, Beth"));
        }
    }
}

void TestRecordStore::signalsChanges()
{
    QSignalSpy added(&m_vault->records(), &RecordStore::personAdded);
    QSignalSpy changed(&m_vault->records(), &RecordStore::personChanged);
    QSignalSpy erased(&m_vault->records(), &RecordStore::personErased);
    const QString id = addPerson();
    QVERIFY(m_vault->records().add(id, Kinds::JobGoal, {{"title", "Driver"}}));
    QVERIFY(m_vault->records().update(id, {{"status", "closed"}}));
    QVERIFY(m_vault->records().erasePerson(id));
    QCOMPARE(added.count(), 1);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(erased.count(), 1);
}

void TestRecordStore::signalsChangesInATransactionAfterTheCommit()
{
    RecordStore &store = m_vault->records();
    const QString id = addPerson();
    QSignalSpy changed(&store, &RecordStore::personChanged);
    QVERIFY(store.inTransaction([&]() -> Status {
        if (auto added = store.add(id, Kinds::JobGoal, {{"title", "Driver"}}); !added)
            return added.error();
        if (Status s = store.update(id, {{"status", "closed"}}); !s)
            return s;
        // Nothing is announced while the transaction is open.
        return changed.isEmpty() ? Status() : Status(Error{ErrorCode::Internal, "signalled too early"});
    }));
    QCOMPARE(changed.count(), 1); // once per person, after the commit
    QCOMPARE(changed.first().first().toString(), id);

    // A transaction that rolls back announces nothing.
    QVERIFY(!store.inTransaction([&]() -> Status {
        (void)store.add(id, Kinds::JobGoal, {{"title", "Chef"}});
        return Error{ErrorCode::Internal, "roll back"};
    }));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(store.list(id, Kinds::JobGoal)->size(), 1);

    // People added inside a transaction (a bulk import) are announced as added, once, after the commit;
    // their records do not announce them again as changed.
    QSignalSpy added(&store, &RecordStore::personAdded);
    QString newcomer;
    QVERIFY(store.inTransaction([&]() -> Status {
        auto created = store.createPerson({{"given_name", "Nia"}, {"family_name", "Hughes"}});
        if (!created)
            return created.error();
        newcomer = created.value();
        if (auto goal = store.add(newcomer, Kinds::JobGoal, {{"title", "Baker"}}); !goal)
            return goal.error();
        return added.isEmpty() ? Status() : Status(Error{ErrorCode::Internal, "signalled too early"});
    }));
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().toString(), newcomer);
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.inTransaction([&]() -> Status {
        (void)store.createPerson({{"given_name", "Never"}, {"family_name", "Kept"}});
        return Error{ErrorCode::Internal, "roll back"};
    }));
    QCOMPARE(added.count(), 1);
}

void TestRecordStore::caseloadIndexFollowsAppointmentChanges()
{
    const QString id = addPerson();
    const QString soon = QDateTime::currentDateTime().addDays(2).toString("yyyy-MM-dd HH:mm");
    const QString later = QDateTime::currentDateTime().addDays(5).toString("yyyy-MM-dd HH:mm");
    const QString first =
        m_vault->records().add(id, Kinds::Appointment, {{"starts_at", soon}, {"status", "planned"}}).value();
    const QString second =
        m_vault->records().add(id, Kinds::Appointment, {{"starts_at", later}, {"status", "planned"}}).value();
    QCOMPARE(m_vault->records().summary(id)->nextAppointment, soon);
    QVERIFY(m_vault->records().update(first, {{"status", "cancelled"}}));
    QCOMPARE(m_vault->records().summary(id)->nextAppointment, later);
    QVERIFY(m_vault->records().remove(second));
    QVERIFY(m_vault->records().summary(id)->nextAppointment.isEmpty());
    QVERIFY(m_vault->records().update(id, {{"family_name", "Evans-Pritchard"}}));
    QCOMPARE(m_vault->records().caseload()->first().familyName, QStringLiteral("Evans-Pritchard"));
    QVERIFY(m_vault->records().erasePerson(id));
    QCOMPARE(m_vault->database().scalarInteger("SELECT count(*) FROM person_index").value(), qint64(0));
    QCOMPARE(m_vault->database().scalarInteger("SELECT count(*) FROM appointment_index").value(), qint64(0));
}

QTEST_GUILESS_MAIN(TestRecordStore)
#include "TestRecordStore.moc"
