#include "model/bundles/BundleFile.h"

#include "model/core/DisplaySafe.h"
#include "model/crypto/Minisign.h"

#include <QDateTime>
#include <QLocale>
#include <QtEndian>

#include <sodium.h>
#include <zstd.h>

namespace
{
    const QByteArray Magic = QByteArrayLiteral("WMBUNDLE");
    const QByteArray TrailerMagic = QByteArrayLiteral("WMBSIG01");
    constexpr int ChunkBytes = 64 * 1024;
    constexpr int SealedKeyBytes = crypto_box_SEALBYTES + crypto_secretstream_xchacha20poly1305_KEYBYTES;
    constexpr int StreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    constexpr int StreamTagBytes = crypto_secretstream_xchacha20poly1305_ABYTES;
    constexpr int PublisherBytes = 64;

    template <typename T>
    void put(QByteArray &out, int offset, T value)
    {
        qToLittleEndian(value, out.data() + offset);
    }

    template <typename T>
    T get(const QByteArray &in, qsizetype offset)
    {
        Q_ASSERT(offset >= 0 && offset <= in.size() - qsizetype(sizeof(T)));
        return qFromLittleEndian<T>(in.constData() + offset);
    }

    /**
     * The body length a file of `fileSize` bytes leaves for a signature of `signatureLength` bytes, or nothing
     * when header, signature and trailer do not fit. Unsigned and checked: an overlapping signature length once
     * made this negative, and the wrapped value could be written into the header to match.
     */
    std::optional<quint64> impliedBodyLength(qsizetype fileSize, quint32 signatureLength)
    {
        const qsizetype fixed = BundleHeader::Size + BundleFile::TrailerBytes;
        if (fileSize < fixed)
            return std::nullopt;
        const quint64 room = quint64(fileSize - fixed);
        if (quint64(signatureLength) > room)
            return std::nullopt;
        return room - signatureLength;
    }

    Error fail(ErrorCode code, const QString &message)
    {
        return {code, message};
    }

    QString tampered()
    {
        return BundleFile::tr("This file has been changed since it was created, so it can't be trusted. Don't use it; "
                              "ask the sender to export it again.");
    }

    QString damaged()
    {
        return BundleFile::tr("This file is incomplete or damaged, for example an interrupted copy. Copy it again from "
                              "the source.");
    }

    QByteArray headerHash(const QByteArray &header)
    {
        return Crypto::hash(header, 32);
    }
} // namespace

QString BundleKinds::key(BundleKind kind)
{
    switch (kind) {
    case BundleKind::Vacancies:
        return QStringLiteral("vacancies");
    case BundleKind::Caseload:
        return QStringLiteral("caseload");
    case BundleKind::Taxonomy:
        return QStringLiteral("taxonomy");
    case BundleKind::Forms:
        return QStringLiteral("forms");
    case BundleKind::Courses:
        return QStringLiteral("courses");
    case BundleKind::Geodata:
        return QStringLiteral("geodata");
    case BundleKind::Receipt:
        return QStringLiteral("receipt");
    case BundleKind::KeyRotation:
        return QStringLiteral("key-rotation");
    case BundleKind::Partners:
        return QStringLiteral("partners");
    case BundleKind::Report:
        return QStringLiteral("report");
    }
    return {};
}

std::optional<BundleKind> BundleKinds::fromByte(quint8 byte)
{
    if (byte >= quint8(BundleKind::Vacancies) && byte <= quint8(BundleKind::Report))
        return BundleKind(byte);
    return std::nullopt;
}

std::optional<BundleKind> BundleKinds::fromKey(const QString &key)
{
    for (quint8 b = 1; b <= quint8(BundleKind::Report); ++b) {
        if (BundleKinds::key(BundleKind(b)) == key)
            return BundleKind(b);
    }
    return std::nullopt;
}

QString BundleKinds::displayName(BundleKind kind)
{
    switch (kind) {
    case BundleKind::Vacancies:
        return BundleFile::tr("vacancy list");
    case BundleKind::Caseload:
        return BundleFile::tr("caseload transfer");
    case BundleKind::Taxonomy:
        return BundleFile::tr("skills taxonomy");
    case BundleKind::Forms:
        return BundleFile::tr("form definitions");
    case BundleKind::Courses:
        return BundleFile::tr("course list");
    case BundleKind::Geodata:
        return BundleFile::tr("postcode locations");
    case BundleKind::Receipt:
        return BundleFile::tr("delivery receipt");
    case BundleKind::KeyRotation:
        return BundleFile::tr("key change statement");
    case BundleKind::Partners:
        return BundleFile::tr("local partners");
    case BundleKind::Report:
        return BundleFile::tr("aggregate report");
    }
    return {};
}

QString BundleHeader::publisherKey() const
{
    return Minisign::keyIdHex(signerKeyId);
}

QByteArray BundleHeader::encode() const
{
    QByteArray out(Size, '\0');
    memcpy(out.data(), Magic.constData(), 8);
    put<quint16>(out, 8, major);
    put<quint16>(out, 10, minor);
    out[12] = char(kind);
    out[13] = char(flags);
    memcpy(out.data() + 16, bundleId.constData(), size_t(std::min<qsizetype>(16, bundleId.size())));
    memcpy(out.data() + 32, signerKeyId.constData(), size_t(std::min<qsizetype>(8, signerKeyId.size())));
    memcpy(out.data() + 40, recipientKeyId.constData(), size_t(std::min<qsizetype>(8, recipientKeyId.size())));
    put<quint64>(out, 48, sequence);
    put<qint64>(out, 56, createdAt);
    put<qint64>(out, 64, expiresAt);
    put<quint64>(out, 72, plainLength);
    put<quint64>(out, 80, bodyLength);
    put<quint32>(out, 88, payloadVersion);
    const QByteArray name = publisher.toUtf8().left(PublisherBytes);
    memcpy(out.data() + 96, name.constData(), size_t(name.size()));
    return out;
}

QByteArray BundleHeader::trustedComment() const
{
    return "waymark-bundle v" + QByteArray::number(major) + " kind=" + BundleKinds::key(kind).toLatin1() +
           " id=" + bundleId.toHex() + " seq=" + QByteArray::number(sequence) +
           " created=" + QByteArray::number(createdAt) + " expires=" + QByteArray::number(expiresAt) +
           " signer=" + Minisign::keyIdHex(signerKeyId).toLatin1();
}

QByteArray BundleFile::recipientKeyIdFor(const QByteArray &x25519PublicKey)
{
    return Crypto::hash(x25519PublicKey, 8);
}

Result<QByteArray> BundleFile::write(BundleHeader header,
                                     const QByteArray &payload,
                                     const BundleSigner &signer,
                                     const QByteArray &recipientPublicKey)
{
    Crypto::init();
    if (header.publisher.toUtf8().size() > PublisherBytes)
        return fail(ErrorCode::Invalid, tr("The publisher name is too long (64 bytes at most)."));
    header.major = BundleHeader::FormatMajor;
    header.minor = BundleHeader::FormatMinor;
    header.bundleId = Crypto::randomBytes(16);
    header.signerKeyId = signer.keyId;
    header.plainLength = quint64(payload.size());
    header.flags = BundleHeader::FlagZstd;
    if (header.createdAt == 0)
        header.createdAt = QDateTime::currentSecsSinceEpoch();

    QByteArray compressed(int(ZSTD_compressBound(size_t(payload.size()))), Qt::Uninitialized);
    const size_t compressedSize =
        ZSTD_compress(compressed.data(), size_t(compressed.size()), payload.constData(), size_t(payload.size()), 9);
    if (ZSTD_isError(compressedSize))
        return fail(ErrorCode::Internal, tr("The bundle could not be compressed."));
    compressed.resize(int(compressedSize));

    QByteArray body;
    if (recipientPublicKey.isEmpty()) {
        header.recipientKeyId = QByteArray(8, '\0');
        body = compressed;
    } else {
        if (recipientPublicKey.size() != crypto_box_PUBLICKEYBYTES)
            return fail(ErrorCode::Invalid, tr("The recipient's key is not a valid device key."));
        header.flags |= BundleHeader::FlagEncrypted;
        header.recipientKeyId = recipientKeyIdFor(recipientPublicKey);
        // Body length is known in advance: sealed key, stream header, and one tag per 64 KiB chunk.
        const qint64 chunks = std::max<qint64>(1, (compressed.size() + ChunkBytes - 1) / ChunkBytes);
        header.bodyLength = quint64(SealedKeyBytes + StreamHeaderBytes + compressed.size() + chunks * StreamTagBytes);
        const QByteArray aad = headerHash(header.encode());

        SecureBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
        crypto_secretstream_xchacha20poly1305_keygen(fileKey.data());
        body.resize(SealedKeyBytes + StreamHeaderBytes);
        crypto_box_seal(reinterpret_cast<unsigned char *>(body.data()),
                        fileKey.data(),
                        fileKey.size(),
                        reinterpret_cast<const unsigned char *>(recipientPublicKey.constData()));
        crypto_secretstream_xchacha20poly1305_state state;
        crypto_secretstream_xchacha20poly1305_init_push(
            &state, reinterpret_cast<unsigned char *>(body.data() + SealedKeyBytes), fileKey.data());
        for (qint64 offset = 0, i = 0; i < chunks; ++i, offset += ChunkBytes) {
            const qint64 length = std::min<qint64>(ChunkBytes, compressed.size() - offset);
            const bool last = i == chunks - 1;
            QByteArray chunk(int(length + StreamTagBytes), Qt::Uninitialized);
            crypto_secretstream_xchacha20poly1305_push(
                &state,
                reinterpret_cast<unsigned char *>(chunk.data()),
                nullptr,
                reinterpret_cast<const unsigned char *>(compressed.constData() + offset),
                quint64(length),
                reinterpret_cast<const unsigned char *>(aad.constData()),
                quint64(aad.size()),
                last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
            body.append(chunk);
        }
        sodium_memzero(&state, sizeof state);
    }
    header.bodyLength = quint64(body.size());

    QByteArray file = header.encode() + body;
    const QByteArray signature =
        Minisign::signNamingKey(file, signer.keyId, *signer.secretKey, header.trustedComment());
    file.append(signature);
    QByteArray trailer(4, '\0');
    put<quint32>(trailer, 0, quint32(signature.size()));
    file.append(trailer).append(TrailerMagic);
    return file;
}

Result<AuthenticBundle>
BundleFile::authenticate(const QByteArray &file, const TrustLookup &trust, qint64 now, const BundleLimits &limits)
{
    Crypto::init();
    // 1. Size.
    if (file.size() > limits.maxFileBytes)
        return fail(ErrorCode::BundleTooLarge,
                    tr("This file is larger than Waymark allows. Contact your administrator."));
    // 2. Magic and version.
    if (!file.startsWith(Magic)) {
        return fail(ErrorCode::BundleNotABundle, tr("This isn't a Waymark bundle. Check you picked the right file."));
    }
    if (file.size() < BundleHeader::Size + TrailerBytes)
        return fail(ErrorCode::BundleTruncated, damaged());
    if (get<quint16>(file, 8) != BundleHeader::FormatMajor) {
        return fail(ErrorCode::BundleUnsupportedVersion,
                    tr("This file was made by a newer version of Waymark. Update Waymark, then try again."));
    }
    // Trailer: the signature's length and a closing magic, so truncation and appended bytes both show.
    if (!file.endsWith(TrailerMagic))
        return fail(ErrorCode::BundleTruncated, damaged());
    const quint32 signatureLength = get<quint32>(file, file.size() - TrailerBytes);
    if (signatureLength == 0 || signatureLength > MaxSignatureBytes)
        return fail(ErrorCode::BundleSignatureFormat, tampered());
    const quint64 bodyLength = get<quint64>(file, 80);
    const std::optional<quint64> implied = impliedBodyLength(file.size(), signatureLength);
    if (!implied || bodyLength != *implied)
        return fail(ErrorCode::BundleTruncated, damaged());

    BundleHeader h;
    h.minor = get<quint16>(file, 10);
    h.flags = quint8(file.at(13));
    h.bundleId = file.mid(16, 16);
    h.signerKeyId = file.mid(32, 8);
    h.recipientKeyId = file.mid(40, 8);
    h.sequence = get<quint64>(file, 48);
    h.createdAt = get<qint64>(file, 56);
    h.expiresAt = get<qint64>(file, 64);
    h.plainLength = get<quint64>(file, 72);
    h.bodyLength = bodyLength;
    h.payloadVersion = get<quint32>(file, 88);
    h.publisher = QString::fromUtf8(file.mid(96, PublisherBytes)).section(QChar(u'\0'), 0, 0);
    const auto kind = BundleKinds::fromByte(quint8(file.at(12)));
    if (!kind)
        return fail(ErrorCode::BundleUnknownKind,
                    tr("This bundle holds a kind of data this version of Waymark does not know. Update Waymark."));
    h.kind = *kind;

    // Both fit in the file (checked above), so neither sum can overflow.
    const qsizetype signedLength = BundleHeader::Size + qsizetype(bodyLength);
    const QByteArray signatureText = file.mid(signedLength, qsizetype(signatureLength));
    auto signature = Minisign::parseSignature(signatureText);
    if (!signature)
        return fail(ErrorCode::BundleSignatureFormat, tampered());
    // minisign does not sign its first comment line; ours must still be exactly what Waymark writes,
    // so that no byte of a bundle can change unnoticed.
    // Bundles name their signer's public key there (older ones only its id), so an untrusted signer's
    // fingerprint can be shown.
    const QByteArray firstLine = signatureText.left(signatureText.indexOf('\n'));
    const std::optional<QByteArray> namedKey = Minisign::keyNamedIn(firstLine, h.signerKeyId);
    if (!namedKey && firstLine != Minisign::untrustedComment(h.signerKeyId))
        return fail(ErrorCode::BundleSignatureFormat, tampered());

    // 3. Signer trusted for this kind.
    if (signature->keyId != h.signerKeyId)
        return fail(ErrorCode::BundleBadSignature, tampered());
    const auto publicKey = trust(h.signerKeyId, h.kind);
    if (!publicKey && namedKey) {
        return fail(ErrorCode::BundleUnknownSigner,
                    tr("This file wasn't made by a device or publisher this vault trusts for %1. It names the key "
                       "%2 with the fingerprint %3. If the publisher gave you that fingerprint, an administrator "
                       "can trust the key; otherwise do not.")
                        .arg(BundleKinds::displayName(h.kind),
                             Minisign::keyIdHex(h.signerKeyId),
                             Minisign::fingerprint(*namedKey)));
    }
    if (!publicKey) {
        return fail(ErrorCode::BundleUnknownSigner,
                    tr("This file wasn't made by a device or publisher this vault trusts for %1 (key %2). Ask your "
                       "administrator.")
                        .arg(BundleKinds::displayName(h.kind), Minisign::keyIdHex(h.signerKeyId)));
    }
    // 4. Signature over the exact bytes, and the trusted comment rebuilt from the header.
    const QByteArray signedBytes = file.left(signedLength);
    if (!Minisign::verify(signedBytes, signature.value(), *publicKey))
        return fail(ErrorCode::BundleBadSignature, tampered());
    if (signature->trustedComment != h.trustedComment() || file.mid(0, BundleHeader::Size) != h.encode())
        return fail(ErrorCode::BundleBadSignature, tampered());

    // 5. Expiry.
    if (h.expiresAt != 0 && now > h.expiresAt) {
        return fail(ErrorCode::BundleExpired,
                    tr("This file expired on %1. Ask the sender for a new one.")
                        .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(h.expiresAt), QLocale::ShortFormat)));
    }
    if (h.createdAt > now + 300) {
        return fail(ErrorCode::BundleFromFuture,
                    tr("This file's date is in the future. Check this computer's date and time settings."));
    }
    if (h.plainLength > quint64(limits.maxPlainBytes) ||
        h.plainLength > quint64(limits.maxCompressionRatio) * std::max<quint64>(bodyLength, 1024)) {
        return fail(ErrorCode::BundleLimits,
                    tr("This file is larger than Waymark allows. Contact your administrator."));
    }

    AuthenticBundle bundle;
    bundle.header = h;
    // Only the signer's claim, but shown (a replay refusal names it): cleaned only now, after the header bytes
    // were compared with encode(), so it cannot drive a terminal or reorder text (issue 13 #10).
    bundle.header.publisher = DisplaySafe::singleLine(h.publisher);
    bundle.body = file.mid(BundleHeader::Size, qsizetype(bodyLength));
    bundle.signerPublicKey = *publicKey;
    bundle.fileDigest = Crypto::hash(file, 32);
    return bundle;
}

Result<QByteArray> BundleFile::openPayload(const AuthenticBundle &bundle,
                                           const QByteArray &recipientPublicKey,
                                           const SecureBytes *recipientSecretKey,
                                           const BundleLimits &limits)
{
    const BundleHeader &h = bundle.header;
    const Error unreadable{ErrorCode::BundlePayload,
                           tr("The file's contents couldn't be read. Nothing was changed; ask the sender to export it "
                              "again.")};
    QByteArray compressed;
    if (h.encrypted()) {
        const Error notForUs{ErrorCode::BundleNotForThisDevice,
                             tr("This file was made for a different device and can't be opened here.")};
        if (recipientPublicKey.isEmpty() || !recipientSecretKey ||
            recipientKeyIdFor(recipientPublicKey) != h.recipientKeyId)
            return notForUs;
        if (bundle.body.size() < SealedKeyBytes + StreamHeaderBytes + StreamTagBytes)
            return unreadable;
        SecureBytes fileKey(crypto_secretstream_xchacha20poly1305_KEYBYTES);
        if (crypto_box_seal_open(fileKey.data(),
                                 reinterpret_cast<const unsigned char *>(bundle.body.constData()),
                                 SealedKeyBytes,
                                 reinterpret_cast<const unsigned char *>(recipientPublicKey.constData()),
                                 recipientSecretKey->data()) != 0) {
            return Error{ErrorCode::BundleDecrypt, notForUs.message};
        }
        crypto_secretstream_xchacha20poly1305_state state;
        if (crypto_secretstream_xchacha20poly1305_init_pull(
                &state,
                reinterpret_cast<const unsigned char *>(bundle.body.constData() + SealedKeyBytes),
                fileKey.data()) != 0)
            return Error{ErrorCode::BundleDecrypt, notForUs.message};
        const QByteArray aad = headerHash(h.encode());
        qint64 offset = SealedKeyBytes + StreamHeaderBytes;
        bool finished = false;
        while (offset < bundle.body.size()) {
            if (finished)
                return unreadable; // data after the final chunk
            const qint64 length = std::min<qint64>(ChunkBytes + StreamTagBytes, bundle.body.size() - offset);
            // A last chunk shorter than its tag cannot be authentic; checked before the size is used.
            if (length < StreamTagBytes)
                return Error{ErrorCode::BundleDecrypt, notForUs.message};
            QByteArray plain(qsizetype(length - StreamTagBytes), Qt::Uninitialized);
            unsigned char tag = 0;
            if (crypto_secretstream_xchacha20poly1305_pull(
                    &state,
                    reinterpret_cast<unsigned char *>(plain.data()),
                    nullptr,
                    &tag,
                    reinterpret_cast<const unsigned char *>(bundle.body.constData() + offset),
                    quint64(length),
                    reinterpret_cast<const unsigned char *>(aad.constData()),
                    quint64(aad.size())) != 0)
                return Error{ErrorCode::BundleDecrypt, notForUs.message};
            compressed.append(plain);
            finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
            offset += length;
        }
        sodium_memzero(&state, sizeof state);
        if (!finished)
            return unreadable;
    } else {
        compressed = bundle.body;
    }

    // Decompress into exactly the declared size, never more.
    if (h.plainLength > quint64(limits.maxPlainBytes))
        return Error{ErrorCode::BundleLimits,
                     tr("This file is larger than Waymark allows. Contact your administrator.")};
    const unsigned long long frameSize = ZSTD_getFrameContentSize(compressed.constData(), size_t(compressed.size()));
    if (frameSize != h.plainLength)
        return unreadable;
    QByteArray plain(qsizetype(h.plainLength), Qt::Uninitialized);
    const size_t written =
        ZSTD_decompress(plain.data(), size_t(plain.size()), compressed.constData(), size_t(compressed.size()));
    if (ZSTD_isError(written) || written != h.plainLength)
        return unreadable;
    return plain;
}

Result<std::pair<QByteArray, QByteArray>> BundleFile::detach(const QByteArray &file)
{
    if (!file.startsWith(Magic) || file.size() < BundleHeader::Size + TrailerBytes || !file.endsWith(TrailerMagic))
        return fail(ErrorCode::BundleNotABundle, tr("This isn't a Waymark bundle. Check you picked the right file."));
    const quint32 signatureLength = get<quint32>(file, file.size() - TrailerBytes);
    const quint64 bodyLength = get<quint64>(file, 80);
    const std::optional<quint64> implied = impliedBodyLength(file.size(), signatureLength);
    if (signatureLength == 0 || signatureLength > MaxSignatureBytes || !implied || bodyLength != *implied)
        return fail(ErrorCode::BundleTruncated, damaged());
    const qsizetype signedLength = BundleHeader::Size + qsizetype(bodyLength);
    return std::make_pair(file.left(signedLength), file.mid(signedLength, qsizetype(signatureLength)));
}
