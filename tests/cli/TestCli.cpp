#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli driven as a user would: the real binary, real vault folders, exit codes and stderr. */
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createAddListShowExportEraseVerify();
    void wrongPassphraseChangesNothing_data();
    void wrongPassphraseChangesNothing();
    void refusesFolderThatIsNotAVault();
    void refusesVaultOpenInAnotherProcess();
    void rejectsInvalidPersonFields_data();
    void rejectsInvalidPersonFields();
    void auditVerifyFailsAfterTampering();
    void needsPassphraseWhenNotAtATerminal();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void changesPassphraseAndRekeys();
    void passphraseFromEnvironment();
    void demoFillsAVault();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args, const QString &passphraseFile = QString(), const QByteArray &envPassphrase = {});
    QString writeFile(const QString &name, const QByteArray &content);
    /** A vault made in-process (cheap KDF) with Fixtures::passphrase(), then closed. */
    QString makeVault(const QString &name = "cli");

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_good;
    QString m_wrong;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_good = writeFile("good.pass", "correct horse battery staple\n");
    m_wrong = writeFile("wrong.pass", "not the passphrase\n");
}

void TestCli::cleanup()
{
    m_dir.reset();
}

QString TestCli::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(content);
    return path;
}

QString TestCli::makeVault(const QString &name)
{
    auto vault = Fixtures::create(*m_dir, name);
    return vault ? vault->path() : QString();
}

TestCli::Run TestCli::cli(const QStringList &args, const QString &passphraseFile, const QByteArray &envPassphrase)
{
    return Fixtures::runCli(args, envPassphrase, passphraseFile);
}

void TestCli::createAddListShowExportEraseVerify()
{
    const QString vault = m_dir->filePath("new.waymark");
    Run created =
        cli({"vault", "create", "--vault", vault, "--setting", "gp-practice", "--owner", "Dr Rees", "--kdf", "minimum"},
            m_good);
    QVERIFY2(created.exitCode == 0, created.err.constData());
    QVERIFY(Vault::looksLikeVault(vault));

    Run added = cli({"person",
                     "add",
                     "--vault",
                     vault,
                     "--given",
                     "Siân",
                     "--family",
                     "Evans",
                     "--set",
                     "postcode=cf10 1ep",
                     "--set",
                     "ni_number=AB 12 34 56 C",
                     "--set",
                     "preferred_language=cy",
                     "--json"},
                    m_good);
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QVERIFY(added.err.isEmpty());
    const QString id = QJsonDocument::fromJson(added.out).object().value("id").toString();
    QCOMPARE(id.size(), 32);

    Run listed = cli({"person", "list", "--vault", vault, "--json"}, m_good);
    QCOMPARE(listed.exitCode, 0);
    const QJsonArray people = QJsonDocument::fromJson(listed.out).array();
    QCOMPARE(people.size(), 1);
    const QJsonObject person = people.first().toObject();
    QCOMPARE(person.value("id").toString(), id);
    QCOMPARE(person.value("given_name").toString(), QStringLiteral("Siân"));
    QCOMPARE(person.value("postcode").toString(), QStringLiteral("CF10 1EP"));
    QCOMPARE(person.value("ni_number").toString(), QStringLiteral("AB123456C"));
    QCOMPARE(cli({"person", "list", "--vault", vault, "--status", "closed", "--json"}, m_good).out.trimmed(),
             QByteArray("[\n]"));

    Run shown = cli({"person", "show", "--vault", vault, "--person", id}, m_good);
    QCOMPARE(shown.exitCode, 0);
    QVERIFY(QString::fromUtf8(shown.out).contains("Siân"));
    QVERIFY(shown.out.contains("AB 12 34 56 C"));
    Run shownJson = cli({"person", "show", "--vault", vault, "--person", id, "--json"}, m_good);
    QCOMPARE(QJsonDocument::fromJson(shownJson.out).object().value("person_id").toString(), id);

    const QString html = m_dir->filePath("siân.html");
    QCOMPARE(cli({"person", "export", "--vault", vault, "--person", id, "--out", html}, m_good).exitCode, 0);
    QFile htmlFile(html);
    QVERIFY(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    QVERIFY(page.contains("<html lang=\"cy\">"));
    QVERIFY(page.contains("Siân"));
    const QString json = m_dir->filePath("export.json");
    QCOMPARE(
        cli({"person", "export", "--vault", vault, "--person", id, "--out", json, "--format", "json"}, m_good).exitCode,
        0);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object().value("person_id").toString(), id);

    Run refused = cli({"person", "erase", "--vault", vault, "--person", id}, m_good);
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.errLines().size(), 1);
    QCOMPARE(cli({"person", "erase", "--vault", vault, "--person", id, "--yes"}, m_good).exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(cli({"person", "list", "--vault", vault, "--json"}, m_good).out).array().size(),
             0);

    Run verified = cli({"audit", "verify", "--vault", vault}, m_good);
    QVERIFY2(verified.exitCode == 0, verified.err.constData());
    QVERIFY(verified.out.contains("intact"));
    Run checked = cli({"vault", "check", "--vault", vault}, m_good);
    QVERIFY2(checked.exitCode == 0, checked.err.constData());

    // The audit trail saw each step, and never a value.
    SecureBytes passphrase = Fixtures::passphrase();
    auto opened = Vault::open(vault, passphrase);
    QVERIFY(opened);
    QStringList actions;
    const auto entries = opened.value()->audit().entries();
    QVERIFY(entries);
    for (const AuditEntry &e : entries.value()) {
        actions.prepend(e.action);
        QVERIFY(!e.detail.contains("Siân") && !e.object.contains("Evans"));
    }
    for (const char *action : {"vault_create", "create", "view_person", "view_health", "export_person", "erase"})
        QVERIFY2(actions.contains(action), action);
    QCOMPARE(opened.value()->setting(), VaultSetting::GpPractice);
    QCOMPARE(opened.value()->ownerName(), QStringLiteral("Dr Rees"));
}

void TestCli::wrongPassphraseChangesNothing_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("person list") << QStringList{"person", "list"};
    QTest::addRow("person add") << QStringList{"person", "add", "--given", "A", "--family", "B"};
    QTest::addRow("audit verify") << QStringList{"audit", "verify"};
    QTest::addRow("vault check") << QStringList{"vault", "check"};
    QTest::addRow("vault rekey") << QStringList{"vault", "rekey"};
}

void TestCli::wrongPassphraseChangesNothing()
{
    QFETCH(QStringList, args);
    const QString vault = makeVault();
    QVERIFY(!vault.isEmpty());
    const QByteArray before = Fixtures::folderDigest(vault);
    Run run = cli(args << "--vault" << vault, m_wrong);
    QVERIFY(run.exitCode != 0);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.startsWith("waymark-cli: "));
    QVERIFY2(run.err.toLower().contains("passphrase"), run.err.constData());
    QCOMPARE(Fixtures::folderDigest(vault), before);
}

void TestCli::refusesFolderThatIsNotAVault()
{
    const QString folder = m_dir->filePath("holiday-photos");
    QVERIFY(QDir().mkpath(folder));
    Run run = cli({"person", "list", "--vault", folder}, m_good);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains("not a Waymark vault"));
    QVERIFY(QDir(folder).isEmpty());
}

void TestCli::refusesVaultOpenInAnotherProcess()
{
    const QString path = makeVault();
    auto open = Vault::open(path, Fixtures::passphrase());
    QVERIFY(open);
    Run run = cli({"person", "list", "--vault", path}, m_good);
    QVERIFY(run.exitCode != 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("open in another"), run.err.constData());
}

void TestCli::rejectsInvalidPersonFields_data()
{
    QTest::addColumn<QString>("assignment");
    QTest::addColumn<QString>("named");
    QTest::addRow("NI number") << "ni_number=QQ12"
                               << "National Insurance";
    QTest::addRow("NI prefix") << "ni_number=BG123456A"
                               << "prefix";
    QTest::addRow("postcode") << "postcode=NOWHERE"
                              << "postcode";
    QTest::addRow("date") << "date_of_birth=1990-13-45"
                          << "date";
    QTest::addRow("unknown field") << "shoe_size=9"
                                   << "shoe_size";
}

void TestCli::rejectsInvalidPersonFields()
{
    QFETCH(QString, assignment);
    QFETCH(QString, named);
    const QString vault = makeVault();
    Run run =
        cli({"person", "add", "--vault", vault, "--given", "Llŷr", "--family", "Jones", "--set", assignment}, m_good);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(QString::fromUtf8(run.err).contains(named, Qt::CaseInsensitive), run.err.constData());
    QVERIFY(!run.err.contains("Llŷr"));
    Run listed = cli({"person", "list", "--vault", vault, "--json"}, m_good);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
}

void TestCli::auditVerifyFailsAfterTampering()
{
    const QString path = makeVault();
    QCOMPARE(cli({"person", "add", "--vault", path, "--given", "Gwen", "--family", "Morgan"}, m_good).exitCode, 0);
    QCOMPARE(cli({"audit", "verify", "--vault", path}, m_good).exitCode, 0);
    {
        auto vault = Vault::open(path, Fixtures::passphrase());
        QVERIFY(vault);
        // Someone with the key drops the guards and rewrites history.
        QVERIFY(vault.value()->database().exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;"));
        QVERIFY(vault.value()->database().exec("UPDATE audit SET action = 'view_person' WHERE seq = 3"));
    }
    Run run = cli({"audit", "verify", "--vault", path}, m_good);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.contains("entries checked"));
    QVERIFY(run.out.contains("Broken at entry 3"));
    QCOMPARE(run.errLines().size(), 1);
    Run json = cli({"audit", "verify", "--vault", path, "--json"}, m_good);
    QCOMPARE(json.exitCode, 1);
    const QJsonObject result = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(result.value("intact").toBool(), false);
    QCOMPARE(result.value("first_broken").toInt(), 3);
    QCOMPARE(cli({"vault", "check", "--vault", path}, m_good).exitCode, 1);
}

void TestCli::needsPassphraseWhenNotAtATerminal()
{
    const QString vault = makeVault();
    Run run = cli({"person", "list", "--vault", vault});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.contains("--passphrase-file"));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addRow("nothing") << QStringList{};
    QTest::addRow("unknown command") << QStringList{"frobnicate", "now"};
    QTest::addRow("unknown action") << QStringList{"person", "dance"};
    QTest::addRow("unknown option") << QStringList{"person", "list", "--colour"};
    QTest::addRow("missing person") << QStringList{"person", "show"};
    QTest::addRow("bad status") << QStringList{"person", "list", "--status", "maybe"};
    QTest::addRow("bad format") << QStringList{"person", "export", "--person", "x", "--out", "y", "--format", "pdf"};
    QTest::addRow("bad setting") << QStringList{"vault", "create", "--vault", "/nonexistent/v", "--setting", "pub"};
    QTest::addRow("bad people") << QStringList{"demo", "--vault", "/nonexistent/v", "--people", "lots"};
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    Run run = cli(args, m_good);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.startsWith("waymark-cli: "));
}

void TestCli::changesPassphraseAndRekeys()
{
    const QString vault = makeVault();
    const QString next = writeFile("next.pass", "a brand new passphrase\n");
    QCOMPARE(cli({"vault", "rekey", "--vault", vault}, m_good).exitCode, 0);
    QCOMPARE(cli({"vault", "check", "--vault", vault}, m_good).exitCode, 0);
    Run changed = cli({"vault", "passphrase", "--vault", vault, "--new-passphrase-file", next}, m_good);
    QVERIFY2(changed.exitCode == 0, changed.err.constData());
    QVERIFY(cli({"person", "list", "--vault", vault}, m_good).exitCode != 0);
    QCOMPARE(cli({"person", "list", "--vault", vault}, next).exitCode, 0);
    QCOMPARE(cli({"audit", "verify", "--vault", vault}, next).exitCode, 0);
}

void TestCli::passphraseFromEnvironment()
{
    const QString vault = makeVault();
    QCOMPARE(cli({"person", "list", "--vault", vault}, {}, "correct horse battery staple").exitCode, 0);
    QVERIFY(cli({"person", "list", "--vault", vault}, {}, "wrong").exitCode != 0);
}

void TestCli::demoFillsAVault()
{
    const QString vault = m_dir->filePath("demo.waymark");
    Run run = cli({"demo", "--vault", vault, "--people", "20", "--seed", "4", "--kdf", "minimum"}, m_good);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.isEmpty());
    Run listed = cli({"person", "list", "--vault", vault, "--json"}, m_good);
    QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 20);
    QCOMPARE(cli({"audit", "verify", "--vault", vault}, m_good).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
