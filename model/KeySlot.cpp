#include "model/KeySlot.h"

#include <QDataStream>
#include <QIODevice>
#include <QFile>
#include <QSaveFile>

#include <sodium.h>

namespace
{
    constexpr char Magic[8] = {'W', 'M', 'K', 'S', 'L', 'O', 'T', '1'};
    constexpr int SaltBytes = crypto_pwhash_SALTBYTES;
    constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    constexpr qint64 MaxSlotBytes = 4096;

    struct SlotHeader
    {
        quint16 version = KeySlot::CurrentVersion;
        KdfParams params;
        quint32 algorithm = crypto_pwhash_ALG_ARGON2ID13;
        QByteArray salt;
        QByteArray nonce;
    };

    QByteArray encodeHeader(const SlotHeader &h)
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out.writeRawData(Magic, sizeof Magic);
        out << h.version << quint16(0) << h.params.opsLimit << h.params.memLimit << h.algorithm;
        out.writeRawData(h.salt.constData(), SaltBytes);
        out.writeRawData(h.nonce.constData(), NonceBytes);
        return bytes;
    }

    Result<SecureBytes> deriveKek(const SecureBytes &passphrase, const SlotHeader &h)
    {
        SecureBytes kek(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
        if (crypto_pwhash(kek.data(),
                          kek.size(),
                          reinterpret_cast<const char *>(passphrase.data()),
                          passphrase.size(),
                          reinterpret_cast<const unsigned char *>(h.salt.constData()),
                          h.params.opsLimit,
                          static_cast<size_t>(h.params.memLimit),
                          static_cast<int>(h.algorithm))
            != 0) {
            return Error{ErrorCode::Internal,
                         KeySlot::tr("There is not enough memory to unlock the vault. Close other programs and try "
                                     "again.")};
        }
        return kek;
    }

    struct ParsedSlot
    {
        SlotHeader header;
        QByteArray headerBytes;
        QByteArray ciphertext;
    };

    Result<ParsedSlot> readSlot(const QString &path)
    {
        const Error notAVault{ErrorCode::NotAVault,
                              KeySlot::tr("This is not a Waymark vault, or its key file is damaged.")};
        QFile file(path);
        if (!file.exists())
            return notAVault;
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, KeySlot::tr("The vault's key file could not be read.")};
        if (file.size() > MaxSlotBytes)
            return notAVault;
        const QByteArray bytes = file.readAll();

        QDataStream in(bytes);
        in.setByteOrder(QDataStream::LittleEndian);
        char magic[8] = {};
        if (in.readRawData(magic, sizeof magic) != sizeof magic || memcmp(magic, Magic, sizeof Magic) != 0)
            return notAVault;

        ParsedSlot slot;
        quint16 reserved = 0;
        in >> slot.header.version >> reserved;
        if (in.status() != QDataStream::Ok)
            return notAVault;
        if (slot.header.version > KeySlot::CurrentVersion) {
            return Error{ErrorCode::NewerVersion,
                         KeySlot::tr("This vault was made by a newer version of Waymark. Update Waymark, then try "
                                     "again.")};
        }
        in >> slot.header.params.opsLimit >> slot.header.params.memLimit >> slot.header.algorithm;
        slot.header.salt.resize(SaltBytes);
        slot.header.nonce.resize(NonceBytes);
        in.readRawData(slot.header.salt.data(), SaltBytes);
        in.readRawData(slot.header.nonce.data(), NonceBytes);
        quint32 length = 0;
        in >> length;
        if (in.status() != QDataStream::Ok || length != KeySlot::KeyBytes + TagBytes)
            return notAVault;
        // Hostile slot files must not be able to demand absurd work or memory before the passphrase is checked.
        if (slot.header.algorithm != crypto_pwhash_ALG_ARGON2ID13
            || slot.header.params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || slot.header.params.opsLimit > 64
            || slot.header.params.memLimit < crypto_pwhash_MEMLIMIT_MIN
            || slot.header.params.memLimit > (quint64(4) << 30)) {
            return notAVault;
        }
        slot.ciphertext.resize(static_cast<int>(length));
        if (in.readRawData(slot.ciphertext.data(), static_cast<int>(length)) != static_cast<int>(length) || !in.atEnd())
            return notAVault;
        slot.headerBytes = encodeHeader(slot.header);
        return slot;
    }
} // namespace

KdfParams KdfParams::moderate()
{
    return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
}

KdfParams KdfParams::interactive()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

KdfParams KdfParams::minimum()
{
    return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
}

KdfParams KdfParams::fromName(const QString &name)
{
    if (name == QLatin1String("minimum"))
        return minimum();
    if (name == QLatin1String("interactive"))
        return interactive();
    return moderate();
}

Status KeySlot::write(const QString &path, const SecureBytes &databaseKey, const SecureBytes &passphrase,
                      const KdfParams &params)
{
    Crypto::init();
    SlotHeader header;
    header.params = params;
    header.salt = Crypto::randomBytes(SaltBytes);
    header.nonce = Crypto::randomBytes(NonceBytes);
    const QByteArray headerBytes = encodeHeader(header);

    auto kek = deriveKek(passphrase, header);
    if (!kek)
        return kek.error();

    QByteArray ciphertext(static_cast<int>(databaseKey.size()) + TagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(ciphertext.data()),
                                               &written,
                                               databaseKey.data(),
                                               databaseKey.size(),
                                               reinterpret_cast<const unsigned char *>(headerBytes.constData()),
                                               static_cast<unsigned long long>(headerBytes.size()),
                                               nullptr,
                                               reinterpret_cast<const unsigned char *>(header.nonce.constData()),
                                               kek->data());

    QByteArray bytes = headerBytes;
    QDataStream out(&bytes, QIODevice::Append);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint32(written);
    out.writeRawData(ciphertext.constData(), static_cast<int>(written));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Error{file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                     tr("The vault's key file could not be written. Check there is space on the disk.")};
    }
    return {};
}

Result<SecureBytes> KeySlot::unwrap(const QString &path, const SecureBytes &passphrase)
{
    Crypto::init();
    auto slot = readSlot(path);
    if (!slot)
        return slot.error();
    auto kek = deriveKek(passphrase, slot->header);
    if (!kek)
        return kek.error();

    SecureBytes key(KeyBytes);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(),
            &length,
            nullptr,
            reinterpret_cast<const unsigned char *>(slot->ciphertext.constData()),
            static_cast<unsigned long long>(slot->ciphertext.size()),
            reinterpret_cast<const unsigned char *>(slot->headerBytes.constData()),
            static_cast<unsigned long long>(slot->headerBytes.size()),
            reinterpret_cast<const unsigned char *>(slot->header.nonce.constData()),
            kek->data())
        != 0) {
        return Error{ErrorCode::WrongPassphrase, tr("Passphrase incorrect. Check it and try again.")};
    }
    return key;
}

Result<KdfParams> KeySlot::paramsOf(const QString &path)
{
    auto slot = readSlot(path);
    if (!slot)
        return slot.error();
    return slot->header.params;
}
