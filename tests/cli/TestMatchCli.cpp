#include "model/demo/SyntheticVacancies.h"
#include "model/matching/VacancyCsv.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli match and taxonomy, run as the real binary against vaults made here. */
class TestMatchCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesPersonWithExplanations();
    void unknownPersonIsAnError();
    void emptyVacancySetIsFriendly();
    void batchIgnoresTrueOccupationAndPrintsStats();
    void badProfilesNameLineAndColumn_data();
    void badProfilesNameLineAndColumn();
    void reverseMatchesPeopleForAVacancy();
    void importsEscoAndKeepsItOnBadInput();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QString writeProfiles(const QString &name, const QByteArray &text);

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_emptyVault;
    QString m_person;
    QString m_vacancyId;
};

TestMatchCli::Run TestMatchCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

void TestMatchCli::initTestCase()
{
    const QDate today = QDate::currentDate();
    {
        auto vault = Fixtures::create(m_dir, "coach");
        m_vault = vault->path();
        Database &db = vault->database();
        QVERIFY(db.begin().ok());
        Statement insert =
            db.prepare("INSERT INTO vacancies(publisher, id, title, employer, skills, postcode, outcode, latitude, "
                       "longitude, hours, salary_min, salary_max, contract_type, closing_date, withdrawn, updated_at) "
                       "VALUES('test', ?, ?, ?, ?, '', '', ?, ?, ?, NULL, NULL, ?, ?, 0, '2026-11-01T00:00:00Z')");
        for (const Vacancy &v : SyntheticVacancies::generate(1500, 4, today)) {
            if (!v.hasCoordinates())
                continue;
            insert.bind(1, v.id).bind(2, v.title).bind(3, v.employer).bind(4, v.skills.join(QLatin1Char(';')));
            insert.bind(5, *v.latitude).bind(6, *v.longitude).bind(7, v.hoursPerWeek.value_or(37.5));
            insert.bind(8, VacancyCsv::contractTypeName(v.contractType)).bind(9, v.closingDate.toString(Qt::ISODate));
            QVERIFY(insert.exec().ok());
            insert.reset();
            if (m_vacancyId.isEmpty() && v.title == QLatin1String("Care Assistant"))
                m_vacancyId = v.id;
        }
        QVERIFY(db.commit().ok());
        QVERIFY(!m_vacancyId.isEmpty());
        RecordStore &records = vault->records();
        m_person = records.createPerson({{"given_name", "Ceri"}, {"family_name", "Lloyd"}}).value();
        for (const char *skill : {"personal care", "dementia care", "moving and handling", "Care Certificate"})
            QVERIFY(records.add(m_person, "skill", {{"label", skill}, {"source", "self_reported"}}).ok());
        QVERIFY(records.add(m_person, "job_goal", {{"title", "Care Assistant"}}).ok());
        const QString other = records.createPerson({{"given_name", "Dai"}, {"family_name", "Evans"}}).value();
        QVERIFY(records.add(other, "skill", {{"label", "bricklaying"}, {"source", "self_reported"}}).ok());
    }
    m_emptyVault = Fixtures::create(m_dir, "empty")->path();
}

void TestMatchCli::matchesPersonWithExplanations()
{
    const Run run = cli({"match", "--vault", m_vault, "--person", m_person, "--top", "5", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out).object();
    const QJsonArray results = root.value("results").toArray();
    QCOMPARE(results.size(), 5);
    double previous = 2;
    for (const QJsonValue &value : results) {
        const QJsonObject r = value.toObject();
        QVERIFY(r.value("score").toDouble() <= previous);
        previous = r.value("score").toDouble();
        QVERIFY(!r.value("vacancy_id").toString().isEmpty());
        QVERIFY(!r.value("matched_skills").toArray().isEmpty());
        QVERIFY(r.contains("missing_skills"));
        QVERIFY(r.contains("distance_km"));
        double shares = 0;
        QStringList names;
        for (const QJsonValue &c : r.value("components").toArray()) {
            shares += c.toObject().value("share").toDouble();
            names.append(c.toObject().value("name").toString());
        }
        QVERIFY(qAbs(shares - 1) < 1e-6);
        QVERIFY(names.contains("skills") && names.contains("distance") && names.contains("hours"));
    }
    // Their job goal's gap: the care assistant's essential skills they have not shown, with courses.
    const QJsonArray goals = root.value("goal_gaps").toArray();
    QCOMPARE(goals.size(), 1);
    QCOMPARE(goals.first().toObject().value("occupation").toString(), QStringLiteral("care assistant"));
    const QStringList missing = goals.first().toObject().value("missing_essential").toVariant().toStringList();
    QVERIFY(!missing.isEmpty());
    QVERIFY(!missing.contains("personal care"));
    // The person's goal is care work, and their skills are care skills.
    QCOMPARE(results.first().toObject().value("title").toString(), QStringLiteral("Care Assistant"));

    const Run text = cli({"match", "--vault", m_vault, "--person", m_person, "--top", "2"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("why:"));
}

void TestMatchCli::unknownPersonIsAnError()
{
    const Run run = cli({"match", "--vault", m_vault, "--person", "nobody-here"});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains("nobody-here"));
    QCOMPARE(cli({"match", "--vault", m_vault}).exitCode, 2);
    QCOMPARE(cli({"match", "--vault", m_vault, "--person", m_person, "--top", "0"}).exitCode, 2);
}

void TestMatchCli::emptyVacancySetIsFriendly()
{
    auto vault = Vault::open(m_emptyVault, Fixtures::passphrase());
    QVERIFY(vault.ok());
    const QString person =
        vault.value()->records().createPerson({{"given_name", "Eli"}, {"family_name", "Roe"}}).value();
    vault.value().reset();
    const Run run = cli({"match", "--vault", m_emptyVault, "--person", person});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("No open vacancies"), run.out.constData());
}

QString TestMatchCli::writeProfiles(const QString &name, const QByteArray &text)
{
    const QString path = m_dir.filePath(name);
    return Fixtures::writeFile(path, text) ? path : QString();
}

void TestMatchCli::batchIgnoresTrueOccupationAndPrintsStats()
{
    const QByteArray header = "profile_id,true_occupation,skills,latitude,longitude,max_distance_km,max_hours\n";
    const QByteArray rows[] = {
        "P1,%1,personal care;dementia care;medication administration,53.48,-2.24,30,\n",
        "P2,%1,\"order picking;forklift licence;stock control\",51.48,-3.18,,37.5\n",
        "P3,%1,customer service,52.63,1.29,10,16\n",
    };
    auto profiles = [&](const QByteArray &occupation) {
        QByteArray text = header;
        for (const QByteArray &row : rows)
            text += QByteArray(row).replace("%1", occupation);
        return text;
    };
    const QString a = writeProfiles("a.csv", profiles("Care Assistant"));
    const QString b = writeProfiles("b.csv", profiles("\"Astronaut, \"\"lunar\"\"\""));
    const QString outA = m_dir.filePath("a-results.csv");
    const QString outB = m_dir.filePath("b-results.csv");
    const Run run = cli({"match", "--vault", m_vault, "--profiles", a, "--top", "4", "--out", outA, "--stats"});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(cli({"match", "--vault", m_vault, "--profiles", b, "--top", "4", "--out", outB}).exitCode, 0);
    QFile fa(outA), fb(outB);
    QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
    const QByteArray resultsA = fa.readAll();
    QCOMPARE(resultsA, fb.readAll());
    const QList<QByteArray> lines = resultsA.trimmed().split('\n');
    QCOMPARE(lines.first(), QByteArray("profile_id,rank,vacancy_id,score"));
    QVERIFY(lines.size() > 4 && lines.size() <= 13);
    QVERIFY(lines.at(1).startsWith("P1,1,"));

    const QByteArray stats = run.err.trimmed();
    QCOMPARE(stats.count('\n'), 0);
    for (const char *key : {"index_ms=", "queries=3", "median_us=", "p95_us=", "peak_rss_kb="})
        QVERIFY2(stats.contains(key), stats.constData());
}

void TestMatchCli::badProfilesNameLineAndColumn_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("missing column") << QByteArray("profile_id,skills,latitude\nP1,x,51\n") << QByteArray("longitude");
    QTest::newRow("bad number") << QByteArray("profile_id,skills,latitude,longitude,max_distance_km\n"
                                              "P1,a,51,-1,\nP2,b,51,-1,far\n")
                                << QByteArray("line 3");
    QTest::newRow("broken quoting") << QByteArray("profile_id,skills,latitude,longitude\nP1,\"a,51,-1\n")
                                    << QByteArray("ine 2");
}

void TestMatchCli::badProfilesNameLineAndColumn()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    const QString path = writeProfiles(QStringLiteral("bad-%1.csv").arg(QTest::currentDataTag()), text);
    const QString out = m_dir.filePath("never.csv");
    const Run run = cli({"match", "--vault", m_vault, "--profiles", path, "--out", out});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QVERIFY(!QFile::exists(out));
}

void TestMatchCli::reverseMatchesPeopleForAVacancy()
{
    const Run run = cli({"match", "--vault", m_vault, "--vacancy", m_vacancyId, "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray results = QJsonDocument::fromJson(run.out).object().value("results").toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results.first().toObject().value("person").toString(), m_person);
    QVERIFY(!results.first().toObject().value("matched_skills").toArray().isEmpty());
    QCOMPARE(cli({"match", "--vault", m_vault, "--vacancy", "no-such-vacancy"}).exitCode, 1);
}

void TestMatchCli::importsEscoAndKeepsItOnBadInput()
{
    const QString vault = Fixtures::create(m_dir, "esco")->path();
    QTemporaryDir esco;
    QVERIFY(Fixtures::writeEscoRelease(esco.path()));
    const Run imported = cli({"taxonomy", "import-esco", esco.path(), "--vault", vault});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QVERIFY(imported.out.contains("2 occupations"));
    auto info = [&] {
        return QJsonDocument::fromJson(cli({"taxonomy", "info", "--vault", vault, "--json"}).out).object();
    };
    QCOMPARE(info().value("source").toString(), QStringLiteral("esco"));
    QCOMPARE(info().value("occupations").toInt(), 2);
    const Run mapped = cli({"taxonomy", "map", "FLT drivers", "--vault", vault, "--json"});
    QCOMPARE(QJsonDocument::fromJson(mapped.out).object().value("occupation").toObject().value("id").toString(),
             QStringLiteral("esco:occupation/o1"));

    QTemporaryDir broken;
    QVERIFY(Fixtures::writeEscoRelease(broken.path()));
    QVERIFY(Fixtures::writeFile(broken.path() + "/occupations_en.csv", "conceptUri,label\nx,y\n"));
    const Run refused = cli({"taxonomy", "import-esco", broken.path(), "--vault", vault});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("occupations_en.csv"), refused.err.constData());
    QCOMPARE(info().value("occupations").toInt(), 2);

    QCOMPARE(cli({"taxonomy", "reset", "--vault", vault}).exitCode, 0);
    QCOMPARE(info().value("source").toString(), QStringLiteral("builtin"));
}

QTEST_GUILESS_MAIN(TestMatchCli)
#include "TestMatchCli.moc"
