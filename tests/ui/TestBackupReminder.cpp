#include "model/core/Settings.h"
#include "model/session/VaultSession.h"
#include "model/vault/BackupReminder.h"
#include "model/vault/RecordStore.h"
#include "model/vault/VaultBackup.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/RestoreBackupDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * The window shows the backup reminder BackupReminder decides is due, after unlock and without a modal; "Back up
 * now" writes the backup and the reminder goes; a backup restores from the dialog into a new vault.
 */
class TestBackupReminder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheReminderOnlyWhenDue_data();
    void showsTheReminderOnlyWhenDue();
    void backUpNowWritesABackupAndHidesTheReminder();
    void restoreDialogRestoresIntoANewVault();
    void restoreDialogShowsWhyItRefuses();

private:
    void prepareVault(int daysSinceBackup, int reminderDays);
    void unlock();
    QWidget *banner() const { return m_window->findChild<QWidget *>("backupReminder"); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestBackupReminder::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBackupReminder::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath("settings.ini"), nullptr);
    m_session = std::make_unique<VaultSession>();
}

void TestBackupReminder::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestBackupReminder::prepareVault(int daysSinceBackup, int reminderDays)
{
    auto vault = Fixtures::create(*m_dir);
    QVERIFY(vault);
    BackupReminder reminder(vault->database());
    if (daysSinceBackup >= 0)
        QVERIFY(reminder.recordBackup(QDateTime::currentDateTimeUtc().addDays(-daysSinceBackup)).ok());
    QVERIFY(reminder.setDays(reminderDays).ok());
}

void TestBackupReminder::unlock()
{
    m_session->setPath(Fixtures::pathIn(*m_dir));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(banner());
    QVERIFY(!banner()->isVisibleTo(m_window.get()));
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
}

void TestBackupReminder::showsTheReminderOnlyWhenDue_data()
{
    QTest::addColumn<int>("daysSinceBackup"); // -1: never backed up (the vault is new)
    QTest::addColumn<int>("reminderDays");
    QTest::addColumn<bool>("shown");
    QTest::addRow("ten days, remind after seven") << 10 << 7 << true;
    QTest::addRow("two days, remind after seven") << 2 << 7 << false;
    QTest::addRow("ten days, remind after thirty") << 10 << 30 << false;
    QTest::addRow("a year, reminder off") << 365 << 0 << false;
    QTest::addRow("never, new vault") << -1 << 7 << false;
}

void TestBackupReminder::showsTheReminderOnlyWhenDue()
{
    QFETCH(int, daysSinceBackup);
    QFETCH(int, reminderDays);
    QFETCH(bool, shown);
    prepareVault(daysSinceBackup, reminderDays);
    unlock();
    QCOMPARE(banner()->isVisibleTo(m_window.get()), shown);
    if (shown)
        QVERIFY(m_window->findChild<QLabel *>("backupReminderText")->text().contains("10"));
    // Locking takes it away with everything else.
    m_session->lock();
    QVERIFY(!banner()->isVisibleTo(m_window.get()));
}

void TestBackupReminder::backUpNowWritesABackupAndHidesTheReminder()
{
    prepareVault(10, 7);
    unlock();
    QVERIFY(banner()->isVisibleTo(m_window.get()));
    const QString path = m_dir->filePath("now.wmbackup");
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_window->findChild<QPushButton *>("backupNowButton"), Qt::LeftButton);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY2(MessageBox::lastText().contains("backup is saved"), qPrintable(MessageBox::lastText()));
    QVERIFY(!banner()->isVisibleTo(m_window.get()));
    const QDateTime last = BackupReminder(m_session->vault()->database()).lastBackup().value();
    QVERIFY(qAbs(last.secsTo(QDateTime::currentDateTimeUtc())) < 60);
}

void TestBackupReminder::restoreDialogRestoresIntoANewVault()
{
    prepareVault(-1, 7);
    const QString backup = m_dir->filePath("old.wmbackup");
    {
        auto vault = Vault::open(Fixtures::pathIn(*m_dir), Fixtures::passphrase());
        QVERIFY(vault);
        QVERIFY(vault.value()->records().createPerson({{"given_name", "Ffion"}, {"family_name", "Hughes"}}));
        QVERIFY(VaultBackup::write(*vault.value(), backup));
    }
    RestoreBackupDialog dialog(m_dir->path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FileDialog::setNextFileName(backup);
    QTest::mouseClick(dialog.findChild<QPushButton *>("browseBackupButton"), Qt::LeftButton);
    // A new folder beside the backup is suggested.
    QCOMPARE(dialog.findChild<QLineEdit *>("vaultEdit")->text(), m_dir->filePath("old.waymark"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>("passphraseEdit"), "correct horse battery staple");
    QTest::keyClick(dialog.findChild<QLineEdit *>("passphraseEdit"), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.report());
    QVERIFY(dialog.report()->problems.isEmpty());
    auto restored = Vault::open(m_dir->filePath("old.waymark"), Fixtures::passphrase());
    QVERIFY(restored);
    QCOMPARE(restored.value()->records().personCount().value(), 1);
}

void TestBackupReminder::restoreDialogShowsWhyItRefuses()
{
    prepareVault(-1, 7);
    const QString backup = m_dir->filePath("old.wmbackup");
    {
        auto vault = Vault::open(Fixtures::pathIn(*m_dir), Fixtures::passphrase());
        QVERIFY(vault);
        QVERIFY(VaultBackup::write(*vault.value(), backup));
    }
    RestoreBackupDialog dialog(m_dir->path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QLineEdit *>("backupEdit")->setText(backup);
    // Onto the existing vault: refused, said beside the form, the dialog stays open.
    dialog.findChild<QLineEdit *>("vaultEdit")->setText(Fixtures::pathIn(*m_dir));
    QTest::keyClicks(dialog.findChild<QLineEdit *>("passphraseEdit"), "correct horse battery staple");
    QTest::keyClick(dialog.findChild<QLineEdit *>("passphraseEdit"), Qt::Key_Return);
    auto *error = dialog.findChild<QLabel *>("restoreError");
    QVERIFY(error->isVisibleTo(&dialog));
    QVERIFY2(error->text().contains("new folder"), qPrintable(error->text()));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.report());
    // The passphrase field is cleared after every try.
    QVERIFY(dialog.findChild<QLineEdit *>("passphraseEdit")->text().isEmpty());
}

QTEST_MAIN(TestBackupReminder)
#include "TestBackupReminder.moc"
