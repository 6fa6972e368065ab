#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/widgets/TabSwitchKeys.h"

#include <QComboBox>
#include <QShortcut>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

#include "../support/Fixtures.h"

/** Ctrl+PgDown and Ctrl+PgUp switch tabs even from a combo or spin box, which used to change their value (issue 16 #9).
 */
class TestTabSwitchKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void switchesTabsFromAComboAndASpinBox();
    void innerShortcutStillWins();
    void workspaceSwitchesTabFromACombo();
};

namespace
{
    bool focusIn(QWidget *window, QWidget *widget)
    {
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window))
            return false;
        widget->setFocus(Qt::TabFocusReason);
        return QTest::qWaitFor([widget] { return widget->hasFocus(); });
    }
} // namespace

void TestTabSwitchKeys::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTabSwitchKeys::switchesTabsFromAComboAndASpinBox()
{
    QTabWidget tabs;
    auto *first = new QWidget;
    auto *combo = new QComboBox(first);
    combo->addItems({"English", "Cymraeg", "Polski"});
    auto *spin = new QSpinBox(first);
    auto *layout = new QVBoxLayout(first);
    layout->addWidget(combo);
    layout->addWidget(spin);
    tabs.addTab(first, "First");
    tabs.addTab(new QWidget, "Second");
    tabs.addTab(new QWidget, "Third");
    new TabSwitchKeys(&tabs);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(focusIn(&tabs, combo));

    QTest::keyClick(combo, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs.currentIndex(), 1);
    QCOMPARE(combo->currentIndex(), 0);
    // Focus is on the tab bar, so the next press moves on again, and Ctrl+PgUp comes back round.
    QVERIFY(tabs.tabBar()->hasFocus());
    QTest::keyClick(tabs.tabBar(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs.currentIndex(), 2);
    QTest::keyClick(tabs.tabBar(), Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs.currentIndex(), 0);
    QTest::keyClick(tabs.tabBar(), Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs.currentIndex(), 2);

    tabs.setCurrentIndex(0);
    QVERIFY(focusIn(&tabs, spin));
    QTest::keyClick(spin, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs.currentIndex(), 2);
    QCOMPARE(spin->value(), 0);
    // A plain PgDown is still the combo's own.
    tabs.setCurrentIndex(0);
    QVERIFY(focusIn(&tabs, combo));
    QTest::keyClick(combo, Qt::Key_PageDown);
    QCOMPARE(tabs.currentIndex(), 0);
    QVERIFY(combo->currentIndex() > 0);
}

void TestTabSwitchKeys::innerShortcutStillWins()
{
    // A form's pages inside the workspace tab have their own Ctrl+PgDown (Next page).
    QTabWidget tabs;
    auto *page = new QWidget;
    auto *combo = new QComboBox(page);
    combo->addItems({"Yes", "No"});
    auto *next = new QShortcut(QKeySequence(QStringLiteral("Ctrl+PgDown")), page);
    QSignalSpy nextPage(next, &QShortcut::activated);
    tabs.addTab(page, "Forms");
    tabs.addTab(new QWidget, "Other");
    new TabSwitchKeys(&tabs);
    tabs.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tabs));
    QVERIFY(focusIn(&tabs, combo));
    QTest::keyClick(combo, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(nextPage.count(), 1);
    QCOMPARE(tabs.currentIndex(), 0);
    QCOMPARE(combo->currentIndex(), 0);
}

void TestTabSwitchKeys::workspaceSwitchesTabFromACombo()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    auto person = vault->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}});
    QVERIFY(person);
    PersonWorkspace workspace(vault->records(), VaultSetting::WorkCoach);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    workspace.showPerson(person.value());
    auto *tabs = workspace.findChild<QTabWidget *>("workspaceTabs");
    auto *language = workspace.findChild<QComboBox *>("preferred_language");
    QVERIFY(tabs && language);
    QCOMPARE(tabs->currentIndex(), int(PersonWorkspace::ProfileTab));
    QVERIFY(focusIn(&workspace, language));
    const int before = language->currentIndex();
    QTest::keyClick(language, Qt::Key_PageDown, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), int(PersonWorkspace::ProfileTab) + 1);
    QCOMPARE(language->currentIndex(), before);
}

QTEST_MAIN(TestTabSwitchKeys)
#include "TestTabSwitchKeys.moc"
