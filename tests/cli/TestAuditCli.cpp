#include "model/core/SecureBytes.h"
#include "model/crypto/KeySlot.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * The audit log's tail, cut with the key in hand, through the real binary: `audit verify` says so when the head
 * kept in the vault shows it, and `audit verify --anchors` proves it from another device's heads when the head was
 * rewritten too.
 */
class TestAuditCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifySaysTheTailWasCut();
    void anchorsFromAnotherDeviceProveACutTail();
    void refusesAMalformedAnchorsFile();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QString makeVault(const QString &name, const QString &setting);
    /** Removes entries from `fromSeq` on through the raw database, as someone holding the key could. */
    bool cutTail(const QString &vault, qint64 fromSeq, bool rewriteHead);
    QTemporaryDir m_dir;
};

TestAuditCli::Run TestAuditCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

QString TestAuditCli::makeVault(const QString &name, const QString &setting)
{
    const QString path = m_dir.filePath(name + ".waymark");
    const Run run =
        cli({"vault", "create", "--vault", path, "--setting", setting, "--owner", name, "--kdf", "minimum"});
    return run.exitCode == 0 ? path : QString();
}

bool TestAuditCli::cutTail(const QString &vault, qint64 fromSeq, bool rewriteHead)
{
    auto key = KeySlot::unwrap(Vault::slotPath(vault), Fixtures::passphrase());
    if (!key)
        return false;
    auto db = Database::open(Vault::databasePath(vault), key.value(), false);
    if (!db)
        return false;
    Database &raw = *db.value();
    if (!raw.exec("DROP TRIGGER audit_no_delete"))
        return false;
    {
        Statement remove = raw.prepare("DELETE FROM audit WHERE seq >= ?");
        remove.bind(1, fromSeq);
        if (!remove.exec())
            return false;
    }
    if (rewriteHead) {
        Statement last = raw.prepare("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1");
        if (!last.next())
            return false;
        Statement head = raw.prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'");
        head.bind(1, QString::number(last.integer(0)) + ':' + QString::fromLatin1(last.blob(1).toHex()));
        if (!head.exec())
            return false;
    }
    return bool(raw.exec("CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
                         "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;"));
}

void TestAuditCli::verifySaysTheTailWasCut()
{
    const QString vault = makeVault("cut", "work-coach");
    QVERIFY(!vault.isEmpty());
    QCOMPARE(cli({"person", "add", "--vault", vault, "--given", "Aled", "--family", "Jones"}).exitCode, 0);
    const Run before = cli({"audit", "verify", "--vault", vault, "--json"});
    QCOMPARE(before.exitCode, 0);
    // The head kept at lock is the lock entry that followed the entries verify counted.
    const qint64 head = QJsonDocument::fromJson(before.out).object().value("rows_checked").toInteger() + 1;
    QVERIFY(head > 6);
    QVERIFY(cutTail(vault, 5, false));
    const QByteArray expected = QStringLiteral("The audit log was cut while the vault was closed: %1 entries after "
                                               "entry 4 were removed. Waymark found this when the vault was opened at")
                                    .arg(head - 4)
                                    .toUtf8();

    const Run run = cli({"audit", "verify", "--vault", vault});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QVERIFY2(run.out.contains(expected), run.out.constData());

    const Run json = cli({"audit", "verify", "--vault", vault, "--json"});
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value("intact").toBool(), false);
    QCOMPARE(object.value("cuts").toArray().first().toObject().value("missing").toInteger(), head - 4);

    const Run check = cli({"vault", "check", "--vault", vault});
    QCOMPARE(check.exitCode, 1);
    QVERIFY2(QByteArray(check.out + check.err).contains(expected), check.out.constData());
}

void TestAuditCli::anchorsFromAnotherDeviceProveACutTail()
{
    const Fixtures::PairedVaults pair = Fixtures::pairedVaultsWithCli(m_dir, "correct horse battery staple");
    QVERIFY(pair.ok());
    const QString &gp = pair.gp;
    const QString &coach = pair.coach;
    const QString &gpId = pair.gpId;
    const QString &coachId = pair.coachId;
    QCOMPARE(cli({"person", "add", "--vault", gp, "--given", "Aled", "--family", "Jones"}).exitCode, 0);
    const QString bundle = m_dir.filePath("to-coach.wmbundle");
    QCOMPARE(cli({"sync", "export", "--vault", gp, "--device", coachId, "--out", bundle}).exitCode, 0);
    const Run imported = cli({"bundle", "import", bundle, "--vault", coach, "--json"});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const QString receipt = QJsonDocument::fromJson(imported.out).object().value("receipt").toString();
    QCOMPARE(cli({"bundle", "import", receipt, "--vault", gp}).exitCode, 0);

    // The coach's device kept the practice's head from the bundle; the practice kept the coach's from the receipt.
    const QString anchors = m_dir.filePath("practice-anchors.txt");
    const Run exported = cli({"audit", "anchors", "--vault", coach, "--device", gpId, "--out", anchors});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    QFile file(anchors);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.first(), QByteArray("waymark-audit-anchors/1"));
    QVERIFY(lines.at(1).startsWith(QByteArray(gpId.toLatin1() + ' ')));
    const qint64 anchoredSeq = lines.at(1).split(' ').at(1).toLongLong();
    QVERIFY(anchoredSeq > 3);
    const QString coachAnchors = m_dir.filePath("coach-anchors.txt");
    QCOMPARE(cli({"audit", "anchors", "--vault", gp, "--device", coachId, "--out", coachAnchors}).exitCode, 0);
    const Run coachWhole = cli({"audit", "verify", "--vault", coach, "--anchors", coachAnchors});
    QVERIFY2(coachWhole.exitCode == 0, coachWhole.err.constData());

    const Run whole = cli({"audit", "verify", "--vault", gp, "--anchors", anchors});
    QVERIFY2(whole.exitCode == 0, whole.err.constData());
    // The British English plural ("1 head") when the translations are built, the source's otherwise.
    QVERIFY2(whole.out.contains("1 head") && whole.out.contains("kept by another device checked."),
             whole.out.constData());

    // Cut the practice's log from four entries before the anchored head, and rewrite the head to match: the
    // vault on its own can no longer tell, but the coach's device still holds the head it was sent.
    QVERIFY(cutTail(gp, anchoredSeq - 4, true));
    QCOMPARE(cli({"audit", "verify", "--vault", gp}).exitCode, 0);
    const Run cut = cli({"audit", "verify", "--vault", gp, "--anchors", anchors});
    QCOMPARE(cut.exitCode, 1);
    QCOMPARE(cut.errLines().size(), 1);
    QVERIFY2(
        cut.err.contains(
            QStringLiteral("The audit log has been cut: another device received entry %1").arg(anchoredSeq).toUtf8()),
        cut.err.constData());
    QVERIFY2(cut.err.contains("so at least 2 entries are missing"), cut.err.constData());

    // Once new entries have filled the numbers again, the anchored entry is there but not the one that was sent.
    QCOMPARE(cli({"audit", "verify", "--vault", gp}).exitCode, 0);
    const Run rewritten = cli({"audit", "verify", "--vault", gp, "--anchors", anchors});
    QCOMPARE(rewritten.exitCode, 1);
    QVERIFY2(rewritten.err.contains(
                 QStringLiteral("Entry %1 is not the entry another device received on").arg(anchoredSeq).toUtf8()),
             rewritten.err.constData());

    // Anchors of some other device only are not a pass.
    const Run other = cli({"audit", "verify", "--vault", gp, "--anchors", coachAnchors});
    QCOMPARE(other.exitCode, 1);
    QVERIFY2(other.err.contains("holds no audit heads of this device"), other.err.constData());
}

void TestAuditCli::refusesAMalformedAnchorsFile()
{
    const QString vault = makeVault("anchored", "work-coach");
    QVERIFY(!vault.isEmpty());
    const QString bad = Fixtures::fileIn(
        m_dir, "bad-anchors.txt", "waymark-audit-anchors/1\n0123456789ABCDEF 5 zz 2026-01-01T00:00:00Z\n");
    const Run run = cli({"audit", "verify", "--vault", vault, "--anchors", bad});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.err.contains("line 2 is not in the expected form"), run.err.constData());
}

QTEST_GUILESS_MAIN(TestAuditCli)
#include "TestAuditCli.moc"
