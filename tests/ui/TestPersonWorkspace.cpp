#include "model/forms/FormCatalogue.h"
#include "model/notes/NoteExtractor.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"
#include "ui/caseload/NoteSuggestionsPanel.h"
#include "ui/caseload/NotesPage.h"
#include "ui/caseload/PersonEraseDialog.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordForm.h"
#include "ui/caseload/RecordFormPage.h"
#include "ui/caseload/RecordListPage.h"
#include "ui/forms/FormEditor.h"
#include "ui/forms/FormsPage.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/widgets/MessageBox.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include "../support/Fixtures.h"

/** The person workspace: header, in-place forms, record lists with dialogs, notes, audit, case and erasure. */
class TestPersonWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabsInOrder();
    void showPersonFillsHeaderAndProfile();
    void editAndSaveChangesStore();
    void saveShortcutSavesShownForm();
    void invalidPostcodeShowsMessageBesideField();
    void circumstancesSaveCreatesRecord();
    void addsWorkHistoryThroughDialog();
    void editsAndRemovesWorkHistory();
    void addsNoteAndCorrection();
    void notesCannotBeRemoved();
    void openingHealthAuditsViewHealth();
    void closesAndReopensCase();
    void erasesOnlyWithTypedName();
    void clearLeavesNoPersonalText();
    void wordingFollowsSetting();
    void addPersonCreatesPerson();
    void noteSuggestionsGoIntoTheOpenForm();

private:
    int auditCount(const QString &action) const;
    void openWorkspace(VaultSetting setting = VaultSetting::WorkCoach);
    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_workspace->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    RecordStore &store() { return m_vault->records(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<PersonWorkspace> m_workspace;
    QString m_person;
};

void TestPersonWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestPersonWorkspace::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    auto id = store().createPerson({{"given_name", "Siân"},
                                    {"family_name", "Evans"},
                                    {"preferred_name", "Sia"},
                                    {"preferred_language", "cy"},
                                    {"postcode", "CF10 1AA"},
                                    {"email", "sian@example.com"}});
    QVERIFY(id);
    m_person = id.value();
    QVERIFY(store().add(m_person, Kinds::FitNote, {{"assessed_on", "2026-01-05"}, {"assessment", "may_be_fit"}}));
    openWorkspace();
}

void TestPersonWorkspace::openWorkspace(VaultSetting setting)
{
    m_workspace = std::make_unique<PersonWorkspace>(store(), setting);
    m_workspace->resize(900, 700);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
}

void TestPersonWorkspace::cleanup()
{
    m_workspace.reset();
    m_vault.reset();
    m_dir.reset();
}

int TestPersonWorkspace::auditCount(const QString &action) const
{
    auto entries = m_vault->audit().entries(m_person);
    if (!entries)
        return -1;
    return int(
        std::count_if(entries->cbegin(), entries->cend(), [&](const AuditEntry &e) { return e.action == action; }));
}

void TestPersonWorkspace::tabsInOrder()
{
    auto *tabs = child<QTabWidget>("workspaceTabs");
    QVERIFY(tabs);
    const QStringList expected = {"profileTab",
                                  "circumstancesTab",
                                  "workTab",
                                  "healthTab",
                                  "planTab",
                                  "notesTab",
                                  "appointmentsTab",
                                  "consentTab"};
    QCOMPARE(tabs->count(), expected.size());
    for (int i = 0; i < tabs->count(); ++i)
        QCOMPARE(tabs->widget(i)->objectName(), expected.at(i));
    QCOMPARE(tabs->tabText(PersonWorkspace::HealthTab).remove('&'), QStringLiteral("Health and work"));
    QVERIFY(m_workspace->listPage(Kinds::WorkHistory));
    QVERIFY(m_workspace->listPage(Kinds::Consent));
    QVERIFY(!m_workspace->listPage(Kinds::Note));
}

void TestPersonWorkspace::showPersonFillsHeaderAndProfile()
{
    m_workspace->showPerson(m_person);
    QCOMPARE(m_workspace->personId(), m_person);
    auto *header = child<QWidget>("personHeader");
    QVERIFY(header && header->isVisible());
    QCOMPARE(header->findChild<QLabel *>("personNameLabel")->text(), QStringLiteral("Siân Evans"));
    QVERIFY(header->findChild<QLabel *>("preferredNameLabel")->text().contains("Sia"));
    QVERIFY(header->findChild<QLabel *>("preferredLanguageLabel")->text().contains("Welsh"));
    QCOMPARE(header->findChild<QLabel *>("caseStatusLabel")->text(), QStringLiteral("Case open"));

    auto *profile = m_workspace->profilePage()->form();
    QCOMPARE(qobject_cast<QLineEdit *>(profile->editor("given_name"))->text(), QStringLiteral("Siân"));
    QCOMPARE(qobject_cast<QLineEdit *>(profile->editor("postcode"))->text(), QStringLiteral("CF10 1AA"));
    QCOMPARE(qobject_cast<QComboBox *>(profile->editor("preferred_language"))->currentText(), QStringLiteral("Welsh"));
    QCOMPARE(auditCount("view_person"), 1);
    QCOMPARE(auditCount("view_health"), 0);
}

void TestPersonWorkspace::editAndSaveChangesStore()
{
    m_workspace->showPerson(m_person);
    QSignalSpy edited(m_workspace.get(), &PersonWorkspace::personEdited);
    auto *family = m_workspace->profilePage()->findChild<QLineEdit *>("family_name");
    family->clear();
    QTest::keyClicks(family, "Jones");
    QTest::mouseClick(child<QPushButton>("personSaveButton"), Qt::LeftButton);
    QCOMPARE(store().get(m_person)->value("family_name"), QStringLiteral("Jones"));
    QCOMPARE(child<QLabel>("personNameLabel")->text(), QStringLiteral("Siân Jones"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(edited.first().first().toString(), m_person);
    QVERIFY(!m_workspace->profilePage()->form()->isModified());

    // Enter in a one-line field saves too.
    auto *phone = m_workspace->profilePage()->findChild<QLineEdit *>("phone");
    QTest::keyClicks(phone, "07700 900982");
    QTest::keyClick(phone, Qt::Key_Return);
    QVERIFY(!store().get(m_person)->value("phone").isEmpty());
}

void TestPersonWorkspace::saveShortcutSavesShownForm()
{
    m_workspace->showPerson(m_person);
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
    auto *preferred = m_workspace->profilePage()->findChild<QLineEdit *>("preferred_name");
    preferred->setFocus();
    preferred->clear();
    QTest::keyClicks(preferred, "Sio");
    QTest::keySequence(preferred, QKeySequence::Save);
    QCOMPARE(store().get(m_person)->value("preferred_name"), QStringLiteral("Sio"));
}

void TestPersonWorkspace::invalidPostcodeShowsMessageBesideField()
{
    m_workspace->showPerson(m_person);
    const FieldMap before = store().get(m_person)->fields;
    auto *postcode = m_workspace->profilePage()->findChild<QLineEdit *>("postcode");
    postcode->clear();
    QTest::keyClicks(postcode, "NOT A POSTCODE");
    QTest::mouseClick(child<QPushButton>("personSaveButton"), Qt::LeftButton);

    auto *problem = m_workspace->profilePage()->findChild<QLabel *>("postcodeError");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains("postcode"), qPrintable(problem->text()));
    QVERIFY(!m_workspace->profilePage()->findChild<QLabel *>("emailError")->isVisible());
    QCOMPARE(store().get(m_person)->fields, before);
    // The typed value stays for the person to put right.
    QCOMPARE(postcode->text(), QStringLiteral("NOT A POSTCODE"));

    // Revert puts back what was saved and clears the problem.
    QTest::mouseClick(child<QPushButton>("personRevertButton"), Qt::LeftButton);
    QCOMPARE(postcode->text(), QStringLiteral("CF10 1AA"));
    QVERIFY(!problem->isVisible());
}

void TestPersonWorkspace::circumstancesSaveCreatesRecord()
{
    m_workspace->showPerson(m_person);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::CircumstancesTab);
    QVERIFY(store().single(m_person, Kinds::Circumstances)->id.isEmpty());
    auto *hours = m_workspace->circumstancesPage()->findChild<QLineEdit *>("hours_available");
    QTest::keyClicks(hours, "16");
    QTest::mouseClick(child<QPushButton>("circumstancesSaveButton"), Qt::LeftButton);
    auto saved = store().single(m_person, Kinds::Circumstances);
    QVERIFY(!saved->id.isEmpty());
    QCOMPARE(saved->value("hours_available"), QStringLiteral("16"));

    hours->clear();
    QTest::keyClicks(hours, "20");
    QTest::mouseClick(child<QPushButton>("circumstancesSaveButton"), Qt::LeftButton);
    QCOMPARE(store().list(m_person, Kinds::Circumstances)->size(), 1);
    QCOMPARE(store().single(m_person, Kinds::Circumstances)->value("hours_available"), QStringLiteral("20"));
}

void TestPersonWorkspace::addsWorkHistoryThroughDialog()
{
    m_workspace->showPerson(m_person);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::WorkTab);
    RecordListPage *page = m_workspace->listPage(Kinds::WorkHistory);

    // Escape cancels and saves nothing.
    QTest::mouseClick(child<QPushButton>("work_historyAddButton"), Qt::LeftButton);
    QPointer<RecordEditDialog> dialog = page->openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog);
    QVERIFY(store().list(m_person, Kinds::WorkHistory)->isEmpty());

    QTest::mouseClick(child<QPushButton>("work_historyAddButton"), Qt::LeftButton);
    dialog = page->openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    RecordForm *form = dialog->form();

    // Nothing typed: the dialog stays open with the problem beside the job title.
    auto *employer = form->findChild<QLineEdit *>("employer");
    QTest::keyClicks(employer, "Tesco");
    QTest::keyClicks(form->findChild<QLineEdit *>("start_date"), "2024-05-01");
    QTest::keyClicks(form->findChild<QLineEdit *>("end_date"), "2023-01-01");
    QTest::keyClick(employer, Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(!form->problem("job_title").isEmpty());
    QVERIFY(form->findChild<QLabel *>("job_titleError")->isVisible());
    QVERIFY(store().list(m_person, Kinds::WorkHistory)->isEmpty());

    QTest::keyClicks(form->findChild<QLineEdit *>("job_title"), "Warehouse operative");
    QTest::keyClick(employer, Qt::Key_Return);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(form->problem("job_title").isEmpty());
    QVERIFY(!form->problem("end_date").isEmpty());
    QVERIFY(store().list(m_person, Kinds::WorkHistory)->isEmpty());

    auto *end = form->findChild<QLineEdit *>("end_date");
    end->clear();
    QTest::keyClicks(end, "2025-01-31");
    QTest::keyClick(employer, Qt::Key_Return);
    QTRY_VERIFY(!dialog);

    auto records = store().list(m_person, Kinds::WorkHistory);
    QCOMPARE(records->size(), 1);
    QCOMPARE(records->first().value("job_title"), QStringLiteral("Warehouse operative"));
    QCOMPARE(records->first().value("employer"), QStringLiteral("Tesco"));
    QCOMPARE(records->first().value("end_date"), QStringLiteral("2025-01-31"));
    auto *view = child<QTableView>("work_historyView");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Warehouse operative"));
    QCOMPARE(page->currentRecordId(), records->first().id);
}

void TestPersonWorkspace::editsAndRemovesWorkHistory()
{
    QVERIFY(store().add(m_person, Kinds::WorkHistory, {{"job_title", "Cleaner"}}));
    m_workspace->showPerson(m_person);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::WorkTab);
    RecordListPage *page = m_workspace->listPage(Kinds::WorkHistory);
    auto *view = child<QTableView>("work_historyView");
    QCOMPARE(view->model()->rowCount(), 1);
    view->selectRow(0);

    // Enter on the list opens the selected entry.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QPointer<RecordEditDialog> dialog = page->openDialog();
    QVERIFY(dialog);
    QVERIFY(!dialog->isNew());
    auto *title = dialog->form()->findChild<QLineEdit *>("job_title");
    QCOMPARE(title->text(), QStringLiteral("Cleaner"));
    title->clear();
    QTest::keyClicks(title, "Office cleaner");
    QTest::mouseClick(dialog->findChild<QPushButton *>("saveButton"), Qt::LeftButton);
    QTRY_VERIFY(!dialog);
    QCOMPARE(store().list(m_person, Kinds::WorkHistory)->first().value("job_title"), QStringLiteral("Office cleaner"));

    // Remove asks first: "No" keeps it, "Yes" removes it.
    view->selectRow(0);
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>("work_historyRemoveButton"), Qt::LeftButton);
    QCOMPARE(store().list(m_person, Kinds::WorkHistory)->size(), 1);
    QVERIFY(MessageBox::lastText().contains("Office cleaner"));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("work_historyRemoveButton"), Qt::LeftButton);
    QVERIFY(store().list(m_person, Kinds::WorkHistory)->isEmpty());
    QCOMPARE(view->model()->rowCount(), 0);
    QVERIFY(child<QLabel>("work_historyEmpty")->isVisible());
}

void TestPersonWorkspace::addsNoteAndCorrection()
{
    m_workspace->showPerson(m_person);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::NotesTab);
    auto *editor = child<QPlainTextEdit>("noteEdit");
    auto *add = child<QPushButton>("addNoteButton");
    auto *view = child<QTreeWidget>("notesView");

    // An empty note is refused beside the editor.
    QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(child<QLabel>("noteError")->isVisible());
    QVERIFY(store().list(m_person, Kinds::Note)->isEmpty());

    QTest::keyClicks(editor, "Met at the library. Wants warehouse work.");
    QTest::mouseClick(add, Qt::LeftButton);
    auto notes = store().list(m_person, Kinds::Note);
    QCOMPARE(notes->size(), 1);
    const QString original = notes->first().id;
    QVERIFY(editor->toPlainText().isEmpty());
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(NotesPage::AuthorColumn), QStringLiteral("Test Coach"));
    QVERIFY(view->topLevelItem(0)->text(NotesPage::TextColumn).contains("warehouse work"));

    QTest::keyClicks(editor, "Second note.");
    QTest::keySequence(editor, QKeySequence(Qt::CTRL | Qt::Key_Return));
    QCOMPARE(store().list(m_person, Kinds::Note)->size(), 2);
    QCOMPARE(view->topLevelItem(0)->text(NotesPage::TextColumn), QStringLiteral("Second note."));

    // Correct the first note: it is the older one, so last in the timeline.
    view->setCurrentItem(view->topLevelItem(1));
    QTest::mouseClick(child<QPushButton>("correctNoteButton"), Qt::LeftButton);
    QCOMPARE(m_workspace->notesPage()->correcting(), original);
    QVERIFY(child<QLabel>("correctionBanner")->isVisible());
    QTest::keyClicks(editor, "Met at the jobcentre, not the library.");
    QTest::mouseClick(add, Qt::LeftButton);

    notes = store().list(m_person, Kinds::Note);
    QCOMPARE(notes->size(), 3);
    QCOMPARE(notes->last().value("corrects"), original);
    QCOMPARE(store().get(original)->value("text"), QStringLiteral("Met at the library. Wants warehouse work."));
    QVERIFY(m_workspace->notesPage()->correcting().isEmpty());
    QVERIFY(!child<QLabel>("correctionBanner")->isVisible());

    const QString originalDate = NotesPage::displayTime(store().get(original)->createdAt);
    QCOMPARE(view->topLevelItemCount(), 3);
    QCOMPARE(view->topLevelItem(0)->text(NotesPage::StatusColumn),
             QStringLiteral("Correction to the note of %1").arg(originalDate));
    QVERIFY(view->topLevelItem(0)->text(NotesPage::TextColumn).contains("jobcentre"));
    QVERIFY(view->topLevelItem(2)->text(NotesPage::StatusColumn).startsWith("Corrected on"));
    QVERIFY(view->topLevelItem(1)->text(NotesPage::StatusColumn).isEmpty());
}

void TestPersonWorkspace::notesCannotBeRemoved()
{
    auto note = store().add(m_person, Kinds::Note, {{"text", "Phoned about childcare."}});
    QVERIFY(note);
    m_workspace->showPerson(m_person);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::NotesTab);
    NotesPage *page = m_workspace->notesPage();
    for (const QPushButton *button : page->findChildren<QPushButton *>()) {
        const QString text = button->text().remove('&').toLower();
        QVERIFY2(!text.contains("remove") && !text.contains("delete") && !text.contains("edit"), qPrintable(text));
    }
    auto *view = child<QTreeWidget>("notesView");
    QCOMPARE(view->editTriggers(), QAbstractItemView::EditTriggers(QAbstractItemView::NoEditTriggers));
    view->setCurrentItem(view->topLevelItem(0));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Delete);
    QTest::keyClick(view, Qt::Key_F2);
    QCOMPARE(store().list(m_person, Kinds::Note)->size(), 1);
    QCOMPARE(store().get(note.value())->value("text"), QStringLiteral("Phoned about childcare."));
    QCOMPARE(store().remove(note.value()).error().code, ErrorCode::NotAllowed);
}

void TestPersonWorkspace::openingHealthAuditsViewHealth()
{
    m_workspace->showPerson(m_person);
    auto *fitNotes = child<QTableView>("fit_noteView");
    // Health records are not even read before the section is opened.
    QCOMPARE(fitNotes->model()->rowCount(), 0);
    QCOMPARE(auditCount("view_health"), 0);

    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::HealthTab);
    QCOMPARE(auditCount("view_health"), 1);
    QCOMPARE(fitNotes->model()->rowCount(), 1);
    QCOMPARE(fitNotes->model()->index(0, 0).data().toString(), QStringLiteral("2026-01-05"));

    // Once per showPerson: leaving and coming back does not audit again.
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::NotesTab);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::HealthTab);
    QCOMPARE(auditCount("view_health"), 1);

    // Showing the person again never lands on the health section by itself.
    m_workspace->showPerson(m_person);
    QCOMPARE(m_workspace->tabs()->currentIndex(), int(PersonWorkspace::ProfileTab));
    QCOMPARE(auditCount("view_health"), 1);
    QCOMPARE(fitNotes->model()->rowCount(), 0);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::HealthTab);
    QCOMPARE(auditCount("view_health"), 2);
    QCOMPARE(auditCount("view_person"), 2);
}

void TestPersonWorkspace::closesAndReopensCase()
{
    m_workspace->showPerson(m_person);
    auto *button = child<QPushButton>("closeCaseButton");
    QVERIFY(button->text().remove('&').startsWith("Close case"));
    QSignalSpy edited(m_workspace.get(), &PersonWorkspace::personEdited);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(store().get(m_person)->value("status"), QStringLiteral("closed"));
    QCOMPARE(child<QLabel>("caseStatusLabel")->text(), QStringLiteral("Case closed"));
    QVERIFY(button->text().remove('&').startsWith("Reopen case"));
    QCOMPARE(edited.count(), 1);
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(store().get(m_person)->value("status"), QStringLiteral("open"));
    QCOMPARE(child<QLabel>("caseStatusLabel")->text(), QStringLiteral("Case open"));
}

void TestPersonWorkspace::erasesOnlyWithTypedName()
{
    QVERIFY(store().add(m_person, Kinds::Note, {{"text", "Phoned."}}));
    m_workspace->showPerson(m_person);
    QSignalSpy erased(m_workspace.get(), &PersonWorkspace::personErased);
    auto *button = child<QPushButton>("erasePersonButton");
    QVERIFY(button->text().contains("claimant"));

    // A name that is not theirs erases nothing (accents and case are not asked for; the letters are).
    PersonEraseDialog::setNextConfirmation("Sian Evan");
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(store().get(m_person));
    QCOMPARE(erased.count(), 0);
    const QString details = PersonEraseDialog::lastDetails();
    QVERIFY(details.contains("Siân Evans"));
    QVERIFY(details.contains("Notes"));
    QVERIFY(details.contains("Fit notes"));
    QVERIFY(details.contains("cannot be undone"));

    PersonEraseDialog::setNextConfirmation("  siân   EVANS ");
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(store().get(m_person).error().code, ErrorCode::NotFound);
    QCOMPARE(erased.count(), 1);
    QCOMPARE(erased.first().first().toString(), m_person);
    QVERIFY(m_workspace->personId().isEmpty());
    QVERIFY(!child<QLabel>("personNameLabel")->text().contains("Evans"));
    QVERIFY(auditCount("erase") >= 1);
}

void TestPersonWorkspace::clearLeavesNoPersonalText()
{
    QVERIFY(store().add(m_person, Kinds::WorkHistory, {{"job_title", "Forklift driver"}, {"employer", "Brains"}}));
    QVERIFY(store().add(m_person, Kinds::Note, {{"text", "Zebra crossing anecdote."}}));
    QVERIFY(store().add(m_person, Kinds::HealthCondition, {{"description", "Asthma flare-ups"}}));
    QVERIFY(store().add(m_person, Kinds::Circumstances, {{"caring_responsibilities", "Looks after Gwen"}}));
    m_workspace->showPerson(m_person);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::HealthTab);
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::NotesTab);
    auto *notes = child<QTreeWidget>("notesView");
    notes->setCurrentItem(notes->topLevelItem(0));
    QTest::keyClicks(child<QPlainTextEdit>("noteEdit"), "Unsaved draft about Evans");
    m_workspace->tabs()->setCurrentIndex(PersonWorkspace::WorkTab);
    QTest::mouseClick(child<QPushButton>("work_historyAddButton"), Qt::LeftButton);
    QVERIFY(m_workspace->listPage(Kinds::WorkHistory)->openDialog());

    const QStringList secrets = {
        "Siân", "Sia", "Evans", "CF10", "sian@", "Forklift", "Brains", "Zebra", "Asthma", "Gwen", "2026-01-05"};
    auto leaks = [&]() {
        QStringList found;
        auto check = [&](const QString &where, const QString &text) {
            for (const QString &secret : secrets) {
                if (text.contains(secret))
                    found.append(where + ": " + text);
            }
        };
        for (const QLabel *label : m_workspace->findChildren<QLabel *>())
            check(label->objectName(), label->text() + label->accessibleDescription());
        for (const QLineEdit *edit : m_workspace->findChildren<QLineEdit *>())
            check(edit->objectName(), edit->text());
        for (const QPlainTextEdit *edit : m_workspace->findChildren<QPlainTextEdit *>())
            check(edit->objectName(), edit->toPlainText());
        for (const QComboBox *combo : m_workspace->findChildren<QComboBox *>())
            check(combo->objectName(), combo->currentText());
        for (const QWidget *widget : m_workspace->findChildren<QWidget *>())
            check(widget->objectName(), widget->accessibleDescription() + widget->windowTitle());
        for (const QAbstractItemView *view : m_workspace->findChildren<QAbstractItemView *>()) {
            const QAbstractItemModel *model = view->model();
            for (int row = 0; model && row < model->rowCount(); ++row) {
                for (int column = 0; column < model->columnCount(); ++column) {
                    const QModelIndex index = model->index(row, column);
                    check(view->objectName(), index.data().toString() + index.data(Qt::ToolTipRole).toString());
                }
            }
        }
        return found;
    };
    QVERIFY(!leaks().isEmpty());

    m_workspace->clear();
    QVERIFY(m_workspace->personId().isEmpty());
    const QStringList found = leaks();
    QVERIFY2(found.isEmpty(), qPrintable(found.join('\n')));
    QVERIFY(!m_workspace->findChild<RecordEditDialog *>());
}

void TestPersonWorkspace::wordingFollowsSetting()
{
    openWorkspace(VaultSetting::GpPractice);
    QVERIFY(child<QPushButton>("erasePersonButton")->text().contains("patient"));
    QVERIFY(child<QLabel>("personNameLabel")->text().contains("patient"));
    m_workspace->showPerson(m_person);
    QVERIFY(child<QPushButton>("closeCaseButton")->accessibleName().contains("patient"));
}

void TestPersonWorkspace::addPersonCreatesPerson()
{
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_workspace->findChild<RecordEditDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains("claimant"));
        RecordForm *form = dialog->form();
        QVERIFY(!form->editor("status"));
        QTest::keyClicks(form->findChild<QLineEdit *>("given_name"), "Tomos");
        QTest::keyClicks(form->findChild<QLineEdit *>("family_name"), "Hale");
        QTest::keyClick(form->findChild<QLineEdit *>("family_name"), Qt::Key_Return);
        filled = true;
    });
    const QString id = m_workspace->addPerson();
    QVERIFY(filled);
    QVERIFY(!id.isEmpty());
    auto person = store().get(id);
    QVERIFY(person);
    QCOMPARE(person->value("given_name"), QStringLiteral("Tomos"));
    QCOMPARE(person->value("status"), QStringLiteral("open"));
}

QTEST_MAIN(TestPersonWorkspace)
void TestPersonWorkspace::noteSuggestionsGoIntoTheOpenForm()
{
    const auto extractor = Fixtures::builtInExtractor();
    QVERIFY(extractor);
    m_workspace->setNoteSuggestions([extractor] { return extractor; }, m_vault->audit());
    m_workspace->setForms(
        std::make_unique<FormStore>(m_vault->database(), m_vault->audit(), m_vault->clock()),
        [] { return std::make_shared<const FormCatalogue>(FormCatalogue::builtIn().value()); },
        "Alex Coach",
        "work-coach");
    m_workspace->showPerson(m_person);
    NoteSuggestionsPanel *panel = m_workspace->notesPage()->suggestionsPanel();
    QVERIFY(!panel->hasFormSink());

    FormEditor *editor = m_workspace->formsPage()->startForm("action-plan", {}, "en");
    QVERIFY(editor);
    QVERIFY(panel->hasFormSink());

    auto *note = m_workspace->notesPage()->findChild<QPlainTextEdit *>("noteEdit");
    QVERIFY(note);
    note->setPlainText("She says she can do 30 hours a week now.");
    panel->extractNow();
    int hours = -1;
    const QVector<ExtractedSuggestion> found = panel->suggestions();
    for (int i = 0; i < found.size(); ++i)
        hours = found.at(i).kind == ExtractedSuggestion::Kind::Hours ? i : hours;
    QVERIFY(hours >= 0);
    panel->setCurrentRow(hours);
    panel->useCurrentInForm();
    QCOMPARE(editor->answers().value("hours_available"), QString("30"));
    // Into the form only: the case is not changed by using a suggestion in a form.
    QVERIFY(store().single(m_person, Kinds::Circumstances).value().value("hours_available").isEmpty());

    m_workspace->formsPage()->findChild<QPushButton *>("closeForm")->click();
    QVERIFY(!panel->hasFormSink());
}

#include "TestPersonWorkspace.moc"
