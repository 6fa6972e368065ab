#pragma once

#include "model/core/Result.h"

#include <QMainWindow>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <functional>
#include <memory>

class BackupReminderBanner;
class CaseloadPanel;
class IdleLockTimer;
class MatchingContext;
class PersonWorkspace;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class Settings;
class StartPage;
class UnlockPage;
class VaultServices;
class VaultSession;
class WelcomePage;
struct ImportSummary;
enum class DigestTarget;

/**
 * The main window: caseload on the left, the selected person's workspace on the right, one toolbar,
 * and a status bar with the vault, its setting and the lock state. Locked, it shows only the unlock form.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(VaultSession &session, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    IdleLockTimer *idleTimer() const { return m_idle; }
    CaseloadPanel *caseloadPanel() const { return m_caseload; }
    PersonWorkspace *workspace() const;
    /** The day's digest beside the caseload while nobody is open; null while locked. */
    StartPage *startPage() const;

    /** Shows the welcome page, or the unlock page when the session has a vault path. */
    void showInitialPage();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void onUnlocked();
    void onLocked();
    /** Shows, in the status bar, that the open vault's key slot is weak (KdfParams::isWeak), or clears it. */
    void showKeySlotWarning();
    /**
     * Before the person shown is left (another person, quit, a lock asked for, another vault): the workspace asks
     * what to do with unsaved changes. True to go on.
     */
    bool mayLeavePerson();
    /** File ▸ Lock and Ctrl+L: asks about unsaved changes first, as quitting does. */
    void lockAsked();
    /** After an unlock, says which changes the last lock could not save (they did not validate). */
    void tellWhatWasNotSaved();
    void createVault();
    void openVault();
    void addPerson();
    void changePassphrase();
    void backUp();
    void restoreBackup();
    /** Shows the backup reminder if the unlocked vault is due one (BackupReminder decides), hides it otherwise. */
    void updateBackupReminder();
    void checkIntegrity();
    void editSettings();
    void exportPerson();
    void importBundle();
    void manageTrustedKeys();
    void manageTaxonomy();
    void showVacancyReport();
    void showTransparencyRecord();
    void showLeaflet();
    void showSuggestionReport();
    void showReports();
    void showPartners();
    void showYouthGuarantee();
    void showEmployers();
    void recordOutreachSession();
    void findPeopleForVacancy();
    void showPersonInWorkspace(const QString &personId);
    /** File ▸ Start page (Alt+Home): the day, read again, in place of the person shown (who stays loaded). */
    void showStartPage();
    void showWorkspacePage();
    /** A start page item: the person at the tab the item is about, or the vault-wide view it needs. */
    void openFromStartPage(const QString &personId, DigestTarget target);
    /** A bundle or taxonomy import changed vault data: drop the cached matching context, note extractor
     * and forms, so they are read again when next needed. */
    void dropImportedDataCaches();
    void exportCaseload();
    void manageDevices();
    void showConflicts();
    void showQuarantine();
    void offerReceipt(const ImportSummary &summary);
    /** Starts the idle lock again after a pause for work that must not be locked under, if still unlocked. */
    void resumeIdleLock();
    void showAbout();
    void updateStatus();
    void updateActions();
    QString personNoun() const;

    /** The unlocked vault's services (taxonomy, extractor, forms, matching); null while locked. */
    VaultServices *services() const;
    /** The matching context, for the views that take a loader function. */
    Result<std::shared_ptr<const MatchingContext>> matchingContext() const;

    VaultSession &m_session;
    Settings &m_settings;
    QStackedWidget *m_pages;
    WelcomePage *m_welcome;
    UnlockPage *m_unlock;
    QSplitter *m_work = nullptr;
    CaseloadPanel *m_caseload = nullptr;
    QPointer<PersonWorkspace> m_workspace;
    // The right-hand side: the start page, or the person's workspace.
    QStackedWidget *m_right = nullptr;
    QPointer<StartPage> m_startPage;
    IdleLockTimer *m_idle;
    QTimer m_statusTimer;
    QLabel *m_vaultLabel;
    QLabel *m_settingLabel;
    QLabel *m_lockLabel;
    // Shown while the vault opened on a full disk: it reads, but changes can't be saved.
    QLabel *m_fullDiskLabel;
    BackupReminderBanner *m_backupReminder;
    // Page names only (never values): what the last lock could not save, said after the next unlock.
    QStringList m_notSavedAtLock;

    QAction *m_newPerson = nullptr;
    QAction *m_showStartPage = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_find = nullptr;
    QAction *m_exportPerson = nullptr;
    QAction *m_changePassphrase = nullptr;
    QAction *m_backup = nullptr;
    QAction *m_checkIntegrity = nullptr;
    QAction *m_importBundle = nullptr;
    QAction *m_trustedKeys = nullptr;
    QAction *m_exportCaseload = nullptr;
    QAction *m_devices = nullptr;
    QAction *m_conflicts = nullptr;
    QAction *m_quarantine = nullptr;
    QAction *m_taxonomy = nullptr;
    QAction *m_vacancyReport = nullptr;
    QAction *m_suggestionReport = nullptr;
    QAction *m_reports = nullptr;
    QAction *m_partners = nullptr;
    QAction *m_youthGuarantee = nullptr;
    QAction *m_employers = nullptr;
    QAction *m_outreachSession = nullptr;
    QAction *m_vacancies = nullptr;
};
