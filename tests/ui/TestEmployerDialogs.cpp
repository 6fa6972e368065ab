#include "model/employers/EmployerDirectory.h"
#include "model/employers/PutForwards.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/vault/AuditAction.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordListPage.h"
#include "ui/employers/ContactDialog.h"
#include "ui/employers/EmployerEditDialog.h"
#include "ui/employers/EmployersDialog.h"
#include "ui/employers/EngagementDialog.h"
#include "ui/employers/PutForwardDialog.h"
#include "ui/matching/VacancyMatchesDialog.h"
#include "ui/shell/PersonWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/** The employers screens: the directory, logging an engagement, adding by hand, and putting someone forward. */
class TestEmployerDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void directorySearchesAndShowsTheSummary();
    void loggingAVisitIsOneKeyAfterOpening();
    void anEmployerIsAddedByHandWithProblemsShown();
    void putForwardWaitsForConsent();
    void findPeopleForAVacancyPutsTheChosenPersonForward();
    void everyEmployerScreenIsNamedAndHasNoMnemonicClash();
    void thePlanTabListsPutForwardsButNeverAddsOne();

private:
    void insertVacancies();
    int auditCount(const QLatin1String &action);
    QString employerId() const { return EmployerDirectory::idFor("test", "Meadow View Care"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<EmployerDirectory> m_directory;
    std::unique_ptr<PutForwards> m_putForwards;
    QString m_person;
};

void TestEmployerDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestEmployerDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_directory = std::make_unique<EmployerDirectory>(m_vault->database(), m_vault->audit());
    m_putForwards = std::make_unique<PutForwards>(m_vault->records(), m_vault->audit(), *m_directory);
    m_person =
        m_vault->records().createPerson({{"given_name", "Ann"}, {"family_name", "Carew"}, {"status", "open"}}).value();
    QVERIFY(m_vault->records().add(m_person, Kinds::Skill, {{"label", "personal care"}, {"source", "self_reported"}}));
    insertVacancies();
}

void TestEmployerDialogs::cleanup()
{
    m_putForwards.reset();
    m_directory.reset();
    m_vault.reset();
    m_dir.reset();
}

void TestEmployerDialogs::insertVacancies()
{
    Database &db = m_vault->database();
    const QString closing = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    QVERIFY(db.begin().ok());
    Statement insert =
        db.prepare("INSERT INTO vacancies(publisher, id, title, employer, skills, postcode, outcode, latitude, "
                   "longitude, hours, salary_min, salary_max, contract_type, closing_date, withdrawn, updated_at) "
                   "VALUES('test', ?, ?, ?, ?, '', '', 53.8, -1.55, 37.5, NULL, NULL, 'permanent', ?, 0, "
                   "'2026-11-01T00:00:00Z')");
    const QList<QStringList> rows = {
        {"V-CARE-1", "Care Assistant", "Meadow View Care", "personal care;moving and handling"},
        {"V-CARE-2", "Night Carer", "Meadow View Care", "personal care"},
        {"V-WH-2", "Warehouse Operative", "Northern Freight", "forklift licence;stock control"},
    };
    for (const QStringList &row : rows) {
        insert.bind(1, row.at(0)).bind(2, row.at(1)).bind(3, row.at(2)).bind(4, row.at(3)).bind(5, closing);
        QVERIFY(insert.exec().ok());
        insert.reset();
    }
    QVERIFY(db.commit().ok());
}

int TestEmployerDialogs::auditCount(const QLatin1String &action)
{
    Statement rows = m_vault->database().prepare("SELECT count(*) FROM audit WHERE action = ?");
    rows.bind(1, QString(action));
    return rows.next() ? int(rows.integer(0)) : -1;
}

void TestEmployerDialogs::directorySearchesAndShowsTheSummary()
{
    PutForwardRequest request;
    request.personId = m_person;
    request.vacancyId = "V-CARE-1";
    request.consentConfirmed = true;
    auto made = m_putForwards->putForward(request);
    QVERIFY(made);
    QVERIFY(m_putForwards->recordOutcome(m_person, made.value(), "interview"));
    QVERIFY(m_putForwards->recordOutcome(m_person, made.value(), "started"));

    EmployersDialog dialog(*m_directory, "Coach");
    dialog.show();
    QCOMPARE(dialog.shownCount(), 2);
    QCOMPARE(auditCount(AuditAction::EmployersListed), 1);
    QTest::keyClicks(dialog.findChild<QLineEdit *>("employerSearch"), "meadow");
    QCOMPARE(dialog.shownCount(), 1);
    QCOMPARE(auditCount(AuditAction::EmployersListed), 1); // a search is not another look
    QVERIFY(dialog.selectEmployer(employerId()));
    const QString details = dialog.findChild<QTextBrowser *>("employerDetails")->toPlainText();
    QVERIFY2(details.contains("Open vacancies: 2"), qPrintable(details));
    QVERIFY(details.contains("People put forward: 1"));
    QVERIFY(details.contains("Interviews: 1"));
    QVERIFY(details.contains("Started work: 1"));
    QCOMPARE(auditCount(AuditAction::EmployerViewed), 1);
}

void TestEmployerDialogs::loggingAVisitIsOneKeyAfterOpening()
{
    auto employer = m_directory->get(employerId());
    QVERIFY(employer);
    EngagementDialog dialog(*m_directory, employer.value(), "Coach");
    dialog.show();
    QCOMPARE(dialog.findChild<QComboBox *>("engagementKind")->currentData().toString(), QStringLiteral("visited"));
    QTest::keyClick(&dialog, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto engagements = m_directory->engagements(employerId());
    QCOMPARE(engagements->size(), 1);
    QCOMPARE(engagements->first().kind, QStringLiteral("visited"));
    QCOMPARE(engagements->first().on, QDate::currentDate());
    QCOMPARE(engagements->first().recordedBy, QStringLiteral("Coach"));
}

void TestEmployerDialogs::anEmployerIsAddedByHandWithProblemsShown()
{
    EmployerEditDialog dialog(*m_directory, Employer());
    dialog.show();
    QTest::keyClicks(dialog.findChild<QLineEdit *>("employerName"), "Riverside Care Home");
    QTest::keyClicks(dialog.findChild<QLineEdit *>("employerPostcode"), "nowhere");
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.findChild<QLabel *>("employerProblem")->isVisibleTo(&dialog));
    QCOMPARE(m_vault->database().scalarInteger("SELECT count(*) FROM employers").value(), 0);
    dialog.findChild<QLineEdit *>("employerPostcode")->setText("cf47 0aa");
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto stored = m_directory->get(dialog.savedId());
    QVERIFY(stored);
    QVERIFY(stored->isOwn());
    QCOMPARE(stored->postcode, QStringLiteral("CF47 0AA"));
}

void TestEmployerDialogs::putForwardWaitsForConsent()
{
    PutForwardDialog dialog(*m_putForwards, m_person, "Ann Carew", "V-CARE-1", "Care Assistant", "Meadow View Care");
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.findChild<QLabel *>("putForwardProblem")->isVisibleTo(&dialog));
    QCOMPARE(m_putForwards->forPerson(m_person)->size(), 0);
    QCOMPARE(m_vault->records().list(m_person, Kinds::Consent)->size(), 0);

    dialog.findChild<QCheckBox *>("putForwardConsent")->setChecked(true);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_putForwards->forPerson(m_person)->size(), 1);
    QCOMPARE(m_vault->records().list(m_person, Kinds::Consent)->size(), 1);
    QCOMPARE(m_directory->summary(employerId())->putForward, 1);
}

void TestEmployerDialogs::findPeopleForAVacancyPutsTheChosenPersonForward()
{
    VacancyMatchesDialog dialog(
        m_vault->records(),
        [this](const QString &id, const SkillNormaliser &normaliser) {
            return MatchProfileBuilder(m_vault->records(), m_vault->database(), normaliser).build(id);
        },
        [this]() -> Result<std::shared_ptr<const MatchingContext>> {
            return MatchingContext::load(m_vault->database(), QDate::currentDate());
        },
        QStringLiteral("claimant"));
    dialog.show();
    auto *button = dialog.putForwardButton();
    QVERIFY(!button->isVisibleTo(&dialog)); // only where putting forward is wired
    QString asked;
    dialog.setPutForwardHandler([&](const QString &personId, const QString &name, const QString &vacancyId) {
        asked = vacancyId;
        PutForwardDialog ask(*m_putForwards, personId, name, vacancyId, "Care Assistant", "Meadow View Care");
        ask.findChild<QCheckBox *>("putForwardConsent")->setChecked(true);
        ask.accept();
        return ask.result() == QDialog::Accepted;
    });
    QVERIFY(button->isVisibleTo(&dialog));
    QVERIFY(dialog.selectVacancy("V-CARE-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy() && !dialog.results().isEmpty(), 20000);
    QTRY_VERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(asked, QStringLiteral("V-CARE-1"));
    auto records = m_putForwards->forPerson(m_person);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().value("vacancy_title"), QStringLiteral("Care Assistant"));
}

void TestEmployerDialogs::everyEmployerScreenIsNamedAndHasNoMnemonicClash()
{
    auto employer = m_directory->get(employerId());
    QVERIFY(employer);
    std::vector<std::unique_ptr<QDialog>> dialogs;
    dialogs.push_back(std::make_unique<EmployersDialog>(*m_directory, "Coach"));
    dialogs.push_back(std::make_unique<EngagementDialog>(*m_directory, employer.value(), "Coach"));
    dialogs.push_back(std::make_unique<EmployerEditDialog>(*m_directory, Employer()));
    dialogs.push_back(std::make_unique<EmployerEditDialog>(*m_directory, employer.value()));
    dialogs.push_back(std::make_unique<ContactDialog>(*m_directory, employer.value()));
    dialogs.push_back(std::make_unique<PutForwardDialog>(
        *m_putForwards, m_person, "Ann Carew", "V-CARE-1", "Care Assistant", "Meadow View Care"));
    for (const auto &dialog : dialogs) {
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const QString name = dialog->objectName();
        const QStringList problems = AccessibilityCheck::problems(dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(name + ": " + problems.join(QLatin1Char('\n'))));
        const QStringList unnamed = AccessibilityCheck::unnamedControls(dialog.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(name + ": " + unnamed.join(QLatin1Char('\n'))));
        const QStringList clashes = AccessibilityCheck::mnemonicClashes(dialog.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(name + ": " + clashes.join(QLatin1Char('\n'))));
        // Every control is reached by Tab.
        QVERIFY(AccessibilityCheck::tabOrder(dialog.get()).size() >= 2);
    }
}

void TestEmployerDialogs::thePlanTabListsPutForwardsButNeverAddsOne()
{
    PutForwardRequest request;
    request.personId = m_person;
    request.vacancyId = "V-CARE-1";
    request.consentConfirmed = true;
    QVERIFY(m_putForwards->putForward(request));
    PersonWorkspace workspace(m_vault->records(), VaultSetting::WorkCoach);
    workspace.showPerson(m_person);
    RecordListPage *page = workspace.listPage(Kinds::PutForward);
    QVERIFY(page);
    QCOMPARE(page->view()->model()->rowCount(), 1);
    // The generic editor would skip the consent: Add is not offered, and asking for it adds nothing.
    auto *add = page->findChild<QPushButton *>(Kinds::PutForward + "AddButton");
    QVERIFY(add);
    QVERIFY(add->isHidden());
    page->addRecord();
    QVERIFY(!page->openDialog());
    QCOMPARE(m_putForwards->forPerson(m_person)->size(), 1);
}

QTEST_MAIN(TestEmployerDialogs)
#include "TestEmployerDialogs.moc"
