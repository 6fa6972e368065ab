#include "model/core/Settings.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/VaultSession.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "ui/matching/MatchesPage.h"
#include "ui/matching/SkillSuggestionsPanel.h"
#include "ui/matching/TaxonomyDialog.h"
#include "ui/matching/VacancyMatchesDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWorkspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/** Reverse matching (people for a vacancy) and the Matches tab's suggestions from work history. */
class TestVacancyMatchesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsOpenVacanciesWithFilter();
    void isBuiltFromItsFormWithEveryControlNamed();
    void careVacancyRanksCarerFirst();
    void closedCasesAreLeftOut();
    void openPersonEmitsTheirId();
    void noVacanciesShowsEmptyState();
    void waitsForVacanciesReadInTheBackground();
    void suggestionsFromWorkHistoryNeedAClick();
    void mainWindowWiresMenusAndOpensPerson();

private:
    void insertVacancies();
    QString addPerson(const QString &given, const QString &family, const QStringList &skills, const QString &status);
    std::unique_ptr<VacancyMatchesDialog> openDialog();
    VacancyMatchesDialog::MatchingLoader loader();
    VacancyMatchesDialog::ProfileSource profileSource();
    template <typename T>
    T *child(QWidget *parent, const char *name) const
    {
        T *found = parent->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    QString m_carer;
    QString m_driver;
};

void TestVacancyMatchesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVacancyMatchesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    m_carer = addPerson(
        "Ann", "Carew", {"personal care", "moving and handling", "safeguarding adults", "infection control"}, "open");
    m_driver = addPerson("Bob", "Fork", {"forklift licence", "stock control", "warehouse picking"}, "open");
    QVERIFY(!m_carer.isEmpty() && !m_driver.isEmpty());
}

void TestVacancyMatchesDialog::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

QString TestVacancyMatchesDialog::addPerson(const QString &given,
                                            const QString &family,
                                            const QStringList &skills,
                                            const QString &status)
{
    RecordStore &store = m_vault->records();
    auto id = store.createPerson({{"given_name", given}, {"family_name", family}, {"status", status}});
    if (!id)
        return {};
    for (const QString &skill : skills) {
        if (!store.add(id.value(), Kinds::Skill, {{"label", skill}, {"source", "self_reported"}}))
            return {};
    }
    return id.value();
}

void TestVacancyMatchesDialog::insertVacancies()
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
        {"V-CARE-1", "Care Assistant", "Meadow View Care", "personal care;moving and handling;safeguarding adults"},
        {"V-WH-2", "Warehouse Operative", "Northern Freight", "forklift licence;stock control;warehouse picking"},
        {"V-SHOP-3", "Retail Assistant", "Corner Shop Ltd", "customer service;cash handling"},
    };
    for (const QStringList &row : rows) {
        insert.bind(1, row.at(0)).bind(2, row.at(1)).bind(3, row.at(2)).bind(4, row.at(3)).bind(5, closing);
        QVERIFY(insert.exec().ok());
        insert.reset();
    }
    QVERIFY(db.commit().ok());
}

VacancyMatchesDialog::ProfileSource TestVacancyMatchesDialog::profileSource()
{
    return [this](const QString &id, const SkillNormaliser &normaliser) {
        return MatchProfileBuilder(m_vault->records(), m_vault->database(), normaliser).build(id);
    };
}

VacancyMatchesDialog::MatchingLoader TestVacancyMatchesDialog::loader()
{
    return [this]() -> Result<std::shared_ptr<const MatchingContext>> {
        return MatchingContext::load(m_vault->database(), QDate::currentDate());
    };
}

std::unique_ptr<VacancyMatchesDialog> TestVacancyMatchesDialog::openDialog()
{
    auto dialog = std::make_unique<VacancyMatchesDialog>(
        m_vault->records(), profileSource(), loader(), QStringLiteral("claimant"));
    dialog->show();
    return dialog;
}

void TestVacancyMatchesDialog::listsOpenVacanciesWithFilter()
{
    insertVacancies();
    auto dialog = openDialog();
    auto *list = child<QTreeView>(dialog.get(), "vacancyList");
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(!child<QLabel>(dialog.get(), "emptyStateLabel")->isVisible());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "vacancyFilterEdit"), "freight");
    QCOMPARE(list->model()->rowCount(), 1);
    QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Warehouse Operative"));
    child<QLineEdit>(dialog.get(), "vacancyFilterEdit")->clear();
    QCOMPARE(list->model()->rowCount(), 3);
    // Choosing a vacancy the filter hides clears the filter.
    QTest::keyClicks(child<QLineEdit>(dialog.get(), "vacancyFilterEdit"), "freight");
    QVERIFY(dialog->selectVacancy("V-CARE-1"));
    QCOMPARE(list->model()->rowCount(), 3);
    QVERIFY(!dialog->selectVacancy("NOT-THERE"));
}

void TestVacancyMatchesDialog::isBuiltFromItsFormWithEveryControlNamed()
{
    insertVacancies();
    auto dialog = openDialog();
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Vacancies"));
    const QStringList problems = AccessibilityCheck::problems(dialog.get());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    // The vault's own word for a person, which the form cannot know.
    auto *open = child<QPushButton>(dialog.get(), "openPersonButton");
    QVERIFY2(open->text().contains("claimant"), qPrintable(open->text()));
    QVERIFY(open->accessibleName().contains("claimant"));
    QCOMPARE(AccessibilityCheck::tabOrder(child<QLineEdit>(dialog.get(), "vacancyFilterEdit")),
             QStringList({"vacancyFilterEdit", "vacancyList", "peopleList", "explanationView", "Close"}));
}

void TestVacancyMatchesDialog::careVacancyRanksCarerFirst()
{
    insertVacancies();
    auto dialog = openDialog();
    QVERIFY(dialog->selectVacancy("V-CARE-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->results().isEmpty(), 20000);
    QCOMPARE(dialog->results().constFirst().personId, m_carer);
    if (dialog->results().size() > 1)
        QVERIFY(dialog->results().at(0).result.score > dialog->results().at(1).result.score);

    const QAbstractItemModel *people = child<QTreeView>(dialog.get(), "peopleList")->model();
    QCOMPARE(people->index(0, 0).data().toString(), QStringLiteral("1"));
    QVERIFY(people->index(0, 1).data().toString().contains("Ann"));
    QVERIFY(people->index(0, 2).data().toString().endsWith('%'));
    QCOMPARE(people->index(0, 0).data(VacancyMatchesDialog::PersonIdRole).toString(), m_carer);

    // The best person is selected and explained.
    const QString why = child<QPlainTextEdit>(dialog.get(), "explanationView")->toPlainText();
    QVERIFY2(why.contains("How the score is made up"), qPrintable(why));
    QVERIFY2(why.contains("Care Assistant"), qPrintable(why));
    QVERIFY2(why.contains("personal care", Qt::CaseInsensitive), qPrintable(why));
    QVERIFY(child<QPushButton>(dialog.get(), "openPersonButton")->isEnabled());

    // Another vacancy re-ranks: the warehouse person now comes first.
    QVERIFY(dialog->selectVacancy("V-WH-2"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->results().isEmpty() &&
                                 dialog->results().constFirst().personId == m_driver,
                             20000);
}

void TestVacancyMatchesDialog::closedCasesAreLeftOut()
{
    insertVacancies();
    const QString closed =
        addPerson("Cara", "Closed", {"personal care", "moving and handling", "safeguarding adults"}, "closed");
    QVERIFY(!closed.isEmpty());
    auto dialog = openDialog();
    QVERIFY(dialog->selectVacancy("V-CARE-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->results().isEmpty(), 20000);
    for (const PersonMatch &match : dialog->results())
        QVERIFY(match.personId != closed);
}

void TestVacancyMatchesDialog::openPersonEmitsTheirId()
{
    insertVacancies();
    auto dialog = openDialog();
    QSignalSpy open(dialog.get(), &VacancyMatchesDialog::openPersonRequested);
    QVERIFY(dialog->selectVacancy("V-CARE-1"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && !dialog->results().isEmpty(), 20000);
    child<QPushButton>(dialog.get(), "openPersonButton")->click();
    QCOMPARE(open.count(), 1);
    QCOMPARE(open.at(0).at(0).toString(), m_carer);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestVacancyMatchesDialog::noVacanciesShowsEmptyState()
{
    auto dialog = openDialog();
    auto *empty = child<QLabel>(dialog.get(), "emptyStateLabel");
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains("no open vacancies"));
    QVERIFY(!child<QTreeView>(dialog.get(), "vacancyList")->isVisible());
}

void TestVacancyMatchesDialog::waitsForVacanciesReadInTheBackground()
{
    // While the vacancies are read on a worker the dialog says so and does not ask the loader, which would
    // freeze the window waiting; it lists them once told the read has ended.
    insertVacancies();
    bool ready = false;
    int loads = 0;
    VacancyMatchesDialog dialog(
        m_vault->records(),
        profileSource(),
        [this, &loads]() -> Result<std::shared_ptr<const MatchingContext>> {
            ++loads;
            return MatchingContext::load(m_vault->database(), QDate::currentDate());
        },
        QStringLiteral("claimant"),
        nullptr,
        [&ready] { return ready; });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *empty = child<QLabel>(&dialog, "emptyStateLabel");
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), MatchingContextLoader::readingMessage());
    QCOMPARE(loads, 0);
    QVERIFY(!dialog.selectVacancy("V-CARE-1"));

    ready = true;
    dialog.contextReady();
    QCOMPARE(loads, 1);
    QVERIFY(!empty->isVisible());
    QVERIFY(child<QTreeView>(&dialog, "vacancyList")->isVisible());
    QVERIFY(dialog.selectVacancy("V-CARE-1"));
    dialog.contextReady(); // a late second notice reads nothing again
    QCOMPARE(loads, 1);
}

void TestVacancyMatchesDialog::suggestionsFromWorkHistoryNeedAClick()
{
    RecordStore &store = m_vault->records();
    auto person = store.createPerson({{"given_name", "Dee"}, {"family_name", "History"}});
    QVERIFY(person);
    const QString id = person.value();
    QVERIFY(
        store.add(id, QStringLiteral("work_history"), {{"job_title", "Care Assistant"}, {"employer", "Oak Lodge"}}));
    QVERIFY(store.add(id, Kinds::Skill, {{"label", "personal care"}, {"source", "self_reported"}}));

    auto context = MatchingContext::load(m_vault->database(), QDate::currentDate());
    QVERIFY(context);
    const std::shared_ptr<const MatchingContext> shared = context.value();
    Database &db = m_vault->database();
    MatchesPage page(store, QStringLiteral("claimant"));
    page.setMatching([shared]() -> Result<std::shared_ptr<const MatchingContext>> { return shared; },
                     [&store, &db, shared](const QString &personId) {
                         return MatchProfileBuilder(store, db, shared->normaliser()).build(personId);
                     });
    page.setSuggestionSource([&store, &db, shared](const QString &personId) {
        return MatchProfileBuilder(store, db, shared->normaliser()).historySuggestions(personId);
    });
    QSignalSpy added(&page, &MatchesPage::recordsAdded);
    page.setPerson(id);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));

    SkillSuggestionsPanel *panel = page.suggestionsPanel();
    QVERIFY(panel->isVisible());
    QVERIFY(!panel->suggestions().isEmpty());
    const int offered = int(panel->suggestions().size());
    // The skill they already have is not offered again.
    for (const SkillSuggestion &suggestion : panel->suggestions()) {
        QVERIFY(suggestion.label.compare("personal care", Qt::CaseInsensitive) != 0);
        QVERIFY2(suggestion.reason.contains("care assistant", Qt::CaseInsensitive), qPrintable(suggestion.reason));
    }
    const QList<QLabel *> labels = panel->findChildren<QLabel *>("suggestionLabel");
    QCOMPARE(labels.size(), offered);
    QVERIFY(labels.constFirst()->text().contains(panel->suggestions().constFirst().label));

    // Nothing is added by showing them.
    auto skills = store.list(id, Kinds::Skill);
    QVERIFY(skills);
    QCOMPARE(skills->size(), 1);

    const SkillSuggestion first = panel->suggestions().constFirst();
    const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>("addSuggestionButton");
    QCOMPARE(buttons.size(), offered);
    buttons.constFirst()->click();

    skills = store.list(id, Kinds::Skill);
    QVERIFY(skills);
    QCOMPARE(skills->size(), 2);
    int fromHistory = 0;
    for (const Record &record : skills.value()) {
        if (record.value("source") == QLatin1String("work_history")) {
            ++fromHistory;
            QCOMPARE(record.value("label"), first.label);
            QCOMPARE(record.value("taxonomy_id"), first.conceptId);
        }
    }
    QCOMPARE(fromHistory, 1);
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), id);
    // The added skill is no longer suggested; the others stay, unsaved.
    QCOMPARE(int(panel->suggestions().size()), offered - 1);
    for (const SkillSuggestion &suggestion : panel->suggestions())
        QVERIFY(suggestion.conceptId != first.conceptId);
}

void TestVacancyMatchesDialog::mainWindowWiresMenusAndOpensPerson()
{
    insertVacancies();
    m_vault.reset();
    Settings settings(m_dir->filePath("settings.ini"), nullptr);
    VaultSession session;
    session.setPath(Fixtures::pathIn(*m_dir));
    QVERIFY(session.unlock(Fixtures::passphrase()));
    MainWindow window(session, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *vacancies = window.findChild<QAction *>("vacanciesAction");
    auto *taxonomy = window.findChild<QAction *>("taxonomyAction");
    QVERIFY(vacancies && taxonomy);
    QVERIFY(vacancies->isEnabled() && taxonomy->isEnabled());
    QVERIFY(window.workspace()->matchesPage()->suggestionsPanel()->hasSource());

    // The taxonomy dialog opens from the Vault menu.
    bool sawTaxonomy = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<TaxonomyDialog *>(QApplication::activeModalWidget());
        sawTaxonomy = dialog != nullptr;
        if (dialog)
            dialog->reject();
    });
    taxonomy->trigger();
    QVERIFY(sawTaxonomy);

    // Open this person shows them in the workspace.
    bool ranked = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<VacancyMatchesDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        // The vacancies may still be being read on a worker when the dialog opens.
        if (QTest::qWaitFor([&] { return dialog->selectVacancy("V-CARE-1"); }, 20000))
            ranked = QTest::qWaitFor([&] { return !dialog->isBusy() && !dialog->results().isEmpty(); }, 20000);
        if (ranked)
            dialog->findChild<QPushButton *>("openPersonButton")->click();
        else
            dialog->reject();
    });
    vacancies->trigger();
    QVERIFY(ranked);
    QCOMPARE(window.workspace()->personId(), m_carer);
    QVERIFY(window.workspace()->isEnabled());

    session.lock();
    QVERIFY(!vacancies->isEnabled() && !taxonomy->isEnabled());
}

QTEST_MAIN(TestVacancyMatchesDialog)
#include "TestVacancyMatchesDialog.moc"
