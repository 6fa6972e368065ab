#include "model/bundles/TrustStore.h"
#include "model/crypto/Minisign.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/reports/ReportBundle.h"
#include "model/reports/ReportTables.h"
#include "model/reports/YouthTables.h"
#include "model/vault/Database.h"
#include "ui/reports/ReportsDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"
#include "LayoutCheck.h"

/** Vault ▸ Aggregate reports: tables, charts with tables beside them, CSV and the admin's merge (docs/reports.md). */
class TestReportsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void chartsHaveATableOfTheSameNumbersBeside();
    void theMapPlacesPartnersAndVenuesByOutcode();
    void choosingAPeriodBuildsTheReportAgain();
    void savesTheSuppressedReportAsCsv();
    void passesTheAccessibilityChecks();
    void anAdminMergesChosenReportBundles();
    void aRefusedMergeChangesNothing();
    void aCoachHasNoMerge();

private:
    void addSession(Vault &vault, const QString &venue, const QString &partner, int seenNew, int seenReturning);
    QString bundleFrom(const QString &name, int seenNew);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_coach;
    std::unique_ptr<Vault> m_admin;
    std::vector<std::unique_ptr<Vault>> m_others;
    QString m_partner;
    QDate m_day;
};

void TestReportsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReportsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_coach = Fixtures::create(*m_dir, "coach");
    m_admin = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    const QDate today = QDate::currentDate();
    m_day = QDate(today.year(), today.month(), 1).addMonths(-1).addDays(2);
    PartnerDirectory directory(m_coach->database(), m_coach->audit());
    Partner p;
    p.name = "Digital Hub";
    p.kind = "charity";
    p.services = {"cv_help"};
    p.postcode = "CF10 1AA";
    p.consentNeeded = false;
    m_partner = directory.addOwn(p).value();
    QVERIFY(m_coach->database().exec("INSERT INTO outcodes(outcode, latitude, longitude, updated_at) "
                                     "VALUES('CF10', 51.48, -3.18, '2026-01-01')"));
    addSession(*m_coach, "Central Library", m_partner, 12, 3);
    addSession(*m_coach, "Church Hall", {}, 9, 8);
}

void TestReportsDialog::cleanup()
{
    m_others.clear();
    m_admin.reset();
    m_coach.reset();
    m_dir.reset();
}

void TestReportsDialog::addSession(
    Vault &vault, const QString &venue, const QString &partner, int seenNew, int seenReturning)
{
    OutreachSessions sessions(vault.database(), vault.audit());
    OutreachSession s;
    s.venue = venue;
    s.partnerId = partner;
    s.heldOn = m_day;
    s.hours = 2;
    s.seenNew = seenNew;
    s.seenReturning = seenReturning;
    QVERIFY(sessions.record(s));
}

QString TestReportsDialog::bundleFrom(const QString &name, int seenNew)
{
    m_others.push_back(Fixtures::create(*m_dir, name));
    Vault &vault = *m_others.back();
    addSession(vault, "Central Library", {}, seenNew, 0);
    const Minisign::PublicKey deviceKey{Minisign::keyIdFor(vault.devicePublicKey()), vault.devicePublicKey()};
    TrustStore trust(m_admin->database(), m_admin->audit());
    if (!trust.add(deviceKey, name, {BundleKind::Report}, Minisign::fingerprint(deviceKey.key)))
        return {};
    auto raw = ReportBuilder::standard(vault).buildRaw(m_day.addDays(-2), m_day.addMonths(1).addDays(-3));
    const Minisign::PublicKey adminKey{Minisign::keyIdFor(m_admin->devicePublicKey()), m_admin->devicePublicKey()};
    auto bundle = ReportBundle::write(vault, raw.value(), adminKey);
    const QString path = m_dir->filePath(name + ".bundle");
    return Fixtures::writeFile(path, bundle.value()) ? path : QString();
}

void TestReportsDialog::chartsHaveATableOfTheSameNumbersBeside()
{
    ReportsDialog dialog(*m_coach, false);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const char *name : {"sessionsChart", "outcomesChart", "youthChart", "mapChart"}) {
        auto *chart = dialog.findChild<QChartView *>(name);
        QVERIFY2(chart, name);
        QVERIFY2(!chart->chart()->series().isEmpty(), name);
        QVERIFY(!chart->accessibleName().isEmpty());
    }
    auto *sessions = dialog.findChild<QTableWidget *>("sessionsChartTable");
    QVERIFY(sessions);
    const AggregateTable *table = dialog.report().table(ReportTableKeys::SessionsByVenueMonth);
    QVERIFY(table);
    QCOMPARE(sessions->rowCount(), table->columnCount());
    const int month = table->columnIndex(OutreachTables::monthKey(m_day));
    QCOMPARE(sessions->item(month, 0)->text(), OutreachTables::monthLabel(OutreachTables::monthKey(m_day)));
    // Two sessions: fewer than 5, said in words in the table and not drawn.
    QCOMPARE(sessions->item(month, 1)->text(), AggregateTable::smallText());
    auto *outcomes = dialog.findChild<QTableWidget *>("outcomesChartTable");
    QVERIFY(outcomes);
    QCOMPARE(outcomes->rowCount(), dialog.report().table(ReportTableKeys::ReferralsByPartnerOutcome)->columnCount());
    // The youth guarantee's table has one column, so its chart draws a bar for each status, overdue first.
    auto *youth = dialog.findChild<QTableWidget *>("youthChartTable");
    QVERIFY(youth);
    QCOMPARE(youth->rowCount(), dialog.report().table(ReportTableKeys::YouthStatus)->rowCount());
    QCOMPARE(youth->item(0, 0)->text(), QStringLiteral("Overdue"));

    // The numbers tab shows the chosen table with its totals.
    auto *choice = dialog.findChild<QComboBox *>("tableChoice");
    auto *numbers = dialog.findChild<QTableWidget *>("reportTable");
    choice->setCurrentIndex(choice->findData(ReportTableKeys::PeopleByVenue));
    const AggregateTable *venues = dialog.report().table(ReportTableKeys::PeopleByVenue);
    QCOMPARE(numbers->rowCount(), venues->rowCount() + 1);
    const int library = venues->rowIndex("central library");
    // 12 and 3 seen at the library: the 3 is fewer than 5, and other counts are withheld so it cannot be worked out.
    QCOMPARE(numbers->item(library, venues->columnIndex("returning"))->text(), AggregateTable::smallText());
    for (int r = 0; r <= venues->rowCount(); ++r) {
        for (int c = 0; c <= venues->columnCount(); ++c)
            QCOMPARE(numbers->item(r, c)->text(), venues->text(r, c));
    }
    QCOMPARE(numbers->item(venues->rowCount(), venues->columnCount())->text(), QString("32"));
    QVERIFY(dialog.findChild<QLabel *>("ruleLabel")->text().contains("fewer than 5"));
}

void TestReportsDialog::theMapPlacesPartnersAndVenuesByOutcode()
{
    ReportsDialog dialog(*m_coach, false);
    auto *places = dialog.findChild<QTableWidget *>("mapTable");
    QVERIFY(places);
    QCOMPARE(places->rowCount(), 2); // the partner and the library; the hall has no partner to place it
    QStringList labels;
    for (int row = 0; row < places->rowCount(); ++row) {
        labels.append(places->item(row, 0)->text());
        QCOMPARE(places->item(row, 2)->text(), QString("CF10"));
    }
    QVERIFY(labels.contains("Digital Hub"));
    QVERIFY(labels.contains("Central Library"));
    QVERIFY(dialog.findChild<QLabel *>("mapNote")->text().contains("1"));
    auto *map = dialog.findChild<QChartView *>("mapChart");
    QCOMPARE(map->chart()->series().size(), 2);
}

void TestReportsDialog::choosingAPeriodBuildsTheReportAgain()
{
    ReportsDialog dialog(*m_coach, false);
    auto *from = dialog.findChild<QDateEdit *>("fromDate");
    auto *to = dialog.findChild<QDateEdit *>("toDate");
    to->setDate(m_day.addDays(-1));
    from->setDate(m_day.addMonths(-3));
    QCOMPARE(dialog.report().to, m_day.addDays(-1));
    const AggregateTable *venues = dialog.report().table(ReportTableKeys::PeopleByVenue);
    QCOMPARE(venues->rowCount(), 0);
    to->setDate(m_day);
    QCOMPARE(dialog.report().table(ReportTableKeys::PeopleByVenue)->rowCount(), 2);
}

void TestReportsDialog::savesTheSuppressedReportAsCsv()
{
    ReportsDialog dialog(*m_coach, false);
    const QString path = m_dir->filePath("report.csv");
    FileDialog::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>("saveCsvButton"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv, dialog.report().csv());
    QVERIFY(csv.contains("fewer than 5"));
    QVERIFY(dialog.findChild<QLabel *>("reportMessage")->text().contains(path));
}

void TestReportsDialog::passesTheAccessibilityChecks()
{
    ReportsDialog dialog(*m_admin, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QStringList problems = AccessibilityCheck::problems(&dialog);
    QCOMPARE(AccessibilityCheck::buddies(&dialog),
             QStringList({"From: -> fromDate", "Table: -> tableChoice", "To: -> toDate"}));
    problems += AccessibilityCheck::unnamedControls(&dialog);
    problems += AccessibilityCheck::mnemonicClashes(&dialog);
    auto *tabs = dialog.findChild<QTabWidget *>("reportTabs");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        problems += AccessibilityCheck::unnamedControls(&dialog);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // Charts take no focus: the keyboard goes to the table of the same numbers.
    QCOMPARE(dialog.findChild<QChartView *>("sessionsChart")->focusPolicy(), Qt::NoFocus);
    QVERIFY(dialog.findChild<QTableWidget *>("sessionsChartTable")->focusPolicy() != Qt::NoFocus);
    dialog.resize(dialog.sizeHint().boundedTo(LayoutCheck::SmallScreen));
    LayoutCheck::settle(&dialog);
    const QStringList layout = LayoutCheck::problems(&dialog);
    QVERIFY2(layout.isEmpty(), qPrintable(layout.join(QLatin1Char('\n'))));
}

void TestReportsDialog::anAdminMergesChosenReportBundles()
{
    const QStringList files = {bundleFrom("north", 3), bundleFrom("south", 4)};
    QVERIFY(!files.contains(QString()));
    ReportsDialog dialog(*m_admin, true);
    auto *merge = dialog.findChild<QPushButton *>("mergeButton");
    QVERIFY(merge);
    FileDialog::setNextFileNames(files);
    QTest::mouseClick(merge, Qt::LeftButton);
    QVERIFY(dialog.showsMerged());
    QCOMPARE(dialog.report().devices.size(), 2);
    const AggregateTable *venues = dialog.report().table(ReportTableKeys::PeopleByVenue);
    const int library = venues->rowIndex("central library");
    // 3 + 4: each under 5 on its device, 7 once added up.
    QCOMPARE(venues->text(library, venues->columnIndex("new")), QString("7"));
    QVERIFY(dialog.findChild<QLabel *>("reportMessage")->text().contains("north"));
    auto *sessions = dialog.findChild<QTableWidget *>("sessionsChartTable");
    QVERIFY(sessions->rowCount() >= 1);
}

void TestReportsDialog::aRefusedMergeChangesNothing()
{
    const QString file = bundleFrom("north", 3);
    ReportsDialog dialog(*m_admin, true);
    const QByteArray before = dialog.report().csv();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    FileDialog::setNextFileNames({file, file});
    QTest::mouseClick(dialog.findChild<QPushButton *>("mergeButton"), Qt::LeftButton);
    QVERIFY(!dialog.showsMerged());
    QVERIFY(MessageBox::lastText().contains("already in the merge"));
    QCOMPARE(dialog.report().csv(), before);
}

void TestReportsDialog::aCoachHasNoMerge()
{
    ReportsDialog dialog(*m_coach, false);
    QVERIFY(!dialog.findChild<QPushButton *>("mergeButton"));
}

QTEST_MAIN(TestReportsDialog)
#include "TestReportsDialog.moc"
