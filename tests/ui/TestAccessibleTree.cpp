#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QTest>
#include <QVBoxLayout>

#include "AccessibilityCheck.h"
#include "WindowTour.h"

/**
 * Walks every window's accessible tree, as a screen reader does through AT-SPI, and fails on any control that takes
 * focus or can be pressed but has no name, or a combo box heard only as its value (issue 16 #10).
 */
class TestAccessibleTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkFindsWhatAScreenReaderWouldMiss();
    void lockedPagesNameEveryControl();
    void startPageNamesEveryControl();
    void everyWorkspaceTabNamesEveryControl();
    void everyDialogNamesEveryControl();

private:
    static WindowTour::Check collectInto(QStringList &problems)
    {
        return [&problems](const QString &where, QWidget *window) {
            for (const QString &problem : AccessibilityCheck::unnamedControls(window)) {
                problems.append(where + QStringLiteral(": ") + problem);
                // QVERIFY2 cuts a long message short: each problem is also said on its own line.
                qWarning("%s", qPrintable(problems.constLast()));
            }
        };
    }
};

void TestAccessibleTree::checkFindsWhatAScreenReaderWouldMiss()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *combo = new QComboBox(&window);
    combo->setObjectName("languageCombo");
    combo->addItems({"English", "Cymraeg"});
    // An accessible name alone is not read for a combo box on Linux: Qt reads its value.
    combo->setAccessibleName("Preferred language");
    auto *scroll = new QScrollArea(&window);
    scroll->setObjectName("formScroll");
    auto *search = new QLineEdit(&window);
    search->setAccessibleName("Search");
    search->setClearButtonEnabled(true);
    search->setText("Evans");
    layout->addWidget(combo);
    layout->addWidget(scroll);
    layout->addWidget(search);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList problems = AccessibilityCheck::unnamedControls(&window);
    QCOMPARE(problems.size(), 3);
    QVERIFY2(problems.at(0).contains("languageCombo") && problems.at(0).contains("only as its value"),
             qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).contains("formScroll"), qPrintable(problems.at(1)));
    QVERIFY2(problems.at(2).contains("QLineEditIconButton"), qPrintable(problems.at(2)));

    // A label beside it, a container out of the Tab order and a named clear button: nothing left.
    auto *label = new QLabel("Preferred &language:", &window);
    label->setBuddy(combo);
    layout->insertWidget(0, label);
    scroll->setFocusPolicy(Qt::NoFocus);
    search->findChild<QAction *>("_q_qlineeditclearaction")->setText("Clear the search");
    QCOMPARE(AccessibilityCheck::unnamedControls(&window), QStringList());
}

void TestAccessibleTree::lockedPagesNameEveryControl()
{
    WindowTour tour;
    QStringList problems;
    tour.visitLockedPages(collectInto(problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibleTree::startPageNamesEveryControl()
{
    WindowTour tour;
    QStringList problems;
    tour.visitStartPage(collectInto(problems));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibleTree::everyWorkspaceTabNamesEveryControl()
{
    WindowTour tour;
    QStringList problems;
    int visited = 0;
    tour.visitWorkspaceTabs([&](const QString &where, QWidget *window) {
        ++visited;
        collectInto(problems)(where, window);
    });
    QVERIFY(visited >= 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestAccessibleTree::everyDialogNamesEveryControl()
{
    WindowTour tour;
    QStringList problems;
    QStringList visited;
    tour.visitDialogs([&](const QString &where, QWidget *window) {
        visited.append(where);
        collectInto(problems)(where, window);
    });
    QVERIFY2(visited.size() >= 12, qPrintable(visited.join(QLatin1Char('\n'))));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAccessibleTree)
#include "TestAccessibleTree.moc"
