#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * record add|set and note add|suggestions|accept|reject: the same validation, decisions and audit as the record
 * editors and the notes page, and bad input refused with nothing changed.
 */
class TestRecordNoteCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addsAndChangesRecordsThroughTheSchema();
    void refusesWhatTheSchemaRefusesAndChangesNothing();
    void noteSuggestionsAreNumberedAndDecidedOneByOne();
    void aNumberNotListedChangesNothing();
    void withdrawingIsOnlyForABundleOfChanges();
    void fingerprintIsAlsoJson();

private:
    static Fixtures::CliRun cli(const QStringList &args)
    {
        return Fixtures::runCli(args, "correct horse battery staple");
    }
    QStringList values(const QString &kind, const QString &field);
    QTemporaryDir m_dir;
    QString m_vault;
    QString m_person;
};

void TestRecordNoteCli::initTestCase()
{
    auto vault = Fixtures::create(m_dir);
    m_vault = vault->path();
    m_person = vault->records().createPerson({{"given_name", "Ceri"}, {"family_name", "Lloyd"}}).value();
}

QStringList TestRecordNoteCli::values(const QString &kind, const QString &field)
{
    return Fixtures::reportValues(
        cli({"person", "show", "--vault", m_vault, "--person", m_person, "--json"}).out, kind, field);
}

void TestRecordNoteCli::addsAndChangesRecordsThroughTheSchema()
{
    const auto added = cli({"record",
                            "add",
                            "--vault",
                            m_vault,
                            "--person",
                            m_person,
                            "--kind",
                            "work_history",
                            "--set",
                            "job_title=Porter",
                            "--set",
                            "employer=Ysbyty Gwynedd",
                            "--json"});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QString id = QJsonDocument::fromJson(added.out).object().value("id").toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(values("work_history", "job_title"), QStringList{"Porter"});

    QCOMPARE(cli({"record", "set", "--vault", m_vault, "--record", id, "--set", "job_title=Head porter"}).exitCode, 0);
    QCOMPARE(values("work_history", "job_title"), QStringList{"Head porter"});
    QCOMPARE(values("work_history", "employer"), QStringList{"Ysbyty Gwynedd"});
    // A person's own details are changed through their id.
    QCOMPARE(cli({"record", "set", "--vault", m_vault, "--record", m_person, "--set", "postcode=LL57 2PW"}).exitCode,
             0);
    QCOMPARE(values("person", "postcode"), QStringList{"LL57 2PW"});
}

void TestRecordNoteCli::refusesWhatTheSchemaRefusesAndChangesNothing()
{
    const auto unknownKind =
        cli({"record", "add", "--vault", m_vault, "--person", m_person, "--kind", "horoscope", "--set", "sign=leo"});
    QCOMPARE(unknownKind.exitCode, 1);
    QVERIFY2(unknownKind.err.contains("Waymark does not know that kind of record."), unknownKind.err.constData());
    const auto missing = cli({"record", "add", "--vault", m_vault, "--person", m_person, "--kind", "job_goal"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("Job goal: "), missing.err.constData());
    const auto badPostcode =
        cli({"record", "set", "--vault", m_vault, "--record", m_person, "--set", "postcode=not a postcode"});
    QCOMPARE(badPostcode.exitCode, 1);
    QVERIFY2(badPostcode.err.contains("Postcode: "), badPostcode.err.constData());
    QCOMPARE(values("person", "postcode"), QStringList{"LL57 2PW"});
    QCOMPARE(cli({"record", "set", "--vault", m_vault, "--record", m_person, "--set", "nothing"}).exitCode, 2);
    // Refused commands still audit their unlock and lock; compare what they could have changed.
    {
        auto vault = Vault::open(m_vault, Fixtures::passphrase());
        QVERIFY(vault);
        QCOMPARE(
            vault.value()->database().scalarInteger("SELECT count(*) FROM records WHERE kind = 'job_goal'").value(), 0);
    }

    // A note is kept as written: a correction is added instead.
    const auto note =
        cli({"note", "add", "--vault", m_vault, "--person", m_person, "--text", "Met at the library.", "--json"});
    const QString noteId = QJsonDocument::fromJson(note.out).object().value("id").toString();
    const auto changed = cli({"record", "set", "--vault", m_vault, "--record", noteId, "--set", "text=Changed"});
    QCOMPARE(changed.exitCode, 1);
    QVERIFY2(changed.err.contains("Notes cannot be changed. Add a correction instead."), changed.err.constData());
    QCOMPARE(values("note", "text"), QStringList{"Met at the library."});
}

void TestRecordNoteCli::noteSuggestionsAreNumberedAndDecidedOneByOne()
{
    const auto added = cli({"note",
                            "add",
                            "--vault",
                            m_vault,
                            "--person",
                            m_person,
                            "--text",
                            "She has a forklift licence and can do 16 hours a week.",
                            "--json"});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    const QJsonObject note = QJsonDocument::fromJson(added.out).object();
    const QString noteId = note.value("id").toString();
    const QJsonArray suggestions = note.value("suggestions").toArray();
    int licence = 0;
    int hours = 0;
    for (const QJsonValue &s : suggestions) {
        QCOMPARE(s["number"].toInt() >= 1, true);
        if (s["kind"].toString() == "licence")
            licence = s["number"].toInt();
        if (s["kind"].toString() == "hours")
            hours = s["number"].toInt();
    }
    QVERIFY2(licence > 0 && hours > 0, added.out.constData());
    // The same note lists the same numbers again.
    const auto listed = cli({"note", "suggestions", "--vault", m_vault, "--note", noteId, "--json"});
    QCOMPARE(QJsonDocument::fromJson(listed.out).object().value("suggestions").toArray(), suggestions);

    // Rejecting writes nothing to the case; accepting an edited value writes the edit.
    const QStringList skillsBefore = values("skill", "label");
    const auto rejected =
        cli({"note", "reject", "--vault", m_vault, "--note", noteId, "--suggestion", QString::number(licence)});
    QVERIFY2(rejected.exitCode == 0, rejected.err.constData());
    QCOMPARE(values("skill", "label"), skillsBefore);
    QVERIFY(values("circumstances", "hours_available").isEmpty());
    const auto accepted = cli({"note",
                               "accept",
                               "--vault",
                               m_vault,
                               "--note",
                               noteId,
                               "--suggestion",
                               QString::number(hours),
                               "--value",
                               "20"});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QCOMPARE(values("circumstances", "hours_available"), QStringList{"20"});
    const auto history = cli({"person", "suggestions", "--vault", m_vault, "--person", m_person, "--json"});
    QStringList decisions;
    for (const QJsonValue &entry : QJsonDocument::fromJson(history.out).array())
        decisions.append(entry["decision"].toString());
    QVERIFY2(decisions.contains("rejected") && decisions.contains("changed"), qPrintable(decisions.join(u',')));
}

void TestRecordNoteCli::aNumberNotListedChangesNothing()
{
    const auto added =
        cli({"note", "add", "--vault", m_vault, "--person", m_person, "--text", "Can do 10 hours a week.", "--json"});
    const QString noteId = QJsonDocument::fromJson(added.out).object().value("id").toString();
    const int count = QJsonDocument::fromJson(added.out).object().value("suggestions").toArray().size();
    QCOMPARE(count, 1);
    const QStringList hoursBefore = values("circumstances", "hours_available");
    const auto beyond = cli({"note", "accept", "--vault", m_vault, "--note", noteId, "--suggestion", "9"});
    QCOMPARE(beyond.exitCode, 1);
    QVERIFY2(beyond.err.contains("This note has 1 suggestion, so there is no number 9."), beyond.err.constData());
    QCOMPARE(cli({"note", "accept", "--vault", m_vault, "--note", noteId, "--suggestion", "first"}).exitCode, 2);
    const auto notANote = cli({"note", "accept", "--vault", m_vault, "--note", m_person, "--suggestion", "1"});
    QCOMPARE(notANote.exitCode, 1);
    QVERIFY2(notANote.err.contains("That record is not a note."), notANote.err.constData());
    QCOMPARE(values("circumstances", "hours_available"), hoursBefore);
}

void TestRecordNoteCli::withdrawingIsOnlyForABundleOfChanges()
{
    const QString ids = Fixtures::fileIn(m_dir, "ids.txt", "V1\nV2\n");
    const auto run = cli({"bundle",
                          "build-vacancies",
                          "--withdraw",
                          ids,
                          "--snapshot",
                          "--key",
                          "k.key",
                          "--publisher",
                          "P",
                          "--sequence",
                          "1",
                          "--out",
                          m_dir.filePath("x.wmbundle")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("--withdraw is for a bundle of changes"), run.err.constData());
}

void TestRecordNoteCli::fingerprintIsAlsoJson()
{
    const QString key = m_dir.filePath("device.pub");
    QCOMPARE(cli({"key", "export", "--minisign", "--vault", m_vault, "--out", key}).exitCode, 0);
    const auto text = cli({"key", "fingerprint", key});
    const QJsonObject json = QJsonDocument::fromJson(cli({"key", "fingerprint", key, "--json"}).out).object();
    QVERIFY(!json.value("fingerprint").toString().isEmpty());
    QVERIFY(text.out.contains(json.value("fingerprint").toString().toUtf8()));
    QVERIFY(text.out.contains(json.value("key_id").toString().toUtf8()));
}

QTEST_GUILESS_MAIN(TestRecordNoteCli)
#include "TestRecordNoteCli.moc"
