#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"
#include "model/crypto/KdfParams.h"
#include "model/crypto/Minisign.h"

#include <QCoreApplication>
#include <QString>

/**
 * An Ed25519 signing key with its minisign key id: a publisher's (kept in a secret-key file sealed
 * under a passphrase) or a device's (kept inside its vault). The secret half stays in secure memory.
 */
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static SigningKey generate();
    /** A key from a libsodium 64-byte secret key (whose second half is the public key). */
    static SigningKey fromSecret(SecureBytes secret);

    /** Writes the secret key sealed under `passphrase` (PassphraseBox, magic "WMSIGKY1"). */
    Status writeSecretFile(const QString &path, const SecureBytes &passphrase, const KdfParams &kdf) const;
    /** `cost`, when given, receives the passphrase cost the file was sealed with (to warn about a weak one). */
    static Result<SigningKey>
    readSecretFile(const QString &path, const SecureBytes &passphrase, KdfParams *cost = nullptr);
    /** Whether `bytes` start as a secret key file does: tells it from a public key without a passphrase. */
    static bool isSecretFile(const QByteArray &bytes);

    /** The public key in minisign's file format, for `minisign -V -p` and for trusting it elsewhere. */
    QByteArray publicKeyFile() const;

    const QByteArray &keyId() const { return m_keyId; }
    const QByteArray &publicKey() const { return m_publicKey; }
    const SecureBytes &secretKey() const { return m_secret; }
    Minisign::PublicKey minisignKey() const { return {m_keyId, m_publicKey}; }

    /** The X25519 key pair derived from this Ed25519 key, for receiving encrypted bundles. */
    QByteArray encryptionPublicKey() const;
    SecureBytes encryptionSecretKey() const;

private:
    SecureBytes m_secret;
    QByteArray m_publicKey;
    QByteArray m_keyId;
};
