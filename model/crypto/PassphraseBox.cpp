#include "model/crypto/PassphraseBox.h"

#include <QDataStream>
#include <QIODevice>

#include <sodium.h>

namespace
{
    constexpr int SaltBytes = crypto_pwhash_SALTBYTES;
    constexpr int NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    constexpr int TagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
    constexpr int MaxBoxBytes = 4096;

    struct Header
    {
        QByteArray magic;
        quint16 version = PassphraseBox::CurrentVersion;
        KdfParams params;
        quint32 algorithm = crypto_pwhash_ALG_ARGON2ID13;
        QByteArray salt;
        QByteArray nonce;
    };

    QByteArray encodeHeader(const Header &h)
    {
        QByteArray bytes;
        QDataStream out(&bytes, QIODevice::WriteOnly);
        out.setByteOrder(QDataStream::LittleEndian);
        out.writeRawData(h.magic.constData(), PassphraseBox::MagicBytes);
        out << h.version << quint16(0) << h.params.opsLimit << h.params.memLimit << h.algorithm;
        out.writeRawData(h.salt.constData(), SaltBytes);
        out.writeRawData(h.nonce.constData(), NonceBytes);
        return bytes;
    }

    Result<SecureBytes> deriveKey(const SecureBytes &passphrase, const Header &h)
    {
        SecureBytes key(crypto_aead_xchacha20poly1305_ietf_KEYBYTES);
        if (crypto_pwhash(key.data(),
                          key.size(),
                          reinterpret_cast<const char *>(passphrase.data()),
                          passphrase.size(),
                          reinterpret_cast<const unsigned char *>(h.salt.constData()),
                          h.params.opsLimit,
                          static_cast<size_t>(h.params.memLimit),
                          static_cast<int>(h.algorithm)) != 0) {
            return Error{ErrorCode::Internal,
                         PassphraseBox::tr("There is not enough memory to check the passphrase. Close other programs "
                                           "and try again.")};
        }
        return key;
    }

    struct Parsed
    {
        Header header;
        QByteArray headerBytes;
        QByteArray ciphertext;
    };

    Result<Parsed> parse(const QByteArray &magic, const QByteArray &bytes, int secretBytes)
    {
        const Error notOurs{ErrorCode::NotAVault,
                            PassphraseBox::tr("This key file is not one of Waymark's, or it is damaged.")};
        if (bytes.size() > MaxBoxBytes || !bytes.startsWith(magic))
            return notOurs;
        QDataStream in(bytes);
        in.setByteOrder(QDataStream::LittleEndian);
        in.skipRawData(PassphraseBox::MagicBytes);
        Parsed p;
        p.header.magic = magic;
        quint16 reserved = 0;
        in >> p.header.version >> reserved;
        if (in.status() != QDataStream::Ok)
            return notOurs;
        if (p.header.version > PassphraseBox::CurrentVersion) {
            return Error{ErrorCode::NewerVersion,
                         PassphraseBox::tr("This was made by a newer version of Waymark. Update Waymark, then try "
                                           "again.")};
        }
        in >> p.header.params.opsLimit >> p.header.params.memLimit >> p.header.algorithm;
        p.header.salt.resize(SaltBytes);
        p.header.nonce.resize(NonceBytes);
        in.readRawData(p.header.salt.data(), SaltBytes);
        in.readRawData(p.header.nonce.data(), NonceBytes);
        quint32 length = 0;
        in >> length;
        if (in.status() != QDataStream::Ok || length != quint32(secretBytes + TagBytes))
            return notOurs;
        // A hostile file must not be able to demand absurd work or memory before the passphrase is checked.
        if (p.header.algorithm != crypto_pwhash_ALG_ARGON2ID13 ||
            p.header.params.opsLimit < crypto_pwhash_OPSLIMIT_MIN || p.header.params.opsLimit > 64 ||
            p.header.params.memLimit < crypto_pwhash_MEMLIMIT_MIN || p.header.params.memLimit > (quint64(4) << 30)) {
            return notOurs;
        }
        p.ciphertext.resize(int(length));
        if (in.readRawData(p.ciphertext.data(), int(length)) != int(length) || !in.atEnd())
            return notOurs;
        p.headerBytes = encodeHeader(p.header);
        return p;
    }
} // namespace

QByteArray PassphraseBox::seal(const QByteArray &magic,
                               const SecureBytes &secret,
                               const SecureBytes &passphrase,
                               const KdfParams &params)
{
    Crypto::init();
    Q_ASSERT(magic.size() == MagicBytes);
    Header header;
    header.magic = magic;
    header.params = params;
    header.salt = Crypto::randomBytes(SaltBytes);
    header.nonce = Crypto::randomBytes(NonceBytes);
    const QByteArray headerBytes = encodeHeader(header);
    auto key = deriveKey(passphrase, header);
    if (!key)
        return {};

    QByteArray ciphertext(int(secret.size()) + TagBytes, Qt::Uninitialized);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(ciphertext.data()),
                                               &written,
                                               secret.data(),
                                               secret.size(),
                                               reinterpret_cast<const unsigned char *>(headerBytes.constData()),
                                               quint64(headerBytes.size()),
                                               nullptr,
                                               reinterpret_cast<const unsigned char *>(header.nonce.constData()),
                                               key->data());
    QByteArray box = headerBytes;
    QDataStream out(&box, QIODevice::Append);
    out.setByteOrder(QDataStream::LittleEndian);
    out << quint32(written);
    out.writeRawData(ciphertext.constData(), int(written));
    return box;
}

Result<SecureBytes>
PassphraseBox::open(const QByteArray &magic, const QByteArray &box, const SecureBytes &passphrase, int secretBytes)
{
    Crypto::init();
    auto parsed = parse(magic, box, secretBytes);
    if (!parsed)
        return parsed.error();
    auto key = deriveKey(passphrase, parsed->header);
    if (!key)
        return key.error();
    SecureBytes secret(static_cast<size_t>(secretBytes));
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            secret.data(),
            &length,
            nullptr,
            reinterpret_cast<const unsigned char *>(parsed->ciphertext.constData()),
            quint64(parsed->ciphertext.size()),
            reinterpret_cast<const unsigned char *>(parsed->headerBytes.constData()),
            quint64(parsed->headerBytes.size()),
            reinterpret_cast<const unsigned char *>(parsed->header.nonce.constData()),
            key->data()) != 0) {
        return Error{ErrorCode::WrongPassphrase, tr("Passphrase incorrect. Check it and try again.")};
    }
    return secret;
}

Result<KdfParams> PassphraseBox::paramsOf(const QByteArray &magic, const QByteArray &box, int secretBytes)
{
    auto parsed = parse(magic, box, secretBytes);
    if (!parsed)
        return parsed.error();
    return parsed->header.params;
}
