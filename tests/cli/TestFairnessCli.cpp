#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * waymark-cli fairness, through the real binary. The first test is the check `make test` runs on a demo caseload
 * (waymark-cli demo): it fails on any difference in matching.
 */
class TestFairnessCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoCaseloadHasNoDifferenceInMatching();
    void textReportSaysWhatWasChecked();
    void withoutAdjustmentsNothingIsExcusedInMatching();
    void auditsTheRunWithCountsOnly();
    void refusesBadCounts();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args) { return Fixtures::runCli(args, "correct horse battery staple"); }
    QTemporaryDir m_dir;
    QString m_vault;
};

void TestFairnessCli::initTestCase()
{
    m_vault = m_dir.filePath("demo.waymark");
    const Run demo =
        cli({"demo", "--vault", m_vault, "--people", "60", "--vacancies", "1500", "--seed", "17", "--kdf", "minimum"});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
}

void TestFairnessCli::demoCaseloadHasNoDifferenceInMatching()
{
    QElapsedTimer timer;
    timer.start();
    const Run run = cli({"fairness", "--vault", m_vault, "--json"});
    qInfo("fairness check on 60 people and 1500 vacancies: %lld ms", timer.elapsed());
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    // Everyone open on the caseload (the demo closes some cases).
    const int people = report.value("people_checked").toInt();
    QVERIFY(people > 40);
    QCOMPARE(people, report.value("caseload_people").toInt());
    QCOMPARE(report.value("vacancies_sampled").toInt(), 10);
    QCOMPARE(report.value("matching_differences").toInt(), 0);
    QCOMPARE(report.value("vault_unchanged").toBool(), true);
    const QJsonArray attributes = report.value("attributes").toArray();
    QCOMPARE(attributes.size(), 7);
    for (const QJsonValue &attribute : attributes) {
        QCOMPARE(attribute.toObject().value("people").toInt(), people);
        QVERIFY(attribute.toObject().value("variants").toInt() >= people);
    }
    for (const QJsonValue &difference : report.value("differences").toArray()) {
        const QString tool = difference.toObject().value("tool").toString();
        QVERIFY2(tool != "matching" && tool != "vacancy_matching",
                 qPrintable(difference.toObject().value("detail").toString()));
    }
    // Every explained exception in matching is the named one.
    for (const QJsonValue &excused : report.value("excused").toArray()) {
        const QJsonObject o = excused.toObject();
        if (o.value("tool").toString().contains("matching"))
            QCOMPARE(o.value("variant").toString(), QStringLiteral("adjustment:altered_hours"));
    }
}

void TestFairnessCli::textReportSaysWhatWasChecked()
{
    const Run run = cli({"fairness", "--vault", m_vault, "--people", "3", "--vacancies", "2"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString text = QString::fromUtf8(run.out);
    QVERIFY(text.contains("People checked: 3 of "));
    QVERIFY(text.contains("Matching: no differences."));
    QVERIFY(text.contains("nothing in it changed"));
    QVERIFY(text.contains("Pregnancy or maternity: 3 people"));
}

void TestFairnessCli::withoutAdjustmentsNothingIsExcusedInMatching()
{
    const Run run =
        cli({"fairness", "--vault", m_vault, "--people", "10", "--vacancies", "3", "--no-adjustments", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value("use_adjustments").toBool(), false);
    for (const QJsonValue &excused : report.value("excused").toArray())
        QVERIFY(!excused.toObject().value("tool").toString().contains("matching"));
}

void TestFairnessCli::auditsTheRunWithCountsOnly()
{
    const Run run = cli({"fairness", "--vault", m_vault, "--people", "2", "--vacancies", "1"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    auto vault = Vault::open(m_vault, Fixtures::passphrase());
    QVERIFY(vault);
    const auto entries = vault.value()->audit().entriesFor({QString(AuditAction::FairnessCheck)});
    QVERIFY(entries);
    QVERIFY(!entries->isEmpty());
    const AuditEntry &last = entries->last();
    QVERIFY(last.object.isEmpty());
    QVERIFY2(last.detail.startsWith("people=2,variants="), qPrintable(last.detail));
}

void TestFairnessCli::refusesBadCounts()
{
    Run run = cli({"fairness", "--vault", m_vault, "--people", "none"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--people should be a whole number"));
    run = cli({"fairness", "--vault", m_vault, "--vacancies", "0"});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("--vacancies should be a whole number"));
    run = cli({"fairness"});
    QVERIFY(run.exitCode != 0);
}

QTEST_GUILESS_MAIN(TestFairnessCli)
#include "TestFairnessCli.moc"
