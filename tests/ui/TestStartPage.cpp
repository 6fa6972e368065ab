#include "model/caseload/CaseListModel.h"
#include "model/core/Settings.h"
#include "model/forms/FormStore.h"
#include "model/session/DayDigest.h"
#include "model/session/VaultServices.h"
#include "model/session/VaultSession.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/shell/StartPage.h"
#include "ui/shell/UnlockPage.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/**
 * The start page after unlock: the day's items, each opening its person at the right tab on Enter or a click
 * (never on focus), the way back through File ▸ Start page, the two offers of an empty caseload, and no audited
 * view for anyone listed.
 */
class TestStartPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheDayBesideTheCaseloadAfterUnlock();
    void theContactGapFollowsTheSetting();
    void enterOpensThePersonAtTheRightTab_data();
    void enterOpensThePersonAtTheRightTab();
    void aClickOpensTheActionPlan();
    void theStartPageActionComesBackToTheDay();
    void newVacanciesThatFitOpenTheMatches();
    void anEmptyCaseloadOffersToAddOrImport();
    void conflictsAndQuarantineAskForTheirViews();
    void anEmptyCaseloadWindowIsNamedWithoutClashes();

private:
    void openWindow();
    int viewsAudited() const;
    QStackedWidget *rightPages() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    QString m_ann;
    QString m_bob;
};

void TestStartPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestStartPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QDate today = QDate::currentDate();
    {
        auto vault = Fixtures::create(*m_dir);
        QVERIFY(vault);
        RecordStore &store = vault->records();
        m_ann = store.createPerson({{"given_name", "Ann"}, {"family_name", "Able"}}).value();
        m_bob = store.createPerson({{"given_name", "Bob"}, {"family_name", "Brown"}}).value();
        QVERIFY(store
                    .add(m_ann,
                         Kinds::Appointment,
                         {{"starts_at", today.toString(Qt::ISODate) + " 23:59"}, {"status", "planned"}})
                    .ok());
        QVERIFY(store
                    .add(m_bob,
                         Kinds::ActionItem,
                         {{"description", "Update the CV"},
                          {"due_date", today.addDays(-2).toString(Qt::ISODate)},
                          {"status", "open"}})
                    .ok());
        FormStore forms(vault->database(), vault->audit(), vault->clock());
        QVERIFY(forms.saveDraft({{}, m_ann, "action-plan", 1, {}, "en", {}, {}, {}, {}}).ok());
    }
    m_settings = std::make_unique<Settings>(m_dir->filePath("settings.ini"), nullptr);
    m_session = std::make_unique<VaultSession>();
    m_session->setPath(Fixtures::pathIn(*m_dir));
}

void TestStartPage::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestStartPage::openWindow()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()).ok());
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->resize(1280, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->startPage());
}

int TestStartPage::viewsAudited() const
{
    auto entries = m_session->vault()->audit().entries();
    int views = 0;
    for (const AuditEntry &entry : entries.value())
        views += entry.action == QLatin1String("view_person") ? 1 : 0;
    return views;
}

QStackedWidget *TestStartPage::rightPages() const
{
    return m_window->findChild<QStackedWidget *>("rightPages");
}

void TestStartPage::showsTheDayBesideTheCaseloadAfterUnlock()
{
    openWindow();
    QCOMPARE(rightPages()->currentWidget(), m_window->startPage());
    QListWidget *today = m_window->startPage()->list(DigestSection::AppointmentsToday);
    QVERIFY(today);
    QCOMPARE(today->count(), 1);
    QVERIFY2(today->item(0)->text().contains("Able, Ann"), qPrintable(today->item(0)->text()));
    QVERIFY(today->item(0)->text().contains("23:59"));
    QCOMPARE(m_window->startPage()->list(DigestSection::OverdueActions)->count(), 1);
    QCOMPARE(m_window->startPage()->list(DigestSection::UnfinishedDrafts)->count(), 1);
    // Each list is named for a screen reader by its section and count.
    QVERIFY(today->accessibleName().startsWith(DayDigest::title(DigestSection::AppointmentsToday, {})));
    // Listing people is not viewing them.
    QCOMPARE(viewsAudited(), 0);
    QVERIFY(m_window->workspace()->personId().isEmpty());
}

void TestStartPage::theContactGapFollowsTheSetting()
{
    openWindow();
    auto *title = m_window->startPage()->findChild<QLabel *>("not_contactedTitle");
    QVERIFY(title);
    QVERIFY2(title->text().contains("in 4 week"), qPrintable(title->text()));
    m_settings->setValue(Settings::Key::NotContactedWeeks, 6);
    title = m_window->startPage()->findChild<QLabel *>("not_contactedTitle");
    QVERIFY2(title->text().contains("in 6 week"), qPrintable(title->text()));
}

void TestStartPage::enterOpensThePersonAtTheRightTab_data()
{
    QTest::addColumn<int>("section");
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("tab");
    QTest::addRow("appointment today") << int(DigestSection::AppointmentsToday) << "ann"
                                       << "appointmentsTab";
    QTest::addRow("overdue action") << int(DigestSection::OverdueActions) << "bob"
                                    << "planTab";
    QTest::addRow("form not finished") << int(DigestSection::UnfinishedDrafts) << "ann"
                                       << "formsTab";
}

void TestStartPage::enterOpensThePersonAtTheRightTab()
{
    QFETCH(int, section);
    QFETCH(QString, person);
    QFETCH(QString, tab);
    openWindow();
    QListWidget *list = m_window->startPage()->list(DigestSection(section));
    QVERIFY(list);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    list->setFocus(Qt::TabFocusReason);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Down);
    // Focus and moving through the list open nobody.
    QVERIFY(m_window->workspace()->personId().isEmpty());
    QCOMPARE(viewsAudited(), 0);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(m_window->workspace()->personId(), person == "ann" ? m_ann : m_bob);
    QCOMPARE(rightPages()->currentWidget(), m_window->workspace());
    QCOMPARE(m_window->workspace()->tabs()->currentWidget()->objectName(), tab);
    QCOMPARE(viewsAudited(), 1);
}

void TestStartPage::aClickOpensTheActionPlan()
{
    openWindow();
    QListWidget *list = m_window->startPage()->list(DigestSection::OverdueActions);
    QVERIFY(list && list->isVisible());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(m_window->workspace()->personId(), m_bob);
    QCOMPARE(m_window->workspace()->tabs()->currentWidget()->objectName(), QStringLiteral("planTab"));
}

void TestStartPage::theStartPageActionComesBackToTheDay()
{
    openWindow();
    QListWidget *list = m_window->startPage()->list(DigestSection::AppointmentsToday);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(rightPages()->currentWidget(), m_window->workspace());
    // Something done since shows when the day is read again.
    QVERIFY(m_session->vault()
                ->records()
                .add(m_bob,
                     Kinds::Appointment,
                     {{"starts_at", QDate::currentDate().toString(Qt::ISODate) + " 23:58"}, {"status", "planned"}})
                .ok());
    auto *action = m_window->findChild<QAction *>("startPageAction");
    QVERIFY(action && action->isEnabled());
    QCOMPARE(action->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Home));
    action->trigger();
    QCOMPARE(rightPages()->currentWidget(), m_window->startPage());
    QCOMPARE(m_window->startPage()->list(DigestSection::AppointmentsToday)->count(), 2);
    // The person stays loaded behind it, with anything not yet saved.
    QCOMPARE(m_window->workspace()->personId(), m_ann);
    QVERIFY(m_window->startPage()->list(DigestSection::AppointmentsToday)->hasFocus() || !m_window->isActiveWindow());
    // Ann's row is still selected in the caseload: a click on it brings her back, without a second view.
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    QVERIFY(view);
    const QModelIndex row = view->currentIndex();
    QCOMPARE(row.data(CaseListModel::PersonIdRole).toString(), m_ann);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(row).center());
    QCOMPARE(rightPages()->currentWidget(), m_window->workspace());
    QCOMPARE(viewsAudited(), 1);
}

void TestStartPage::newVacanciesThatFitOpenTheMatches()
{
    {
        auto vault = Vault::open(Fixtures::pathIn(*m_dir), Fixtures::passphrase());
        QVERIFY(vault.ok());
        RecordStore &store = vault.value()->records();
        QVERIFY(store.add(m_ann, Kinds::JobGoal, {{"title", "Care assistant"}}).ok());
        for (const char *skill : {"personal care", "dementia care"})
            QVERIFY(store.add(m_ann, Kinds::Skill, {{"label", QString::fromLatin1(skill)}, {"source", "self_reported"}})
                        .ok());
        Statement s = vault.value()->database().prepare(
            "INSERT INTO vacancies(publisher, id, title, employer, skills, postcode, outcode, hours, contract_type, "
            "closing_date, withdrawn, updated_at) VALUES('p', 'v1', 'Care Assistant', 'Acme Care', "
            "'personal care;dementia care', '', '', 37.5, 'permanent', ?1, 0, ?2)");
        s.bind(1, QDate::currentDate().addDays(30).toString(Qt::ISODate))
            .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + " 0000abcd");
        QVERIFY(s.exec().ok());
    }
    openWindow();
    StartPage *page = m_window->startPage();
    QTRY_VERIFY_WITH_TIMEOUT(page->vacancyFitsReady(), 20000);
    QListWidget *list = page->list(DigestSection::NewVacancyFits);
    QCOMPARE(list->count(), 1);
    QVERIFY2(list->item(0)->text().contains("Care Assistant"), qPrintable(list->item(0)->text()));
    QCOMPARE(viewsAudited(), 0);
    list->setCurrentRow(0);
    QTest::keyClick(list, Qt::Key_Enter);
    QCOMPARE(m_window->workspace()->personId(), m_ann);
    QCOMPARE(m_window->workspace()->tabs()->currentWidget()->objectName(), QStringLiteral("matchesTab"));
}

void TestStartPage::anEmptyCaseloadOffersToAddOrImport()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    VaultServices services(*vault);
    StartPage page(services, VaultSetting::WorkCoach);
    page.refresh();
    page.resize(960, 540);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *add = page.findChild<QPushButton *>("startAddPersonButton");
    auto *import = page.findChild<QPushButton *>("startImportBundleButton");
    QVERIFY(add && add->isVisible());
    QVERIFY(import && import->isVisible());
    QCOMPARE(add->text(), StartPage::tr("Add a &claimant…"));
    QVERIFY(!page.list(DigestSection::AppointmentsToday));
    QSignalSpy adding(&page, &StartPage::addPersonRequested);
    QSignalSpy importing(&page, &StartPage::importBundleRequested);
    add->click();
    import->click();
    QCOMPARE(adding.count(), 1);
    QCOMPARE(importing.count(), 1);

    // A GP practice's caseload is of patients, and its day has no vacancies.
    QTemporaryDir practiceDir;
    auto practice = Fixtures::create(practiceDir, "practice", VaultSetting::GpPractice);
    QVERIFY(practice);
    QVERIFY(practice->records().createPerson({{"given_name", "Ann"}, {"family_name", "Able"}}).ok());
    VaultServices practiceServices(*practice);
    StartPage gp(practiceServices, VaultSetting::GpPractice);
    gp.refresh();
    QCOMPARE(gp.findChild<QPushButton *>("startAddPersonButton")->text(), StartPage::tr("Add a &patient…"));
    QVERIFY(gp.list(DigestSection::AppointmentsToday));
    QVERIFY(!gp.list(DigestSection::NewVacancyFits));
    QVERIFY(!gp.list(DigestSection::NotContacted));
}

void TestStartPage::conflictsAndQuarantineAskForTheirViews()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    const QString cat = vault->records().createPerson({{"given_name", "Cat"}, {"family_name", "Cole"}}).value();
    Statement conflict = vault->database().prepare(
        "INSERT INTO conflicts(record_id, person_id, kind, field, kept_value, kept_hlc, other_value, other_hlc, "
        "other_device, detected_at) VALUES('r', ?1, 'person', 'postcode', 'a', 'h1', 'b', 'h2', 'd', "
        "'2026-11-30T10:00:00Z')");
    conflict.bind(1, cat);
    QVERIFY(conflict.exec().ok());
    QVERIFY(vault->database()
                .exec("INSERT INTO quarantine(bundle_id, item, reason, content, received_at) "
                      "VALUES(x'01', 'vacancy 7', 'bad postcode', x'00', '2026-12-02T09:00:00Z')")
                .ok());
    VaultServices services(*vault);
    StartPage page(services, VaultSetting::WorkCoach);
    page.refresh();
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListWidget *waiting = page.list(DigestSection::ConflictsWaiting);
    QCOMPARE(waiting->count(), 2);
    QSignalSpy opened(&page, &StartPage::openRequested);
    waiting->setCurrentRow(0);
    QTest::keyClick(waiting, Qt::Key_Return);
    waiting->setCurrentRow(1);
    QTest::keyClick(waiting, Qt::Key_Space);
    QCOMPARE(opened.count(), 2);
    QCOMPARE(opened.at(0).at(0).toString(), cat);
    QCOMPARE(opened.at(0).at(1).value<DigestTarget>(), DigestTarget::Conflicts);
    QVERIFY(opened.at(1).at(0).toString().isEmpty());
    QCOMPARE(opened.at(1).at(1).value<DigestTarget>(), DigestTarget::Quarantine);
}

void TestStartPage::anEmptyCaseloadWindowIsNamedWithoutClashes()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::create(dir));
    m_session->lock();
    m_session->setPath(Fixtures::pathIn(dir));
    openWindow();
    auto *add = m_window->startPage()->findChild<QPushButton *>("startAddPersonButton");
    QVERIFY(add && add->isVisible());
    // The two offers take Alt+C and Alt+B: the caseload panel's own empty state has Alt+A for adding, its filters
    // Alt+O, Alt+W and Alt+D.
    const QStringList clashes = AccessibilityCheck::mnemonicClashes(m_window.get());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join('\n')));
    const QStringList unnamed = AccessibilityCheck::unnamedControls(m_window.get());
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join('\n')));
    // File ▸ Start page puts the keyboard on the first offer.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->findChild<QAction *>("startPageAction")->trigger();
    QVERIFY(add->hasFocus());
}

QTEST_MAIN(TestStartPage)
#include "TestStartPage.moc"
