#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * Bad input to waymark-cli that docs/robustness.md lists and no other test covered: a passphrase file that is
 * empty or missing, a vault created where something already is, and a new passphrase too weak for the app. Each gets
 * one clear line naming the problem, a non-zero exit, and changes nothing on disk.
 */
class TestBadInputCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptyPassphraseFileOpensNothing();
    void missingPassphraseFileOpensNothing();
    void emptyPassphraseFileCreatesNothing();
    void createRefusesAFolderThatIsAlreadyThere_data();
    void createRefusesAFolderThatIsAlreadyThere();
    void aWeakPassphraseCreatesNothing_data();
    void aWeakPassphraseCreatesNothing();
    void aWeakNewPassphraseChangesNothing();

private:
    using Run = Fixtures::CliRun;
};

void TestBadInputCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestBadInputCli::emptyPassphraseFileOpensNothing()
{
    QTemporaryDir dir;
    QString vault;
    {
        auto made = Fixtures::create(dir);
        QVERIFY(made);
        QVERIFY(made->records().createPerson({{"given_name", "Nia"}, {"family_name", "Pryce"}}));
        vault = made->path();
    }
    const QByteArray before = Fixtures::folderDigest(vault);
    // Empty, and a file whose first line is empty (a passphrase on the second line is not read).
    for (const QByteArray &content :
         {QByteArray(), QByteArray("\n"), QByteArray("\r\ncorrect horse battery staple\n")}) {
        const QString empty = Fixtures::fileIn(dir, "empty.pass", content);
        const Run run = Fixtures::runCli({"person", "list", "--vault", vault}, {}, empty);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("The passphrase file is empty."), run.err.constData());
        QCOMPARE(Fixtures::folderDigest(vault), before);
    }
}

void TestBadInputCli::missingPassphraseFileOpensNothing()
{
    QTemporaryDir dir;
    QString vault;
    {
        auto made = Fixtures::create(dir);
        QVERIFY(made);
        vault = made->path();
    }
    const QByteArray before = Fixtures::folderDigest(vault);
    const Run run = Fixtures::runCli({"person", "list", "--vault", vault}, {}, dir.filePath("no-such.pass"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("The passphrase file could not be read."), run.err.constData());
    QCOMPARE(Fixtures::folderDigest(vault), before);
}

void TestBadInputCli::emptyPassphraseFileCreatesNothing()
{
    QTemporaryDir dir;
    const QString empty = Fixtures::fileIn(dir, "empty.pass", "");
    const QString vault = dir.filePath("new.waymark");
    const Run run =
        Fixtures::runCli({"vault", "create", "--vault", vault, "--kdf", "minimum", "--owner", "Coach"}, {}, empty);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("The passphrase file is empty."), run.err.constData());
    QVERIFY(!QFileInfo::exists(vault));
}

void TestBadInputCli::createRefusesAFolderThatIsAlreadyThere_data()
{
    QTest::addColumn<bool>("asFolder");
    QTest::addRow("a folder with files in it") << true;
    QTest::addRow("a file") << false;
}

void TestBadInputCli::createRefusesAFolderThatIsAlreadyThere()
{
    QFETCH(bool, asFolder);
    QTemporaryDir dir;
    const QString pass = Fixtures::fileIn(dir, "good.pass", "correct horse battery staple\n");
    const QString target = dir.filePath("photos.waymark");
    if (asFolder) {
        QVERIFY(QDir().mkpath(target));
        Fixtures::fileIn(dir, "photos.waymark/holiday.jpg", "not a vault, and not to be touched");
    } else {
        Fixtures::fileIn(dir, "photos.waymark", "not a vault, and not to be touched");
    }
    const QByteArray before = Fixtures::folderDigest(dir.path());
    const Run run =
        Fixtures::runCli({"vault", "create", "--vault", target, "--kdf", "minimum", "--owner", "Coach"}, {}, pass);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("There is already a file or folder called photos.waymark."), run.err.constData());
    QCOMPARE(Fixtures::folderDigest(dir.path()), before);
}

void TestBadInputCli::aWeakPassphraseCreatesNothing_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addRow("too short") << QByteArray("cardiff1");
    QTest::addRow("a common word and digits") << QByteArray("password12345");
    QTest::addRow("a run") << QByteArray("aaaaaaaaaaaaaaaa");
}

void TestBadInputCli::aWeakPassphraseCreatesNothing()
{
    QFETCH(QByteArray, passphrase);
    QTemporaryDir dir;
    const QString pass = Fixtures::fileIn(dir, "weak.pass", passphrase + "\n");

    // A vault, a signing key and a demo vault: each is refused in the words the app's strength meter uses.
    const QString vault = dir.filePath("new.waymark");
    Run run = Fixtures::runCli({"vault", "create", "--vault", vault, "--kdf", "minimum", "--owner", "Coach"}, {}, pass);
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("That passphrase is too weak"), run.err.constData());
    QVERIFY(!QFileInfo::exists(vault));

    const QString key = dir.filePath("publisher");
    run = Fixtures::runCli({"key", "generate", "--out", key, "--kdf", "minimum"}, {}, pass);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("That passphrase is too weak"), run.err.constData());
    QVERIFY(!QFileInfo::exists(key + ".key"));
    QVERIFY(!QFileInfo::exists(key + ".pub"));

    const QString demo = dir.filePath("demo.waymark");
    run =
        Fixtures::runCli({"demo", "--vault", demo, "--people", "3", "--vacancies", "5", "--kdf", "minimum"}, {}, pass);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("That passphrase is too weak"), run.err.constData());
    QVERIFY(!QFileInfo::exists(demo));
}

void TestBadInputCli::aWeakNewPassphraseChangesNothing()
{
    QTemporaryDir dir;
    QString vault;
    {
        auto made = Fixtures::create(dir);
        QVERIFY(made);
        vault = made->path();
    }
    const QByteArray before = Fixtures::folderDigest(vault);
    const QString current = Fixtures::fileIn(dir, "current.pass", "correct horse battery staple\n");
    const QString weak = Fixtures::fileIn(dir, "weak.pass", "letmein2026\n");
    const Run run =
        Fixtures::runCli({"vault", "passphrase", "--vault", vault, "--new-passphrase-file", weak}, {}, current);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("That passphrase is too weak"), run.err.constData());
    QCOMPARE(Fixtures::folderDigest(vault), before);
    QVERIFY(Vault::open(vault, Fixtures::passphrase()));
}

QTEST_GUILESS_MAIN(TestBadInputCli)
#include "TestBadInputCli.moc"
