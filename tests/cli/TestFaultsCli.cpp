#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "../support/Fixtures.h"

/**
 * The real waymark-cli on a damaged vault and on a full disk: every command says "damaged" in one line, a full
 * disk still lets a coach read with one line saying changes can't be saved, a write fails leaving the caseload
 * as it was, and the audit of each access is written into the space the vault set aside for it.
 */
class TestFaultsCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void damagedVaultIsNamedByCheck();
    void damagedVaultFailsAReadingCommand();
    void damageThatStopsOpeningIsNamedByCheck();
    void fullDiskStillLetsACommandRead_data();
    void fullDiskStillLetsACommandRead();
    void fullDiskRefusesAWriteAndChangesNothing();

private:
    using Run = Fixtures::CliRun;
    static Run cli(const QStringList &args) { return Fixtures::runCli(args, "correct horse battery staple"); }
    /** A vault with a few people, locked, with one byte changed in the middle of `table`'s first page. */
    static QString makeDamagedVault(const QTemporaryDir &dir, const QString &table);
    static QString makeVault(const QTemporaryDir &dir);
};

void TestFaultsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestFaultsCli::cleanup()
{
    qunsetenv("WAYMARK_TEST_DISK_FULL");
}

QString TestFaultsCli::makeVault(const QTemporaryDir &dir)
{
    auto vault = Fixtures::create(dir);
    for (int i = 0; i < 20; ++i) {
        if (!vault->records().createPerson(
                {{"given_name", QStringLiteral("Given%1").arg(i)}, {"family_name", QStringLiteral("Family%1").arg(i)}}))
            return {};
    }
    return vault->path();
}

QString TestFaultsCli::makeDamagedVault(const QTemporaryDir &dir, const QString &table)
{
    qint64 page = 0;
    QString path;
    {
        auto vault = Fixtures::create(dir);
        for (int i = 0; i < 20; ++i) {
            if (!vault->records().createPerson({{"given_name", QStringLiteral("Given%1").arg(i)},
                                                {"family_name", QStringLiteral("Family%1").arg(i)}}))
                return {};
        }
        page = Fixtures::rootPage(*vault, table);
        path = vault->path();
    }
    // The first page holds the header and the catalogue; every other table starts on a later one.
    if (!Fixtures::damagePage(Vault::databasePath(path), page))
        return {};
    return path;
}

void TestFaultsCli::damagedVaultIsNamedByCheck()
{
    QTemporaryDir dir;
    const QString vault = makeDamagedVault(dir, "person_index");
    QVERIFY(!vault.isEmpty());
    const Run check = cli({"vault", "check", "--vault", vault});
    QVERIFY(check.exitCode != 0);
    QVERIFY2(check.out.contains("damaged") && check.out.contains("person_index"), check.out.constData());
    QCOMPARE(check.errLines().size(), 1);
}

void TestFaultsCli::damagedVaultFailsAReadingCommand()
{
    QTemporaryDir dir;
    const QString vault = makeDamagedVault(dir, "person_index");
    QVERIFY(!vault.isEmpty());
    const Run list = cli({"person", "list", "--vault", vault});
    QVERIFY(list.exitCode != 0);
    QCOMPARE(list.errLines().size(), 1);
    QVERIFY2(list.err.contains("damaged"), list.err.constData());
    QVERIFY(!list.err.contains("code 1"));
}

void TestFaultsCli::damageThatStopsOpeningIsNamedByCheck()
{
    QTemporaryDir dir;
    const QString vault = makeDamagedVault(dir, "device_identity");
    QVERIFY(!vault.isEmpty());
    // Opening reads the identity, so the open fails; the check still finishes and names what is damaged.
    const Run check = cli({"vault", "check", "--vault", vault});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(check.out.contains("device_identity"), check.out.constData());
    QCOMPARE(check.errLines().size(), 1);
}

void TestFaultsCli::fullDiskStillLetsACommandRead_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("person list") << QStringList{"person", "list"} << QByteArray("Family7");
    QTest::addRow("vault check") << QStringList{"vault", "check"} << QByteArray("intact");
}

void TestFaultsCli::fullDiskStillLetsACommandRead()
{
    QFETCH(QStringList, command);
    QFETCH(QByteArray, expected);
    QTemporaryDir dir;
    const QString vault = makeVault(dir);
    QVERIFY(!vault.isEmpty());
    qputenv("WAYMARK_TEST_DISK_FULL", "1");
    const Run run = cli(command + QStringList{"--vault", vault});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.contains(expected));
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("no space left") && run.err.contains("can't be saved"), run.err.constData());

    // The command ended with the disk still full; its access was written into the space set aside for it.
    qunsetenv("WAYMARK_TEST_DISK_FULL");
    auto opened = Vault::open(vault, Fixtures::passphrase());
    QVERIFY(opened);
    const auto entries = opened.value()->audit().entries({}, 5).value();
    QVERIFY(entries.size() >= 3);
    QCOMPARE(entries.at(1).action, QStringLiteral("lock"));
    QVERIFY(entries.at(1).detail.contains("deferred-from="));
    QVERIFY(std::any_of(entries.cbegin() + 2, entries.cend(), [](const AuditEntry &e) {
        return e.action == QStringLiteral("unlock") && e.detail.contains("deferred-from=");
    }));
}

void TestFaultsCli::fullDiskRefusesAWriteAndChangesNothing()
{
    QTemporaryDir dir;
    const QString vault = makeVault(dir);
    QVERIFY(!vault.isEmpty());
    qputenv("WAYMARK_TEST_DISK_FULL", "1");
    const Run add = cli({"person", "add", "--vault", vault, "--given", "Rhys", "--family", "Price"});
    QVERIFY(add.exitCode != 0);
    QCOMPARE(add.errLines().size(), 1);
    QVERIFY2(add.err.contains("no space left"), add.err.constData());
    // Nothing of the refused change was written; only the audit of the attempt's unlock and lock, into the
    // space the vault set aside for it.
    qunsetenv("WAYMARK_TEST_DISK_FULL");
    auto opened = Vault::open(vault, Fixtures::passphrase());
    QVERIFY(opened);
    QCOMPARE(opened.value()->records().personCount().value(), 20);
    const auto entries = opened.value()->audit().entries({}, 3).value();
    QCOMPARE(entries.at(1).action, QStringLiteral("lock"));
    QCOMPARE(entries.at(2).action, QStringLiteral("unlock"));
    QVERIFY(entries.at(2).detail.contains("deferred-from="));
}

QTEST_GUILESS_MAIN(TestFaultsCli)
#include "TestFaultsCli.moc"
