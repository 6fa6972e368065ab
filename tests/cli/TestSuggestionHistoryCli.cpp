#include "model/session/PersonLeaflet.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli person suggestions, person disagree and transparency --leaflet, through the real binary. */
class TestSuggestionHistoryCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsWhatWasShownAndDecided();
    void recordsADisagreementInTheLogAndExport();
    void refusesABadDisagreement_data();
    void refusesABadDisagreement();
    void printsTheLeafletInEnglishAndWelsh();
    void refusesABadLeafletLanguage();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args) { return Fixtures::runCli(args, "correct horse battery staple"); }
    QStringList vaultArgs() const { return {"--vault", m_vault}; }

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_person;
    QString m_match;
    QString m_note;
};

void TestSuggestionHistoryCli::initTestCase()
{
    m_vault = m_dir.filePath("coach.waymark");
    Run run = cli({"vault",
                   "create",
                   "--vault",
                   m_vault,
                   "--setting",
                   "work-coach",
                   "--owner",
                   "Coach Bethan",
                   "--kdf",
                   "minimum"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({"person", "add", "--vault", m_vault, "--given", "Dafydd", "--family", "Price"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    m_person = QString::fromUtf8(run.out).trimmed();

    // What the GUI keeps as the coach works, written through the same model.
    auto vault = Vault::open(m_vault, Fixtures::passphrase());
    QVERIFY(vault);
    SuggestionHistory history(vault.value()->database(), vault.value()->audit());
    SuggestionShown match;
    match.tool = QString(SuggestionHistory::ToolMatching);
    match.kind = "vacancy";
    match.subject = "V-7";
    match.label = "Van driver";
    match.detail = "Cardiff Deliveries";
    match.reference = "V-7";
    match.scorePercent = 64;
    match.explanation = {"Matched: driving licence (category B)"};
    m_match = history.recordDecision(m_person, match, SuggestionHistory::DecisionShortlisted).value();
    SuggestionShown note;
    note.tool = QString(SuggestionHistory::ToolNotes);
    note.kind = "job_goal";
    note.subject = "job_goal||chef";
    note.label = "Chef";
    note.detail = "Would like to work as a chef again.";
    m_note = history.recordShown(m_person, note).value();
}

void TestSuggestionHistoryCli::listsWhatWasShownAndDecided()
{
    const Run json =
        cli(QStringList{"person", "suggestions"} + vaultArgs() + QStringList{"--person", m_person, "--json"});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonArray entries = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(0).toObject().value("id").toString(), m_match);
    QCOMPARE(entries.at(0).toObject().value("decision").toString(), QStringLiteral("shortlisted"));
    QCOMPARE(entries.at(0).toObject().value("decided_by").toString(), QStringLiteral("Coach Bethan"));
    QCOMPARE(entries.at(1).toObject().value("shown").toObject().value("detail").toString(),
             QStringLiteral("Would like to work as a chef again."));

    const Run text = cli(QStringList{"person", "suggestions"} + vaultArgs() + QStringList{"--person", m_person});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY(out.contains(m_match));
    QVERIFY(out.contains("Van driver"));
    QVERIFY(out.contains(SuggestionHistory::decisionLabel(SuggestionHistory::DecisionShortlisted)));

    const Run unknown = cli(QStringList{"person", "suggestions"} + vaultArgs() + QStringList{"--person", "nobody"});
    QCOMPARE(unknown.exitCode, 1);
}

void TestSuggestionHistoryCli::recordsADisagreementInTheLogAndExport()
{
    const Run run = cli(QStringList{"person", "disagree"} + vaultArgs() +
                        QStringList{"--person",
                                    m_person,
                                    "--suggestion",
                                    m_match,
                                    "--about",
                                    "decision",
                                    "--reason",
                                    "I have no van licence",
                                    "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QString id = QJsonDocument::fromJson(run.out).object().value("id").toString();
    QVERIFY(!id.isEmpty());

    const QString out = m_dir.filePath("copy.json");
    const Run exported = cli(QStringList{"person", "export"} + vaultArgs() +
                             QStringList{"--person", m_person, "--out", out, "--format", "json"});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject copy = QJsonDocument::fromJson(file.readAll()).object();
    const QJsonObject first = copy.value("suggestions").toArray().at(0).toObject();
    const QJsonObject disagreement = first.value("disagreements").toArray().at(0).toObject();
    QCOMPARE(disagreement.value("reason").toString(), QStringLiteral("I have no van licence"));
    QCOMPARE(disagreement.value("about").toString(), QStringLiteral("decision"));
    bool logged = false;
    for (const QJsonValue &event : copy.value("access").toArray())
        logged = logged || event.toObject().value("action").toString() == QLatin1String("suggestion_disputed");
    QVERIFY(logged);

    // The audit log names the entry and never the words.
    auto vault = Vault::open(m_vault, Fixtures::passphrase());
    QVERIFY(vault);
    bool found = false;
    const auto audit = vault.value()->audit().entries(m_person);
    QVERIFY(audit);
    for (const AuditEntry &entry : audit.value()) {
        QVERIFY(!entry.detail.contains("licence"));
        found = found || (entry.action == QLatin1String("suggestion_disputed") && entry.detail.contains(m_match));
    }
    QVERIFY(found);
}

void TestSuggestionHistoryCli::refusesABadDisagreement_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no reason") << QStringList{"--suggestion", "S"} << 2;
    QTest::newRow("blank reason") << QStringList{"--suggestion", "S", "--reason", "  "} << 2;
    QTest::newRow("bad about") << QStringList{"--suggestion", "S", "--reason", "No", "--about", "vacancy"} << 2;
    QTest::newRow("unknown suggestion") << QStringList{"--suggestion", "nope", "--reason", "No"} << 1;
    QTest::newRow("undecided decision") << QStringList{"--suggestion", "NOTE", "--reason", "No", "--about", "decision"}
                                        << 1;
}

void TestSuggestionHistoryCli::refusesABadDisagreement()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    args.replaceInStrings(QRegularExpression("^S$"), m_match);
    args.replaceInStrings(QRegularExpression("^NOTE$"), m_note);
    const Run run = cli(QStringList{"person", "disagree"} + vaultArgs() + QStringList{"--person", m_person} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY(!run.err.trimmed().isEmpty());
    QCOMPARE(run.err.trimmed().count('\n'), 0);
    // Nothing was recorded on the note suggestion.
    auto vault = Vault::open(m_vault, Fixtures::passphrase());
    QVERIFY(vault);
    QVERIFY(
        SuggestionHistory(vault.value()->database(), vault.value()->audit()).entry(m_note)->disagreements.isEmpty());
}

void TestSuggestionHistoryCli::printsTheLeafletInEnglishAndWelsh()
{
    const Run english = cli({"transparency", "--leaflet"});
    QVERIFY2(english.exitCode == 0, english.err.constData());
    QCOMPARE(QString::fromUtf8(english.out).trimmed(), PersonLeaflet::build("en").toText().trimmed());
    const Run welsh = cli({"transparency", "--leaflet", "--language", "cy", "--html"});
    QVERIFY2(welsh.exitCode == 0, welsh.err.constData());
    QCOMPARE(QString::fromUtf8(welsh.out).trimmed(), PersonLeaflet::build("cy").toHtml().trimmed());
    const Run json = cli({"transparency", "--leaflet", "--json"});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(json.out).object().value("sections").toArray().size(),
             PersonLeaflet::build("en").sections().size());
}

void TestSuggestionHistoryCli::refusesABadLeafletLanguage()
{
    QCOMPARE(cli({"transparency", "--leaflet", "--language", "fr"}).exitCode, 2);
    QCOMPARE(cli({"transparency", "--html"}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSuggestionHistoryCli)
#include "TestSuggestionHistoryCli.moc"
