#include "model/bundles/BundleImporter.h"
#include "model/bundles/QuarantineStore.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/VacancyBundle.h"
#include "model/session/BundleHandlers.h"
#include "model/vault/Database.h"
#include "ui/sync/QuarantineDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/** The quarantine dialog: items set aside by a real import, the empty state, and the export for the sender. */
class TestQuarantineDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void emptyVaultShowsTheEmptyState();
    void listsTheItemSetAside();
    void exportWarnsAndWritesTheFile();
    void cancellingTheWarningWritesNothing();
    void namesEveryControl();
    void speaksWelshFromItsForm();

private:
    void importOneBadVacancy();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestQuarantineDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestQuarantineDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
}

void TestQuarantineDialog::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestQuarantineDialog::importOneBadVacancy()
{
    const SigningKey key = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(key.minisignKey(), "DWP", {BundleKind::Vacancies}, Minisign::fingerprint(key.publicKey())));
    Vacancy bad;
    bad.id = "BAD1";
    bad.title = "Care assistant";
    bad.employer = QString::fromUtf8("Tŷ Gwyn Care");
    bad.latitude = 51.48;
    bad.longitude = -3.18;
    bad.hoursPerWeek = 0;
    bad.contractType = ContractType::Permanent;
    bad.closingDate = QDate::currentDate().addDays(30);
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = 1;
    header.publisher = "DWP";
    auto bundle = BundleFile::write(
        header, VacancyBundle::encode({bad}, VacancyBundle::Mode::Delta), {key.keyId(), &key.secretKey()});
    QVERIFY(bundle);
    auto summary = BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->rejected, 1);
}

void TestQuarantineDialog::emptyVaultShowsTheEmptyState()
{
    QuarantineStore store(m_vault->database(), m_vault->audit());
    QuarantineDialog dialog(store);
    dialog.show();
    auto *empty = dialog.findChild<QLabel *>("emptyStateLabel");
    auto *view = dialog.findChild<QTreeWidget *>("quarantineView");
    auto *exportButton = dialog.findChild<QPushButton *>("exportButton");
    QVERIFY(empty && view && exportButton);
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("Nothing has been set aside."));
    QVERIFY(!view->isVisible());
    QCOMPARE(view->topLevelItemCount(), 0);
    QVERIFY(!exportButton->isEnabled());
}

void TestQuarantineDialog::listsTheItemSetAside()
{
    importOneBadVacancy();
    QuarantineStore store(m_vault->database(), m_vault->audit());
    QuarantineDialog dialog(store);
    dialog.show();
    auto *view = dialog.findChild<QTreeWidget *>("quarantineView");
    auto *empty = dialog.findChild<QLabel *>("emptyStateLabel");
    QVERIFY(view && empty);
    QVERIFY(view->isVisible());
    QVERIFY(!empty->isVisible());
    QVERIFY(!view->accessibleName().isEmpty());
    QCOMPARE(view->columnCount(), 5);
    QCOMPARE(view->headerItem()->text(0), QStringLiteral("Received"));
    QCOMPARE(view->headerItem()->text(4), QStringLiteral("Reason"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QTreeWidgetItem *row = view->topLevelItem(0);
    QCOMPARE(row->text(2), QStringLiteral("DWP"));
    QCOMPARE(row->text(3), QStringLiteral("BAD1"));
    const QString reason = m_vault->database().scalarText("SELECT reason FROM quarantine").value();
    QCOMPARE(row->text(4), reason);
    auto *details = dialog.findChild<QPlainTextEdit *>("quarantineDetails");
    QVERIFY(details);
    QVERIFY(details->toPlainText().contains("BAD1"));
    // Every value in the detail says what it is.
    const QStringList lines = details->toPlainText().split('\n');
    QCOMPARE(lines.at(0), "Received: " + row->text(0));
    QCOMPARE(lines.at(1), "Kind: " + row->text(1));
    QCOMPARE(lines.at(2), QStringLiteral("From: DWP"));
    QCOMPARE(lines.at(3), QStringLiteral("Item: BAD1"));
    QCOMPARE(lines.at(4), "Why it was set aside: " + reason);
    QCOMPARE(lines.at(5), QStringLiteral("What it held:"));
    QVERIFY(dialog.findChild<QPushButton *>("exportButton")->isEnabled());
}

void TestQuarantineDialog::exportWarnsAndWritesTheFile()
{
    importOneBadVacancy();
    QuarantineStore store(m_vault->database(), m_vault->audit());
    QuarantineDialog dialog(store);
    const QString path = m_dir->filePath("for-dwp.csv");
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(dialog.findChild<QPushButton *>("exportButton"), Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains("encrypted"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("received_at,kind,publisher,bundle_id,item,reason,content\n"));
    QVERIFY(csv.contains(",vacancies,DWP,"));
    QVERIFY(csv.contains("BAD1"));
}

void TestQuarantineDialog::cancellingTheWarningWritesNothing()
{
    importOneBadVacancy();
    QuarantineStore store(m_vault->database(), m_vault->audit());
    QuarantineDialog dialog(store);
    const QString path = m_dir->filePath("for-dwp.csv");
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.exportForSender();
    QVERIFY(!QFile::exists(path));
}

void TestQuarantineDialog::namesEveryControl()
{
    QuarantineStore store(m_vault->database(), m_vault->audit());
    QuarantineDialog dialog(store);
    QCOMPARE(dialog.objectName(), QString("quarantineDialog"));
    QCOMPARE(AccessibilityCheck::problems(&dialog), QStringList());
    QCOMPARE(AccessibilityCheck::buddies(&dialog), QStringList());
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog, AccessibilityCheck::Stops::Declared),
             QStringList({"quarantineView", "quarantineDetails", "exportButton", "Close"}));

    // The check sees a control that has lost its name.
    dialog.findChild<QTreeWidget *>("quarantineView")->setAccessibleName(QString());
    QCOMPARE(AccessibilityCheck::problems(&dialog),
             QStringList({"QTreeWidget \"quarantineView\" has no accessible name"}));
}

void TestQuarantineDialog::speaksWelshFromItsForm()
{
    // The form's words reach the Welsh translation only if lupdate reads the .ui file.
    QTranslator welsh;
    QVERIFY(welsh.load(":/i18n/waymark_cy"));
    QCoreApplication::installTranslator(&welsh);
    QuarantineStore store(m_vault->database(), m_vault->audit());
    QuarantineDialog dialog(store);
    const auto welshFor = [](const char *english) {
        const QString translated = QCoreApplication::translate("QuarantineDialog", english);
        return translated == QLatin1String(english) ? QString() : translated;
    };
    QCOMPARE(dialog.windowTitle(), welshFor("Quarantine"));
    auto *view = dialog.findChild<QTreeWidget *>("quarantineView");
    QCOMPARE(view->accessibleName(), welshFor("Items set aside from imported bundles"));
    QCOMPARE(view->headerItem()->text(4), welshFor("Reason"));
    QCOMPARE(dialog.findChild<QLabel *>("emptyStateLabel")->text(), welshFor("Nothing has been set aside."));
}

QTEST_MAIN(TestQuarantineDialog)
#include "TestQuarantineDialog.moc"
