#include "model/crypto/Minisign.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli report, report export and report merge (docs/reports.md). */
class TestReportCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void aCoachSeesTheirReportWithSmallNumbersHidden();
    void threeDevicesExportAndAnAdminMergesThem();
    void aMergeRefusesTheSameReportTwiceAndUntrustedDevices();
    void badInputIsRefused();
    void reportSuggestionsStillRuns();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QString makeVault(const QString &name, const QString &setting);
    QString keyOf(const QString &vault, const QString &name);
    void trust(const QString &pub, const QString &label);
    QString exportFrom(const QString &vault, const QString &name);
    QJsonObject cells(const QJsonObject &report, const QString &table, const QString &row);

    QTemporaryDir m_dir;
    QString m_admin;
    QString m_adminKey;
    QStringList m_coaches;
    QString m_from;
    QString m_to;
    QString m_day;
};

TestReportCli::Run TestReportCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

QString TestReportCli::makeVault(const QString &name, const QString &setting)
{
    const QString path = m_dir.filePath(name + ".waymark");
    const Run created =
        cli({"vault", "create", "--vault", path, "--setting", setting, "--owner", name, "--kdf", "minimum"});
    return created.exitCode == 0 ? path : QString();
}

QString TestReportCli::keyOf(const QString &vault, const QString &name)
{
    const QString pub = m_dir.filePath(name + ".pub");
    const Run exported = cli({"key", "export", "--minisign", "--vault", vault, "--out", pub});
    return exported.exitCode == 0 ? pub : QString();
}

void TestReportCli::trust(const QString &pub, const QString &label)
{
    QFile file(pub);
    QVERIFY(file.open(QIODevice::ReadOnly));
    auto key = Minisign::parsePublicKey(file.readAll());
    QVERIFY(key);
    const Run added = cli({"trust",
                           "add",
                           pub,
                           "--vault",
                           m_admin,
                           "--kinds",
                           "report",
                           "--label",
                           label,
                           "--fingerprint",
                           Minisign::fingerprint(key->key)});
    QVERIFY2(added.exitCode == 0, added.err.constData());
}

QString TestReportCli::exportFrom(const QString &vault, const QString &name)
{
    const QString out = m_dir.filePath(name + ".bundle");
    const Run exported = cli(
        {"report", "export", "--vault", vault, "--from", m_from, "--to", m_to, "--to-key", m_adminKey, "--out", out});
    if (exported.exitCode != 0)
        qWarning("%s", exported.err.constData());
    return exported.exitCode == 0 ? out : QString();
}

QJsonObject TestReportCli::cells(const QJsonObject &report, const QString &table, const QString &row)
{
    for (const QJsonValue &t : report.value("tables").toArray()) {
        if (t.toObject().value("key").toString() != table)
            continue;
        for (const QJsonValue &r : t.toObject().value("rows").toArray()) {
            if (r.toObject().value("key").toString() == row)
                return r.toObject().value("cells").toObject();
        }
    }
    return {};
}

void TestReportCli::initTestCase()
{
    const QDate today = QDate::currentDate();
    const QDate first = QDate(today.year(), today.month(), 1).addMonths(-1);
    m_from = first.toString(Qt::ISODate);
    m_to = first.addMonths(1).addDays(-1).toString(Qt::ISODate);
    m_day = first.addDays(3).toString(Qt::ISODate);
    m_admin = makeVault("admin", "admin");
    QVERIFY(!m_admin.isEmpty());
    m_adminKey = keyOf(m_admin, "admin");
    QVERIFY(!m_adminKey.isEmpty());
    for (const QString &name : QStringList{"coach1", "coach2", "coach3"}) {
        const QString vault = makeVault(name, "work-coach");
        QVERIFY(!vault.isEmpty());
        const Run session = cli({"outreach",
                                 "add",
                                 "--vault",
                                 vault,
                                 "--venue",
                                 "Central Library",
                                 "--date",
                                 m_day,
                                 "--hours",
                                 "2",
                                 "--new",
                                 "2",
                                 "--returning",
                                 "3"});
        QVERIFY2(session.exitCode == 0, session.err.constData());
        m_coaches.append(vault);
        trust(keyOf(vault, name), QStringLiteral("Coach %1").arg(name.right(1)));
    }
    const Run hall = cli({"outreach",
                          "add",
                          "--vault",
                          m_coaches.last(),
                          "--venue",
                          "Market Hall",
                          "--date",
                          m_day,
                          "--hours",
                          "1",
                          "--new",
                          "30",
                          "--returning",
                          "1"});
    QVERIFY2(hall.exitCode == 0, hall.err.constData());
    const Run town = cli({"outreach",
                          "add",
                          "--vault",
                          m_coaches.last(),
                          "--venue",
                          "Town Hall",
                          "--date",
                          m_day,
                          "--hours",
                          "1",
                          "--new",
                          "5",
                          "--returning",
                          "7"});
    QVERIFY2(town.exitCode == 0, town.err.constData());
}

void TestReportCli::aCoachSeesTheirReportWithSmallNumbersHidden()
{
    const QString csv = m_dir.filePath("coach1.csv");
    const Run run =
        cli({"report", "--vault", m_coaches.first(), "--from", m_from, "--to", m_to, "--json", "--csv", csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QVERIFY(report.value("rule").toString().contains("fewer than 5"));
    const QJsonObject library = cells(report, "outreach.people_by_venue", "central library");
    QCOMPARE(library.value("new").toString(), QString("<5"));
    QCOMPARE(library.value("returning").toString(), QString("<5"));
    QCOMPARE(library.value("total").toDouble(), 5.0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("fewer than 5"));
    QVERIFY(bytes.contains("Small numbers are hidden"));
    QVERIFY(!bytes.contains(",2\n"));

    const Run text = cli({"report", "--vault", m_coaches.first(), "--from", m_from, "--to", m_to});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Central Library"));
    QVERIFY(text.out.contains("Small numbers are hidden"));
}

void TestReportCli::threeDevicesExportAndAnAdminMergesThem()
{
    QStringList bundles;
    for (int i = 0; i < m_coaches.size(); ++i) {
        const QString bundle = exportFrom(m_coaches[i], QStringLiteral("report%1").arg(i + 1));
        QVERIFY(!bundle.isEmpty());
        QFile file(bundle);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("Central Library")); // sealed
        bundles.append(bundle);
    }
    const QString csv = m_dir.filePath("merged.csv");
    const Run merged = cli(QStringList{"report", "merge", "--vault", m_admin, "--json", "--csv", csv} + bundles);
    QVERIFY2(merged.exitCode == 0, merged.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(merged.out).object();
    QCOMPARE(report.value("devices").toArray().size(), 3);
    // Suppression is applied to the sum: 2 + 2 + 2 and 3 + 3 + 3 are shown, each device's count was not.
    const QJsonObject library = cells(report, "outreach.people_by_venue", "central library");
    QCOMPARE(library.value("new").toDouble(), 6.0);
    QCOMPARE(library.value("returning").toDouble(), 9.0);
    // One device's lone returning visitor at the hall stays hidden after the merge.
    const QJsonObject hall = cells(report, "outreach.people_by_venue", "market hall");
    QCOMPARE(hall.value("returning").toString(), QString("<5"));
    QVERIFY(hall.value("new").isString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.contains("Central Library"));
    QVERIFY(bytes.contains("withheld") || bytes.contains("fewer than 5"));

    const Run text = cli(QStringList{"report", "merge", "--vault", m_admin} + bundles);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("Coach 1"));
    QVERIFY(text.out.contains("Merged from 3 devices"));
}

void TestReportCli::aMergeRefusesTheSameReportTwiceAndUntrustedDevices()
{
    const QString bundle = exportFrom(m_coaches.first(), "twice");
    QVERIFY(!bundle.isEmpty());
    const Run twice = cli({"report", "merge", "--vault", m_admin, bundle, bundle});
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains("already in the merge"), twice.err.constData());
    QVERIFY(twice.out.isEmpty());

    const QString stranger = makeVault("stranger", "work-coach");
    const QString strangerBundle = exportFrom(stranger, "stranger");
    QVERIFY(!strangerBundle.isEmpty());
    const Run untrusted = cli({"report", "merge", "--vault", m_admin, bundle, strangerBundle});
    QCOMPARE(untrusted.exitCode, 1);
    QVERIFY(untrusted.err.contains("stranger.bundle"));
    QVERIFY(untrusted.err.contains("Nothing was merged"));

    // A coach's vault cannot open a report sealed to the admin.
    const Run wrongVault = cli({"report", "merge", "--vault", m_coaches.first(), bundle});
    QCOMPARE(wrongVault.exitCode, 1);
}

void TestReportCli::badInputIsRefused()
{
    const Run backwards = cli({"report", "--vault", m_coaches.first(), "--from", m_to, "--to", m_from});
    QCOMPARE(backwards.exitCode, 2);
    const Run missing = cli({"report", "--vault", m_coaches.first(), "--from", m_from});
    QCOMPARE(missing.exitCode, 2);
    const Run noFiles = cli({"report", "merge", "--vault", m_admin});
    QCOMPARE(noFiles.exitCode, 2);
    const QString junk = Fixtures::fileIn(m_dir, "junk.bundle", "not a bundle at all");
    const Run notABundle = cli({"report", "merge", "--vault", m_admin, junk});
    QCOMPARE(notABundle.exitCode, 1);
    QVERIFY(!notABundle.err.isEmpty());
    const Run badKey = cli({"report",
                            "export",
                            "--vault",
                            m_coaches.first(),
                            "--from",
                            m_from,
                            "--to",
                            m_to,
                            "--to-key",
                            junk,
                            "--out",
                            m_dir.filePath("x.bundle")});
    QCOMPARE(badKey.exitCode, 1);
    QVERIFY(!QFile::exists(m_dir.filePath("x.bundle")));
}

void TestReportCli::reportSuggestionsStillRuns()
{
    const Run run = cli({"report", "suggestions", "--vault", m_coaches.first(), "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QJsonDocument::fromJson(run.out).object().contains("rows"));
}

QTEST_GUILESS_MAIN(TestReportCli)
#include "TestReportCli.moc"
