#include "model/crypto/KeySlot.h"

#include "model/core/PrivateSaveFile.h"
#include "model/crypto/PassphraseBox.h"

#include <QFile>

#include <sodium.h>

namespace
{
    const QByteArray Magic = QByteArrayLiteral("WMKSLOT1");

    Result<QByteArray> readSlot(const QString &path)
    {
        QFile file(path);
        if (!file.exists() || file.size() > KeySlot::MaxSlotBytes)
            return Error{ErrorCode::NotAVault, KeySlot::tr("This is not a Waymark vault, or its key file is damaged.")};
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, KeySlot::tr("The vault's key file could not be read.")};
        return file.readAll();
    }

    Error explain(const Error &error)
    {
        // The box's own wording is generic; say "vault" where it means the vault's key slot.
        if (error.code == ErrorCode::NotAVault)
            return {ErrorCode::NotAVault, KeySlot::tr("This is not a Waymark vault, or its key file is damaged.")};
        if (error.code == ErrorCode::NewerVersion)
            return {ErrorCode::NewerVersion,
                    KeySlot::tr("This vault was made by a newer version of Waymark. Update Waymark, then try again.")};
        return error;
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

bool KdfParams::isWeak() const
{
    const KdfParams floor = interactive();
    return opsLimit < floor.opsLimit || memLimit < floor.memLimit;
}

KdfParams KdfParams::strengthened() const
{
    if (!isWeak())
        return *this;
    const KdfParams target = recommended();
    return {qMax(opsLimit, target.opsLimit), qMax(memLimit, target.memLimit)};
}

Status KeySlot::write(const QString &path,
                      const SecureBytes &databaseKey,
                      const SecureBytes &passphrase,
                      const KdfParams &params)
{
    const QByteArray box = PassphraseBox::seal(Magic, databaseKey, passphrase, params);
    PrivateSaveFile file(path);
    if (box.isEmpty() || !file.open(QIODevice::WriteOnly) || file.write(box) != box.size() || !file.commit()) {
        return Error{file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull : ErrorCode::Io,
                     tr("The vault's key file could not be written. Check there is space on the disk.")};
    }
    return {};
}

Result<SecureBytes> KeySlot::unwrap(const QString &path, const SecureBytes &passphrase)
{
    auto bytes = readSlot(path);
    if (!bytes)
        return bytes.error();
    return unwrapBytes(bytes.value(), passphrase);
}

Result<SecureBytes> KeySlot::unwrapBytes(const QByteArray &slot, const SecureBytes &passphrase)
{
    auto key = PassphraseBox::open(Magic, slot, passphrase, KeyBytes);
    if (!key)
        return explain(key.error());
    return key;
}

Result<KdfParams> KeySlot::paramsOf(const QString &path)
{
    auto bytes = readSlot(path);
    if (!bytes)
        return bytes.error();
    auto params = PassphraseBox::paramsOf(Magic, bytes.value(), KeyBytes);
    if (!params)
        return explain(params.error());
    return params;
}
