#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** A damaged vault, from the command line: the error says so, on one line of stderr, and nothing is changed. */
class TestDamagedVaultCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void emptiedDatabaseIsDamagedOnOneLineAndUnchanged();
    void damagedDatabaseErrorIsOneLine();

private:
    using Run = Fixtures::CliRun;
    /** Creates a vault with one person in `dir`, closes it and damages the middle of the first page of `table`. */
    static bool damageTable(const QTemporaryDir &dir, const char *table);

    const QByteArray m_passphrase = "correct horse battery staple";
};

void TestDamagedVaultCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestDamagedVaultCli::damageTable(const QTemporaryDir &dir, const char *table)
{
    qint64 page = 0;
    {
        auto vault = Fixtures::create(dir);
        if (!vault || !vault->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}))
            return false;
        page = Fixtures::rootPage(*vault, QString::fromLatin1(table));
    }
    return Fixtures::damagePage(Vault::databasePath(Fixtures::pathIn(dir)), page);
}

void TestDamagedVaultCli::emptiedDatabaseIsDamagedOnOneLineAndUnchanged()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    QVERIFY(Fixtures::create(dir));
    QVERIFY(QFile(Vault::databasePath(path)).resize(0));
    const QByteArray before = Fixtures::folderDigest(path);

    for (const char *command : {"list", "add"}) {
        QStringList arguments{"person", command, "--vault", path};
        if (qstrcmp(command, "add") == 0)
            arguments << "--given"
                      << "Siân"
                      << "--family"
                      << "Evans";
        const Run run = Fixtures::runCli(arguments, m_passphrase);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.errLines().size(), 1);
        QVERIFY2(run.errLines().first().contains("empty"), run.err.constData());
        QCOMPARE(Fixtures::folderDigest(path), before);
    }
}

void TestDamagedVaultCli::damagedDatabaseErrorIsOneLine()
{
    QTemporaryDir dir;
    QVERIFY(damageTable(dir, "person_index"));
    const QString path = Fixtures::pathIn(dir);
    for (const char *group : {"person", "vault"}) {
        const QStringList arguments = qstrcmp(group, "person") == 0 ? QStringList{"person", "list", "--vault", path}
                                                                    : QStringList{"vault", "check", "--vault", path};
        const Run run = Fixtures::runCli(arguments, m_passphrase);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.errLines().size() == 1, run.err.constData());
        QVERIFY2(run.errLines().first().startsWith("waymark-cli: "), run.err.constData());
    }
}

QTEST_GUILESS_MAIN(TestDamagedVaultCli)
#include "TestDamagedVaultCli.moc"
