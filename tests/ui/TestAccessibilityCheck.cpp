#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "AccessibilityCheck.h"

/** The shared check the dialog tests use: it must catch a lost accessible name and a lost buddy. */
class TestAccessibilityCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsANamedForm();
    void reportsAnInputWithoutAName();
    void reportsAMnemonicWithoutABuddy();
    void reportsABuddyLabelWithoutText();
    void reportsAButtonWithoutWords();
    void ignoresThePartsInsideAnInput();
    void followsTheTabChain();
};

namespace
{
    struct Form
    {
        QWidget window;
        QLabel *label = new QLabel(QStringLiteral("&Name:"), &window);
        QLineEdit *edit = new QLineEdit(&window);
        QPushButton *button = new QPushButton(QStringLiteral("&Save"), &window);

        Form()
        {
            edit->setObjectName(QStringLiteral("nameEdit"));
            button->setObjectName(QStringLiteral("saveButton"));
            label->setBuddy(edit);
            edit->setAccessibleName(QStringLiteral("Name"));
        }
    };
} // namespace

void TestAccessibilityCheck::acceptsANamedForm()
{
    Form form;
    QCOMPARE(AccessibilityCheck::problems(&form.window), QStringList());
}

void TestAccessibilityCheck::reportsAnInputWithoutAName()
{
    Form form;
    form.edit->setAccessibleName(QString());
    // Its buddy label still names it, as a screen reader reads the buddy's text.
    QCOMPARE(AccessibilityCheck::problems(&form.window), QStringList());
    form.label->setBuddy(nullptr);
    const QStringList problems = AccessibilityCheck::problems(&form.window);
    QCOMPARE(problems.size(), 2); // the label's mnemonic goes nowhere, and the input has no name
    QVERIFY2(problems.last().contains("nameEdit"), qPrintable(problems.last()));
}

void TestAccessibilityCheck::reportsAMnemonicWithoutABuddy()
{
    Form form;
    form.label->setBuddy(nullptr);
    QCOMPARE(AccessibilityCheck::problems(&form.window).size(), 1);
    // A doubled ampersand is a literal one, not a mnemonic.
    form.label->setText(QStringLiteral("Name && address:"));
    QCOMPARE(AccessibilityCheck::problems(&form.window), QStringList());
}

void TestAccessibilityCheck::reportsABuddyLabelWithoutText()
{
    Form form;
    form.edit->setAccessibleName(QString());
    form.label->clear();
    QCOMPARE(
        AccessibilityCheck::problems(&form.window),
        QStringList({"QLabel \"\" is a buddy label with no text", "QLineEdit \"nameEdit\" has no accessible name"}));
    QCOMPARE(AccessibilityCheck::buddies(&form.window), QStringList({" -> nameEdit"}));
    form.label->setText(QStringLiteral("&Name:"));
    QCOMPARE(AccessibilityCheck::buddies(&form.window), QStringList({"Name: -> nameEdit"}));
}

void TestAccessibilityCheck::reportsAButtonWithoutWords()
{
    Form form;
    form.button->setText(QString());
    QCOMPARE(AccessibilityCheck::problems(&form.window).size(), 1);
    form.button->setAccessibleName(QStringLiteral("Save"));
    QCOMPARE(AccessibilityCheck::problems(&form.window), QStringList());
}

void TestAccessibilityCheck::ignoresThePartsInsideAnInput()
{
    QWidget window;
    auto *table = new QTableWidget(2, 2, &window);
    QVERIFY(!AccessibilityCheck::problems(&window).isEmpty());
    table->setAccessibleName(QStringLiteral("People"));
    // Its headers and scroll bars are Qt's own parts and are named by the table.
    QCOMPARE(AccessibilityCheck::problems(&window), QStringList());
}

void TestAccessibilityCheck::followsTheTabChain()
{
    Form form;
    auto *second = new QLineEdit(&form.window);
    second->setObjectName(QStringLiteral("secondEdit"));
    QCOMPARE(AccessibilityCheck::tabOrder(&form.window), QStringList({"nameEdit", "saveButton", "secondEdit"}));
    QWidget::setTabOrder(form.edit, second);
    QCOMPARE(AccessibilityCheck::tabOrder(&form.window), QStringList({"nameEdit", "secondEdit", "saveButton"}));
    // Tab passes over what is hidden or disabled.
    second->hide();
    form.button->setEnabled(false);
    QCOMPARE(AccessibilityCheck::tabOrder(&form.window), QStringList({"nameEdit"}));
    QCOMPARE(AccessibilityCheck::tabOrder(&form.window, AccessibilityCheck::Stops::Declared),
             QStringList({"nameEdit", "secondEdit", "saveButton"}));
    // A button without an object name is listed by its words, as a button box's buttons are.
    form.button->setEnabled(true);
    form.button->setObjectName(QString());
    QCOMPARE(AccessibilityCheck::tabOrder(&form.window), QStringList({"nameEdit", "Save"}));
}

QTEST_MAIN(TestAccessibilityCheck)
#include "TestAccessibilityCheck.moc"
