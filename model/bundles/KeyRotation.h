#pragma once

#include "model/bundles/BundleFile.h"
#include "model/core/Result.h"
#include "model/crypto/Minisign.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class SigningKey;

/**
 * A publisher's statement that trust moves from an old signing key to a new one (docs/bundles.md, "Key
 * rotation"). Six text lines, then two minisign signatures over exactly those lines: the old key's (the
 * publisher vouches for the change) and the new key's (whoever made it holds the new secret key). Parsing is
 * strict, because the statement changes who this vault trusts: anything not exactly as make() writes it is
 * refused.
 */
class KeyRotation
{
    Q_DECLARE_TR_FUNCTIONS(KeyRotation)

public:
    static constexpr int MaxBytes = 16 * 1024;
    static constexpr int MaxReasonChars = 200;

    /** `kinds` empty means every kind the old key is trusted for on the vault that applies it. */
    static Result<QByteArray> make(const SigningKey &oldKey,
                                   const SigningKey &newKey,
                                   const QList<BundleKind> &kinds,
                                   const QString &reason,
                                   const QDateTime &issued);
    /** Checks the structure and both signatures; says nothing yet about whether this vault trusts the old key. */
    static Result<KeyRotation> parse(const QByteArray &bytes);

    const Minisign::PublicKey &oldKey() const { return m_oldKey; }
    const Minisign::PublicKey &newKey() const { return m_newKey; }
    /** True when the statement hands on every kind the old key has ("kinds: all"). */
    bool allKinds() const { return m_kinds.isEmpty(); }
    const QList<BundleKind> &kinds() const { return m_kinds; }
    const QDateTime &issued() const { return m_issued; }
    const QString &reason() const { return m_reason; }
    /** BLAKE2b-256 of the whole statement, signatures included: how a vault recognises one it has applied. */
    const QByteArray &digest() const { return m_digest; }

private:
    KeyRotation() = default;

    Minisign::PublicKey m_oldKey;
    Minisign::PublicKey m_newKey;
    QList<BundleKind> m_kinds;
    QDateTime m_issued;
    QString m_reason;
    QByteArray m_digest;
};
