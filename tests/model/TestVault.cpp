#include "model/core/HybridClock.h"
#include "model/crypto/KeySlot.h"
#include "model/vault/AuditLog.h"
#include "model/vault/AuditReserve.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Schema.h"
#include "model/vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

class TestVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createsEncryptedVault();
    void sqlcipherCliCannotReadWithoutKey();
    void reopensWithPassphrase();
    void wrongPassphraseChangesNothing();
    void refusesFolderThatIsNotAVault();
    void refusesVaultFromNewerVersion();
    void refusesVaultOpenElsewhere();
    void damagedDatabaseIsNotWrongPassphrase();
    void changePassphraseRewrapsOnly();
    void rekeyReplacesDatabaseKey();
    void recoversFromInterruptedRekey();
    void recoversFromRekeyStoppedBetweenRemoveAndRename();
    void rekeyLeavesOnePrivateSlot();
    void refusesLinkedVaultFiles_data();
    void refusesLinkedVaultFiles();
    void refusesToWriteTheSlotThroughALink();
    void fullDiskLeavesVaultIntact();
    void recordsSettingAndDeviceIdentity();
    void clockCarriesOverLock();
    void opensFixtureOfEverySchemaVersion_data();
    void opensFixtureOfEverySchemaVersion();
    void migratesOlderSchemaKeepingData();
    void schema14KeysPublisherDataBySigner();
    void schema16KeysTheAuditChainFromWhereItWas();
    void writeFixtures();
};

void TestVault::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVault::createsEncryptedVault()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    auto person = vault->records().createPerson({{"given_name", "Marker"}, {"family_name", "PLAINTEXTCANARY"}});
    QVERIFY(person);
    vault.reset();

    QFile db(Vault::databasePath(Fixtures::pathIn(dir)));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray bytes = db.readAll();
    QVERIFY(!bytes.startsWith("SQLite format 3"));
    QVERIFY(!bytes.contains("PLAINTEXTCANARY"));
    QVERIFY(!bytes.contains("given_name")); // even the schema is encrypted
}

void TestVault::sqlcipherCliCannotReadWithoutKey()
{
    const QString cli = QStandardPaths::findExecutable("sqlcipher");
    if (cli.isEmpty())
        QSKIP("the sqlcipher command is not installed");
    QTemporaryDir dir;
    QVERIFY(Fixtures::create(dir));
    QProcess process;
    process.start(cli, {Vault::databasePath(Fixtures::pathIn(dir)), "SELECT count(*) FROM sqlite_master;"});
    QVERIFY(process.waitForFinished(10000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(output.contains("file is encrypted or is not a database"), output.constData());
}

void TestVault::reopensWithPassphrase()
{
    QTemporaryDir dir;
    QString id;
    {
        auto vault = Fixtures::create(dir);
        id = vault->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}).value();
    }
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    auto person = vault.value()->records().get(id);
    QVERIFY(person);
    QCOMPARE(person->value("given_name"), QStringLiteral("Siân"));
}

void TestVault::wrongPassphraseChangesNothing()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::create(dir));
    const QByteArray before = Fixtures::folderDigest(Fixtures::pathIn(dir));
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase("wrong"));
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, ErrorCode::WrongPassphrase);
    QCOMPARE(Fixtures::folderDigest(Fixtures::pathIn(dir)), before);
}

void TestVault::refusesFolderThatIsNotAVault()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir("holiday.waymark");
    QFile junk(dir.filePath("holiday.waymark/key.slot"));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("these are not the bytes you are looking for");
    junk.close();
    auto vault = Vault::open(dir.filePath("holiday.waymark"), Fixtures::passphrase());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, ErrorCode::NotAVault);

    auto missing = Vault::open(dir.filePath("nothing-here.waymark"), Fixtures::passphrase());
    QCOMPARE(missing.error().code, ErrorCode::NotAVault);
}

void TestVault::refusesVaultFromNewerVersion()
{
    QTemporaryDir dir;
    {
        auto vault = Fixtures::create(dir);
        QVERIFY(vault->database().exec("PRAGMA user_version = 99"));
    }
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, ErrorCode::NewerVersion);
}

void TestVault::refusesVaultOpenElsewhere()
{
    QTemporaryDir dir;
    auto first = Fixtures::create(dir);
    QVERIFY(first);
    auto second = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(!second);
    QCOMPARE(second.error().code, ErrorCode::VaultInUse);
    first.reset();
    QVERIFY(Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase()));
}

void TestVault::damagedDatabaseIsNotWrongPassphrase()
{
    QTemporaryDir dir;
    {
        auto vault = Fixtures::create(dir);
        QVERIFY(vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    QFile db(Vault::databasePath(Fixtures::pathIn(dir)));
    QVERIFY(db.open(QIODevice::ReadWrite));
    db.seek(500); // inside page 1: SQLCipher reports rc 26 just as for a wrong key
    char byte = 0;
    db.getChar(&byte);
    db.seek(500);
    db.putChar(char(byte ^ 0x55));
    db.close();
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, ErrorCode::Damaged);
    auto wrong = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase("wrong"));
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
}

void TestVault::changePassphraseRewrapsOnly()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault->database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
    QFile db(Vault::databasePath(Fixtures::pathIn(dir)));
    QVERIFY(db.open(QIODevice::ReadOnly));
    const QByteArray firstPage = db.read(4096);
    db.close();

    auto refused = vault->changePassphrase(Fixtures::passphrase("wrong"), Fixtures::passphrase("new one"));
    QCOMPARE(refused.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(vault->changePassphrase(Fixtures::passphrase(), Fixtures::passphrase("new one")));
    vault.reset();

    QVERIFY(db.open(QIODevice::ReadOnly));
    QCOMPARE(db.read(4096), firstPage); // same key, same bytes: nothing was re-encrypted
    db.close();
    QCOMPARE(Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase()).error().code, ErrorCode::WrongPassphrase);
    QVERIFY(Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase("new one")));
}

void TestVault::rekeyReplacesDatabaseKey()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    auto vault = Fixtures::create(dir);
    const QString id = vault->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Morgan"}}).value();
    auto oldKey = KeySlot::unwrap(Vault::slotPath(path), Fixtures::passphrase());
    QVERIFY(oldKey);
    QVERIFY(vault->rekey(Fixtures::passphrase()));
    vault.reset();

    auto newKey = KeySlot::unwrap(Vault::slotPath(path), Fixtures::passphrase());
    QVERIFY(newKey);
    QVERIFY(!newKey->equals(oldKey.value()));
    auto withOldKey = Database::open(Vault::databasePath(path), oldKey.value(), false);
    QVERIFY(!withOldKey);
    auto reopened = Vault::open(path, Fixtures::passphrase());
    QVERIFY(reopened);
    QVERIFY(reopened.value()->records().get(id));
}

void TestVault::recoversFromInterruptedRekey()
{
    // Simulate a crash after the database took the new key but before the new slot replaced the old one.
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    auto vault = Fixtures::create(dir);
    SecureBytes newKey = SecureBytes::random(32);
    QVERIFY(KeySlot::write(QDir(path).filePath("key.slot.next"), newKey, Fixtures::passphrase(), KdfParams::minimum()));
    // Vault::rekey's steps up to the crash: the audit chain's key is sealed under the next key before the rekey.
    QVERIFY(vault->audit().chain().sealForRekey(vault->database(), newKey));
    QVERIFY(vault->database().rekey(newKey));
    vault.reset();
    auto reopened = Vault::open(path, Fixtures::passphrase());
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    QVERIFY(!QFile::exists(QDir(path).filePath("key.slot.next")));
}

void TestVault::recoversFromRekeyStoppedBetweenRemoveAndRename()
{
    // The window a build before the atomic swap left: the database has the new key, key.slot is gone, and only
    // key.slot.next holds the key. Every later command said "not a vault".
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    QString id;
    {
        auto vault = Fixtures::create(dir);
        id = vault->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Morgan"}}).value();
        SecureBytes newKey = SecureBytes::random(32);
        QVERIFY(
            KeySlot::write(QDir(path).filePath("key.slot.next"), newKey, Fixtures::passphrase(), KdfParams::minimum()));
        QVERIFY(vault->audit().chain().sealForRekey(vault->database(), newKey));
        QVERIFY(vault->database().rekey(newKey));
    }
    QVERIFY(QFile::remove(Vault::slotPath(path)));
    QVERIFY(Vault::looksLikeVault(path));

    auto wrong = Vault::open(path, Fixtures::passphrase("not it"));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(QFile::exists(QDir(path).filePath("key.slot.next"))); // a wrong passphrase changes nothing

    auto reopened = Vault::open(path, Fixtures::passphrase());
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    QVERIFY(reopened.value()->records().get(id));
    QVERIFY(QFile::exists(Vault::slotPath(path)));
    QVERIFY(!QFile::exists(QDir(path).filePath("key.slot.next")));
}

void TestVault::rekeyLeavesOnePrivateSlot()
{
    // After a rekey there is exactly one slot, holding the new key, private to the user, and no pending one.
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    auto vault = Fixtures::create(dir);
    const QByteArray before = [&] {
        QFile slot(Vault::slotPath(path));
        return slot.open(QIODevice::ReadOnly) ? slot.readAll() : QByteArray();
    }();
    QVERIFY(vault->rekey(Fixtures::passphrase()));
    QFile slot(Vault::slotPath(path));
    QVERIFY(slot.open(QIODevice::ReadOnly));
    QVERIFY(slot.readAll() != before);
    QVERIFY(!QFile::exists(QDir(path).filePath("key.slot.next")));
    QCOMPARE(QFile::permissions(Vault::slotPath(path)) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
}

void TestVault::refusesLinkedVaultFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("database") << "caseload.db";
    QTest::addRow("key slot") << "key.slot";
    QTest::addRow("lock file") << ".lock";
}

void TestVault::refusesLinkedVaultFiles()
{
    // Someone who can write the folder swaps a file for a link to a copy elsewhere (another disk, a share).
    QFETCH(QString, name);
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    Fixtures::create(dir).reset();
    const QString inside = QDir(path).filePath(name);
    const QString elsewhere = dir.filePath("elsewhere-" + name);
    if (QFile::exists(inside))
        QVERIFY(QFile::rename(inside, elsewhere));
    else
        QVERIFY(QFile(elsewhere).open(QIODevice::WriteOnly));
    QVERIFY(QFile::link(elsewhere, inside));
    const QByteArray before = [&] {
        QFile file(elsewhere);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();

    auto vault = Vault::open(path, Fixtures::passphrase());
    QVERIFY(!vault);
    QCOMPARE(vault.error().code, ErrorCode::NotAllowed);
    QVERIFY2(vault.error().message.contains(name), qPrintable(vault.error().message));
    QFile target(elsewhere);
    QVERIFY(target.open(QIODevice::ReadOnly));
    QCOMPARE(target.readAll(), before);
}

void TestVault::refusesToWriteTheSlotThroughALink()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    auto vault = Fixtures::create(dir);
    const QString elsewhere = dir.filePath("elsewhere.slot");
    QVERIFY(QFile::rename(Vault::slotPath(path), elsewhere));
    QVERIFY(QFile::link(elsewhere, Vault::slotPath(path)));
    QCOMPARE(vault->changePassphrase(Fixtures::passphrase(), Fixtures::passphrase("another one")).error().code,
             ErrorCode::NotAllowed);
    QCOMPARE(vault->rekey(Fixtures::passphrase()).error().code, ErrorCode::NotAllowed);
    QVERIFY(QFileInfo(Vault::slotPath(path)).isSymLink());
    QVERIFY(KeySlot::unwrap(elsewhere, Fixtures::passphrase())); // the linked slot was not rewritten
}

void TestVault::fullDiskLeavesVaultIntact()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    auto pages = vault->database().scalarInteger("PRAGMA page_count");
    QVERIFY(vault->database().setMaxPageCount(pages.value() + 4));
    const QString longText = QString(3000, QLatin1Char('x'));
    int saved = 0;
    Result<QString> last = QString();
    while (saved < 500) {
        last = vault->records().createPerson({{"given_name", "Full"}, {"family_name", "Disk"}, {"address", longText}});
        if (!last)
            break;
        ++saved;
    }
    QVERIFY(!last);
    QCOMPARE(last.error().code, ErrorCode::DiskFull);
    QVERIFY(!last.error().message.isEmpty());
    QVERIFY(vault->database().setMaxPageCount(1000000));
    auto problems = vault->integrityCheck();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join('\n')));
    QCOMPARE(vault->records().personCount().value(), saved); // the failed write left nothing half-done
}

void TestVault::recordsSettingAndDeviceIdentity()
{
    QTemporaryDir dir;
    QByteArray publicKey;
    {
        auto vault = Fixtures::create(dir, "gp", VaultSetting::GpPractice);
        QCOMPARE(vault->setting(), VaultSetting::GpPractice);
        publicKey = vault->devicePublicKey();
        QCOMPARE(publicKey.size(), 32);
        auto secret = vault->deviceSecretKey();
        QVERIFY(secret);
        QCOMPARE(int(secret->size()), 64);
    }
    auto vault = Vault::open(Fixtures::pathIn(dir, "gp"), Fixtures::passphrase());
    QCOMPARE(vault.value()->setting(), VaultSetting::GpPractice);
    QCOMPARE(vault.value()->devicePublicKey(), publicKey);
    QCOMPARE(vault.value()->ownerName(), QStringLiteral("Test Coach"));
}

void TestVault::clockCarriesOverLock()
{
    // A stamp from ahead of the wall clock (another device, or a clock since set back) must stay behind
    // every stamp written after the vault is opened again.
    QTemporaryDir dir;
    QString id;
    const QString ahead =
        QStringLiteral("%1-000007-0123456789abcdef").arg(QDateTime::currentMSecsSinceEpoch() + 3600000);
    {
        auto vault = Fixtures::create(dir);
        id = vault->records().createPerson({{"given_name", "Ann"}, {"family_name", "Lee"}}).value();
        vault->clock().observe(ahead);
    }
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(vault);
    QVERIFY(vault.value()->records().update(id, {{"preferred_name", "Annie"}}));
    Statement stamp = vault.value()->database().prepare("SELECT hlc FROM fields WHERE name = 'preferred_name'");
    QVERIFY(stamp.next());
    QVERIFY2(stamp.text(0) > ahead, qPrintable(stamp.text(0)));
}

namespace
{
    const char *const FixturePassphrase = "fixture passphrase";

    QString fixturePath(int version)
    {
        return QStringLiteral(WAYMARK_TEST_DATA "/schema-v%1.waymark").arg(version);
    }
} // namespace

void TestVault::opensFixtureOfEverySchemaVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v <= Schema::CurrentVersion; ++v)
        QTest::addRow("schema %d", v) << v;
}

void TestVault::opensFixtureOfEverySchemaVersion()
{
    // Fixtures are vaults written by the build that introduced each schema version; this proves
    // later builds (and later SQLCipher releases with other defaults) still open and migrate them.
    QFETCH(int, version);
    QTemporaryDir dir;
    const QString copy = dir.filePath("fixture.waymark");
    QVERIFY2(Fixtures::copyFolder(fixturePath(version), copy), qPrintable(fixturePath(version)));
    auto vault = Vault::open(copy, Fixtures::passphrase(FixturePassphrase));
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    QCOMPARE(Schema::versionOf(vault.value()->database()).value(), Schema::CurrentVersion);
    auto people = vault.value()->records().caseload();
    QVERIFY(people);
    QCOMPARE(people->size(), 1);
    QCOMPARE(people->first().familyName, QStringLiteral("Fixture"));
    auto problems = vault.value()->integrityCheck();
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join('\n')));
}

void TestVault::migratesOlderSchemaKeepingData()
{
    QTemporaryDir dir;
    {
        auto vault = Fixtures::create(dir, "old", VaultSetting::WorkCoach, 1);
        QCOMPARE(Schema::versionOf(vault->database()).value(), 1);
        // Schema 1 had no updated_at column, so write as that build did.
        QVERIFY(vault->database().exec(
            "INSERT INTO records(id, person_id, kind, created_at, created_by) "
            "VALUES('p1','p1','person','2025-01-01T00:00:00Z','x');"
            "INSERT INTO fields VALUES('p1','given_name','Old','1735689600000-000000-d','d');"
            "INSERT INTO fields VALUES('p1','family_name','Schema','1735689600000-000000-d','d');"
            "INSERT INTO fields VALUES('p1','status','open','1735689600000-000000-d','d');"));
    }
    auto vault = Vault::open(Fixtures::pathIn(dir, "old"), Fixtures::passphrase());
    QVERIFY(vault);
    QCOMPARE(Schema::versionOf(vault.value()->database()).value(), Schema::CurrentVersion);
    auto person = vault.value()->records().get("p1");
    QVERIFY(person);
    QCOMPARE(person->value("family_name"), QStringLiteral("Schema"));
    QCOMPARE(person->updatedAt, QStringLiteral("1735689600000"));
    QVERIFY(vault.value()->audit().verify()->intact());
}

void TestVault::schema14KeysPublisherDataBySigner()
{
    // Before schema 14 streams and items were keyed by the name in the bundle header; key B once claimed to be
    // DWP and left its vacancy there, and a sequence of 2^64 - 1 was stored as -1, blocking B's stream.
    QTemporaryDir dir;
    {
        auto vault = Fixtures::create(dir, "old", VaultSetting::Admin, 13);
        QVERIFY(vault->database().exec(
            "INSERT INTO trusted_keys VALUES(X'0102030405060708', X'00', 'DWP', 'vacancies,courses,forms', 't', 'a', "
            "NULL);"
            "INSERT INTO trusted_keys VALUES(X'1112131415161718', X'00', 'Agency', 'vacancies', 't', 'a', NULL);"
            "INSERT INTO imported_bundles VALUES(X'01', 'vacancies', X'0102030405060708', 'DWP', 3, X'', 't', '');"
            "INSERT INTO imported_bundles VALUES(X'02', 'courses', X'0102030405060708', 'DWP', 1, X'', 't', '');"
            "INSERT INTO imported_bundles VALUES(X'03', 'forms', X'0102030405060708', 'DWP', 2, X'', 't', '');"
            "INSERT INTO imported_bundles VALUES(X'04', 'vacancies', X'1112131415161718', 'Agency', 7, X'', 't', '');"
            "INSERT INTO imported_bundles VALUES(X'05', 'vacancies', X'1112131415161718', 'Agency', -1, X'', 't', '');"
            "INSERT INTO bundle_streams VALUES('DWP', 'vacancies', 3), ('DWP', 'courses', 1), ('DWP', 'forms', 2), "
            "('Agency', 'vacancies', -1);"
            "INSERT INTO vacancies(publisher, id, title, employer, skills, postcode, outcode, contract_type, "
            "closing_date, updated_at) VALUES"
            "('DWP', 'V1', 't', 'e', '', '', '', 'permanent', '2099-01-01', 'u'),"
            "('Agency', 'V2', 't', 'e', '', '', '', 'permanent', '2099-01-01', 'u'),"
            "('Ghost', 'V3', 't', 'e', '', '', '', 'permanent', '2099-01-01', 'u');"
            "INSERT INTO bundle_courses VALUES('DWP', 'C1', 't', 'p', 'l', 's'), ('Ghost', 'C2', 't', 'p', 'l', 's');"
            "INSERT INTO form_definitions VALUES('f', 2, '{}', 'DWP', 't');"));
    }
    auto vault = Vault::open(Fixtures::pathIn(dir, "old"), Fixtures::passphrase());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    Database &db = vault.value()->database();
    QCOMPARE(Schema::versionOf(db).value(), Schema::CurrentVersion);
    auto rows = [&db](const char *sql) {
        QStringList out;
        Statement select = db.prepare(sql);
        while (select.next()) {
            QStringList row;
            for (int column = 0; column < 3; ++column)
                row << select.text(column);
            out << row.join(QLatin1Char(' ')).trimmed();
        }
        return out;
    };
    const QString dwp = QStringLiteral("0807060504030201");
    const QString agency = QStringLiteral("1817161514131211");
    QCOMPARE(rows("SELECT publisher, kind, last_sequence FROM bundle_streams ORDER BY publisher, kind"),
             (QStringList{dwp + " courses 1", dwp + " forms 2", dwp + " vacancies 3", agency + " vacancies 7"}));
    QCOMPARE(rows("SELECT publisher, id, withdrawn FROM vacancies ORDER BY id"),
             (QStringList{dwp + " V1 0", agency + " V2 0", "Ghost V3 1"}));
    QCOMPARE(rows("SELECT publisher, id FROM bundle_courses"), (QStringList{dwp + " C1"}));
    QCOMPARE(rows("SELECT publisher, form_id FROM form_definitions"), (QStringList{dwp + " f"}));
    QCOMPARE(rows("SELECT DISTINCT publisher FROM imported_bundles ORDER BY publisher"),
             (QStringList{"Agency", "DWP"}));
    auto problems = vault.value()->integrityCheck();
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join('\n')));
}

void TestVault::schema16KeysTheAuditChainFromWhereItWas()
{
    // A vault written before schema 16 holds a plain hash chain. Its rows stay as they are and still verify; the
    // keyed chain starts at the next entry, and its key is sealed in the vault so the next open finds it again.
    QTemporaryDir dir;
    const QString copy = dir.filePath("fixture.waymark");
    QVERIFY(Fixtures::copyFolder(fixturePath(15), copy));
    qint64 oldRows = 0;
    {
        auto key = KeySlot::unwrap(Vault::slotPath(copy), Fixtures::passphrase(FixturePassphrase));
        QVERIFY(key);
        auto db = Database::open(Vault::databasePath(copy), key.value(), false);
        QVERIFY(db);
        oldRows = db.value()->scalarInteger("SELECT count(*) FROM audit").value();
    }
    QVERIFY(oldRows > 0);
    {
        auto vault = Vault::open(copy, Fixtures::passphrase(FixturePassphrase));
        QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
        QCOMPARE(vault.value()->audit().chain().keyedFrom(), oldRows + 1);
        QVERIFY(vault.value()->database().scalarText("SELECT value FROM meta WHERE key = 'audit_key'")->size() > 64);
        QCOMPARE(vault.value()->database().scalarInteger("SELECT count(*) FROM audit_anchors").value(), qint64(0));
        auto result = vault.value()->audit().verify();
        QVERIFY2(result->intact(), qPrintable(result->problems().join('\n')));
    }
    auto vault = Vault::open(copy, Fixtures::passphrase(FixturePassphrase));
    QVERIFY(vault);
    auto result = vault.value()->audit().verify();
    QVERIFY2(result->intact(), qPrintable(result->problems().join('\n')));
    QCOMPARE(result->rowsChecked, oldRows + 3); // unlock, lock, unlock: keyed, and verified with the sealed key
}

void TestVault::writeFixtures()
{
    // Run with WAYMARK_WRITE_FIXTURES=1 when a new schema version is added, and commit the new folder.
    // Existing fixtures are never rewritten: they stand for vaults made by earlier builds.
    if (qEnvironmentVariableIsEmpty("WAYMARK_WRITE_FIXTURES"))
        QSKIP("fixtures are written only on request");
    for (int version = 1; version <= Schema::CurrentVersion; ++version) {
        if (QFileInfo::exists(fixturePath(version)))
            continue;
        VaultOptions options;
        options.ownerName = "Fixture Coach";
        options.kdf = KdfParams::minimum();
        options.schemaVersion = version;
        auto vault = Vault::create(fixturePath(version), Fixtures::passphrase(FixturePassphrase), options);
        QVERIFY(vault);
        if (version == 1) {
            QVERIFY(vault.value()->database().exec(
                "INSERT INTO records(id, person_id, kind, created_at, created_by) "
                "VALUES('f1','f1','person','2026-11-22T09:00:00Z','Fixture Coach');"
                "INSERT INTO fields VALUES('f1','given_name','Ffion','1763802000000-000000-fixture','fixture');"
                "INSERT INTO fields VALUES('f1','family_name','Fixture','1763802000000-000000-fixture','fixture');"
                "INSERT INTO fields VALUES('f1','status','open','1763802000000-000000-fixture','fixture');"));
        } else {
            QVERIFY(vault.value()->records().createPerson({{"given_name", "Ffion"}, {"family_name", "Fixture"}}));
        }
        QVERIFY(vault.value()->database().exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        vault.value().reset();
        QFile::remove(fixturePath(version) + "/.lock");
        // The audit reserve is 1 MiB of zeros that any open makes again: not worth keeping in the repository.
        QFile::remove(fixturePath(version) + "/" + AuditReserve::fileName());
    }
}

QTEST_GUILESS_MAIN(TestVault)
#include "TestVault.moc"
