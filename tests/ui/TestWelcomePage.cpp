#include "ui/shell/WelcomePage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

/** The first screen: one button each to create a vault, open one and restore one from a backup, each doing only that.
 */
class TestWelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void eachButtonAsksForItsOwnAction_data();
    void eachButtonAsksForItsOwnAction();
    void createIsTheDefault();
    void keyboardWorksToo();

private:
    std::unique_ptr<WelcomePage> m_page;
};

void TestWelcomePage::init()
{
    m_page = std::make_unique<WelcomePage>();
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestWelcomePage::cleanup()
{
    m_page.reset();
}

void TestWelcomePage::eachButtonAsksForItsOwnAction_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<int>("creates");
    QTest::addColumn<int>("opens");
    QTest::addColumn<int>("restores");
    QTest::addRow("create") << "createVaultButton" << 1 << 0 << 0;
    QTest::addRow("open") << "openVaultButton" << 0 << 1 << 0;
    QTest::addRow("restore") << "restoreBackupButton" << 0 << 0 << 1;
}

void TestWelcomePage::eachButtonAsksForItsOwnAction()
{
    QFETCH(QString, button);
    QFETCH(int, creates);
    QFETCH(int, opens);
    QFETCH(int, restores);
    QSignalSpy create(m_page.get(), &WelcomePage::createRequested);
    QSignalSpy open(m_page.get(), &WelcomePage::openRequested);
    QSignalSpy restore(m_page.get(), &WelcomePage::restoreRequested);
    auto *pushButton = m_page->findChild<QPushButton *>(button);
    QVERIFY(pushButton);
    QVERIFY(pushButton->isEnabled());
    QTest::mouseClick(pushButton, Qt::LeftButton);
    QCOMPARE(create.count(), creates);
    QCOMPARE(open.count(), opens);
    QCOMPARE(restore.count(), restores);
}

void TestWelcomePage::createIsTheDefault()
{
    auto *create = m_page->findChild<QPushButton *>("createVaultButton");
    auto *open = m_page->findChild<QPushButton *>("openVaultButton");
    QVERIFY(create && open);
    QVERIFY(create->isDefault());
    QVERIFY(!open->isDefault());
    QVERIFY(!create->text().isEmpty());
    QVERIFY(!open->text().isEmpty());
}

void TestWelcomePage::keyboardWorksToo()
{
    // Keyboard users get there without a mouse: Space on the focused button does what a click does.
    QSignalSpy create(m_page.get(), &WelcomePage::createRequested);
    QSignalSpy open(m_page.get(), &WelcomePage::openRequested);
    auto *openButton = m_page->findChild<QPushButton *>("openVaultButton");
    openButton->setFocus();
    QTest::keyClick(openButton, Qt::Key_Space);
    QCOMPARE(open.count(), 1);
    auto *createButton = m_page->findChild<QPushButton *>("createVaultButton");
    createButton->setFocus();
    QTest::keyClick(createButton, Qt::Key_Space);
    QCOMPARE(create.count(), 1);
}

QTEST_MAIN(TestWelcomePage)
#include "TestWelcomePage.moc"
