#include "model/crypto/KeySlot.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

class TestKeySlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(Crypto::init()); }
    void unwrapsWithRightPassphrase();
    void rejectsWrongPassphrase();
    void rejectsTamperedSlot_data();
    void rejectsTamperedSlot();
    void rejectsNewerVersion();
    void keepsCostParameters();
};

void TestKeySlot::unwrapsWithRightPassphrase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("key.slot");
    const SecureBytes key = SecureBytes::random(32);
    QVERIFY(KeySlot::write(path, key, Fixtures::passphrase(), KdfParams::minimum()));
    auto unwrapped = KeySlot::unwrap(path, Fixtures::passphrase());
    QVERIFY(unwrapped);
    QVERIFY(unwrapped->equals(key));
}

void TestKeySlot::rejectsWrongPassphrase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("key.slot");
    QVERIFY(KeySlot::write(path, SecureBytes::random(32), Fixtures::passphrase(), KdfParams::minimum()));
    auto unwrapped = KeySlot::unwrap(path, Fixtures::passphrase("not the passphrase"));
    QVERIFY(!unwrapped);
    QCOMPARE(unwrapped.error().code, ErrorCode::WrongPassphrase);
    QVERIFY(!unwrapped.error().message.isEmpty());
}

void TestKeySlot::rejectsTamperedSlot_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("expected");
    QTest::addRow("magic") << 0 << int(ErrorCode::NotAVault);
    QTest::addRow("memory limit (authenticated)") << 20 << int(ErrorCode::WrongPassphrase);
    QTest::addRow("salt") << 40 << int(ErrorCode::WrongPassphrase);
    QTest::addRow("ciphertext") << 100 << int(ErrorCode::WrongPassphrase);
}

void TestKeySlot::rejectsTamperedSlot()
{
    QFETCH(int, offset);
    QFETCH(int, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath("key.slot");
    QVERIFY(KeySlot::write(path, SecureBytes::random(32), Fixtures::passphrase(), KdfParams::minimum()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(offset < bytes.size());
    bytes[offset] = char(bytes[offset] ^ 0x01);
    file.seek(0);
    file.write(bytes);
    file.close();
    auto unwrapped = KeySlot::unwrap(path, Fixtures::passphrase());
    QVERIFY(!unwrapped);
    QCOMPARE(int(unwrapped.error().code), expected);
}

void TestKeySlot::rejectsNewerVersion()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("key.slot");
    QVERIFY(KeySlot::write(path, SecureBytes::random(32), Fixtures::passphrase(), KdfParams::minimum()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(8);
    file.write(QByteArray("\x09\x00", 2));
    file.close();
    auto unwrapped = KeySlot::unwrap(path, Fixtures::passphrase());
    QVERIFY(!unwrapped);
    QCOMPARE(unwrapped.error().code, ErrorCode::NewerVersion);
}

void TestKeySlot::keepsCostParameters()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("key.slot");
    QVERIFY(KeySlot::write(path, SecureBytes::random(32), Fixtures::passphrase(), KdfParams::interactive()));
    auto params = KeySlot::paramsOf(path);
    QVERIFY(params);
    QCOMPARE(params->opsLimit, KdfParams::interactive().opsLimit);
    QCOMPARE(params->memLimit, KdfParams::interactive().memLimit);
}

QTEST_GUILESS_MAIN(TestKeySlot)
#include "TestKeySlot.moc"
