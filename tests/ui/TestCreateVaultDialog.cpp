#include "model/session/VaultSession.h"
#include "ui/shell/CreateVaultDialog.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

#include "AccessibilityCheck.h"

/** Creating a vault: the dialog is built from CreateVaultDialog.ui; TestMainWindow covers what it creates. */
class TestCreateVaultDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isBuiltFromItsForm();
    void everyInputIsNamedForScreenReaders();
    void tabFollowsTheFormOrder();
    void eachChoiceCreatesAVaultOfThatSetting_data();
    void eachChoiceCreatesAVaultOfThatSetting();
};

void TestCreateVaultDialog::isBuiltFromItsForm()
{
    VaultSession session;
    CreateVaultDialog dialog(session, "/somewhere/safe");
    QCOMPARE(dialog.objectName(), QString("createVaultDialog"));
    // Every object CreateVaultDialog.ui declares: the names are an API for tests and accessibility tools.
    for (const char *name :
         {"dialogLayout",   "introLabel",       "vaultForm",         "nameLabel",    "vaultNameEdit", "nameError",
          "folderLabel",    "folderEdit",       "browseButton",      "ownerLabel",   "ownerEdit",     "passphraseLabel",
          "passphraseEdit", "passphraseError",  "strengthMeter",     "confirmLabel", "confirmEdit",   "confirmError",
          "settingBox",     "settingWorkCoach", "settingGpPractice", "settingAdmin", "settingGroup",  "generalError",
          "buttonBox",      "createButton"})
        QVERIFY2(dialog.findChild<QObject *>(QLatin1String(name)), name);
    QCOMPARE(dialog.windowTitle(), QString("Create a vault"));
    QCOMPARE(dialog.findChild<QLineEdit *>("vaultNameEdit")->text(), QString("My caseload"));
    QCOMPARE(dialog.findChild<QLineEdit *>("folderEdit")->text(), QString("/somewhere/safe"));
    QCOMPARE(dialog.findChild<QLineEdit *>("passphraseEdit")->echoMode(), QLineEdit::Password);
    QCOMPARE(dialog.findChild<QLineEdit *>("confirmEdit")->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.findChild<QRadioButton *>("settingWorkCoach")->isChecked());
    QVERIFY(dialog.findChild<QPushButton *>("createButton")->isDefault());
    for (const char *error : {"nameError", "passphraseError", "confirmError", "generalError"})
        QVERIFY2(!dialog.findChild<QLabel *>(QLatin1String(error))->isVisibleTo(&dialog), error);
}

void TestCreateVaultDialog::everyInputIsNamedForScreenReaders()
{
    VaultSession session;
    CreateVaultDialog dialog(session, QString());
    const QStringList problems = AccessibilityCheck::problems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    const QList<std::pair<const char *, const char *>> buddies = {{"nameLabel", "vaultNameEdit"},
                                                                  {"folderLabel", "folderEdit"},
                                                                  {"ownerLabel", "ownerEdit"},
                                                                  {"passphraseLabel", "passphraseEdit"},
                                                                  {"confirmLabel", "confirmEdit"}};
    for (const auto &[label, edit] : buddies)
        QCOMPARE(dialog.findChild<QLabel *>(QLatin1String(label))->buddy(),
                 dialog.findChild<QLineEdit *>(QLatin1String(edit)));
    QCOMPARE(dialog.findChild<QLineEdit *>("passphraseEdit")->accessibleName(), QString("Passphrase"));
}

void TestCreateVaultDialog::tabFollowsTheFormOrder()
{
    VaultSession session;
    CreateVaultDialog dialog(session, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QWidget *>("vaultNameEdit"));
    // The order the dialog had before it moved to a .ui file; keyboard users learn it.
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog),
             QStringList({"vaultNameEdit",
                          "folderEdit",
                          "ownerEdit",
                          "passphraseEdit",
                          "confirmEdit",
                          "browseButton",
                          "settingWorkCoach",
                          "settingGpPractice",
                          "settingAdmin",
                          "createButton",
                          "Cancel"}));
}

void TestCreateVaultDialog::eachChoiceCreatesAVaultOfThatSetting_data()
{
    QTest::addColumn<QString>("button");
    QTest::addColumn<VaultSetting>("setting");
    QTest::addRow("work coach") << "settingWorkCoach" << VaultSetting::WorkCoach;
    QTest::addRow("GP practice") << "settingGpPractice" << VaultSetting::GpPractice;
    QTest::addRow("admin") << "settingAdmin" << VaultSetting::Admin;
}

void TestCreateVaultDialog::eachChoiceCreatesAVaultOfThatSetting()
{
    QFETCH(QString, button);
    QFETCH(VaultSetting, setting);
    QTemporaryDir dir;
    VaultSession session;
    CreateVaultDialog dialog(session, dir.path());
    dialog.setKdf(KdfParams::minimum());
    dialog.findChild<QRadioButton *>(button)->setChecked(true);
    dialog.findChild<QLineEdit *>("passphraseEdit")->setText("copper kettle lantern heron");
    dialog.findChild<QLineEdit *>("confirmEdit")->setText("copper kettle lantern heron");
    dialog.findChild<QLineEdit *>("ownerEdit")->setText("Rhys");
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(session.isUnlocked());
    QCOMPARE(session.vault()->setting(), setting);
    QVERIFY(dialog.createdPath().endsWith("My caseload.waymark"));
    session.lock();
}

QTEST_MAIN(TestCreateVaultDialog)
#include "TestCreateVaultDialog.moc"
