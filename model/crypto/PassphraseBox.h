#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"
#include "model/crypto/KdfParams.h"

#include <QByteArray>
#include <QCoreApplication>

/**
 * A small secret sealed under a passphrase: Argon2id derives the key, XChaCha20-Poly1305 seals the
 * secret, and the whole header (magic, version, cost, salt, nonce) is authenticated, so a changed cost
 * or salt fails exactly like a wrong passphrase. Used for the vault's key slot and for publisher
 * secret-key files; the 8-byte magic says which.
 *
 * Layout, little-endian: magic[8] · u16 version · u16 reserved · u64 opslimit · u64 memlimit ·
 * u32 algorithm · salt[16] · nonce[24] · u32 length · ciphertext.
 */
class PassphraseBox
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseBox)

public:
    static constexpr int CurrentVersion = 1;
    static constexpr int MagicBytes = 8;

    static QByteArray
    seal(const QByteArray &magic, const SecureBytes &secret, const SecureBytes &passphrase, const KdfParams &params);
    /**
     * Opens a box. Errors: NotAVault for anything that is not a box with this magic holding
     * `secretBytes` bytes, NewerVersion, WrongPassphrase.
     */
    static Result<SecureBytes>
    open(const QByteArray &magic, const QByteArray &box, const SecureBytes &passphrase, int secretBytes);
    static Result<KdfParams> paramsOf(const QByteArray &magic, const QByteArray &box, int secretBytes);
};
