#include "model/bundles/BundleImporter.h"
#include "model/session/BundleHandlers.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/ImportBundleDialog.h"
#include "ui/sync/SyncDevicesDialog.h"
#include "ui/sync/SyncExportDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FingerprintLabel.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

namespace
{
    /** A table's column headings, which come from its dialog's form. */
    QStringList columnHeaders(const QTableWidget *table)
    {
        QStringList headers;
        for (int column = 0; column < table->columnCount(); ++column)
            headers << table->horizontalHeaderItem(column)->text();
        return headers;
    }
} // namespace

/** Sync dialogs: adding a device by fingerprint, the export preview and file, settling conflicts. */
class TestSyncDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addingADeviceNeedsItsFingerprint_data();
    void addingADeviceNeedsItsFingerprint();
    void devicesDialogListsPeers();
    void previewShowsWithheldSections();
    void exportWritesAFileTheOtherVaultImports();
    void untickedPeopleWaitForALaterExport();
    void handsOverTheShownPerson();
    void conflictsDialogResolves();
    void devicesDialogsNameEveryControl();
    void exportDialogNamesEveryControl();
    void conflictsDialogNamesEveryControl();
    void formsSpeakWelsh();

private:
    static void pair(Vault &a, Vault &b);
    static QString peerId(Vault &vault);
    static Result<ImportSummary> import(Vault &vault, const QByteArray &bundle);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_gp;
    std::unique_ptr<Vault> m_coach;
    QString m_personId;
};

void TestSyncDialogs::pair(Vault &a, Vault &b)
{
    for (auto [from, to] : {std::pair<Vault *, Vault *>{&a, &b}, std::pair<Vault *, Vault *>{&b, &a}}) {
        const QByteArray key = from->devicePublicKey();
        QVERIFY(CaseloadSync(*to).addPeer(
            {Minisign::keyIdFor(key), key}, from->ownerName(), from->setting(), Minisign::fingerprint(key)));
    }
}

QString TestSyncDialogs::peerId(Vault &vault)
{
    return Minisign::keyIdHex(Minisign::keyIdFor(vault.devicePublicKey()));
}

Result<ImportSummary> TestSyncDialogs::import(Vault &vault, const QByteArray &bundle)
{
    return BundleHandlers::makeImporter(vault)->importBytes(bundle);
}

void TestSyncDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestSyncDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_gp = Fixtures::create(*m_dir, "gp", VaultSetting::GpPractice);
    m_coach = Fixtures::create(*m_dir, "coach", VaultSetting::WorkCoach);
    m_personId = m_gp->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}).value();
    QVERIFY(m_gp->records().add(m_personId, Kinds::Note, {{"text", "Discussed phased return"}}));
    QVERIFY(m_gp->records().add(m_personId, Kinds::HealthCondition, {{"description", "Back pain"}}));
    QVERIFY(m_gp->records().add(m_personId, Kinds::JobGoal, {{"title", "Warehouse operative"}}));
}

void TestSyncDialogs::cleanup()
{
    m_gp.reset();
    m_coach.reset();
    m_dir.reset();
}

void TestSyncDialogs::addingADeviceNeedsItsFingerprint_data()
{
    QTest::addColumn<bool>("rightFingerprint");
    QTest::addRow("wrong fingerprint adds nothing") << false;
    QTest::addRow("right fingerprint adds the device") << true;
}

void TestSyncDialogs::addingADeviceNeedsItsFingerprint()
{
    QFETCH(bool, rightFingerprint);
    const QByteArray key = m_coach->devicePublicKey();
    CaseloadSync sync(*m_gp);
    AddSyncDeviceDialog dialog(sync, {Minisign::keyIdFor(key), key});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // Nothing to copy into the confirm box: the key's fingerprint is not on screen until the typed one matches.
    auto *fingerprint = dialog.findChild<QLabel *>("fingerprintLabel");
    QVERIFY(fingerprint);
    QVERIFY(fingerprint->text().isEmpty());
    for (const QLabel *shown : dialog.findChildren<QLabel *>())
        QVERIFY(!shown->text().contains(Minisign::fingerprint(key)));
    auto *confirm = dialog.findChild<QLineEdit *>("confirmFingerprintEdit");
    auto *label = dialog.findChild<QLineEdit *>("deviceLabelEdit");
    auto *setting = dialog.findChild<QComboBox *>("deviceSettingCombo");
    auto *ok = dialog.findChild<QPushButton *>("addDeviceOkButton");
    auto *error = dialog.findChild<QLabel *>("fingerprintError");
    QVERIFY(confirm && label && setting && ok && error);

    const QString typed =
        rightFingerprint ? Minisign::fingerprint(key) : Minisign::fingerprint(m_gp->devicePublicKey());
    QTest::keyClicks(confirm, typed);
    QCOMPARE(fingerprint->text(), rightFingerprint ? Minisign::fingerprint(key) : QString());
    QTest::keyClicks(label, "Jobcentre Cardiff");
    setting->setCurrentIndex(setting->findData(int(VaultSetting::WorkCoach)));
    QTest::mouseClick(ok, Qt::LeftButton);

    auto peers = sync.peers();
    QVERIFY(peers);
    if (rightFingerprint) {
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(peers->size(), 1);
        QCOMPARE(peers->first().label, QStringLiteral("Jobcentre Cardiff"));
        QCOMPARE(peers->first().deviceId, peerId(*m_coach));
        QCOMPARE(peers->first().setting, VaultSetting::WorkCoach);
    } else {
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains("does not match"));
        QCOMPARE(peers->size(), 0);
    }
}

void TestSyncDialogs::devicesDialogListsPeers()
{
    pair(*m_gp, *m_coach);
    CaseloadSync sync(*m_gp);
    SyncDevicesDialog dialog(sync);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>("devicesTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), m_coach->ownerName());
    QCOMPARE(table->item(0, 1)->text(), peerId(*m_coach));
    QCOMPARE(table->item(0, 3)->text(), Minisign::fingerprint(m_coach->devicePublicKey()));
    QVERIFY(!dialog.findChild<QLabel *>("noDevicesLabel")->isVisible());
}

void TestSyncDialogs::previewShowsWithheldSections()
{
    pair(*m_gp, *m_coach);
    CaseloadSync sync(*m_gp);
    SyncExportDialog dialog(sync);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>("previewTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 0)->text().contains("Evans"));
    QVERIFY(table->item(0, 1)->text().contains("Job goals"));
    QVERIFY(table->item(0, 2)->text().contains("Notes"));
    QVERIFY(table->item(0, 2)->text().contains("Conditions affecting work"));
    QVERIFY(dialog.findChild<QPushButton *>("exportButton")->isEnabled());

    // The coach has nothing of its own to send back.
    CaseloadSync coachSync(*m_coach);
    SyncExportDialog empty(coachSync);
    QCOMPARE(empty.findChild<QTableWidget *>("previewTable")->rowCount(), 0);
    QVERIFY(empty.findChild<QLabel *>("exportStatus")->text().contains("Nothing is waiting to be sent"));
    QVERIFY(!empty.findChild<QPushButton *>("exportButton")->isEnabled());
}

void TestSyncDialogs::untickedPeopleWaitForALaterExport()
{
    pair(*m_gp, *m_coach);
    const QString other = m_gp->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Owen"}}).value();
    QVERIFY(m_gp->records().add(other, Kinds::JobGoal, {{"title", "Chef"}}));
    CaseloadSync sync(*m_gp);
    SyncExportDialog dialog(sync);
    auto *table = dialog.findChild<QTableWidget *>("previewTable");
    QCOMPARE(table->rowCount(), 2);
    int owenRow = -1;
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->checkState(), Qt::Checked);
        owenRow = table->item(row, 0)->text().contains("Owen") ? row : owenRow;
    }
    QVERIFY(owenRow >= 0);
    table->item(owenRow, 0)->setCheckState(Qt::Unchecked);
    QCOMPARE(dialog.chosenPeople(), QStringList{m_personId});
    QVERIFY(dialog.findChild<QLabel *>("exportStatus")->text().contains("1 person"));

    const QString path = m_dir->filePath("only-evans.wmbundle");
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.exportToFile();
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(import(*m_coach, file.readAll()));
    QCOMPARE(m_coach->records().list(m_personId, Kinds::JobGoal)->size(), 1);
    QVERIFY(!m_coach->records().get(other).ok());
    // Owen's changes still wait: the next preview lists him.
    const auto waiting = sync.preview(peerId(*m_coach));
    QVERIFY(waiting);
    bool owenWaiting = false;
    for (const ExportPreviewEntry &entry : waiting.value())
        owenWaiting = owenWaiting || entry.personId == other;
    QVERIFY(owenWaiting);

    // Nobody ticked: nothing to export.
    dialog.refreshPreview();
    for (int row = 0; row < table->rowCount(); ++row)
        table->item(row, 0)->setCheckState(Qt::Unchecked);
    QVERIFY(!dialog.findChild<QPushButton *>("exportButton")->isEnabled());
}

void TestSyncDialogs::handsOverTheShownPerson()
{
    pair(*m_gp, *m_coach);
    CaseloadSync sync(*m_gp);
    {
        SyncExportDialog none(sync);
        QVERIFY(!none.findChild<QCheckBox *>("handoverCheck")->isEnabled());
    }
    SyncExportDialog dialog(sync, nullptr, m_personId, "Siân Evans");
    auto *handover = dialog.findChild<QCheckBox *>("handoverCheck");
    QVERIFY(handover->isEnabled());
    QVERIFY(handover->text().contains("Siân Evans"));
    handover->setChecked(true);
    auto *table = dialog.findChild<QTableWidget *>("previewTable");
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(dialog.findChild<QLabel *>("exportStatus")->text().contains("move to this device"));

    const QString path = m_dir->filePath("handover.wmbundle");
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.exportToFile();
    QVERIFY(MessageBox::lastText().contains("handed over"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(import(*m_coach, file.readAll()));
    auto person = m_coach->records().summary(m_personId);
    QVERIFY(person);
    QCOMPARE(person->owner, m_coach->ownerName());
}

void TestSyncDialogs::exportWritesAFileTheOtherVaultImports()
{
    pair(*m_gp, *m_coach);
    CaseloadSync sync(*m_gp);
    SyncExportDialog dialog(sync);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir->filePath("to-coach.wmbundle");
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.findChild<QPushButton *>("exportButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains("encrypted"));
    QVERIFY(QFile::exists(path));

    // The coach imports it through the import dialog, whose summary carries what a receipt needs.
    auto importer = BundleHandlers::makeImporter(*m_coach);
    ImportBundleDialog importDialog(*importer, path);
    importDialog.start();
    QTRY_VERIFY(importDialog.succeeded());
    const auto summary = importDialog.summary();
    QVERIFY(summary);
    QCOMPARE(summary->kind, BundleKind::Caseload);
    QCOMPARE(m_coach->records().list(m_personId, Kinds::JobGoal)->size(), 1);
    QCOMPARE(m_coach->records().list(m_personId, Kinds::Note)->size(), 0);

    // Its receipt, imported by the GP, marks the changes delivered: nothing is left waiting.
    auto receipt = CaseloadSync(*m_coach).receiptFor(summary->bundleId, summary->maxHlc);
    QVERIFY(receipt);
    QVERIFY(import(*m_gp, receipt.value()));
    dialog.refreshPreview();
    QCOMPARE(dialog.findChild<QTableWidget *>("previewTable")->rowCount(), 0);
    QVERIFY(dialog.findChild<QLabel *>("exportStatus")->text().contains("Nothing is waiting to be sent"));
}

void TestSyncDialogs::conflictsDialogResolves()
{
    pair(*m_gp, *m_coach);
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QVERIFY(m_coach->records().update(m_personId, {{"preferred_name", "Coach's choice"}}));
    QTest::qWait(5);
    QVERIFY(m_gp->records().update(m_personId, {{"preferred_name", "GP's choice"}}));
    auto summary = import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value());
    QVERIFY(summary);
    QCOMPARE(summary->conflicts, 1);

    CaseloadSync sync(*m_coach);
    ConflictsDialog dialog(*m_coach, sync);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>("conflictsTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(table->item(0, 0)->text().contains("Evans"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("GP's choice"));
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("Coach's choice"));

    QTest::mouseClick(dialog.findChild<QPushButton *>("useOtherButton"), Qt::LeftButton);
    QCOMPARE(m_coach->records().get(m_personId)->value("preferred_name"), QStringLiteral("Coach's choice"));
    QCOMPARE(sync.conflicts()->size(), 0);
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(!dialog.findChild<QPushButton *>("useOtherButton")->isEnabled());
}

void TestSyncDialogs::devicesDialogsNameEveryControl()
{
    CaseloadSync sync(*m_gp);
    SyncDevicesDialog devices(sync);
    QCOMPARE(devices.objectName(), QString("syncDevicesDialog"));
    QCOMPARE(AccessibilityCheck::problems(&devices), QStringList());
    QCOMPARE(AccessibilityCheck::buddies(&devices), QStringList());
    QCOMPARE(AccessibilityCheck::tabOrder(&devices, AccessibilityCheck::Stops::Declared),
             QStringList({"devicesTable", "addDeviceButton", "Close"}));
    QCOMPARE(columnHeaders(devices.findChild<QTableWidget *>("devicesTable")),
             QStringList({"Name", "Device", "Setting", "Fingerprint"}));

    const QByteArray key = m_coach->devicePublicKey();
    AddSyncDeviceDialog add(sync, {Minisign::keyIdFor(key), key});
    QCOMPARE(add.objectName(), QString("addSyncDeviceDialog"));
    QCOMPARE(AccessibilityCheck::problems(&add), QStringList());
    QCOMPARE(AccessibilityCheck::buddies(&add),
             QStringList({"Fingerprint you were given: -> confirmFingerprintEdit",
                          "Name: -> deviceLabelEdit",
                          "Used by: -> deviceSettingCombo"}));
    QCOMPARE(AccessibilityCheck::tabOrder(&add, AccessibilityCheck::Stops::Declared),
             QStringList({"confirmFingerprintEdit",
                          "deviceLabelEdit",
                          "deviceSettingCombo",
                          "ownDeviceCheck",
                          "addDeviceOkButton",
                          "Cancel"}));
    // The form's FingerprintLabel says whose key it is; the code gives it the key, spoken a character at a time.
    auto *fingerprint = add.findChild<FingerprintLabel *>("fingerprintLabel");
    QVERIFY(fingerprint);
    add.findChild<QLineEdit *>("confirmFingerprintEdit")->setText(Minisign::fingerprint(key));
    QCOMPARE(fingerprint->accessibleDescription(), QString("Fingerprint of this device's key"));
    QCOMPARE(fingerprint->accessibleName(), FingerprintLabel::spokenGroups(Minisign::fingerprint(key)));
}

void TestSyncDialogs::exportDialogNamesEveryControl()
{
    pair(*m_gp, *m_coach);
    CaseloadSync sync(*m_gp);
    SyncExportDialog dialog(sync, nullptr, m_personId, "Siân Evans");
    QCOMPARE(dialog.objectName(), QString("syncExportDialog"));
    QCOMPARE(AccessibilityCheck::problems(&dialog), QStringList());
    QCOMPARE(AccessibilityCheck::buddies(&dialog), QStringList({"Send to: -> deviceCombo"}));
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog, AccessibilityCheck::Stops::Declared),
             QStringList({"deviceCombo", "handoverCheck", "previewTable", "exportButton", "Close"}));
    QCOMPARE(columnHeaders(dialog.findChild<QTableWidget *>("previewTable")),
             QStringList({"Person (tick to send)", "Sent", "Not sent: no consent recorded"}));
    QVERIFY(dialog.findChild<QCheckBox *>("handoverCheck")->accessibleDescription().contains("audit record"));
}

void TestSyncDialogs::conflictsDialogNamesEveryControl()
{
    CaseloadSync sync(*m_coach);
    ConflictsDialog dialog(*m_coach, sync);
    QCOMPARE(dialog.objectName(), QString("conflictsDialog"));
    QCOMPARE(AccessibilityCheck::problems(&dialog), QStringList());
    QCOMPARE(AccessibilityCheck::buddies(&dialog), QStringList());
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog, AccessibilityCheck::Stops::Declared),
             QStringList({"conflictsTable", "keepButton", "useOtherButton", "Close"}));
    QCOMPARE(
        columnHeaders(dialog.findChild<QTableWidget *>("conflictsTable")),
        QStringList({"Person", "Section", "Field", "Value kept", "Other value", "Other value from", "Changed there"}));
}

void TestSyncDialogs::formsSpeakWelsh()
{
    // The forms' words reach the Welsh translation only if lupdate reads the .ui files.
    QTranslator welsh;
    QVERIFY(welsh.load(":/i18n/waymark_cy"));
    QCoreApplication::installTranslator(&welsh);
    const auto welshFor = [](const char *context, const char *english) {
        const QString translated = QCoreApplication::translate(context, english);
        return translated == QLatin1String(english) ? QString() : translated;
    };
    CaseloadSync sync(*m_gp);
    ConflictsDialog conflicts(*m_gp, sync);
    QCOMPARE(conflicts.findChild<QTableWidget *>("conflictsTable")->accessibleName(),
             welshFor("ConflictsDialog", "Changes made on two devices"));
    SyncDevicesDialog devices(sync);
    QCOMPARE(devices.windowTitle(), welshFor("SyncDevicesDialog", "Devices"));
    const QByteArray key = m_coach->devicePublicKey();
    AddSyncDeviceDialog add(sync, {Minisign::keyIdFor(key), key});
    QCOMPARE(add.findChild<QLineEdit *>("confirmFingerprintEdit")->accessibleName(),
             welshFor("AddSyncDeviceDialog", "Fingerprint you were given"));
    SyncExportDialog exportDialog(sync);
    QCOMPARE(columnHeaders(exportDialog.findChild<QTableWidget *>("previewTable")).value(1),
             welshFor("SyncExportDialog", "Sent"));
}

QTEST_MAIN(TestSyncDialogs)
#include "TestSyncDialogs.moc"
