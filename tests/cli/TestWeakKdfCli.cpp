#include "model/crypto/KeySlot.h"
#include "model/crypto/SigningKey.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * What the shipped waymark-cli does about weak key derivation: refuses to make it (the cheap test cost is only in
 * waymark-cli-test), warns when it opens it, and raises it on a passphrase change or rekey.
 */
class TestWeakKdfCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shippedCliRefusesTheTestCost_data();
    void shippedCliRefusesTheTestCost();
    void shippedCliWarnsWhenItOpensAWeakVault();
    void passphraseCommandRaisesAWeakSlot();
    void rekeyCommandRaisesAWeakSlot();
    void shippedCliWarnsWhenItUsesAWeakSecretKey();

private:
    using Run = Fixtures::CliRun;
    static bool slotHasRecommendedCost(const QString &vaultPath);

    const QByteArray m_passphrase = "correct horse battery staple";
};

void TestWeakKdfCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

bool TestWeakKdfCli::slotHasRecommendedCost(const QString &vaultPath)
{
    auto cost = KeySlot::paramsOf(Vault::slotPath(vaultPath));
    return cost && cost.value() == KdfParams::recommended();
}

void TestWeakKdfCli::shippedCliRefusesTheTestCost_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("wouldCreate");
    QTest::addRow("vault create") << QStringList{"vault", "create", "--vault", "%1/new.waymark", "--kdf", "minimum"}
                                  << QStringLiteral("new.waymark");
    QTest::addRow("demo") << QStringList{"demo", "--vault", "%1/demo.waymark", "--people", "1", "--kdf", "minimum"}
                          << QStringLiteral("demo.waymark");
    QTest::addRow("key generate") << QStringList{"key", "generate", "--out", "%1/publisher", "--kdf", "minimum"}
                                  << QStringLiteral("publisher.key");
}

void TestWeakKdfCli::shippedCliRefusesTheTestCost()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, wouldCreate);
    QTemporaryDir dir;
    for (QString &argument : arguments)
        argument = argument.arg(dir.path());

    const Run run = Fixtures::runShippedCli(arguments, m_passphrase);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errLines().first().contains("--kdf must be moderate or interactive"), run.err.constData());
    QVERIFY(!QFileInfo::exists(dir.filePath(wouldCreate)));
    QVERIFY(QDir(dir.path()).isEmpty());
}

void TestWeakKdfCli::shippedCliWarnsWhenItOpensAWeakVault()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::create(dir));
    const Run run = Fixtures::runShippedCli({"person", "list", "--vault", Fixtures::pathIn(dir)}, m_passphrase);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY2(run.errLines().first().startsWith("waymark-cli: Warning:"), run.err.constData());
    QVERIFY2(run.errLines().first().contains("waymark-cli vault passphrase"), run.err.constData());
}

void TestWeakKdfCli::passphraseCommandRaisesAWeakSlot()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    QVERIFY(Fixtures::create(dir));
    const QString next = Fixtures::fileIn(dir, "next.txt", "a much longer new passphrase\n");
    const Run changed =
        Fixtures::runShippedCli({"vault", "passphrase", "--vault", path, "--new-passphrase-file", next}, m_passphrase);
    QCOMPARE(changed.exitCode, 0);
    QVERIFY(slotHasRecommendedCost(path));

    const Run listed = Fixtures::runShippedCli({"person", "list", "--vault", path}, "a much longer new passphrase");
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.isEmpty(), listed.err.constData());
}

void TestWeakKdfCli::rekeyCommandRaisesAWeakSlot()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    QVERIFY(Fixtures::create(dir));
    const Run rekeyed = Fixtures::runShippedCli({"vault", "rekey", "--vault", path}, m_passphrase);
    QCOMPARE(rekeyed.exitCode, 0);
    QVERIFY(slotHasRecommendedCost(path));
    const Run listed = Fixtures::runShippedCli({"person", "list", "--vault", path}, m_passphrase);
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.err.isEmpty(), listed.err.constData());
}

void TestWeakKdfCli::shippedCliWarnsWhenItUsesAWeakSecretKey()
{
    QTemporaryDir dir;
    const QString weak = dir.filePath("weak.key");
    const QString strong = dir.filePath("strong.key");
    QByteArray plain = m_passphrase;
    const SecureBytes passphrase = SecureBytes::takeFrom(plain);
    QVERIFY(SigningKey::generate().writeSecretFile(weak, passphrase, KdfParams::minimum()));
    QVERIFY(SigningKey::generate().writeSecretFile(strong, passphrase, KdfParams::interactive()));

    const Run warned = Fixtures::runShippedCli(
        {"key", "export", "--minisign", "--key", weak, "--out", dir.filePath("weak.pub")}, m_passphrase);
    QVERIFY2(warned.exitCode == 0, warned.err.constData());
    QCOMPARE(warned.errLines().size(), 1);
    QVERIFY2(warned.err.contains("secret key file") && warned.err.contains("key rotate"), warned.err.constData());
    QVERIFY(QFile::exists(dir.filePath("weak.pub"))); // a warning: the command still does its work

    const Run quiet = Fixtures::runShippedCli(
        {"key", "export", "--minisign", "--key", strong, "--out", dir.filePath("strong.pub")}, m_passphrase);
    QVERIFY2(quiet.exitCode == 0, quiet.err.constData());
    QVERIFY2(quiet.err.isEmpty(), quiet.err.constData());
}

QTEST_GUILESS_MAIN(TestWeakKdfCli)
#include "TestWeakKdfCli.moc"
