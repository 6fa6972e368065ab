#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli partner, referral, outreach and bundle build-partners (docs/outreach.md). */
class TestOutreachCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void coachAddsAPartnerAndRefersWithConsent();
    void aRepeatVenueTakesLastTimesHoursAndTopics();
    void adminSignsPartnersThatLaptopsImport();
    void refusesBadInputAndChangesNothing();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QString addPerson(const QString &given);
    QTemporaryDir m_dir;
    QString m_vault;
};

TestOutreachCli::Run TestOutreachCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

void TestOutreachCli::initTestCase()
{
    m_vault = m_dir.filePath("coach.waymark");
    const Run created =
        cli({"vault", "create", "--vault", m_vault, "--setting", "work-coach", "--owner", "Coach", "--kdf", "minimum"});
    QVERIFY2(created.exitCode == 0, created.err.constData());
}

QString TestOutreachCli::addPerson(const QString &given)
{
    const Run added = cli({"person", "add", "--vault", m_vault, "--given", given, "--family", "Jones", "--json"});
    return QJsonDocument::fromJson(added.out).object().value("id").toString();
}

void TestOutreachCli::coachAddsAPartnerAndRefersWithConsent()
{
    const Run added = cli({"partner",
                           "add",
                           "--vault",
                           m_vault,
                           "--name",
                           "Digital Hub",
                           "--kind",
                           "charity",
                           "--services",
                           "digital_skills,cv_help",
                           "--languages",
                           "en,cy",
                           "--json"});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString partner = QJsonDocument::fromJson(added.out).object().value("id").toString();
    const QJsonArray welsh =
        QJsonDocument::fromJson(cli({"partner", "list", "--vault", m_vault, "--language", "cy", "--json"}).out).array();
    QCOMPARE(welsh.size(), 1);
    QVERIFY(welsh.first().toObject().value("own").toBool());
    QVERIFY(welsh.first().toObject().value("consent_needed").toBool());

    const QString person = addPerson("Aled");
    QVERIFY(!person.isEmpty());
    const QStringList refer = {
        "referral", "add", "--vault", m_vault, "--person", person, "--partner", partner, "--service", "digital_skills"};
    const Run refused = cli(refer);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("consent"));
    QVERIFY(QJsonDocument::fromJson(cli({"referral", "list", "--vault", m_vault, "--person", person, "--json"}).out)
                .array()
                .isEmpty());

    const Run made = cli(refer + QStringList{"--consent-given", "--json"});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QString referral = QJsonDocument::fromJson(made.out).object().value("id").toString();
    QVERIFY(cli({"referral",
                 "outcome",
                 "--vault",
                 m_vault,
                 "--referral",
                 referral,
                 "--outcome",
                 "started",
                 "--notes",
                 "Started on Monday"})
                .exitCode == 0);
    const QJsonObject listed =
        QJsonDocument::fromJson(cli({"referral", "list", "--vault", m_vault, "--person", person, "--json"}).out)
            .array()
            .first()
            .toObject();
    QCOMPARE(listed.value("outcome").toString(), QStringLiteral("started"));
    QCOMPARE(listed.value("consent").toString(), QStringLiteral("given"));
    QCOMPARE(listed.value("partner_name").toString(), QStringLiteral("Digital Hub"));
    QCOMPARE(listed.value("notes").toString(), QStringLiteral("Started on Monday"));
}

void TestOutreachCli::aRepeatVenueTakesLastTimesHoursAndTopics()
{
    const QString person = addPerson("Bethan");
    const Run first = cli({"outreach",
                           "add",
                           "--vault",
                           m_vault,
                           "--venue",
                           "Grangetown Hub",
                           "--date",
                           "2026-11-30",
                           "--hours",
                           "2.5",
                           "--new",
                           "4",
                           "--returning",
                           "2",
                           "--topics",
                           "cv_help,job_search"});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const Run again =
        cli({"outreach", "add", "--vault", m_vault, "--venue", "Grangetown Hub", "--new", "1", "--people", person});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    const QJsonArray sessions =
        QJsonDocument::fromJson(cli({"outreach", "list", "--vault", m_vault, "--json"}).out).array();
    QCOMPARE(sessions.size(), 2);
    const QJsonObject latest = sessions.first().toObject();
    QCOMPARE(latest.value("hours").toDouble(), 2.5);
    QCOMPARE(latest.value("topics").toArray().size(), 2);
    QCOMPARE(latest.value("seen_new").toInt(), 1);
    QCOMPARE(latest.value("people").toArray().first().toString(), person);
}

void TestOutreachCli::adminSignsPartnersThatLaptopsImport()
{
    const QString keyPass = Fixtures::fileIn(m_dir, "key.pass", "publisher key passphrase\n");
    const QString key = m_dir.filePath("partners");
    const Run generated =
        Fixtures::runCli({"key", "generate", "--out", key, "--kdf", "minimum", "--json"}, {}, keyPass);
    QVERIFY2(generated.exitCode == 0, generated.err.constData());
    const QString fingerprint = QJsonDocument::fromJson(generated.out).object().value("fingerprint").toString();
    const Run trusted = cli({"trust",
                             "add",
                             key + ".pub",
                             "--vault",
                             m_vault,
                             "--kinds",
                             "partners",
                             "--label",
                             "Partnerships",
                             "--fingerprint",
                             fingerprint});
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());

    const QString csv = Fixtures::fileIn(m_dir,
                                         "partners.csv",
                                         "id,name,kind,services,languages,postcode,opening,consent_needed\n"
                                         "coleg,Coleg Caerdydd,college,training;welsh_for_work,en;cy,CF10 5BT,"
                                         "\"Weekdays, 9 to 5\",yes\n"
                                         "llyfrgell,Central Library,library,digital_skills,en,,Saturdays,no\n");
    const QString services = Fixtures::fileIn(
        m_dir, "services.csv", "key,english,welsh\nwelsh_for_work,Welsh for work,Cymraeg i'r gwaith\n");
    const QString bundle = m_dir.filePath("partners-1.wmbundle");
    const Run built = Fixtures::runCli({"bundle",
                                        "build-partners",
                                        "--csv",
                                        csv,
                                        "--services",
                                        services,
                                        "--key",
                                        key + ".key",
                                        "--publisher",
                                        "Partnerships",
                                        "--sequence",
                                        "1",
                                        "--out",
                                        bundle},
                                       {},
                                       keyPass);
    QVERIFY2(built.exitCode == 0, built.err.constData());
    const Run imported = cli({"bundle", "import", bundle, "--vault", m_vault, "--json"});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value("kind").toString(), QStringLiteral("partners"));
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value("added").toInt(), 2);
    const QJsonArray welshForWork =
        QJsonDocument::fromJson(
            cli({"partner", "list", "--vault", m_vault, "--service", "welsh_for_work", "--json"}).out)
            .array();
    QCOMPARE(welshForWork.size(), 1);
    QCOMPARE(welshForWork.first().toObject().value("own").toBool(), false);
    // A row naming an unknown service is refused at build time, with its line.
    const QString bad = Fixtures::fileIn(m_dir, "bad.csv", "id,name,kind,services\nx,Somewhere,charity,juggling\n");
    const Run refused = Fixtures::runCli({"bundle",
                                          "build-partners",
                                          "--csv",
                                          bad,
                                          "--key",
                                          key + ".key",
                                          "--publisher",
                                          "Partnerships",
                                          "--sequence",
                                          "2",
                                          "--out",
                                          m_dir.filePath("never.wmbundle")},
                                         {},
                                         keyPass);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("line 2"));
    QVERIFY(refused.err.contains("juggling"));
}

void TestOutreachCli::refusesBadInputAndChangesNothing()
{
    const QByteArray before = cli({"partner", "list", "--vault", m_vault, "--json"}).out +
                              cli({"outreach", "list", "--vault", m_vault, "--json"}).out;
    const Run noService =
        cli({"partner", "add", "--vault", m_vault, "--name", "X", "--kind", "charity", "--services", "juggling"});
    QCOMPARE(noService.exitCode, 1);
    QVERIFY(noService.err.contains("juggling"));
    const Run badDate = cli({"outreach", "add", "--vault", m_vault, "--venue", "Hall", "--date", "31/02/2026"});
    QCOMPARE(badDate.exitCode, 2);
    const Run future = cli({"outreach",
                            "add",
                            "--vault",
                            m_vault,
                            "--venue",
                            "Hall",
                            "--hours",
                            "1",
                            "--date",
                            QDate::currentDate().addDays(2).toString(Qt::ISODate)});
    QCOMPARE(future.exitCode, 1);
    QVERIFY(future.err.contains("held"));
    const Run badOutcome =
        cli({"referral", "outcome", "--vault", m_vault, "--referral", "nope", "--outcome", "completed"});
    QCOMPARE(badOutcome.exitCode, 1);
    QCOMPARE(cli({"partner", "list", "--vault", m_vault, "--json"}).out +
                 cli({"outreach", "list", "--vault", m_vault, "--json"}).out,
             before);
}

QTEST_GUILESS_MAIN(TestOutreachCli)
#include "TestOutreachCli.moc"
