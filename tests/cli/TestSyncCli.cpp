#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Two devices sync a caseload with the real binary: keys, devices, preview, export, import, receipt. */
class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsAndReceiptStopsResending();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_pass;
};

TestSyncCli::Run TestSyncCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

void TestSyncCli::syncsAndReceiptStopsResending()
{
    const Fixtures::PairedVaults pair = Fixtures::pairedVaultsWithCli(m_dir, "correct horse battery staple");
    QVERIFY(pair.ok());
    const QString &gp = pair.gp;
    const QString &coach = pair.coach;
    const QString &coachId = pair.coachId;
    QCOMPARE(cli({"person", "add", "--vault", gp, "--given", "Aled", "--family", "Jones"}).exitCode, 0);

    const Run preview = cli({"sync", "preview", "--vault", gp, "--device", coachId, "--json"});
    QCOMPARE(preview.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(preview.out).array().size(), 1);

    const QString bundle = m_dir.filePath("to-coach.wmbundle");
    const Run exported = cli({"sync", "export", "--vault", gp, "--device", coachId, "--out", bundle});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Run imported = cli({"bundle", "import", bundle, "--vault", coach, "--json"});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString receipt = QJsonDocument::fromJson(imported.out).object().value("receipt").toString();
    QVERIFY(QFile::exists(receipt));
    // An import killed after its commit and before its receipt: the same file again writes the receipt again,
    // and the receipt the practice imports below is that one.
    QVERIFY(QFile::remove(receipt));
    const Run again = cli({"bundle", "import", bundle, "--vault", coach, "--json"});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(QJsonDocument::fromJson(again.out).object().value("already_imported").toBool());
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value("added").toInt(), 0);
    QVERIFY(QFile::exists(receipt));
    const Run list = cli({"person", "list", "--vault", coach, "--json"});
    QVERIFY(list.out.contains("Jones"));

    // Until the receipt comes back, the practice would send the same changes again.
    QCOMPARE(QJsonDocument::fromJson(cli({"sync", "preview", "--vault", gp, "--device", coachId, "--json"}).out)
                 .array()
                 .size(),
             1);
    QCOMPARE(cli({"bundle", "import", receipt, "--vault", gp}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli({"sync", "preview", "--vault", gp, "--device", coachId, "--json"}).out)
                 .array()
                 .size(),
             0);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
