#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"
#include "model/crypto/KdfParams.h"

#include <QCoreApplication>
#include <QString>

/**
 * The key slot: the random database key wrapped (XChaCha20-Poly1305) by a key derived from the
 * passphrase (Argon2id). A failed unwrap means a wrong passphrase, never a damaged database.
 *
 * File layout, little-endian: magic "WMKSLOT1" · u16 version · u16 reserved · u64 opslimit ·
 * u64 memlimit · u32 algorithm · 16-byte salt · 24-byte nonce · u32 length · ciphertext.
 * Everything before the ciphertext is authenticated as associated data.
 */
class KeySlot
{
    Q_DECLARE_TR_FUNCTIONS(KeySlot)

public:
    static constexpr int CurrentVersion = 1;
    static constexpr int KeyBytes = 32;

    /** Wraps `databaseKey` under `passphrase` and writes the slot atomically to `path`. */
    static Status
    write(const QString &path, const SecureBytes &databaseKey, const SecureBytes &passphrase, const KdfParams &params);
    /** Reads `path` and unwraps the database key with `passphrase`. */
    static Result<SecureBytes> unwrap(const QString &path, const SecureBytes &passphrase);
    /** Unwraps a slot's bytes held in memory (a backup carries a copy of the slot); as unwrap() otherwise. */
    static Result<SecureBytes> unwrapBytes(const QByteArray &slot, const SecureBytes &passphrase);
    /** The largest slot file there is; anything bigger is not a slot. */
    static constexpr qint64 MaxSlotBytes = 4096;
    /** The cost parameters a slot was written with, without unwrapping it. */
    static Result<KdfParams> paramsOf(const QString &path);
};
