#include "model/bundles/BundleFile.h"
#include "model/crypto/Minisign.h"

#include <QDateTime>
#include <QTest>
#include <QtEndian>

#include <sodium.h>

namespace
{
    struct SigningKey
    {
        QByteArray publicKey;
        SecureBytes secretKey;
        QByteArray keyId;

        SigningKey()
            : publicKey(crypto_sign_PUBLICKEYBYTES, '\0')
            , secretKey(crypto_sign_SECRETKEYBYTES)
        {
            crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secretKey.data());
            keyId = Minisign::keyIdFor(publicKey);
        }
        BundleSigner signer() const { return {keyId, &secretKey}; }
    };

    struct BoxKey
    {
        QByteArray publicKey;
        SecureBytes secretKey;

        BoxKey()
            : publicKey(crypto_box_PUBLICKEYBYTES, '\0')
            , secretKey(crypto_box_SECRETKEYBYTES)
        {
            crypto_box_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secretKey.data());
        }
    };
} // namespace

/** The bundle file format against hostile bytes: every flip and every truncation is refused before parsing. */
class TestBundleFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripsPlainPayload();
    void roundTripsEncryptedPayload();
    void everySingleByteFlipIsRejected();
    void everyTruncationIsRejected();
    void rejectsTrailingGarbage();
    void rejectsSignatureLengthOverlappingTheHeader();
    void rejectsUntrustedSigner();
    void namedKeyMustMatchTheSigner();
    void rejectsSignerTrustedForAnotherKind();
    void rejectsExpiredAndFuture();
    void rejectsNewerMajorVersion();
    void rejectsWrongRecipient();
    void rejectsCompressionBomb();
    void rejectsOversizedFile();
    void detachesForMinisign();
    void publisherLosesEscapesAndOverrides();

private:
    BundleFile::TrustLookup trustOnly(const SigningKey &key, BundleKind kind = BundleKind::Vacancies) const;
    QByteArray makeBundle(const QByteArray &payload, qint64 expires = 0, const QByteArray &recipient = {});
    SigningKey m_key;
    qint64 m_now = 0;
};

void TestBundleFile::initTestCase()
{
    QVERIFY(Crypto::init());
    m_now = QDateTime::currentSecsSinceEpoch();
}

BundleFile::TrustLookup TestBundleFile::trustOnly(const SigningKey &key, BundleKind kind) const
{
    return [publicKey = key.publicKey, keyId = key.keyId, kind](const QByteArray &id,
                                                                BundleKind k) -> std::optional<QByteArray> {
        if (id == keyId && k == kind)
            return publicKey;
        return std::nullopt;
    };
}

QByteArray TestBundleFile::makeBundle(const QByteArray &payload, qint64 expires, const QByteArray &recipient)
{
    BundleHeader header;
    header.kind = recipient.isEmpty() ? BundleKind::Vacancies : BundleKind::Caseload;
    header.sequence = 7;
    header.publisher = QString::fromUtf8("Jobcentre Plus Caerdydd");
    header.createdAt = m_now;
    header.expiresAt = expires;
    auto file = BundleFile::write(header, payload, m_key.signer(), recipient);
    if (!file)
        qWarning("%s", qPrintable(file.error().message));
    return file ? file.value() : QByteArray();
}

void TestBundleFile::roundTripsPlainPayload()
{
    const QByteArray payload = QByteArray("vacancy rows ").repeated(500);
    const QByteArray file = makeBundle(payload, m_now + 3600);
    auto bundle = BundleFile::authenticate(file, trustOnly(m_key), m_now);
    QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message));
    QCOMPARE(bundle->header.kind, BundleKind::Vacancies);
    QCOMPARE(bundle->header.sequence, quint64(7));
    QCOMPARE(bundle->header.publisher, QString::fromUtf8("Jobcentre Plus Caerdydd"));
    QVERIFY(file.size() < payload.size()); // compressed
    auto plain = BundleFile::openPayload(bundle.value());
    QVERIFY(plain);
    QCOMPARE(plain.value(), payload);
}

void TestBundleFile::roundTripsEncryptedPayload()
{
    BoxKey device;
    const QByteArray payload = Crypto::randomBytes(200 * 1024); // several 64 KiB chunks, incompressible
    const QByteArray file = makeBundle(payload, 0, device.publicKey);
    QVERIFY(!file.contains(payload.left(64)));
    auto bundle = BundleFile::authenticate(file, trustOnly(m_key, BundleKind::Caseload), m_now);
    QVERIFY(bundle);
    QVERIFY(bundle->header.encrypted());
    auto plain = BundleFile::openPayload(bundle.value(), device.publicKey, &device.secretKey);
    QVERIFY2(plain, plain ? "" : qPrintable(plain.error().message));
    QCOMPARE(plain.value(), payload);
}

void TestBundleFile::everySingleByteFlipIsRejected()
{
    const QByteArray file = makeBundle("small signed payload for the flip test");
    QVERIFY(BundleFile::authenticate(file, trustOnly(m_key), m_now));
    for (int i = 0; i < file.size(); ++i) {
        QByteArray flipped = file;
        flipped[i] = char(flipped[i] ^ 0x01);
        auto bundle = BundleFile::authenticate(flipped, trustOnly(m_key), m_now);
        QVERIFY2(!bundle, qPrintable(QStringLiteral("flip at offset %1 was accepted").arg(i)));
        QVERIFY(!bundle.error().message.isEmpty());
    }
}

void TestBundleFile::everyTruncationIsRejected()
{
    const QByteArray file = makeBundle("small signed payload for the truncation test");
    for (int length = 0; length < file.size(); ++length) {
        auto bundle = BundleFile::authenticate(file.left(length), trustOnly(m_key), m_now);
        QVERIFY2(!bundle, qPrintable(QStringLiteral("truncation to %1 bytes was accepted").arg(length)));
    }
}

void TestBundleFile::rejectsTrailingGarbage()
{
    const QByteArray file = makeBundle("payload");
    auto bundle = BundleFile::authenticate(file + "junk", trustOnly(m_key), m_now);
    QCOMPARE(bundle.error().code, ErrorCode::BundleTruncated);
}

void TestBundleFile::rejectsSignatureLengthOverlappingTheHeader()
{
    // A signature length larger than the room after the header made the body length negative; its wrapped value,
    // written into the header, then matched. Both readers must see a damaged file.
    const QByteArray file = makeBundle("payload");
    const quint32 length = BundleFile::MaxSignatureBytes;
    QVERIFY(qsizetype(length) > file.size() - BundleHeader::Size - BundleFile::TrailerBytes);
    QByteArray forged = file;
    qToLittleEndian<quint32>(length, forged.data() + forged.size() - BundleFile::TrailerBytes);
    const quint64 wrapped = quint64(qint64(forged.size()) - BundleHeader::Size - BundleFile::TrailerBytes - length);
    qToLittleEndian<quint64>(wrapped, forged.data() + 80);
    auto bundle = BundleFile::authenticate(forged, trustOnly(m_key), m_now);
    QVERIFY(!bundle);
    QCOMPARE(bundle.error().code, ErrorCode::BundleTruncated);
    auto parts = BundleFile::detach(forged);
    QVERIFY(!parts);
    QCOMPARE(parts.error().code, ErrorCode::BundleTruncated);
}

void TestBundleFile::rejectsUntrustedSigner()
{
    SigningKey stranger;
    auto bundle = BundleFile::authenticate(makeBundle("payload"), trustOnly(stranger), m_now);
    QCOMPARE(bundle.error().code, ErrorCode::BundleUnknownSigner);
    QVERIFY(bundle.error().message.contains(Minisign::keyIdHex(m_key.keyId)));
    // The bundle names its signer's key, so the fingerprint can be compared with the publisher's.
    QVERIFY2(bundle.error().message.contains(Minisign::fingerprint(m_key.publicKey)),
             qPrintable(bundle.error().message));
}

void TestBundleFile::namedKeyMustMatchTheSigner()
{
    const QByteArray file = makeBundle("payload");
    const qsizetype at = file.indexOf("untrusted comment: ");
    QVERIFY(at > 0);
    const qsizetype end = file.indexOf('\n', at);
    const QByteArray line = file.mid(at, end - at);
    QCOMPARE(line, Minisign::untrustedComment(m_key.keyId, m_key.publicKey));

    // Another key named in the comment (same length, so only the name changes) is a tampered bundle.
    SigningKey other;
    QByteArray swapped = file;
    swapped.replace(at, line.size(), Minisign::untrustedComment(m_key.keyId, other.publicKey));
    QCOMPARE(swapped.size(), file.size());
    QCOMPARE(BundleFile::authenticate(swapped, trustOnly(m_key), m_now).error().code, ErrorCode::BundleSignatureFormat);
    // A bundle from before keys were named (the id alone) still reads.
    QByteArray older = file;
    const QByteArray idOnly = Minisign::untrustedComment(m_key.keyId);
    older.replace(at, line.size(), idOnly);
    const quint32 length = qFromLittleEndian<quint32>(older.constData() + older.size() - 12);
    qToLittleEndian<quint32>(quint32(length - (line.size() - idOnly.size())), older.data() + older.size() - 12);
    auto bundle = BundleFile::authenticate(older, trustOnly(m_key), m_now);
    QVERIFY2(bundle.ok(), bundle.ok() ? "" : qPrintable(bundle.error().message));
    // …and, untrusted, can only name its key id.
    SigningKey stranger;
    auto untrusted = BundleFile::authenticate(older, trustOnly(stranger), m_now);
    QCOMPARE(untrusted.error().code, ErrorCode::BundleUnknownSigner);
    QVERIFY(!untrusted.error().message.contains(Minisign::fingerprint(m_key.publicKey)));
}

void TestBundleFile::rejectsSignerTrustedForAnotherKind()
{
    auto bundle = BundleFile::authenticate(makeBundle("payload"), trustOnly(m_key, BundleKind::Taxonomy), m_now);
    QCOMPARE(bundle.error().code, ErrorCode::BundleUnknownSigner);
}

void TestBundleFile::rejectsExpiredAndFuture()
{
    auto expired = BundleFile::authenticate(makeBundle("payload", m_now - 10), trustOnly(m_key), m_now);
    QCOMPARE(expired.error().code, ErrorCode::BundleExpired);
    auto future = BundleFile::authenticate(makeBundle("payload"), trustOnly(m_key), m_now - 86400);
    QCOMPARE(future.error().code, ErrorCode::BundleFromFuture);
}

void TestBundleFile::rejectsNewerMajorVersion()
{
    QByteArray file = makeBundle("payload");
    file[8] = 2;
    QCOMPARE(BundleFile::authenticate(file, trustOnly(m_key), m_now).error().code, ErrorCode::BundleUnsupportedVersion);
    QByteArray kind = makeBundle("payload");
    kind[12] = char(99);
    QCOMPARE(BundleFile::authenticate(kind, trustOnly(m_key), m_now).error().code, ErrorCode::BundleUnknownKind);
}

void TestBundleFile::rejectsWrongRecipient()
{
    BoxKey device;
    BoxKey other;
    auto bundle = BundleFile::authenticate(
        makeBundle("for one device", 0, device.publicKey), trustOnly(m_key, BundleKind::Caseload), m_now);
    QVERIFY(bundle);
    QCOMPARE(BundleFile::openPayload(bundle.value(), other.publicKey, &other.secretKey).error().code,
             ErrorCode::BundleNotForThisDevice);
    // Same key id, different key: the sealed box does not open.
    QCOMPARE(BundleFile::openPayload(bundle.value(), device.publicKey, &other.secretKey).error().code,
             ErrorCode::BundleDecrypt);
}

void TestBundleFile::rejectsCompressionBomb()
{
    const QByteArray zeros(8 * 1024 * 1024, '\0');
    auto bundle = BundleFile::authenticate(makeBundle(zeros), trustOnly(m_key), m_now);
    QCOMPARE(bundle.error().code, ErrorCode::BundleLimits);
}

void TestBundleFile::rejectsOversizedFile()
{
    BundleLimits limits;
    limits.maxFileBytes = 100;
    auto bundle = BundleFile::authenticate(makeBundle("payload"), trustOnly(m_key), m_now, limits);
    QCOMPARE(bundle.error().code, ErrorCode::BundleTooLarge);
}

void TestBundleFile::detachesForMinisign()
{
    const QByteArray file = makeBundle("payload");
    auto parts = BundleFile::detach(file);
    QVERIFY(parts);
    auto signature = Minisign::parseSignature(parts->second);
    QVERIFY(signature);
    QVERIFY(Minisign::verify(parts->first, signature.value(), m_key.publicKey));
    QVERIFY(signature->trustedComment.startsWith("waymark-bundle v1 kind=vacancies"));
}

void TestBundleFile::publisherLosesEscapesAndOverrides()
{
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = 1;
    header.publisher = QStringLiteral("\x1b]0;owned\aDWP\u202Eetats");
    header.createdAt = m_now;
    auto file = BundleFile::write(header, QByteArray("rows"), m_key.signer());
    QVERIFY(file);
    auto bundle = BundleFile::authenticate(file.value(), trustOnly(m_key), m_now);
    QVERIFY2(bundle, bundle ? "" : qPrintable(bundle.error().message));
    QCOMPARE(bundle->header.publisher, QStringLiteral("]0;ownedDWPetats"));
}

QTEST_GUILESS_MAIN(TestBundleFile)
#include "TestBundleFile.moc"
