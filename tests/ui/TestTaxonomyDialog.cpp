#include "model/matching/TaxonomyStore.h"
#include "model/session/VaultServices.h"
#include "ui/matching/TaxonomyDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/** Vault > Skills taxonomy: ESCO import off the UI thread, errors that change nothing, and going back. */
class TestTaxonomyDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsBuiltInAtFirst();
    void importsAnEscoRelease();
    void brokenReleaseChangesNothing();
    void cancelledImportChangesNothing();
    void backToBuiltInAsksFirst();
    void namesEveryControl();
    void speaksWelshFromItsForm();

private:
    template <typename T>
    T *child(TaxonomyDialog &dialog, const char *name) const
    {
        T *found = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QString source();
    bool importRelease(TaxonomyDialog &dialog, const QString &folder);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_release;
    std::unique_ptr<Vault> m_vault;
};

void TestTaxonomyDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestTaxonomyDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_release = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    QVERIFY(m_vault);
    QVERIFY(Fixtures::writeEscoRelease(m_release->path()));
}

void TestTaxonomyDialog::cleanup()
{
    m_vault.reset();
    m_dir.reset();
    m_release.reset();
}

QString TestTaxonomyDialog::source()
{
    auto taxonomy = TaxonomyStore::load(m_vault->database());
    return taxonomy ? taxonomy->source() : QStringLiteral("error: ") + taxonomy.error().message;
}

bool TestTaxonomyDialog::importRelease(TaxonomyDialog &dialog, const QString &folder)
{
    dialog.setFolderChooser([folder](QWidget *) { return folder; });
    child<QPushButton>(dialog, "importEscoButton")->click();
    if (!dialog.isBusy())
        return false;
    return QTest::qWaitFor([&] { return !dialog.isBusy(); }, 20000);
}

void TestTaxonomyDialog::showsBuiltInAtFirst()
{
    VaultServices services(*m_vault);
    TaxonomyDialog dialog(services);
    QVERIFY(child<QLabel>(dialog, "currentTaxonomyLabel")->text().contains("built-in"));
    QVERIFY(child<QLabel>(dialog, "taxonomyCountsLabel")->text().contains("occupation"));
    QVERIFY(!child<QPushButton>(dialog, "useBuiltInButton")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "importEscoButton")->isEnabled());
    QCOMPARE(source(), QStringLiteral("builtin"));
}

void TestTaxonomyDialog::importsAnEscoRelease()
{
    VaultServices services(*m_vault);
    TaxonomyDialog dialog(services);
    QSignalSpy changed(&dialog, &TaxonomyDialog::taxonomyChanged);
    QSignalSpy finished(&dialog, &TaxonomyDialog::importFinished);
    dialog.show();
    QSignalSpy progress(child<QProgressBar>(dialog, "importProgress"), &QProgressBar::valueChanged);
    // The default chooser goes through the FileDialog seam.
    FileDialog::setNextFileName(m_release->path());
    child<QPushButton>(dialog, "importEscoButton")->click();
    QVERIFY(dialog.isBusy());
    QVERIFY(child<QPushButton>(dialog, "cancelImportButton")->isEnabled());
    QVERIFY(!child<QPushButton>(dialog, "importEscoButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    // The worker's progress reached the bar on the UI thread, up to the whole release read.
    bool readAll = false;
    for (const QList<QVariant> &value : std::as_const(progress))
        readAll = readAll || value.at(0).toInt() == 1000;
    QVERIFY(readAll);
    QCOMPARE(changed.count(), 1);
    QVERIFY(dialog.taxonomyWasChanged());
    QCOMPARE(source(), QStringLiteral("esco"));
    auto stored = TaxonomyStore::hasStored(m_vault->database());
    QVERIFY(stored && stored.value());

    auto taxonomy = TaxonomyStore::load(m_vault->database());
    QVERIFY(taxonomy);
    QVERIFY(child<QLabel>(dialog, "currentTaxonomyLabel")->text().contains("ESCO"));
    const QString counts = child<QLabel>(dialog, "taxonomyCountsLabel")->text();
    QVERIFY2(counts.contains(QStringLiteral("%1 occupation").arg(taxonomy->occupations().size())), qPrintable(counts));
    const QString report = child<QPlainTextEdit>(dialog, "reportView")->toPlainText();
    QVERIFY2(report.contains("Imported the ESCO release"), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("%1 occupation").arg(taxonomy->occupations().size())));
    QVERIFY(child<QPushButton>(dialog, "useBuiltInButton")->isEnabled());
    QVERIFY(!child<QProgressBar>(dialog, "importProgress")->isVisible());
}

void TestTaxonomyDialog::brokenReleaseChangesNothing()
{
    QVERIFY(Fixtures::writeFile(m_release->filePath("occupations_en.csv"), "wrongColumn,another\nx,y\n"));
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    VaultServices services(*m_vault);
    TaxonomyDialog dialog(services);
    QSignalSpy changed(&dialog, &TaxonomyDialog::taxonomyChanged);
    QSignalSpy finished(&dialog, &TaxonomyDialog::importFinished);
    QSignalSpy busy(&dialog, &TaxonomyDialog::busyChanged);
    QVERIFY(importRelease(dialog, m_release->path()));

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    // Busy only while the release was read (the idle lock waits only then), not while the report shows.
    QCOMPARE(busy.count(), 2);
    QCOMPARE(busy.at(0).at(0).toBool(), true);
    QCOMPARE(busy.at(1).at(0).toBool(), false);
    QCOMPARE(changed.count(), 0);
    const QString report = child<QPlainTextEdit>(dialog, "reportView")->toPlainText();
    QVERIFY2(report.contains("occupations_en.csv"), qPrintable(report));
    QVERIFY(report.contains("has not changed"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QCOMPARE(source(), QStringLiteral("builtin"));
    QVERIFY(child<QLabel>(dialog, "currentTaxonomyLabel")->text().contains("built-in"));
}

void TestTaxonomyDialog::cancelledImportChangesNothing()
{
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    VaultServices services(*m_vault);
    TaxonomyDialog dialog(services);
    QSignalSpy finished(&dialog, &TaxonomyDialog::importFinished);
    dialog.importFrom(m_release->path());
    QVERIFY(dialog.isBusy());
    // Escape cancels the import rather than closing over it.
    dialog.reject();
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QVERIFY(child<QPlainTextEdit>(dialog, "reportView")->toPlainText().contains("cancelled"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QCOMPARE(source(), QStringLiteral("builtin"));
}

void TestTaxonomyDialog::backToBuiltInAsksFirst()
{
    VaultServices services(*m_vault);
    TaxonomyDialog dialog(services);
    QVERIFY(importRelease(dialog, m_release->path()));
    QCOMPARE(source(), QStringLiteral("esco"));
    QSignalSpy changed(&dialog, &TaxonomyDialog::taxonomyChanged);
    auto *builtIn = child<QPushButton>(dialog, "useBuiltInButton");
    QVERIFY(builtIn->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    builtIn->click();
    QCOMPARE(source(), QStringLiteral("esco"));
    QCOMPARE(changed.count(), 0);
    QVERIFY(MessageBox::lastText().contains("built-in"));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    builtIn->click();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(source(), QStringLiteral("builtin"));
    auto stored = TaxonomyStore::hasStored(m_vault->database());
    QVERIFY(stored && !stored.value());
    QVERIFY(child<QLabel>(dialog, "currentTaxonomyLabel")->text().contains("built-in"));
    QVERIFY(!builtIn->isEnabled());
}

void TestTaxonomyDialog::namesEveryControl()
{
    VaultServices services(*m_vault);
    TaxonomyDialog dialog(services);
    QCOMPARE(dialog.objectName(), QString("taxonomyDialog"));
    QCOMPARE(AccessibilityCheck::problems(&dialog), QStringList());
    QCOMPARE(AccessibilityCheck::buddies(&dialog), QStringList({"Result of the last import: -> reportView"}));
    QCOMPARE(AccessibilityCheck::tabOrder(&dialog, AccessibilityCheck::Stops::Declared),
             QStringList({"importEscoButton", "useBuiltInButton", "cancelImportButton", "reportView", "closeButton"}));
    // Tab leaves the read-only report instead of typing a tab into it.
    auto *report = child<QPlainTextEdit>(dialog, "reportView");
    QVERIFY(report->tabChangesFocus());
    QVERIFY(report->isReadOnly());

    // The check sees a label that no longer names its field.
    child<QLabel>(dialog, "reportLabel")->clear();
    QCOMPARE(AccessibilityCheck::problems(&dialog),
             QStringList({"QLabel \"reportLabel\" is a buddy label with no text"}));
}

void TestTaxonomyDialog::speaksWelshFromItsForm()
{
    // The form's words reach the Welsh translation only if lupdate reads the .ui file.
    QTranslator welsh;
    QVERIFY(welsh.load(":/i18n/waymark_cy"));
    QCoreApplication::installTranslator(&welsh);
    VaultServices services(*m_vault);
    TaxonomyDialog dialog(services);
    const auto welshFor = [](const char *english) {
        const QString translated = QCoreApplication::translate("TaxonomyDialog", english);
        return translated == QLatin1String(english) ? QString() : translated;
    };
    QCOMPARE(dialog.windowTitle(), welshFor("Skills taxonomy"));
    QCOMPARE(child<QPushButton>(dialog, "importEscoButton")->text(), welshFor("&Import ESCO…"));
    QCOMPARE(child<QPushButton>(dialog, "importEscoButton")->accessibleName(),
             welshFor("Import an ESCO release from a folder"));
    QCOMPARE(child<QLabel>(dialog, "reportLabel")->text(), welshFor("&Result of the last import:"));
}

QTEST_MAIN(TestTaxonomyDialog)
#include "TestTaxonomyDialog.moc"
