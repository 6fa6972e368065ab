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
 * empty or missing, and a vault created where something already is. Each gets one clear line naming the
 * problem, a non-zero exit, and changes nothing on disk.
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

QTEST_GUILESS_MAIN(TestBadInputCli)
#include "TestBadInputCli.moc"
