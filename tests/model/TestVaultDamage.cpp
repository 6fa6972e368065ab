#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * Damage reads as damage: a vault whose own rows cannot be read, or whose database has been emptied or removed,
 * is reported as damaged or missing, never as "no such row", and opening it creates and changes nothing.
 */
class TestVaultDamage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreadableOwnRowsAreDamage_data();
    void unreadableOwnRowsAreDamage();
    void emptiedDatabaseIsDamagedAndLeftAsItIs();
    void removedDatabaseIsMissingAndNothingIsCreated();
    void databaseWithoutTablesIsNotOpened();

private:
    /** The first page of `table` in the vault's database (SQLite numbers pages from 1). */
    static qint64 rootPage(Vault &vault, const char *table);
    /** Overwrites bytes in the middle of page `page` of the encrypted file, so its authentication code fails. */
    static bool damagePage(const QString &databasePath, qint64 page);
};

void TestVaultDamage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

qint64 TestVaultDamage::rootPage(Vault &vault, const char *table)
{
    return Fixtures::rootPage(vault, QString::fromLatin1(table));
}

bool TestVaultDamage::damagePage(const QString &databasePath, qint64 page)
{
    return Fixtures::damagePage(databasePath, page);
}

void TestVaultDamage::unreadableOwnRowsAreDamage_data()
{
    QTest::addColumn<QByteArray>("table");
    QTest::addColumn<QString>("absentRowMessage");
    QTest::addRow("device identity") << QByteArray("device_identity") << QStringLiteral("lost its device identity");
    QTest::addRow("setting") << QByteArray("meta") << QStringLiteral("does not record its setting");
}

void TestVaultDamage::unreadableOwnRowsAreDamage()
{
    QFETCH(QByteArray, table);
    QFETCH(QString, absentRowMessage);
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    qint64 page = 0;
    {
        auto vault = Fixtures::create(dir);
        QVERIFY(vault);
        page = rootPage(*vault, table.constData());
    }
    QVERIFY(page > 1);
    QVERIFY(damagePage(Vault::databasePath(path), page));
    const QByteArray before = Fixtures::folderDigest(path);

    auto opened = Vault::open(path, Fixtures::passphrase());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Damaged);
    QVERIFY2(!opened.error().message.contains(absentRowMessage), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(QStringLiteral("damaged")), qPrintable(opened.error().message));
    QCOMPARE(Fixtures::folderDigest(path), before);
}

void TestVaultDamage::emptiedDatabaseIsDamagedAndLeftAsItIs()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    QVERIFY(Fixtures::create(dir));
    QVERIFY(QFile(Vault::databasePath(path)).resize(0));
    const QByteArray before = Fixtures::folderDigest(path);

    auto opened = Vault::open(path, Fixtures::passphrase());
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Damaged);
    QVERIFY2(opened.error().message.contains(QStringLiteral("empty")), qPrintable(opened.error().message));
    QCOMPARE(QFileInfo(Vault::databasePath(path)).size(), qint64(0));
    QCOMPARE(Fixtures::folderDigest(path), before);
    // A second attempt finds the same damage: the first did not "repair" it with a new schema.
    QCOMPARE(Vault::open(path, Fixtures::passphrase()).error().code, ErrorCode::Damaged);
}

void TestVaultDamage::removedDatabaseIsMissingAndNothingIsCreated()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    QVERIFY(Fixtures::create(dir));
    QVERIFY(QFile::remove(Vault::databasePath(path)));
    const QByteArray before = Fixtures::folderDigest(path);

    auto opened = Vault::open(path, Fixtures::passphrase());
    QVERIFY(!opened);
    QVERIFY2(opened.error().message.contains(QStringLiteral("missing")), qPrintable(opened.error().message));
    QVERIFY(!QFile::exists(Vault::databasePath(path)));
    QCOMPARE(Fixtures::folderDigest(path), before);
}

void TestVaultDamage::databaseWithoutTablesIsNotOpened()
{
    // An encrypted database with the vault's key but no tables (as a failed open used to leave behind before the
    // schema was written) is not a vault's database: opening it for reading does not start a new schema.
    QTemporaryDir dir;
    const QString path = dir.filePath("bare.db");
    const SecureBytes key = SecureBytes::random(32);
    {
        auto created = Database::open(path, key, true);
        QVERIFY(created);
        QVERIFY(created.value()->exec("CREATE TABLE scratch(x); DROP TABLE scratch;"));
    }
    QVERIFY(QFileInfo(path).size() > 0);
    auto opened = Database::open(path, key, false);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Damaged);
}

QTEST_GUILESS_MAIN(TestVaultDamage)
#include "TestVaultDamage.moc"
