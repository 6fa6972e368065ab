#include "model/core/Settings.h"
#include "model/session/PersonLeaflet.h"
#include "model/session/VaultSession.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "model/vault/Vault.h"
#include "ui/caseload/SuggestionHistoryDialog.h"
#include "ui/shell/LeafletDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "../support/Fixtures.h"
#include "WindowTour.h"

/**
 * The person's right to see why, in the GUI (issue 17 §4): the suggestions shown about them, where the coach records
 * that they disagreed, reached from the workspace; and Help ▸ Leaflet for the person, in English and Welsh.
 */
class TestSuggestionHistoryDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void listsWhatWasShownAndDecided();
    void recordsADisagreementWithTheKeyboard();
    void refusesAnEmptyReasonAndRecordsNothing();
    void decisionCanBeDisputedOnlyOnceTaken();
    void workspaceButtonOpensIt();
    void helpMenuOpensTheLeaflet();
    void leafletSwitchesLanguageAndSavesPdf();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SuggestionHistory> m_history;
    QString m_person;
    QString m_match;
    QString m_note;
};

void TestSuggestionHistoryDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSuggestionHistoryDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    m_person = m_vault->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}).value();
    m_history = std::make_unique<SuggestionHistory>(m_vault->database(), m_vault->audit());
    SuggestionHistory &history = *m_history;
    SuggestionShown match;
    match.tool = QString(SuggestionHistory::ToolMatching);
    match.kind = "vacancy";
    match.subject = "V-1";
    match.label = "Care assistant";
    match.detail = "Tŷ Hafan";
    match.reference = "V-1";
    match.scorePercent = 71;
    match.explanation = {"Matched: personal care"};
    m_match = history.recordDecision(m_person, match, SuggestionHistory::DecisionShortlisted).value();
    SuggestionShown note;
    note.tool = QString(SuggestionHistory::ToolNotes);
    note.kind = "skill";
    note.subject = "skill||welding";
    note.label = "Welding";
    note.detail = "Did some welding at college.";
    m_note = history.recordShown(m_person, note).value();
}

void TestSuggestionHistoryDialog::cleanup()
{
    m_history.reset();
    m_vault.reset();
    m_dir.reset();
}

void TestSuggestionHistoryDialog::listsWhatWasShownAndDecided()
{
    SuggestionHistoryDialog dialog(*m_history, m_person, "Siân Evans");
    auto *list = dialog.findChild<QTreeWidget *>("suggestionList");
    QCOMPARE(list->topLevelItemCount(), 2);
    QVERIFY(list->topLevelItem(0)->text(2).contains("Care assistant at Tŷ Hafan"));
    QCOMPARE(list->topLevelItem(0)->text(3), SuggestionHistory::decisionLabel(SuggestionHistory::DecisionShortlisted));
    dialog.setCurrentRow(0);
    const QString details = dialog.findChild<QTextBrowser *>("suggestionDetails")->toPlainText();
    QVERIFY(details.contains("Matched: personal care"));
    QVERIFY(details.contains(m_vault->ownerName()));
    dialog.setCurrentRow(1);
    QVERIFY(dialog.findChild<QTextBrowser *>("suggestionDetails")->toPlainText().contains("welding at college"));
}

void TestSuggestionHistoryDialog::recordsADisagreementWithTheKeyboard()
{
    SuggestionHistoryDialog dialog(*m_history, m_person, "Siân Evans");
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>("suggestionList");
    QTRY_COMPARE(QApplication::focusWidget(), list);
    QTest::keyClick(list, Qt::Key_Home);
    QCOMPARE(list->currentItem(), list->topLevelItem(0));
    // Alt+D chooses "the decision", Alt+W goes to what they said; Return records it.
    QTest::keyClick(&dialog, Qt::Key_D, Qt::AltModifier);
    // A mnemonic clicks its button a moment later, as a pressed button is seen to go down and up.
    QTRY_VERIFY(dialog.findChild<QRadioButton *>("aboutDecision")->isChecked());
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    auto *reason = dialog.findChild<QLineEdit *>("disagreementReason");
    QCOMPARE(QApplication::focusWidget(), reason);
    QTest::keyClicks(reason, "Too far to travel");
    QTest::keyClick(reason, Qt::Key_Return);

    auto entry = m_history->entry(m_match);
    QVERIFY(entry);
    QCOMPARE(entry->disagreements.size(), 1);
    QCOMPARE(entry->disagreements.first().about, QString(SuggestionHistory::AboutDecision));
    QCOMPARE(entry->disagreements.first().reason, QStringLiteral("Too far to travel"));
    QVERIFY(reason->text().isEmpty());
    QVERIFY(!dialog.findChild<QLabel *>("disagreementMessage")->text().isEmpty());
    QVERIFY(dialog.findChild<QTextBrowser *>("suggestionDetails")->toPlainText().contains("Too far to travel"));
    QVERIFY(list->topLevelItem(0)->text(3).contains(SuggestionHistory::decisionLabel("shortlisted")));
    // The log has it, by ids.
    const auto audit = m_vault->audit().entries(m_person).value();
    QCOMPARE(audit.first().action, QStringLiteral("suggestion_disputed"));
    QVERIFY(!audit.first().detail.contains("travel"));
}

void TestSuggestionHistoryDialog::refusesAnEmptyReasonAndRecordsNothing()
{
    SuggestionHistoryDialog dialog(*m_history, m_person, "Siân Evans");
    dialog.setCurrentRow(1);
    dialog.findChild<QLineEdit *>("disagreementReason")->setText("   ");
    QVERIFY(!dialog.recordDisagreement());
    QVERIFY(!dialog.findChild<QLabel *>("disagreementMessage")->text().isEmpty());
    QVERIFY(m_history->entry(m_note)->disagreements.isEmpty());
}

void TestSuggestionHistoryDialog::decisionCanBeDisputedOnlyOnceTaken()
{
    SuggestionHistoryDialog dialog(*m_history, m_person, "Siân Evans");
    dialog.setCurrentRow(1);
    QVERIFY(!dialog.findChild<QRadioButton *>("aboutDecision")->isEnabled());
    QVERIFY(dialog.findChild<QRadioButton *>("aboutSuggestion")->isChecked());
    dialog.setCurrentRow(0);
    QVERIFY(dialog.findChild<QRadioButton *>("aboutDecision")->isEnabled());
}

void TestSuggestionHistoryDialog::workspaceButtonOpensIt()
{
    PersonWorkspace workspace(m_vault->records(), VaultSetting::WorkCoach);
    workspace.showPerson(m_person);
    auto *button = workspace.findChild<QPushButton *>("suggestionHistoryButton");
    QVERIFY(button);
    // Offered once the window gives the workspace the vault's history.
    QVERIFY(button->isHidden());
    workspace.setSuggestionHistory(m_vault->database(), m_vault->audit());
    QVERIFY(!button->isHidden());
    QVERIFY(!button->accessibleName().isEmpty());
    int listed = -1;
    QVERIFY(WindowTour::inspectDialog([button] { button->click(); },
                                      [&listed](const QString &, QWidget *window) {
                                          auto *dialog = qobject_cast<SuggestionHistoryDialog *>(window);
                                          QVERIFY(dialog);
                                          listed = int(dialog->entries().size());
                                      }));
    QCOMPARE(listed, 2);
}

void TestSuggestionHistoryDialog::helpMenuOpensTheLeaflet()
{
    VaultSession session;
    Settings settings(m_dir->filePath("settings.ini"), nullptr);
    MainWindow window(session, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<QAction *>("leafletAction");
    QVERIFY(action);
    // In the Help menu, beside the transparency record, and there while locked too.
    bool inHelp = false;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(action))
            inHelp = menu->text() == MainWindow::tr("&Help");
    }
    QVERIFY(inHelp);
    QVERIFY(action->isEnabled());
    QString shown;
    QVERIFY(WindowTour::inspectDialog([action] { action->trigger(); },
                                      [&shown](const QString &, QWidget *window) {
                                          QVERIFY(qobject_cast<LeafletDialog *>(window));
                                          shown = window->findChild<QTextBrowser *>("leafletText")->toPlainText();
                                      }));
    QVERIFY(shown.contains(PersonLeaflet::build("en").title()));
}

void TestSuggestionHistoryDialog::leafletSwitchesLanguageAndSavesPdf()
{
    LeafletDialog dialog("en");
    auto *text = dialog.findChild<QTextBrowser *>("leafletText");
    QVERIFY(text->toPlainText().contains(PersonLeaflet::build("en").title()));
    auto *language = dialog.findChild<QComboBox *>("leafletLanguage");
    language->setCurrentIndex(language->findData("cy"));
    const PersonLeaflet welsh = PersonLeaflet::build("cy");
    QCOMPARE(dialog.leaflet().language(), QStringLiteral("cy"));
    QVERIFY(text->toPlainText().contains(welsh.title()));
    QCOMPARE(text->accessibleName(), welsh.title());
    const QString pdf = m_dir->filePath("leaflet.pdf");
    QVERIFY(dialog.saveAsPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
}

QTEST_MAIN(TestSuggestionHistoryDialog)
#include "TestSuggestionHistoryDialog.moc"
