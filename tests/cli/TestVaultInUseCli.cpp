#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

#include "../support/Fixtures.h"

/**
 * Two real waymark-cli processes on one vault (issue 14, faults): while the first holds the vault, every second
 * command, reading or writing, gets one clear "in use" line and changes nothing; the first finishes its work as
 * if alone; and a holder killed mid-write leaves a vault the next process opens, intact, with none of the
 * unfinished work in it. The first process is paused (SIGSTOP) while it holds the vault, so the second always
 * arrives while it is held, however fast or loaded the machine is.
 */
class TestVaultInUseCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void secondProcessIsRefusedAndTheFirstFinishes();
    void holderKilledMidWriteLeavesTheVaultIntact();

private:
    using Run = Fixtures::CliRun;
    static Run cli(const QStringList &args) { return Fixtures::runCli(args, "correct horse battery staple"); }
    /** Starts `waymark-cli demo` on `vault` and returns once it holds the vault, paused. */
    static bool startPausedHolder(QProcess &holder, const QString &vault, int people);
    /** Every second command is refused with the one "in use" line. */
    static void secondCommandsAreRefused(const QString &vault);
    static int personCount(const QString &vault);
};

void TestVaultInUseCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestVaultInUseCli::startPausedHolder(QProcess &holder, const QString &vault, int people)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAYMARK_PASSPHRASE"), QStringLiteral("correct horse battery staple"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    holder.setProcessEnvironment(env);
    holder.start(QStringLiteral(WAYMARK_CLI_PATH),
                 {QStringLiteral("demo"),
                  QStringLiteral("--vault"),
                  vault,
                  QStringLiteral("--people"),
                  QString::number(people),
                  QStringLiteral("--seed"),
                  QStringLiteral("3")});
    if (!holder.waitForStarted())
        return false;
    // The lock file appears when the holder has the vault, before it derives the key or writes anything.
    const QString lock = QDir(vault).filePath(QStringLiteral(".lock"));
    QElapsedTimer waited;
    waited.start();
    while (!QFile::exists(lock)) {
        if (holder.state() != QProcess::Running || waited.elapsed() > 60000)
            return false;
        QTest::qWait(1);
    }
    return ::kill(pid_t(holder.processId()), SIGSTOP) == 0;
}

void TestVaultInUseCli::secondCommandsAreRefused(const QString &vault)
{
    const QList<QStringList> commands{
        {"person", "list", "--vault", vault},
        {"person", "add", "--vault", vault, "--given", "Rhys", "--family", "Price"},
        {"demo", "--vault", vault, "--people", "5"},
        {"vault", "check", "--vault", vault},
    };
    for (const QStringList &command : commands) {
        const Run run = cli(command);
        QVERIFY2(run.exitCode != 0, qPrintable(command.join(' ')));
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.err.contains("This vault is open in another Waymark window or program. Close it there, then "
                                  "try again."),
                 run.err.constData());
    }
}

int TestVaultInUseCli::personCount(const QString &vault)
{
    const Run listed = cli({"person", "list", "--vault", vault, "--json"});
    if (listed.exitCode != 0)
        return -1;
    return int(QJsonDocument::fromJson(listed.out).array().size());
}

void TestVaultInUseCli::secondProcessIsRefusedAndTheFirstFinishes()
{
    QTemporaryDir dir;
    QString vault;
    {
        auto made = Fixtures::create(dir);
        QVERIFY(made);
        QVERIFY(made->records().createPerson({{"given_name", "Nia"}, {"family_name", "Pryce"}}));
        vault = made->path();
    }

    QProcess holder;
    QVERIFY(startPausedHolder(holder, vault, 200));
    secondCommandsAreRefused(vault);
    if (QTest::currentTestFailed()) {
        holder.kill();
        holder.waitForFinished();
        return;
    }
    QCOMPARE(::kill(pid_t(holder.processId()), SIGCONT), 0);
    QVERIFY(holder.waitForFinished(120000));
    QCOMPARE(holder.exitStatus(), QProcess::NormalExit);
    QVERIFY2(holder.exitCode() == 0, holder.readAllStandardError().constData());

    // The first process did all of its work; the refused ones did none of theirs (no "Rhys Price", no 5 more).
    QCOMPARE(personCount(vault), 201);
    QVERIFY(!cli({"person", "list", "--vault", vault}).out.contains("Price, Rhys"));
    const Run check = cli({"vault", "check", "--vault", vault});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const Run audit = cli({"audit", "verify", "--vault", vault});
    QVERIFY2(audit.exitCode == 0, QByteArray(audit.out + audit.err).constData());
}

void TestVaultInUseCli::holderKilledMidWriteLeavesTheVaultIntact()
{
    QTemporaryDir dir;
    QString vault;
    {
        auto made = Fixtures::create(dir);
        QVERIFY(made);
        QVERIFY(made->records().createPerson({{"given_name", "Nia"}, {"family_name", "Pryce"}}));
        vault = made->path();
    }

    // Enough people that the demo is still writing its one transaction when it is killed.
    QProcess holder;
    QVERIFY(startPausedHolder(holder, vault, 100000));
    secondCommandsAreRefused(vault);
    QCOMPARE(::kill(pid_t(holder.processId()), SIGCONT), 0);
    QTest::qWait(1500);
    QCOMPARE(holder.state(), QProcess::Running);
    QCOMPARE(::kill(pid_t(holder.processId()), SIGKILL), 0);
    QVERIFY(holder.waitForFinished());

    // A dead holder's lock is stale: the next process opens the vault, finds it intact and none of the demo in it.
    QCOMPARE(personCount(vault), 1);
    const Run check = cli({"vault", "check", "--vault", vault});
    QVERIFY2(check.exitCode == 0, check.out.constData());
    const Run audit = cli({"audit", "verify", "--vault", vault});
    QVERIFY2(audit.exitCode == 0, QByteArray(audit.out + audit.err).constData());
}

QTEST_GUILESS_MAIN(TestVaultInUseCli)
#include "TestVaultInUseCli.moc"
