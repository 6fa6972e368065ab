#include "model/caseload/PersonReport.h"
#include "model/vault/AuditLog.h"
#include "model/vault/AuditReserve.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * Faults a vault must live through: a damaged page (named, and never read as missing data or an odd error code)
 * and a full disk (the vault still opens for reading, and its audit entries wait for space).
 */
class TestVaultFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void checkNamesTheDamagedTable();
    void readingADamagedTableSaysDamaged();
    void damageThatStopsOpeningIsStillNamed();
    void fullDiskStillOpensForReading();
    void auditHeldOnAFullDiskIsWrittenByTheNextWrite();
    void auditHeldOnAFullDiskIsWrittenAtLock_data();
    void auditHeldOnAFullDiskIsWrittenAtLock();
    void auditReserveIsZerosOwnerOnlyAndNeverALink();
    void exportOnAFullDiskIsRefusedNotHeld();

private:
    /** A vault with `people` people, locked, with one byte changed in the middle of `table`'s first page. */
    static void makeDamagedVault(const QTemporaryDir &dir, const QString &table, int people = 20);
    /** A vault in `dir` with one person, locked again; the person's id, or empty on failure. */
    static QString lockedVaultWithOnePerson(const QTemporaryDir &dir);
};

void TestVaultFaults::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestVaultFaults::lockedVaultWithOnePerson(const QTemporaryDir &dir)
{
    auto vault = Fixtures::create(dir);
    auto id = vault->records().createPerson({{"given_name", "Ffion"}, {"family_name", "Hughes"}});
    return id ? id.value() : QString();
}

void TestVaultFaults::cleanup()
{
    Database::simulateFullDisk(false);
}

void TestVaultFaults::makeDamagedVault(const QTemporaryDir &dir, const QString &table, int people)
{
    qint64 page = 0;
    {
        auto vault = Fixtures::create(dir);
        QVERIFY(vault);
        for (int i = 0; i < people; ++i) {
            QVERIFY(vault->records().createPerson({{"given_name", QStringLiteral("Given%1").arg(i)},
                                                   {"family_name", QStringLiteral("Family%1").arg(i)}}));
        }
        page = Fixtures::rootPage(*vault, table);
    }
    // Locking closed the last connection, which moved every page from the write-ahead log into the file.
    QVERIFY2(page > 1, "the first page holds the header and the catalogue; it is not the page under test");
    QVERIFY(Fixtures::damagePage(Vault::databasePath(Fixtures::pathIn(dir)), page));
}

void TestVaultFaults::checkNamesTheDamagedTable()
{
    QTemporaryDir dir;
    makeDamagedVault(dir, "person_index");
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    auto problems = vault.value()->integrityCheck();
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QVERIFY(!problems->isEmpty());
    QVERIFY2(problems->first().contains("damaged") && problems->first().contains("person_index"),
             qPrintable(problems->join('\n')));
    // One line per thing that can't be read, not SQLite's hundreds of page numbers.
    QVERIFY2(problems->size() < 5, qPrintable(problems->join('\n')));
}

void TestVaultFaults::readingADamagedTableSaysDamaged()
{
    QTemporaryDir dir;
    makeDamagedVault(dir, "person_index");
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(vault);
    auto people = vault.value()->records().caseload();
    QVERIFY(!people);
    QCOMPARE(people.error().code, ErrorCode::Damaged);
    QVERIFY2(people.error().message.contains("damaged") && people.error().message.contains("person_index"),
             qPrintable(people.error().message));
    QVERIFY(!people.error().message.contains("code 1"));
}

void TestVaultFaults::damageThatStopsOpeningIsStillNamed()
{
    QTemporaryDir dir;
    makeDamagedVault(dir, "device_identity");
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, ErrorCode::Damaged);
    auto problems = Vault::inspectDamage(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QVERIFY2(problems->join('\n').contains("device_identity"), qPrintable(problems->join('\n')));
}

void TestVaultFaults::fullDiskStillOpensForReading()
{
    QTemporaryDir dir;
    const QString id = lockedVaultWithOnePerson(dir);
    QVERIFY(!id.isEmpty());
    {
        Database::simulateFullDisk(true);
        auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        QVERIFY(!vault.value()->canSaveChanges());
        QCOMPARE(vault.value()->records().caseload()->size(), 1);
        auto problems = vault.value()->integrityCheck();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join('\n')));
        auto added = vault.value()->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Price"}});
        QVERIFY(!added);
        QCOMPARE(added.error().code, ErrorCode::DiskFull);
        QCOMPARE(vault.value()->records().personCount().value(), 1);
    }
    // The refused person was never written; only the held audit entries were, into the reserve, at lock.
    Database::simulateFullDisk(false);
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(vault);
    QCOMPARE(vault.value()->records().personCount().value(), 1);
}

void TestVaultFaults::auditReserveIsZerosOwnerOnlyAndNeverALink()
{
    QTemporaryDir dir;
    Fixtures::create(dir);
    const QString folder = Fixtures::pathIn(dir);
    const QString reserve = QDir(folder).filePath(AuditReserve::fileName());
    QFile file(reserve);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.size(), AuditReserve::Bytes);
    QVERIFY(file.readAll().count('\0') == AuditReserve::Bytes);
    file.close();
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());

    // A link in its place is refused like a link to the database, and is never written through.
    QTemporaryDir elsewhere;
    const QString target = elsewhere.filePath("target");
    QVERIFY(QFile::remove(reserve));
    QVERIFY(QFile::link(target, reserve));
    QVERIFY(!AuditReserve::release(folder));
    AuditReserve::ensure(folder);
    QVERIFY(!QFile::exists(target));
    auto vault = Vault::open(folder, Fixtures::passphrase());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, ErrorCode::NotAllowed);
}

void TestVaultFaults::auditHeldOnAFullDiskIsWrittenByTheNextWrite()
{
    QTemporaryDir dir;
    const QString id = lockedVaultWithOnePerson(dir);
    QVERIFY(!id.isEmpty());
    Database::simulateFullDisk(true);
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(vault);
    QVERIFY(vault.value()->records().recordView(id)); // a read, audited: held, not refused
    QCOMPARE(vault.value()->audit().deferredCount(), 2);

    Database::simulateFullDisk(false); // space comes back
    QVERIFY(vault.value()->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Price"}}));
    QVERIFY(vault.value()->canSaveChanges());
    const auto entries = vault.value()->audit().entries({}, 3).value();
    QCOMPARE(entries.size(), 3);
    QCOMPARE(entries.at(0).action, QStringLiteral("create"));
    QCOMPARE(entries.at(1).action, QStringLiteral("view_person"));
    QCOMPARE(entries.at(1).object, id);
    QCOMPARE(entries.at(2).action, QStringLiteral("unlock"));
    QVERIFY(entries.at(1).detail.contains("deferred-from="));
    QVERIFY(entries.at(2).detail.contains("deferred-from="));
    auto verified = vault.value()->audit().verify();
    QVERIFY(verified && verified->intact());
}

void TestVaultFaults::auditHeldOnAFullDiskIsWrittenAtLock_data()
{
    QTest::addColumn<bool>("spaceReturnsBeforeLock");
    QTest::addRow("space back before the lock") << true;
    // As when a short command ends on a full disk: the room the vault set aside takes the entries.
    QTest::addRow("still full at lock, into the reserve") << false;
}

void TestVaultFaults::auditHeldOnAFullDiskIsWrittenAtLock()
{
    QFETCH(bool, spaceReturnsBeforeLock);
    QTemporaryDir dir;
    const QString id = lockedVaultWithOnePerson(dir);
    QVERIFY(!id.isEmpty());
    const QString folder = Fixtures::pathIn(dir);
    QVERIFY(AuditReserve::isInPlace(folder)); // set aside when the vault was made
    {
        Database::simulateFullDisk(true);
        auto vault = Vault::open(folder, Fixtures::passphrase());
        QVERIFY(vault);
        QVERIFY(vault.value()->records().recordView(id, true));
        QCOMPARE(vault.value()->audit().deferredCount(), 2);
        if (spaceReturnsBeforeLock)
            Database::simulateFullDisk(false);
    }
    QVERIFY(!Database::fullDiskSimulated());
    QCOMPARE(AuditReserve::isInPlace(folder), spaceReturnsBeforeLock); // used only when nothing else had room
    auto vault = Vault::open(folder, Fixtures::passphrase());
    QVERIFY(vault);
    QVERIFY(AuditReserve::isInPlace(folder)); // made again once there is room
    const auto entries = vault.value()->audit().entries({}, 4).value();
    QCOMPARE(entries.size(), 4);
    QCOMPARE(entries.at(0).action, QStringLiteral("unlock"));
    QCOMPARE(entries.at(1).action, QStringLiteral("lock"));
    QCOMPARE(entries.at(2).action, QStringLiteral("view_health"));
    QCOMPARE(entries.at(3).action, QStringLiteral("unlock"));
    QVERIFY(entries.at(2).detail.contains("deferred-from="));
    QVERIFY(entries.at(3).detail.contains("deferred-from="));
    auto verified = vault.value()->audit().verify();
    QVERIFY(verified && verified->intact());
}

void TestVaultFaults::exportOnAFullDiskIsRefusedNotHeld()
{
    QTemporaryDir dir;
    const QString id = lockedVaultWithOnePerson(dir);
    QVERIFY(!id.isEmpty());
    Database::simulateFullDisk(true);
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(vault);
    // The export file itself may land on another disk; its audit entry can't wait, or it might never be written.
    QTemporaryDir out;
    const QString path = out.filePath("report.html");
    auto status = PersonReport::exportToFile(*vault.value(), id, path, PersonReport::Format::Html);
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::DiskFull);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(vault.value()->audit().deferredCount(), 1); // the unlock only
}

QTEST_GUILESS_MAIN(TestVaultFaults)
#include "TestVaultFaults.moc"
