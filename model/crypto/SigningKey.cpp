#include "model/crypto/SigningKey.h"

#include "model/core/PrivateSaveFile.h"
#include "model/crypto/PassphraseBox.h"

#include <QFile>

#include <sodium.h>

namespace
{
    const QByteArray Magic = QByteArrayLiteral("WMSIGKY1");
}

SigningKey SigningKey::generate()
{
    Crypto::init();
    SecureBytes secret(crypto_sign_SECRETKEYBYTES);
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_keypair(publicKey, secret.data());
    return fromSecret(std::move(secret));
}

SigningKey SigningKey::fromSecret(SecureBytes secret)
{
    SigningKey key;
    key.m_publicKey =
        QByteArray(reinterpret_cast<const char *>(secret.data()) + crypto_sign_SEEDBYTES, crypto_sign_PUBLICKEYBYTES);
    key.m_keyId = Minisign::keyIdFor(key.m_publicKey);
    key.m_secret = std::move(secret);
    return key;
}

Status SigningKey::writeSecretFile(const QString &path, const SecureBytes &passphrase, const KdfParams &kdf) const
{
    if (passphrase.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose a passphrase to protect the secret key.")};
    const QByteArray box = PassphraseBox::seal(Magic, m_secret, passphrase, kdf);
    PrivateSaveFile file(path);
    if (box.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(box) != box.size() || !file.commit())
        return Error{ErrorCode::Io, tr("The secret key file could not be written.")};
    return {};
}

Result<SigningKey> SigningKey::readSecretFile(const QString &path, const SecureBytes &passphrase, KdfParams *cost)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096)
        return Error{ErrorCode::NotFound, tr("The secret key file could not be read.")};
    const QByteArray box = file.readAll();
    auto secret = PassphraseBox::open(Magic, box, passphrase, crypto_sign_SECRETKEYBYTES);
    if (!secret) {
        if (secret.error().code == ErrorCode::NotAVault)
            return Error{ErrorCode::Invalid, tr("This is not a Waymark secret key file.")};
        return secret.error();
    }
    if (cost) {
        // The box opened, so its header reads.
        if (auto params = PassphraseBox::paramsOf(Magic, box, crypto_sign_SECRETKEYBYTES); params)
            *cost = params.value();
    }
    return fromSecret(std::move(secret.value()));
}

bool SigningKey::isSecretFile(const QByteArray &bytes)
{
    return bytes.startsWith(Magic);
}

QByteArray SigningKey::publicKeyFile() const
{
    return Minisign::publicKeyFile(minisignKey());
}

QByteArray SigningKey::encryptionPublicKey() const
{
    QByteArray out(crypto_box_PUBLICKEYBYTES, '\0');
    // Fails only for a malformed point, which a key we generated or loaded cannot be.
    if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(out.data()),
                                             reinterpret_cast<const unsigned char *>(m_publicKey.constData())) != 0)
        return {};
    return out;
}

SecureBytes SigningKey::encryptionSecretKey() const
{
    SecureBytes out(crypto_box_SECRETKEYBYTES);
    crypto_sign_ed25519_sk_to_curve25519(out.data(), m_secret.data());
    return out;
}
