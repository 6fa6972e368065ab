#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/core/Settings.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/GeodataBundle.h"
#include "model/matching/VacancyBundle.h"
#include "model/session/BundleHandlers.h"
#include "model/session/VaultSession.h"
#include "ui/shell/CreateVaultDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/sync/ImportBundleDialog.h"
#include "ui/widgets/DialogSizer.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"
#include "LayoutCheck.h"

/**
 * Issue 16 #12: dialogs open as large as their text, with widths in characters rather than pixels; errors and hints
 * never overlap or get cut; an import's summary shows its rejected items without scrolling; the first window is a
 * size to work in.
 */
class TestDialogSizes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createVaultShowsEveryErrorWhole();
    void untrustedBundleMessageIsShownWhole();
    void importSummaryShowsRejectedItemsWithoutScrolling();
    void firstRunOpensAtAUsableSize();

private:
    /** A signed bundle in the temporary folder: postcode locations, or vacancies of which `rejected` are invalid. */
    QString writeBundle(const SigningKey &key, BundleKind kind, int rejected = 0);
    /** Shows the import dialog for `path`, runs the import and waits for its outcome. */
    static void runImport(ImportBundleDialog &dialog);
    static void verifyWhole(QWidget *dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestDialogSizes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDialogSizes::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    QVERIFY(m_vault);
}

void TestDialogSizes::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

QString TestDialogSizes::writeBundle(const SigningKey &key, BundleKind kind, int rejected)
{
    BundleHeader header;
    header.kind = kind;
    header.sequence = 1;
    header.publisher = "DWP";
    QByteArray content;
    if (kind == BundleKind::Geodata) {
        content = GeodataBundle::encode({{"LS1", 53.797, -1.548}, {"CF10", 51.476, -3.177}});
    } else {
        QVector<Vacancy> vacancies;
        for (int i = 0; i < rejected; ++i) {
            Vacancy bad;
            bad.id = QStringLiteral("BAD%1").arg(i);
            bad.title = "Care assistant";
            bad.employer = "Meadow View Care";
            bad.latitude = 51.48;
            bad.longitude = -3.18;
            bad.hoursPerWeek = 0; // refused: no hours
            bad.contractType = ContractType::Permanent;
            bad.closingDate = QDate::currentDate().addDays(30);
            vacancies.append(bad);
        }
        content = VacancyBundle::encode(vacancies, VacancyBundle::Mode::Delta);
    }
    auto bundle = BundleFile::write(header, content, {key.keyId(), &key.secretKey()});
    const QString path = m_dir->filePath("bundle.wmbundle");
    if (!bundle || !Fixtures::writeFile(path, bundle.value()))
        return {};
    return path;
}

void TestDialogSizes::runImport(ImportBundleDialog &dialog)
{
    QSignalSpy finished(&dialog, &ImportBundleDialog::finished);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.start();
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
    LayoutCheck::settle(&dialog);
}

void TestDialogSizes::verifyWhole(QWidget *dialog)
{
    const QStringList problems = LayoutCheck::problems(dialog);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(dialog->width() <= LayoutCheck::SmallScreen.width());
    QVERIFY(dialog->height() <= LayoutCheck::SmallScreen.height());
}

void TestDialogSizes::createVaultShowsEveryErrorWhole()
{
    VaultSession session;
    CreateVaultDialog dialog(session, m_dir->path());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.width() >= DialogSizer::charactersWide(&dialog, 70));
    // Every error at once, beside the strength meter's advice: none may cover another or be cut.
    dialog.findChild<QLineEdit *>("vaultNameEdit")->setText("Cardiff/Bay");
    QTest::keyClicks(dialog.findChild<QLineEdit *>("passphraseEdit"), "short");
    QTest::keyClicks(dialog.findChild<QLineEdit *>("confirmEdit"), "shorter");
    dialog.accept();
    LayoutCheck::settle(&dialog);
    for (const char *name : {"nameError", "passphraseError", "confirmError", "strengthAdvice"})
        QVERIFY2(dialog.findChild<QLabel *>(name)->isVisible(), name);
    verifyWhole(&dialog);
    // Made as narrow as it goes, it is still as tall as its text needs.
    dialog.resize(dialog.minimumSize());
    LayoutCheck::settle(&dialog);
    QVERIFY(dialog.width() >= DialogSizer::charactersWide(&dialog, 70));
    verifyWhole(&dialog);
}

void TestDialogSizes::untrustedBundleMessageIsShownWhole()
{
    const SigningKey stranger = SigningKey::generate();
    auto importer = BundleHandlers::makeImporter(*m_vault);
    ImportBundleDialog dialog(*importer, writeBundle(stranger, BundleKind::Geodata));
    runImport(dialog);
    QVERIFY(!dialog.succeeded());
    auto *status = dialog.findChild<QLabel *>("importStatus");
    QVERIFY(status->text().contains("trusts"));
    // It was cut in a 313×100 window.
    QVERIFY(dialog.width() >= DialogSizer::charactersWide(&dialog, 80));
    QVERIFY(status->height() >= status->heightForWidth(status->width()));
    verifyWhole(&dialog);
}

void TestDialogSizes::importSummaryShowsRejectedItemsWithoutScrolling()
{
    const SigningKey key = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(key.minisignKey(), "DWP", {BundleKind::Vacancies}, Minisign::fingerprint(key.publicKey())));
    auto importer = BundleHandlers::makeImporter(*m_vault);
    const int rejected = 8;
    ImportBundleDialog dialog(*importer, writeBundle(key, BundleKind::Vacancies, rejected));
    runImport(dialog);
    QVERIFY(dialog.succeeded());
    QCOMPARE(dialog.summary()->rejected, rejected);
    auto *summary = dialog.findChild<QPlainTextEdit *>("importSummary");
    QVERIFY(summary->toPlainText().contains("BAD7"));
    QCOMPARE(summary->verticalScrollBar()->maximum(), 0);
    verifyWhole(&dialog);
}

void TestDialogSizes::firstRunOpensAtAUsableSize()
{
    Settings settings(m_dir->filePath("settings.ini"), nullptr);
    VaultSession session;
    MainWindow window(session, settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // It opened at 416×255: now room for a caseload beside a record, in characters and lines, within the screen.
    const QSize screen = window.screen()->availableGeometry().size();
    QVERIFY(window.width() >= std::min(DialogSizer::charactersWide(&window, 100), screen.width() * 9 / 10));
    QVERIFY(window.height() >= std::min(window.fontMetrics().lineSpacing() * 30, screen.height() * 9 / 10));
    QVERIFY(window.width() <= screen.width() && window.height() <= screen.height());
}

QTEST_MAIN(TestDialogSizes)
#include "TestDialogSizes.moc"
