#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * A publisher signs a JSON Lines feed of schema.org JobPostings with the real binary, and a vault imports it.
 * Every posting has coordinates: this vault has no postcode locations bundle to place a postcode alone.
 */
class TestJobPostingCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signsJsonLinesFeedAndImportsIt();
    void reportsBadRecordsWithTheirLines();
    void formatCanBeForced();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args, const QString &passphraseFile);
    QString writeFile(const QString &name, const QByteArray &content);
    QString feed(const QString &name, bool withBadLine);
    QStringList buildArgs(const QString &input, const QString &bundle) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vault;
    QString m_vaultPass;
    QString m_keyPass;
    QString m_key;
};

void TestJobPostingCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const Fixtures::FeedPublisher publisher = Fixtures::adminVaultTrustingFeedWithCli(*m_dir);
    QVERIFY2(publisher.error.isEmpty(), publisher.error.constData());
    m_vault = publisher.vault;
    m_vaultPass = publisher.vaultPass;
    m_key = publisher.key;
    m_keyPass = publisher.keyPass;
}

void TestJobPostingCli::cleanup()
{
    m_dir.reset();
}

TestJobPostingCli::Run TestJobPostingCli::cli(const QStringList &args, const QString &passphraseFile)
{
    return Fixtures::runCli(args, {}, passphraseFile);
}

QString TestJobPostingCli::writeFile(const QString &name, const QByteArray &content)
{
    return Fixtures::fileIn(*m_dir, name, content);
}

QString TestJobPostingCli::feed(const QString &name, bool withBadLine)
{
    // Shaped like the adverts Find a Job, NHS Jobs and a council's system publish: HTML descriptions, no skills.
    QByteArray lines =
        R"({"@context":"https://schema.org","@type":"JobPosting","title":"Healthcare Assistant - Band 3 - Nights",)"
        R"("identifier":{"@type":"PropertyValue","name":"NHS Jobs","value":"C9307-26-0141"},)"
        R"("hiringOrganization":{"@type":"Organization","name":"Cardiff and Vale University Health Board"},)"
        R"("description":"&lt;p&gt;Join our ward team.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Personal care&lt;/li&gt;&lt;/ul&gt;",)"
        R"("jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","postalCode":"CF14 4XW"},)"
        R"("geo":{"@type":"GeoCoordinates","latitude":51.5068,"longitude":-3.1904}},)"
        R"("baseSalary":{"@type":"MonetaryAmount","currency":"GBP","value":{"@type":"QuantitativeValue",)"
        R"("minValue":24071,"maxValue":25674,"unitText":"YEAR"}},"employmentType":["FULL_TIME"],)"
        R"("datePosted":"2099-01-02","validThrough":"2099-01-31T23:59:00Z"})"
        "\n"
        R"({"@type":"JobPosting","title":"Warehouse Operative &amp; Driver","identifier":"FAJ-448120",)"
        R"("hiringOrganization":{"name":"North Depot Ltd"},"description":"<p>Picking, packing, loading.</p>",)"
        R"("jobLocation":[{"@type":"Place","name":"Head office"},{"@type":"Place","geo":{"latitude":53.797,)"
        R"("longitude":-1.548}}],"baseSalary":{"currency":"GBP","value":{"value":12.10,"unitText":"HOUR"}},)"
        R"("employmentType":"TEMPORARY","workHours":"40 hours per week","validThrough":"2099-02-28"})"
        "\n";
    if (withBadLine)
        lines += R"({"@type":"JobPosting","title":"Cleaner","hiringOrganization":{"name":"Shine"},)"
                 R"("jobLocation":{"address":{"postalCode":"LS1 4AP"}},"validThrough":"whenever"})"
                 "\n";
    lines += R"({"@type":"JobPosting","title":"Retail Assistant","hiringOrganization":"Corner Shop",)"
             R"("jobLocation":{"address":{"postalCode":"SA1 1AA"},"geo":{"latitude":"51.62","longitude":"-3.94"}},)"
             R"("employmentType":"PART_TIME",)"
             R"("validThrough":"2099-03-15"})"
             "\n";
    return writeFile(name, lines);
}

QStringList TestJobPostingCli::buildArgs(const QString &input, const QString &bundle) const
{
    return {"bundle",
            "build-vacancies",
            "--csv",
            input,
            "--key",
            m_key + ".key",
            "--publisher",
            "Jobs feed",
            "--sequence",
            "1",
            "--out",
            bundle};
}

void TestJobPostingCli::signsJsonLinesFeedAndImportsIt()
{
    const QString bundle = m_dir->filePath("feed-1.wmbundle");
    const Run build = cli(buildArgs(feed("feed.jsonl", false), bundle), m_keyPass);
    QVERIFY2(build.exitCode == 0, build.err.constData());
    QVERIFY2(build.out.contains("3 vacancies"), build.out.constData());
    const Run import = cli({"bundle", "import", bundle, "--vault", m_vault, "--json"}, m_vaultPass);
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(import.out).object();
    QCOMPARE(summary.value("kind").toString(), QString("vacancies"));
    QCOMPARE(summary.value("added").toInt(), 3);
    QCOMPARE(summary.value("rejected").toInt(), 0);
}

void TestJobPostingCli::reportsBadRecordsWithTheirLines()
{
    const QString input = feed("bad.jsonl", true);
    const QString bundle = m_dir->filePath("bad.wmbundle");
    const Run strict = cli(buildArgs(input, bundle), m_keyPass);
    QVERIFY(strict.exitCode != 0);
    QVERIFY2(strict.err.contains("line 3, validThrough"), strict.err.constData());
    QVERIFY(!QFile::exists(bundle));

    const Run lenient = cli(buildArgs(input, bundle) << "--skip-invalid", m_keyPass);
    QVERIFY2(lenient.exitCode == 0, lenient.err.constData());
    QVERIFY(lenient.out.contains("3 vacancies"));
    QVERIFY(lenient.out.contains("1 invalid row"));
    const Run import = cli({"bundle", "import", bundle, "--vault", m_vault, "--json"}, m_vaultPass);
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QCOMPARE(QJsonDocument::fromJson(import.out).object().value("added").toInt(), 3);
}

void TestJobPostingCli::formatCanBeForced()
{
    const QString input = feed("feed.json", false);
    const QString bundle = m_dir->filePath("forced.wmbundle");
    // Read as CSV, the feed has no header the CSV format knows.
    const Run asCsv = cli(buildArgs(input, bundle) << "--format"
                                                   << "csv",
                          m_keyPass);
    QVERIFY(asCsv.exitCode != 0);
    QVERIFY(!QFile::exists(bundle));
    const Run unknown = cli(buildArgs(input, bundle) << "--format"
                                                     << "xml",
                            m_keyPass);
    QVERIFY(unknown.exitCode != 0);
    QVERIFY2(unknown.err.contains("csv or jobposting"), unknown.err.constData());
    const Run asFeed = cli(buildArgs(input, bundle) << "--format"
                                                    << "jobposting",
                           m_keyPass);
    QVERIFY2(asFeed.exitCode == 0, asFeed.err.constData());
}

QTEST_GUILESS_MAIN(TestJobPostingCli)
#include "TestJobPostingCli.moc"
