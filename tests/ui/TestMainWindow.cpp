#include "model/caseload/CaseListModel.h"
#include "model/core/Settings.h"
#include "model/crypto/KeySlot.h"
#include "model/session/VaultSession.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/caseload/CaseloadPanel.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordForm.h"
#include "ui/shell/CreateVaultDialog.h"
#include "ui/shell/IdleLockTimer.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/shell/UnlockPage.h"
#include "ui/widgets/MessageBox.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "../support/Fixtures.h"

/** The main window's flows: create a vault, find people by typing, lock, unlock, wrong passphrase, idle lock. */
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void createVaultChecksPassphrase();
    void findsPersonByTyping();
    void addsPersonWithShortcutAndFindsThem();
    void typingAnywhereGoesToSearch();
    void lockHidesEverything();
    void wrongPassphraseKeepsLockedAndUnchanged();
    void unlocksWithPassphrase();
    void unlockSaysWhenTheAuditLogWasCut();
    void locksWhenIdle();
    void statusBarShowsVaultAndSetting();

private:
    void openWindow();
    QString currentPage() const;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<VaultSession> m_session;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    {
        auto vault = Fixtures::create(*m_dir);
        QVERIFY(vault);
        auto &store = vault->records();
        QVERIFY(store.createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}, {"ni_number", "AB123456C"}}));
        QVERIFY(store.createPerson({{"given_name", "Tom"}, {"family_name", "Hale"}, {"postcode", "LS1 4AP"}}));
        QVERIFY(store.createPerson({{"given_name", "Dafydd"}, {"family_name", "Price"}}));
    }
    m_settings = std::make_unique<Settings>(m_dir->filePath("settings.ini"), nullptr);
    m_session = std::make_unique<VaultSession>();
    m_session->setPath(Fixtures::pathIn(*m_dir));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestMainWindow::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->findChild<UnlockPage *>()->setBackoffEnabled(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestMainWindow::currentPage() const
{
    return m_window->findChild<QStackedWidget *>("pages")->currentWidget()->objectName();
}

void TestMainWindow::createVaultChecksPassphrase()
{
    VaultSession session;
    CreateVaultDialog dialog(session, m_dir->path());
    dialog.setKdf(KdfParams::minimum());
    dialog.findChild<QLineEdit *>("vaultNameEdit")->setText("Cardiff caseload");
    dialog.findChild<QRadioButton *>("settingGpPractice")->setChecked(true);
    auto *passphrase = dialog.findChild<QLineEdit *>("passphraseEdit");
    auto *confirm = dialog.findChild<QLineEdit *>("confirmEdit");

    QTest::keyClicks(passphrase, "short");
    QTest::keyClicks(confirm, "short");
    dialog.accept();
    QVERIFY(!session.isUnlocked());
    QVERIFY(dialog.findChild<QLabel *>("passphraseError")->isVisibleTo(&dialog));

    passphrase->setText("copper kettle lantern heron");
    confirm->setText("copper kettle lantern herring");
    dialog.accept();
    QVERIFY(!session.isUnlocked());
    QVERIFY(dialog.findChild<QLabel *>("confirmError")->isVisibleTo(&dialog));

    confirm->setText("copper kettle lantern heron");
    dialog.accept();
    QVERIFY(session.isUnlocked());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.createdPath().endsWith("Cardiff caseload.waymark"));
    QCOMPARE(session.vault()->setting(), VaultSetting::GpPractice);
    session.lock();
    QVERIFY(Vault::open(dialog.createdPath(), Fixtures::passphrase("copper kettle lantern heron")));
}

void TestMainWindow::findsPersonByTyping()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    QCOMPARE(currentPage(), QStringLiteral("workSplitter"));
    auto *search = m_window->findChild<QLineEdit *>("searchEdit");
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    QCOMPARE(view->model()->rowCount(), 3);
    QTest::keyClicks(search, "sian");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Evans, Siân"));
    search->clear();
    QTest::keyClicks(search, "ls1");
    QCOMPARE(view->model()->rowCount(), 1);
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(view->currentIndex().row(), 0);
    QVERIFY(m_window->workspace()->isEnabled());
    QVERIFY(!m_window->workspace()->personId().isEmpty());
}

void TestMainWindow::addsPersonWithShortcutAndFindsThem()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = m_window->findChild<RecordEditDialog *>();
        QVERIFY(dialog);
        // QTest types ASCII only; the accented name is set as an input method would.
        dialog->form()->findChild<QLineEdit *>("given_name")->setText(QString::fromUtf8("Gwenllïan"));
        QTest::keyClicks(dialog->form()->findChild<QLineEdit *>("family_name"), "Rhys");
        QTest::keyClick(dialog->form()->findChild<QLineEdit *>("family_name"), Qt::Key_Return);
        filled = true;
    });
    QTest::keySequence(m_window.get(), QKeySequence::New);
    QVERIFY(filled);
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    QCOMPARE(m_session->caseload()->rowCount(), 4);
    auto *search = m_window->findChild<QLineEdit *>("searchEdit");
    search->clear();
    QTest::keyClicks(search, "gwenllian");
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 0).data().toString(), QString::fromUtf8("Rhys, Gwenllïan"));
    QVERIFY(!m_window->workspace()->personId().isEmpty());
}

void TestMainWindow::typingAnywhereGoesToSearch()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    // The first key goes from the table to the search box; the rest follow the focus, as a person's typing does.
    QTest::keyClick(view, 'd');
    QTest::keyClicks(QApplication::focusWidget(), "af");
    auto *search = m_window->findChild<QLineEdit *>("searchEdit");
    QCOMPARE(search->text(), QStringLiteral("daf"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMainWindow::lockHidesEverything()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    QTest::keyClicks(m_window->findChild<QLineEdit *>("searchEdit"), "Evans");
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(!m_session->isUnlocked());
    QCOMPARE(currentPage(), QStringLiteral("unlockPage"));
    QVERIFY(!m_window->findChild<QTableView *>("caseloadView"));
    QCOMPARE(m_session->caseload()->rowCount(), 0);
    for (const QLabel *label : m_window->findChildren<QLabel *>())
        QVERIFY2(!label->text().contains("Evans") && !label->text().contains("Siân"), qPrintable(label->text()));
    for (const QLineEdit *edit : m_window->findChildren<QLineEdit *>())
        QVERIFY(!edit->text().contains("Evans"));
}

void TestMainWindow::wrongPassphraseKeepsLockedAndUnchanged()
{
    openWindow();
    QCOMPARE(currentPage(), QStringLiteral("unlockPage"));
    const QByteArray before = Fixtures::folderDigest(Fixtures::pathIn(*m_dir));
    auto *passphrase = m_window->findChild<QLineEdit *>("passphraseEdit");
    QTest::keyClicks(passphrase, "not the passphrase");
    QTest::keyClick(passphrase, Qt::Key_Return);
    QVERIFY(!m_session->isUnlocked());
    auto *error = m_window->findChild<QLabel *>("unlockError");
    QVERIFY(error->isVisibleTo(m_window.get()));
    QVERIFY(error->text().contains("Passphrase incorrect"));
    QVERIFY(passphrase->text().isEmpty());
    QCOMPARE(Fixtures::folderDigest(Fixtures::pathIn(*m_dir)), before);
}

void TestMainWindow::unlocksWithPassphrase()
{
    openWindow();
    auto *passphrase = m_window->findChild<QLineEdit *>("passphraseEdit");
    QTest::keyClicks(passphrase, "correct horse battery staple");
    QTest::mouseClick(m_window->findChild<QPushButton *>("unlockButton"), Qt::LeftButton);
    QVERIFY(m_session->isUnlocked());
    QCOMPARE(currentPage(), QStringLiteral("workSplitter"));
    QCOMPARE(m_window->findChild<QTableView *>("caseloadView")->model()->rowCount(), 3);
    QCOMPARE(m_settings->value(Settings::Key::LastVaultPath).toString(), m_session->path());
}

void TestMainWindow::unlockSaysWhenTheAuditLogWasCut()
{
    // Entries removed from the end while the vault was closed, with the key and the delete trigger put back.
    {
        const QString path = Fixtures::pathIn(*m_dir);
        auto key = KeySlot::unwrap(Vault::slotPath(path), Fixtures::passphrase());
        QVERIFY(key);
        auto db = Database::open(Vault::databasePath(path), key.value(), false);
        QVERIFY(db);
        QVERIFY(db.value()->exec("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq > 2; "
                                 "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
                                 "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;"));
    }
    openWindow();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClicks(m_window->findChild<QLineEdit *>("passphraseEdit"), "correct horse battery staple");
    QTest::mouseClick(m_window->findChild<QPushButton *>("unlockButton"), Qt::LeftButton);
    QVERIFY(m_session->isUnlocked());
    QCOMPARE(currentPage(), QStringLiteral("workSplitter"));
    QVERIFY2(MessageBox::lastText().contains("entries after entry 2 were removed"), qPrintable(MessageBox::lastText()));
}

void TestMainWindow::locksWhenIdle()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    m_window->idleTimer()->setTimeoutMillis(100);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isUnlocked(), 5000);
    QCOMPARE(currentPage(), QStringLiteral("unlockPage"));
}

void TestMainWindow::statusBarShowsVaultAndSetting()
{
    openWindow();
    QCOMPARE(m_window->findChild<QLabel *>("vaultLabel")->text(), QStringLiteral("Vault: test"));
    QCOMPARE(m_window->findChild<QLabel *>("lockLabel")->text(), QStringLiteral("Locked"));
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    QCOMPARE(m_window->findChild<QLabel *>("settingLabel")->text(), QStringLiteral("Work coach"));
    QVERIFY(m_window->findChild<QLabel *>("lockLabel")->text().startsWith("Unlocked"));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
