#include "model/forms/FormLibrary.h"
#include "model/forms/FormStore.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Two devices sync a caseload with the real binary: keys, devices, preview, export, import, receipt. */
class TestSyncCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void syncsAndReceiptStopsResending();
    void finishedFormsTravelAndAreListedNumbered();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_pass;
};

TestSyncCli::Run TestSyncCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

void TestSyncCli::syncsAndReceiptStopsResending()
{
    const Fixtures::PairedVaults pair = Fixtures::pairedVaultsWithCli(m_dir, "correct horse battery staple");
    QVERIFY(pair.ok());
    const QString &gp = pair.gp;
    const QString &coach = pair.coach;
    const QString &coachId = pair.coachId;
    QCOMPARE(cli({"person", "add", "--vault", gp, "--given", "Aled", "--family", "Jones"}).exitCode, 0);

    const Run preview = cli({"sync", "preview", "--vault", gp, "--device", coachId, "--json"});
    QCOMPARE(preview.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(preview.out).array().size(), 1);

    const QString bundle = m_dir.filePath("to-coach.wmbundle");
    const Run exported = cli({"sync", "export", "--vault", gp, "--device", coachId, "--out", bundle});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const Run imported = cli({"bundle", "import", bundle, "--vault", coach, "--json"});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString receipt = QJsonDocument::fromJson(imported.out).object().value("receipt").toString();
    QVERIFY(QFile::exists(receipt));
    // An import killed after its commit and before its receipt: the same file again writes the receipt again,
    // and the receipt the practice imports below is that one.
    QVERIFY(QFile::remove(receipt));
    const Run again = cli({"bundle", "import", bundle, "--vault", coach, "--json"});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(QJsonDocument::fromJson(again.out).object().value("already_imported").toBool());
    QCOMPARE(QJsonDocument::fromJson(again.out).object().value("added").toInt(), 0);
    QVERIFY(QFile::exists(receipt));
    const Run list = cli({"person", "list", "--vault", coach, "--json"});
    QVERIFY(list.out.contains("Jones"));

    // Until the receipt comes back, the practice would send the same changes again.
    QCOMPARE(QJsonDocument::fromJson(cli({"sync", "preview", "--vault", gp, "--device", coachId, "--json"}).out)
                 .array()
                 .size(),
             1);
    QCOMPARE(cli({"bundle", "import", receipt, "--vault", gp}).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli({"sync", "preview", "--vault", gp, "--device", coachId, "--json"}).out)
                 .array()
                 .size(),
             0);
}

void TestSyncCli::finishedFormsTravelAndAreListedNumbered()
{
    QTemporaryDir dir;
    const Fixtures::PairedVaults pair = Fixtures::pairedVaultsWithCli(dir, "correct horse battery staple");
    QVERIFY(pair.ok());
    // The GP finishes a health and work conversation for a patient who agreed to share health data.
    QString person;
    {
        auto gp = Vault::open(pair.gp, Fixtures::passphrase());
        QVERIFY(gp);
        person = gp.value()->records().createPerson({{"given_name", "Aled"}, {"family_name", "Jones"}}).value();
        QVERIFY(gp.value()->records().add(
            person, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
        FormDefinition form;
        const auto library = FormLibrary::builtIn();
        for (const FormDefinition &f : library.value()) {
            if (f.id == "health-work-conversation")
                form = f;
        }
        FormStore forms(gp.value()->database(), gp.value()->audit(), gp.value()->clock());
        auto draft = forms.saveDraft({{},
                                      person,
                                      form.id,
                                      form.version,
                                      {},
                                      "en",
                                      {{"what_matters", "Work"}, {"next_steps", "Call"}, {"consent_share_gp", "no"}},
                                      {},
                                      {},
                                      {}});
        QVERIFY(draft);
        QVERIFY(forms.finish(draft.value(), form, "Dr Rees", QDate::currentDate()));
    }
    const Run preview = cli({"sync", "preview", "--vault", pair.gp, "--device", pair.coachId, "--json"});
    QVERIFY(preview.out.contains("Finished forms"));
    const QString bundle = dir.filePath("to-coach.wmbundle");
    QCOMPARE(cli({"sync", "export", "--vault", pair.gp, "--device", pair.coachId, "--out", bundle}).exitCode, 0);
    const Run imported = cli({"bundle", "import", bundle, "--vault", pair.coach});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());

    const Run listed = cli({"form", "versions", "--vault", pair.coach, "--person", person, "--json"});
    QVERIFY2(listed.exitCode == 0, listed.err.constData());
    const QJsonArray versions = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first()["number"].toInt(), 1);
    QCOMPARE(versions.first()["form"].toString(), QStringLiteral("health-work-conversation"));
    QCOMPARE(versions.first()["received_from_label"].toString(), QStringLiteral("Practice"));
    const Run text = cli({"form", "versions", "--vault", pair.coach, "--person", person});
    QVERIFY2(text.out.contains("health-work-conversation #1: signed off by Dr Rees"), text.out.constData());
    QVERIFY(text.out.contains("from Practice"));
    // --person is required.
    QVERIFY(cli({"form", "versions", "--vault", pair.coach}).exitCode != 0);
}

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
