#include "model/core/Settings.h"
#include "model/session/VaultSession.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/UnlockPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** After unlock, the main window says (non-modally, in the status bar) when the vault's key slot is weak. */
class TestKeySlotWarning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void weakSlotIsShownAfterUnlock();
    void shippedCostShowsNothing();
    void warningGoesWithTheLock();

private:
    void unlock(const KdfParams &cost);
    /** The warning's text while it is shown; empty when it is hidden. */
    QString statusMessage() const
    {
        const auto *label = m_window->findChild<QLabel *>("keySlotWarning");
        return label && label->isVisibleTo(m_window.get()) ? label->text() : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestKeySlotWarning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestKeySlotWarning::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath("settings.ini"), nullptr);
    m_session = std::make_unique<VaultSession>();
}

void TestKeySlotWarning::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestKeySlotWarning::unlock(const KdfParams &cost)
{
    VaultOptions options;
    options.kdf = cost;
    QVERIFY(Vault::create(Fixtures::pathIn(*m_dir), Fixtures::passphrase(), options));
    m_session->setPath(Fixtures::pathIn(*m_dir));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->findChild<UnlockPage *>()->setBackoffEnabled(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTest::keyClicks(m_window->findChild<QLineEdit *>("passphraseEdit"), "correct horse battery staple");
    QTest::mouseClick(m_window->findChild<QPushButton *>("unlockButton"), Qt::LeftButton);
    QVERIFY(m_session->isUnlocked());
}

void TestKeySlotWarning::weakSlotIsShownAfterUnlock()
{
    unlock(KdfParams::minimum());
    QVERIFY2(statusMessage().contains("Change passphrase"), qPrintable(statusMessage()));
}

void TestKeySlotWarning::shippedCostShowsNothing()
{
    unlock(KdfParams::interactive());
    QVERIFY2(statusMessage().isEmpty(), qPrintable(statusMessage()));
}

void TestKeySlotWarning::warningGoesWithTheLock()
{
    unlock(KdfParams::minimum());
    QVERIFY(!statusMessage().isEmpty());
    m_session->lock();
    QVERIFY(statusMessage().isEmpty());
}

QTEST_MAIN(TestKeySlotWarning)
#include "TestKeySlotWarning.moc"
