#include "ui/widgets/ReturnActivatesButton.h"

#include <QApplication>
#include <QDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

class TestReturnActivatesButton : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void returnPressesFocusedButtonOutsideDialogs_data();
    void returnPressesFocusedButtonOutsideDialogs();
    void modifiedReturnPressesNothing();
    void disabledButtonIsNotPressed();
    void dialogDefaultButtonIsPressedOnce();

private:
    /** A button in a plain window, focused, with the filter installed on the application as the main window does. */
    QAbstractButton *showFocused(QWidget &window, QAbstractButton *button);
    ReturnActivatesButton *m_filter = nullptr;
};

void TestReturnActivatesButton::init()
{
    m_filter = new ReturnActivatesButton(this);
    qApp->installEventFilter(m_filter);
}

void TestReturnActivatesButton::cleanup()
{
    delete m_filter;
    m_filter = nullptr;
}

QAbstractButton *TestReturnActivatesButton::showFocused(QWidget &window, QAbstractButton *button)
{
    auto *layout = new QHBoxLayout(&window);
    layout->addWidget(button);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return nullptr;
    button->setFocus(Qt::TabFocusReason);
    return button;
}

void TestReturnActivatesButton::returnPressesFocusedButtonOutsideDialogs_data()
{
    QTest::addColumn<bool>("tool");
    QTest::addColumn<int>("key");
    QTest::newRow("push button, Return") << false << int(Qt::Key_Return);
    QTest::newRow("push button, keypad Enter") << false << int(Qt::Key_Enter);
    QTest::newRow("tool button, Return") << true << int(Qt::Key_Return);
}

void TestReturnActivatesButton::returnPressesFocusedButtonOutsideDialogs()
{
    QFETCH(bool, tool);
    QFETCH(int, key);
    QWidget window;
    QAbstractButton *made = tool ? static_cast<QAbstractButton *>(new QToolButton) : new QPushButton;
    made->setText(QStringLiteral("Start the form"));
    QAbstractButton *button = showFocused(window, made);
    QVERIFY(button);
    QTRY_VERIFY(button->hasFocus());
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    QTest::keyClick(button, Qt::Key(key), key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
    QTRY_COMPARE(clicked.count(), 1);
}

void TestReturnActivatesButton::modifiedReturnPressesNothing()
{
    QWidget window;
    QAbstractButton *button = showFocused(window, new QPushButton(QStringLiteral("Save")));
    QVERIFY(button);
    QTRY_VERIFY(button->hasFocus());
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    QTest::keyClick(button, Qt::Key_Return, Qt::ControlModifier);
    QTest::qWait(250);
    QCOMPARE(clicked.count(), 0);
}

void TestReturnActivatesButton::disabledButtonIsNotPressed()
{
    QWidget window;
    auto *other = new QPushButton(QStringLiteral("Other"));
    QAbstractButton *button = showFocused(window, other);
    QVERIFY(button);
    QTRY_VERIFY(button->hasFocus());
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    button->setEnabled(false);
    QTest::keyClick(button, Qt::Key_Return);
    QTest::qWait(250);
    QCOMPARE(clicked.count(), 0);
}

void TestReturnActivatesButton::dialogDefaultButtonIsPressedOnce()
{
    // In a dialog Qt already presses an auto-default button on Return; the filter must not press it again.
    QDialog dialog;
    QAbstractButton *button = showFocused(dialog, new QPushButton(QStringLiteral("Import")));
    QVERIFY(button);
    QTRY_VERIFY(button->hasFocus());
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    QTest::keyClick(button, Qt::Key_Return);
    QTest::qWait(250);
    QCOMPARE(clicked.count(), 1);
}

QTEST_MAIN(TestReturnActivatesButton)
#include "TestReturnActivatesButton.moc"
