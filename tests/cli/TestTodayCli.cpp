#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli today: the start page's digest, printed for a script or a person. */
class TestTodayCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void anEmptyCaseloadSaysSoAndListsEverySection();
    void listsTheDayForTheDateGiven();
    void refusesABadDateOrWeekCount_data();
    void refusesABadDateOrWeekCount();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QString makeVault(const QString &name);
    static QJsonObject section(const QJsonObject &digest, const QString &key);
    QTemporaryDir m_dir;
};

TestTodayCli::Run TestTodayCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

QString TestTodayCli::makeVault(const QString &name)
{
    const QString path = m_dir.filePath(name + ".waymark");
    const Run run =
        cli({"vault", "create", "--vault", path, "--setting", "work-coach", "--owner", name, "--kdf", "minimum"});
    return run.exitCode == 0 ? path : QString();
}

QJsonObject TestTodayCli::section(const QJsonObject &digest, const QString &key)
{
    for (const QJsonValue &s : digest.value("sections").toArray()) {
        if (s.toObject().value("section").toString() == key)
            return s.toObject();
    }
    return {};
}

void TestTodayCli::anEmptyCaseloadSaysSoAndListsEverySection()
{
    const QString vault = makeVault("empty");
    QVERIFY(!vault.isEmpty());
    const Run run = cli({"today", "--vault", vault, "--json", "--date", "2026-12-07"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject digest = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(digest.value("date").toString(), QStringLiteral("2026-12-07"));
    QVERIFY(digest.value("caseload_empty").toBool());
    QStringList keys;
    for (const QJsonValue &s : digest.value("sections").toArray())
        keys.append(s.toObject().value("section").toString());
    QCOMPARE(keys,
             QStringList({"appointments_today",
                          "appointments_week",
                          "overdue_actions",
                          "not_contacted",
                          "unfinished_drafts",
                          "waiting_decision",
                          "new_vacancy_fits"}));

    const Run text = cli({"today", "--vault", vault});
    QVERIFY2(text.exitCode == 0, text.err.constData());
    QVERIFY(text.out.contains("The caseload is empty"));
    QVERIFY(text.out.contains("Appointments today (0)"));
}

void TestTodayCli::listsTheDayForTheDateGiven()
{
    const QString vault = makeVault("coach");
    QVERIFY(!vault.isEmpty());
    const Run added = cli({"person", "add", "--vault", vault, "--given", "Aled", "--family", "Jones", "--json"});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QDate day = QDate::currentDate().addDays(60);
    QString personId;
    {
        auto opened = Vault::open(vault, Fixtures::passphrase());
        QVERIFY(opened.ok());
        auto people = opened.value()->records().caseload();
        QVERIFY(people.ok() && people->size() == 1);
        personId = people->first().id;
        QVERIFY(opened.value()
                    ->records()
                    .add(personId,
                         Kinds::Appointment,
                         {{"starts_at", day.toString(Qt::ISODate) + " 10:15"}, {"status", "planned"}})
                    .ok());
    }

    const Run run = cli({"today", "--vault", vault, "--json", "--date", day.toString(Qt::ISODate)});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject digest = QJsonDocument::fromJson(run.out).object();
    QVERIFY(!digest.value("caseload_empty").toBool());
    const QJsonObject today = section(digest, "appointments_today");
    QCOMPARE(today.value("total").toInt(), 1);
    const QJsonObject item = today.value("items").toArray().first().toObject();
    QCOMPARE(item.value("person").toString(), personId);
    QCOMPARE(item.value("name").toString(), QStringLiteral("Jones, Aled"));
    QCOMPARE(item.value("when").toString(), day.toString(Qt::ISODate) + " 10:15");
    QCOMPARE(item.value("opens").toString(), QStringLiteral("appointments"));
    // Added sixty days before the day shown, with no note or attended appointment since.
    const QJsonObject quiet = section(digest, "not_contacted");
    QCOMPARE(quiet.value("total").toInt(), 1);
    QCOMPARE(quiet.value("items").toArray().first().toObject().value("opens").toString(), QStringLiteral("notes"));
    // Ten weeks is longer than that.
    const Run longer = cli({"today", "--vault", vault, "--json", "--date", day.toString(Qt::ISODate), "--weeks", "10"});
    QCOMPARE(section(QJsonDocument::fromJson(longer.out).object(), "not_contacted").value("total").toInt(), 0);
    // Today itself: the appointment is sixty days away, so neither today nor this week.
    const Run now = cli({"today", "--vault", vault, "--json"});
    QCOMPARE(section(QJsonDocument::fromJson(now.out).object(), "appointments_today").value("total").toInt(), 0);
}

void TestTodayCli::refusesABadDateOrWeekCount_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("day first") << QStringList{"--date", "07/12/2026"} << QByteArray("--date must be a real date");
    QTest::addRow("no such day") << QStringList{"--date", "2026-02-30"} << QByteArray("--date must be a real date");
    QTest::addRow("zero weeks") << QStringList{"--weeks", "0"} << QByteArray("--weeks must be a whole number");
    QTest::addRow("words") << QStringList{"--weeks", "four"} << QByteArray("--weeks must be a whole number");
}

void TestTodayCli::refusesABadDateOrWeekCount()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run run = cli(QStringList{"today", "--vault", m_dir.filePath("none.waymark")} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), run.err.constData());
}

QTEST_GUILESS_MAIN(TestTodayCli)
#include "TestTodayCli.moc"
