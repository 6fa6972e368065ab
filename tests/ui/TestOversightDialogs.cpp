#include "model/notes/SuggestionAuditDetail.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "ui/shell/SuggestionReportDialog.h"
#include "ui/shell/TransparencyDialog.h"
#include "ui/widgets/FileDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include "../support/Fixtures.h"

/** Help ▸ About the suggestions and Vault ▸ Suggestions report. */
class TestOversightDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void transparencyShowsEverySectionAndCopies();
    void reportShowsTheTableAndWarning();
    void reportExportsCsv();

private:
    void fillAudit(Vault &vault, int accepted, qint64 ms);
};

void TestOversightDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestOversightDialogs::fillAudit(Vault &vault, int accepted, qint64 ms)
{
    const auto detail = [](const QString &head, qint64 after) {
        return SuggestionAuditDetail{head, "notes-1", "builtin-00000000", after}.toString();
    };
    QVERIFY(
        vault.audit().append(AuditAction::SuggestionShown, "a1", detail(QStringLiteral("skill=%1").arg(accepted), -1)));
    for (int i = 0; i < accepted; ++i)
        QVERIFY(vault.audit().append(AuditAction::SuggestionAccepted, "a1", detail("skill:skill.label", ms)));
}

void TestOversightDialogs::transparencyShowsEverySectionAndCopies()
{
    const TransparencyRecord record = TransparencyRecord::build(TransparencyFacts::current());
    TransparencyDialog dialog(record);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *text = dialog.findChild<QTextBrowser *>("transparencyText");
    QVERIFY(text);
    QVERIFY(!text->accessibleName().isEmpty());
    // The page has the keyboard first, so a screen reader starts on the record.
    QTRY_COMPARE(QApplication::focusWidget(), text);
    const QString shown = text->toPlainText();
    for (const TransparencyRecord::Section &section : record.sections()) {
        QVERIFY2(shown.contains(section.title), qPrintable(section.title));
        for (const TransparencyRecord::Item &item : section.items)
            QVERIFY2(shown.contains(item.text), qPrintable(item.key));
    }
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(dialog.findChild<QPushButton *>("copyButton"), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), record.toText());
}

void TestOversightDialogs::reportShowsTheTableAndWarning()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    fillAudit(*vault, 30, 700);
    SuggestionReportDialog dialog(vault->audit(), SuggestionReport::Options{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *table = dialog.findChild<QTableWidget *>("reportTable");
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("30"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("30"));
    auto *message = dialog.findChild<QLabel *>("reportMessage");
    QVERIFY(message->text().contains("check they are being read"));

    // A period with nothing in it says so, and the warning goes.
    auto *from = dialog.findChild<QDateEdit *>("fromDate");
    auto *to = dialog.findChild<QDateEdit *>("toDate");
    to->setDate(QDate::currentDate().addDays(-10));
    from->setDate(QDate::currentDate().addDays(-20));
    QCOMPARE(table->rowCount(), 0);
    QVERIFY(message->text().contains("No suggestions were shown"));
}

void TestOversightDialogs::reportExportsCsv()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    fillAudit(*vault, 3, 4000);
    SuggestionReportDialog dialog(vault->audit(), SuggestionReport::Options{});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = dir.filePath("report.csv");
    FileDialog::setNextFileName(path);
    QTest::mouseClick(dialog.findChild<QPushButton *>("exportCsvButton"), Qt::LeftButton);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QVERIFY(csv.startsWith("Tool,Kind,Shown"));
    // Three acceptances are a small number.
    QVERIFY(csv.contains("<5"));
    QVERIFY(!csv.contains(",3,"));
}

QTEST_MAIN(TestOversightDialogs)
#include "TestOversightDialogs.moc"
