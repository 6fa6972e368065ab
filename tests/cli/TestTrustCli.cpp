#include "model/crypto/Minisign.h"
#include "model/crypto/SigningKey.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** `trust add` never replaces a key trusted already (issue 13 #13): it says under which name, and how to change it. */
class TestTrustCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void addRefusesAKeyTrustedAlready();

private:
    QTemporaryDir m_dir;
};

void TestTrustCli::initTestCase()
{
    QVERIFY(Crypto::init());
    QVERIFY(m_dir.isValid());
}

void TestTrustCli::addRefusesAKeyTrustedAlready()
{
    const QString pass = Fixtures::fileIn(m_dir, "vault.pass", "correct horse battery staple\n");
    const QString vault = m_dir.filePath("admin.waymark");
    const auto create = Fixtures::createAdminVaultWithCli(vault, pass);
    QVERIFY2(create.exitCode == 0, create.err.constData());

    const SigningKey key = SigningKey::generate();
    const QString pub = Fixtures::fileIn(m_dir, "dwp.pub", Minisign::publicKeyFile(key.minisignKey()));
    const QString fingerprint = Minisign::fingerprint(key.publicKey());
    const auto add = [&](const QString &label, const QString &kinds) {
        return Fixtures::runCli(
            {"trust", "add", pub, "--vault", vault, "--kinds", kinds, "--label", label, "--fingerprint", fingerprint},
            {},
            pass);
    };
    const auto first = add("DWP", "vacancies");
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const auto listBefore = Fixtures::runCli({"trust", "list", "--vault", vault, "--json"}, {}, pass);
    QCOMPARE(listBefore.exitCode, 0);
    QVERIFY(listBefore.out.contains("\"DWP\""));

    const auto second = add("Agency", "vacancies,caseload");
    QVERIFY(second.exitCode != 0);
    QVERIFY2(second.err.contains("already trusted") && second.err.contains("\"DWP\""), second.err.constData());
    const QByteArray removeHint = "trust remove --key-id " + Minisign::keyIdHex(key.keyId()).toUtf8();
    QVERIFY2(second.err.contains(removeHint), second.err.constData());

    const auto listAfter = Fixtures::runCli({"trust", "list", "--vault", vault, "--json"}, {}, pass);
    QCOMPARE(listAfter.out, listBefore.out);
}

QTEST_GUILESS_MAIN(TestTrustCli)
#include "TestTrustCli.moc"
