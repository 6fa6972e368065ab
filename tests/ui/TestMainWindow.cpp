#include "model/caseload/CaseListModel.h"
#include "model/core/Settings.h"
#include "model/crypto/KeySlot.h"
#include "model/session/VaultSession.h"
#include "model/vault/Database.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/caseload/CaseloadPanel.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordForm.h"
#include "ui/caseload/RecordFormPage.h"
#include "ui/caseload/RecordListPage.h"
#include "ui/shell/CreateVaultDialog.h"
#include "ui/shell/IdleLockTimer.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/PersonWorkspace.h"
#include "ui/shell/UnlockPage.h"
#include "ui/sync/ImportBundleDialog.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
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
    void typingOutsideTheCaseloadLeavesSearchAlone();
    void tabbingIntoCaseloadOpensNobody();
    void caseloadShowsWholeNamesAndEveryColumn();
    void returnPressesFocusedButton();
    void lockHidesEverything();
    void wrongPassphraseKeepsLockedAndUnchanged();
    void unlocksWithPassphrase();
    void unlockSaysWhenTheAuditLogWasCut();
    void locksWhenIdle();
    void lockClosesOpenDialogs();
    void finishedImportDoesNotPauseTheLock();
    void switchingPersonAsksAboutUnsavedChanges();
    void quittingAsksAboutUnsavedChanges();
    void lockingAsksAboutUnsavedChanges();
    void idleLockSavesWhatValidatesAndSaysWhatDidNot();
    void idleLockSavesAnOpenRecordEditor();
    void statusBarShowsVaultAndSetting();
    void lockLabelStatesTheSetting();
    void exportPersonNeedsSomeoneOpen();
    void fullDiskSaysChangesCannotBeSaved();

private:
    void openWindow();
    QString personAt(int row) const;
    QLineEdit *hoursEdit() const;
    RecordStore &store() const { return m_session->vault()->records(); }
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

void TestMainWindow::typingOutsideTheCaseloadLeavesSearchAlone()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    m_window->caseloadPanel()->selectPerson(view->model()->index(0, 0).data(CaseListModel::PersonIdRole).toString());
    QVERIFY(!m_window->workspace()->personId().isEmpty());
    // A click that missed a field leaves focus on something that takes no text, here the workspace's tabs.
    QWidget *tabs = m_window->workspace()->tabs()->tabBar();
    tabs->setFocus();
    QTRY_VERIFY(tabs->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), "Demo coach");
    auto *search = m_window->findChild<QLineEdit *>("searchEdit");
    QVERIFY2(search->text().isEmpty(), qPrintable(search->text()));
    QCOMPARE(view->model()->rowCount(), 3);
    QVERIFY(!m_window->workspace()->personId().isEmpty());
}

void TestMainWindow::tabbingIntoCaseloadOpensNobody()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    QVERIFY(m_window->workspace()->personId().isEmpty());
    view->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(view->hasFocus());
    QVERIFY(view->currentIndex().isValid());
    QVERIFY(m_window->workspace()->personId().isEmpty());

    // An arrow key chooses a row, and that opens the person.
    QTest::keyClick(view, Qt::Key_Down);
    const QString chosen = view->currentIndex().data(CaseListModel::PersonIdRole).toString();
    QVERIFY(!chosen.isEmpty());
    QCOMPARE(m_window->workspace()->personId(), chosen);
}

void TestMainWindow::caseloadShowsWholeNamesAndEveryColumn()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    // A long name of the kind that was cut to "Ahmed, …", with an NI number, a postcode and an appointment.
    auto id = m_session->vault()->records().createPerson({{"given_name", "Oluwaseun"},
                                                          {"family_name", "Featherstonehaugh"},
                                                          {"ni_number", "AB123457C"},
                                                          {"postcode", "CF10 1EP"}});
    QVERIFY(id);
    QVERIFY(m_session->vault()->records().add(
        id.value(),
        "appointment",
        {{"starts_at", QDate::currentDate().addDays(3).toString("yyyy-MM-dd 10:30")}, {"status", "planned"}}));
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    auto *splitter = m_window->findChild<QSplitter *>("workSplitter");
    QVERIFY(view && splitter);
    // QTableView hides the measure that QAbstractItemView makes public.
    const auto wanted = [view](int column) {
        return static_cast<QAbstractItemView *>(view)->sizeHintForColumn(column);
    };
    QTRY_VERIFY(view->columnWidth(CaseListModel::NameColumn) >= wanted(CaseListModel::NameColumn));
    const int columns = view->model()->columnCount();
    for (int c = 0; c < columns; ++c) {
        QVERIFY2(view->columnWidth(c) >= wanted(c), qPrintable(QString::number(c)));
        // Nothing is pushed off to the right.
        QVERIFY2(view->columnViewportPosition(c) + view->columnWidth(c) <= view->viewport()->width(),
                 qPrintable(QString::number(c)));
    }
    // The splitter between list and workspace can be seen and caught.
    QVERIFY(splitter->handleWidth() >= 6);
    QVERIFY(!splitter->childrenCollapsible());
}

void TestMainWindow::returnPressesFocusedButton()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // Any button on a workspace page, as "Start the form" is: outside a dialog, Qt alone presses it on Space only.
    auto *button = new QPushButton(QStringLiteral("Start"));
    m_window->statusBar()->addWidget(button);
    button->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(button->hasFocus());
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    QTest::keyClick(button, Qt::Key_Return);
    QTRY_COMPARE(clicked.count(), 1);
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

void TestMainWindow::lockClosesOpenDialogs()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    m_window->caseloadPanel()->selectPerson(view->model()->index(0, 0).data(CaseListModel::PersonIdRole).toString());
    QPointer<QDialog> modeless = new QDialog(m_window.get());
    modeless->show();
    // Only for the old behaviour, so the test ends: closes the box if the lock left it open.
    bool leftOpen = false;
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, this, [&] {
        leftOpen = true;
        if (auto *box = m_window->findChild<QMessageBox *>())
            box->reject();
    });
    watchdog.start(5000);
    m_window->idleTimer()->setTimeoutMillis(200);
    // Modal: this returns only once the box is closed, here by the lock.
    MessageBox::question(m_window.get(), "A question", "Is this the right address?");
    QVERIFY(!leftOpen);
    QVERIFY(!m_session->isUnlocked());
    QCOMPARE(currentPage(), QStringLiteral("unlockPage"));
    QVERIFY(!modeless || !modeless->isVisible());
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (qobject_cast<QDialog *>(window))
            QVERIFY2(!window->isVisible(), qPrintable(window->metaObject()->className()));
    }
    delete modeless.data();
}

void TestMainWindow::finishedImportDoesNotPauseTheLock()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    bool lockedOverResult = false;
    // Connected before the window is made, so this sees the dialog before the lock closes it.
    QObject listening; // the connection goes with the test
    connect(m_session.get(), &VaultSession::aboutToLock, &listening, [&] {
        auto *dialog = m_window ? m_window->findChild<ImportBundleDialog *>() : nullptr;
        lockedOverResult =
            dialog && dialog->isVisible() && dialog->findChild<QPushButton *>("closeButton")->isVisible();
    });
    openWindow();
    // Not a bundle: the import ends at once and its dialog stays open with the reason.
    const QString path = Fixtures::fileIn(*m_dir, "not-a-bundle.wmbundle", "not a bundle");
    FileDialog::setNextFileName(path);
    // Only for the old behaviour, so the test ends: closes the dialog if the lock never came.
    QTimer watchdog;
    watchdog.setSingleShot(true);
    connect(&watchdog, &QTimer::timeout, this, [&] {
        if (auto *dialog = m_window->findChild<ImportBundleDialog *>())
            dialog->reject();
    });
    watchdog.start(5000);
    m_window->idleTimer()->setTimeoutMillis(300);
    // Modal: returns once the dialog is closed.
    m_window->findChild<QAction *>("importBundleAction")->trigger();
    QVERIFY(lockedOverResult);
    QVERIFY(!m_session->isUnlocked());
    QCOMPARE(currentPage(), QStringLiteral("unlockPage"));
    QVERIFY(!m_window->idleTimer()->isActive());
}

QString TestMainWindow::personAt(int row) const
{
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    return view->model()->index(row, 0).data(CaseListModel::PersonIdRole).toString();
}

QLineEdit *TestMainWindow::hoursEdit() const
{
    m_window->workspace()->tabs()->setCurrentIndex(PersonWorkspace::CircumstancesTab);
    return m_window->workspace()->circumstancesPage()->findChild<QLineEdit *>("hours_available");
}

void TestMainWindow::switchingPersonAsksAboutUnsavedChanges()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    const QString first = personAt(0);
    const QString second = personAt(1);
    m_window->caseloadPanel()->selectPerson(first);
    QCOMPARE(m_window->workspace()->personId(), first);
    QTest::keyClicks(hoursEdit(), "20");

    // Cancel stays on the person, with the change and the list's selection as they were.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    m_window->caseloadPanel()->selectPerson(second);
    QVERIFY2(MessageBox::lastText().contains("Circumstances"), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->workspace()->personId(), first);
    QCOMPARE(hoursEdit()->text(), QStringLiteral("20"));
    QTRY_COMPARE(m_window->caseloadPanel()->selectedPersonId(), first);
    QVERIFY(store().single(first, Kinds::Circumstances)->value("hours_available").isEmpty());

    // Save changes saves them, then moves on.
    MessageBox::setNextAnswer(QMessageBox::Save);
    m_window->caseloadPanel()->selectPerson(second);
    QCOMPARE(m_window->workspace()->personId(), second);
    QCOMPARE(store().single(first, Kinds::Circumstances)->value("hours_available"), QStringLiteral("20"));

    // Discard changes drops them, then moves on.
    QTest::keyClicks(hoursEdit(), "16");
    MessageBox::setNextAnswer(QMessageBox::Discard);
    m_window->caseloadPanel()->selectPerson(first);
    QCOMPARE(m_window->workspace()->personId(), first);
    QVERIFY(store().single(second, Kinds::Circumstances)->value("hours_available").isEmpty());
    QCOMPARE(hoursEdit()->text(), QStringLiteral("20"));

    // A change that does not validate is not saved, and the workspace stays on it with the problem shown.
    hoursEdit()->clear();
    QTest::keyClicks(hoursEdit(), "200");
    MessageBox::setNextAnswer(QMessageBox::Save);
    m_window->caseloadPanel()->selectPerson(second);
    QCOMPARE(m_window->workspace()->personId(), first);
    QCOMPARE(hoursEdit()->text(), QStringLiteral("200"));
    QCOMPARE(m_window->workspace()->tabs()->currentIndex(), int(PersonWorkspace::CircumstancesTab));
}

void TestMainWindow::quittingAsksAboutUnsavedChanges()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    const QString first = personAt(0);
    m_window->caseloadPanel()->selectPerson(first);
    QTest::keyClicks(hoursEdit(), "20");

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_session->isUnlocked());
    QVERIFY(m_window->isVisible());
    QCOMPARE(hoursEdit()->text(), QStringLiteral("20"));

    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_window->close());
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    QCOMPARE(store().single(first, Kinds::Circumstances)->value("hours_available"), QStringLiteral("20"));
}

void TestMainWindow::lockingAsksAboutUnsavedChanges()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    const QString first = personAt(0);
    m_window->caseloadPanel()->selectPerson(first);
    QTest::keyClicks(hoursEdit(), "20");

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(m_session->isUnlocked());
    QCOMPARE(hoursEdit()->text(), QStringLiteral("20"));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::Key_L));
    QVERIFY(!m_session->isUnlocked());
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    QVERIFY(store().single(first, Kinds::Circumstances)->value("hours_available").isEmpty());
}

void TestMainWindow::idleLockSavesWhatValidatesAndSaysWhatDidNot()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    const QString first = personAt(0);
    m_window->caseloadPanel()->selectPerson(first);
    // Valid: saved by the lock, with nobody there to ask.
    QTest::keyClicks(hoursEdit(), "20");
    m_window->workspace()->tabs()->setCurrentIndex(PersonWorkspace::NotesTab);
    QTest::keyClicks(m_window->workspace()->findChild<QPlainTextEdit *>("noteEdit"), "Rang about the interview.");
    m_window->idleTimer()->setTimeoutMillis(150);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isUnlocked(), 5000);
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    QCOMPARE(store().single(first, Kinds::Circumstances)->value("hours_available"), QStringLiteral("20"));
    const auto notes = store().list(first, Kinds::Note);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().value("text"), QStringLiteral("Rang about the interview."));

    // Not valid: it cannot be kept, and the next unlock says which page lost a change.
    m_window->caseloadPanel()->selectPerson(first);
    hoursEdit()->clear();
    QTest::keyClicks(hoursEdit(), "200");
    m_window->idleTimer()->setTimeoutMillis(150);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isUnlocked(), 5000);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::keyClicks(m_window->findChild<QLineEdit *>("passphraseEdit"), "correct horse battery staple");
    QTest::mouseClick(m_window->findChild<QPushButton *>("unlockButton"), Qt::LeftButton);
    QVERIFY(m_session->isUnlocked());
    QVERIFY2(MessageBox::lastText().contains("Circumstances"), qPrintable(MessageBox::lastText()));
    QCOMPARE(store().single(first, Kinds::Circumstances)->value("hours_available"), QStringLiteral("20"));
}

void TestMainWindow::idleLockSavesAnOpenRecordEditor()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    const QString first = personAt(0);
    m_window->caseloadPanel()->selectPerson(first);
    m_window->workspace()->tabs()->setCurrentIndex(PersonWorkspace::WorkTab);
    RecordListPage *page = m_window->workspace()->listPage(Kinds::WorkHistory);
    page->addRecord();
    QPointer<RecordEditDialog> dialog = page->openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTest::keyClicks(dialog->form()->findChild<QLineEdit *>("job_title"), "Warehouse operative");
    m_window->idleTimer()->setTimeoutMillis(150);
    QTRY_VERIFY_WITH_TIMEOUT(!m_session->isUnlocked(), 5000);
    QVERIFY(!dialog || !dialog->isVisible());
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    const auto jobs = store().list(first, Kinds::WorkHistory);
    QCOMPARE(jobs->size(), 1);
    QCOMPARE(jobs->first().value("job_title"), QStringLiteral("Warehouse operative"));
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

void TestMainWindow::lockLabelStatesTheSetting()
{
    m_settings->setValue(Settings::Key::AutoLockMinutes, 5);
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    auto *label = m_window->findChild<QLabel *>("lockLabel");
    // No translator is loaded here, so the plural is still the source's "minute(s)".
    QVERIFY2(label->text().startsWith("Unlocked: locks after 5 minute"), qPrintable(label->text()));
    QVERIFY(m_window->idleTimer()->remainingMillis() <= 5 * 60 * 1000);
    // Paused (as while an import runs) is said as such, not as "0 minutes".
    m_window->idleTimer()->stop();
    QCOMPARE(label->text(), QStringLiteral("Unlocked: automatic lock paused"));
}

void TestMainWindow::exportPersonNeedsSomeoneOpen()
{
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    openWindow();
    auto *exportPerson = m_window->findChild<QAction *>("exportPersonAction");
    QVERIFY(exportPerson);
    QVERIFY(!exportPerson->isEnabled());
    // The vault's own word for the people in it.
    QVERIFY2(exportPerson->text().contains("claimant"), qPrintable(exportPerson->text()));
    auto *view = m_window->findChild<QTableView *>("caseloadView");
    view->setCurrentIndex(view->model()->index(0, 0));
    QVERIFY(!m_window->workspace()->personId().isEmpty());
    QVERIFY(exportPerson->isEnabled());
}

void TestMainWindow::fullDiskSaysChangesCannotBeSaved()
{
    const auto spaceReturns = qScopeGuard([] { Database::simulateFullDisk(false); });
    Database::simulateFullDisk(true);
    QVERIFY(m_session->unlock(Fixtures::passphrase())); // a full disk still opens the vault
    openWindow();
    QCOMPARE(currentPage(), QStringLiteral("workSplitter"));
    QCOMPARE(m_window->findChild<QTableView *>("caseloadView")->model()->rowCount(), 3);
    auto *banner = m_window->findChild<QLabel *>("fullDiskLabel");
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains("changes can't be saved"));

    m_session->lock();
    Database::simulateFullDisk(false);
    QVERIFY(m_session->unlock(Fixtures::passphrase()));
    QTRY_VERIFY(!banner->isVisible());
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
