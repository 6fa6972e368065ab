#include "model/bundles/KeyRotation.h"

#include "model/core/SecureBytes.h"
#include "model/crypto/SigningKey.h"

#include <QStringList>

#include <algorithm>

namespace
{
    const QByteArray Header = QByteArrayLiteral("waymark-key-rotation/1");
    const QByteArray HeaderStem = QByteArrayLiteral("waymark-key-rotation/");
    const QByteArray AllKinds = QByteArrayLiteral("all");
    // The six statement lines, in order; each is "<name>: <value>".
    const QByteArray OldKeyField = QByteArrayLiteral("old-key: ");
    const QByteArray NewKeyField = QByteArrayLiteral("new-key: ");
    const QByteArray KindsField = QByteArrayLiteral("kinds: ");
    const QByteArray IssuedField = QByteArrayLiteral("issued: ");
    const QByteArray ReasonField = QByteArrayLiteral("reason: ");
    constexpr int StatementLines = 6;
    constexpr int SignatureLines = 4;
    // Both signatures, then the empty piece after the final newline.
    constexpr int FileLines = StatementLines + 2 * SignatureLines + 1;

    QByteArray keyText(const Minisign::PublicKey &key)
    {
        return QByteArray(QByteArrayLiteral("Ed") + key.keyId + key.key).toBase64();
    }

    QByteArray kindsText(const QList<BundleKind> &kinds)
    {
        if (kinds.isEmpty())
            return AllKinds;
        QStringList keys;
        for (BundleKind kind : kinds)
            keys.append(BundleKinds::key(kind));
        keys.sort();
        keys.removeDuplicates();
        return keys.join(QLatin1Char(',')).toLatin1();
    }

    /**
     * Names which signature this is, so the old key's signature cannot stand in for the new key's: both sign
     * the same bytes, and minisign's trusted comment is the only part that can tell them apart.
     */
    QByteArray trustedComment(const char *signer, const Minisign::PublicKey &oldKey, const Minisign::PublicKey &newKey)
    {
        return Header + " signer=" + signer + " old=" + Minisign::keyIdHex(oldKey.keyId).toLatin1() +
               " new=" + Minisign::keyIdHex(newKey.keyId).toLatin1();
    }

    bool reasonAcceptable(const QString &reason)
    {
        if (reason.size() > KeyRotation::MaxReasonChars)
            return false;
        return std::none_of(reason.cbegin(), reason.cend(), [](QChar c) {
            return c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
                   c.category() == QChar::Separator_Paragraph;
        });
    }

    QByteArray joinLines(const QList<QByteArray> &lines, int from, int count)
    {
        QByteArray out;
        for (int i = from; i < from + count; ++i)
            out += lines.at(i) + '\n';
        return out;
    }
} // namespace

Result<QByteArray> KeyRotation::make(const SigningKey &oldKey,
                                     const SigningKey &newKey,
                                     const QList<BundleKind> &kinds,
                                     const QString &reason,
                                     const QDateTime &issued)
{
    if (oldKey.publicKey() == newKey.publicKey() || oldKey.keyId() == newKey.keyId())
        return Error{ErrorCode::Invalid, tr("The old and the new key are the same key; make a new key first.")};
    if (!reasonAcceptable(reason)) {
        return Error{ErrorCode::Invalid,
                     tr("The reason must be one line of at most %1 characters.").arg(MaxReasonChars)};
    }
    if (!issued.isValid())
        return Error{ErrorCode::Invalid, tr("The time the statement is issued is not valid.")};
    const Minisign::PublicKey oldPublic = oldKey.minisignKey();
    const Minisign::PublicKey newPublic = newKey.minisignKey();
    const QByteArray statement = Header + '\n' + OldKeyField + keyText(oldPublic) + '\n' + NewKeyField +
                                 keyText(newPublic) + '\n' + KindsField + kindsText(kinds) + '\n' + IssuedField +
                                 issued.toUTC().toString(Qt::ISODate).toLatin1() + '\n' + ReasonField +
                                 reason.toUtf8() + '\n';
    return QByteArray(
        statement +
        Minisign::sign(statement, oldKey.keyId(), oldKey.secretKey(), trustedComment("old", oldPublic, newPublic)) +
        Minisign::sign(statement, newKey.keyId(), newKey.secretKey(), trustedComment("new", oldPublic, newPublic)));
}

Result<KeyRotation> KeyRotation::parse(const QByteArray &bytes)
{
    if (bytes.size() > MaxBytes) {
        return Error{ErrorCode::BundleTooLarge,
                     tr("This file is larger than %1 KiB, so it is not a key change statement.").arg(MaxBytes / 1024)};
    }
    if (!bytes.startsWith(HeaderStem))
        return Error{ErrorCode::BundleNotABundle, tr("This file is not a key change statement.")};
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.first() != Header) {
        return Error{ErrorCode::BundleUnsupportedVersion,
                     tr("This key change statement was made by a newer version of Waymark.")};
    }
    if (lines.size() != FileLines || !lines.last().isEmpty()) {
        return Error{ErrorCode::BundleTruncated,
                     tr("The key change statement is incomplete or has extra lines; ask the publisher for it "
                        "again.")};
    }
    const QByteArray fields[] = {OldKeyField, NewKeyField, KindsField, IssuedField, ReasonField};
    for (int i = 0; i < 5; ++i) {
        if (!lines.at(i + 1).startsWith(fields[i])) {
            return Error{ErrorCode::Invalid,
                         tr("Line %1 of the key change statement should start with \"%2\".")
                             .arg(i + 2)
                             .arg(QString::fromLatin1(fields[i].trimmed()))};
        }
    }
    const auto value = [&lines](int line, const QByteArray &field) { return lines.at(line).mid(field.size()); };

    KeyRotation rotation;
    const auto readKey = [&value](int line, const QByteArray &field) -> std::optional<Minisign::PublicKey> {
        const QByteArray text = value(line, field);
        auto key = Minisign::parsePublicKey(QByteArrayLiteral("untrusted comment: key\n") + text + '\n');
        // parsePublicKey forgives surrounding spaces; a signed statement must be exactly as it was written.
        if (!key || keyText(key.value()) != text)
            return std::nullopt;
        return key.value();
    };
    auto oldKey = readKey(1, OldKeyField);
    if (!oldKey)
        return Error{ErrorCode::Invalid, tr("The old key in the key change statement is not a valid public key.")};
    auto newKey = readKey(2, NewKeyField);
    if (!newKey)
        return Error{ErrorCode::Invalid, tr("The new key in the key change statement is not a valid public key.")};
    if (oldKey->key == newKey->key || oldKey->keyId == newKey->keyId) {
        return Error{ErrorCode::Invalid,
                     tr("The key change statement names the same key as old and new, so it changes nothing.")};
    }
    rotation.m_oldKey = *oldKey;
    rotation.m_newKey = *newKey;

    const QByteArray kinds = value(3, KindsField);
    if (kinds != AllKinds) {
        for (const QByteArray &key : kinds.split(',')) {
            const auto kind = BundleKinds::fromKey(QString::fromLatin1(key));
            if (!kind) {
                return Error{ErrorCode::BundleUnknownKind,
                             tr("The key change statement names a kind of bundle this version does not know: "
                                "\"%1\".")
                                 .arg(QString::fromUtf8(key))};
            }
            rotation.m_kinds.append(*kind);
        }
        // One spelling only (sorted, no repeats), so every statement has exactly one form.
        if (kindsText(rotation.m_kinds) != kinds) {
            return Error{ErrorCode::Invalid,
                         tr("The kinds in the key change statement must be listed once each, in alphabetical "
                            "order.")};
        }
    }

    const QByteArray issued = value(4, IssuedField);
    rotation.m_issued = QDateTime::fromString(QString::fromLatin1(issued), Qt::ISODate);
    if (!rotation.m_issued.isValid() || rotation.m_issued.toUTC().toString(Qt::ISODate).toLatin1() != issued)
        return Error{ErrorCode::Invalid, tr("The issue time in the key change statement is not valid.")};

    const QByteArray reason = value(5, ReasonField);
    rotation.m_reason = QString::fromUtf8(reason);
    if (rotation.m_reason.toUtf8() != reason || !reasonAcceptable(rotation.m_reason)) {
        return Error{
            ErrorCode::Invalid,
            tr("The reason in the key change statement is not one line of at most %1 characters.").arg(MaxReasonChars)};
    }

    const QByteArray statement = joinLines(lines, 0, StatementLines);
    struct Signer
    {
        const char *role;
        const Minisign::PublicKey &key;
        int firstLine;
        QString formatError;
        QString badSignature;
    };
    const Signer signers[] = {
        {"old",
         rotation.m_oldKey,
         StatementLines,
         tr("The old key's signature on the key change statement is not in minisign's format."),
         tr("The key change statement is not signed by the old key, or it was changed after signing. Do not use "
            "it.")},
        {"new",
         rotation.m_newKey,
         StatementLines + SignatureLines,
         tr("The new key's signature on the key change statement is not in minisign's format."),
         tr("The key change statement is not signed by the new key, so nothing shows the publisher holds it. Do "
            "not use it.")},
    };
    for (const Signer &signer : signers) {
        auto signature = Minisign::parseSignature(joinLines(lines, signer.firstLine, SignatureLines));
        // The untrusted comment is covered by no signature, so it must be exactly what make() writes.
        if (!signature || lines.at(signer.firstLine) != Minisign::untrustedComment(signer.key.keyId))
            return Error{ErrorCode::BundleSignatureFormat, signer.formatError};
        if (signature->keyId != signer.key.keyId ||
            signature->trustedComment != trustedComment(signer.role, rotation.m_oldKey, rotation.m_newKey) ||
            !Minisign::verify(statement, signature.value(), signer.key.key))
            return Error{ErrorCode::BundleBadSignature, signer.badSignature};
    }
    rotation.m_digest = Crypto::hash(bytes, 32);
    return rotation;
}
