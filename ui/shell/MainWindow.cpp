#include "ui/shell/MainWindow.h"

#include "model/bundles/BundleImporter.h"
#include "model/bundles/QuarantineStore.h"
#include "model/bundles/TrustStore.h"
#include "model/caseload/CaseListModel.h"
#include "model/core/Settings.h"
#include "model/core/Translations.h"
#include "model/employers/EmployerDirectory.h"
#include "model/employers/PutForwards.h"
#include "model/forms/FormCatalogue.h"
#include "model/forms/FormStore.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/TaxonomyStore.h"
#include "model/notes/NoteExtractor.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/Referrals.h"
#include "model/session/FairnessCheck.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/VaultServices.h"
#include "model/session/VaultSession.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/AuditLog.h"
#include "model/vault/BackupReminder.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "model/vault/VaultBackup.h"
#include "model/vault/VaultSetting.h"
#include "model/youth/YouthGuarantee.h"
#include "ui/caseload/CaseloadPanel.h"
#include "ui/employers/EmployersDialog.h"
#include "ui/employers/PutForwardDialog.h"
#include "ui/matching/MatchesPage.h"
#include "ui/matching/TaxonomyDialog.h"
#include "ui/matching/VacancyMatchesDialog.h"
#include "ui/matching/VacancyReportDialog.h"
#include "ui/outreach/OutreachSessionDialog.h"
#include "ui/outreach/PartnersDialog.h"
#include "ui/outreach/ReferDialog.h"
#include "ui/outreach/ReferralOutcomeDialog.h"
#include "ui/reports/ReportsDialog.h"
#include "ui/shell/BackupReminderBanner.h"
#include "ui/shell/ChangePassphraseDialog.h"
#include "ui/shell/CreateVaultDialog.h"
#include "ui/shell/IdleLockTimer.h"
#include "ui/shell/LeafletDialog.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/shell/RestoreBackupDialog.h"
#include "ui/shell/SettingsDialog.h"
#include "ui/shell/StartPage.h"
#include "ui/shell/SuggestionReportDialog.h"
#include "ui/shell/TransparencyDialog.h"
#include "ui/shell/UnlockPage.h"
#include "ui/shell/WelcomePage.h"
#include "ui/sync/ConflictsDialog.h"
#include "ui/sync/ImportBundleDialog.h"
#include "ui/sync/QuarantineDialog.h"
#include "ui/sync/SyncDevicesDialog.h"
#include "ui/sync/SyncExportDialog.h"
#include "ui/sync/TrustedKeysDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/GripSplitter.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/OpenWindows.h"
#include "ui/widgets/ReturnActivatesButton.h"
#include "ui/youth/YouthGuaranteeDialog.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSaveFile>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTextEdit>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow(VaultSession &session, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_unlock(new UnlockPage(session, this))
    , m_idle(new IdleLockTimer(this))
    , m_vaultLabel(new QLabel(this))
    , m_settingLabel(new QLabel(this))
    , m_lockLabel(new QLabel(this))
    , m_fullDiskLabel(new QLabel(this))
    , m_backupReminder(new BackupReminderBanner(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    qApp->installEventFilter(new ReturnActivatesButton(this));
    setWindowTitle(tr("Waymark"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_unlock);
    setCentralWidget(m_pages);

    m_vaultLabel->setObjectName(QStringLiteral("vaultLabel"));
    m_settingLabel->setObjectName(QStringLiteral("settingLabel"));
    m_lockLabel->setObjectName(QStringLiteral("lockLabel"));
    m_fullDiskLabel->setObjectName(QStringLiteral("fullDiskLabel"));
    m_fullDiskLabel->setText(tr("The disk is full: you can read this vault, but changes can't be saved until you "
                                "free some space."));
    m_fullDiskLabel->setVisible(false);
    // Long messages wrap rather than hold the window wider than a small or scaled screen.
    m_fullDiskLabel->setWordWrap(true);
    statusBar()->addWidget(m_vaultLabel);
    statusBar()->addWidget(m_settingLabel);
    statusBar()->addWidget(m_fullDiskLabel);
    statusBar()->addPermanentWidget(m_backupReminder);
    statusBar()->addPermanentWidget(m_lockLabel);
    connect(m_backupReminder, &BackupReminderBanner::backupRequested, this, &MainWindow::backUp);

    createActions();
    m_idle->setTimeoutMinutes(settings.autoLockMinutes());
    connect(m_idle, &IdleLockTimer::idle, &m_session, &VaultSession::lock);
    connect(m_idle, &IdleLockTimer::activeChanged, this, &MainWindow::updateStatus);
    connect(&m_settings, &Settings::changed, this, [this](Settings::Key key) {
        if (key == Settings::Key::AutoLockMinutes)
            m_idle->setTimeoutMinutes(m_settings.autoLockMinutes());
        if (key == Settings::Key::NotContactedWeeks && m_startPage) {
            m_startPage->setNotContactedWeeks(m_settings.value(Settings::Key::NotContactedWeeks).toInt());
            m_startPage->refresh();
        }
    });
    connect(&m_session, &VaultSession::unlocked, this, &MainWindow::onUnlocked);
    connect(&m_session, &VaultSession::aboutToLock, this, [this] {
        // Nobody may be there to ask (an idle lock): what validates is saved, and what could not be is said
        // after the next unlock.
        if (m_workspace)
            m_notSavedAtLock = m_workspace->saveOpenWork();
        // Before the data goes: a dialog left open (a message, a file chooser, an import's result, a record
        // editor) would otherwise stay on screen over the unlock form with a person's details in it.
        OpenWindows::closeAllExcept(this);
    });
    connect(&m_session, &VaultSession::locked, this, &MainWindow::onLocked);
    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createVault);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openVault);
    connect(m_welcome, &WelcomePage::restoreRequested, this, &MainWindow::restoreBackup);
    connect(m_unlock, &UnlockPage::openOtherVaultRequested, this, &MainWindow::openVault);
    m_statusTimer.setInterval(15000);
    connect(&m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);
    m_statusTimer.start();

    // Typing in the caseload list searches it, as in a mail client.
    qApp->installEventFilter(this);
    if (!restoreGeometry(m_settings.value(Settings::Key::MainWindowGeometry).toByteArray())) {
        // First run: room for the caseload beside a person's record, measured in text so it scales with the font
        // and the display, and never larger than the screen (it opened at its bare minimum before).
        const QSize text(fontMetrics().averageCharWidth() * 140, fontMetrics().lineSpacing() * 45);
        resize(text.boundedTo(screen()->availableGeometry().size() * 0.9));
    }
    showInitialPage();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
}

PersonWorkspace *MainWindow::workspace() const
{
    return m_workspace;
}

StartPage *MainWindow::startPage() const
{
    return m_startPage;
}

void MainWindow::createActions()
{
    auto *file = menuBar()->addMenu(tr("&File"));
    m_newPerson = file->addAction(tr("&New person…"), this, &MainWindow::addPerson);
    m_newPerson->setObjectName(QStringLiteral("newPersonAction"));
    m_newPerson->setShortcut(QKeySequence::New);
    // Outreach has no menu of its own: every letter of "Outreach" already opens something on some screen.
    m_outreachSession = file->addAction(tr("Record an outreach sess&ion…"), this, &MainWindow::recordOutreachSession);
    m_outreachSession->setObjectName(QStringLiteral("outreachSessionAction"));
    m_outreachSession->setStatusTip(tr("Record a session held away from the office: where, how long, who was seen."));
    m_showStartPage = file->addAction(tr("&Start page"), this, &MainWindow::showStartPage);
    m_showStartPage->setObjectName(QStringLiteral("startPageAction"));
    // Alt+Home is "home" in browsers and file managers, and no text field takes it.
    m_showStartPage->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    m_showStartPage->setStatusTip(
        tr("See your day: appointments, overdue actions, people to contact, forms and decisions waiting."));
    file->addSeparator();
    auto *create = file->addAction(tr("&Create a vault…"), this, &MainWindow::createVault);
    create->setObjectName(QStringLiteral("createVaultAction"));
    auto *open = file->addAction(tr("&Open a vault…"), this, &MainWindow::openVault);
    open->setObjectName(QStringLiteral("openVaultAction"));
    open->setShortcut(QKeySequence::Open);
    auto *restore = file->addAction(tr("&Restore from a backup…"), this, &MainWindow::restoreBackup);
    restore->setObjectName(QStringLiteral("restoreBackupAction"));
    m_lock = file->addAction(tr("&Lock"), this, &MainWindow::lockAsked);
    m_lock->setObjectName(QStringLiteral("lockAction"));
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    m_exportPerson = file->addAction(tr("&Export everything held on this person…"), this, &MainWindow::exportPerson);
    m_exportPerson->setObjectName(QStringLiteral("exportPersonAction"));
    file->addSeparator();
    auto *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto *edit = menuBar()->addMenu(tr("&Edit"));
    m_find = edit->addAction(tr("&Find in caseload"), this, [this] {
        if (m_caseload)
            m_caseload->focusSearch();
    });
    m_find->setObjectName(QStringLiteral("findAction"));
    m_find->setShortcut(QKeySequence::Find);
    auto *preferences = edit->addAction(tr("&Settings…"), this, &MainWindow::editSettings);
    preferences->setObjectName(QStringLiteral("settingsAction"));
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    edit->addSeparator();
    m_vacancies = edit->addAction(tr("Find people for a &vacancy…"), this, &MainWindow::findPeopleForVacancy);
    m_vacancies->setObjectName(QStringLiteral("vacanciesAction"));
    m_vacancies->setStatusTip(tr("Choose an open vacancy and see who on the caseload fits it best."));
    m_partners = edit->addAction(tr("Local &partners…"), this, &MainWindow::showPartners);
    m_partners->setObjectName(QStringLiteral("partnersAction"));
    m_partners->setStatusTip(tr("Find local partners to refer people to, and add your own."));
    m_youthGuarantee = edit->addAction(tr("&Youth guarantee…"), this, &MainWindow::showYouthGuarantee);
    m_youthGuarantee->setObjectName(QStringLiteral("youthGuaranteeAction"));
    m_youthGuarantee->setStatusTip(
        tr("See the young people in the guarantee's age band, overdue offers first, and record offers."));
    m_employers = edit->addAction(tr("&Employers…"), this, &MainWindow::showEmployers);
    m_employers->setObjectName(QStringLiteral("employersAction"));
    m_employers->setStatusTip(
        tr("See employers from your vacancies and your own, log a call or visit, and what came of putting people "
           "forward."));

    auto *vault = menuBar()->addMenu(tr("&Vault"));
    m_changePassphrase = vault->addAction(tr("Change &passphrase…"), this, &MainWindow::changePassphrase);
    m_changePassphrase->setObjectName(QStringLiteral("changePassphraseAction"));
    m_checkIntegrity = vault->addAction(tr("&Check the vault"), this, &MainWindow::checkIntegrity);
    m_checkIntegrity->setObjectName(QStringLiteral("checkIntegrityAction"));
    m_backup = vault->addAction(tr("&Back up…"), this, &MainWindow::backUp);
    m_backup->setObjectName(QStringLiteral("backupAction"));
    m_backup->setStatusTip(tr("Write the whole vault into one encrypted file, to keep on another disk."));
    vault->addSeparator();
    m_taxonomy = vault->addAction(tr("Skills &taxonomy…"), this, &MainWindow::manageTaxonomy);
    m_taxonomy->setObjectName(QStringLiteral("taxonomyAction"));
    m_taxonomy->setStatusTip(
        tr("See which skills taxonomy matching uses, import ESCO or go back to the built-in one."));
    m_vacancyReport = vault->addAction(tr("&Vacancies report…"), this, &MainWindow::showVacancyReport);
    m_vacancyReport->setObjectName(QStringLiteral("vacancyReportAction"));
    m_vacancyReport->setStatusTip(
        tr("See how many imported vacancies got an occupation and skills, and which titles mapped to nothing."));
    m_suggestionReport = vault->addAction(tr("S&uggestions report…"), this, &MainWindow::showSuggestionReport);
    m_suggestionReport->setObjectName(QStringLiteral("suggestionReportAction"));
    m_suggestionReport->setStatusTip(
        tr("See how many suggestions were shown, accepted, changed and rejected, and how quickly (totals only)."));

    m_reports = vault->addAction(tr("Aggregate &reports…"), this, &MainWindow::showReports);
    m_reports->setObjectName(QStringLiteral("reportsAction"));
    m_reports->setStatusTip(tr("Count outreach sessions, people seen and referrals, with small numbers hidden, as "
                               "tables and charts; print, save or merge them."));

    auto *sync = menuBar()->addMenu(tr("S&ync"));
    m_importBundle = sync->addAction(tr("&Import a bundle…"), this, &MainWindow::importBundle);
    m_importBundle->setObjectName(QStringLiteral("importBundleAction"));
    m_importBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_trustedKeys = sync->addAction(tr("&Trusted keys…"), this, &MainWindow::manageTrustedKeys);
    m_trustedKeys->setObjectName(QStringLiteral("trustedKeysAction"));
    sync->addSeparator();
    m_exportCaseload = sync->addAction(tr("&Export for a device…"), this, &MainWindow::exportCaseload);
    m_exportCaseload->setObjectName(QStringLiteral("exportCaseloadAction"));
    m_devices = sync->addAction(tr("&Devices…"), this, &MainWindow::manageDevices);
    m_devices->setObjectName(QStringLiteral("devicesAction"));
    m_conflicts = sync->addAction(tr("&Conflicts…"), this, &MainWindow::showConflicts);
    m_conflicts->setObjectName(QStringLiteral("conflictsAction"));
    m_quarantine = sync->addAction(tr("&Quarantine…"), this, &MainWindow::showQuarantine);
    m_quarantine->setObjectName(QStringLiteral("quarantineAction"));
    m_quarantine->setStatusTip(tr("See items from imported bundles that failed the checks, and export them for the "
                                  "sender."));

    auto *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("About the &suggestions"), this, &MainWindow::showTransparencyRecord)
        ->setObjectName(QStringLiteral("transparencyAction"));
    auto *leaflet = help->addAction(tr("&Leaflet for the person…"), this, &MainWindow::showLeaflet);
    leaflet->setObjectName(QStringLiteral("leafletAction"));
    leaflet->setStatusTip(tr("Print, in English or Welsh, what Waymark does, that a person decides, and how to ask "
                             "for a decision to be looked at again."));
    help->addAction(tr("&About Waymark"), this, &MainWindow::showAbout);

    auto *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->setMovable(false);
    toolbar->addAction(m_showStartPage);
    toolbar->addAction(m_newPerson);
    toolbar->addAction(m_lock);
    toolbar->addAction(m_importBundle);
    updateActions();
}

QString MainWindow::personNoun() const
{
    return m_session.vault() ? VaultSettings::personNoun(m_session.vault()->setting())
                             : QCoreApplication::translate("VaultSetting", "person");
}

void MainWindow::showInitialPage()
{
    if (m_session.isUnlocked()) {
        onUnlocked();
        return;
    }
    if (m_session.path().isEmpty()) {
        m_pages->setCurrentWidget(m_welcome);
    } else {
        m_unlock->reset();
        m_pages->setCurrentWidget(m_unlock);
    }
    updateStatus();
    updateActions();
}

void MainWindow::onUnlocked()
{
    Vault *vault = m_session.vault();
    m_settings.setValue(Settings::Key::LastVaultPath, m_session.path());
    m_newPerson->setText(tr("&New %1…").arg(personNoun()));
    m_exportPerson->setText(tr("&Export everything held on this %1…").arg(personNoun()));

    m_work = new GripSplitter(Qt::Horizontal, this);
    m_work->setObjectName(QStringLiteral("workSplitter"));
    m_caseload = new CaseloadPanel(*m_session.caseload(), personNoun(), m_work);
    m_workspace = new PersonWorkspace(vault->records(), vault->setting(), m_work);
    m_workspace->setPersonExporter([vault](const QString &id, const QString &path, PersonReport::Format format) {
        return PersonReport::exportToFile(*vault, id, path, format);
    });
    m_workspace->setSuggestionHistory(vault->database(), vault->audit());
    // Matching reads the vault once, on a worker through its own connection; ranking then runs off it on
    // worker threads too. Every service comes from VaultServices, which the CLI uses as well.
    VaultServices *services = this->services();
    const auto loader = [this] { return matchingContext(); };
    m_workspace->setMatching(loader, [this](const QString &id) -> Result<MatchProfile> {
        if (!this->services())
            return Error{ErrorCode::Invalid, tr("The vault is locked.")};
        return this->services()->matchProfile(id);
    });
    if (MatchesPage *matches = m_workspace->matchesPage()) {
        matches->setContextReadiness(
            [this] { return !this->services() || this->services()->matchingContexts().readyOrStart(); });
        connect(&services->matchingContexts(), &MatchingContextLoader::finished, matches, &MatchesPage::contextReady);
        matches->setAdvertSource([this](const QString &id) -> Result<VacancyText> {
            if (!this->services())
                return Error{ErrorCode::Invalid, tr("The vault is locked.")};
            return this->services()->vacancyText(id);
        });
        // Suggestions from work history need the taxonomy but no vacancies, so they do not wait for them.
        matches->setSuggestionSource([this](const QString &id) -> Result<QVector<SkillSuggestion>> {
            if (!this->services())
                return Error{ErrorCode::Invalid, tr("The vault is locked.")};
            return this->services()->workHistorySuggestions(id);
        });
    }
    // A typed skill is looked up in the taxonomy in use as it is typed and shown (issue 16 §16).
    m_workspace->setConceptLookup(ConceptLookup::over([this]() -> std::shared_ptr<const SkillNormaliser> {
        auto normaliser =
            this->services() ? this->services()->normaliser() : Result<std::shared_ptr<const SkillNormaliser>>(nullptr);
        return normaliser ? normaliser.value() : nullptr;
    }));
    // Notes are read on the UI thread as they are written; the extractor is built once per taxonomy.
    m_workspace->setNoteSuggestions(
        [this]() -> std::shared_ptr<const NoteExtractor> {
            auto extractor = this->services() ? this->services()->noteExtractor()
                                              : Result<std::shared_ptr<const NoteExtractor>>(nullptr);
            return extractor ? extractor.value() : nullptr;
        },
        vault->audit());
    m_workspace->setForms(
        services->formStore(),
        [this]() -> std::shared_ptr<const FormCatalogue> {
            auto catalogue = this->services() ? this->services()->formCatalogue()
                                              : Result<std::shared_ptr<const FormCatalogue>>(nullptr);
            return catalogue ? catalogue.value() : nullptr;
        },
        vault->ownerName(),
        VaultSettings::key(vault->setting()));
    // A referral checks the partner's consent rule and feeds the plan (model/outreach/Referrals).
    m_workspace->setReferralMaker([this](const QString &personId, const QString &personName) {
        Vault *open = m_session.vault();
        if (!open)
            return false;
        PartnerDirectory directory(open->database(), open->audit());
        Referrals referrals(open->records(), open->audit(), directory);
        ReferDialog dialog(directory, referrals, personId, personName, this);
        connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
        return dialog.exec() == QDialog::Accepted;
    });
    m_workspace->setReferralFollower([this](const QString &referralId) {
        Vault *open = m_session.vault();
        if (!open)
            return false;
        auto referral = open->records().get(referralId);
        if (!referral)
            return false;
        PartnerDirectory directory(open->database(), open->audit());
        Referrals referrals(open->records(), open->audit(), directory);
        ReferralOutcomeDialog dialog(referrals, directory, referral.value(), this);
        connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
        return dialog.exec() == QDialog::Accepted;
    });
    connect(services, &VaultServices::importedDataDropped, m_workspace, &PersonWorkspace::reloadMatching);
    m_workspace->setEnabled(false);
    // Until someone is opened, the right-hand side shows the day (issue 16 #17).
    m_right = new QStackedWidget(m_work);
    m_right->setObjectName(QStringLiteral("rightPages"));
    m_startPage = new StartPage(*services, vault->setting(), m_right);
    m_startPage->setNotContactedWeeks(m_settings.value(Settings::Key::NotContactedWeeks).toInt());
    m_right->addWidget(m_startPage);
    m_right->addWidget(m_workspace);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::openFromStartPage);
    connect(m_startPage, &StartPage::addPersonRequested, this, &MainWindow::addPerson);
    connect(m_startPage, &StartPage::importBundleRequested, this, &MainWindow::importBundle);
    connect(services, &VaultServices::importedDataDropped, m_startPage, &StartPage::refresh);
    m_work->addWidget(m_caseload);
    m_work->addWidget(m_right);
    m_work->setStretchFactor(0, 2);
    m_work->setStretchFactor(1, 3);
    // The caseload's first width shows every column whole, up to half the window; people drag it from there.
    QTimer::singleShot(0, m_work, [work = m_work, caseload = m_caseload] {
        const int total = work->width() - work->handleWidth();
        const int wanted = std::min(caseload->sizeHint().width(), total / 2);
        work->setSizes({wanted, total - wanted});
    });
    m_pages->addWidget(m_work);
    m_pages->setCurrentWidget(m_work);

    connect(m_caseload, &CaseloadPanel::personSelected, this, [this](const QString &id) {
        if (id == m_workspace->personId()) {
            showWorkspacePage();
            return;
        }
        if (!mayLeavePerson()) {
            // Staying: the list goes back to the person whose changes are still on screen.
            QTimer::singleShot(0, m_caseload, [caseload = m_caseload, keep = m_workspace->personId()] {
                caseload->selectPerson(keep);
            });
            return;
        }
        m_workspace->setEnabled(true);
        m_workspace->showPerson(id);
        showWorkspacePage();
        updateActions();
        // Read the vacancies ahead, on a worker, so the Matches tab is ready when it is opened.
        if (this->services() && m_workspace->matchesPage())
            this->services()->matchingContexts().readyOrStart();
    });
    connect(m_caseload, &CaseloadPanel::addPersonRequested, this, &MainWindow::addPerson);
    // The person open stays selected while the start page shows; a click on their row (which selects nothing new)
    // brings them back.
    if (auto *view = m_caseload->findChild<QAbstractItemView *>(QStringLiteral("caseloadView"))) {
        connect(view, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
            if (m_workspace && index.data(CaseListModel::PersonIdRole).toString() == m_workspace->personId())
                showWorkspacePage();
        });
    }
    connect(m_workspace, &PersonWorkspace::personErased, this, [this] {
        m_workspace->clear();
        m_workspace->setEnabled(false);
        showStartPage();
        updateActions();
    });
    m_startPage->refresh();
    m_idle->start();
    m_caseload->focusSearch();
    updateStatus();
    updateActions();
    // Said at once, not left for the next check: the person who unlocks may be the first to learn of it.
    if (const auto cut = vault->audit().cutFoundAtOpen()) {
        MessageBox::warning(
            this,
            tr("The audit log was cut"),
            AuditLog::describe(*cut) + QStringLiteral("\n\n") +
                tr("Tell whoever is responsible for information governance. Vault ▸ Check the vault will report this "
                   "every time."));
    }
    updateBackupReminder();
    showKeySlotWarning();
    tellWhatWasNotSaved();
}

void MainWindow::showKeySlotWarning()
{
    // Non-modal, and a widget rather than a temporary message, so a menu's status tip does not wipe it: it stays
    // until the passphrase is changed or the vault locks.
    auto *label = statusBar()->findChild<QLabel *>(QStringLiteral("keySlotWarning"));
    if (!label) {
        label = new QLabel(statusBar());
        label->setObjectName(QStringLiteral("keySlotWarning"));
        label->setWordWrap(true);
        statusBar()->addWidget(label, 1);
    }
    const Vault *vault = m_session.vault();
    const bool weak = vault && vault->keySlotCost().isWeak();
    label->setText(weak ? tr("This vault's passphrase is protected by a cheaper key derivation than Waymark now "
                             "uses. Choose Vault ▸ Change passphrase… to strengthen it.")
                        : QString());
    label->setVisible(weak);
}

void MainWindow::onLocked()
{
    m_idle->stop();
    // Destroying the work page drops every widget that showed a name, a note or a search.
    if (m_work) {
        m_pages->removeWidget(m_work);
        delete m_work;
        m_work = nullptr;
        m_caseload = nullptr;
        m_right = nullptr;
    }
    // Whatever was copied from a record goes with the lock.
    if (QClipboard *clipboard = QApplication::clipboard())
        clipboard->clear();
    m_backupReminder->hide();
    m_unlock->reset();
    m_pages->setCurrentWidget(m_unlock);
    showKeySlotWarning();
    updateStatus();
    updateActions();
}

void MainWindow::updateActions()
{
    const bool unlocked = m_session.isUnlocked();
    for (QAction *action :
         {m_newPerson, m_showStartPage,   m_lock,         m_find,           m_exportPerson,     m_changePassphrase,
          m_backup,    m_checkIntegrity,  m_importBundle, m_trustedKeys,    m_exportCaseload,   m_devices,
          m_conflicts, m_quarantine,      m_taxonomy,     m_vacancyReport,  m_suggestionReport, m_reports,
          m_partners,  m_outreachSession, m_vacancies,    m_youthGuarantee, m_employers})
        action->setEnabled(unlocked);
    // Exporting someone's record needs someone open.
    m_exportPerson->setEnabled(unlocked && m_workspace && !m_workspace->personId().isEmpty());
}

void MainWindow::updateStatus()
{
    if (m_session.path().isEmpty()) {
        m_vaultLabel->setText(tr("No vault open"));
        m_settingLabel->clear();
        m_lockLabel->clear();
        m_fullDiskLabel->setVisible(false);
        return;
    }
    m_vaultLabel->setText(tr("Vault: %1").arg(m_session.name()));
    if (Vault *vault = m_session.vault()) {
        m_settingLabel->setText(VaultSettings::displayName(vault->setting()));
        // The setting, not a countdown: the remaining time of a coarse timer read 6 minutes for a 5-minute
        // setting, and 0 while an import had paused the timer.
        if (m_idle->isActive())
            m_lockLabel->setText(tr("Unlocked: locks after %n minute(s) idle", nullptr, m_idle->timeoutMinutes()));
        else
            m_lockLabel->setText(tr("Unlocked: automatic lock paused"));
        // Checked on every status tick, so it goes once a write has found space again.
        m_fullDiskLabel->setVisible(!vault->canSaveChanges());
    } else {
        m_settingLabel->clear();
        m_lockLabel->setText(tr("Locked"));
        m_fullDiskLabel->setVisible(false);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && m_caseload && isActiveWindow()) {
        auto *key = static_cast<QKeyEvent *>(event);
        QWidget *focus = QApplication::focusWidget();
        const bool editing = qobject_cast<QLineEdit *>(focus) || qobject_cast<QTextEdit *>(focus) ||
                             qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QAbstractSpinBox *>(focus) ||
                             (qobject_cast<QComboBox *>(focus) && static_cast<QComboBox *>(focus)->isEditable());
        const bool printable = !key->text().isEmpty() && key->text().at(0).isPrint() &&
                               !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        // Only from inside the caseload panel: a click that missed a field in the workspace left focus on a
        // label or a tab, and the name typed next went into the search and emptied the list (issue 16 #6).
        const bool inCaseload = focus && (focus == m_caseload || m_caseload->isAncestorOf(focus));
        if (!editing && printable && inCaseload && key->key() != Qt::Key_Space) {
            m_caseload->typeIntoSearch(key->text());
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!mayLeavePerson()) {
        event->ignore();
        return;
    }
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_session.lock();
    event->accept();
}

bool MainWindow::mayLeavePerson()
{
    return !m_session.isUnlocked() || !m_workspace || m_workspace->confirmLeave();
}

void MainWindow::lockAsked()
{
    if (mayLeavePerson())
        m_session.lock();
}

void MainWindow::tellWhatWasNotSaved()
{
    if (m_notSavedAtLock.isEmpty())
        return;
    QStringList lines{tr("When Waymark locked, these changes could not be saved because they did not pass the "
                         "checks, so they were not kept:")};
    for (const QString &page : std::as_const(m_notSavedAtLock))
        lines.append(tr("• %1").arg(page));
    lines.append(tr("Enter them again and save them."));
    m_notSavedAtLock.clear();
    MessageBox::warning(this, tr("Changes not saved"), lines.join(QLatin1Char('\n')));
}

void MainWindow::createVault()
{
    if (!mayLeavePerson())
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_session.lock();
    CreateVaultDialog dialog(m_session, folder.isEmpty() ? QDir::homePath() : folder, this);
    if (dialog.exec() != QDialog::Accepted && !m_session.isUnlocked())
        showInitialPage();
}

void MainWindow::openVault()
{
    const QString path = FileDialog::existingDirectory(
        this, tr("Open a vault (a folder ending in .waymark)"), QFileInfo(m_session.path()).absolutePath());
    if (path.isEmpty())
        return;
    if (!Vault::looksLikeVault(path)) {
        MessageBox::warning(this,
                            tr("Not a vault"),
                            tr("This folder is not a Waymark vault. Choose a folder whose name ends in .waymark."));
        return;
    }
    if (!mayLeavePerson())
        return;
    m_session.lock();
    m_session.setPath(path);
    showInitialPage();
}

void MainWindow::addPerson()
{
    // The new person is shown once added, so the one shown now is left first.
    if (!m_session.isUnlocked() || !m_workspace || !mayLeavePerson())
        return;
    const QString id = m_workspace->addPerson();
    if (!id.isEmpty()) {
        // Selecting the row opens the new person; opening them again here would audit a second view.
        m_caseload->selectPerson(id);
        if (m_workspace->personId() != id) {
            m_workspace->setEnabled(true);
            m_workspace->showPerson(id);
        }
        showWorkspacePage();
    }
}

void MainWindow::changePassphrase()
{
    if (Vault *vault = m_session.vault()) {
        ChangePassphraseDialog dialog(*vault, this);
        if (dialog.exec() == QDialog::Accepted) {
            showKeySlotWarning(); // the change raised a weak key derivation, so the warning goes
            MessageBox::information(
                this, tr("Passphrase changed"), tr("The vault now opens with the new passphrase only."));
        }
    }
}

void MainWindow::backUp()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested =
        QDir(documents.isEmpty() ? QDir::homePath() : documents)
            .filePath(vault->name() + QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate) +
                      QLatin1String(VaultBackup::Suffix));
    QString path = FileDialog::saveFileName(
        this, tr("Back up the vault"), suggested, tr("Waymark backups (*.wmbackup);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(VaultBackup::Suffix);
    // The idle lock waits while the backup runs: locking would close the database under the copy.
    m_idle->stop();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto made = VaultBackup::write(*vault, path);
    QApplication::restoreOverrideCursor();
    m_idle->start();
    if (!made) {
        MessageBox::warning(this, tr("Back up the vault"), made.error().message);
        return;
    }
    updateBackupReminder();
    MessageBox::information(this,
                            tr("Back up the vault"),
                            tr("The backup is saved in %1. Keep it somewhere other than this computer. It opens "
                               "with the vault's passphrase as it is today; after changing the passphrase, make a "
                               "new backup.")
                                .arg(QDir::toNativeSeparators(path)));
}

void MainWindow::restoreBackup()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    RestoreBackupDialog dialog(documents.isEmpty() ? QDir::homePath() : documents, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.report())
        return;
    const RestoreReport &report = *dialog.report();
    if (!mayLeavePerson())
        return;
    m_session.lock();
    m_session.setPath(report.vaultPath);
    showInitialPage();
    const QString restored = tr("The backup made on %1 is restored as a new vault in %2.")
                                 .arg(QLocale().toString(report.backupMadeAt.toLocalTime(), QLocale::LongFormat),
                                      QDir::toNativeSeparators(report.vaultPath));
    if (report.problems.isEmpty())
        MessageBox::information(
            this, tr("Restore from a backup"), restored + QLatin1Char('\n') + tr("The vault check found no problems."));
    else
        MessageBox::warning(this,
                            tr("Restore from a backup"),
                            restored + QLatin1Char('\n') +
                                tr("The vault check found problems:\n%1").arg(report.problems.join(QLatin1Char('\n'))));
}

void MainWindow::updateBackupReminder()
{
    Vault *vault = m_session.vault();
    if (!vault) {
        m_backupReminder->hide();
        return;
    }
    BackupReminder reminder(vault->database());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto due = reminder.isDue(now);
    const auto last = reminder.lastBackup();
    if (due && due.value() && last)
        m_backupReminder->showReminder(last.value(), now);
    else
        m_backupReminder->hide();
}

void MainWindow::checkIntegrity()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    auto problems = vault->integrityCheck();
    if (!problems) {
        MessageBox::warning(this, tr("Vault check"), problems.error().message);
    } else if (problems->isEmpty()) {
        MessageBox::information(this, tr("Vault check"), tr("The vault is in good order and its audit log is intact."));
    } else {
        MessageBox::warning(
            this, tr("Vault check"), tr("The check found problems:\n%1").arg(problems->join(QLatin1Char('\n'))));
    }
}

void MainWindow::editSettings()
{
    SettingsDialog dialog(m_settings, m_session.vault(), this);
    // A lock closes the vault under the dialog: close the dialog with it.
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        updateBackupReminder();
}

void MainWindow::exportPerson()
{
    if (m_workspace && !m_workspace->personId().isEmpty())
        m_workspace->exportPerson();
}

void MainWindow::importBundle()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    const QString path = FileDialog::openFileName(
        this, tr("Import a bundle"), QString(), tr("Waymark bundles (*.wmbundle);;All files (*)"));
    if (path.isEmpty())
        return;
    auto importer = services()->bundleImporter();
    ImportBundleDialog dialog(*importer, path, this);
    // The idle lock waits only while the import runs, since locking would close the database under it. The
    // result may sit open over a person's details, so the clock starts again as soon as it shows (issue 16 #2).
    m_idle->stop();
    connect(&dialog, &ImportBundleDialog::finished, this, &MainWindow::resumeIdleLock);
    const auto trust = services()->trustStore();
    dialog.setTrustStore(trust.get());
    dialog.start();
    dialog.exec();
    resumeIdleLock();
    // The import may have brought vacancies or a taxonomy: matching reads the vault again when next needed.
    dropImportedDataCaches();
    if (const auto summary = dialog.summary(); summary && summary->kind == BundleKind::Caseload)
        offerReceipt(*summary);
}

void MainWindow::resumeIdleLock()
{
    if (m_session.isUnlocked())
        m_idle->start();
}

void MainWindow::offerReceipt(const ImportSummary &summary)
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    auto receipt = CaseloadSync(*vault).receiptFor(summary.bundleId, summary.maxHlc);
    if (!receipt) {
        MessageBox::warning(this, tr("Save a receipt"), receipt.error().message);
        return;
    }
    const QString path = FileDialog::saveFileName(
        this, tr("Save a receipt for the sender"), QString(), tr("Waymark bundles (*.wmbundle);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(receipt.value()) != receipt->size() || !file.commit()) {
        MessageBox::warning(this,
                            tr("Save a receipt"),
                            tr("The receipt could not be saved. Check there is space and that you may write to "
                               "that folder, then try again."));
        return;
    }
    MessageBox::information(this,
                            tr("Save a receipt"),
                            tr("The receipt is saved. Send it back to the device that sent the caseload, so it "
                               "knows the changes arrived and stops sending them."));
}

void MainWindow::exportCaseload()
{
    if (Vault *vault = m_session.vault()) {
        CaseloadSync sync(*vault);
        // The person shown in the workspace is the one a handover would move.
        QString personId;
        QString personName;
        if (m_workspace && !m_workspace->personId().isEmpty()) {
            personId = m_workspace->personId();
            if (auto summary = vault->records().summary(personId))
                personName = summary->documentName();
        }
        SyncExportDialog dialog(sync, this, personId, personName);
        // A lock closes the vault under the dialog: close the dialog with it.
        connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
        dialog.exec();
    }
}

void MainWindow::manageDevices()
{
    if (Vault *vault = m_session.vault()) {
        CaseloadSync sync(*vault);
        SyncDevicesDialog dialog(sync, this);
        // A lock closes the vault under the dialog: close the dialog with it.
        connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
        dialog.exec();
    }
}

void MainWindow::showConflicts()
{
    if (Vault *vault = m_session.vault()) {
        CaseloadSync sync(*vault);
        ConflictsDialog dialog(*vault, sync, this);
        // A lock closes the vault under the dialog: close the dialog with it.
        connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
        dialog.exec();
    }
}

void MainWindow::showQuarantine()
{
    if (services()) {
        auto quarantine = services()->quarantineStore();
        QuarantineDialog dialog(*quarantine, this);
        // A lock closes the vault under the dialog: close the dialog with it.
        connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
        dialog.exec();
    }
}

void MainWindow::manageTrustedKeys()
{
    if (!services())
        return;
    auto trust = services()->trustStore();
    TrustedKeysDialog dialog(*trust, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    // The two attributions are quoted in the wording their licensors require, so they are not translated.
    MessageBox::information(
        this,
        tr("About Waymark"),
        tr("Waymark %1\nAn offline, encrypted caseload for people who help others into work.")
                .arg(QStringLiteral(WAYMARK_VERSION)) +
            QStringLiteral("\n\n") +
            tr("Free software under the GNU General Public License, version 3 or later, with no warranty.\n\n"
               "Skills and occupations data:\n%1\n%2")
                .arg(QStringLiteral("This product uses the ESCO classification of the European Commission."),
                     QStringLiteral("Source: Office for National Statistics licensed under the Open Government "
                                    "Licence v3.0.")));
}

void MainWindow::showTransparencyRecord()
{
    // Locked, the record states the build's facts alone; unlocked, also the taxonomy this vault uses.
    std::shared_ptr<const SkillNormaliser> normaliser;
    bool imported = false;
    if (services()) {
        if (auto inUse = services()->normaliser(); inUse)
            normaliser = inUse.value();
        if (auto stored = services()->hasImportedTaxonomy(); stored)
            imported = stored.value();
    }
    TransparencyDialog dialog(
        TransparencyRecord::build(TransparencyFacts::current(normaliser ? &normaliser->taxonomy() : nullptr, imported)),
        this);
    if (services()) {
        dialog.enableFairnessCheck(
            [this](const FairnessCheck::Options &options) -> Result<std::shared_ptr<FairnessRun>> {
                if (!services())
                    return Error{ErrorCode::Invalid, tr("The vault is locked.")};
                return FairnessCheck::prepare(*services(), options);
            },
            [this](const FairnessReport &report) {
                // On a full disk the entry waits in memory (DeferredAudit) and the banner already says so.
                if (Vault *vault = m_session.vault())
                    (void)FairnessCheck::audit(vault->audit(), report);
            });
    }
    // The check's worker reads through the vault's key: it stops while the vault is still open.
    connect(&m_session, &VaultSession::aboutToLock, &dialog, &TransparencyDialog::stopFairnessCheck);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::showLeaflet()
{
    LeafletDialog dialog(Translations::language() == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en"),
                         this);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::showSuggestionReport()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    SuggestionReport::Options options;
    options.acceptWarningPercent = m_settings.value(Settings::Key::SuggestionAcceptWarningPercent).toInt();
    options.fastAcceptWarningPercent = m_settings.value(Settings::Key::SuggestionFastAcceptWarningPercent).toInt();
    SuggestionReportDialog dialog(vault->audit(), options, this);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::showReports()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    ReportsDialog dialog(*vault, vault->setting() == VaultSetting::Admin, this);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::showPartners()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    PartnerDirectory directory(vault->database(), vault->audit());
    PartnersDialog dialog(directory, this);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::showYouthGuarantee()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    YouthGuarantee youth(vault->database(), vault->records(), vault->audit());
    YouthGuaranteeDialog dialog(youth, this);
    connect(&dialog, &YouthGuaranteeDialog::openPersonRequested, this, &MainWindow::showPersonInWorkspace);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::showEmployers()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    EmployerDirectory directory(vault->database(), vault->audit());
    EmployersDialog dialog(directory, vault->ownerName(), this);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::recordOutreachSession()
{
    Vault *vault = m_session.vault();
    if (!vault)
        return;
    auto caseload = vault->records().caseload();
    PartnerDirectory directory(vault->database(), vault->audit());
    OutreachSessions sessions(vault->database(), vault->audit());
    OutreachSessionDialog dialog(sessions, directory, caseload ? caseload.value() : QVector<PersonSummary>(), this);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Outreach session recorded."), 5000);
}

VaultServices *MainWindow::services() const
{
    return m_session.services();
}

Result<std::shared_ptr<const MatchingContext>> MainWindow::matchingContext() const
{
    if (!services())
        return Error{ErrorCode::Invalid, tr("The vault is locked.")};
    return services()->matchingContexts().context();
}

void MainWindow::dropImportedDataCaches()
{
    if (services())
        services()->dropImportedData();
}

void MainWindow::manageTaxonomy()
{
    if (!services())
        return;
    // The idle lock waits only while an import reads a release: locking would close the database under it.
    // A new taxonomy drops what was built on the old one (VaultServices::importedDataDropped).
    TaxonomyDialog dialog(*services(), this);
    connect(&dialog, &TaxonomyDialog::busyChanged, this, [this](bool busy) {
        if (busy)
            m_idle->stop();
        else
            resumeIdleLock();
    });
    dialog.exec();
    resumeIdleLock();
}

void MainWindow::showVacancyReport()
{
    if (!services())
        return;
    const Result<FeedReport> report = services()->feedReport();
    if (!report) {
        MessageBox::warning(this, tr("Vacancies report"), report.error().message);
        return;
    }
    VacancyReportDialog dialog(report.value(), this);
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::findPeopleForVacancy()
{
    Vault *vault = m_session.vault();
    if (!vault || !services())
        return;
    MatchingContextLoader *contexts = &services()->matchingContexts();
    VacancyMatchesDialog dialog(
        vault->records(),
        [this](const QString &id, const SkillNormaliser &normaliser) -> Result<MatchProfile> {
            if (!services())
                return Error{ErrorCode::Invalid, tr("The vault is locked.")};
            return services()->matchProfile(id, normaliser);
        },
        [this] { return matchingContext(); },
        personNoun(),
        this,
        [contexts] { return contexts->readyOrStart(); });
    connect(contexts, &MatchingContextLoader::finished, &dialog, &VacancyMatchesDialog::contextReady);
    connect(&dialog, &VacancyMatchesDialog::openPersonRequested, this, &MainWindow::showPersonInWorkspace);
    // Putting someone forward asks for their consent and records it on both sides (model/employers/PutForwards).
    dialog.setPutForwardHandler(
        [this, &dialog](const QString &personId, const QString &personName, const QString &vacancyId) {
            Vault *open = m_session.vault();
            if (!open)
                return false;
            EmployerDirectory directory(open->database(), open->audit());
            auto vacancy = directory.vacancy(vacancyId);
            if (!vacancy) {
                MessageBox::warning(&dialog, tr("Put forward for a job"), vacancy.error().message);
                return false;
            }
            PutForwards putForwards(open->records(), open->audit(), directory);
            PutForwardDialog ask(putForwards,
                                 personId,
                                 personName,
                                 vacancyId,
                                 vacancy->title,
                                 EmployerDirectory::cleanName(vacancy->employer),
                                 &dialog);
            connect(&m_session, &VaultSession::locked, &ask, &QDialog::reject);
            return ask.exec() == QDialog::Accepted;
        });
    dialog.setAdvertSource([this](const QString &id) -> Result<VacancyText> {
        if (!services())
            return Error{ErrorCode::Invalid, tr("The vault is locked.")};
        return services()->vacancyText(id);
    });
    // A lock closes the vault under the dialog: close the dialog with it.
    connect(&m_session, &VaultSession::locked, &dialog, &QDialog::reject);
    dialog.exec();
}

void MainWindow::showPersonInWorkspace(const QString &personId)
{
    if (!m_caseload || !m_workspace || personId.isEmpty())
        return;
    if (personId != m_workspace->personId() && !mayLeavePerson())
        return;
    // Selecting the row opens the person (personSelected); opening them again here would audit a second view.
    m_caseload->selectPerson(personId);
    if (m_workspace->personId() != personId) {
        m_workspace->setEnabled(true);
        m_workspace->showPerson(personId);
    }
    showWorkspacePage();
}

void MainWindow::showStartPage()
{
    if (!m_startPage || !m_right)
        return;
    m_startPage->refresh();
    m_right->setCurrentWidget(m_startPage);
    m_startPage->focusFirstItem();
}

void MainWindow::showWorkspacePage()
{
    if (m_right && m_workspace)
        m_right->setCurrentWidget(m_workspace);
}

void MainWindow::openFromStartPage(const QString &personId, DigestTarget target)
{
    if (target == DigestTarget::Quarantine) {
        showQuarantine();
        return;
    }
    showPersonInWorkspace(personId);
    // Still someone else: the coach chose to stay with unsaved changes, or the person is gone.
    if (!m_workspace || m_workspace->personId() != personId)
        return;
    switch (target) {
    case DigestTarget::Appointments:
        m_workspace->showTab(PersonWorkspace::AppointmentsTab);
        break;
    case DigestTarget::ActionPlan:
        m_workspace->showTab(PersonWorkspace::PlanTab);
        break;
    case DigestTarget::Notes:
        m_workspace->showTab(PersonWorkspace::NotesTab);
        break;
    case DigestTarget::Forms:
        m_workspace->showTab(PersonWorkspace::FormsTab);
        break;
    case DigestTarget::Matches:
        m_workspace->showTab(PersonWorkspace::MatchesTab);
        break;
    case DigestTarget::Conflicts:
    case DigestTarget::Quarantine:
        m_workspace->showTab(PersonWorkspace::ProfileTab);
        break;
    }
    // Keyboard users land on the tab they asked for, not back in the list they left.
    m_workspace->tabs()->tabBar()->setFocus(Qt::OtherFocusReason);
    // Conflicts are settled in their own view, which lists the vault's; the person is open behind it.
    if (target == DigestTarget::Conflicts)
        showConflicts();
}
