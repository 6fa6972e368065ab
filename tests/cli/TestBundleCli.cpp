#include "model/crypto/Minisign.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** An admin's round trip with the real binaries: make a key, trust it, sign vacancies, import, check with minisign. */
class TestBundleCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void signsTrustsAndImportsVacancies();
    void reportsBadRowsWithLineNumbers();
    void refusesUntrustedAndReplayedBundles();
    void detachedBundleVerifiesWithMinisign();
    void signsAndImportsTaxonomyAndCourses();
    void signsAndImportsFormsAndListsTheNewVersion();
    void rotatesKeyAndMovesTrust();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args, const QString &passphraseFile);
    QString writeFile(const QString &name, const QByteArray &content);
    QString vacanciesCsv(const QString &name, bool withBadRow);
    void makeKeyAndVault();
    QString keyIdHex() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_vault;
    QString m_vaultPass;
    QString m_keyPass;
    QString m_key;
    QString m_fingerprint;
};

void TestBundleCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vaultPass = writeFile("vault.pass", "correct horse battery staple\n");
    m_keyPass = writeFile("key.pass", "publisher key passphrase\n");
    makeKeyAndVault();
}

void TestBundleCli::cleanup()
{
    m_dir.reset();
}

TestBundleCli::Run TestBundleCli::cli(const QStringList &args, const QString &passphraseFile)
{
    return Fixtures::runCli(args, {}, passphraseFile);
}

QString TestBundleCli::writeFile(const QString &name, const QByteArray &content)
{
    return Fixtures::fileIn(*m_dir, name, content);
}

QString TestBundleCli::vacanciesCsv(const QString &name, bool withBadRow)
{
    QByteArray csv = "id,title,employer,description,skills,postcode,latitude,longitude,hours_per_week,salary_min,"
                     "salary_max,contract_type,closing_date\n"
                     "V1,Care assistant,Ty Gwyn,\"Days, nights\nand weekends\",personal care;manual handling,CF10 1EP,"
                     "51.476,-3.177,30,22000,24000,permanent,2099-01-31\n"
                     "V2,Forklift driver,North Depot,,forklift;stock control,LS1 4AP,53.797,-1.548,37.5,,,temporary,"
                     "2099-02-28\n";
    if (withBadRow)
        csv += "V3,Cleaner,Shine Ltd,,cleaning,LS1 4AP,53.797,-1.548,95,,,permanent,2099-02-28\n";
    return writeFile(name, csv);
}

void TestBundleCli::makeKeyAndVault()
{
    m_key = m_dir->filePath("dwp");
    const Run key = cli({"key", "generate", "--out", m_key, "--kdf", "minimum", "--json"}, m_keyPass);
    QVERIFY2(key.exitCode == 0, key.err.constData());
    const QString fingerprint = QJsonDocument::fromJson(key.out).object().value("fingerprint").toString();
    QCOMPARE(fingerprint.size(), 39);
    m_fingerprint = fingerprint;

    m_vault = m_dir->filePath("admin.waymark");
    const Run create = Fixtures::createAdminVaultWithCli(m_vault, m_vaultPass);
    QVERIFY2(create.exitCode == 0, create.err.constData());
    const Run wrong = cli({"trust",
                           "add",
                           m_key + ".pub",
                           "--vault",
                           m_vault,
                           "--kinds",
                           "vacancies",
                           "--label",
                           "DWP",
                           "--fingerprint",
                           "0000 0000"},
                          m_vaultPass);
    QVERIFY(wrong.exitCode != 0);
    QVERIFY(wrong.err.contains("does not match"));
    const Run trust = cli({"trust",
                           "add",
                           m_key + ".pub",
                           "--vault",
                           m_vault,
                           "--kinds",
                           "vacancies",
                           "--label",
                           "DWP",
                           "--fingerprint",
                           fingerprint},
                          m_vaultPass);
    QVERIFY2(trust.exitCode == 0, trust.err.constData());
    const Run list = cli({"trust", "list", "--vault", m_vault}, m_vaultPass);
    QVERIFY(list.out.contains(fingerprint.toUtf8()));
}

QString TestBundleCli::keyIdHex() const
{
    QFile pub(m_key + ".pub");
    if (!pub.open(QIODevice::ReadOnly))
        return {};
    auto key = Minisign::parsePublicKey(pub.readAll());
    return key ? Minisign::keyIdHex(key->keyId) : QString();
}

void TestBundleCli::signsTrustsAndImportsVacancies()
{
    const QString bundle = m_dir->filePath("vacancies-1.wmbundle");
    const Run build = cli({"bundle",
                           "build-vacancies",
                           "--csv",
                           vacanciesCsv("v.csv", false),
                           "--key",
                           m_key + ".key",
                           "--publisher",
                           "DWP",
                           "--sequence",
                           "1",
                           "--out",
                           bundle},
                          m_keyPass);
    QVERIFY2(build.exitCode == 0, build.err.constData());
    const Run import = cli({"bundle", "import", bundle, "--vault", m_vault, "--json"}, m_vaultPass);
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(import.out).object();
    QCOMPARE(summary.value("added").toInt(), 2);
    QCOMPARE(summary.value("rejected").toInt(), 0);
    QCOMPARE(summary.value("kind").toString(), QStringLiteral("vacancies"));
}

void TestBundleCli::reportsBadRowsWithLineNumbers()
{
    const QString csv = vacanciesCsv("bad.csv", true);
    const QString bundle = m_dir->filePath("bad.wmbundle");
    const Run strict = cli({"bundle",
                            "build-vacancies",
                            "--csv",
                            csv,
                            "--key",
                            m_key + ".key",
                            "--publisher",
                            "DWP",
                            "--sequence",
                            "1",
                            "--out",
                            bundle},
                           m_keyPass);
    QVERIFY(strict.exitCode != 0);
    QVERIFY2(strict.err.contains("line 5"), strict.err.constData()); // the quoted newline makes V3 start on line 5
    QVERIFY(!QFile::exists(bundle));
    const Run lenient = cli({"bundle",
                             "build-vacancies",
                             "--csv",
                             csv,
                             "--key",
                             m_key + ".key",
                             "--publisher",
                             "DWP",
                             "--sequence",
                             "1",
                             "--out",
                             bundle,
                             "--skip-invalid"},
                            m_keyPass);
    QVERIFY2(lenient.exitCode == 0, lenient.err.constData());
    QVERIFY(lenient.out.contains("1 invalid row"));
}

void TestBundleCli::refusesUntrustedAndReplayedBundles()
{
    const QString stranger = m_dir->filePath("stranger");
    QCOMPARE(cli({"key", "generate", "--out", stranger, "--kdf", "minimum"}, m_keyPass).exitCode, 0);
    const QString foreign = m_dir->filePath("foreign.wmbundle");
    QCOMPARE(cli({"bundle",
                  "build-vacancies",
                  "--csv",
                  vacanciesCsv("v.csv", false),
                  "--key",
                  stranger + ".key",
                  "--publisher",
                  "DWP",
                  "--sequence",
                  "1",
                  "--out",
                  foreign},
                 m_keyPass)
                 .exitCode,
             0);
    const Run untrusted = cli({"bundle", "import", foreign, "--vault", m_vault}, m_vaultPass);
    QVERIFY(untrusted.exitCode != 0);
    QVERIFY(untrusted.err.contains("trusts"));
    QCOMPARE(untrusted.err.count('\n'), 1);

    const QString bundle = m_dir->filePath("v2.wmbundle");
    QCOMPARE(cli({"bundle",
                  "build-vacancies",
                  "--csv",
                  vacanciesCsv("v.csv", false),
                  "--key",
                  m_key + ".key",
                  "--publisher",
                  "DWP",
                  "--sequence",
                  "2",
                  "--out",
                  bundle},
                 m_keyPass)
                 .exitCode,
             0);
    QCOMPARE(cli({"bundle", "import", bundle, "--vault", m_vault}, m_vaultPass).exitCode, 0);
    const Run again = cli({"bundle", "import", bundle, "--vault", m_vault}, m_vaultPass);
    QVERIFY(again.exitCode != 0);
    QVERIFY(again.err.contains("already imported"));
}

void TestBundleCli::detachedBundleVerifiesWithMinisign()
{
    const QString minisign = QStandardPaths::findExecutable("minisign");
    if (minisign.isEmpty())
        QSKIP("minisign is not installed");
    const QString bundle = m_dir->filePath("check.wmbundle");
    QCOMPARE(cli({"bundle",
                  "build-vacancies",
                  "--csv",
                  vacanciesCsv("v.csv", false),
                  "--key",
                  m_key + ".key",
                  "--publisher",
                  "DWP",
                  "--sequence",
                  "1",
                  "--out",
                  bundle},
                 m_keyPass)
                 .exitCode,
             0);
    const QString exported = m_dir->filePath("exported.pub");
    const Run exportKey = cli({"key", "export", "--minisign", "--key", m_key + ".key", "--out", exported}, m_keyPass);
    QVERIFY2(exportKey.exitCode == 0, exportKey.err.constData());
    QCOMPARE(cli({"bundle", "detach", bundle}, {}).exitCode, 0);
    QProcess verify;
    verify.start(minisign, {"-V", "-m", bundle + ".signed", "-p", exported});
    QVERIFY(verify.waitForFinished(10000));
    QCOMPARE(verify.exitCode(), 0);
    QVERIFY(verify.readAllStandardOutput().contains("Signature and comment signature verified"));
}

void TestBundleCli::signsAndImportsTaxonomyAndCourses()
{
    // A trusted key is never replaced: widening its kinds is a removal and a new addition.
    QVERIFY(cli({"trust", "remove", "--key-id", keyIdHex(), "--vault", m_vault}, m_vaultPass).exitCode == 0);
    QVERIFY(cli({"trust",
                 "add",
                 m_key + ".pub",
                 "--vault",
                 m_vault,
                 "--kinds",
                 "vacancies,taxonomy,courses",
                 "--label",
                 "DWP",
                 "--fingerprint",
                 m_fingerprint},
                m_vaultPass)
                .exitCode == 0);
    QTemporaryDir esco;
    QVERIFY(Fixtures::writeEscoRelease(esco.path()));
    const QString taxonomy = m_dir->filePath("taxonomy-1.wmbundle");
    const Run build = cli({"bundle",
                           "build-taxonomy",
                           "--esco",
                           esco.path(),
                           "--key",
                           m_key + ".key",
                           "--publisher",
                           "DWP",
                           "--sequence",
                           "1",
                           "--out",
                           taxonomy},
                          m_keyPass);
    QVERIFY2(build.exitCode == 0, build.err.constData());
    const Run imported = cli({"bundle", "import", taxonomy, "--vault", m_vault, "--json"}, m_vaultPass);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    QCOMPARE(QJsonDocument::fromJson(imported.out).object().value("kind").toString(), QStringLiteral("taxonomy"));
    const Run info = cli({"taxonomy", "info", "--vault", m_vault, "--json"}, m_vaultPass);
    QCOMPARE(QJsonDocument::fromJson(info.out).object().value("source").toString(), QStringLiteral("esco"));

    const QString csv = writeFile("courses.csv",
                                  "id,title,provider,length,skills\n"
                                  "c1,\"Forklift, counterbalance\",college,3 days,operate forklift;work in a team\n");
    const QString courses = m_dir->filePath("courses-1.wmbundle");
    QVERIFY(cli({"bundle",
                 "build-courses",
                 "--csv",
                 csv,
                 "--key",
                 m_key + ".key",
                 "--publisher",
                 "DWP",
                 "--sequence",
                 "1",
                 "--out",
                 courses},
                m_keyPass)
                .exitCode == 0);
    const Run coursesImported = cli({"bundle", "import", courses, "--vault", m_vault, "--json"}, m_vaultPass);
    QVERIFY2(coursesImported.exitCode == 0, coursesImported.err.constData());
    QCOMPARE(QJsonDocument::fromJson(coursesImported.out).object().value("added").toInt(), 1);
    QCOMPARE(QJsonDocument::fromJson(cli({"taxonomy", "info", "--vault", m_vault, "--json"}, m_vaultPass).out)
                 .object()
                 .value("courses")
                 .toInt(),
             1);

    const QString bad = writeFile("bad-courses.csv", "id,title\nc1,x\n");
    const Run refused = cli({"bundle",
                             "build-courses",
                             "--csv",
                             bad,
                             "--key",
                             m_key + ".key",
                             "--publisher",
                             "DWP",
                             "--sequence",
                             "2",
                             "--out",
                             m_dir->filePath("never.wmbundle")},
                            m_keyPass);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(refused.err.contains("skills"));
}

void TestBundleCli::signsAndImportsFormsAndListsTheNewVersion()
{
    // A trusted key is never replaced: widening its kinds is a removal and a new addition.
    QVERIFY(cli({"trust", "remove", "--key-id", keyIdHex(), "--vault", m_vault}, m_vaultPass).exitCode == 0);
    QVERIFY(cli({"trust",
                 "add",
                 m_key + ".pub",
                 "--vault",
                 m_vault,
                 "--kinds",
                 "vacancies,forms",
                 "--label",
                 "DWP",
                 "--fingerprint",
                 m_fingerprint},
                m_vaultPass)
                .exitCode == 0);
    const QString cv = writeFile("cv-2.json",
                                 "{\n\"format\": \"waymark-form/1\",\n\"id\": \"cv\",\n\"version\": 2,\n"
                                 "\"title\": {\"en\": \"CV (new)\", \"cy\": \"CV (newydd)\"},\n"
                                 "\"sections\": [{\"id\": \"main\", \"title\": {\"en\": \"Main\", \"cy\": \"Prif\"},\n"
                                 "\"fields\": [{\"id\": \"goal\", \"type\": \"text\", "
                                 "\"label\": {\"en\": \"Goal\", \"cy\": \"Nod\"}}]}]}\n");
    const QString bundle = m_dir->filePath("forms-1.wmbundle");
    const Run build = cli({"bundle",
                           "build-forms",
                           "--form",
                           cv,
                           "--key",
                           m_key + ".key",
                           "--publisher",
                           "DWP forms",
                           "--sequence",
                           "1",
                           "--out",
                           bundle},
                          m_keyPass);
    QVERIFY2(build.exitCode == 0, build.err.constData());
    const Run imported = cli({"bundle", "import", bundle, "--vault", m_vault, "--json"}, m_vaultPass);
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QJsonObject summary = QJsonDocument::fromJson(imported.out).object();
    QCOMPARE(summary.value("kind").toString(), QStringLiteral("forms"));
    QCOMPARE(summary.value("changed").toInt(), 1);

    const auto versionOfCv = [](const QByteArray &json, QString *source) {
        for (const QJsonValue &form : QJsonDocument::fromJson(json).array()) {
            if (form.toObject().value("id").toString() == QLatin1String("cv")) {
                *source = form.toObject().value("source").toString();
                return form.toObject().value("version").toInt();
            }
        }
        return 0;
    };
    QString source;
    const Run list = cli({"form", "list", "--vault", m_vault, "--json"}, m_vaultPass);
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QCOMPARE(versionOfCv(list.out, &source), 2);
    // The source is the name the key was trusted under, never the publisher name the bundle claims.
    QCOMPARE(source, QStringLiteral("DWP"));
    const Run text = cli({"form", "list", "--vault", m_vault}, m_vaultPass);
    QVERIFY2(text.out.contains("cv (version 2): CV (new)") && !text.out.contains("DWP forms"), text.out.constData());
    // Without a vault only the built-in forms are listed.
    QCOMPARE(versionOfCv(cli({"form", "list", "--json"}, {}).out, &source), 1);
    QCOMPARE(source, QStringLiteral("built in"));

    // A definition that does not parse fails the build with its file, line and reason.
    const QString bad = writeFile("bad.json", "{\n\"format\": \"waymark-form/1\",\n\"id\": \"x\",,\n}");
    const Run refused = cli({"bundle",
                             "build-forms",
                             "--form",
                             cv,
                             "--form",
                             bad,
                             "--key",
                             m_key + ".key",
                             "--publisher",
                             "DWP forms",
                             "--sequence",
                             "2",
                             "--out",
                             m_dir->filePath("never.wmbundle")},
                            m_keyPass);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains("bad.json") && refused.err.contains("line 3"), refused.err.constData());
    QVERIFY(!QFile::exists(m_dir->filePath("never.wmbundle")));
}

void TestBundleCli::rotatesKeyAndMovesTrust()
{
    const QString newKey = m_dir->filePath("dwp-2027");
    const QString newPass = writeFile("new-key.pass", "the new key's own passphrase\n");
    const Run generate = cli({"key", "generate", "--out", newKey, "--kdf", "minimum", "--json"}, newPass);
    QVERIFY2(generate.exitCode == 0, generate.err.constData());
    const QString newFingerprint = QJsonDocument::fromJson(generate.out).object().value("fingerprint").toString();

    const QString statement = m_dir->filePath("dwp.rotation");
    const Run rotate = cli({"key",
                            "rotate",
                            "--key",
                            m_key + ".key",
                            "--new-key",
                            newKey + ".key",
                            "--new-passphrase-file",
                            newPass,
                            "--kinds",
                            "vacancies",
                            "--reason",
                            "Yearly key change",
                            "--out",
                            statement},
                           m_keyPass);
    QVERIFY2(rotate.exitCode == 0, rotate.err.constData());
    QVERIFY(rotate.out.contains(newFingerprint.toUtf8()));

    const Run apply = cli({"trust", "rotate", statement, "--vault", m_vault}, m_vaultPass);
    QVERIFY2(apply.exitCode == 0, apply.err.constData());
    QVERIFY2(apply.out.contains(m_fingerprint.toUtf8()) && apply.out.contains(newFingerprint.toUtf8()) &&
                 apply.out.contains("vacancies"),
             apply.out.constData());
    const Run list = cli({"trust", "list", "--vault", m_vault}, m_vaultPass);
    QVERIFY(list.out.contains(newFingerprint.toUtf8()));
    QVERIFY(!list.out.contains(m_fingerprint.toUtf8()));

    const Run again = cli({"trust", "rotate", statement, "--vault", m_vault}, m_vaultPass);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("already been applied"), again.err.constData());

    // Bundles from the new key now import; the old key's are refused.
    const auto build = [&](const QString &key, const QString &passphraseFile, const QString &out) {
        return cli({"bundle",
                    "build-vacancies",
                    "--csv",
                    vacanciesCsv("rotated.csv", false),
                    "--key",
                    key + ".key",
                    "--publisher",
                    "DWP",
                    "--sequence",
                    "1",
                    "--out",
                    out},
                   passphraseFile);
    };
    const QString fromOld = m_dir->filePath("old.wmbundle");
    QCOMPARE(build(m_key, m_keyPass, fromOld).exitCode, 0);
    const Run refused = cli({"bundle", "import", fromOld, "--vault", m_vault}, m_vaultPass);
    QVERIFY(refused.exitCode != 0);
    const QString fromNew = m_dir->filePath("new.wmbundle");
    QCOMPARE(build(newKey, newPass, fromNew).exitCode, 0);
    const Run accepted = cli({"bundle", "import", fromNew, "--vault", m_vault}, m_vaultPass);
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());

    // A statement changed by one byte is refused before the vault is touched.
    QFile file(statement);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    bytes[40] = char(bytes.at(40) ^ 0x01);
    const Run tampered =
        cli({"trust", "rotate", writeFile("tampered.rotation", bytes), "--vault", m_vault}, m_vaultPass);
    QCOMPARE(tampered.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestBundleCli)
#include "TestBundleCli.moc"
