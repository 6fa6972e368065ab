#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include "AccessibilityCheck.h"
#include "WindowTour.h"

/**
 * Lists every Alt+letter per window, among the controls shown together, and fails on a letter that goes to more than
 * one of them: Qt then cycles through them on each press instead of acting (issue 16 #9: Alt+H went to three places,
 * Alt+R was both Revert and Forms).
 */
class TestMnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheLetterAfterTheAmpersand();
    void findsAClashAmongVisibleControls();
    void lockedPagesHaveNoClash();
    void startPageHasNoClash();
    void everyWorkspaceTabHasNoClash();
    void everyDialogHasNoClash();

private:
    static WindowTour::Check collectInto(QStringList &clashes)
    {
        return [&clashes](const QString &where, QWidget *window) {
            for (const QString &clash : AccessibilityCheck::mnemonicClashes(window)) {
                clashes.append(where + QStringLiteral(": ") + clash);
                qWarning("%s", qPrintable(clashes.constLast()));
            }
        };
    }
};

void TestMnemonics::readsTheLetterAfterTheAmpersand()
{
    QCOMPARE(AccessibilityCheck::mnemonic("Matc&hes"), QChar('h'));
    QCOMPARE(AccessibilityCheck::mnemonic("&Revert"), QChar('r'));
    QCOMPARE(AccessibilityCheck::mnemonic("Name && address"), QChar());
    QCOMPARE(AccessibilityCheck::mnemonic("Salt && &Pepper"), QChar('p'));
    QCOMPARE(AccessibilityCheck::mnemonic("No mnemonic"), QChar());
}

void TestMnemonics::findsAClashAmongVisibleControls()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *menus = new QMenuBar(&window);
    menus->addMenu("&Help")->addAction("&About");
    layout->setMenuBar(menus);
    auto *tabs = new QTabWidget(&window);
    tabs->addTab(new QWidget, "Matc&hes");
    tabs->addTab(new QWidget, "Fo&rms");
    auto *revert = new QPushButton("&Revert", &window);
    auto *hidden = new QPushButton("&Save", &window);
    hidden->hide();
    auto *save = new QPushButton("&Save", &window);
    auto *label = new QLabel("S&how:", &window);
    label->setBuddy(new QLineEdit(&window));
    layout->addWidget(tabs);
    layout->addWidget(revert);
    layout->addWidget(hidden);
    layout->addWidget(save);
    layout->addWidget(label);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList clashes = AccessibilityCheck::mnemonicClashes(&window);
    QCOMPARE(clashes.size(), 2);
    QVERIFY2(clashes.at(0).startsWith("window: Alt+H goes to") && clashes.at(0).count(',') == 2,
             qPrintable(clashes.at(0)));
    QVERIFY2(clashes.at(1).startsWith("window: Alt+R goes to"), qPrintable(clashes.at(1)));
    // A hidden button does not clash with the one shown.
    QVERIFY(!clashes.join(' ').contains("Alt+S"));
    // The menu's own items are checked among themselves.
    QCOMPARE(AccessibilityCheck::mnemonics(&window).value("menu Help").value('a').size(), 1);

    tabs->setTabText(0, "&Matches");
    tabs->setTabText(1, "F&orms");
    label->setText("Sho&w:");
    QCOMPARE(AccessibilityCheck::mnemonicClashes(&window), QStringList());
}

void TestMnemonics::lockedPagesHaveNoClash()
{
    WindowTour tour;
    QStringList clashes;
    tour.visitLockedPages(collectInto(clashes));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::startPageHasNoClash()
{
    WindowTour tour;
    QStringList clashes;
    tour.visitStartPage(collectInto(clashes));
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::everyWorkspaceTabHasNoClash()
{
    WindowTour tour;
    QStringList clashes;
    int visited = 0;
    tour.visitWorkspaceTabs([&](const QString &where, QWidget *window) {
        ++visited;
        collectInto(clashes)(where, window);
    });
    QVERIFY(visited >= 10);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

void TestMnemonics::everyDialogHasNoClash()
{
    WindowTour tour;
    QStringList clashes;
    int visited = 0;
    tour.visitDialogs([&](const QString &where, QWidget *window) {
        ++visited;
        collectInto(clashes)(where, window);
    });
    QVERIFY(visited >= 12);
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestMnemonics)
#include "TestMnemonics.moc"
