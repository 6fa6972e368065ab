#include "model/bundles/BundleImporter.h"
#include "model/bundles/QuarantineStore.h"
#include "model/bundles/TrustStore.h"
#include "model/core/Settings.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/session/BundleHandlers.h"
#include "model/session/VaultServices.h"
#include "model/session/VaultSession.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "ui/caseload/CaseloadPanel.h"
#include "ui/caseload/PersonEraseDialog.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/forms/FormsPage.h"
#include "ui/matching/TaxonomyDialog.h"
#include "ui/matching/VacancyMatchesDialog.h"
#include "ui/shell/ChangePassphraseDialog.h"
#include "ui/shell/CreateVaultDialog.h"
#include "ui/shell/FairnessReportDialog.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/shell/RestoreBackupDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/StartPage.h"
#include "ui/shell/SuggestionReportDialog.h"
#include "ui/shell/TransparencyDialog.h"
#include "ui/shell/UnlockPage.h"
#include "ui/sync/AddTrustedKeyDialog.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/ImportBundleDialog.h"
#include "ui/sync/QuarantineDialog.h"
#include "ui/sync/SyncDevicesDialog.h"
#include "ui/sync/SyncExportDialog.h"
#include "ui/sync/TrustedKeysDialog.h"
#include "ui/widgets/DialogSizer.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

#include "../support/Fixtures.h"
#include "LayoutCheck.h"

/**
 * Issue 16 #1: at 200% scaling on a 1920×1080 screen a window has 960×540 logical pixels. Every top-level window
 * and dialog is laid out at (at most) that size, and no control may be cut off, squeezed or out of reach of a
 * scroll bar.
 */
class TestSmallScreenLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void mainWindowFitsASmallScreen_data();
    void mainWindowFitsASmallScreen();
    void dialogFitsASmallScreen_data();
    void dialogFitsASmallScreen();
    void workspacePagesScrollWithoutTakingFocus();
    void startPageOfAnEmptyCaseloadFits();

private:
    /** The test font's size, and a larger one (a desktop set to a bigger font, longer Welsh words). */
    static constexpr int FontPoints[] = {9, 12};
    void setFontPoints(int points);
    using Builder = std::function<std::unique_ptr<QWidget>()>;
    QMap<QString, Builder> dialogs();
    void checkFits(QWidget *window);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<Vault> m_coach;
    std::unique_ptr<VaultServices> m_services;
    std::unique_ptr<CaseloadSync> m_sync;
    std::unique_ptr<TrustStore> m_trust;
    std::unique_ptr<QuarantineStore> m_quarantine;
    std::unique_ptr<BundleImporter> m_importer;
    QString m_personId;
    int m_defaultPoints = 9;
};

void TestSmallScreenLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_defaultPoints = QApplication::font().pointSize();
}

void TestSmallScreenLayout::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        auto vault = Fixtures::create(*m_dir);
        QVERIFY(vault);
        RecordStore &store = vault->records();
        auto id = store.createPerson({{"given_name", "Oluwaseun"},
                                      {"family_name", "Featherstonehaugh-Llewellyn"},
                                      {"ni_number", "AB123456C"},
                                      {"postcode", "CF10 1EP"}});
        QVERIFY(id);
        m_personId = id.value();
        QVERIFY(store.add(m_personId, Kinds::WorkHistory, {{"job_title", "Warehouse operative"}}));
        QVERIFY(store.add(m_personId, Kinds::Skill, {{"label", "Forklift licence"}, {"source", "self_reported"}}));
        QVERIFY(store.add(m_personId, Kinds::Note, {{"text", "Discussed a phased return to warehouse work."}}));
    }
    m_settings = std::make_unique<Settings>(m_dir->filePath("settings.ini"), nullptr);
    m_session = std::make_unique<VaultSession>();
    m_coach = Fixtures::create(*m_dir, "coach", VaultSetting::WorkCoach);
    QVERIFY(m_coach);
    m_services = std::make_unique<VaultServices>(*m_coach);
    m_sync = std::make_unique<CaseloadSync>(*m_coach);
    m_trust = m_services->trustStore();
    m_quarantine = m_services->quarantineStore();
    m_importer = BundleHandlers::makeImporter(*m_coach);
}

void TestSmallScreenLayout::setFontPoints(int points)
{
    QFont font = QApplication::font();
    font.setPointSize(points);
    QApplication::setFont(font);
}

void TestSmallScreenLayout::cleanup()
{
    setFontPoints(m_defaultPoints);
    m_importer.reset();
    m_quarantine.reset();
    m_trust.reset();
    m_sync.reset();
    m_services.reset();
    m_coach.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSmallScreenLayout::checkFits(QWidget *window)
{
    const QSize small = LayoutCheck::SmallScreen;
    QStringList problems;
    const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
    if (least.width() > small.width() || least.height() > small.height())
        problems.append(
            QStringLiteral("the window cannot be smaller than %1×%2").arg(least.width()).arg(least.height()));
    if (window->width() > small.width() || window->height() > small.height())
        problems.append(QStringLiteral("the window is %1×%2").arg(window->width()).arg(window->height()));
    problems += LayoutCheck::problems(window);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestSmallScreenLayout::mainWindowFitsASmallScreen_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<int>("tab");
    QTest::addColumn<int>("points");
    const QList<std::tuple<const char *, const char *, int>> screens = {
        {"welcome page", "welcome", -1},
        {"lock screen", "locked", -1},
        {"unlocked, nobody open", "unlocked", -1},
        {"Profile", "person", int(PersonWorkspace::ProfileTab)},
        {"Circumstances", "person", int(PersonWorkspace::CircumstancesTab)},
        {"Work and skills", "person", int(PersonWorkspace::WorkTab)},
        {"Health and work", "person", int(PersonWorkspace::HealthTab)},
        {"Plan", "person", int(PersonWorkspace::PlanTab)},
        {"Notes", "person", int(PersonWorkspace::NotesTab)},
        {"Appointments", "person", int(PersonWorkspace::AppointmentsTab)},
        {"Consent", "person", int(PersonWorkspace::ConsentTab)},
        {"Matches", "person", int(PersonWorkspace::MatchesTab)},
        {"Forms", "person", int(PersonWorkspace::MatchesTab) + 1},
        {"a form being filled", "form", int(PersonWorkspace::MatchesTab) + 1},
    };
    for (int points : FontPoints) {
        for (const auto &[name, state, tab] : screens)
            QTest::addRow("%s, %d pt", name, points) << QString::fromLatin1(state) << tab << points;
    }
}

void TestSmallScreenLayout::mainWindowFitsASmallScreen()
{
    QFETCH(QString, state);
    QFETCH(int, tab);
    QFETCH(int, points);
    setFontPoints(points);
    if (state != QLatin1String("welcome"))
        m_session->setPath(Fixtures::pathIn(*m_dir));
    if (state != QLatin1String("welcome") && state != QLatin1String("locked"))
        QVERIFY(m_session->unlock(Fixtures::passphrase()));
    MainWindow window(*m_session, *m_settings);
    window.findChild<UnlockPage *>()->setBackoffEnabled(false);
    window.resize(LayoutCheck::SmallScreen);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (tab >= 0) {
        PersonWorkspace *workspace = window.workspace();
        QVERIFY(workspace);
        window.findChild<CaseloadPanel *>()->selectPerson(m_personId);
        QTRY_COMPARE(workspace->personId(), m_personId);
        QVERIFY(tab < workspace->tabs()->count());
        workspace->tabs()->setCurrentIndex(tab);
        if (state == QLatin1String("form"))
            QVERIFY(workspace->formsPage()->startForm(QStringLiteral("action-plan"), {}, QStringLiteral("en")));
    }
    LayoutCheck::settle(&window);
    checkFits(&window);
}

QMap<QString, TestSmallScreenLayout::Builder> TestSmallScreenLayout::dialogs()
{
    QMap<QString, Builder> builders;
    builders.insert("create vault", [this] { return std::make_unique<CreateVaultDialog>(*m_session, m_dir->path()); });
    builders.insert("change passphrase", [this] { return std::make_unique<ChangePassphraseDialog>(*m_coach); });
    builders.insert("restore backup", [this] { return std::make_unique<RestoreBackupDialog>(m_dir->path()); });
    builders.insert("settings", [this] { return std::make_unique<SettingsDialog>(*m_settings, m_coach.get()); });
    builders.insert("trusted keys", [this] { return std::make_unique<TrustedKeysDialog>(*m_trust); });
    builders.insert("add trusted key", [this] {
        return std::make_unique<AddTrustedKeyDialog>(*m_trust, SigningKey::generate().minisignKey());
    });
    builders.insert("import", [this] {
        return std::make_unique<ImportBundleDialog>(*m_importer, m_dir->filePath("geodata.wmbundle"));
    });
    builders.insert("sync devices", [this] { return std::make_unique<SyncDevicesDialog>(*m_sync); });
    builders.insert("add sync device", [this] {
        const SigningKey key = SigningKey::generate();
        return std::make_unique<AddSyncDeviceDialog>(*m_sync, key.minisignKey());
    });
    builders.insert("sync export", [this] {
        return std::make_unique<SyncExportDialog>(*m_sync, nullptr, m_personId, QStringLiteral("Siân Evans"));
    });
    builders.insert("conflicts", [this] { return std::make_unique<ConflictsDialog>(*m_coach, *m_sync); });
    builders.insert("quarantine", [this] { return std::make_unique<QuarantineDialog>(*m_quarantine); });
    builders.insert("taxonomy", [this] { return std::make_unique<TaxonomyDialog>(*m_services); });
    builders.insert("transparency record", [] {
        return std::make_unique<TransparencyDialog>(TransparencyRecord::build(TransparencyFacts::current()));
    });
    builders.insert("fairness report", [] { return std::make_unique<FairnessReportDialog>(FairnessReport{}); });
    builders.insert("suggestions report", [this] {
        return std::make_unique<SuggestionReportDialog>(m_coach->audit(), SuggestionReport::Options{});
    });
    builders.insert("vacancy matches", [this] {
        return std::make_unique<VacancyMatchesDialog>(
            m_coach->records(),
            [this](const QString &id, const SkillNormaliser &normaliser) {
                return MatchProfileBuilder(m_coach->records(), m_coach->database(), normaliser).build(id);
            },
            [this]() -> Result<std::shared_ptr<const MatchingContext>> {
                return MatchingContext::load(m_coach->database(), QDate::currentDate());
            },
            QStringLiteral("claimant"));
    });
    builders.insert("erase", [] {
        return std::make_unique<PersonEraseDialog>(
            QString::fromUtf8("Siân Evans"),
            QStringLiteral("claimant"),
            QStringLiteral("This will permanently erase Siân Evans and everything held about them:\n• Notes: 12 "
                           "entries\n• Work history: 3 entries\n• Skills: 9 entries\nThe audit log will keep only "
                           "the fact that an erasure happened. This cannot be undone."));
    });
    for (const EntityKind &kind : EntitySchema::instance().kinds()) {
        builders.insert(QStringLiteral("add to ") + kind.key, [this, kind] {
            return std::make_unique<RecordEditDialog>(m_coach->records(), kind, QString(), Record());
        });
    }
    return builders;
}

void TestSmallScreenLayout::dialogFitsASmallScreen_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::addColumn<int>("points");
    const QStringList names = dialogs().keys();
    for (int points : FontPoints) {
        for (const QString &name : names)
            QTest::addRow("%s, %d pt", qPrintable(name), points) << name << points;
    }
}

void TestSmallScreenLayout::dialogFitsASmallScreen()
{
    QFETCH(QString, dialog);
    QFETCH(int, points);
    setFontPoints(points);
    const std::unique_ptr<QWidget> window = dialogs().value(dialog)();
    QVERIFY(window);
    window->resize(window->sizeHint().boundedTo(LayoutCheck::SmallScreen));
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    LayoutCheck::settle(window.get());
    // Sized to its text in characters (issue 16 #12), never to a pixel count that a larger font outgrows.
    QVERIFY2(window->width() >= DialogSizer::charactersWide(window.get(), 50),
             qPrintable(QString::number(window->width())));
    checkFits(window.get());
    // Made as small as it goes, nothing may be cut either.
    window->resize(window->minimumSize());
    LayoutCheck::settle(window.get());
    checkFits(window.get());
}

void TestSmallScreenLayout::workspacePagesScrollWithoutTakingFocus()
{
    m_session->setPath(Fixtures::pathIn(*m_dir));
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    MainWindow window(*m_session, *m_settings);
    PersonWorkspace *workspace = window.workspace();
    QVERIFY(workspace);
    QTabWidget *tabs = workspace->tabs();
    for (int tab = 0; tab < tabs->count(); ++tab) {
        QWidget *page = tabs->widget(tab);
        auto *scroll = qobject_cast<QScrollArea *>(page);
        if (!scroll)
            scroll = page->findChild<QScrollArea *>(QString(), Qt::FindDirectChildrenOnly);
        QVERIFY2(scroll, qPrintable(tabs->tabText(tab)));
        QVERIFY(scroll->widgetResizable());
        QCOMPARE(scroll->frameShape(), QFrame::NoFrame);
        // A container is not a stop on the Tab path: the fields inside it are.
        QCOMPARE(scroll->focusPolicy(), Qt::NoFocus);
    }
}

void TestSmallScreenLayout::startPageOfAnEmptyCaseloadFits()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::create(dir));
    for (int points : FontPoints) {
        setFontPoints(points);
        VaultSession session;
        session.setPath(Fixtures::pathIn(dir));
        QVERIFY(session.unlock(Fixtures::passphrase()));
        MainWindow window(session, *m_settings);
        window.resize(LayoutCheck::SmallScreen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.startPage()->findChild<QPushButton *>("startAddPersonButton")->isVisible());
        LayoutCheck::settle(&window);
        checkFits(&window);
    }
}

QTEST_MAIN(TestSmallScreenLayout)
#include "TestSmallScreenLayout.moc"
