#include "ui/caseload/PersonEraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

/** Erasing a person is confirmed by typing their full name; the dialog is built from PersonEraseDialog.ui. */
class TestPersonEraseDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isBuiltFromItsForm();
    void eraseWaitsForTheName();
    void accentsAreNotAskedFor();
};

namespace
{
    const char *const Name = "Sian Evans";
    const char *const Details = "3 records, 2 notes";
} // namespace

void TestPersonEraseDialog::isBuiltFromItsForm()
{
    PersonEraseDialog dialog(Name, "claimant", Details);
    QCOMPARE(dialog.objectName(), QString("personEraseDialog"));
    // Every object PersonEraseDialog.ui declares: the names are an API for tests and accessibility tools.
    for (const char *name :
         {"dialogLayout", "eraseDetails", "erasePrompt", "nameLabel", "confirmNameEdit", "buttonBox"})
        QVERIFY2(dialog.findChild<QObject *>(QLatin1String(name)), name);
    auto *edit = dialog.findChild<QLineEdit *>("confirmNameEdit");
    QCOMPARE(dialog.findChild<QLabel *>("nameLabel")->buddy(), edit);
    QCOMPARE(edit->accessibleName(), QString("Full name"));
    QCOMPARE(dialog.findChild<QLabel *>("eraseDetails")->text(), QString(Details));
    QCOMPARE(dialog.findChild<QLabel *>("eraseDetails")->textFormat(), Qt::PlainText);
    const QString prompt = dialog.findChild<QLabel *>("erasePrompt")->text();
    QVERIFY2(prompt.contains("claimant") && prompt.contains(Name), qPrintable(prompt));
    QCOMPARE(edit->accessibleDescription(), prompt);
    QVERIFY(dialog.windowTitle().contains("claimant"));
    QCOMPARE(dialog.accessibleName(), dialog.windowTitle());
}

void TestPersonEraseDialog::eraseWaitsForTheName()
{
    PersonEraseDialog dialog(Name, "claimant", Details);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>("confirmNameEdit");
    auto *erase = dialog.findChild<QPushButton *>("eraseButton");
    auto *cancel = dialog.findChild<QPushButton *>("cancelButton");
    QVERIFY(edit && erase && cancel);
    QVERIFY(!erase->isEnabled());
    QVERIFY(cancel->isDefault());

    QTest::keyClicks(edit, "sian");
    QVERIFY(!erase->isEnabled());
    QTest::keyClicks(edit, "  EVANS");
    QVERIFY(erase->isEnabled());
    QVERIFY(erase->isDefault());
    QVERIFY(!cancel->isDefault());

    QTest::mouseClick(erase, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.nameMatches());
}

void TestPersonEraseDialog::accentsAreNotAskedFor()
{
    PersonEraseDialog dialog(QString::fromUtf8("Siân Morgan"), "claimant", Details);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>("confirmNameEdit");
    auto *erase = dialog.findChild<QPushButton *>("eraseButton");
    auto *status = dialog.findChild<QLabel *>("matchStatus");
    QVERIFY(edit && erase && status);
    QVERIFY(status->text().isEmpty());
    QTest::keyClicks(edit, "Sian Morga");
    QVERIFY(!erase->isEnabled());
    // The reason Erase is unavailable is said, and heard with the box.
    QVERIFY(!status->text().isEmpty());
    QVERIFY(edit->accessibleDescription().contains(status->text()));
    QTest::keyClicks(edit, "n");
    QVERIFY(erase->isEnabled());
    QVERIFY(PersonEraseDialog::matches("sian morgan", QString::fromUtf8("Siân Morgan")));
    QVERIFY(!PersonEraseDialog::matches("Sian Morgans", QString::fromUtf8("Siân Morgan")));
}

QTEST_MAIN(TestPersonEraseDialog)
#include "TestPersonEraseDialog.moc"
