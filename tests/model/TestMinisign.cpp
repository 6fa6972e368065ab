#include "model/crypto/Minisign.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

/** Our signatures are minisign's: the real `minisign -V` accepts them, and we accept its own. */
class TestMinisign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void signsAndVerifies();
    void rejectsTampering_data();
    void rejectsTampering();
    void rejectsNonCanonicalBase64_data();
    void rejectsNonCanonicalBase64();
    void publicKeyRoundTrips();
    void minisignCommandAcceptsOurSignature();
    void acceptsMinisignCommandSignature();

private:
    void writeFile(const QString &path, const QByteArray &bytes);
    QByteArray m_publicKey;
    SecureBytes m_secretKey;
    QByteArray m_keyId;
    QString m_minisign;
};

void TestMinisign::initTestCase()
{
    QVERIFY(Crypto::init());
    m_publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    m_secretKey = SecureBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(m_publicKey.data()), m_secretKey.data());
    m_keyId = Minisign::keyIdFor(m_publicKey);
    m_minisign = QStandardPaths::findExecutable("minisign");
}

void TestMinisign::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

void TestMinisign::signsAndVerifies()
{
    const QByteArray data = "vacancies, signed";
    const QByteArray text = Minisign::sign(data, m_keyId, m_secretKey, "waymark bundle seq=1");
    auto parsed = Minisign::parseSignature(text);
    QVERIFY(parsed);
    QCOMPARE(parsed->keyId, m_keyId);
    QCOMPARE(parsed->trustedComment, QByteArray("waymark bundle seq=1"));
    QVERIFY(Minisign::verify(data, parsed.value(), m_publicKey));
}

void TestMinisign::rejectsTampering_data()
{
    QTest::addColumn<int>("what");
    QTest::addRow("data changed") << 0;
    QTest::addRow("trusted comment changed") << 1;
    QTest::addRow("other key") << 2;
}

void TestMinisign::rejectsTampering()
{
    QFETCH(int, what);
    const QByteArray data = "vacancies, signed";
    auto parsed = Minisign::parseSignature(Minisign::sign(data, m_keyId, m_secretKey, "seq=11"));
    QVERIFY(parsed);
    QByteArray checked = data;
    QByteArray key = m_publicKey;
    if (what == 0)
        checked[0] = 'V';
    if (what == 1)
        parsed->trustedComment = "seq=99";
    if (what == 2)
        key[0] = char(key[0] ^ 1);
    QVERIFY(!Minisign::verify(checked, parsed.value(), key));
}

void TestMinisign::rejectsNonCanonicalBase64_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<QByteArray>("suffix");
    QTest::addRow("extra padding on signature") << 1 << QByteArray("=");
    QTest::addRow("trailing space on signature") << 1 << QByteArray(" ");
    QTest::addRow("extra character on global") << 3 << QByteArray("A");
}

void TestMinisign::rejectsNonCanonicalBase64()
{
    QFETCH(int, line);
    QFETCH(QByteArray, suffix);
    QList<QByteArray> lines = Minisign::sign("x", m_keyId, m_secretKey, "c").split('\n');
    lines[line] += suffix;
    QVERIFY(!Minisign::parseSignature(lines.join('\n')));
}

void TestMinisign::publicKeyRoundTrips()
{
    const Minisign::PublicKey key{m_keyId, m_publicKey};
    auto parsed = Minisign::parsePublicKey(Minisign::publicKeyFile(key));
    QVERIFY(parsed);
    QCOMPARE(parsed->keyId, m_keyId);
    QCOMPARE(parsed->key, m_publicKey);
    QCOMPARE(Minisign::fingerprint(m_publicKey).size(), 39); // eight groups of four
    QVERIFY(!Minisign::parsePublicKey("untrusted comment: x\nnot base64!\n"));
}

void TestMinisign::minisignCommandAcceptsOurSignature()
{
    if (m_minisign.isEmpty())
        QSKIP("minisign is not installed");
    QTemporaryDir dir;
    const QByteArray data = "header and body bytes of a bundle";
    writeFile(dir.filePath("bundle.bin"), data);
    writeFile(dir.filePath("bundle.bin.minisig"), Minisign::sign(data, m_keyId, m_secretKey, "waymark test"));
    writeFile(dir.filePath("key.pub"), Minisign::publicKeyFile({m_keyId, m_publicKey}));
    QProcess process;
    process.start(m_minisign, {"-V", "-m", dir.filePath("bundle.bin"), "-p", dir.filePath("key.pub")});
    QVERIFY(process.waitForFinished(10000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(output.contains("Signature and comment signature verified"), output.constData());

    writeFile(dir.filePath("bundle.bin"), data + "!");
    process.start(m_minisign, {"-V", "-m", dir.filePath("bundle.bin"), "-p", dir.filePath("key.pub")});
    QVERIFY(process.waitForFinished(10000));
    QVERIFY(process.exitCode() != 0);
}

void TestMinisign::acceptsMinisignCommandSignature()
{
    if (m_minisign.isEmpty())
        QSKIP("minisign is not installed");
    QTemporaryDir dir;
    QProcess process;
    process.setWorkingDirectory(dir.path());
    process.start(m_minisign, {"-G", "-W", "-p", "pub.key", "-s", "sec.key"});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);
    writeFile(dir.filePath("data.txt"), "signed by the minisign command\n");
    process.start(m_minisign, {"-S", "-W", "-s", "sec.key", "-m", "data.txt", "-t", "from minisign"});
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitCode(), 0);

    QFile pub(dir.filePath("pub.key"));
    QFile sig(dir.filePath("data.txt.minisig"));
    QVERIFY(pub.open(QIODevice::ReadOnly) && sig.open(QIODevice::ReadOnly));
    auto key = Minisign::parsePublicKey(pub.readAll());
    auto signature = Minisign::parseSignature(sig.readAll());
    QVERIFY(key);
    QVERIFY(signature);
    QCOMPARE(signature->keyId, key->keyId);
    QVERIFY(Minisign::verify("signed by the minisign command\n", signature.value(), key->key));
}

QTEST_GUILESS_MAIN(TestMinisign)
#include "TestMinisign.moc"
