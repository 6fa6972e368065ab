#include "model/core/SecureBytes.h"

#include <QRegularExpression>
#include <QTest>

#include <cstring>

/** Secret bytes in locked memory: copied in once, compared in constant time, moved not copied, wiped on clear. */
class TestSecureBytes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newBytesAreZeroed_data();
    void newBytesAreZeroed();
    void takeFromLeavesNoPlainCopy();
    void cloneIsEqualButSeparate();
    void equalsComparesSizeAndContent_data();
    void equalsComparesSizeAndContent();
    void movingLeavesTheSourceEmpty();
    void clearEmptiesNow();
    void randomBytesDiffer();
    void randomIdIsThirtyTwoHexDigits();
    void hashIsBlake2b_data();
    void hashIsBlake2b();

private:
    static SecureBytes from(const QByteArray &bytes);
    static QByteArray contents(const SecureBytes &bytes);
};

SecureBytes TestSecureBytes::from(const QByteArray &bytes)
{
    QByteArray copy = bytes;
    copy.detach();
    return SecureBytes::takeFrom(copy);
}

QByteArray TestSecureBytes::contents(const SecureBytes &bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

void TestSecureBytes::newBytesAreZeroed_data()
{
    QTest::addColumn<int>("size");
    QTest::addRow("none") << 0;
    QTest::addRow("one") << 1;
    QTest::addRow("a key") << 32;
    QTest::addRow("a page and more") << 5000;
}

void TestSecureBytes::newBytesAreZeroed()
{
    QFETCH(int, size);
    const SecureBytes bytes{std::size_t(size)};
    QCOMPARE(bytes.size(), std::size_t(size));
    QCOMPARE(bytes.isEmpty(), size == 0);
    QCOMPARE(contents(bytes), QByteArray(size, '\0'));
}

void TestSecureBytes::takeFromLeavesNoPlainCopy()
{
    QByteArray plain("correct horse battery staple");
    const SecureBytes secret = SecureBytes::takeFrom(plain);
    QVERIFY(plain.isEmpty());
    QCOMPARE(contents(secret), QByteArray("correct horse battery staple"));

    QByteArray nothing;
    QVERIFY(SecureBytes::takeFrom(nothing).isEmpty());
}

void TestSecureBytes::cloneIsEqualButSeparate()
{
    const SecureBytes original = from("key material");
    SecureBytes copy = original.clone();
    QVERIFY(copy.equals(original));
    QVERIFY(copy.data() != original.data());
    copy.data()[0] = 'K';
    QVERIFY(!copy.equals(original));
    QCOMPARE(contents(original), QByteArray("key material"));
}

void TestSecureBytes::equalsComparesSizeAndContent_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::addRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::addRow("both empty") << QByteArray() << QByteArray() << true;
    QTest::addRow("last byte differs") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::addRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
    QTest::addRow("empty and not") << QByteArray() << QByteArray("a") << false;
}

void TestSecureBytes::equalsComparesSizeAndContent()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    const SecureBytes left = from(a);
    const SecureBytes right = from(b);
    QCOMPARE(left.equals(right), equal);
    QCOMPARE(right.equals(left), equal);
}

void TestSecureBytes::movingLeavesTheSourceEmpty()
{
    SecureBytes source = from("secret");
    const unsigned char *memory = source.data();
    SecureBytes moved(std::move(source));
    QVERIFY(source.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state is the contract
    QVERIFY(source.data() == nullptr);
    QVERIFY(moved.data() == memory);
    QCOMPARE(contents(moved), QByteArray("secret"));

    SecureBytes target = from("older secret");
    target = std::move(moved);
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(contents(target), QByteArray("secret"));
}

void TestSecureBytes::clearEmptiesNow()
{
    SecureBytes bytes = from("secret");
    bytes.clear();
    QVERIFY(bytes.isEmpty());
    QVERIFY(bytes.data() == nullptr);
    bytes.clear(); // twice is harmless
    QVERIFY(bytes.isEmpty());
}

void TestSecureBytes::randomBytesDiffer()
{
    const SecureBytes a = SecureBytes::random(32);
    const SecureBytes b = SecureBytes::random(32);
    QCOMPARE(a.size(), std::size_t(32));
    QVERIFY(!a.equals(b));
    QVERIFY(contents(a) != QByteArray(32, '\0'));
    QCOMPARE(Crypto::randomBytes(24).size(), 24);
    QVERIFY(Crypto::randomBytes(24) != Crypto::randomBytes(24));
}

void TestSecureBytes::randomIdIsThirtyTwoHexDigits()
{
    static const QRegularExpression hex("^[0-9a-f]{32}$");
    const QString a = Crypto::randomId();
    QVERIFY2(hex.match(a).hasMatch(), qPrintable(a));
    QVERIFY(Crypto::randomId() != a);
}

void TestSecureBytes::hashIsBlake2b_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("hex");
    // Reference values of unkeyed BLAKE2b (RFC 7693) for these lengths.
    QTest::addRow("empty, 32 bytes") << QByteArray() << 32
                                     << QByteArray("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
    QTest::addRow("abc, 64 bytes") << QByteArray("abc") << 64
                                   << QByteArray("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                                                 "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
}

void TestSecureBytes::hashIsBlake2b()
{
    QFETCH(QByteArray, input);
    QFETCH(int, length);
    QFETCH(QByteArray, hex);
    QCOMPARE(Crypto::hash(input, length).toHex(), hex);
    QCOMPARE(Crypto::hash(input, 16).size(), 16);
    QVERIFY(Crypto::hash(input + 'x', length) != Crypto::hash(input, length));
}

QTEST_APPLESS_MAIN(TestSecureBytes)
#include "TestSecureBytes.moc"
