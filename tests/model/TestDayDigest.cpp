#include "model/forms/FormCatalogue.h"
#include "model/forms/FormStore.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/session/DayDigest.h"
#include "model/session/NewVacancyFits.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * The start page's digest, section by section, from a vault the test fills. Records are stamped with the real
 * clock, so "today" is fixed sixty days after it: everyone was added sixty days before the day shown.
 */
class TestDayDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsPlannedAppointmentsTodayAndInTheNextSixDays();
    void listsOpenActionsPastTheirDueDate();
    void listsOpenCasesWithoutANoteOrAttendedAppointmentForWeeks();
    void listsUnfinishedDraftsConflictsAndQuarantine();
    void aGpPracticeGetsNoVacanciesNorContactChasing();
    void readingTheDayAuditsNoView();
    void findsNewVacanciesThatFitOpenCasesOnly();

private:
    QString person(const QString &given, const QString &family, const QString &status = QStringLiteral("open"));
    void appointment(const QString &personId, const QDate &day, const QString &time, const QString &status);
    QVector<DigestSectionItems> digest(int weeks = 4);
    static const DigestSectionItems *section(const QVector<DigestSectionItems> &all, DigestSection which);
    static QStringList names(const DigestSectionItems &section);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    QDate m_today;
};

void TestDayDigest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    m_today = QDate::currentDate().addDays(60);
}

void TestDayDigest::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

QString TestDayDigest::person(const QString &given, const QString &family, const QString &status)
{
    auto id = m_vault->records().createPerson({{"given_name", given}, {"family_name", family}, {"status", status}});
    return id ? id.value() : QString();
}

void TestDayDigest::appointment(const QString &personId, const QDate &day, const QString &time, const QString &status)
{
    auto added = m_vault->records().add(personId,
                                        Kinds::Appointment,
                                        {{"starts_at", day.toString(Qt::ISODate) + QLatin1Char(' ') + time},
                                         {"status", status},
                                         {"purpose", "Review"}});
    QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message));
}

QVector<DigestSectionItems> TestDayDigest::digest(int weeks)
{
    DayDigestOptions options;
    options.today = m_today;
    options.notContactedWeeks = weeks;
    auto built = DayDigest::build(*m_vault, options);
    return built ? built.value() : QVector<DigestSectionItems>();
}

const DigestSectionItems *TestDayDigest::section(const QVector<DigestSectionItems> &all, DigestSection which)
{
    for (const DigestSectionItems &s : all) {
        if (s.section == which)
            return &s;
    }
    return nullptr;
}

QStringList TestDayDigest::names(const DigestSectionItems &section)
{
    QStringList out;
    for (const DigestItem &item : section.items)
        out.append(item.personName);
    return out;
}

void TestDayDigest::listsPlannedAppointmentsTodayAndInTheNextSixDays()
{
    const QString ann = person("Ann", "Able");
    const QString bob = person("Bob", "Brown");
    const QString cat = person("Cat", "Cole");
    appointment(ann, m_today, "14:00", "planned");
    appointment(bob, m_today, "09:30", "planned");
    appointment(bob, m_today, "11:00", "cancelled");
    appointment(cat, m_today.addDays(6), "10:00", "planned");
    appointment(cat, m_today.addDays(7), "10:00", "planned");
    appointment(ann, m_today.addDays(-1), "10:00", "planned");

    const auto all = digest();
    const DigestSectionItems *today = section(all, DigestSection::AppointmentsToday);
    QVERIFY(today);
    QCOMPARE(names(*today), QStringList({"Brown, Bob", "Able, Ann"}));
    QCOMPARE(today->items.first().when, m_today.toString(Qt::ISODate) + " 09:30");
    QCOMPARE(today->items.first().opens, DigestTarget::Appointments);
    QCOMPARE(today->items.first().personId, bob);
    QVERIFY(today->items.first().what.contains("Review"));
    const DigestSectionItems *week = section(all, DigestSection::AppointmentsThisWeek);
    QVERIFY(week);
    QCOMPARE(names(*week), QStringList({"Cole, Cat"}));
    QCOMPARE(week->total, 1);
}

void TestDayDigest::listsOpenActionsPastTheirDueDate()
{
    const QString ann = person("Ann", "Able");
    const QString zed = person("Zed", "Closed", "closed");
    auto action = [this](const QString &who, const QDate &due, const QString &status, const QString &text) {
        auto added = m_vault->records().add(
            who,
            Kinds::ActionItem,
            {{"description", text}, {"due_date", due.toString(Qt::ISODate)}, {"status", status}});
        QVERIFY2(added.ok(), added ? "" : qPrintable(added.error().message));
    };
    action(ann, m_today.addDays(-3), "open", "Update the CV");
    action(ann, m_today.addDays(-2), "done", "Register with the library");
    action(ann, m_today, "open", "Call the college");
    action(zed, m_today.addDays(-5), "open", "Book a course");

    const auto all = digest();
    const DigestSectionItems *overdue = section(all, DigestSection::OverdueActions);
    QVERIFY(overdue);
    QCOMPARE(overdue->total, 1);
    QCOMPARE(overdue->items.first().personId, ann);
    QVERIFY(overdue->items.first().what.contains("Update the CV"));
    QCOMPARE(overdue->items.first().when, m_today.addDays(-3).toString(Qt::ISODate));
    QCOMPARE(overdue->items.first().opens, DigestTarget::ActionPlan);
}

void TestDayDigest::listsOpenCasesWithoutANoteOrAttendedAppointmentForWeeks()
{
    const QString never = person("Nia", "Never");
    const QString recent = person("Rhys", "Recent");
    const QString old = person("Olwen", "Old");
    const QString noted = person("Ned", "Noted");
    person("Zed", "Closed", "closed");
    appointment(recent, m_today.addDays(-10), "10:00", "attended");
    appointment(old, m_today.addDays(-40), "10:00", "attended");
    // Missed is not contact, and neither is an appointment still to come.
    appointment(never, m_today.addDays(-5), "10:00", "missed");
    QVERIFY(m_vault->records().add(noted, Kinds::Note, {{"text", "Talked about the CV."}}).ok());

    const auto all = digest(4);
    const DigestSectionItems *quiet = section(all, DigestSection::NotContacted);
    QVERIFY(quiet);
    // Longest without contact first: the two added sixty days before (one with a note that day), then the one
    // whose attended appointment was forty days before.
    QCOMPARE(names(*quiet), QStringList({"Never, Nia", "Noted, Ned", "Old, Olwen"}));
    QCOMPARE(quiet->items.at(2).when, m_today.addDays(-40).toString(Qt::ISODate));
    QCOMPARE(quiet->items.at(0).opens, DigestTarget::Notes);
    QVERIFY(quiet->items.at(0).what.contains("added"));
    QVERIFY(quiet->items.at(1).what.contains("note"));
    QVERIFY(quiet->items.at(2).what.contains("appointment"));
    // Ten weeks: nobody has gone that long.
    QCOMPARE(section(digest(10), DigestSection::NotContacted)->total, 0);
}

void TestDayDigest::listsUnfinishedDraftsConflictsAndQuarantine()
{
    const QString ann = person("Ann", "Able");
    const QString bob = person("Bob", "Brown");
    FormStore forms(m_vault->database(), m_vault->audit(), m_vault->clock());
    QVERIFY(forms.saveDraft({{}, ann, "action-plan", 1, {}, "en", {}, {}, {}, {}}).ok());
    Database &db = m_vault->database();
    Statement conflict = db.prepare(
        "INSERT INTO conflicts(record_id, person_id, kind, field, kept_value, kept_hlc, other_value, other_hlc, "
        "other_device, detected_at, resolved_at) VALUES('r', ?1, 'person', 'postcode', 'a', 'h1', 'b', 'h2', 'd', "
        "'2026-11-30T10:00:00Z', ?2)");
    conflict.bind(1, bob).bindNull(2);
    QVERIFY(conflict.exec().ok());
    conflict.reset();
    conflict.bind(1, bob).bindNull(2);
    QVERIFY(conflict.exec().ok());
    conflict.reset();
    conflict.bind(1, ann).bind(2, QStringLiteral("2026-12-01T10:00:00Z"));
    QVERIFY(conflict.exec().ok());
    QVERIFY(db.exec("INSERT INTO quarantine(bundle_id, item, reason, content, received_at) "
                    "VALUES(x'01', 'vacancy 7', 'bad postcode', x'00', '2026-12-02T09:00:00Z')")
                .ok());

    auto catalogue = FormCatalogue::builtIn();
    QVERIFY(catalogue.ok());
    DayDigestOptions options;
    options.today = m_today;
    auto built = DayDigest::build(*m_vault, options, &catalogue.value());
    QVERIFY(built.ok());
    const DigestSectionItems *drafts = section(built.value(), DigestSection::UnfinishedDrafts);
    QVERIFY(drafts);
    QCOMPARE(names(*drafts), QStringList({"Able, Ann"}));
    QVERIFY2(drafts->items.first().what.contains("Action plan"), qPrintable(drafts->items.first().what));
    QCOMPARE(drafts->items.first().opens, DigestTarget::Forms);

    const DigestSectionItems *waiting = section(built.value(), DigestSection::ConflictsWaiting);
    QVERIFY(waiting);
    QCOMPARE(waiting->total, 2);
    QCOMPARE(waiting->items.at(0).personId, bob);
    QCOMPARE(waiting->items.at(0).opens, DigestTarget::Conflicts);
    QVERIFY(waiting->items.at(0).what.startsWith("2 "));
    QVERIFY(waiting->items.at(1).personId.isEmpty());
    QCOMPARE(waiting->items.at(1).opens, DigestTarget::Quarantine);
    QCOMPARE(waiting->items.at(1).when, QStringLiteral("2026-12-02"));
}

void TestDayDigest::aGpPracticeGetsNoVacanciesNorContactChasing()
{
    m_vault.reset();
    m_vault = Fixtures::create(*m_dir, QStringLiteral("practice"), VaultSetting::GpPractice);
    QVERIFY(m_vault);
    person("Ann", "Able");
    QVector<DigestSection> shown;
    for (const DigestSectionItems &s : digest())
        shown.append(s.section);
    QCOMPARE(shown, DayDigest::sectionsFor(VaultSetting::GpPractice));
    QVERIFY(!shown.contains(DigestSection::NotContacted));
    QVERIFY(!DayDigest::sectionsFor(VaultSetting::GpPractice).contains(DigestSection::NewVacancyFits));
    QVERIFY(DayDigest::sectionsFor(VaultSetting::WorkCoach).contains(DigestSection::NewVacancyFits));
    QVERIFY(shown.contains(DigestSection::AppointmentsToday));
}

void TestDayDigest::readingTheDayAuditsNoView()
{
    const QString ann = person("Ann", "Able");
    appointment(ann, m_today, "10:00", "planned");
    QVERIFY(!DayDigest::caseloadEmpty(*m_vault).value());
    const auto before = m_vault->audit().entries();
    QVERIFY(before.ok());
    QVERIFY(!section(digest(), DigestSection::AppointmentsToday)->items.isEmpty());
    const auto after = m_vault->audit().entries();
    QVERIFY(after.ok());
    QCOMPARE(after->size(), before->size());
}

void TestDayDigest::findsNewVacanciesThatFitOpenCasesOnly()
{
    const QString ann = person("Ann", "Able");
    const QString zed = person("Zed", "Closed", "closed");
    const QString bob = person("Bob", "Brown");
    for (const QString &who : {ann, zed}) {
        QVERIFY(m_vault->records().add(who, Kinds::JobGoal, {{"title", "Care assistant"}}).ok());
        for (const char *skill : {"personal care", "dementia care"})
            QVERIFY(m_vault->records()
                        .add(who, Kinds::Skill, {{"label", QString::fromLatin1(skill)}, {"source", "self_reported"}})
                        .ok());
    }
    QVERIFY(
        m_vault->records().add(bob, Kinds::Skill, {{"label", "forklift driving"}, {"source", "self_reported"}}).ok());

    Database &db = m_vault->database();
    const QString closing = m_today.addDays(30).toString(Qt::ISODate);
    auto add = [&](const QString &id, const QString &stamp) {
        Statement s = db.prepare(
            "INSERT INTO vacancies(publisher, id, title, employer, skills, postcode, outcode, hours, contract_type, "
            "closing_date, withdrawn, updated_at) VALUES('p', ?1, 'Care Assistant', 'Acme Care', "
            "'personal care;dementia care', '', '', 37.5, 'permanent', ?2, 0, ?3)");
        s.bind(1, id).bind(2, closing).bind(3, stamp);
        QVERIFY(s.exec().ok());
    };
    const QString earlier = m_today.addDays(-7).toString(Qt::ISODate) + "T09:00:00.000Z aaaaaaaa";
    const QString latest = m_today.addDays(-1).toString(Qt::ISODate) + "T09:00:00.000Z bbbbbbbb";
    add("old-1", earlier);
    add("new-1", latest);
    add("new-2", latest);

    auto fresh = NewVacancyFits::latestImport(db);
    QVERIFY(fresh.ok());
    QCOMPARE(fresh->ids, QSet<QString>({"new-1", "new-2"}));
    QCOMPARE(fresh->receivedOn, m_today.addDays(-1));

    auto context = MatchingContext::load(db, m_today);
    QVERIFY(context.ok());
    const auto profileOf = [&](const QString &id) {
        return MatchProfileBuilder(m_vault->records(), db, context.value()->normaliser()).build(id);
    };
    auto people = NewVacancyFits::candidates(db, profileOf);
    QVERIFY(people.ok());
    QCOMPARE(people->size(), 2); // the closed case is not matched
    DayDigestOptions options;
    options.today = m_today;
    const DigestSectionItems fits = NewVacancyFits::find(*context.value(), fresh.value(), people.value(), options);
    QCOMPARE(fits.section, DigestSection::NewVacancyFits);
    // Ann fits both new vacancies and the old one equally; only the new ones are news. Bob fits none.
    QCOMPARE(names(fits), QStringList({"Able, Ann", "Able, Ann"}));
    QCOMPARE(fits.items.first().opens, DigestTarget::Matches);
    QVERIFY(fits.items.first().what.contains("Care Assistant"));

    // Nothing imported since: nothing new.
    QVERIFY(NewVacancyFits::find(*context.value(), {}, people.value(), options).items.isEmpty());
}

QTEST_GUILESS_MAIN(TestDayDigest)
#include "TestDayDigest.moc"
