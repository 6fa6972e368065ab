#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>
#include <optional>

/** What a bundle carries. The verifier does not care; each kind has its own payload reader. */
enum class BundleKind : quint8
{
    Vacancies = 1,
    Caseload = 2,
    Taxonomy = 3,
    Forms = 4,
    Courses = 5,
    Geodata = 6,
    Receipt = 7,
    KeyRotation = 8,
    Partners = 9,
    /** Aggregate counts from one device, for an admin to merge (docs/reports.md); no personal data. */
    Report = 10,
};

namespace BundleKinds
{
    QString key(BundleKind kind);
    std::optional<BundleKind> fromKey(const QString &key);
    std::optional<BundleKind> fromByte(quint8 byte);
    QString displayName(BundleKind kind);
} // namespace BundleKinds

/** The fixed 160-byte header, authenticated by the signature like everything else before it. */
struct BundleHeader
{
    static constexpr int Size = 160;
    static constexpr quint16 FormatMajor = 1;
    static constexpr quint16 FormatMinor = 0;
    static constexpr quint8 FlagEncrypted = 0x01;
    static constexpr quint8 FlagZstd = 0x02;

    quint16 major = FormatMajor;
    quint16 minor = FormatMinor;
    BundleKind kind = BundleKind::Vacancies;
    quint8 flags = FlagZstd;
    QByteArray bundleId;       // 16 random bytes
    QByteArray signerKeyId;    // 8 bytes, minisign key id
    QByteArray recipientKeyId; // 8 bytes, zero unless encrypted
    quint64 sequence = 0;      // per publisher and kind; 0 for caseload bundles
    qint64 createdAt = 0;      // Unix seconds
    qint64 expiresAt = 0;      // Unix seconds; 0 never expires
    quint64 plainLength = 0;   // payload bytes after decryption and decompression
    quint64 bodyLength = 0;    // bytes between the header and the signature
    quint32 payloadVersion = 1;
    QString publisher; // at most 64 bytes of UTF-8; a claim by the signer, never an identity

    bool encrypted() const { return flags & FlagEncrypted; }
    QByteArray encode() const;
    /** The trusted comment the signature carries, rebuilt from the header for comparison. */
    QByteArray trustedComment() const;
    QString bundleIdHex() const { return QString::fromLatin1(bundleId.toHex()); }
    /**
     * Who owns this bundle's stream and items: the signer's key id as Minisign prints it. Streams, vacancies,
     * courses and forms are keyed by this, never by `publisher`, which any trusted key could set to another
     * publisher's name.
     */
    QString publisherKey() const;
};

/** Who signs: a minisign key id and the Ed25519 secret key (in secure memory). */
struct BundleSigner
{
    QByteArray keyId;
    const SecureBytes *secretKey = nullptr;
};

struct BundleLimits
{
    qint64 maxFileBytes = qint64(512) << 20;
    qint64 maxPlainBytes = qint64(1) << 30;
    /** Compressed payloads may not claim to expand more than this (zip bombs). */
    int maxCompressionRatio = 50;
};

/** A bundle whose signature holds: its header and its body, not yet decrypted or decompressed. */
struct AuthenticBundle
{
    BundleHeader header;
    QByteArray body;
    QByteArray signerPublicKey;
    /** SHA-256-like digest (BLAKE2b-256) of the whole file, for the import record. */
    QByteArray fileDigest;
};

/**
 * Writes and reads bundle files. Reading runs the checks in a fixed order and parses nothing the
 * signature does not cover: size → magic and version → signer trusted for this kind → signature →
 * trusted comment → expiry. Replay is the importer's business (it knows the vault's history);
 * then openPayload() decrypts and decompresses with the declared size as a hard cap.
 */
class BundleFile
{
    Q_DECLARE_TR_FUNCTIONS(BundleFile)

public:
    /** Looks up a public key trusted to sign `kind`; nullopt if the key id is unknown or not trusted for it. */
    using TrustLookup = std::function<std::optional<QByteArray>(const QByteArray &keyId, BundleKind kind)>;

    static constexpr int TrailerBytes = 12; // u32 signature length + "WMBSIG01"
    static constexpr int MaxSignatureBytes = 1024;

    /**
     * Builds a signed bundle. `header` supplies kind, sequence, publisher, times and payload version;
     * ids and lengths are filled in here. With `recipientPublicKey` (X25519) the payload is encrypted
     * to that device.
     */
    static Result<QByteArray> write(BundleHeader header,
                                    const QByteArray &payload,
                                    const BundleSigner &signer,
                                    const QByteArray &recipientPublicKey = {});

    static Result<AuthenticBundle>
    authenticate(const QByteArray &file, const TrustLookup &trust, qint64 now, const BundleLimits &limits = {});
    /** Decrypts (with this device's X25519 key pair, for encrypted bundles) and decompresses the payload. */
    static Result<QByteArray> openPayload(const AuthenticBundle &bundle,
                                          const QByteArray &recipientPublicKey = {},
                                          const SecureBytes *recipientSecretKey = nullptr,
                                          const BundleLimits &limits = {});

    /** The part minisign checks (header and body) and the .minisig text, for `bundle detach`. */
    static Result<std::pair<QByteArray, QByteArray>> detach(const QByteArray &file);

    /** BLAKE2b-64 of an X25519 public key: the recipient key id. */
    static QByteArray recipientKeyIdFor(const QByteArray &x25519PublicKey);
};
