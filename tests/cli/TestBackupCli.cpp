#include "model/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** `vault backup` and `vault restore`: one file out, a new checked vault back, and clear refusals on one line. */
class TestBackupCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void backsUpAndRestores();
    void checkSaysWhenTheLastBackupWasMade();
    void restoreRefusesAnExistingVault();
    void restoreRefusesATruncatedBackup();
    void restoreRefusesTheWrongPassphrase();
    void backupNeedsOut();

private:
    Fixtures::CliRun run(const QStringList &arguments, const QString &passphraseFile = {})
    {
        return Fixtures::runCli(arguments, {}, passphraseFile.isEmpty() ? m_pass : passphraseFile);
    }
    void backUp();

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pass;
    QString m_vault;
    QString m_backup;
    QString m_restored;
};

void TestBackupCli::initTestCase()
{
    QVERIFY(Crypto::init());
}

void TestBackupCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_pass = Fixtures::fileIn(*m_dir, "vault.pass", "correct horse battery staple\n");
    m_vault = m_dir->filePath("coach.waymark");
    m_backup = m_dir->filePath("coach.wmbackup");
    m_restored = m_dir->filePath("restored.waymark");
    const auto create = Fixtures::createAdminVaultWithCli(m_vault, m_pass);
    QVERIFY2(create.exitCode == 0, create.err.constData());
    const auto add = run({"person", "add", "--vault", m_vault, "--given", "Llŷr", "--family", "Jones"});
    QVERIFY2(add.exitCode == 0, add.err.constData());
}

void TestBackupCli::backUp()
{
    const auto backup = run({"vault", "backup", "--vault", m_vault, "--out", m_backup});
    QVERIFY2(backup.exitCode == 0, backup.err.constData());
    QVERIFY(backup.out.contains("Backed up the vault"));
}

void TestBackupCli::backsUpAndRestores()
{
    backUp();
    QCOMPARE(QFile::permissions(m_backup) & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    const auto restore = run({"vault", "restore", m_backup, "--vault", m_restored});
    QVERIFY2(restore.exitCode == 0, restore.err.constData());
    QVERIFY2(restore.out.contains("Restored the backup made on"), restore.out.constData());
    QVERIFY2(restore.out.contains("The vault is intact."), restore.out.constData());
    QVERIFY(restore.err.isEmpty());
    const auto list = run({"person", "list", "--vault", m_restored});
    QVERIFY2(list.exitCode == 0, list.err.constData());
    QVERIFY(list.out.contains("Jones"));

    const auto json = run({"vault", "restore", m_backup, "--vault", m_dir->filePath("second.waymark"), "--json"});
    QVERIFY2(json.exitCode == 0, json.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(report.value("intact").toBool(), true);
    QVERIFY(!report.value("backupMadeAt").toString().isEmpty());
}

void TestBackupCli::checkSaysWhenTheLastBackupWasMade()
{
    const auto before = run({"vault", "check", "--vault", m_vault});
    QVERIFY2(before.exitCode == 0, before.err.constData());
    QVERIFY2(before.out.contains("No backup of this vault"), before.out.constData());
    backUp();
    const auto after = run({"vault", "check", "--vault", m_vault});
    QVERIFY2(after.exitCode == 0, after.err.constData());
    const QString today = QDateTime::currentDateTimeUtc().toString("yyyy-MM-dd");
    QVERIFY2(after.out.contains(("The last backup was made on " + today).toUtf8()), after.out.constData());
    const auto json = run({"vault", "check", "--vault", m_vault, "--json"});
    QVERIFY(QJsonDocument::fromJson(json.out).object().value("lastBackup").toString().startsWith(today));
}

void TestBackupCli::restoreRefusesAnExistingVault()
{
    backUp();
    const QByteArray before = Fixtures::folderDigest(m_vault);
    const auto restore = run({"vault", "restore", m_backup, "--vault", m_vault});
    QCOMPARE(restore.exitCode, 1);
    QCOMPARE(restore.errLines().size(), 1);
    QVERIFY2(restore.err.contains("new folder"), restore.err.constData());
    QCOMPARE(Fixtures::folderDigest(m_vault), before);
}

void TestBackupCli::restoreRefusesATruncatedBackup()
{
    backUp();
    QFile file(m_backup);
    QVERIFY(file.resize(file.size() - 100));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    const auto restore = run({"vault", "restore", m_backup, "--vault", m_restored});
    QCOMPARE(restore.exitCode, 1);
    QVERIFY(restore.out.isEmpty());
    QCOMPARE(restore.errLines().size(), 1);
    QVERIFY2(restore.err.contains("incomplete"), restore.err.constData());
    QVERIFY(!QFileInfo::exists(m_restored));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
}

void TestBackupCli::restoreRefusesTheWrongPassphrase()
{
    backUp();
    const QString wrong = Fixtures::fileIn(*m_dir, "wrong.pass", "not the passphrase\n");
    const auto restore = run({"vault", "restore", m_backup, "--vault", m_restored}, wrong);
    QCOMPARE(restore.exitCode, 1);
    QCOMPARE(restore.errLines().size(), 1);
    QVERIFY2(restore.err.contains("passphrase"), restore.err.constData());
    QVERIFY(!QFileInfo::exists(m_restored));
}

void TestBackupCli::backupNeedsOut()
{
    const auto backup = run({"vault", "backup", "--vault", m_vault});
    QCOMPARE(backup.exitCode, 2);
    QVERIFY2(backup.err.contains("--out"), backup.err.constData());
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "TestBackupCli.moc"
