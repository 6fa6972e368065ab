#include "model/notes/SuggestionAuditDetail.h"
#include "model/notes/SuggestionReport.h"
#include "model/session/TransparencyRecord.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli transparency and report suggestions, through the real binary. */
class TestOversightCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transparencyJsonHasTheRecordsSections();
    void transparencyNamesTheVaultsTaxonomy();
    void reportCountsWarnsAndExportsCsv();
    void reportRefusesABadPeriod();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args) { return Fixtures::runCli(args, "correct horse battery staple"); }
    QString makeVault();
    QTemporaryDir m_dir;
};

QString TestOversightCli::makeVault()
{
    static int made = 0;
    const QString path = m_dir.filePath(QStringLiteral("coach%1.waymark").arg(++made));
    const Run run =
        cli({"vault", "create", "--vault", path, "--setting", "work-coach", "--owner", "Coach", "--kdf", "minimum"});
    return run.exitCode == 0 ? path : QString();
}

void TestOversightCli::transparencyJsonHasTheRecordsSections()
{
    const Run run = cli({"transparency", "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonArray sections = document.object().value("sections").toArray();
    const TransparencyRecord record = TransparencyRecord::build(TransparencyFacts::current());
    QCOMPARE(sections.size(), record.sections().size());
    for (int i = 0; i < sections.size(); ++i)
        QCOMPARE(sections.at(i).toObject().value("key").toString(), record.sections().at(i).key);
    QCOMPARE(document.object().value("facts").toObject().value("builtin_taxonomy").toString(),
             record.facts().builtInTaxonomy);

    const Run text = cli({"transparency"});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains("Tier 1: summary"));
}

void TestOversightCli::transparencyNamesTheVaultsTaxonomy()
{
    const QString vault = makeVault();
    QVERIFY(!vault.isEmpty());
    const Run run = cli({"transparency", "--vault", vault, "--json"});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject facts = QJsonDocument::fromJson(run.out).object().value("facts").toObject();
    QCOMPARE(facts.value("vault_taxonomy").toString(), facts.value("builtin_taxonomy").toString());
    QCOMPARE(facts.value("vault_taxonomy_imported").toBool(), false);
}

void TestOversightCli::reportCountsWarnsAndExportsCsv()
{
    const QString path = makeVault();
    QVERIFY(!path.isEmpty());
    {
        auto vault = Vault::open(path, Fixtures::passphrase());
        QVERIFY(vault);
        AuditLog &audit = vault.value()->audit();
        const auto detail = [](const QString &head, qint64 ms) {
            return SuggestionAuditDetail{head, "notes-1", "builtin-00000000", ms}.toString();
        };
        QVERIFY(audit.append(AuditAction::SuggestionShown, "a1", detail("skill=30,date=2", -1)));
        for (int i = 0; i < 25; ++i)
            QVERIFY(audit.append(AuditAction::SuggestionAccepted, "a1", detail("skill:skill.label", 800)));
        QVERIFY(audit.append(AuditAction::SuggestionRejected, "a1", detail("date", 6000)));
    }
    const QString csv = m_dir.filePath("suggestions.csv");
    const Run run = cli({"report", "suggestions", "--vault", path, "--json", "--csv", csv});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    const QJsonArray rows = report.value("rows").toArray();
    QVERIFY(!rows.isEmpty());
    const QJsonObject skill = rows.at(0).toObject();
    QCOMPARE(skill.value("kind").toString(), QStringLiteral("skill"));
    QCOMPARE(skill.value("shown").toInt(), 30);
    QCOMPARE(skill.value("accepted_unchanged").toInt(), 25);
    QCOMPARE(skill.value("accepted_within_2s_share").toDouble(), 1.0);
    const QJsonObject date = rows.at(1).toObject();
    QCOMPARE(date.value("shown").toString(), QStringLiteral("<5"));
    QCOMPARE(report.value("warnings").toArray().size(), 2);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray table = file.readAll();
    QVERIFY(table.startsWith("Tool,Kind,Shown"));
    QVERIFY(table.contains("<5"));

    const Run text = cli({"report", "suggestions", "--vault", path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains("check they are being read"));
}

void TestOversightCli::reportRefusesABadPeriod()
{
    const QString path = makeVault();
    QVERIFY(!path.isEmpty());
    Run run = cli({"report", "suggestions", "--vault", path, "--from", "7 December"});
    QVERIFY(run.exitCode != 0);
    QVERIFY(QString::fromUtf8(run.err).contains("YYYY-MM-DD"));
    run = cli({"report", "suggestions", "--vault", path, "--from", "2026-12-07", "--to", "2026-12-01"});
    QVERIFY(run.exitCode != 0);
    QVERIFY(QString::fromUtf8(run.err).contains("ends before it starts"));
}

QTEST_GUILESS_MAIN(TestOversightCli)
#include "TestOversightCli.moc"
