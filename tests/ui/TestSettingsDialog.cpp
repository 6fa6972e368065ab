#include "model/core/Settings.h"
#include "model/vault/BackupReminder.h"
#include "ui/shell/SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * Preferences: the dialog shows what is stored, Save stores what is shown, Cancel stores nothing; the backup reminder
 * is the unlocked vault's own setting, offered only when there is one.
 */
class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStoredValues_data();
    void showsTheStoredValues();
    void saveStoresWhatIsShown_data();
    void saveStoresWhatIsShown();
    void cancelStoresNothing();
    void lockTimeStaysWithinItsRange();
    void backupReminderNeedsAnUnlockedVault();
    void backupReminderIsStoredInTheVault_data();
    void backupReminderIsStoredInTheVault();
    void cancelLeavesTheBackupReminder();
    void storesTheStartPageContactWeeks();

private:
    static void click(SettingsDialog &dialog, QDialogButtonBox::ButtonRole role);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath("settings.ini"), nullptr);
}

void TestSettingsDialog::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsDialog::click(SettingsDialog &dialog, QDialogButtonBox::ButtonRole role)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == role) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("button not found");
}

void TestSettingsDialog::showsTheStoredValues_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("language");
    QTest::addRow("system language") << 5 << "system";
    QTest::addRow("English") << 15 << "en_GB";
    QTest::addRow("Welsh") << 60 << "cy";
    QTest::addRow("unknown language shows the system") << 1 << "xx";
}

void TestSettingsDialog::showsTheStoredValues()
{
    QFETCH(int, minutes);
    QFETCH(QString, language);
    m_settings->setValue(Settings::Key::AutoLockMinutes, minutes);
    m_settings->setValue(Settings::Key::Language, language);
    SettingsDialog dialog(*m_settings);
    QCOMPARE(dialog.findChild<QSpinBox *>("autoLockSpin")->value(), minutes);
    const QString shown = dialog.findChild<QComboBox *>("languageCombo")->currentData().toString();
    QCOMPARE(shown, language == "xx" ? QStringLiteral("system") : language);
}

void TestSettingsDialog::saveStoresWhatIsShown_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("language");
    QTest::addRow("Welsh, a minute") << 1 << "cy";
    QTest::addRow("English, half an hour") << 30 << "en_GB";
    QTest::addRow("system, an hour") << 60 << "system";
}

void TestSettingsDialog::saveStoresWhatIsShown()
{
    QFETCH(int, minutes);
    QFETCH(QString, language);
    SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = dialog.findChild<QSpinBox *>("autoLockSpin");
    auto *combo = dialog.findChild<QComboBox *>("languageCombo");
    QVERIFY(spin && combo);
    spin->setValue(minutes);
    combo->setCurrentIndex(combo->findData(language));
    click(dialog, QDialogButtonBox::AcceptRole);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(m_settings->autoLockMinutes(), minutes);
    QCOMPARE(m_settings->language(), language);
    // Stored for the next start, not just in memory.
    Settings reread(m_dir->filePath("settings.ini"), nullptr);
    QCOMPARE(reread.autoLockMinutes(), minutes);
    QCOMPARE(reread.language(), language);
}

void TestSettingsDialog::cancelStoresNothing()
{
    m_settings->setValue(Settings::Key::AutoLockMinutes, 10);
    m_settings->setValue(Settings::Key::Language, QStringLiteral("en_GB"));
    SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QSpinBox *>("autoLockSpin")->setValue(45);
    auto *combo = dialog.findChild<QComboBox *>("languageCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("cy")));
    QSignalSpy changed(m_settings.get(), &Settings::changed);
    click(dialog, QDialogButtonBox::RejectRole);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_settings->autoLockMinutes(), 10);
    QCOMPARE(m_settings->language(), QStringLiteral("en_GB"));
}

void TestSettingsDialog::lockTimeStaysWithinItsRange()
{
    SettingsDialog dialog(*m_settings);
    auto *spin = dialog.findChild<QSpinBox *>("autoLockSpin");
    spin->setValue(0);
    QCOMPARE(spin->value(), 1);
    spin->setValue(500);
    QCOMPARE(spin->value(), 60);
}

void TestSettingsDialog::backupReminderNeedsAnUnlockedVault()
{
    SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!dialog.findChild<QSpinBox *>("backupReminderSpin")->isVisible());
    // The rest still works without a vault.
    dialog.findChild<QSpinBox *>("autoLockSpin")->setValue(20);
    click(dialog, QDialogButtonBox::AcceptRole);
    QCOMPARE(m_settings->autoLockMinutes(), 20);
}

void TestSettingsDialog::backupReminderIsStoredInTheVault_data()
{
    QTest::addColumn<int>("stored");
    QTest::addColumn<int>("chosen");
    QTest::addRow("default to a fortnight") << -1 << 14;
    QTest::addRow("a week to off") << 7 << 0;
    QTest::addRow("off to a day") << 0 << 1;
}

void TestSettingsDialog::backupReminderIsStoredInTheVault()
{
    QFETCH(int, stored);
    QFETCH(int, chosen);
    auto vault = Fixtures::create(*m_dir);
    QVERIFY(vault);
    if (stored >= 0)
        QVERIFY(BackupReminder(vault->database()).setDays(stored).ok());
    SettingsDialog dialog(*m_settings, vault.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = dialog.findChild<QSpinBox *>("backupReminderSpin");
    QVERIFY(spin->isVisible());
    QCOMPARE(spin->value(), stored >= 0 ? stored : BackupReminder::DefaultDays);
    spin->setValue(chosen);
    click(dialog, QDialogButtonBox::AcceptRole);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(BackupReminder(vault->database()).days().value(), chosen);
    // It belongs to the vault, and goes wherever the vault goes.
    vault.reset();
    auto reopened = Vault::open(Fixtures::pathIn(*m_dir), Fixtures::passphrase());
    QVERIFY(reopened);
    QCOMPARE(BackupReminder(reopened.value()->database()).days().value(), chosen);
}

void TestSettingsDialog::cancelLeavesTheBackupReminder()
{
    auto vault = Fixtures::create(*m_dir);
    QVERIFY(vault);
    SettingsDialog dialog(*m_settings, vault.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.findChild<QSpinBox *>("backupReminderSpin")->setValue(0);
    click(dialog, QDialogButtonBox::RejectRole);
    QCOMPARE(BackupReminder(vault->database()).days().value(), BackupReminder::DefaultDays);
}

void TestSettingsDialog::storesTheStartPageContactWeeks()
{
    QCOMPARE(m_settings->value(Settings::Key::NotContactedWeeks).toInt(), 4);
    SettingsDialog dialog(*m_settings);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *spin = dialog.findChild<QSpinBox *>("notContactedSpin");
    QVERIFY(spin);
    QCOMPARE(spin->value(), 4);
    spin->setValue(6);
    // The unit is said after the number (its plural comes from the translation, which this test does not load).
    QVERIFY(spin->suffix().contains("week"));
    click(dialog, QDialogButtonBox::AcceptRole);
    QCOMPARE(Settings(m_dir->filePath("settings.ini"), nullptr).value(Settings::Key::NotContactedWeeks).toInt(), 6);
}

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
