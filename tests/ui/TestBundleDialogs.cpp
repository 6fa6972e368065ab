#include "model/bundles/BundleImporter.h"
#include "model/bundles/KeyRotation.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/GeodataBundle.h"
#include "model/session/BundleHandlers.h"
#include "ui/sync/AddTrustedKeyDialog.h"
#include "ui/sync/ImportBundleDialog.h"
#include "ui/sync/TrustedKeysDialog.h"
#include "ui/widgets/FingerprintLabel.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/** The admin's bundle screens: trusting a key by its fingerprint, and importing with progress and a summary. */
class TestBundleDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void trustNeedsMatchingFingerprint();
    void keysFingerprintCannotBeCopiedBeforeItIsConfirmed_data();
    void keysFingerprintCannotBeCopiedBeforeItIsConfirmed();
    void trustButtonWaitsForTheTypedFingerprint();
    void addTrustedKeyDialogIsBuiltFromItsForm();
    void importShowsSummary();
    void untrustedBundleOffersToTrustItsKey();
    void importBundleDialogIsBuiltFromItsForm();
    void refusedImportShowsReasonAndChangesNothing();
    void keyRotationShowsBothKeysAndAppliesOnlyWhenConfirmed();
    void trustedKeysDialogIsBuiltFromItsForm();

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
    // The key's own fingerprint appears only once the typed one matches (issue 13 #13).
    QCOMPARE(dialog.findChild<QLabel *>("fingerprintLabel")->text(), QString());
    dialog.findChild<QLineEdit *>("labelEdit")->setText("ONS geography");
    dialog.findChild<QCheckBox *>("kind_geodata")->setChecked(true);
    QTest::keyClicks(dialog.findChild<QLineEdit *>("confirmFingerprintEdit"), "1234 5678");
    dialog.accept();
    QVERIFY(dialog.findChild<QLabel *>("trustError")->isVisibleTo(&dialog));
    QCOMPARE(trust.list()->size(), 0);

    dialog.findChild<QLineEdit *>("confirmFingerprintEdit")->setText(Minisign::fingerprint(key.publicKey()));
    QCOMPARE(dialog.findChild<QLabel *>("fingerprintLabel")->text(), Minisign::fingerprint(key.publicKey()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(trust.list()->size(), 1);
    QCOMPARE(trust.list()->first().kinds, QList<BundleKind>{BundleKind::Geodata});
}

namespace
{
    /** Every place a widget could hand text to the admin's clipboard or a screen reader. */
    QStringList exposedText(const QWidget *root)
    {
        QStringList texts;
        for (const QWidget *widget : root->findChildren<QWidget *>()) {
            texts << widget->accessibleName() << widget->accessibleDescription() << widget->toolTip()
                  << widget->whatsThis() << widget->windowTitle();
            if (const auto *label = qobject_cast<const QLabel *>(widget))
                texts << label->text();
            if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
                texts << edit->text() << edit->placeholderText();
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                texts << button->text();
        }
        return texts;
    }

    bool revealsFingerprint(const QStringList &texts, const QString &fingerprint)
    {
        const QString squeezed = QString(fingerprint).remove(' ');
        const QString spoken = FingerprintLabel::spokenGroups(fingerprint);
        // The first group is enough to give it away: typed feedback must not confirm a prefix either.
        const QString firstGroup = fingerprint.section(' ', 0, 0);
        return std::any_of(texts.cbegin(), texts.cend(), [&](const QString &text) {
            const QString upper = text.toUpper();
            return upper.contains(firstGroup) || upper.contains(squeezed) || text.contains(spoken.section(',', 0, 0));
        });
    }
} // namespace

void TestBundleDialogs::keysFingerprintCannotBeCopiedBeforeItIsConfirmed_data()
{
    QTest::addColumn<QString>("typed");
    const QString fingerprint = "0123 4567 89AB CDEF 0123 4567 89AB CDEF";
    QTest::addRow("nothing typed") << QString();
    QTest::addRow("a wrong fingerprint") << fingerprint;
    QTest::addRow("a few characters") << "12";
}

void TestBundleDialogs::keysFingerprintCannotBeCopiedBeforeItIsConfirmed()
{
    QFETCH(QString, typed);
    TrustStore trust(m_vault->database(), m_vault->audit());
    // A key whose first group occurs neither in the typed text nor in its key id, which the dialog does show, so
    // finding that group anywhere in the dialog means the fingerprint leaked.
    SigningKey key = SigningKey::generate();
    const auto firstGroup = [&key] { return Minisign::fingerprint(key.publicKey()).left(4); };
    while (typed.toUpper().contains(firstGroup()) || Minisign::keyIdHex(key.keyId()).toUpper().contains(firstGroup()))
        key = SigningKey::generate();
    const QString fingerprint = Minisign::fingerprint(key.publicKey());
    AddTrustedKeyDialog dialog(trust, key.minisignKey());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>("confirmFingerprintEdit"), typed);

    // Nothing selectable, nothing in an edit, nothing read out: the admin has to bring the fingerprint to the dialog.
    for (const QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->textInteractionFlags() & Qt::TextSelectableByMouse)
            QVERIFY2(!label->text().toUpper().contains(fingerprint.left(4)), qPrintable(label->objectName()));
    }
    QVERIFY(!revealsFingerprint(exposedText(&dialog), fingerprint));
    QVERIFY(!dialog.findChild<QLabel *>("fingerprintLabel")->isVisibleTo(&dialog));
    // A partial fingerprint is neither confirmed nor refused, so it cannot be found a character at a time.
    QCOMPARE(dialog.findChild<QLabel *>("fingerprintMatch")->isVisibleTo(&dialog), typed.size() > 2);

    // Once the admin types what they were given, the dialog shows the fingerprint it matched, with a tick.
    auto *confirm = dialog.findChild<QLineEdit *>("confirmFingerprintEdit");
    confirm->clear();
    QTest::keyClicks(confirm, fingerprint.toLower());
    QCOMPARE(dialog.findChild<QLabel *>("fingerprintLabel")->text(), fingerprint);
    QVERIFY(dialog.findChild<QLabel *>("fingerprintLabel")->isVisible());
    QVERIFY(dialog.findChild<QLabel *>("fingerprintMatch")->text().startsWith("✓"));
}

void TestBundleDialogs::trustButtonWaitsForTheTypedFingerprint()
{
    TrustStore trust(m_vault->database(), m_vault->audit());
    const SigningKey key = SigningKey::generate();
    const SigningKey other = SigningKey::generate();
    AddTrustedKeyDialog dialog(trust, key.minisignKey());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *confirm = dialog.findChild<QLineEdit *>("confirmFingerprintEdit");
    auto *trustButton = dialog.findChild<QPushButton *>("trustButton");
    auto *cancel = dialog.findChild<QPushButton *>("cancelButton");
    QVERIFY(confirm && trustButton && cancel);
    QCOMPARE(dialog.focusWidget(), confirm);
    QTest::keyClicks(dialog.findChild<QLineEdit *>("labelEdit"), "ONS geography");
    dialog.findChild<QCheckBox *>("kind_geodata")->setChecked(true);

    // Another key's fingerprint, complete: refused in words, and neither the button nor Enter trusts the key.
    QTest::keyClicks(confirm, Minisign::fingerprint(other.publicKey()));
    QVERIFY(!trustButton->isEnabled());
    QVERIFY(cancel->isDefault());
    QVERIFY(dialog.findChild<QLabel *>("fingerprintMatch")->text().contains("not the fingerprint"));
    QTest::mouseClick(trustButton, Qt::LeftButton);
    QCOMPARE(trust.list()->size(), 0);
    QVERIFY(dialog.isVisible());

    confirm->setText(Minisign::fingerprint(key.publicKey()));
    QVERIFY(trustButton->isEnabled());
    QVERIFY(trustButton->isDefault());
    QTest::mouseClick(trustButton, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(trust.list()->size(), 1);
    QCOMPARE(trust.list()->first().label, QString("ONS geography"));
}

void TestBundleDialogs::addTrustedKeyDialogIsBuiltFromItsForm()
{
    TrustStore trust(m_vault->database(), m_vault->audit());
    const SigningKey key = SigningKey::generate();
    AddTrustedKeyDialog dialog(trust, key.minisignKey());
    QCOMPARE(dialog.objectName(), QString("addTrustedKeyDialog"));
    for (const char *name : {"dialogLayout",
                             "introLabel",
                             "trustForm",
                             "confirmLabel",
                             "confirmFingerprintEdit",
                             "fingerprintMatch",
                             "fingerprintLabel",
                             "nameLabel",
                             "labelEdit",
                             "kindsBox",
                             "trustError",
                             "buttonBox"})
        QVERIFY2(dialog.findChild<QObject *>(QLatin1String(name)), name);
    QVERIFY(dialog.findChild<QLabel *>("introLabel")->text().contains(Minisign::keyIdHex(key.keyId())));
    QCOMPARE(dialog.findChild<QLabel *>("confirmLabel")->buddy(),
             dialog.findChild<QWidget *>("confirmFingerprintEdit"));
    QCOMPARE(dialog.findChild<QLabel *>("nameLabel")->buddy(), dialog.findChild<QWidget *>("labelEdit"));
    // The kinds are filled in from the model's list, inside the form's group box.
    QCOMPARE(dialog.findChild<QGroupBox *>("kindsBox")->findChildren<QCheckBox *>().size(), 7);
    // An admin trusts each device's key for the reports it sends (docs/reports.md).
    QVERIFY(dialog.findChild<QCheckBox *>("kind_report"));
    const QStringList problems = AccessibilityCheck::problems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Tab follows the form from top to bottom: the fingerprint first, as the introduction asks.
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog),
             QStringList({"confirmFingerprintEdit",
                          "labelEdit",
                          "kind_vacancies",
                          "kind_caseload",
                          "kind_taxonomy",
                          "kind_forms",
                          "kind_courses",
                          "kind_geodata",
                          "kind_report",
                          "cancelButton"}));
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

void TestBundleDialogs::untrustedBundleOffersToTrustItsKey()
{
    const SigningKey key = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    auto importer = BundleHandlers::makeImporter(*m_vault);
    const QString path = writeBundle(key);

    // Without a trust store to add to, the refusal only explains.
    {
        ImportBundleDialog dialog(*importer, path);
        QSignalSpy finished(&dialog, &ImportBundleDialog::finished);
        dialog.show();
        dialog.start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(!dialog.succeeded());
        QVERIFY(!dialog.findChild<QPushButton *>("trustKeyButton")->isVisible());
    }

    ImportBundleDialog dialog(*importer, path);
    dialog.setTrustStore(&trust);
    QSignalSpy finished(&dialog, &ImportBundleDialog::finished);
    dialog.show();
    dialog.start();
    QTRY_COMPARE(finished.count(), 1);
    QVERIFY(!dialog.succeeded());
    auto *trustKey = dialog.findChild<QPushButton *>("trustKeyButton");
    QVERIFY(trustKey->isVisible());
    QVERIFY(!AccessibilityCheck::mnemonic(trustKey->text()).isNull());

    // It opens the add-trusted-key dialog for the key the bundle names, which still asks for the fingerprint.
    QString intro;
    bool asksForFingerprint = false;
    QTimer::singleShot(0, &dialog, [&] {
        auto *add = qobject_cast<AddTrustedKeyDialog *>(QApplication::activeModalWidget());
        QVERIFY(add);
        intro = add->findChild<QLabel *>("introLabel")->text();
        asksForFingerprint = add->findChild<QLineEdit *>("confirmFingerprintEdit")->isVisible() &&
                             !add->findChild<QPushButton *>("trustButton")->isEnabled();
        add->reject();
    });
    trustKey->click();
    QVERIFY2(intro.contains(Minisign::keyIdHex(key.keyId())), qPrintable(intro));
    QVERIFY(asksForFingerprint);
    QVERIFY(!trust.isTrusted(key.keyId()));
}

void TestBundleDialogs::importBundleDialogIsBuiltFromItsForm()
{
    const SigningKey key = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(key.minisignKey(), "ONS", {BundleKind::Geodata}, Minisign::fingerprint(key.publicKey())));
    auto importer = BundleHandlers::makeImporter(*m_vault);
    ImportBundleDialog dialog(*importer, writeBundle(key));
    QCOMPARE(dialog.objectName(), QString("importBundleDialog"));
    QCOMPARE(dialog.windowTitle(), QString("Import a bundle"));
    for (const char *name : {"dialogLayout",
                             "importStatus",
                             "importProgress",
                             "importSummary",
                             "buttonBox",
                             "cancelButton",
                             "closeButton",
                             "copyButton"})
        QVERIFY2(dialog.findChild<QObject *>(QLatin1String(name)), name);
    auto *status = dialog.findChild<QLabel *>("importStatus");
    auto *progress = dialog.findChild<QProgressBar *>("importProgress");
    auto *summary = dialog.findChild<QPlainTextEdit *>("importSummary");
    QVERIFY(status->text().contains("geodata.wmbundle"));
    // File names and refusal reasons come from outside: never read as rich text.
    QCOMPARE(status->textFormat(), Qt::PlainText);
    QCOMPARE(progress->minimum(), 0);
    QCOMPARE(progress->maximum(), 1000);
    QVERIFY(summary->isReadOnly());
    const QStringList problems = AccessibilityCheck::problems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // While it runs, only Cancel; afterwards the summary, Close (the default) and Copy.
    QSignalSpy finished(&dialog, &ImportBundleDialog::finished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog), QStringList({"cancelButton"}));
    dialog.start();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(progress->value(), 1000);
    QVERIFY(dialog.findChild<QPushButton *>("closeButton")->isDefault());
    QCOMPARE(dialog.focusWidget(), dialog.findChild<QWidget *>("closeButton"));
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog), QStringList({"importSummary", "closeButton", "copyButton"}));
    QTest::mouseClick(dialog.findChild<QPushButton *>("copyButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), summary->toPlainText());
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

void TestBundleDialogs::trustedKeysDialogIsBuiltFromItsForm()
{
    TrustStore trust(m_vault->database(), m_vault->audit());
    const SigningKey key = SigningKey::generate();
    QVERIFY(trust.add(key.minisignKey(), "ONS", {BundleKind::Geodata}, Minisign::fingerprint(key.publicKey())));
    TrustedKeysDialog dialog(trust);
    QCOMPARE(dialog.objectName(), QString("trustedKeysDialog"));
    QCOMPARE(dialog.windowTitle(), QString("Trusted keys"));
    for (const char *name :
         {"dialogLayout", "introLabel", "keysTable", "buttonBox", "addKeyButton", "removeKeyButton", "rotateKeyButton"})
        QVERIFY2(dialog.findChild<QObject *>(QLatin1String(name)), name);
    auto *table = dialog.findChild<QTableWidget *>("keysTable");
    QStringList headers;
    for (int column = 0; column < table->columnCount(); ++column)
        headers.append(table->horizontalHeaderItem(column)->text());
    QCOMPARE(headers, QStringList({"Name", "Key", "Fingerprint", "Trusted for"}));
    QCOMPARE(table->selectionBehavior(), QAbstractItemView::SelectRows);
    QCOMPARE(table->selectionMode(), QAbstractItemView::SingleSelection);
    QCOMPARE(table->editTriggers(), QAbstractItemView::NoEditTriggers);
    QVERIFY(!table->verticalHeader()->isVisibleTo(&dialog));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QString("ONS"));
    QCOMPARE(table->item(0, 1)->text(), Minisign::keyIdHex(key.keyId()));
    QCOMPARE(table->item(0, 2)->data(Qt::AccessibleTextRole).toString(),
             FingerprintLabel::spokenGroups(Minisign::fingerprint(key.publicKey())));
    QCOMPARE(table->item(0, 3)->text(), BundleKinds::displayName(BundleKind::Geodata));

    const QStringList problems = AccessibilityCheck::problems(&dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog),
             QStringList({"keysTable", "addKeyButton", "removeKeyButton", "rotateKeyButton", "Close"}));
}

QTEST_MAIN(TestBundleDialogs)
#include "TestBundleDialogs.moc"
