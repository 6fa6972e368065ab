#include "model/demo/DemoCaseload.h"
#include "model/demo/DemoEmployers.h"
#include "model/demo/DemoYouth.h"
#include "model/employers/EmployerCounts.h"
#include "model/employers/EmployerDirectory.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/Referrals.h"
#include "model/reports/AggregateReport.h"
#include "model/reports/AggregateTable.h"
#include "model/reports/EmployerTables.h"
#include "model/reports/ReportTables.h"
#include "model/reports/YouthTables.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/youth/YouthGuarantee.h"

#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"
#include "../support/SuppressionAudit.h"

namespace
{
    using State = AggregateTable::CellState;

    AggregateTable tableOf(const QVector<QVector<qint64>> &counts)
    {
        AggregateTable t;
        t.key = "test.table";
        for (int r = 0; r < counts.size(); ++r) {
            for (int c = 0; c < counts[r].size(); ++c)
                t.add(QString::number(r),
                      QStringLiteral("row %1").arg(r),
                      QString::number(c),
                      QStringLiteral("column %1").arg(c),
                      counts[r][c]);
        }
        return t;
    }

    int suppressedIn(const AggregateTable &t, int row)
    {
        int n = 0;
        for (int c = 0; c <= t.columnCount(); ++c)
            n += t.shown(row, c) ? 0 : 1;
        return n;
    }
} // namespace

/** Aggregate tables, small-number suppression and the report built from a vault (model/reports, docs/reports.md). */
class TestAggregateReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tablesKeepTotalsByKey();
    void smallCountsAreShownAsFewerThanFive_data();
    void smallCountsAreShownAsFewerThanFive();
    void aLoneSmallCellInARowHidesAnotherInIt();
    void aRowOfOnesBehindAShownTotalIsProtected();
    void totalsUnderFiveAreHidden();
    void noSuppressedEntryCanBeWorkedOutInRandomTables();
    void theAuditFindsALeakWhenThereIsOne();
    void outreachAndReferralsAreCountedByStableKeys();
    void aCaseloadBuiltToTemptItIdentifiesNoOne();
    void everyFormStatesTheRuleAndShowsOnlyWhatIsAllowed();
    void csvIsDefused();
    void theYouthTableSplitsTheBandByStatus();
    void theEmployerTablesCountEngagementsAndOutcomesByMonth();
    void buildingIsAuditedWithoutLabelsOrCounts();

private:
    QString addPartner(const QString &name);
    QString addPerson(const QString &given);
    void addSession(const QString &venue, const QString &partner, QDate on, int seenNew, int seenReturning);
    QString refer(const QString &person, const QString &partner, const QString &outcome);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<PartnerDirectory> m_directory;
    QDate m_month;
};

void TestAggregateReport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestAggregateReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_directory = std::make_unique<PartnerDirectory>(m_vault->database(), m_vault->audit());
    const QDate today = QDate::currentDate();
    m_month = QDate(today.year(), today.month(), 1).addMonths(-2);
}

void TestAggregateReport::cleanup()
{
    m_directory.reset();
    m_vault.reset();
    m_dir.reset();
}

QString TestAggregateReport::addPartner(const QString &name)
{
    Partner p;
    p.name = name;
    p.kind = "charity";
    p.services = {"cv_help", "digital_skills"};
    p.languages = {"en"};
    p.consentNeeded = false;
    auto id = m_directory->addOwn(p);
    return id ? id.value() : QString();
}

QString TestAggregateReport::addPerson(const QString &given)
{
    auto id = m_vault->records().createPerson({{"given_name", given}, {"family_name", "Prosser"}});
    return id ? id.value() : QString();
}

void TestAggregateReport::addSession(
    const QString &venue, const QString &partner, QDate on, int seenNew, int seenReturning)
{
    OutreachSessions sessions(m_vault->database(), m_vault->audit());
    OutreachSession s;
    s.venue = venue;
    s.partnerId = partner;
    s.heldOn = on;
    s.hours = 2;
    s.seenNew = seenNew;
    s.seenReturning = seenReturning;
    QVERIFY(sessions.record(s));
}

QString TestAggregateReport::refer(const QString &person, const QString &partner, const QString &outcome)
{
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    ReferralRequest request;
    request.personId = person;
    request.partnerId = partner;
    request.service = "cv_help";
    request.referredOn = m_month.addDays(3);
    request.addToPlan = false;
    auto id = referrals.refer(request);
    if (!id)
        return {};
    if (outcome != "referred" && !referrals.recordOutcome(id.value(), outcome, m_month.addDays(5)))
        return {};
    return id.value();
}

void TestAggregateReport::tablesKeepTotalsByKey()
{
    AggregateTable t;
    t.add("b", "Bee", "x", "Ex", 3);
    t.add("a", "Ay", "y", "Why", 7);
    t.add("b", "ignored label", "y", "ignored", 2);
    QCOMPARE(t.rowCount(), 2);
    QCOMPARE(t.columnCount(), 2);
    QCOMPARE(t.rowLabel(t.rowIndex("b")), QString("Bee"));
    QCOMPARE(t.value(t.rowIndex("b"), 2), qint64(5));
    QCOMPARE(t.value(2, t.columnIndex("y")), qint64(9));
    QCOMPARE(t.value(2, 2), qint64(12));
    t.sortRowsByKey();
    QCOMPARE(t.rowKeys(), QStringList({"a", "b"}));
    QCOMPARE(t.count(1, t.columnIndex("x")), qint64(3));
}

void TestAggregateReport::smallCountsAreShownAsFewerThanFive_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<bool>("shown");
    QTest::addRow("zero is shown") << qint64(0) << true;
    QTest::addRow("one") << qint64(1) << false;
    QTest::addRow("four") << qint64(4) << false;
    QTest::addRow("five is shown") << qint64(5) << true;
    QTest::addRow("many") << qint64(120) << true;
}

void TestAggregateReport::smallCountsAreShownAsFewerThanFive()
{
    QFETCH(qint64, count);
    QFETCH(bool, shown);
    // The cell alone in a table of large counts elsewhere.
    AggregateTable t = tableOf({{count, 50, 60}, {40, 70, 80}, {45, 55, 65}});
    t.suppress();
    QCOMPARE(t.shown(0, 0), shown);
    if (!shown) {
        QCOMPARE(t.state(0, 0), State::Small);
        QCOMPARE(t.text(0, 0), AggregateTable::smallText());
        QCOMPARE(t.shownValue(0, 0), qint64(-1));
    } else {
        QCOMPARE(t.shownValue(0, 0), count);
    }
    QVERIFY2(SuppressionAudit::firstLeak(t).isEmpty(), qPrintable(SuppressionAudit::firstLeak(t)));
}

void TestAggregateReport::aLoneSmallCellInARowHidesAnotherInIt()
{
    // A row of 5 with one cell of 1: showing the 4 and the total would give the 1 away.
    AggregateTable t = tableOf({{1, 4, 0}, {20, 30, 40}, {25, 35, 45}});
    t.suppress();
    QCOMPARE(t.state(0, 0), State::Small);
    QVERIFY(!t.shown(0, 1));
    QVERIFY(suppressedIn(t, 0) >= 2);
    for (int row = 0; row <= t.rowCount(); ++row)
        QVERIFY(suppressedIn(t, row) != 1);
    QVERIFY2(SuppressionAudit::firstLeak(t).isEmpty(), qPrintable(SuppressionAudit::firstLeak(t)));
    // The smallest other non-zero count goes: the 20 below the 1, not the 40.
    QCOMPARE(t.state(1, 0), State::Withheld);
    QVERIFY(t.shown(1, 2));
}

void TestAggregateReport::aRowOfOnesBehindAShownTotalIsProtected()
{
    // Two hidden ones in a row whose total is shown would be known exactly (each is at least 1).
    AggregateTable t = tableOf({{1, 1, 30}, {1, 1, 40}, {30, 20, 10}});
    t.suppress();
    QVERIFY2(SuppressionAudit::firstLeak(t).isEmpty(), qPrintable(SuppressionAudit::firstLeak(t)));
    QVERIFY(suppressedIn(t, 0) >= 3);
}

void TestAggregateReport::totalsUnderFiveAreHidden()
{
    AggregateTable t = tableOf({{1, 0}, {2, 0}, {30, 40}});
    t.suppress();
    QCOMPARE(t.state(0, 2), State::Small); // the row total 1
    QCOMPARE(t.state(1, 2), State::Small);
    QVERIFY(t.shown(0, 1)); // zero is shown
    QVERIFY2(SuppressionAudit::firstLeak(t).isEmpty(), qPrintable(SuppressionAudit::firstLeak(t)));

    AggregateTable tiny = tableOf({{3}});
    tiny.suppress();
    for (int r = 0; r <= 1; ++r) {
        for (int c = 0; c <= 1; ++c)
            QCOMPARE(tiny.state(r, c), State::Small);
    }
}

void TestAggregateReport::noSuppressedEntryCanBeWorkedOutInRandomTables()
{
    QRandomGenerator random(15'04);
    int withSuppression = 0;
    for (int round = 0; round < 400; ++round) {
        const int rows = 1 + int(random.bounded(4));
        const int columns = 1 + int(random.bounded(4));
        QVector<QVector<qint64>> counts(rows, QVector<qint64>(columns));
        for (auto &row : counts) {
            for (qint64 &cell : row) {
                const int kind = int(random.bounded(10));
                cell = kind < 3 ? 0 : kind < 7 ? 1 + random.bounded(4) : 5 + random.bounded(12);
            }
        }
        AggregateTable t = tableOf(counts);
        t.suppress();
        bool any = false;
        for (int r = 0; r <= rows; ++r) {
            for (int c = 0; c <= columns; ++c)
                any = any || !t.shown(r, c);
        }
        withSuppression += any ? 1 : 0;
        const QString leak = SuppressionAudit::firstLeak(t);
        QVERIFY2(leak.isEmpty(), qPrintable(QStringLiteral("round %1: %2").arg(round).arg(leak)));
    }
    QVERIFY(withSuppression > 300);
}

void TestAggregateReport::theAuditFindsALeakWhenThereIsOne()
{
    // Without suppress(), the 1 is shown; with only the 1 hidden (no secondary), it is the total minus the rest.
    AggregateTable t = tableOf({{1, 20}, {30, 40}});
    QVERIFY(!SuppressionAudit::firstLeak(t).isEmpty());
    t.suppress();
    QVERIFY(SuppressionAudit::firstLeak(t).isEmpty());
}

void TestAggregateReport::outreachAndReferralsAreCountedByStableKeys()
{
    const QString hub = addPartner("Digital Hub");
    addSession("Central Library", hub, m_month.addDays(1), 6, 2);
    addSession("central  library", hub, m_month.addDays(2), 1, 3);
    addSession("Church Hall", {}, m_month.addMonths(1).addDays(1), 10, 0);
    addSession("Church Hall", {}, m_month.addMonths(-1), 10, 0); // before the period
    const QString a = addPerson("Aled");
    const QString b = addPerson("Bethan");
    QVERIFY(!refer(a, hub, "started").isEmpty());
    QVERIFY(!refer(b, hub, "declined").isEmpty());

    auto raw = ReportBuilder::standard(*m_vault).buildRaw(m_month, m_month.addMonths(2).addDays(-1));
    QVERIFY(raw);
    const AggregateTable *sessions = raw->table(ReportTableKeys::SessionsByVenueMonth);
    QVERIFY(sessions);
    QCOMPARE(sessions->columnCount(), 2);
    QCOMPARE(sessions->columnKeys().first(), OutreachTables::monthKey(m_month));
    const int library = sessions->rowIndex("central library");
    QVERIFY(library >= 0);
    QCOMPARE(sessions->value(library, 0), qint64(2));
    QCOMPARE(sessions->value(sessions->rowCount(), sessions->columnCount()), qint64(3));

    const AggregateTable *byPartner = raw->table(ReportTableKeys::PeopleByPartner);
    QVERIFY(byPartner);
    QCOMPARE(byPartner->value(byPartner->rowIndex(hub), byPartner->columnIndex("new")), qint64(7));
    QCOMPARE(byPartner->value(byPartner->rowIndex(hub), byPartner->columnIndex("returning")), qint64(5));
    QCOMPARE(byPartner->value(byPartner->rowIndex("none"), byPartner->columnCount()), qint64(10));

    const AggregateTable *byMonth = raw->table(ReportTableKeys::PeopleByMonth);
    QCOMPARE(byMonth->rowCount(), 2);
    QCOMPARE(byMonth->value(byMonth->rowCount(), byMonth->columnCount()), qint64(22));

    const AggregateTable *referrals = raw->table(ReportTableKeys::ReferralsByPartnerOutcome);
    QVERIFY(referrals);
    QCOMPARE(referrals->columnKeys(), Referrals::outcomes());
    QCOMPARE(referrals->value(referrals->rowIndex(hub), referrals->columnIndex("started")), qint64(1));
    QCOMPARE(referrals->value(referrals->rowIndex(hub), referrals->columnIndex("declined")), qint64(1));
    QCOMPARE(referrals->rowLabel(0), QString("Digital Hub"));
    QCOMPARE(raw->devices, QStringList{m_vault->deviceId()});
}

void TestAggregateReport::aCaseloadBuiltToTemptItIdentifiesNoOne()
{
    // One person at a venue in a month; a row of five with one cell of 1; one referral with a rare outcome beside
    // many common ones; a partner seen by exactly one person; counts that differ by one between months.
    const QString hub = addPartner("Digital Hub");
    const QString foodBank = addPartner("Splott Food Bank");
    const QString rare = addPartner("Rare Skills Trust");
    addSession("Lonely Chapel", rare, m_month.addDays(4), 1, 0);
    addSession("Central Library", hub, m_month.addDays(1), 4, 1);
    addSession("Central Library", hub, m_month.addMonths(1).addDays(1), 12, 9);
    addSession("Central Library", hub, m_month.addMonths(1).addDays(8), 11, 8);
    addSession("Market Hall", foodBank, m_month.addDays(9), 7, 6);
    addSession("Market Hall", foodBank, m_month.addMonths(1).addDays(9), 8, 6);
    addSession("Market Hall", foodBank, m_month.addMonths(1).addDays(10), 9, 5);
    addSession("Market Hall", foodBank, m_month.addMonths(1).addDays(11), 6, 7);
    addSession("Market Hall", foodBank, m_month.addMonths(1).addDays(12), 10, 5);
    addSession("Market Hall", foodBank, m_month.addMonths(1).addDays(13), 6, 6);
    for (int i = 0; i < 12; ++i)
        QVERIFY(!refer(addPerson(QStringLiteral("Person%1").arg(i)), hub, i < 7 ? "started" : "completed").isEmpty());
    for (int i = 0; i < 6; ++i)
        QVERIFY(!refer(addPerson(QStringLiteral("Food%1").arg(i)), foodBank, "attended").isEmpty());
    QVERIFY(!refer(addPerson("Only"), hub, "did_not_attend").isEmpty());
    QVERIFY(!refer(addPerson("Single"), rare, "declined").isEmpty());

    auto report = ReportBuilder::standard(*m_vault).build(m_month, m_month.addMonths(2).addDays(-1));
    QVERIFY(report);
    QVERIFY(report->tables.size() >= 5);
    for (const AggregateTable &t : report->tables) {
        QVERIFY(t.isSuppressed());
        const QString leak = SuppressionAudit::firstLeak(t);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
    }
    // The lone visitor, the lone no-show and the lone decline are hidden, as is the rare partner's whole row.
    const AggregateTable *venues = report->table(ReportTableKeys::PeopleByVenue);
    const int chapel = venues->rowIndex("lonely chapel");
    QVERIFY(!venues->shown(chapel, venues->columnIndex("new")));
    QVERIFY(!venues->shown(chapel, venues->columnCount()));
    const AggregateTable *referrals = report->table(ReportTableKeys::ReferralsByPartnerOutcome);
    QVERIFY(!referrals->shown(referrals->rowIndex(hub), referrals->columnIndex("did_not_attend")));
    QVERIFY(!referrals->shown(referrals->rowIndex(rare), referrals->columnIndex("declined")));
    QVERIFY(!referrals->shown(referrals->rowCount(), referrals->columnIndex("did_not_attend")));
    // Nothing about a person reaches the report: no name, no person id.
    const QString everything = report->toText() + QString::fromUtf8(report->csv()) + report->toHtml();
    QVERIFY(!everything.contains("Prosser"));
    QVERIFY(!everything.contains("Only"));
    Statement ids = m_vault->database().prepare("SELECT id FROM records WHERE kind = 'person'");
    while (ids.next())
        QVERIFY(!everything.contains(ids.text(0)));
}

void TestAggregateReport::everyFormStatesTheRuleAndShowsOnlyWhatIsAllowed()
{
    const QString hub = addPartner("Digital Hub");
    addSession("Central Library", hub, m_month.addDays(1), 3, 40);
    auto report = ReportBuilder::standard(*m_vault).build(m_month, m_month.addMonths(1).addDays(-1));
    QVERIFY(report);
    QVERIFY(report->toText().contains(AggregateReport::ruleText()));
    QVERIFY(report->toHtml().contains(AggregateReport::ruleText().toHtmlEscaped()));
    QVERIFY(QString::fromUtf8(report->csv()).contains("Small numbers are hidden"));
    QCOMPARE(report->toJson().value("rule").toString(), AggregateReport::ruleText());
    const QString text = report->toText();
    QVERIFY(text.contains(AggregateTable::smallText()));
    QVERIFY(!text.contains(": 3;"));
    QVERIFY(!QString::fromUtf8(report->csv()).contains(",3\n"));
}

void TestAggregateReport::theYouthTableSplitsTheBandByStatus()
{
    QVERIFY(DemoCaseload::generate(*m_vault, 30, 5));
    QVERIFY(DemoYouth::generate(*m_vault, 5));
    const QDate to = QDate::currentDate();
    YouthGuarantee guarantee(m_vault->database(), m_vault->records(), m_vault->audit());
    const auto counts = guarantee.counts(to);
    QVERIFY(counts);
    QVERIFY(counts->inBand > 0);

    auto raw = ReportBuilder::standard(*m_vault).buildRaw(to.addMonths(-1), to);
    QVERIFY(raw);
    const AggregateTable *table = raw->table(ReportTableKeys::YouthStatus);
    QVERIFY(table);
    QCOMPARE(table->columnCount(), 1);
    // Every status is a row even at zero, so that reports from many devices line up, and the rows split the band.
    QCOMPARE(table->rowCount(), 5);
    const auto row = [&](YouthStatus status) {
        return table->value(table->rowIndex(YouthGuarantee::statusKey(status)), 0);
    };
    QCOMPARE(row(YouthStatus::Overdue), qint64(counts->overdue));
    QCOMPARE(row(YouthStatus::NotYetDue), qint64(counts->notYetDue));
    QCOMPARE(row(YouthStatus::OfferedLate), qint64(counts->offeredLate));
    QCOMPARE(row(YouthStatus::OfferedInTime), qint64(counts->offeredInTime));
    QCOMPARE(
        row(YouthStatus::NotNeet),
        qint64(counts->inBand - counts->overdue - counts->notYetDue - counts->offeredLate - counts->offeredInTime));
    QCOMPARE(table->value(table->rowCount(), table->columnCount()), qint64(counts->inBand));
    QCOMPARE(table->rowLabel(0), QStringLiteral("Overdue"));

    // Shown, the small numbers go as every other table's do.
    auto shown = ReportBuilder::standard(*m_vault).build(to.addMonths(-1), to);
    QVERIFY(shown);
    const AggregateTable *suppressed = shown->table(ReportTableKeys::YouthStatus);
    QVERIFY(suppressed && suppressed->isSuppressed());
    for (int r = 0; r < suppressed->rowCount(); ++r) {
        const qint64 value = suppressed->value(r, 0);
        if (value > 0 && value < AggregateTable::SmallNumber)
            QVERIFY(!suppressed->shown(r, 0));
    }
}

void TestAggregateReport::theEmployerTablesCountEngagementsAndOutcomesByMonth()
{
    QVERIFY(DemoCaseload::generate(*m_vault, 120, 7));
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 300, 7));
    QVERIFY(DemoEmployers::generate(*m_vault, 7));
    const QDate to = QDate::currentDate();
    const QDate from = to.addDays(-120);
    const auto counts = EmployerCounts::forPeriod(m_vault->database(), from, to);
    QVERIFY(counts);
    QVERIFY(counts->engagementsTotal > 0);

    auto raw = ReportBuilder::standard(*m_vault).buildRaw(from, to);
    QVERIFY(raw);
    const AggregateTable *engagements = raw->table(ReportTableKeys::EmployerEngagementsByKindMonth);
    QVERIFY(engagements);
    QCOMPARE(engagements->rowCount(), int(EmployerDirectory::engagementKinds().size()));
    QCOMPARE(engagements->value(engagements->rowCount(), engagements->columnCount()), qint64(counts->engagementsTotal));
    for (auto it = counts->engagementsByMonth.cbegin(); it != counts->engagementsByMonth.cend(); ++it) {
        const auto &[month, kind] = it.key();
        QCOMPARE(engagements->value(engagements->rowIndex(kind), engagements->columnIndex(month)), qint64(it.value()));
    }

    const AggregateTable *outcomes = raw->table(ReportTableKeys::EmployerOutcomesByMonth);
    QVERIFY(outcomes);
    QCOMPARE(outcomes->rowKeys(), QStringList({"put_forward", "interview", "started"}));
    const int totals = outcomes->columnCount();
    QCOMPARE(outcomes->value(0, totals), qint64(counts->total.putForward));
    QCOMPARE(outcomes->value(1, totals), qint64(counts->total.interviews));
    QCOMPARE(outcomes->value(2, totals), qint64(counts->total.starts));
    QCOMPARE(outcomes->rowLabel(2), QStringLiteral("Starts"));

    // No employer and no person is named in either table.
    QStringList employers;
    Statement names = m_vault->database().prepare("SELECT name FROM employers");
    while (names.next())
        employers.append(names.text(0));
    for (const AggregateTable *t : {engagements, outcomes}) {
        for (int r = 0; r < t->rowCount(); ++r)
            QVERIFY2(!employers.contains(t->rowLabel(r)), qPrintable(t->rowLabel(r)));
    }
}

void TestAggregateReport::csvIsDefused()
{
    addSession("=HYPERLINK(\"http://example.invalid\")", {}, m_month.addDays(1), 20, 20);
    auto report = ReportBuilder::standard(*m_vault).build(m_month, m_month.addMonths(1).addDays(-1));
    QVERIFY(report);
    const QString csv = QString::fromUtf8(report->csv());
    QVERIFY(csv.contains("'=HYPERLINK"));
    QVERIFY(!csv.contains(",=HYPERLINK"));
    QVERIFY(!csv.contains("\n=HYPERLINK"));
    const QString path = m_dir->filePath("report.csv");
    QVERIFY(report->writeCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), report->csv());
}

void TestAggregateReport::buildingIsAuditedWithoutLabelsOrCounts()
{
    const QString hub = addPartner("Digital Hub");
    addSession("Secret Venue Name", hub, m_month.addDays(1), 17, 23);
    auto report = ReportBuilder::standard(*m_vault).build(m_month, m_month.addMonths(1).addDays(-1));
    QVERIFY(report);
    Statement last = m_vault->database().prepare("SELECT action, detail FROM audit ORDER BY seq DESC LIMIT 1");
    QVERIFY(last.next());
    QCOMPARE(last.text(0), QString(AuditAction::ReportBuilt));
    const QString detail = last.text(1);
    QVERIFY(detail.contains(ReportTableKeys::PeopleByVenue));
    QVERIFY(!detail.contains("Secret"));
    QVERIFY(!detail.contains("Digital"));
    QVERIFY(!detail.contains("17"));
    QVERIFY(!detail.contains("40"));
}

QTEST_GUILESS_MAIN(TestAggregateReport)
#include "TestAggregateReport.moc"
