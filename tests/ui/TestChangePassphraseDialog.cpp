#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"
#include "ui/shell/ChangePassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Changing the passphrase: only with the right current one and a strong new one typed twice; else nothing changes. */
class TestChangePassphraseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void changesOnlyWhenEverythingIsRight_data();
    void changesOnlyWhenEverythingIsRight();
    void fieldsHidePassphrases();
    void isBuiltFromItsForm();

private:
    static void type(ChangePassphraseDialog &dialog, const char *name, const QString &text);
    static void clickChange(ChangePassphraseDialog &dialog);
    bool opensWith(const char *passphrase);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

namespace
{
    const char *const Current = "correct horse battery staple";
    const char *const Strong = "violet anchor pumpkin glacier lantern";
} // namespace

void TestChangePassphraseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestChangePassphraseDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
}

void TestChangePassphraseDialog::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestChangePassphraseDialog::type(ChangePassphraseDialog &dialog, const char *name, const QString &text)
{
    auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
    QVERIFY(edit);
    edit->clear();
    QTest::keyClicks(edit, text);
}

void TestChangePassphraseDialog::clickChange(ChangePassphraseDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    for (QAbstractButton *button : buttons->buttons()) {
        if (buttons->buttonRole(button) == QDialogButtonBox::AcceptRole) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    QFAIL("no Change passphrase button");
}

bool TestChangePassphraseDialog::opensWith(const char *passphrase)
{
    m_vault.reset();
    auto opened = Vault::open(Fixtures::pathIn(*m_dir), Fixtures::passphrase(passphrase));
    if (!opened)
        return false;
    m_vault = std::move(opened).value();
    return true;
}

void TestChangePassphraseDialog::changesOnlyWhenEverythingIsRight_data()
{
    QTest::addColumn<QString>("current");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("confirm");
    QTest::addColumn<bool>("changed");
    QTest::addColumn<QString>("errorPart");
    QTest::addRow("all right") << Current << Strong << Strong << true << QString();
    QTest::addRow("weak new passphrase") << Current << "abc"
                                         << "abc" << false << "stronger";
    QTest::addRow("confirmation differs") << Current << Strong << QString(Strong) + "x" << false << "different";
    QTest::addRow("wrong current passphrase") << "not the passphrase" << Strong << Strong << false << QString();
}

void TestChangePassphraseDialog::changesOnlyWhenEverythingIsRight()
{
    QFETCH(QString, current);
    QFETCH(QString, next);
    QFETCH(QString, confirm);
    QFETCH(bool, changed);
    QFETCH(QString, errorPart);
    {
        ChangePassphraseDialog dialog(*m_vault);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog, "currentEdit", current);
        type(dialog, "newEdit", next);
        type(dialog, "confirmEdit", confirm);
        clickChange(dialog);

        auto *error = dialog.findChild<QLabel *>("changeError");
        QVERIFY(error);
        QCOMPARE(dialog.result(), changed ? int(QDialog::Accepted) : int(QDialog::Rejected));
        QCOMPARE(dialog.isVisible(), !changed);
        QCOMPARE(error->isVisibleTo(&dialog), !changed);
        if (!changed) {
            QVERIFY(!error->text().isEmpty());
            QCOMPARE(error->accessibleName().isEmpty(), false);
            QVERIFY2(error->text().contains(errorPart), qPrintable(error->text()));
        }
    }
    if (changed) {
        auto entries = m_vault->audit().entries();
        QVERIFY(entries);
        QCOMPARE(entries->first().action, QString(AuditAction::PassphraseChange));
    }
    QCOMPARE(opensWith(Strong), changed);
    QCOMPARE(opensWith(Current), !changed);
}

void TestChangePassphraseDialog::fieldsHidePassphrases()
{
    ChangePassphraseDialog dialog(*m_vault);
    for (const char *name : {"currentEdit", "newEdit", "confirmEdit"}) {
        auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(name));
        QVERIFY(edit);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QVERIFY(!edit->accessibleName().isEmpty());
        QVERIFY(!edit->accessibleName().contains('&'));
    }
}

void TestChangePassphraseDialog::isBuiltFromItsForm()
{
    ChangePassphraseDialog dialog(*m_vault);
    QCOMPARE(dialog.objectName(), QString("changePassphraseDialog"));
    // Every object ChangePassphraseDialog.ui declares: the names are an API for tests and accessibility tools.
    for (const char *name : {"dialogLayout",
                             "passphraseForm",
                             "currentLabel",
                             "currentEdit",
                             "newLabel",
                             "newEdit",
                             "strengthMeter",
                             "confirmLabel",
                             "confirmEdit",
                             "changeError",
                             "buttonBox"})
        QVERIFY2(dialog.findChild<QObject *>(QLatin1String(name)), name);
    const struct
    {
        const char *label;
        const char *edit;
    } buddies[] = {{"currentLabel", "currentEdit"}, {"newLabel", "newEdit"}, {"confirmLabel", "confirmEdit"}};
    for (const auto &pair : buddies) {
        auto *label = dialog.findChild<QLabel *>(QLatin1String(pair.label));
        QVERIFY(label);
        QCOMPARE(label->buddy(), dialog.findChild<QLineEdit *>(QLatin1String(pair.edit)));
    }
}

QTEST_MAIN(TestChangePassphraseDialog)
#include "TestChangePassphraseDialog.moc"
