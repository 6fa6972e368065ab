#include "model/bundles/BundleImporter.h"
#include "model/bundles/KeyRotation.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/GeodataBundle.h"
#include "model/session/BundleHandlers.h"
#include "ui/sync/AddTrustedKeyDialog.h"
#include "ui/sync/ImportBundleDialog.h"
#include "ui/sync/TrustedKeysDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The admin's bundle screens: trusting a key by its fingerprint, and importing with progress and a summary. */
class TestBundleDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void trustNeedsMatchingFingerprint();
    void importShowsSummary();
    void refusedImportShowsReasonAndChangesNothing();
    void keyRotationShowsBothKeysAndAppliesOnlyWhenConfirmed();

private:
    QString writeBundle(const SigningKey &key);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestBundleDialogs::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    QVERIFY(m_vault);
}

void TestBundleDialogs::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

QString TestBundleDialogs::writeBundle(const SigningKey &key)
{
    BundleHeader header;
    header.kind = BundleKind::Geodata;
    header.sequence = 1;
    header.publisher = "ONS";
    auto bundle = BundleFile::write(header,
                                    GeodataBundle::encode({{"LS1", 53.797, -1.548}, {"CF10", 51.476, -3.177}}),
                                    {key.keyId(), &key.secretKey()});
    const QString path = m_dir->filePath("geodata.wmbundle");
    QFile file(path);
    if (bundle && file.open(QIODevice::WriteOnly))
        file.write(bundle.value());
    return path;
}

void TestBundleDialogs::trustNeedsMatchingFingerprint()
{
    TrustStore trust(m_vault->database(), m_vault->audit());
    const SigningKey key = SigningKey::generate();
    AddTrustedKeyDialog dialog(trust, key.minisignKey());
    QCOMPARE(dialog.findChild<QLabel *>("fingerprintLabel")->text(), Minisign::fingerprint(key.publicKey()));
    dialog.findChild<QLineEdit *>("labelEdit")->setText("ONS geography");
    dialog.findChild<QCheckBox *>("kind_geodata")->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit *>("confirmFingerprintEdit"), "1234 5678");
    dialog.accept();
    QVERIFY(dialog.findChild<QLabel *>("trustError")->isVisibleTo(&dialog));
    QCOMPARE(trust.list()->size(), 0);

    dialog.findChild<QLineEdit *>("confirmFingerprintEdit")->setText(Minisign::fingerprint(key.publicKey()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(trust.list()->size(), 1);
    QCOMPARE(trust.list()->first().kinds, QList<BundleKind>{BundleKind::Geodata});
}

void TestBundleDialogs::importShowsSummary()
{
    const SigningKey key = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(key.minisignKey(), "ONS", {BundleKind::Geodata}, Minisign::fingerprint(key.publicKey())));
    auto importer = BundleHandlers::makeImporter(*m_vault);
    ImportBundleDialog dialog(*importer, writeBundle(key));
    QSignalSpy finished(&dialog, &ImportBundleDialog::finished);
    dialog.show();
    dialog.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(dialog.succeeded());
    QVERIFY(dialog.findChild<QPlainTextEdit *>("importSummary")->toPlainText().contains("Added: 2"));
    QVERIFY(GeodataBundle::lookup(m_vault->database(), "CF10"));
}

void TestBundleDialogs::refusedImportShowsReasonAndChangesNothing()
{
    const SigningKey stranger = SigningKey::generate();
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto importer = BundleHandlers::makeImporter(*m_vault);
    ImportBundleDialog dialog(*importer, writeBundle(stranger));
    QSignalSpy finished(&dialog, &ImportBundleDialog::finished);
    dialog.show();
    dialog.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!dialog.succeeded());
    QVERIFY(dialog.outcomeText().contains("trusts"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestBundleDialogs::keyRotationShowsBothKeysAndAppliesOnlyWhenConfirmed()
{
    TrustStore trust(m_vault->database(), m_vault->audit());
    const SigningKey oldKey = SigningKey::generate();
    const SigningKey newKey = SigningKey::generate();
    QVERIFY(trust.add(oldKey.minisignKey(), "ONS", {BundleKind::Geodata}, Minisign::fingerprint(oldKey.publicKey())));
    auto statement = KeyRotation::make(oldKey, newKey, {}, "New year", QDateTime::currentDateTimeUtc());
    QVERIFY(statement);
    const QString path = m_dir->filePath("ons.rotation");
    QVERIFY(Fixtures::writeFile(path, statement.value()));

    TrustedKeysDialog dialog(trust);
    QVERIFY(dialog.findChild<QPushButton *>("rotateKeyButton"));
    auto *table = dialog.findChild<QTableWidget *>("keysTable");
    MessageBox::setNextAnswer(QMessageBox::No);
    dialog.applyRotationFromFile(path);
    QVERIFY(MessageBox::lastText().contains(Minisign::fingerprint(oldKey.publicKey())));
    QVERIFY(MessageBox::lastText().contains(Minisign::fingerprint(newKey.publicKey())));
    QVERIFY(MessageBox::lastText().contains(BundleKinds::displayName(BundleKind::Geodata)));
    QCOMPARE(table->item(0, 2)->text(), Minisign::fingerprint(oldKey.publicKey()));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    dialog.applyRotationFromFile(path);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), Minisign::fingerprint(newKey.publicKey()));

    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    dialog.applyRotationFromFile(path);
    QVERIFY2(MessageBox::lastText().contains("already been applied"), qPrintable(MessageBox::lastText()));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

QTEST_MAIN(TestBundleDialogs)
#include "TestBundleDialogs.moc"
