#include "model/demo/DemoCaseload.h"
#include "model/forms/FormDefinition.h"
#include "model/forms/FormStore.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/BackupReminder.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "model/vault/VaultBackup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include "../support/Fixtures.h"

using TableRows = QMap<QString, QList<QByteArrayList>>;

/**
 * A vault in one file: backed up while open, restored into a new folder record for record, refused whole when the
 * file is cut short, damaged or opened with the wrong passphrase, and never left half written.
 */
class TestVaultBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void restoresEveryRecordOfEveryTable();
    void backupIsOneOwnerOnlyFile();
    void backupIsRecordedAndAudited();
    void wrongPassphraseIsRefused();
    void oldBackupKeepsTheOldPassphrase();
    void truncatedBackupIsRefused_data();
    void truncatedBackupIsRefused();
    void damagedBackupIsRefused_data();
    void damagedBackupIsRefused();
    void backupWithAForeignSealIsRefused();
    void otherFilesAreNotBackups();
    void refusesToRestoreOverAnExistingFolder();
    void interruptedBackupLeavesNoFileOrThePreviousOne();
    void refusesToWriteInsideTheVault();
    void reminderRule_data();
    void reminderRule();
    void reminderDaysAreStoredInTheVault();

private:
    static TableRows tables(Database &db);
    QString backupPath() const { return m_out->filePath("caseload.wmbackup"); }
    QString restoredPath() const { return m_out->filePath("restored.waymark"); }
    QStringList outFiles() const
    {
        return QDir(m_out->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }
    void fillVault();
    void writeBackup();
    void expectRefusedAndNothingCreated(const SecureBytes &passphrase, ErrorCode code, const char *wording);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_out;
    std::unique_ptr<Vault> m_vault;
};

void TestVaultBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestVaultBackup::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_out = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
}

void TestVaultBackup::cleanup()
{
    m_vault.reset();
    m_out.reset();
    m_dir.reset();
}

TableRows TestVaultBackup::tables(Database &db)
{
    TableRows all;
    QStringList names;
    Statement list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    while (list.next())
        names.append(list.text(0));
    for (const QString &table : names) {
        // Table names come from sqlite_master, not from input.
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\"";
        Statement rows = db.prepare(sql.constData());
        QList<QByteArrayList> values;
        while (rows.next()) {
            QByteArrayList row;
            for (int column = 0; column < 24; ++column)
                row.append(rows.isNull(column) ? QByteArray("<null>") : rows.blob(column));
            values.append(row);
        }
        std::sort(values.begin(), values.end());
        all.insert(table, values);
    }
    return all;
}

void TestVaultBackup::fillVault()
{
    QVERIFY(DemoCaseload::generate(*m_vault, 6, 7).ok());
    const QString person =
        m_vault->records().createPerson({{"given_name", "Nia"}, {"family_name", "Rowlands"}}).value();
    auto note = m_vault->records().add(person, "note", {{"text", "Talked about the warehouse job."}});
    QVERIFY(note);
    QVERIFY(m_vault->records().correctNote(note.value(), "Talked about the warehouse and the forklift course."));
    QVERIFY(m_vault->records().recordView(person, true));
    auto parsed = FormDefinition::parse(R"({"format": "waymark-form/1", "id": "note-form", "version": 2,
        "title": {"en": "Note", "cy": "Nodyn"},
        "sections": [{"id": "s", "title": {"en": "S", "cy": "S"}, "fields": [
            {"id": "what", "type": "multiline", "label": {"en": "What", "cy": "Beth"}, "required": true}]}]})",
                                        "note.json");
    QVERIFY(parsed.ok());
    FormStore forms(m_vault->database(), m_vault->audit(), m_vault->clock());
    auto finished = forms.saveDraft({{}, person, "note-form", 2, {}, "en", {{"what", "Forklift"}}, {}, {}, {}});
    QVERIFY(finished);
    QVERIFY(forms.finish(finished.value(), parsed.value(), "Coach Jones", QDate::currentDate()).ok());
    QVERIFY(forms.saveDraft({{}, person, "note-form", 2, {}, "cy", {{"what", "Hanner ffordd"}}, {}, {}, {}}).ok());
}

void TestVaultBackup::writeBackup()
{
    auto made = VaultBackup::write(*m_vault, backupPath());
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));
}

void TestVaultBackup::restoresEveryRecordOfEveryTable()
{
    fillVault();
    const TableRows before = tables(m_vault->database());
    const qint64 lastSeq = before.value("audit").size();
    QVERIFY(lastSeq > 20);
    QVERIFY(!before.value("form_versions").isEmpty());
    QVERIFY(!before.value("form_drafts").isEmpty());
    writeBackup();
    // The vault stayed open and usable: a change after the backup is not in it.
    QVERIFY(m_vault->records().createPerson({{"given_name", "After"}, {"family_name", "Backup"}}));

    auto report = VaultBackup::restore(backupPath(), restoredPath(), Fixtures::passphrase());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->vaultPath, QFileInfo(restoredPath()).absoluteFilePath());
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join('\n')));
    QVERIFY(qAbs(report->backupMadeAt.secsTo(QDateTime::currentDateTimeUtc())) < 120);

    auto restored = Vault::open(restoredPath(), Fixtures::passphrase());
    QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
    const TableRows after = tables(restored.value()->database());
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (it.key() == "audit" || it.key() == "meta")
            continue;
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable("table " + it.key() + " differs"));
    }
    // The audit log is the backup's, then what the restore added: the restore itself, and unlocks.
    const QList<QByteArrayList> audit = after.value("audit");
    QVERIFY(audit.size() > before.value("audit").size());
    auto entries = restored.value()->audit().entries();
    QVERIFY(entries);
    bool sawRestore = false;
    for (const AuditEntry &entry : entries.value())
        sawRestore = sawRestore || (entry.action == AuditAction::Restore && entry.seq > lastSeq);
    QVERIFY(sawRestore);
    auto verified = restored.value()->audit().verify();
    QVERIFY(verified && verified->intact());
    QSet<QByteArrayList> restoredRows(audit.cbegin(), audit.cend());
    for (const QByteArrayList &row : before.value("audit"))
        QVERIFY(restoredRows.contains(row));
    // Settings and identity come across; only the audit head and the clock move on.
    auto meta = [](const QList<QByteArrayList> &rows) {
        QMap<QByteArray, QByteArray> map;
        for (const QByteArrayList &row : rows) {
            if (row.at(0) != "audit_head" && row.at(0) != "clock")
                map.insert(row.at(0), row.at(1));
        }
        return map;
    };
    QCOMPARE(meta(after.value("meta")), meta(before.value("meta")));
    QCOMPARE(restored.value()->deviceId(), m_vault->deviceId());
    QCOMPARE(restored.value()->records().personCount().value(), m_vault->records().personCount().value() - 1);
}

void TestVaultBackup::backupIsOneOwnerOnlyFile()
{
    // An older file at the same name, readable by all, is replaced by a private one.
    QVERIFY(Fixtures::writeFile(backupPath(), "an older file"));
    QVERIFY(QFile::setPermissions(backupPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    writeBackup();
    QCOMPARE(outFiles(), QStringList{"caseload.wmbackup"});
    QCOMPARE(QFile::permissions(backupPath()) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QFile file(backupPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("WMBACKUP"));
    QVERIFY(!bytes.contains("SQLite format 3"));
    QVERIFY(!bytes.contains("given_name"));
}

void TestVaultBackup::backupIsRecordedAndAudited()
{
    BackupReminder reminder(m_vault->database());
    QVERIFY(reminder.lastBackup().value().isNull());
    auto made = VaultBackup::write(*m_vault, backupPath());
    QVERIFY(made);
    QCOMPARE(reminder.lastBackup().value(), made.value());
    auto entries = m_vault->audit().entries({}, 1);
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->first().action, QString(AuditAction::Backup));
    QCOMPARE(entries->first().detail, made->toString(Qt::ISODate));
}

void TestVaultBackup::expectRefusedAndNothingCreated(const SecureBytes &passphrase, ErrorCode code, const char *wording)
{
    const QByteArray vaultBefore = Fixtures::folderDigest(m_vault->path());
    const QStringList filesBefore = outFiles();
    auto report = VaultBackup::restore(backupPath(), restoredPath(), passphrase);
    QVERIFY(!report);
    QCOMPARE(int(report.error().code), int(code));
    QVERIFY2(report.error().message.contains(QLatin1String(wording)), qPrintable(report.error().message));
    QVERIFY(!QFileInfo::exists(restoredPath()));
    QCOMPARE(outFiles(), filesBefore);
    QCOMPARE(Fixtures::folderDigest(m_vault->path()), vaultBefore);
}

void TestVaultBackup::wrongPassphraseIsRefused()
{
    writeBackup();
    expectRefusedAndNothingCreated(Fixtures::passphrase("not the passphrase"),
                                   ErrorCode::WrongPassphrase,
                                   "passphrase the vault had when the backup was made");
}

void TestVaultBackup::oldBackupKeepsTheOldPassphrase()
{
    writeBackup();
    QVERIFY(m_vault->changePassphrase(Fixtures::passphrase(), Fixtures::passphrase("a new passphrase")).ok());
    expectRefusedAndNothingCreated(Fixtures::passphrase("a new passphrase"), ErrorCode::WrongPassphrase, "backup");
    auto report = VaultBackup::restore(backupPath(), restoredPath(), Fixtures::passphrase());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(Vault::open(restoredPath(), Fixtures::passphrase()));
}

void TestVaultBackup::truncatedBackupIsRefused_data()
{
    QTest::addColumn<int>("keepFromEnd"); // bytes cut from the end; negative: bytes kept from the start
    QTest::addRow("inside the magic") << -5;
    QTest::addRow("inside the header") << -20;
    QTest::addRow("inside the key slot") << -60;
    QTest::addRow("inside the database") << -5000;
    QTest::addRow("half way") << 0;
    QTest::addRow("without its checksum") << 32;
    QTest::addRow("without its seal and checksum") << 64;
    QTest::addRow("one byte short") << 1;
}

void TestVaultBackup::truncatedBackupIsRefused()
{
    QFETCH(int, keepFromEnd);
    fillVault();
    writeBackup();
    QFile file(backupPath());
    const qint64 size = file.size();
    const qint64 keep = keepFromEnd < 0 ? -keepFromEnd : keepFromEnd == 0 ? size / 2 : size - keepFromEnd;
    QVERIFY(file.resize(keep));
    expectRefusedAndNothingCreated(Fixtures::passphrase(), ErrorCode::Damaged, "incomplete");
}

void TestVaultBackup::damagedBackupIsRefused_data()
{
    QTest::addColumn<qint64>("offset"); // from the start; negative from the end
    QTest::addRow("date in the header") << qint64(26);
    QTest::addRow("database length") << qint64(17);
    QTest::addRow("key slot") << qint64(40);
    QTest::addRow("database page") << qint64(5000);
    QTest::addRow("seal") << qint64(-40);
    QTest::addRow("checksum") << qint64(-3);
}

void TestVaultBackup::damagedBackupIsRefused()
{
    QFETCH(qint64, offset);
    fillVault();
    writeBackup();
    QFile file(backupPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    const qint64 at = offset < 0 ? bytes.size() + offset : offset;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    // A changed length makes the file look longer than it is: cut short, or damaged; either way refused.
    const QString shown = offset == 17 ? QString() : QStringLiteral("damaged");
    expectRefusedAndNothingCreated(Fixtures::passphrase(), ErrorCode::Damaged, shown.toUtf8().constData());
}

void TestVaultBackup::backupWithAForeignSealIsRefused()
{
    // Someone without the key changes a page and writes a fresh checksum: the keyed seal still tells.
    fillVault();
    writeBackup();
    QFile file(backupPath());
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    bytes[6000] = char(bytes.at(6000) ^ 0x01);
    unsigned char checksum[32];
    crypto_generichash(checksum,
                       sizeof checksum,
                       reinterpret_cast<const unsigned char *>(bytes.constData()),
                       std::size_t(bytes.size() - 32),
                       nullptr,
                       0);
    bytes.replace(bytes.size() - 32, 32, reinterpret_cast<const char *>(checksum), 32);
    QVERIFY(file.seek(0) && file.write(bytes) == bytes.size());
    file.close();
    expectRefusedAndNothingCreated(Fixtures::passphrase(), ErrorCode::Damaged, "damaged");
}

void TestVaultBackup::otherFilesAreNotBackups()
{
    QVERIFY(Fixtures::writeFile(backupPath(), QByteArray(200, 'x')));
    expectRefusedAndNothingCreated(Fixtures::passphrase(), ErrorCode::Invalid, "not a Waymark backup");
    QVERIFY(Fixtures::writeFile(backupPath(), {}));
    expectRefusedAndNothingCreated(Fixtures::passphrase(), ErrorCode::Invalid, "not a Waymark backup");
}

void TestVaultBackup::refusesToRestoreOverAnExistingFolder()
{
    writeBackup();
    const QString existing = m_vault->path();
    const QByteArray before = Fixtures::folderDigest(existing);
    auto report = VaultBackup::restore(backupPath(), existing, Fixtures::passphrase());
    QVERIFY(!report);
    QCOMPARE(report.error().code, ErrorCode::Invalid);
    QVERIFY(report.error().message.contains("new folder"));
    QCOMPARE(Fixtures::folderDigest(existing), before);
    // An empty folder is as good as a new one.
    QVERIFY(QDir().mkdir(restoredPath()));
    QVERIFY(VaultBackup::restore(backupPath(), restoredPath(), Fixtures::passphrase()));
    QVERIFY(Vault::looksLikeVault(restoredPath()));
}

void TestVaultBackup::interruptedBackupLeavesNoFileOrThePreviousOne()
{
    fillVault();
    // Before any backup: stopping at any step leaves no file at all.
    auto stopAt = [](int step) { return [step, calls = 0](int) mutable { return calls++ < step; }; };
    auto first = VaultBackup::write(*m_vault, backupPath(), stopAt(0));
    QCOMPARE(first.error().code, ErrorCode::Cancelled);
    QVERIFY(outFiles().isEmpty());
    writeBackup();
    QFile previousFile(backupPath());
    QVERIFY(previousFile.open(QIODevice::ReadOnly));
    const QByteArray previous = previousFile.readAll();
    previousFile.close();

    const QString later = m_vault->records().createPerson({{"given_name", "Later"}, {"family_name", "Person"}}).value();
    int step = 0;
    for (;; ++step) {
        auto made = VaultBackup::write(*m_vault, backupPath(), stopAt(step));
        if (made)
            break;
        QCOMPARE(made.error().code, ErrorCode::Cancelled);
        QCOMPARE(outFiles(), QStringList{"caseload.wmbackup"});
        QFile file(backupPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(file.readAll() == previous, qPrintable(QString("changed when stopped at step %1").arg(step)));
        QVERIFY(step < 1000);
    }
    QVERIFY2(step >= 3, "the backup should be stoppable while copying, while packing and before the rename");
    QCOMPARE(outFiles(), QStringList{"caseload.wmbackup"});
    auto report = VaultBackup::restore(backupPath(), restoredPath(), Fixtures::passphrase());
    QVERIFY(report);
    auto restored = Vault::open(restoredPath(), Fixtures::passphrase());
    QVERIFY(restored && restored.value()->records().get(later));
}

void TestVaultBackup::refusesToWriteInsideTheVault()
{
    auto made = VaultBackup::write(*m_vault, QDir(m_vault->path()).filePath("copy.wmbackup"));
    QVERIFY(!made);
    QCOMPARE(made.error().code, ErrorCode::Invalid);
    QVERIFY(!QFileInfo::exists(QDir(m_vault->path()).filePath("copy.wmbackup")));
}

void TestVaultBackup::reminderRule_data()
{
    const QDateTime now(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);
    QTest::addColumn<QDateTime>("lastBackup");
    QTest::addColumn<QDateTime>("created");
    QTest::addColumn<int>("days");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<bool>("due");
    QTest::addRow("backed up yesterday") << now.addDays(-1) << now.addDays(-100) << 7 << now << false;
    QTest::addRow("backed up a week ago to the minute") << now.addDays(-7) << now.addDays(-100) << 7 << now << true;
    QTest::addRow("backed up a minute short of a week")
        << now.addDays(-7).addSecs(60) << now.addDays(-100) << 7 << now << false;
    QTest::addRow("backed up a month ago") << now.addDays(-30) << now.addDays(-100) << 7 << now << true;
    QTest::addRow("reminder off") << now.addDays(-300) << now.addDays(-400) << 0 << now << false;
    QTest::addRow("never, new vault") << QDateTime() << now.addDays(-2) << 7 << now << false;
    QTest::addRow("never, old vault") << QDateTime() << now.addDays(-8) << 7 << now << true;
    QTest::addRow("never, making not recorded") << QDateTime() << QDateTime() << 7 << now << true;
    QTest::addRow("one day, two days ago") << now.addDays(-2) << now.addDays(-10) << 1 << now << true;
    QTest::addRow("backup stamped ahead of this clock") << now.addDays(3) << now.addDays(-10) << 7 << now << false;
}

void TestVaultBackup::reminderRule()
{
    QFETCH(QDateTime, lastBackup);
    QFETCH(QDateTime, created);
    QFETCH(int, days);
    QFETCH(QDateTime, now);
    QFETCH(bool, due);
    QCOMPARE(BackupReminder::isDue(lastBackup, created, days, now), due);
}

void TestVaultBackup::reminderDaysAreStoredInTheVault()
{
    BackupReminder reminder(m_vault->database());
    QCOMPARE(reminder.days().value(), BackupReminder::DefaultDays);
    // A new vault is not nagged on its first day; one whose last backup is old is.
    QCOMPARE(reminder.isDue(QDateTime::currentDateTimeUtc()).value(), false);
    QCOMPARE(reminder.isDue(QDateTime::currentDateTimeUtc().addDays(8)).value(), true);
    QVERIFY(reminder.setDays(30).ok());
    QCOMPARE(reminder.isDue(QDateTime::currentDateTimeUtc().addDays(8)).value(), false);
    QCOMPARE(reminder.setDays(-1).error().code, ErrorCode::Invalid);
    QCOMPARE(reminder.setDays(BackupReminder::MaxDays + 1).error().code, ErrorCode::Invalid);
    QVERIFY(reminder.setDays(0).ok());
    QCOMPARE(reminder.isDue(QDateTime::currentDateTimeUtc().addDays(800)).value(), false);
    m_vault.reset();
    auto reopened = Vault::open(Fixtures::pathIn(*m_dir), Fixtures::passphrase());
    QVERIFY(reopened);
    QCOMPARE(BackupReminder(reopened.value()->database()).days().value(), 0);
}

QTEST_GUILESS_MAIN(TestVaultBackup)
#include "TestVaultBackup.moc"
