#include "model/crypto/Minisign.h"

#include <QList>

#include <sodium.h>

namespace
{
    const QByteArray UntrustedPrefix = QByteArrayLiteral("untrusted comment: ");
    const QByteArray TrustedPrefix = QByteArrayLiteral("trusted comment: ");

    QByteArray blake2b512(const QByteArray &data)
    {
        QByteArray out(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
        crypto_generichash(reinterpret_cast<unsigned char *>(out.data()),
                           size_t(out.size()),
                           reinterpret_cast<const unsigned char *>(data.constData()),
                           quint64(data.size()),
                           nullptr,
                           0);
        return out;
    }

    QByteArray detachedSign(const QByteArray &message, const SecureBytes &secretKey)
    {
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()),
                             nullptr,
                             reinterpret_cast<const unsigned char *>(message.constData()),
                             quint64(message.size()),
                             secretKey.data());
        return signature;
    }

    bool detachedVerify(const QByteArray &message, const QByteArray &signature, const QByteArray &publicKey)
    {
        return signature.size() == crypto_sign_BYTES && publicKey.size() == crypto_sign_PUBLICKEYBYTES &&
               crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                           reinterpret_cast<const unsigned char *>(message.constData()),
                                           quint64(message.size()),
                                           reinterpret_cast<const unsigned char *>(publicKey.constData())) == 0;
    }
} // namespace

QByteArray Minisign::keyIdFor(const QByteArray &publicKey)
{
    return Crypto::hash(publicKey, 32).left(KeyIdBytes);
}

QString Minisign::keyIdHex(const QByteArray &keyId)
{
    QByteArray reversed(keyId);
    std::reverse(reversed.begin(), reversed.end());
    return QString::fromLatin1(reversed.toHex().toUpper());
}

QString Minisign::fingerprint(const QByteArray &publicKey)
{
    const QString hex = QString::fromLatin1(Crypto::hash(publicKey, 16).toHex().toUpper());
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups.append(hex.mid(i, 4));
    return groups.join(QLatin1Char(' '));
}

QByteArray Minisign::publicKeyFile(const PublicKey &key)
{
    return UntrustedPrefix + "minisign public key " + keyIdHex(key.keyId).toLatin1() + '\n' +
           QByteArray(QByteArrayLiteral("Ed") + key.keyId + key.key).toBase64() + '\n';
}

Result<QByteArray> Minisign::strictBase64(const QByteArray &line, int expectedBytes)
{
    const auto decoded = QByteArray::fromBase64Encoding(line, QByteArray::AbortOnBase64DecodingErrors);
    // Canonical only: re-encoding must give back the very same text (no stray padding or whitespace).
    if (!decoded || decoded.decoded.size() != expectedBytes || decoded.decoded.toBase64() != line)
        return Error{ErrorCode::Invalid, tr("The signature or key is not in minisign's format.")};
    return decoded.decoded;
}

Result<Minisign::PublicKey> Minisign::parsePublicKey(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    if (lines.size() != 2 || !lines.at(0).startsWith(UntrustedPrefix))
        return Error{ErrorCode::Invalid, tr("This is not a minisign public key file.")};
    auto decoded = strictBase64(lines.at(1).trimmed(), 2 + KeyIdBytes + PublicKeyBytes);
    if (!decoded || !decoded->startsWith("Ed"))
        return Error{ErrorCode::Invalid, tr("This is not a minisign Ed25519 public key.")};
    return PublicKey{decoded->mid(2, KeyIdBytes), decoded->mid(2 + KeyIdBytes)};
}

QByteArray Minisign::sign(const QByteArray &data,
                          const QByteArray &keyId,
                          const SecureBytes &secretKey,
                          const QByteArray &trustedComment)
{
    Crypto::init();
    const QByteArray signature = detachedSign(blake2b512(data), secretKey);
    const QByteArray global = detachedSign(signature + trustedComment, secretKey);
    return untrustedComment(keyId) + '\n' + QByteArray(QByteArrayLiteral("ED") + keyId + signature).toBase64() + '\n' +
           TrustedPrefix + trustedComment + '\n' + global.toBase64() + '\n';
}

QByteArray Minisign::untrustedComment(const QByteArray &keyId)
{
    return UntrustedPrefix + "signature from waymark key " + keyIdHex(keyId).toLatin1();
}

QByteArray Minisign::untrustedComment(const QByteArray &keyId, const QByteArray &publicKey)
{
    return untrustedComment(keyId) + " public key " + publicKey.toBase64();
}

std::optional<QByteArray> Minisign::keyNamedIn(const QByteArray &untrustedCommentLine, const QByteArray &keyId)
{
    const QByteArray prefix = untrustedComment(keyId) + " public key ";
    if (!untrustedCommentLine.startsWith(prefix))
        return std::nullopt;
    auto key = strictBase64(untrustedCommentLine.mid(prefix.size()), PublicKeyBytes);
    if (!key || keyIdFor(key.value()) != keyId)
        return std::nullopt;
    return key.value();
}

QByteArray Minisign::signNamingKey(const QByteArray &data,
                                   const QByteArray &keyId,
                                   const SecureBytes &secretKey,
                                   const QByteArray &trustedComment)
{
    // A libsodium Ed25519 secret key ends with its public key.
    const QByteArray publicKey(reinterpret_cast<const char *>(secretKey.data()) + (SecretKeyBytes - PublicKeyBytes),
                               PublicKeyBytes);
    const QByteArray signed_ = sign(data, keyId, secretKey, trustedComment);
    return untrustedComment(keyId, publicKey) + signed_.mid(signed_.indexOf('\n'));
}

Result<Minisign::Signature> Minisign::parseSignature(const QByteArray &text)
{
    const Error malformed{ErrorCode::Invalid, tr("The signature is not in minisign's format.")};
    QList<QByteArray> lines = text.split('\n');
    if (lines.size() != 5 || !lines.at(4).isEmpty())
        return malformed;
    if (!lines.at(0).startsWith(UntrustedPrefix) || !lines.at(2).startsWith(TrustedPrefix))
        return malformed;
    auto sig = strictBase64(lines.at(1), 2 + KeyIdBytes + SignatureBytes);
    auto global = strictBase64(lines.at(3), SignatureBytes);
    if (!sig || !global || !sig->startsWith("ED"))
        return malformed;
    return Signature{
        sig->mid(2, KeyIdBytes), sig->mid(2 + KeyIdBytes), lines.at(2).mid(TrustedPrefix.size()), global.value()};
}

bool Minisign::verify(const QByteArray &data, const Signature &signature, const QByteArray &publicKey)
{
    Crypto::init();
    return detachedVerify(blake2b512(data), signature.signature, publicKey) &&
           detachedVerify(signature.signature + signature.trustedComment, signature.globalSignature, publicKey);
}
