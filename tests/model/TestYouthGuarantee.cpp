#include "model/bundles/TrustStore.h"
#include "model/caseload/PersonReport.h"
#include "model/crypto/Minisign.h"
#include "model/demo/DemoCaseload.h"
#include "model/demo/DemoYouth.h"
#include "model/demo/SyntheticVacancies.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/Referrals.h"
#include "model/session/BundleHandlers.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "model/youth/YouthGuarantee.h"
#include "model/youth/YouthGuaranteeModel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

namespace
{
    const QDate Today = QDate::currentDate();

    QString iso(QDate date)
    {
        return date.toString(Qt::ISODate);
    }

    QStringList idsOf(const QVector<YouthEntry> &entries)
    {
        QStringList ids;
        for (const YouthEntry &entry : entries)
            ids.append(entry.personId);
        return ids;
    }

    const YouthEntry *find(const QVector<YouthEntry> &entries, const QString &personId)
    {
        for (const YouthEntry &entry : entries) {
            if (entry.personId == personId)
                return &entry;
        }
        return nullptr;
    }

    QString peerId(Vault &vault)
    {
        return Minisign::keyIdHex(Minisign::keyIdFor(vault.devicePublicKey()));
    }
} // namespace

/** The youth guarantee (model/youth, docs/youth-guarantee.md): band, due-by, status, order, offers, settings. */
class TestYouthGuarantee : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void bandEdges_data();
    void bandEdges();
    void ageCountsLeapDayBirthsFromTheFirstOfMarch();
    void dueByAndStatus_data();
    void dueByAndStatus();
    void listIsOverdueFirstThenDueSoonest();
    void closedCasesAndPeopleWithoutADateOfBirthAreLeftOut();
    void settingsMoveTheBandAndTheWeeks();
    void badSettingsAreRefusedAndChangeNothing();
    void offersAreProposedFromEachSourceAndRecordedOnlyWhenConfirmed();
    void aBadOfferIsRefusedAndNothingChanges();
    void viewingAndOffersAreAuditedWithIdsOnly();
    void countsAreTheListsCounts();
    void erasureTakesTheOffers();
    void offersTravelInCaseloadSync();
    void offersAreInTheRightOfAccessCopy();
    void offersAndActivityNeverMoveAMatchScore();
    void theModelSaysOverdueInWords();
    void theDemoHasYoungPeopleInEveryState();

private:
    QString addPerson(const QString &given, QDate born, QDate joined = {}, const QString &activity = {});
    void setActivity(const QString &person, const QString &activity, QDate since = {});
    QString offer(const QString &person, QDate on, const QString &type = QStringLiteral("job"));
    qint64 count(const char *sql) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<YouthGuarantee> m_youth;
};

void TestYouthGuarantee::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_youth = std::make_unique<YouthGuarantee>(m_vault->database(), m_vault->records(), m_vault->audit());
}

void TestYouthGuarantee::cleanup()
{
    m_youth.reset();
    m_vault.reset();
    m_dir.reset();
}

QString TestYouthGuarantee::addPerson(const QString &given, QDate born, QDate joined, const QString &activity)
{
    FieldMap fields{{"given_name", given}, {"family_name", "Jones"}};
    if (born.isValid())
        fields.insert("date_of_birth", iso(born));
    if (joined.isValid())
        fields.insert("joined_on", iso(joined));
    auto id = m_vault->records().createPerson(fields);
    if (!id) {
        qWarning() << id.error().message;
        return {};
    }
    if (!activity.isEmpty())
        setActivity(id.value(), activity);
    return id.value();
}

void TestYouthGuarantee::setActivity(const QString &person, const QString &activity, QDate since)
{
    FieldMap fields{{"activity", activity}};
    if (since.isValid())
        fields.insert("activity_since", iso(since));
    auto existing = m_vault->records().single(person, Kinds::Circumstances);
    QVERIFY(existing);
    if (existing->id.isEmpty())
        QVERIFY(m_vault->records().add(person, Kinds::Circumstances, fields));
    else
        QVERIFY(m_vault->records().update(existing->id, fields));
}

QString TestYouthGuarantee::offer(const QString &person, QDate on, const QString &type)
{
    OfferRequest request;
    request.personId = person;
    request.type = type;
    request.offeredOn = on;
    auto id = m_youth->recordOffer(request);
    if (!id)
        qWarning() << id.error().message;
    return id ? id.value() : QString();
}

qint64 TestYouthGuarantee::count(const char *sql) const
{
    return m_vault->database().scalarInteger(sql).value();
}

void TestYouthGuarantee::bandEdges_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<bool>("inBand");
    QTest::addColumn<int>("age");
    QTest::addRow("18 today") << Today.addYears(-18) << true << 18;
    QTest::addRow("18 tomorrow") << Today.addYears(-18).addDays(1) << false << 17;
    QTest::addRow("21 years and 364 days") << Today.addYears(-22).addDays(1) << true << 21;
    QTest::addRow("22 today") << Today.addYears(-22) << false << 22;
    QTest::addRow("20") << Today.addYears(-20).addDays(-100) << true << 20;
    QTest::addRow("40") << Today.addYears(-40) << false << 40;
}

void TestYouthGuarantee::bandEdges()
{
    QFETCH(QDate, born);
    QFETCH(bool, inBand);
    QFETCH(int, age);
    // 29 February birthdays have their own test; keep the data days ordinary.
    QVERIFY(!(born.month() == 2 && born.day() == 29));
    const QString person = addPerson("Cai", born);
    QVERIFY(!person.isEmpty());
    QCOMPARE(YouthGuarantee::ageOn(born, Today), age);
    auto list = m_youth->list(Today);
    QVERIFY(list);
    QCOMPARE(find(list.value(), person) != nullptr, inBand);
    if (inBand)
        QCOMPARE(find(list.value(), person)->age, age);
}

void TestYouthGuarantee::ageCountsLeapDayBirthsFromTheFirstOfMarch()
{
    const QDate born(2004, 2, 29);
    QCOMPARE(YouthGuarantee::ageOn(born, QDate(2022, 2, 28)), 17);
    QCOMPARE(YouthGuarantee::ageOn(born, QDate(2022, 3, 1)), 18);
    QCOMPARE(YouthGuarantee::ageOn(born, QDate(2024, 2, 29)), 20);
    QCOMPARE(YouthGuarantee::birthday(born, 18), QDate(2022, 3, 1));
    QCOMPARE(YouthGuarantee::birthday(born, 20), QDate(2024, 2, 29));
    const QString person = addPerson("Nia", born);
    QVERIFY(!find(m_youth->list(QDate(2022, 2, 28)).value(), person));
    QVERIFY(find(m_youth->list(QDate(2022, 3, 1)).value(), person));
    // 22 on 1 March 2026: 21 the day before.
    QVERIFY(find(m_youth->list(QDate(2026, 2, 28)).value(), person));
    QVERIFY(!find(m_youth->list(QDate(2026, 3, 1)).value(), person));
}

void TestYouthGuarantee::dueByAndStatus_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QDate>("joined");
    QTest::addColumn<QString>("activity");
    QTest::addColumn<QDate>("offered");
    QTest::addColumn<QDate>("asAt");
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("daysOverdue");

    const QDate born(2005, 6, 10); // 18 on 2023-06-10
    const QDate joined(2025, 1, 6);
    const QDate due = joined.addDays(7 * YouthSettings::DefaultWeeks);
    const auto S = [](YouthStatus s) { return int(s); };
    QTest::addRow("joined after turning 18: counts from joining")
        << born << joined << "neet" << QDate() << joined << joined << S(YouthStatus::NotYetDue) << 0;
    QTest::addRow("on the due-by day: not yet due")
        << born << joined << "neet" << QDate() << due << joined << S(YouthStatus::NotYetDue) << 0;
    QTest::addRow("a day after: overdue by one")
        << born << joined << "neet" << QDate() << due.addDays(1) << joined << S(YouthStatus::Overdue) << 1;
    QTest::addRow("a month after: overdue by 30")
        << born << joined << "neet" << QDate() << due.addDays(30) << joined << S(YouthStatus::Overdue) << 30;
    QTest::addRow("activity not recorded counts as needing an offer")
        << born << joined << "" << QDate() << due.addDays(2) << joined << S(YouthStatus::Overdue) << 2;
    QTest::addRow("offer on the due-by day is in time")
        << born << joined << "neet" << due << due.addDays(40) << joined << S(YouthStatus::OfferedInTime) << 0;
    QTest::addRow("offer a day late") << born << joined << "neet" << due.addDays(1) << due.addDays(40) << joined
                                      << S(YouthStatus::OfferedLate) << 0;
    QTest::addRow("offer before joining does not meet it")
        << born << joined << "neet" << joined.addDays(-1) << due.addDays(3) << joined << S(YouthStatus::Overdue) << 3;
    QTest::addRow("in education, no offer")
        << born << joined << "education" << QDate() << due.addDays(90) << joined << S(YouthStatus::NotNeet) << 0;
    QTest::addRow("in work after an offer in time") << born << joined << "work" << joined.addDays(10) << due.addDays(90)
                                                    << joined << S(YouthStatus::OfferedInTime) << 0;
    const QDate youngBorn(2007, 3, 15); // 18 on 2025-03-15, after joining
    QTest::addRow("turned 18 after joining: counts from the birthday")
        << youngBorn << joined << "neet" << QDate() << QDate(2025, 3, 15) << QDate(2025, 3, 15)
        << S(YouthStatus::NotYetDue) << 0;
}

void TestYouthGuarantee::dueByAndStatus()
{
    QFETCH(QDate, born);
    QFETCH(QDate, joined);
    QFETCH(QString, activity);
    QFETCH(QDate, offered);
    QFETCH(QDate, asAt);
    QFETCH(QDate, start);
    QFETCH(int, status);
    QFETCH(int, daysOverdue);

    // The rule itself, and the same through the vault.
    YouthEntry entry;
    entry.dateOfBirth = born;
    entry.joinedCaseload = joined;
    entry.activity = activity;
    QVector<YouthOfferSeen> offers;
    if (offered.isValid())
        offers.append({offered, "job"});
    YouthGuarantee::evaluate(entry, YouthSettings{}, offers, asAt);
    QCOMPARE(entry.start, start);
    QCOMPARE(entry.dueBy, start.addDays(7 * YouthSettings::DefaultWeeks));
    QCOMPARE(int(entry.status), status);
    QCOMPARE(entry.daysOverdue(asAt), daysOverdue);

    const QString person = addPerson("Cai", born, joined, activity);
    if (offered.isValid())
        QVERIFY(!offer(person, offered).isEmpty());
    auto list = m_youth->list(asAt);
    QVERIFY(list);
    const YouthEntry *stored = find(list.value(), person);
    QVERIFY(stored);
    QCOMPARE(stored->start, start);
    QCOMPARE(stored->dueBy, entry.dueBy);
    QCOMPARE(int(stored->status), status);
    QCOMPARE(stored->offeredOn, entry.offeredOn);
}

void TestYouthGuarantee::listIsOverdueFirstThenDueSoonest()
{
    const QDate born = Today.addYears(-19);
    const int weeks = YouthSettings::DefaultWeeks;
    // Due-by dates relative to today: overdue people by how long, then those still to come by how soon.
    const QString overdueLittle = addPerson("A", born, Today.addDays(-7 * weeks - 3), "neet");
    const QString overdueLong = addPerson("B", born, Today.addDays(-7 * weeks - 90), "neet");
    const QString dueLater = addPerson("C", born, Today.addDays(-10), "neet");
    const QString dueSoon = addPerson("D", born, Today.addDays(-7 * weeks + 2), "neet");
    const QString inWork = addPerson("E", born, Today.addDays(-7 * weeks - 200), "work");
    const QString offered = addPerson("F", born, Today.addDays(-30), "neet");
    QVERIFY(!offer(offered, Today.addDays(-5)).isEmpty());
    const QString late = addPerson("G", born, Today.addDays(-7 * weeks - 50), "neet");
    QVERIFY(!offer(late, Today.addDays(-1)).isEmpty());

    auto list = m_youth->list(Today);
    QVERIFY(list);
    QCOMPARE(idsOf(list.value()), (QStringList{overdueLong, overdueLittle, dueSoon, dueLater, late, offered, inWork}));
    QCOMPARE(list->first().daysOverdue(Today), 90);
}

void TestYouthGuarantee::closedCasesAndPeopleWithoutADateOfBirthAreLeftOut()
{
    const QString open = addPerson("Open", Today.addYears(-19));
    const QString closed = addPerson("Closed", Today.addYears(-19));
    QVERIFY(m_vault->records().update(closed, {{"status", "closed"}}));
    addPerson("Unknown", QDate());
    QCOMPARE(idsOf(m_youth->list(Today).value()), QStringList{open});
}

void TestYouthGuarantee::settingsMoveTheBandAndTheWeeks()
{
    QCOMPARE(m_youth->settings().value(), YouthSettings{});
    const QString twentyThree = addPerson("Owain", Today.addYears(-23), Today.addDays(-20), "neet");
    const QString nineteen = addPerson("Lowri", Today.addYears(-19), Today.addDays(-20), "neet");
    QCOMPARE(idsOf(m_youth->list(Today).value()), QStringList{nineteen});
    QCOMPARE(int(m_youth->list(Today)->first().status), int(YouthStatus::NotYetDue));

    QVERIFY(m_youth->setSettings({16, 24, 2}));
    QCOMPARE(m_youth->settings().value(), (YouthSettings{16, 24, 2}));
    auto list = m_youth->list(Today);
    QCOMPARE(list->size(), 2);
    // Two weeks from joining 20 days ago: both are now overdue by six days.
    for (const YouthEntry &entry : list.value()) {
        QCOMPARE(int(entry.status), int(YouthStatus::Overdue));
        QCOMPARE(entry.daysOverdue(Today), 6);
    }
    QVERIFY(find(list.value(), twentyThree));

    // Kept in the vault: a new reader sees the same.
    YouthGuarantee again(m_vault->database(), m_vault->records(), m_vault->audit());
    QCOMPARE(again.settings().value(), (YouthSettings{16, 24, 2}));
}

void TestYouthGuarantee::badSettingsAreRefusedAndChangeNothing()
{
    QVERIFY(m_youth->setSettings({17, 22, 10}));
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    for (const YouthSettings &bad : {YouthSettings{21, 18, 10},
                                     YouthSettings{10, 21, 10},
                                     YouthSettings{18, 40, 10},
                                     YouthSettings{18, 21, 0},
                                     YouthSettings{18, 21, 500}}) {
        const Status refused = m_youth->setSettings(bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY(!refused.error().message.isEmpty());
    }
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QCOMPARE(m_youth->settings().value(), (YouthSettings{17, 22, 10}));
}

void TestYouthGuarantee::offersAreProposedFromEachSourceAndRecordedOnlyWhenConfirmed()
{
    const QString person = addPerson("Dylan", Today.addYears(-19), Today.addDays(-40), "neet");
    const QString other = addPerson("Ffion", Today.addYears(-19), Today.addDays(-40), "neet");

    // A plan action, a referral to a training place, and a shortlisted vacancy.
    const QString action =
        m_vault->records()
            .add(person,
                 Kinds::ActionItem,
                 {{"description", "Apply for the apprenticeship at Cardiff Bus"}, {"status", "open"}})
            .value();
    PartnerDirectory directory(m_vault->database(), m_vault->audit());
    Partner college;
    college.name = "Coleg Caerdydd";
    college.kind = "college";
    college.services = {"training", "food"};
    college.consentNeeded = false;
    const QString partner = directory.addOwn(college).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), directory);
    ReferralRequest asked;
    asked.personId = person;
    asked.partnerId = partner;
    asked.service = "training";
    asked.referredOn = Today.addDays(-10);
    const QString referral = referrals.refer(asked).value();
    QVERIFY(referrals.recordOutcome(referral, "offered", Today.addDays(-3)));
    ReferralRequest food = asked;
    food.service = "food"; // not an offer of work, education or training: never proposed
    QVERIFY(referrals.refer(food));
    SuggestionHistory history(m_vault->database(), m_vault->audit());
    SuggestionShown shown;
    shown.tool = QString(SuggestionHistory::ToolMatching);
    shown.kind = "vacancy";
    shown.subject = "v42";
    shown.reference = "v42";
    shown.label = "Warehouse operative";
    shown.detail = "Tŷ Storfa";
    QVERIFY(history.recordDecision(person, shown, SuggestionHistory::DecisionShortlisted));

    const qint64 offersBefore = count("SELECT count(*) FROM records WHERE kind = 'offer'");
    auto candidates = m_youth->candidates(person);
    QVERIFY(candidates);
    QCOMPARE(count("SELECT count(*) FROM records WHERE kind = 'offer'"), offersBefore); // proposing records nothing
    QCOMPARE(offersBefore, 0);
    QMap<QString, OfferCandidate> bySource;
    for (const OfferCandidate &c : candidates.value())
        bySource.insert(c.source + ':' + c.sourceId, c);
    // The referral's own plan action is proposed once, as the referral; the food referral not at all.
    QCOMPARE(bySource.keys(), (QStringList{"plan:" + action, "referral:" + referral, "shortlist:v42"}));
    QCOMPARE(bySource.value("plan:" + action).type, QStringLiteral("apprenticeship"));
    QCOMPARE(bySource.value("referral:" + referral).type, QStringLiteral("training"));
    QCOMPARE(bySource.value("referral:" + referral).date, Today.addDays(-3));
    QCOMPARE(bySource.value("shortlist:v42").type, QStringLiteral("job"));
    QVERIFY(bySource.value("shortlist:v42").description.contains("Warehouse operative"));
    QVERIFY(m_youth->candidates(other)->isEmpty());

    // The coach confirms each; what is recorded keeps its source.
    for (const OfferCandidate &c : candidates.value()) {
        OfferRequest request;
        request.personId = person;
        request.type = c.type;
        request.offeredOn = c.date.isValid() ? c.date : Today;
        request.source = c.source;
        request.sourceId = c.sourceId;
        request.description = c.description;
        auto id = m_youth->recordOffer(request);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        auto stored = m_vault->records().get(id.value());
        QCOMPARE(stored->kind, Kinds::Offer);
        QCOMPARE(stored->value("source"), c.source);
        QCOMPARE(stored->value("source_id"), c.sourceId);
    }
    QCOMPARE(m_youth->offers(person)->size(), 3);
    // Once recorded they are no longer proposed.
    QVERIFY(m_youth->candidates(person)->isEmpty());
    const auto listed = m_youth->list(Today);
    const YouthEntry *entry = find(listed.value(), person);
    QCOMPARE(entry->offers, 3);
    QCOMPARE(int(entry->status), int(YouthStatus::OfferedInTime));

    // By hand, from somewhere else.
    OfferRequest byHand;
    byHand.personId = other;
    byHand.type = "work_experience";
    byHand.offeredOn = Today;
    byHand.description = "Two weeks at the council depot";
    byHand.outcome = "accepted";
    QVERIFY(m_youth->recordOffer(byHand));
    QCOMPARE(int(find(m_youth->list(Today).value(), other)->status), int(YouthStatus::OfferedInTime));
}

void TestYouthGuarantee::aBadOfferIsRefusedAndNothingChanges()
{
    const QString person = addPerson("Dylan", Today.addYears(-19));
    const QString other = addPerson("Ffion", Today.addYears(-19));
    const QString othersAction =
        m_vault->records().add(other, Kinds::ActionItem, {{"description", "CV"}, {"status", "open"}}).value();
    const QByteArray before = Fixtures::databaseDigest(*m_vault);

    OfferRequest good;
    good.personId = person;
    good.type = "job";
    good.offeredOn = Today;
    const auto refusedFor = [&](OfferRequest request, const char *field) {
        auto result = m_youth->recordOffer(request);
        return !result && result.error().fieldProblems.contains(QLatin1String(field)) &&
               !result.error().message.isEmpty();
    };
    OfferRequest r = good;
    r.type = "holiday";
    QVERIFY(refusedFor(r, "type"));
    r = good;
    r.offeredOn = Today.addDays(1);
    QVERIFY(refusedFor(r, "offered_on"));
    r = good;
    r.offeredOn = QDate();
    QVERIFY(refusedFor(r, "offered_on"));
    r = good;
    r.source = "rumour";
    QVERIFY(refusedFor(r, "source"));
    r = good;
    r.source = "plan";
    QVERIFY(refusedFor(r, "source_id"));
    r.sourceId = othersAction; // another person's action
    QVERIFY(refusedFor(r, "source_id"));
    r = good;
    r.source = "referral";
    r.sourceId = othersAction; // not a referral
    QVERIFY(refusedFor(r, "source_id"));
    r = good;
    r.outcome = "maybe";
    QVERIFY(refusedFor(r, "outcome"));
    r = good;
    r.personId = "nobody";
    QCOMPARE(m_youth->recordOffer(r).error().code, ErrorCode::NotFound);
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestYouthGuarantee::viewingAndOffersAreAuditedWithIdsOnly()
{
    const QString person = addPerson("Gwenllian", Today.addYears(-20), Today.addDays(-400), "neet");
    auto list = m_youth->list(Today);
    QVERIFY(m_youth->recordViewed(list.value()));
    OfferRequest request;
    request.personId = person;
    request.type = "training";
    request.offeredOn = Today;
    request.description = "Gwenllian's forklift course at Pontypridd";
    const QString offerId = m_youth->recordOffer(request).value();
    QVERIFY(m_youth->setSettings({18, 24, 12}));

    auto entries = m_vault->audit().entries();
    QVERIFY(entries);
    bool viewed = false;
    bool offered = false;
    bool settings = false;
    for (const AuditEntry &entry : entries.value()) {
        QVERIFY(!entry.detail.contains("Gwenllian"));
        QVERIFY(!entry.object.contains("Gwenllian"));
        QVERIFY(!entry.detail.contains("forklift"));
        if (entry.action == AuditAction::YouthGuaranteeViewed) {
            viewed = true;
            QVERIFY(entry.object.isEmpty());
            QCOMPARE(entry.detail, QStringLiteral("people=1 overdue=1"));
        }
        if (entry.action == AuditAction::YouthOfferRecorded) {
            offered = true;
            QCOMPARE(entry.object, person);
            QCOMPARE(entry.detail, "offer=" + offerId + " source=other");
        }
        if (entry.action == AuditAction::YouthSettingsChanged) {
            settings = true;
            QCOMPARE(entry.detail, QStringLiteral("min_age=18 max_age=24 weeks=12"));
        }
    }
    QVERIFY(viewed && offered && settings);
    // Listing alone writes nothing: the view audits once when shown.
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    QVERIFY(m_youth->list(Today));
    QVERIFY(m_youth->counts(Today));
    QVERIFY(m_youth->candidates(person));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestYouthGuarantee::countsAreTheListsCounts()
{
    const QDate born = Today.addYears(-19);
    const int weeks = YouthSettings::DefaultWeeks;
    addPerson("A", born, Today.addDays(-7 * weeks - 3), "neet");        // overdue
    addPerson("B", born, Today.addDays(-7 * weeks - 9));                // overdue, activity not recorded
    addPerson("C", born, Today.addDays(-3), "neet");                    // not yet due
    addPerson("D", born, Today.addDays(-3), "education");               // not NEET
    const QString e = addPerson("E", born, Today.addDays(-20), "neet"); // in time
    const QString f = addPerson("F", born, Today.addDays(-7 * weeks - 30), "training"); // late, now training
    addPerson("Z", Today.addYears(-30), Today.addDays(-400), "neet");                   // outside the band
    QVERIFY(!offer(e, Today.addDays(-2)).isEmpty());
    QVERIFY(!offer(f, Today.addDays(-1)).isEmpty());

    auto counts = m_youth->counts(Today);
    QVERIFY(counts);
    YouthCounts expected;
    expected.inBand = 6;
    expected.neet = 4;
    expected.overdue = 2;
    expected.notYetDue = 1;
    expected.offeredInTime = 1;
    expected.offeredLate = 1;
    QCOMPARE(counts.value(), expected);
}

void TestYouthGuarantee::erasureTakesTheOffers()
{
    const QString person = addPerson("Dylan", Today.addYears(-19), Today.addDays(-10), "neet");
    QVERIFY(!offer(person, Today).isEmpty());
    QCOMPARE(count("SELECT count(*) FROM records WHERE kind = 'offer'"), 1);
    QVERIFY(m_vault->records().erasePerson(person));
    QCOMPARE(count("SELECT count(*) FROM records WHERE kind = 'offer'"), 0);
    QCOMPARE(count("SELECT count(*) FROM records WHERE person_id IN (SELECT person_id FROM person_erasures)"), 0);
    QVERIFY(m_youth->list(Today)->isEmpty());
    QVERIFY(m_youth->offers(person)->isEmpty());
}

void TestYouthGuarantee::offersTravelInCaseloadSync()
{
    auto coach = Fixtures::create(*m_dir, "coach2");
    for (auto [from, to] : {std::pair<Vault *, Vault *>{m_vault.get(), coach.get()},
                            std::pair<Vault *, Vault *>{coach.get(), m_vault.get()}}) {
        const QByteArray key = from->devicePublicKey();
        CaseloadSync sync(*to);
        QVERIFY(sync.addPeer(
            {Minisign::keyIdFor(key), key}, from->ownerName(), from->setting(), Minisign::fingerprint(key)));
    }
    const QString person = addPerson("Dylan", Today.addYears(-19), Today.addDays(-10), "neet");
    QVERIFY(!offer(person, Today.addDays(-1), "apprenticeship").isEmpty());

    auto bundle = CaseloadSync(*m_vault).exportFor(peerId(*coach));
    QVERIFY(bundle);
    auto imported = BundleHandlers::makeImporter(*coach)->importBytes(bundle.value());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    YouthGuarantee there(coach->database(), coach->records(), coach->audit());
    auto offers = there.offers(person);
    QVERIFY(offers);
    QCOMPARE(offers->size(), 1);
    QCOMPARE(offers->first().value("type"), QStringLiteral("apprenticeship"));
    // The other device sees the same status, from the same dates.
    const auto listed = there.list(Today);
    const YouthEntry *entry = find(listed.value(), person);
    QVERIFY(entry);
    QCOMPARE(entry->activity, QStringLiteral("neet"));
    QCOMPARE(int(entry->status), int(YouthStatus::OfferedInTime));
    QCOMPARE(entry->start, Today.addDays(-10));
}

void TestYouthGuarantee::offersAreInTheRightOfAccessCopy()
{
    const QString person = addPerson("Dylan", Today.addYears(-19), Today.addDays(-10), "neet");
    OfferRequest request;
    request.personId = person;
    request.type = "training";
    request.offeredOn = Today;
    request.description = "Level 2 construction course";
    QVERIFY(m_youth->recordOffer(request));
    auto report = PersonReport::build(*m_vault, person);
    QVERIFY(report);
    const QString html = report->toHtml();
    QVERIFY(html.contains("<section id=\"offer\">"));
    QVERIFY(html.contains("Level 2 construction course"));
    QVERIFY(html.contains("A training place"));
    QVERIFY(html.contains("Not in work, education or training"));
}

void TestYouthGuarantee::offersAndActivityNeverMoveAMatchScore()
{
    const QDate asAt(2026, 11, 1);
    auto taxonomy = std::make_shared<const Taxonomy>(Taxonomy::builtIn().value());
    const auto context = MatchingContext::fromVacancies(taxonomy, SyntheticVacancies::generate(1500, 7, asAt), asAt);
    RecordStore &records = m_vault->records();
    const QString person = addPerson("Aled", Today.addYears(-19), Today.addDays(-200));
    for (const char *skill : {"forklift licence", "order picking", "stock control", "customer service"})
        QVERIFY(records.add(person, Kinds::Skill, {{"label", skill}, {"source", "self_reported"}}));
    QVERIFY(records.add(person, Kinds::JobGoal, {{"title", "Warehouse Operative"}}));
    QVERIFY(records.add(person, Kinds::WorkHistory, {{"job_title", "Retail Assistant"}}));
    QVERIFY(records.add(person, Kinds::Circumstances, {{"hours_available", "30"}}));
    const MatchProfileBuilder builder(records, m_vault->database(), context->normaliser());
    MatchOptions options;
    options.top = 200;
    const auto scores = [&] {
        QStringList out;
        for (const MatchResult &r : context->matcher().rank(builder.build(person).value(), options))
            out.append(QString::number(r.vacancy) + '@' + QString::number(r.score, 'g', 17));
        return out;
    };
    const QStringList before = scores();
    QVERIFY(!before.isEmpty());

    setActivity(person, "neet", Today.addDays(-60));
    QCOMPARE(scores(), before);
    for (const char *type : {"job", "apprenticeship", "training", "work_experience"})
        QVERIFY(!offer(person, Today.addDays(-1), QString::fromLatin1(type)).isEmpty());
    QCOMPARE(scores(), before);
    setActivity(person, "apprenticeship", Today);
    QVERIFY(records.update(person, {{"joined_on", iso(Today.addDays(-20))}}));
    QCOMPARE(scores(), before);

    // The control: a field matching reads does move it, so the comparisons above could fail.
    const QString circumstances = records.single(person, Kinds::Circumstances)->id;
    QVERIFY(records.update(circumstances, {{"hours_available", "4"}}));
    QVERIFY(scores() != before);
}

void TestYouthGuarantee::theModelSaysOverdueInWords()
{
    const int weeks = YouthSettings::DefaultWeeks;
    addPerson("A", Today.addYears(-19), Today.addDays(-7 * weeks - 12), "neet");
    addPerson("B", Today.addYears(-19), Today.addDays(-2), "neet");
    YouthGuaranteeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(m_youth->list(Today).value(), Today);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex overdue = model.index(0, YouthGuaranteeModel::StatusColumn);
    // "day(s)" until the English translation gives the plural its forms.
    QVERIFY(overdue.data().toString().startsWith(QStringLiteral("Overdue by 12 day")));
    QVERIFY(overdue.data(YouthGuaranteeModel::OverdueRole).toBool());
    QVERIFY(model.index(1, YouthGuaranteeModel::StatusColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Not yet due: %1 day").arg(7 * weeks - 2)));
    QVERIFY(!model.index(1, 0).data(YouthGuaranteeModel::OverdueRole).toBool());
    QCOMPARE(model.index(0, YouthGuaranteeModel::ActivityColumn).data().toString(),
             QStringLiteral("Not in work, education or training"));
    QCOMPARE(model.index(0, YouthGuaranteeModel::OfferColumn).data().toString(), QStringLiteral("None yet"));
    QCOMPARE(model.index(0, 0).data(YouthGuaranteeModel::PersonIdRole).toString(), model.entries().first().personId);
}

void TestYouthGuarantee::theDemoHasYoungPeopleInEveryState()
{
    QVERIFY(DemoCaseload::generate(*m_vault, 30, 5));
    QVERIFY(DemoYouth::generate(*m_vault, 5));
    auto list = m_youth->list(Today);
    QVERIFY(list);
    const YouthCounts counts = YouthGuarantee::countsOf(list.value());
    QVERIFY(counts.overdue >= 2);
    QVERIFY(counts.notYetDue >= 2);
    QVERIFY(counts.offeredInTime >= 2);
    QVERIFY(counts.offeredLate >= 1);
    QVERIFY(counts.inBand - counts.neet >= 2); // some in education, work or training
    QCOMPARE(int(list->first().status), int(YouthStatus::Overdue));
    // Some NEET for a while, with the day it began.
    int neetSince = 0;
    for (const YouthEntry &entry : list.value())
        neetSince += entry.activity == QLatin1String("neet") && entry.activitySince.isValid() ? 1 : 0;
    QVERIFY(neetSince >= 4);
}

QTEST_GUILESS_MAIN(TestYouthGuarantee)
#include "TestYouthGuarantee.moc"
