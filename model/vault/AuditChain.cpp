#include "model/vault/AuditChain.h"

#include "model/core/Log.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <sodium.h>

namespace
{
    // libsodium's key derivation takes an eight-byte context; subkey 1 is the chain key, 2 the key that seals it.
    const char KdfContext[crypto_kdf_CONTEXTBYTES + 1] = "WMaudit1";
    constexpr quint64 ChainSubkey = 1;
    constexpr quint64 SealSubkey = 2;

    const QString KeyedFromKey = QStringLiteral("audit_keyed_from");
    const QString SealedKey = QStringLiteral("audit_key");
    const QString PendingSealedKey = QStringLiteral("audit_key_next");

    SecureBytes derive(const SecureBytes &databaseKey, quint64 subkey)
    {
        SecureBytes out(AuditChain::LinkBytes);
        crypto_kdf_derive_from_key(out.data(), out.size(), subkey, KdfContext, databaseKey.data());
        return out;
    }

    // Length-prefixed UTF-8, so a null and an empty string (which read back alike) hash alike.
    void appendField(QByteArray &bytes, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        bytes.append(QByteArray::number(utf8.size())).append(':').append(utf8);
    }

    QByteArray linkedBytes(const QByteArray &previous, const AuditEntry &e)
    {
        QByteArray bytes = previous;
        bytes.append(QByteArray::number(e.seq)).append(';');
        for (const QString *field : {&e.timestamp, &e.actor, &e.device, &e.action, &e.object})
            appendField(bytes, *field);
        // Rows written before schema 2 had no detail; an empty detail hashes as it did then.
        if (!e.detail.isEmpty())
            appendField(bytes, e.detail);
        return bytes;
    }

    Result<QString> metaValue(Database &db, const QString &key)
    {
        Statement stmt = db.prepare("SELECT value FROM meta WHERE key = ?");
        stmt.bind(1, key);
        if (stmt.next())
            return stmt.text(0);
        if (stmt.failed())
            return stmt.error();
        return QString();
    }

    Status setMetaValue(Database &db, const QString &key, const QString &value)
    {
        Statement clear = db.prepare("DELETE FROM meta WHERE key = ?");
        clear.bind(1, key);
        if (auto status = clear.exec(); !status)
            return status;
        if (value.isNull())
            return {};
        Statement insert = db.prepare("INSERT INTO meta(key, value) VALUES(?, ?)");
        insert.bind(1, key).bind(2, value);
        return insert.exec();
    }

    Error unreadableKey()
    {
        return Error{ErrorCode::Damaged,
                     AuditChain::tr("The key that protects this vault's audit log cannot be read: the vault is "
                                    "damaged or has been tampered with. Contact support.")};
    }
} // namespace

AuditChain::AuditChain(SecureBytes key, qint64 keyedFrom)
    : m_key(std::move(key))
    , m_keyedFrom(keyedFrom)
{}

Result<AuditChain> AuditChain::load(Database &db, const SecureBytes &databaseKey)
{
    auto keyedFromText = metaValue(db, KeyedFromKey);
    if (!keyedFromText)
        return keyedFromText.error();
    if (keyedFromText->isEmpty())
        return AuditChain();
    bool ok = false;
    const qint64 keyedFrom = keyedFromText->toLongLong(&ok);
    if (!ok || keyedFrom < 1 || databaseKey.size() != crypto_kdf_KEYBYTES)
        return unreadableKey();

    auto sealed = metaValue(db, SealedKey);
    if (!sealed)
        return sealed.error();
    auto pending = metaValue(db, PendingSealedKey);
    if (!pending)
        return pending.error();
    if (sealed->isEmpty() && pending->isEmpty()) {
        // The first open after the migration (or creation): the chain key starts as a derivative of this key.
        AuditChain chain(derive(databaseKey, ChainSubkey), keyedFrom);
        if (auto status = chain.seal(db, databaseKey, SealedKey); !status)
            return status.error();
        return chain;
    }
    if (auto key = unseal(sealed.value(), databaseKey))
        return AuditChain(std::move(key.value()), keyedFrom);
    // A rekey stopped after the database took the next key and before the seals were settled.
    auto key = unseal(pending.value(), databaseKey);
    if (!key)
        return unreadableKey();
    AuditChain chain(std::move(key.value()), keyedFrom);
    if (auto status = chain.finishRekey(db, databaseKey); !status)
        return status.error();
    qCInfo(lcAudit) << "audit chain key settled after an interrupted rekey";
    return chain;
}

Status AuditChain::sealForRekey(Database &db, const SecureBytes &nextDatabaseKey) const
{
    if (m_key.isEmpty())
        return {};
    return seal(db, nextDatabaseKey, PendingSealedKey);
}

Status AuditChain::finishRekey(Database &db, const SecureBytes &newDatabaseKey) const
{
    if (m_key.isEmpty())
        return {};
    Transaction transaction(db);
    if (auto status = seal(db, newDatabaseKey, SealedKey); !status)
        return status;
    if (auto status = setMetaValue(db, PendingSealedKey, QString()); !status)
        return status;
    return transaction.commit();
}

Status AuditChain::seal(Database &db, const SecureBytes &databaseKey, const QString &metaKey) const
{
    const SecureBytes sealKey = derive(databaseKey, SealSubkey);
    QByteArray box(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + int(m_key.size()), '\0');
    auto *bytes = reinterpret_cast<unsigned char *>(box.data());
    randombytes_buf(bytes, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(bytes + crypto_secretbox_NONCEBYTES, m_key.data(), m_key.size(), bytes, sealKey.data());
    return setMetaValue(db, metaKey, QString::fromLatin1(box.toHex()));
}

Result<SecureBytes> AuditChain::unseal(const QString &sealed, const SecureBytes &databaseKey)
{
    const QByteArray box = QByteArray::fromHex(sealed.toLatin1());
    if (box.size() != crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + LinkBytes)
        return unreadableKey();
    const SecureBytes sealKey = derive(databaseKey, SealSubkey);
    SecureBytes key(LinkBytes);
    const auto *bytes = reinterpret_cast<const unsigned char *>(box.constData());
    if (crypto_secretbox_open_easy(key.data(),
                                   bytes + crypto_secretbox_NONCEBYTES,
                                   box.size() - crypto_secretbox_NONCEBYTES,
                                   bytes,
                                   sealKey.data()) != 0)
        return unreadableKey();
    return key;
}

QByteArray AuditChain::link(const QByteArray &previous, const AuditEntry &entry) const
{
    const QByteArray bytes = linkedBytes(previous, entry);
    if (m_keyedFrom == 0 || entry.seq < m_keyedFrom || m_key.isEmpty())
        return Crypto::hash(bytes, LinkBytes);
    QByteArray mac(crypto_auth_hmacsha256_BYTES, '\0');
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, m_key.data(), m_key.size());
    crypto_auth_hmacsha256_update(&state, reinterpret_cast<const unsigned char *>(bytes.constData()), bytes.size());
    crypto_auth_hmacsha256_final(&state, reinterpret_cast<unsigned char *>(mac.data()));
    sodium_memzero(&state, sizeof state);
    return mac;
}
