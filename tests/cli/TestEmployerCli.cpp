#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli employer list, add, show, engage, contact, put-forward and outcome (docs/employers.md). */
class TestEmployerCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void theDemoVaultListsEmployersFromItsVacancies();
    void coachAddsAnEmployerAndLogsAVisit();
    void putForwardNeedsConsentAndOutcomesAreCounted();
    void refusesBadInputAndChangesNothing();
    void theManualListsTheEmployerCommands();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QJsonArray list(const QStringList &extra = {});
    QJsonObject show(const QString &employer);
    QString addPerson(const QString &given);
    QTemporaryDir m_dir;
    QString m_vault;
};

TestEmployerCli::Run TestEmployerCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

void TestEmployerCli::initTestCase()
{
    m_vault = m_dir.filePath("coach.waymark");
    const Run created = cli({"demo",
                             "--vault",
                             m_vault,
                             "--people",
                             "6",
                             "--vacancies",
                             "40",
                             "--seed",
                             "3",
                             "--kdf",
                             "minimum",
                             "--json"});
    QVERIFY2(created.exitCode == 0, created.err.constData());
}

QJsonArray TestEmployerCli::list(const QStringList &extra)
{
    return QJsonDocument::fromJson(cli(QStringList{"employer", "list", "--vault", m_vault, "--json"} + extra).out)
        .array();
}

QJsonObject TestEmployerCli::show(const QString &employer)
{
    return QJsonDocument::fromJson(cli({"employer", "show", "--vault", m_vault, "--employer", employer, "--json"}).out)
        .object();
}

QString TestEmployerCli::addPerson(const QString &given)
{
    const Run added = cli({"person", "add", "--vault", m_vault, "--given", given, "--family", "Jones", "--json"});
    return QJsonDocument::fromJson(added.out).object().value("id").toString();
}

void TestEmployerCli::theDemoVaultListsEmployersFromItsVacancies()
{
    const QJsonArray all = list();
    int own = 0;
    int fromVacancies = 0;
    for (const QJsonValue &value : all) {
        const QJsonObject e = value.toObject();
        if (e.value("own").toBool())
            ++own;
        else if (e.value("open_vacancies").toInt() > 0)
            ++fromVacancies;
    }
    QCOMPARE(own, 3);
    QVERIFY(fromVacancies > 0);
    QCOMPARE(list({"--own"}).size(), 3);
    QCOMPARE(list({"--with-vacancies"}).size(), fromVacancies);
}

void TestEmployerCli::coachAddsAnEmployerAndLogsAVisit()
{
    const Run added =
        cli({"employer", "add", "--vault", m_vault, "--name", "Caerphilly Cakes", "--postcode", "cf83 1aa", "--json"});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString id = QJsonDocument::fromJson(added.out).object().value("id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(list({"--search", "caerphilly"}).size(), 1);

    const Run visit = cli({"employer",
                           "engage",
                           "--vault",
                           m_vault,
                           "--employer",
                           id,
                           "--kind",
                           "visited",
                           "--note",
                           "Met the owner",
                           "--json"});
    QVERIFY2(visit.exitCode == 0, visit.err.constData());
    QVERIFY(cli({"employer",
                 "contact",
                 "--vault",
                 m_vault,
                 "--employer",
                 id,
                 "--name",
                 "Gwen Lloyd",
                 "--role",
                 "Owner",
                 "--phone",
                 "029 2000 0000"})
                .exitCode == 0);
    const QJsonObject shown = show(id);
    QCOMPARE(shown.value("postcode").toString(), QStringLiteral("CF83 1AA"));
    QCOMPARE(shown.value("engagement_count").toInt(), 1);
    QCOMPARE(shown.value("last_engagement").toString(), QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(shown.value("engagements").toArray().first().toObject().value("kind").toString(),
             QStringLiteral("visited"));
    QCOMPARE(shown.value("contacts").toArray().first().toObject().value("name").toString(),
             QStringLiteral("Gwen Lloyd"));
}

void TestEmployerCli::putForwardNeedsConsentAndOutcomesAreCounted()
{
    const QString person = addPerson("Aled");
    QVERIFY(!person.isEmpty());
    const QStringList putForward = {
        "employer", "put-forward", "--vault", m_vault, "--person", person, "--vacancy", "S0000001"};
    const Run refused = cli(putForward);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("consent"));

    const Run made = cli(putForward + QStringList{"--consent-given", "--json"});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const QJsonObject result = QJsonDocument::fromJson(made.out).object();
    const QString id = result.value("id").toString();
    const QString employer = result.value("employer").toString();
    QVERIFY(!employer.isEmpty());
    const int startsBefore = show(employer).value("starts").toInt();
    const int putBefore = show(employer).value("put_forward").toInt();

    for (const char *outcome : {"interview", "started"}) {
        const Run recorded = cli(
            {"employer", "outcome", "--vault", m_vault, "--person", person, "--put-forward", id, "--outcome", outcome});
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
    }
    const QJsonObject shown = show(employer);
    QCOMPARE(shown.value("put_forward").toInt(), putBefore);
    QCOMPARE(shown.value("starts").toInt(), startsBefore + 1);
    QVERIFY(shown.value("interviews").toInt() >= 1);

    // On the person's record too, with the consent beside it.
    const Run record = cli({"person", "show", "--vault", m_vault, "--person", person, "--json"});
    QVERIFY2(record.exitCode == 0, record.err.constData());
    QVERIFY(record.out.contains("put_forward"));
    QVERIFY(record.out.contains(id.toUtf8()));
}

void TestEmployerCli::refusesBadInputAndChangesNothing()
{
    const int before = list().size();
    QCOMPARE(cli({"employer", "add", "--vault", m_vault, "--name", "Bad Postcode", "--postcode", "nowhere"}).exitCode,
             1);
    QCOMPARE(cli({"employer", "add", "--vault", m_vault}).exitCode, 2);
    QCOMPARE(list().size(), before);
    const QString own = list({"--own"}).first().toObject().value("id").toString();
    const Run lunch = cli({"employer", "engage", "--vault", m_vault, "--employer", own, "--kind", "lunch"});
    QCOMPARE(lunch.exitCode, 1);
    QCOMPARE(
        cli({"employer", "engage", "--vault", m_vault, "--employer", own, "--kind", "called", "--date", "07/12/2026"})
            .exitCode,
        2);
    QCOMPARE(cli({"employer", "show", "--vault", m_vault, "--employer", "nobody"}).exitCode, 1);
    const QString person = addPerson("Bethan");
    QCOMPARE(cli({"employer",
                  "put-forward",
                  "--vault",
                  m_vault,
                  "--person",
                  person,
                  "--vacancy",
                  "no-such",
                  "--consent-given"})
                 .exitCode,
             1);
    QCOMPARE(cli({"employer",
                  "outcome",
                  "--vault",
                  m_vault,
                  "--person",
                  person,
                  "--put-forward",
                  "nope",
                  "--outcome",
                  "started"})
                 .exitCode,
             1);
}

void TestEmployerCli::theManualListsTheEmployerCommands()
{
    const Run help = cli({"employer", "put-forward", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--consent-given"));
    const Run manual = Fixtures::runCli({"--help"});
    for (const char *command : {"employer list",
                                "employer add",
                                "employer show",
                                "employer engage",
                                "employer put-forward",
                                "employer outcome"})
        QVERIFY2(manual.out.contains(command), command);
}

QTEST_GUILESS_MAIN(TestEmployerCli)
#include "TestEmployerCli.moc"
