#include "model/demo/SyntheticVacancies.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/Taxonomy.h"
#include "model/vault/RecordStore.h"
#include "ui/matching/MatchesPage.h"
#include "ui/shell/PersonWorkspace.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

#include "../support/Fixtures.h"

/** The Matches tab: off-thread ranking, filters, a skill to try, explanations, gaps and plan actions. */
class TestMatchesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void ranksBestFirstWithSpokenScores();
    void selectingExplainsTheScore();
    void tryingASkillChangesResultsWithoutSaving();
    void addingTheTriedSkillSavesIt();
    void contractFilterLeavesOnlyThatType();
    void overtakenResultsAreDropped();
    void shortlistAddsOneAction();
    void discussedAddsADoneAction();
    void emptyVacanciesShowEmptyState();
    void waitsForVacanciesReadInTheBackground();
    void workspaceAddsMatchesTabLast();

private:
    void openPage(std::shared_ptr<const MatchingContext> context);
    bool settled() const;
    QVector<QPair<QString, double>> shown() const;
    int count(const QString &kind) const;
    void selectRow(int row);
    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    RecordStore &store() { return m_vault->records(); }
    MatchesPage::MatchProfileSource profileSource(std::shared_ptr<const MatchingContext> context);

    std::shared_ptr<const MatchingContext> m_context;
    std::shared_ptr<const MatchingContext> m_empty;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<MatchesPage> m_page;
    QString m_person;
};

void TestMatchesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto taxonomy = Taxonomy::builtIn();
    QVERIFY(taxonomy);
    auto shared = std::make_shared<Taxonomy>(taxonomy.value());
    const QDate today = QDate::currentDate();
    m_context = MatchingContext::fromVacancies(shared, SyntheticVacancies::generate(500, 3, today), today);
    m_empty = MatchingContext::fromVacancies(shared, {}, today);
    QVERIFY(m_context->index().size() > 0);
    QCOMPARE(m_empty->index().size(), 0);
}

void TestMatchesPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    auto id = store().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}});
    QVERIFY(id);
    m_person = id.value();
    for (const char *skill : {"customer service", "cash handling", "food hygiene level 2"})
        QVERIFY(store().add(m_person, Kinds::Skill, {{"label", skill}, {"source", "self_reported"}}));
}

void TestMatchesPage::cleanup()
{
    m_page.reset();
    m_vault.reset();
    m_dir.reset();
}

MatchesPage::MatchProfileSource TestMatchesPage::profileSource(std::shared_ptr<const MatchingContext> context)
{
    return [this, context](const QString &id) {
        return MatchProfileBuilder(store(), m_vault->database(), context->normaliser()).build(id);
    };
}

void TestMatchesPage::openPage(std::shared_ptr<const MatchingContext> context)
{
    m_page = std::make_unique<MatchesPage>(store(), QStringLiteral("claimant"));
    m_page->setMatching([context]() -> Result<std::shared_ptr<const MatchingContext>> { return context; },
                        profileSource(context));
    m_page->setPerson(m_person);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

bool TestMatchesPage::settled() const
{
    return !m_page->isBusy() && m_page->findChild<QTreeView *>("matchList")->model()->rowCount() > 0;
}

QVector<QPair<QString, double>> TestMatchesPage::shown() const
{
    const QAbstractItemModel *model = m_page->findChild<QTreeView *>("matchList")->model();
    QVector<QPair<QString, double>> rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        rows.append({index.data(MatchesPage::VacancyIdRole).toString(), index.data(MatchesPage::ScoreRole).toDouble()});
    }
    return rows;
}

int TestMatchesPage::count(const QString &kind) const
{
    auto records = m_vault->records().list(m_person, kind);
    return records ? int(records->size()) : -1;
}

void TestMatchesPage::selectRow(int row)
{
    auto *list = child<QTreeView>("matchList");
    list->setCurrentIndex(list->model()->index(row, 0));
}

void TestMatchesPage::ranksBestFirstWithSpokenScores()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    const auto rows = shown();
    QVERIFY(rows.size() > 1);
    for (int i = 1; i < rows.size(); ++i)
        QVERIFY2(rows.at(i - 1).second >= rows.at(i).second, qPrintable(QString::number(i)));
    const QAbstractItemModel *model = child<QTreeView>("matchList")->model();
    const int percent = int(std::lround(rows.first().second * 100));
    const QString spoken = model->index(0, 0).data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.contains(QStringLiteral("score %1 percent").arg(percent)), qPrintable(spoken));
    QVERIFY(!child<QLabel>("emptyStateLabel")->isVisible());
}

void TestMatchesPage::selectingExplainsTheScore()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    QVERIFY(!child<QPushButton>("shortlistButton")->isEnabled());
    selectRow(0);
    const MatchResult &best = m_page->results().first();
    double skillsValue = -1;
    for (const ScoreComponent &component : best.components) {
        if (component.key == QStringLiteral("skills"))
            skillsValue = component.value;
    }
    QVERIFY(skillsValue >= 0);
    const QString text = child<QPlainTextEdit>("explanationView")->toPlainText();
    const QString skills = QStringLiteral("%1: %2% of the way there, %3% of the score")
                               .arg(Matcher::componentName(QStringLiteral("skills")))
                               .arg(std::lround(skillsValue * 100))
                               .arg(std::lround(best.share(QStringLiteral("skills")) * 100));
    QVERIFY2(text.contains(skills), qPrintable(text + QStringLiteral("\n--- wanted: ") + skills));
    QVERIFY(child<QPushButton>("shortlistButton")->isEnabled());
    QVERIFY(child<QTreeWidget>("gapView")->topLevelItemCount() == 2);

    // Some vacancy in the list lacks a skill a course teaches: the gap view ranks that course.
    auto *gap = child<QTreeWidget>("gapView");
    bool courseShown = false;
    for (int row = 0; row < int(m_page->results().size()) && !courseShown; ++row) {
        selectRow(row);
        QTreeWidgetItem *courses = gap->topLevelItem(1);
        courseShown = courses->childCount() > 0 && courses->child(0)->text(3).startsWith(QStringLiteral("closes "));
    }
    QVERIFY(courseShown);
}

void TestMatchesPage::tryingASkillChangesResultsWithoutSaving()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    const auto before = shown();
    const int skillsBefore = count(Kinds::Skill);
    const QByteArray digest = Fixtures::databaseDigest(*m_vault);

    // Retail vacancies lead for this person; a retail skill they lack moves them.
    QTest::keyClicks(child<QLineEdit>("trySkillEdit"), "till operation");
    QTRY_VERIFY(child<QLabel>("trySkillMapping")->text().contains(QStringLiteral("till operation")));
    QTRY_VERIFY(settled() && shown() != before);
    QCOMPARE(count(Kinds::Skill), skillsBefore);
    QCOMPARE(Fixtures::databaseDigest(*m_vault), digest);

    // Clearing the trial brings the person's own results back.
    child<QLineEdit>("trySkillEdit")->clear();
    QTRY_VERIFY(settled() && shown() == before);
}

void TestMatchesPage::addingTheTriedSkillSavesIt()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    QSignalSpy added(m_page.get(), &MatchesPage::recordsAdded);
    const int skillsBefore = count(Kinds::Skill);
    auto *button = child<QPushButton>("addSkillButton");
    QVERIFY(!button->isEnabled());
    QTest::keyClicks(child<QLineEdit>("trySkillEdit"), "forklift licence");
    QTRY_VERIFY(button->isEnabled());
    QCOMPARE(count(Kinds::Skill), skillsBefore);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(count(Kinds::Skill), skillsBefore + 1);
    QCOMPARE(added.count(), 1);
    const auto skills = store().list(m_person, Kinds::Skill);
    QVERIFY(skills);
    const Record &saved = skills->last();
    QCOMPARE(saved.value("source"), QStringLiteral("self_reported"));
    QVERIFY(!saved.value("taxonomy_id").isEmpty());
    QVERIFY(!button->isEnabled());
}

void TestMatchesPage::contractFilterLeavesOnlyThatType()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    auto *combo = child<QComboBox>("contractFilter");
    const int wanted = int(ContractType::Temporary);
    const int index = combo->findData(wanted);
    QVERIFY(index > 0);
    combo->setCurrentIndex(index);
    const auto onlyWanted = [this, wanted] {
        const QAbstractItemModel *model = m_page->findChild<QTreeView *>("matchList")->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(MatchesPage::ContractRole).toInt() != wanted)
                return false;
        }
        return true;
    };
    QTRY_VERIFY(settled() && onlyWanted());

    combo->setCurrentIndex(0);
    QTRY_VERIFY(settled() && !onlyWanted());
}

void TestMatchesPage::overtakenResultsAreDropped()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    const auto before = shown();
    auto *combo = child<QComboBox>("contractFilter");
    // Three requests in a row: only the last one's results may be shown, whatever order they finish in.
    combo->setCurrentIndex(combo->findData(int(ContractType::Temporary)));
    combo->setCurrentIndex(combo->findData(int(ContractType::Apprenticeship)));
    combo->setCurrentIndex(0);
    QVERIFY(m_page->isBusy());
    QTRY_VERIFY(!m_page->isBusy());
    QCOMPARE(shown(), before);
}

void TestMatchesPage::shortlistAddsOneAction()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    QSignalSpy added(m_page.get(), &MatchesPage::recordsAdded);
    const int before = count(Kinds::ActionItem);
    selectRow(0);
    const QString vacancy = shown().first().first;
    QTest::mouseClick(child<QPushButton>("shortlistButton"), Qt::LeftButton);
    QCOMPARE(count(Kinds::ActionItem), before + 1);
    QCOMPARE(added.count(), 1);
    const Record action = store().list(m_person, Kinds::ActionItem)->last();
    QVERIFY(action.value("description").startsWith(QStringLiteral("Shortlisted: ")));
    QVERIFY(action.value("description").contains(vacancy));
    QCOMPARE(action.value("status"), QStringLiteral("open"));
    QCOMPARE(action.value("owner"), QStringLiteral("person"));
    QCOMPARE(action.value("type"), QStringLiteral("voluntary"));
    QVERIFY(child<QLabel>("matchStatusLabel")->text().contains(QStringLiteral("shortlisted")));
    // The selection stays put so the coach can also record the discussion.
    QVERIFY(child<QPushButton>("discussedButton")->isEnabled());
}

void TestMatchesPage::discussedAddsADoneAction()
{
    openPage(m_context);
    QTRY_VERIFY(settled());
    const int before = count(Kinds::ActionItem);
    selectRow(1);
    QTest::mouseClick(child<QPushButton>("discussedButton"), Qt::LeftButton);
    QCOMPARE(count(Kinds::ActionItem), before + 1);
    const Record action = store().list(m_person, Kinds::ActionItem)->last();
    QVERIFY(action.value("description").startsWith(QStringLiteral("Discussed with claimant: ")));
    QCOMPARE(action.value("status"), QStringLiteral("done"));
}

void TestMatchesPage::emptyVacanciesShowEmptyState()
{
    openPage(m_empty);
    auto *label = child<QLabel>("emptyStateLabel");
    QTRY_VERIFY(label->isVisible());
    QVERIFY(label->text().contains(QStringLiteral("No open vacancies")));
    QVERIFY(!child<QTreeView>("matchList")->isVisible());
}

void TestMatchesPage::workspaceAddsMatchesTabLast()
{
    PersonWorkspace workspace(store(), VaultSetting::WorkCoach);
    const int tabsBefore = workspace.tabs()->count();
    auto context = m_context;
    workspace.setMatching([context]() -> Result<std::shared_ptr<const MatchingContext>> { return context; },
                          profileSource(context));
    QCOMPARE(workspace.tabs()->count(), tabsBefore + 1);
    // The page sits in the tab's scroll area, so it scrolls on a small screen.
    QVERIFY(workspace.tabs()->widget(PersonWorkspace::MatchesTab)->isAncestorOf(workspace.matchesPage()));
    QCOMPARE(workspace.tabs()->tabText(PersonWorkspace::MatchesTab).remove('&'), QStringLiteral("Matches"));
    workspace.resize(1000, 700);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    workspace.showPerson(m_person);
    workspace.tabs()->setCurrentIndex(PersonWorkspace::MatchesTab);
    auto *list = workspace.findChild<QTreeView *>("matchList");
    QTRY_VERIFY(!workspace.matchesPage()->isBusy() && list->model()->rowCount() > 0);

    QSignalSpy edited(&workspace, &PersonWorkspace::personEdited);
    list->setCurrentIndex(list->model()->index(0, 0));
    QTest::mouseClick(workspace.findChild<QPushButton *>("shortlistButton"), Qt::LeftButton);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().first().toString(), m_person);

    workspace.clear();
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(workspace.findChild<QPlainTextEdit *>("explanationView")->toPlainText().indexOf("Shortlisted") < 0);
}

void TestMatchesPage::waitsForVacanciesReadInTheBackground()
{
    // While the vacancies are read on a worker the page says so, and never asks the loader (which would
    // freeze the window waiting); it ranks once told the read has ended.
    bool ready = false;
    int loads = 0;
    m_page = std::make_unique<MatchesPage>(store(), QStringLiteral("claimant"));
    m_page->setMatching(
        [this, &loads]() -> Result<std::shared_ptr<const MatchingContext>> {
            ++loads;
            return m_context;
        },
        profileSource(m_context));
    m_page->setContextReadiness([&ready] { return ready; });
    m_page->setPerson(m_person);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto *empty = child<QLabel>("emptyStateLabel");
    QVERIFY(empty && empty->isVisible());
    QVERIFY2(empty->text().contains(QStringLiteral("Reading the vacancies")), qPrintable(empty->text()));
    QCOMPARE(loads, 0);
    QVERIFY(shown().isEmpty());

    ready = true;
    m_page->contextReady();
    QTRY_VERIFY(settled());
    QCOMPARE(loads, 1);
    QVERIFY(!empty->isVisible());
    QVERIFY(!shown().isEmpty());
    // A late second notice changes nothing.
    m_page->contextReady();
    QCOMPARE(loads, 1);
}

QTEST_MAIN(TestMatchesPage)
#include "TestMatchesPage.moc"
