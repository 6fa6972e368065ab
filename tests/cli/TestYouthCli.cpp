#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli youth list, offer, candidates and settings (docs/youth-guarantee.md). */
class TestYouthCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsOverdueFirstAndRecordsAnOffer();
    void proposesOffersFromAReferral();
    void settingsAreShownAndChanged();
    void refusesBadInputAndChangesNothing();
    void theManualListsTheCommands();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QString addPerson(const QString &given, QDate born, QDate joined);
    QJsonArray list();
    QTemporaryDir m_dir;
    QString m_vault;
    QDate m_today = QDate::currentDate();
};

TestYouthCli::Run TestYouthCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

void TestYouthCli::initTestCase()
{
    m_vault = m_dir.filePath("coach.waymark");
    const Run created =
        cli({"vault", "create", "--vault", m_vault, "--setting", "work-coach", "--owner", "Coach", "--kdf", "minimum"});
    QVERIFY2(created.exitCode == 0, created.err.constData());
}

QString TestYouthCli::addPerson(const QString &given, QDate born, QDate joined)
{
    const Run added = cli({"person",
                           "add",
                           "--vault",
                           m_vault,
                           "--given",
                           given,
                           "--family",
                           "Jones",
                           "--set",
                           "date_of_birth=" + born.toString(Qt::ISODate),
                           "--set",
                           "joined_on=" + joined.toString(Qt::ISODate),
                           "--json"});
    if (added.exitCode != 0)
        qWarning() << added.err;
    return QJsonDocument::fromJson(added.out).object().value("id").toString();
}

QJsonArray TestYouthCli::list()
{
    const Run run = cli({"youth", "list", "--vault", m_vault, "--json"});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).array();
}

void TestYouthCli::listsOverdueFirstAndRecordsAnOffer()
{
    const QString soon = addPerson("Seren", m_today.addYears(-19), m_today.addDays(-5));
    const QString overdue = addPerson("Tomos", m_today.addYears(-20), m_today.addDays(-200));
    addPerson("Old", m_today.addYears(-35), m_today.addDays(-200));
    QJsonArray people = list();
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).toObject().value("id").toString(), overdue);
    QCOMPARE(people.at(0).toObject().value("status").toString(), QStringLiteral("overdue"));
    QCOMPARE(people.at(0).toObject().value("days_overdue").toInt(), 200 - 7 * 17);
    QCOMPARE(people.at(1).toObject().value("id").toString(), soon);
    QCOMPARE(people.at(1).toObject().value("status").toString(), QStringLiteral("not_yet_due"));

    const Run text = cli({"youth", "list", "--vault", m_vault});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains("Overdue by 81 day"));

    const Run offered = cli({"youth",
                             "offer",
                             "--vault",
                             m_vault,
                             "--person",
                             overdue,
                             "--type",
                             "apprenticeship",
                             "--date",
                             m_today.toString(Qt::ISODate),
                             "--description",
                             "Bus maintenance apprenticeship",
                             "--json"});
    QVERIFY2(offered.exitCode == 0, offered.err.constData());
    QVERIFY(!QJsonDocument::fromJson(offered.out).object().value("id").toString().isEmpty());
    people = list();
    // Offered late now, so below the one still to come.
    QCOMPARE(people.at(0).toObject().value("id").toString(), soon);
    QCOMPARE(people.at(1).toObject().value("status").toString(), QStringLiteral("offered_late"));
    QCOMPARE(people.at(1).toObject().value("offer_type").toString(), QStringLiteral("apprenticeship"));
}

void TestYouthCli::proposesOffersFromAReferral()
{
    const QString person = addPerson("Gwen", m_today.addYears(-18), m_today.addDays(-3));
    const Run partner = cli({"partner",
                             "add",
                             "--vault",
                             m_vault,
                             "--name",
                             "Coleg y Cymoedd",
                             "--kind",
                             "college",
                             "--services",
                             "training",
                             "--json"});
    QVERIFY2(partner.exitCode == 0, partner.err.constData());
    const Run referral = cli({"referral",
                              "add",
                              "--vault",
                              m_vault,
                              "--person",
                              person,
                              "--partner",
                              QJsonDocument::fromJson(partner.out).object().value("id").toString(),
                              "--service",
                              "training",
                              "--consent-given",
                              "--json"});
    QVERIFY2(referral.exitCode == 0, referral.err.constData());
    const QString referralId = QJsonDocument::fromJson(referral.out).object().value("id").toString();
    // The referral is proposed once (its plan action is the same offer), and nothing is recorded yet.
    const QJsonArray candidates =
        QJsonDocument::fromJson(cli({"youth", "candidates", "--vault", m_vault, "--person", person, "--json"}).out)
            .array();
    QCOMPARE(candidates.size(), 1);
    QCOMPARE(candidates.first().toObject().value("source").toString(), QStringLiteral("referral"));
    QCOMPARE(candidates.first().toObject().value("source_id").toString(), referralId);
    QCOMPARE(candidates.first().toObject().value("type").toString(), QStringLiteral("training"));
    const Run offered = cli({"youth",
                             "offer",
                             "--vault",
                             m_vault,
                             "--person",
                             person,
                             "--type",
                             "training",
                             "--source",
                             "referral",
                             "--source-id",
                             referralId});
    QVERIFY2(offered.exitCode == 0, offered.err.constData());
    QVERIFY(QJsonDocument::fromJson(cli({"youth", "candidates", "--vault", m_vault, "--person", person, "--json"}).out)
                .array()
                .isEmpty());
}

void TestYouthCli::settingsAreShownAndChanged()
{
    QJsonObject shown = QJsonDocument::fromJson(cli({"youth", "settings", "--vault", m_vault, "--json"}).out).object();
    QCOMPARE(shown.value("min_age").toInt(), 18);
    QCOMPARE(shown.value("max_age").toInt(), 21);
    QCOMPARE(shown.value("weeks").toInt(), 17);
    const Run changed = cli({"youth", "settings", "--vault", m_vault, "--max-age", "24", "--weeks", "8"});
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QVERIFY(changed.out.contains("Ages 18 to 24"));
    shown = QJsonDocument::fromJson(cli({"youth", "settings", "--vault", m_vault, "--json"}).out).object();
    QCOMPARE(shown.value("max_age").toInt(), 24);
    QCOMPARE(shown.value("weeks").toInt(), 8);
    QVERIFY(cli({"youth", "settings", "--vault", m_vault, "--max-age", "21", "--weeks", "17"}).exitCode == 0);
}

void TestYouthCli::refusesBadInputAndChangesNothing()
{
    const QString person = addPerson("Rhodri", m_today.addYears(-19), m_today.addDays(-3));
    const QByteArray before = cli({"youth", "list", "--vault", m_vault, "--json"}).out;
    const Run badType = cli({"youth", "offer", "--vault", m_vault, "--person", person, "--type", "holiday"});
    QCOMPARE(badType.exitCode, 1);
    QCOMPARE(badType.errLines().size(), 1);
    QVERIFY(badType.err.contains("Offer:"));
    const Run future = cli({"youth",
                            "offer",
                            "--vault",
                            m_vault,
                            "--person",
                            person,
                            "--type",
                            "job",
                            "--date",
                            m_today.addDays(3).toString(Qt::ISODate)});
    QCOMPARE(future.exitCode, 1);
    QVERIFY(future.err.contains("today or a day before"));
    QCOMPARE(cli({"youth", "offer", "--vault", m_vault, "--person", person, "--type", "job", "--date", "31/02/2026"})
                 .exitCode,
             2);
    QCOMPARE(cli({"youth", "offer", "--vault", m_vault, "--person", person}).exitCode, 2);
    const Run badSource =
        cli({"youth", "offer", "--vault", m_vault, "--person", person, "--type", "job", "--source", "plan"});
    QCOMPARE(badSource.exitCode, 1);
    const Run badBand = cli({"youth", "settings", "--vault", m_vault, "--min-age", "25", "--max-age", "20"});
    QCOMPARE(badBand.exitCode, 1);
    QVERIFY(badBand.err.contains("oldest age cannot be below the youngest"));
    QCOMPARE(cli({"youth", "settings", "--vault", m_vault, "--weeks", "lots"}).exitCode, 2);
    QCOMPARE(cli({"youth", "list", "--vault", m_vault, "--json"}).out, before);
    const QJsonObject shown =
        QJsonDocument::fromJson(cli({"youth", "settings", "--vault", m_vault, "--json"}).out).object();
    QCOMPARE(shown.value("min_age").toInt(), 18);
}

void TestYouthCli::theManualListsTheCommands()
{
    const Run help = cli({"youth", "--help"});
    for (const char *command : {"youth list", "youth offer", "youth candidates", "youth settings"})
        QVERIFY2(help.out.contains(command) || help.err.contains(command), command);
}

QTEST_GUILESS_MAIN(TestYouthCli)
#include "TestYouthCli.moc"
