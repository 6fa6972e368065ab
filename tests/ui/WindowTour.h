#pragma once

#include "model/core/Settings.h"
#include "model/session/VaultSession.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/shell/StartPage.h"
#include "ui/shell/UnlockPage.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

#include "../support/Fixtures.h"

/**
 * Shows a test every window a coach meets: the main window on its welcome page, on the lock screen and unlocked with
 * a person open on each tab, and every dialog its menus and the person workspace open. A check sees each one shown,
 * as a screen reader or the keyboard would, under a name that says where it is ("tab Circumstances", "dialog Add a
 * claimant"). Used by the accessible-name and mnemonic tests, so both cover the same windows.
 */
class WindowTour
{
public:
    using Check = std::function<void(const QString &where, QWidget *window)>;

    WindowTour()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto vault = Fixtures::create(m_dir);
        QVERIFY(vault);
        QVERIFY(vault->records().createPerson({{"given_name", "Siân"},
                                               {"family_name", "Evans"},
                                               {"preferred_language", "cy"},
                                               {"date_of_birth", "1990-04-01"},
                                               {"postcode", "CF10 1AA"}}));
        // Something on the start page, so its lists are shown and checked too.
        const QString person = vault->records().caseload().value().first().id;
        QVERIFY(vault->records()
                    .add(person,
                         Kinds::Appointment,
                         {{"starts_at", QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(" 23:59")},
                          {"status", "planned"}})
                    .ok());
        vault.reset();
        m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")), nullptr);
    }

    ~WindowTour()
    {
        m_window.reset();
        m_session.reset();
    }

    /** The welcome page (no vault yet) and the lock screen. */
    void visitLockedPages(const Check &check)
    {
        openWindow(QString());
        check(QStringLiteral("welcome page"), m_window.get());
        openWindow(Fixtures::pathIn(m_dir));
        check(QStringLiteral("lock screen"), m_window.get());
    }

    /** The unlocked window on its start page (the day beside the caseload), as it first shows after unlocking. */
    void visitStartPage(const Check &check)
    {
        openWindow(Fixtures::pathIn(m_dir));
        QVERIFY(m_session->unlock(Fixtures::passphrase()));
        QApplication::processEvents();
        QVERIFY(m_window->startPage() && m_window->startPage()->isVisible());
        check(QStringLiteral("start page"), m_window.get());
    }

    /** The unlocked window with the person open, once on each workspace tab. */
    void visitWorkspaceTabs(const Check &check)
    {
        if (!openPerson())
            return;
        auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("workspaceTabs"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QApplication::processEvents();
            check(QStringLiteral("tab ") + tabs->tabText(i).remove(QLatin1Char('&')), m_window.get());
        }
    }

    /**
     * Every dialog the unlocked window opens from its menus, and the erasure and suggestions dialogs, each closed
     * after the check.
     */
    void visitDialogs(const Check &check)
    {
        if (!openPerson())
            return;
        auto *erase = m_window->findChild<QPushButton *>(QStringLiteral("erasePersonButton"));
        QVERIFY(erase);
        QVERIFY(inspectDialog([erase] { erase->click(); }, check));
        auto *suggestions = m_window->findChild<QPushButton *>(QStringLiteral("suggestionHistoryButton"));
        QVERIFY(suggestions);
        QVERIFY(inspectDialog([suggestions] { suggestions->click(); }, check));
        // Creating a vault locks this one, so it comes last.
        for (const char *name :
             {"newPersonAction",    "settingsAction",       "vacanciesAction",        "changePassphraseAction",
              "taxonomyAction",     "trustedKeysAction",    "exportCaseloadAction",   "devicesAction",
              "conflictsAction",    "quarantineAction",     "suggestionReportAction", "reportsAction",
              "partnersAction",     "youthGuaranteeAction", "outreachSessionAction",  "employersAction",
              "transparencyAction", "leafletAction",        "restoreBackupAction",    "createVaultAction"}) {
            auto *action = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            // Finding people for a vacancy waits for imported vacancies; the dialog has its own test.
            if (QLatin1String(name) == QLatin1String("vacanciesAction") && !action->isEnabled())
                continue;
            QVERIFY2(inspectDialog([action] { action->trigger(); }, check), name);
        }
    }

    /**
     * Runs `open`, which shows a dialog (modally or not); checks the dialog while it is shown, then closes it.
     * False when no dialog appeared.
     */
    static bool inspectDialog(const std::function<void()> &open, const Check &check)
    {
        const QWidgetList before = QApplication::topLevelWidgets();
        bool seen = false;
        const auto inspect = [&seen, &check](QWidget *dialog) {
            seen = true;
            check(QStringLiteral("dialog ") + dialog->windowTitle(), dialog);
            if (auto *modal = qobject_cast<QDialog *>(dialog))
                modal->reject();
            else
                dialog->close();
        };
        QTimer poll;
        poll.setInterval(10);
        QObject::connect(&poll, &QTimer::timeout, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (modal && !before.contains(modal) && modal->isVisible()) {
                poll.stop();
                inspect(modal);
            }
        });
        poll.start();
        open();
        poll.stop();
        if (!seen) {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                if (!before.contains(widget) && widget->isVisible() && qobject_cast<QDialog *>(widget)) {
                    inspect(widget);
                    break;
                }
            }
        }
        return seen;
    }

    MainWindow *window() const { return m_window.get(); }

private:
    void openWindow(const QString &path)
    {
        m_window.reset();
        m_session = std::make_unique<VaultSession>();
        if (!path.isEmpty())
            m_session->setPath(path);
        m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
        m_window->findChild<UnlockPage *>()->setBackoffEnabled(false);
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    bool openPerson()
    {
        openWindow(Fixtures::pathIn(m_dir));
        if (!m_session->unlock(Fixtures::passphrase()))
            return false;
        auto *view = m_window->findChild<QTableView *>(QStringLiteral("caseloadView"));
        if (!view || view->model()->rowCount() != 1)
            return false;
        view->setCurrentIndex(view->model()->index(0, 0));
        QTest::keyClick(view, Qt::Key_Return);
        // Something typed in the search box shows its clear button, which needs a name too.
        QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("searchEdit")), QStringLiteral("Evans"));
        return !m_window->workspace()->personId().isEmpty();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};
