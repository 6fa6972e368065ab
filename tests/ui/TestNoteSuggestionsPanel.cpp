#include "model/core/EngineVersion.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/TaxonomyVersion.h"
#include "model/notes/NoteExtractor.h"
#include "model/notes/SuggestionAuditDetail.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"
#include "ui/caseload/NoteSuggestionsPanel.h"
#include "ui/caseload/NotesPage.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "../support/Fixtures.h"

/** Suggestions from the note being written, beside the notes editor: nothing reaches the case without Accept. */
class TestNoteSuggestionsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hiddenWithoutExtractor();
    void suggestionsAppearWithTheirSentence();
    void acceptWritesSkillAndAudits();
    void editThenAcceptWritesEditedValue();
    void rejectRemovesAndAudits();
    void acceptWorksByKeyboard();
    void noCaseTargetIsOnlyForAnOpenForm();
    void formSinkReceivesDate();
    void addingTheNoteClearsThePanel();
    void addingWarnsOfUndecidedSuggestions();
    void clearLeavesNoNoteText();
    void shownAndDecidedAreAuditedWithVersions();

private:
    void typeNote(const QString &text);
    int rowOf(ExtractedSuggestion::Kind kind) const;
    int auditCount(const QString &action) const;
    RecordStore &store() { return m_vault->records(); }
    template <typename T>
    T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }

    static constexpr const char *Note =
        "She has a forklift licence and can do 16 hours a week. Wants to be a care assistant.";

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<NotesPage> m_page;
    NoteSuggestionsPanel *m_panel = nullptr;
    std::shared_ptr<const NoteExtractor> m_extractor;
    QString m_person;
};

void TestNoteSuggestionsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_extractor = Fixtures::builtInExtractor(QDate(2026, 1, 15));
    QVERIFY(m_extractor);
}

void TestNoteSuggestionsPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    auto id = store().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}});
    QVERIFY(id);
    m_person = id.value();
    m_page = std::make_unique<NotesPage>(store());
    m_page->setSuggestions([this] { return m_extractor; }, m_vault->audit());
    m_panel = m_page->suggestionsPanel();
    m_page->load(m_person);
    m_page->resize(1000, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestNoteSuggestionsPanel::cleanup()
{
    m_page.reset();
    m_panel = nullptr;
    m_vault.reset();
    m_dir.reset();
}

void TestNoteSuggestionsPanel::typeNote(const QString &text)
{
    QTest::keyClicks(child<QPlainTextEdit>("noteEdit"), text);
}

int TestNoteSuggestionsPanel::rowOf(ExtractedSuggestion::Kind kind) const
{
    const auto suggestions = m_panel->suggestions();
    for (int i = 0; i < suggestions.size(); ++i) {
        if (suggestions.at(i).kind == kind)
            return i;
    }
    return -1;
}

int TestNoteSuggestionsPanel::auditCount(const QString &action) const
{
    auto entries = m_vault->audit().entries(m_person);
    if (!entries)
        return -1;
    return int(
        std::count_if(entries->cbegin(), entries->cend(), [&](const AuditEntry &e) { return e.action == action; }));
}

void TestNoteSuggestionsPanel::hiddenWithoutExtractor()
{
    NotesPage page(store());
    page.load(m_person);
    page.show();
    QVERIFY(!page.suggestionsPanel()->isVisible());
    QVERIFY(m_panel->isVisible());
}

void TestNoteSuggestionsPanel::suggestionsAppearWithTheirSentence()
{
    auto *list = child<QListWidget>("noteSuggestionsList");
    QCOMPARE(list->count(), 0);
    typeNote(Note);
    // Nothing is read until typing stops.
    QCOMPARE(list->count(), 0);
    QTRY_VERIFY(list->count() >= 3);
    QVERIFY(rowOf(ExtractedSuggestion::Kind::Licence) >= 0);
    QVERIFY(rowOf(ExtractedSuggestion::Kind::Hours) >= 0);
    QVERIFY(rowOf(ExtractedSuggestion::Kind::JobGoal) >= 0);

    const int licence = rowOf(ExtractedSuggestion::Kind::Licence);
    QVERIFY(list->item(licence)->text().contains("forklift licence"));
    QVERIFY(list->item(licence)->text().contains("“She has a forklift licence and can do 16 hours a week.”"));
    m_panel->setCurrentRow(licence);
    const QString source = child<QLabel>("noteSuggestionSource")->text();
    QVERIFY2(source.contains("She has a <b>forklift licence</b> and can do 16 hours a week."), qPrintable(source));
    QCOMPARE(child<QLabel>("noteSuggestionTarget")->text(),
             QStringLiteral("Adds the licence to the skills in Work and skills"));

    const int goal = rowOf(ExtractedSuggestion::Kind::JobGoal);
    QVERIFY(list->item(goal)->text().contains("Wants to be a care assistant."));

    // Nothing is on the case, nor audited, before Accept.
    QVERIFY(store().list(m_person, Kinds::Skill)->isEmpty());
    QVERIFY(store().list(m_person, Kinds::JobGoal)->isEmpty());
    QVERIFY(store().single(m_person, Kinds::Circumstances)->id.isEmpty());
    QCOMPARE(auditCount("suggestion_accepted"), 0);
}

void TestNoteSuggestionsPanel::acceptWritesSkillAndAudits()
{
    typeNote(Note);
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Licence) >= 0);
    const int before = m_panel->suggestions().size();
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Licence));
    auto *accept = child<QPushButton>("acceptSuggestionButton");
    QVERIFY(accept->isEnabled());
    QTest::mouseClick(accept, Qt::LeftButton);

    auto skills = store().list(m_person, Kinds::Skill);
    QCOMPARE(skills->size(), 1);
    QCOMPARE(skills->first().value("label"), QStringLiteral("forklift licence"));
    QVERIFY(!skills->first().value("taxonomy_id").isEmpty());
    QCOMPARE(skills->first().value("source"), QStringLiteral("self_reported"));
    QCOMPARE(auditCount("suggestion_accepted"), 1);
    QCOMPARE(m_panel->suggestions().size(), before - 1);
    QCOMPARE(rowOf(ExtractedSuggestion::Kind::Licence), -1);
    QVERIFY(child<QLabel>("noteSuggestionsMessage")->text().contains("Added “forklift licence” to their skills."));

    // Writing on does not bring it back.
    typeNote(" Also has a forklift licence for reach trucks.");
    m_panel->extractNow();
    QCOMPARE(rowOf(ExtractedSuggestion::Kind::Licence), -1);
    QCOMPARE(store().list(m_person, Kinds::Skill)->size(), 1);
}

void TestNoteSuggestionsPanel::editThenAcceptWritesEditedValue()
{
    typeNote(Note);
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::JobGoal) >= 0);
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::JobGoal));
    auto *valueEdit = child<QLineEdit>("noteSuggestionValueEdit");
    QVERIFY(valueEdit->isHidden());
    QTest::mouseClick(child<QPushButton>("editSuggestionButton"), Qt::LeftButton);
    QVERIFY(valueEdit->isVisible());
    QVERIFY(!valueEdit->text().isEmpty());
    valueEdit->clear();
    QTest::keyClicks(valueEdit, "Care assistant (nights)");
    QVERIFY(store().list(m_person, Kinds::JobGoal)->isEmpty());
    QTest::keyClick(valueEdit, Qt::Key_Return);

    auto goals = store().list(m_person, Kinds::JobGoal);
    QCOMPARE(goals->size(), 1);
    QCOMPARE(goals->first().value("title"), QStringLiteral("Care assistant (nights)"));
    QCOMPARE(auditCount("suggestion_edited"), 1);
    QCOMPARE(rowOf(ExtractedSuggestion::Kind::JobGoal), -1);
    QVERIFY(valueEdit->isHidden());
}

void TestNoteSuggestionsPanel::rejectRemovesAndAudits()
{
    typeNote(Note);
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Hours) >= 0);
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    const auto recordsBefore = store().allForPerson(m_person)->size();
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Hours));
    QTest::mouseClick(child<QPushButton>("rejectSuggestionButton"), Qt::LeftButton);

    QCOMPARE(rowOf(ExtractedSuggestion::Kind::Hours), -1);
    QCOMPARE(auditCount("suggestion_rejected"), 1);
    QCOMPARE(store().allForPerson(m_person)->size(), recordsBefore);
    QVERIFY(store().single(m_person, Kinds::Circumstances)->id.isEmpty());
    QVERIFY(Fixtures::databaseDigest(*m_vault) != before); // only the audit entry
    QVERIFY(child<QLabel>("noteSuggestionsMessage")->text().contains("Nothing was saved"));

    typeNote(" Really, 16 hours a week.");
    m_panel->extractNow();
    QCOMPARE(rowOf(ExtractedSuggestion::Kind::Hours), -1);
}

void TestNoteSuggestionsPanel::acceptWorksByKeyboard()
{
    typeNote(Note);
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Hours) >= 0);
    auto *list = child<QListWidget>("noteSuggestionsList");
    auto *accept = child<QPushButton>("acceptSuggestionButton");

    // Tab order: editor, Add note, the list, then Accept before Edit and Reject.
    QList<QWidget *> chain;
    for (QWidget *w = child<QPlainTextEdit>("noteEdit")->nextInFocusChain();
         w && w != child<QPlainTextEdit>("noteEdit");
         w = w->nextInFocusChain())
        chain.append(w);
    const auto at = [&](const char *name) { return chain.indexOf(m_page->findChild<QWidget *>(name)); };
    QVERIFY(at("addNoteButton") < at("noteSuggestionsList"));
    QVERIFY(at("noteSuggestionsList") < at("acceptSuggestionButton"));
    QVERIFY(at("acceptSuggestionButton") < at("editSuggestionButton"));
    QVERIFY(at("editSuggestionButton") < at("rejectSuggestionButton"));
    QVERIFY(accept->focusPolicy() & Qt::TabFocus);
    QVERIFY(!accept->accessibleName().isEmpty());
    QVERIFY(!list->accessibleName().isEmpty());

    // Space on the focused Accept button accepts the chosen suggestion.
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Hours));
    QCOMPARE(accept->accessibleDescription(), QStringLiteral("Sets the hours available a week in Circumstances"));
    QTest::keyClick(accept, Qt::Key_Space);
    QCOMPARE(store().single(m_person, Kinds::Circumstances)->value("hours_available"), QStringLiteral("16"));
    QCOMPARE(auditCount("suggestion_accepted"), 1);

    // Enter in the list accepts too; Delete rejects.
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Licence));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(store().list(m_person, Kinds::Skill)->size(), 1);
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::JobGoal));
    QTest::keyClick(list, Qt::Key_Delete);
    QCOMPARE(auditCount("suggestion_rejected"), 1);
    QVERIFY(store().list(m_person, Kinds::JobGoal)->isEmpty());
    QCOMPARE(auditCount("suggestion_accepted"), 2);

    // With the window active, Tab from the list lands on Accept and Space accepts.
    typeNote(" Wants to work as a cleaner.");
    m_panel->extractNow();
    QVERIFY(rowOf(ExtractedSuggestion::Kind::JobGoal) >= 0);
    m_page->activateWindow();
    if (!QTest::qWaitForWindowActive(m_page.get()))
        QSKIP("The window could not be activated, so focus cannot be checked here.");
    list->setFocus(Qt::TabFocusReason);
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::JobGoal));
    QTest::keyClick(list, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), accept);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    QCOMPARE(store().list(m_person, Kinds::JobGoal)->size(), 1);
    QCOMPARE(auditCount("suggestion_accepted"), 3);
    // The keyboard stays in the list for the next decision, or goes back to the note when none are left.
    QCOMPARE(QApplication::focusWidget(),
             m_panel->suggestions().isEmpty() ? static_cast<QWidget *>(child<QPlainTextEdit>("noteEdit"))
                                              : static_cast<QWidget *>(list));
}

void TestNoteSuggestionsPanel::noCaseTargetIsOnlyForAnOpenForm()
{
    typeNote("Has had childcare problems since March 2025.");
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Barrier) >= 0);
    const int row = rowOf(ExtractedSuggestion::Kind::Barrier);
    m_panel->setCurrentRow(row);
    QVERIFY(child<QListWidget>("noteSuggestionsList")->item(row)->text().contains("only for an open form"));
    QCOMPARE(child<QLabel>("noteSuggestionTarget")->text(), QStringLiteral("Only for an open form"));
    QVERIFY(!child<QPushButton>("acceptSuggestionButton")->isEnabled());
    QVERIFY(child<QPushButton>("useSuggestionInFormButton")->isHidden());
    QVERIFY(child<QPushButton>("rejectSuggestionButton")->isEnabled());
    QTest::keyClick(child<QListWidget>("noteSuggestionsList"), Qt::Key_Return);
    QCOMPARE(auditCount("suggestion_accepted"), 0);
    QCOMPARE(rowOf(ExtractedSuggestion::Kind::Barrier), row);
}

void TestNoteSuggestionsPanel::formSinkReceivesDate()
{
    QVector<QPair<ExtractedSuggestion, QString>> received;
    bool formHasField = false;
    m_panel->setFormSink(
        [&](const ExtractedSuggestion &s, const QString &value) {
            if (formHasField)
                received.append({s, value});
            return formHasField;
        },
        "Travel to interview claim");
    typeNote("Her interview is on 3 February 2026. She has a forklift licence.");
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Date) >= 0);

    auto *accept = child<QPushButton>("acceptSuggestionButton");
    auto *useInForm = child<QPushButton>("useSuggestionInFormButton");
    QVERIFY(useInForm->isVisible());
    QCOMPARE(accept->text(), QStringLiteral("Add &to the case"));

    // A date has no place in the case: only the form.
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Date));
    QVERIFY(!accept->isEnabled());
    QVERIFY(useInForm->isEnabled());

    // The form has no field for it: nothing happens, the suggestion stays.
    QTest::mouseClick(useInForm, Qt::LeftButton);
    QVERIFY(received.isEmpty());
    QVERIFY(rowOf(ExtractedSuggestion::Kind::Date) >= 0);
    QVERIFY(child<QLabel>("noteSuggestionsMessage")->text().contains("Travel to interview claim"));

    formHasField = true;
    QTest::mouseClick(useInForm, Qt::LeftButton);
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().first.kind, ExtractedSuggestion::Kind::Date);
    QCOMPARE(received.first().second, QStringLiteral("2026-02-03"));
    QCOMPARE(auditCount("suggestion_used_in_form"), 1);
    QCOMPARE(rowOf(ExtractedSuggestion::Kind::Date), -1);

    // A kind with a case target offers both.
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Licence));
    QVERIFY(accept->isEnabled());
    QVERIFY(useInForm->isEnabled());

    m_panel->clearFormSink();
    QVERIFY(useInForm->isHidden());
    QCOMPARE(accept->text(), QStringLiteral("Accep&t"));
    QVERIFY(store().list(m_person, Kinds::Skill)->isEmpty());
}

void TestNoteSuggestionsPanel::addingTheNoteClearsThePanel()
{
    typeNote(Note);
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Hours) >= 0);
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Hours));
    QTest::mouseClick(child<QPushButton>("rejectSuggestionButton"), Qt::LeftButton);
    // The others are not decided: the coach is warned and adds the note anyway.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>("addNoteButton"), Qt::LeftButton);
    QCOMPARE(store().list(m_person, Kinds::Note)->size(), 1);
    QVERIFY(m_panel->suggestions().isEmpty());
    QCOMPARE(child<QListWidget>("noteSuggestionsList")->count(), 0);
    QVERIFY(child<QLabel>("noteSuggestionSource")->text().isEmpty());

    // A new note starts afresh: the rejection belonged to the note just added.
    typeNote(Note);
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Hours) >= 0);
}

void TestNoteSuggestionsPanel::addingWarnsOfUndecidedSuggestions()
{
    typeNote(Note);
    QTRY_VERIFY(m_panel->suggestions().size() >= 2);
    m_panel->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>("rejectSuggestionButton"), Qt::LeftButton);
    const int open = int(m_panel->suggestions().size());
    auto *editor = child<QPlainTextEdit>("noteEdit");

    // Going back keeps the note and every suggestion still to decide.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::mouseClick(child<QPushButton>("addNoteButton"), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().startsWith(QString::number(open) + " suggestion"),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(store().list(m_person, Kinds::Note)->size(), 0);
    QCOMPARE(editor->toPlainText(), QString::fromUtf8(Note));
    QCOMPARE(m_panel->suggestions().size(), open);

    // Ctrl+Enter asks too; adding anyway adds the note as written.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::keyClick(editor, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(MessageBox::lastText().startsWith(QString::number(open) + " suggestion"));
    QCOMPARE(store().list(m_person, Kinds::Note)->size(), 1);
    QCOMPARE(store().list(m_person, Kinds::Note)->first().value("text"), QString::fromUtf8(Note).trimmed());
}

void TestNoteSuggestionsPanel::clearLeavesNoNoteText()
{
    typeNote(Note);
    QTRY_VERIFY(!m_panel->suggestions().isEmpty());
    m_panel->setCurrentRow(0);
    QTest::mouseClick(child<QPushButton>("editSuggestionButton"), Qt::LeftButton);
    m_page->clear();
    QVERIFY(m_panel->suggestions().isEmpty());
    for (const QLabel *label : m_panel->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains("forklift") && !label->accessibleDescription().contains("forklift"),
                 qPrintable(label->text()));
    QVERIFY(child<QLineEdit>("noteSuggestionValueEdit")->text().isEmpty());
    QCOMPARE(child<QListWidget>("noteSuggestionsList")->count(), 0);
}

void TestNoteSuggestionsPanel::shownAndDecidedAreAuditedWithVersions()
{
    typeNote(Note);
    QTRY_VERIFY(rowOf(ExtractedSuggestion::Kind::Licence) >= 0);
    const int listed = int(m_panel->suggestions().size());
    // Shown once, counted by kind, however often the note is read again.
    QCOMPARE(auditCount("suggestion_shown"), 1);
    m_panel->extractNow();
    QCOMPARE(auditCount("suggestion_shown"), 1);
    m_panel->setCurrentRow(rowOf(ExtractedSuggestion::Kind::Licence));
    m_panel->rejectCurrent();

    const QString taxonomy = TaxonomyVersion::of(m_extractor->taxonomy());
    int shownTotal = 0;
    int decisions = 0;
    const auto entries = m_vault->audit().entries(m_person);
    QVERIFY(entries);
    for (const AuditEntry &e : entries.value()) {
        if (!e.action.startsWith(QStringLiteral("suggestion_")))
            continue;
        const SuggestionAuditDetail detail = SuggestionAuditDetail::parse(e.detail);
        QCOMPARE(detail.engine, QString(EngineVersion::NoteExtractor));
        QCOMPARE(detail.taxonomy, taxonomy);
        QVERIFY2(!e.detail.contains(QStringLiteral("forklift")), qPrintable(e.detail));
        if (e.action == QStringLiteral("suggestion_shown")) {
            for (const int n : detail.shownCounts())
                shownTotal += n;
        } else {
            ++decisions;
            QVERIFY(detail.afterMs >= 0);
        }
    }
    QCOMPARE(shownTotal, listed);
    QCOMPARE(decisions, 1);
}

QTEST_MAIN(TestNoteSuggestionsPanel)
#include "TestNoteSuggestionsPanel.moc"
