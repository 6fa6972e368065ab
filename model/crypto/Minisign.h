#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

/**
 * Signatures in minisign's "ED" form (Ed25519 over the BLAKE2b-512 hash of the data, plus a global
 * signature over the trusted comment), so an admin can check a Waymark bundle with `minisign -V`
 * from Debian without trusting Waymark. Parsing is strict: exact line structure, canonical base64.
 */
class Minisign
{
    Q_DECLARE_TR_FUNCTIONS(Minisign)

public:
    static constexpr int KeyIdBytes = 8;
    static constexpr int PublicKeyBytes = 32;
    static constexpr int SecretKeyBytes = 64;
    static constexpr int SignatureBytes = 64;

    struct PublicKey
    {
        QByteArray keyId; // 8 bytes as stored (little-endian)
        QByteArray key;   // 32-byte Ed25519 public key
    };

    struct Signature
    {
        QByteArray keyId;
        QByteArray signature;       // over BLAKE2b-512(data)
        QByteArray trustedComment;  // the text after "trusted comment: "
        QByteArray globalSignature; // over signature ‖ trustedComment
    };

    /** A key id for a key we made: the first 8 bytes of BLAKE2b(public key), so it is stable. */
    static QByteArray keyIdFor(const QByteArray &publicKey);
    /** The key id as minisign prints it: 16 upper-case hex digits of the little-endian number. */
    static QString keyIdHex(const QByteArray &keyId);
    /** A fingerprint for people to compare aloud: the key's BLAKE2b hash in groups of four hex digits. */
    static QString fingerprint(const QByteArray &publicKey);

    static QByteArray publicKeyFile(const PublicKey &key);
    static Result<PublicKey> parsePublicKey(const QByteArray &text);

    /** The four-line .minisig text for `data`. `secretKey` is the 64-byte libsodium Ed25519 secret key. */
    static QByteArray sign(const QByteArray &data,
                           const QByteArray &keyId,
                           const SecureBytes &secretKey,
                           const QByteArray &trustedComment);
    /**
     * As sign(), with the signer's public key in the untrusted comment (which minisign ignores), so a
     * vault that does not trust the key can still show its fingerprint for a person to compare.
     */
    static QByteArray signNamingKey(const QByteArray &data,
                                    const QByteArray &keyId,
                                    const SecureBytes &secretKey,
                                    const QByteArray &trustedComment);
    static Result<Signature> parseSignature(const QByteArray &text);
    /** The first line Waymark writes in a signature, including its prefix but not its newline. */
    static QByteArray untrustedComment(const QByteArray &keyId);
    /** The first line signNamingKey() writes: the key id and the public key in base64. */
    static QByteArray untrustedComment(const QByteArray &keyId, const QByteArray &publicKey);
    /**
     * The public key an untrusted comment names, when it is exactly what signNamingKey() writes for
     * `keyId` and the key's id is `keyId` (Waymark's ids are derived from the key); else nothing.
     */
    static std::optional<QByteArray> keyNamedIn(const QByteArray &untrustedCommentLine, const QByteArray &keyId);
    /** Checks both the data signature and the global signature with `publicKey`. */
    static bool verify(const QByteArray &data, const Signature &signature, const QByteArray &publicKey);

private:
    static Result<QByteArray> strictBase64(const QByteArray &line, int expectedBytes);
};
