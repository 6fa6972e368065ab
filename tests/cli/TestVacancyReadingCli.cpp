#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * A feed of adverts with a title and prose only (issue 12) imports through the real binary, is read as it is
 * imported, ranks for a person by the skills the adverts state and the occupation their titles map to, and
 * `vacancies report` shows an admin what was understood.
 */
class TestVacancyReadingCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportCountsWhatWasUnderstood();
    void textOnlyVacanciesRankBySkillsAndOccupation();
    void readsAgainAfterTheTaxonomyChanges();
    void badTopIsAUsageError();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args, const QString &passphraseFile = {});
    QJsonObject report();

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_vaultPass;
    QString m_person;
};

TestVacancyReadingCli::Run TestVacancyReadingCli::cli(const QStringList &args, const QString &passphraseFile)
{
    return Fixtures::runCli(args, {}, passphraseFile.isEmpty() ? m_vaultPass : passphraseFile);
}

void TestVacancyReadingCli::initTestCase()
{
    const Fixtures::FeedPublisher publisher = Fixtures::adminVaultTrustingFeedWithCli(m_dir);
    QVERIFY2(publisher.error.isEmpty(), publisher.error.constData());
    m_vault = publisher.vault;
    m_vaultPass = publisher.vaultPass;
    const QString key = publisher.key;
    const QString keyPass = publisher.keyPass;

    // Three adverts as real feeds send them: no skills, the duties in prose (HTML), noise in the titles.
    const QByteArray feed =
        "{\"@type\":\"JobPosting\",\"title\":\"Bank Care Assistant - Nights\",\"identifier\":\"CARE-1\","
        "\"hiringOrganization\":{\"name\":\"Meadow View Care\"},"
        "\"description\":\"<p>Join our friendly home.</p><ul><li>You will have experience of infection control.</li>"
        "<li>Knowledge of personal care would be an advantage.</li></ul>\","
        "\"jobLocation\":{\"geo\":{\"latitude\":53.83,\"longitude\":-1.60}},\"employmentType\":\"FULL_TIME\","
        "\"validThrough\":\"2099-01-31\"}\n"
        "{\"@type\":\"JobPosting\",\"title\":\"Warehouse Operative\",\"identifier\":\"WH-1\","
        "\"hiringOrganization\":{\"name\":\"North Depot Ltd\"},"
        "\"description\":\"<p>Picking and packing orders in a busy depot.</p>\","
        "\"jobLocation\":{\"geo\":{\"latitude\":53.80,\"longitude\":-1.55}},\"employmentType\":\"FULL_TIME\","
        "\"validThrough\":\"2099-01-31\"}\n"
        "{\"@type\":\"JobPosting\",\"title\":\"Xylophone Tuner\",\"identifier\":\"XY-1\","
        "\"hiringOrganization\":{\"name\":\"Chime Works\"},\"description\":\"<p>Tune our instruments.</p>\","
        "\"jobLocation\":{\"geo\":{\"latitude\":53.80,\"longitude\":-1.549}},\"employmentType\":\"FULL_TIME\","
        "\"validThrough\":\"2099-01-31\"}\n";
    const QString bundle = m_dir.filePath("feed.wmbundle");
    const Run build = cli({"bundle",
                           "build-vacancies",
                           "--csv",
                           Fixtures::fileIn(m_dir, "feed.jsonl", feed),
                           "--key",
                           key + ".key",
                           "--publisher",
                           "Jobs feed",
                           "--sequence",
                           "1",
                           "--out",
                           bundle},
                          keyPass);
    QVERIFY2(build.exitCode == 0, build.err.constData());
    const Run import = cli({"bundle", "import", bundle, "--vault", m_vault, "--json"});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    QCOMPARE(QJsonDocument::fromJson(import.out).object().value("added").toInt(), 3);

    auto vault = Vault::open(m_vault, Fixtures::passphrase());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    RecordStore &records = vault.value()->records();
    m_person = records.createPerson({{"given_name", "Ceri"}, {"family_name", "Lloyd"}}).value();
    for (const char *skill : {"infection control", "personal care"})
        QVERIFY(records.add(m_person, "skill", {{"label", skill}, {"source", "self_reported"}}).ok());
    QVERIFY(records.add(m_person, "job_goal", {{"title", "Care Assistant"}}).ok());
}

QJsonObject TestVacancyReadingCli::report()
{
    const Run run = cli({"vacancies", "report", "--vault", m_vault, "--json"});
    if (run.exitCode != 0)
        qWarning() << run.err;
    return QJsonDocument::fromJson(run.out).object();
}

void TestVacancyReadingCli::reportCountsWhatWasUnderstood()
{
    const QJsonObject r = report();
    QCOMPARE(r.value("vacancies").toInt(), 3);
    QCOMPARE(r.value("read").toInt(), 3);
    QCOMPARE(r.value("withOccupation").toInt(), 2);
    QVERIFY(r.value("medianImpliedSkills").toDouble() > 0);
    const QJsonArray unmapped = r.value("unmappedTitles").toArray();
    QCOMPARE(unmapped.size(), 1);
    QCOMPARE(unmapped.first().toObject().value("title").toString(), QStringLiteral("Xylophone Tuner"));
    QCOMPARE(unmapped.first().toObject().value("vacancies").toInt(), 1);

    const Run text = cli({"vacancies", "report", "--vault", m_vault});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains("2 of 3"), text.out.constData());
    QVERIFY2(text.out.contains("Xylophone Tuner"), text.out.constData());
}

void TestVacancyReadingCli::textOnlyVacanciesRankBySkillsAndOccupation()
{
    const Run run = cli({"match", "--vault", m_vault, "--person", m_person, "--top", "3", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray results = QJsonDocument::fromJson(run.out).object().value("results").toArray();
    QVERIFY(!results.isEmpty());
    const QJsonObject best = results.first().toObject();
    QCOMPARE(best.value("vacancy_id").toString(), QStringLiteral("CARE-1"));
    const QStringList matched = best.value("matched_skills").toVariant().toStringList();
    QVERIFY2(matched.contains("infection control"), qPrintable(matched.join(", ")));
    QVERIFY(best.value("score").toDouble() > results.last().toObject().value("score").toDouble());

    // The JSON carries the evidence the window shows: where each credited skill came from, and why the occupation.
    const QJsonArray evidence = best.value("skill_evidence").toArray();
    QVERIFY(!evidence.isEmpty());
    QStringList sources;
    for (const QJsonValue &e : evidence) {
        const QJsonObject item = e.toObject();
        QVERIFY(!item.value("skill").toString().isEmpty());
        QVERIFY(item.value("credit").toDouble() > 0 && item.value("credit").toDouble() <= 1);
        sources.append(item.value("source").toString());
        if (item.value("skill").toString() == QLatin1String("infection control"))
            QCOMPARE(item.value("source").toString(), QStringLiteral("stated"));
    }
    // A title-and-prose feed has no skills column: every credited skill was read from the advert or its occupation.
    QVERIFY2(!sources.contains("listed"), qPrintable(sources.join(", ")));
    QVERIFY(!best.value("evidence").toArray().isEmpty());
    QVERIFY(best.value("occupation_evidence").isString());
}

void TestVacancyReadingCli::readsAgainAfterTheTaxonomyChanges()
{
    // Back to the built-in taxonomy is a change of taxonomy too; nothing is left unread after it.
    const Run reset = cli({"taxonomy", "reset", "--vault", m_vault});
    QVERIFY2(reset.exitCode == 0, reset.err.constData());
    QCOMPARE(report().value("read").toInt(), 3);
    const Run read = cli({"vacancies", "read", "--vault", m_vault});
    QVERIFY2(read.exitCode == 0, read.err.constData());
    QVERIFY2(read.out.contains("0 vacancies read"), read.out.constData());
}

void TestVacancyReadingCli::badTopIsAUsageError()
{
    QCOMPARE(cli({"vacancies", "report", "--vault", m_vault, "--top", "lots"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestVacancyReadingCli)
#include "TestVacancyReadingCli.moc"
