#include "model/demo/DemoCaseload.h"
#include "model/session/FairnessCheck.h"
#include "model/session/VaultServices.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "ui/shell/FairnessReportDialog.h"
#include "ui/shell/TransparencyDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "../support/Fixtures.h"

/** Check fairness, beside the transparency record: it runs on a worker and shows its report. */
class TestFairnessDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buttonWaitsForAVault();
    void runsWithoutBlockingAndShowsTheReport();
    void stopsWhenAsked();

private:
    std::unique_ptr<TransparencyDialog> makeDialog();
    QTemporaryDir m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<VaultServices> m_services;
    int m_finished = 0;
};

void TestFairnessDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_vault = Fixtures::create(m_dir);
    QVERIFY(m_vault);
    QVERIFY(DemoCaseload::generate(*m_vault, 20, 3));
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 400, 3));
    m_services = std::make_unique<VaultServices>(*m_vault);
}

std::unique_ptr<TransparencyDialog> TestFairnessDialog::makeDialog()
{
    auto dialog = std::make_unique<TransparencyDialog>(TransparencyRecord::build(TransparencyFacts::current()));
    dialog->enableFairnessCheck(
        [this](const FairnessCheck::Options &options) { return FairnessCheck::prepare(*m_services, options); },
        [this](const FairnessReport &report) {
            ++m_finished;
            QVERIFY(FairnessCheck::audit(m_vault->audit(), report));
        });
    return dialog;
}

void TestFairnessDialog::buttonWaitsForAVault()
{
    TransparencyDialog dialog(TransparencyRecord::build(TransparencyFacts::current()));
    auto *button = dialog.findChild<QPushButton *>("fairnessButton");
    QVERIFY(button);
    QVERIFY(!button->isEnabled());
    QVERIFY(!button->toolTip().isEmpty());
    dialog.startFairnessCheck();
    QVERIFY(!dialog.isCheckingFairness());
}

void TestFairnessDialog::runsWithoutBlockingAndShowsTheReport()
{
    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *button = dialog->findChild<QPushButton *>("fairnessButton");
    auto *status = dialog->findChild<QLabel *>("fairnessStatus");
    auto *adjustments = dialog->findChild<QCheckBox *>("fairnessAdjustmentsCheck");
    QVERIFY(button && status && adjustments);
    QVERIFY(button->isEnabled());
    QVERIFY(!status->accessibleName().isEmpty());
    QVERIFY(!adjustments->accessibleName().isEmpty());

    const int finishedBefore = m_finished;
    QTest::mouseClick(button, Qt::LeftButton);
    // The click returned while the check still runs on its worker: the window is not blocked.
    QVERIFY(dialog->isCheckingFairness());
    QVERIFY(!adjustments->isEnabled());
    QVERIFY(!status->text().isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(dialog->fairnessReport().has_value(), 120000);
    QCOMPARE(m_finished, finishedBefore + 1);
    QCOMPARE(dialog->fairnessReport()->matchingDifferences(), 0);
    QCOMPARE(dialog->fairnessReport()->peopleChecked, dialog->fairnessReport()->caseloadPeople);
    QVERIFY(status->text().contains(TransparencyDialog::tr("no differences in matching").left(10)));
    QVERIFY(adjustments->isEnabled());

    FairnessReportDialog *report = dialog->fairnessReportDialog();
    QVERIFY(report);
    QTRY_VERIFY(report->isVisible());
    auto *text = report->findChild<QTextBrowser *>("fairnessReportText");
    QVERIFY(text);
    QVERIFY(!text->accessibleName().isEmpty());
    QCOMPARE(text->toPlainText(), dialog->fairnessReport()->toText());
    QTRY_COMPARE(QApplication::focusWidget(), text);
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(report->findChild<QPushButton *>("copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), dialog->fairnessReport()->toText());

    const auto entries = m_vault->audit().entriesFor({QString(AuditAction::FairnessCheck)});
    QVERIFY(entries);
    QVERIFY(!entries->isEmpty());
}

void TestFairnessDialog::stopsWhenAsked()
{
    auto dialog = makeDialog();
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *button = dialog->findChild<QPushButton *>("fairnessButton");
    auto *status = dialog->findChild<QLabel *>("fairnessStatus");
    const int finishedBefore = m_finished;
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(dialog->isCheckingFairness());
    // The same button stops it; nothing is reported or audited for a check that did not end.
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!dialog->isCheckingFairness());
    QCOMPARE(m_finished, finishedBefore);
    QVERIFY(!dialog->fairnessReport());
    QCOMPARE(status->text(), TransparencyDialog::tr("The fairness check was stopped before it ended."));
}

QTEST_MAIN(TestFairnessDialog)
#include "TestFairnessDialog.moc"
