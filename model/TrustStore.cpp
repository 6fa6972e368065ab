#include "model/TrustStore.h"

#include "model/AuditLog.h"
#include "model/Database.h"

#include <QDateTime>

namespace
{
    QString kindsText(const QList<BundleKind> &kinds)
    {
        QStringList keys;
        for (BundleKind kind : kinds)
            keys.append(BundleKinds::key(kind));
        keys.sort();
        return keys.join(QLatin1Char(','));
    }

    QList<BundleKind> kindsFrom(const QString &text)
    {
        QList<BundleKind> kinds;
        for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto kind = BundleKinds::fromKey(key))
                kinds.append(*kind);
        }
        return kinds;
    }

    QString squeezed(const QString &fingerprint)
    {
        QString out;
        for (QChar c : fingerprint) {
            if (c.isLetterOrNumber())
                out.append(c.toUpper());
        }
        return out;
    }
} // namespace

TrustStore::TrustStore(Database &db, AuditLog &audit)
    : m_db(db)
    , m_audit(audit)
{}

Status TrustStore::add(const Minisign::PublicKey &key,
                       const QString &label,
                       const QList<BundleKind> &kinds,
                       const QString &confirmedFingerprint)
{
    if (key.key.size() != Minisign::PublicKeyBytes || key.keyId.size() != Minisign::KeyIdBytes)
        return Error{ErrorCode::Invalid, tr("This is not a valid public key.")};
    if (kinds.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose at least one kind of bundle to trust this key for.")};
    if (label.trimmed().isEmpty())
        return Error{ErrorCode::Invalid,
                     tr("Give the key a name, such as the publisher or the colleague it belongs to.")};
    if (squeezed(confirmedFingerprint) != squeezed(Minisign::fingerprint(key.key))) {
        return Error{ErrorCode::NotAllowed,
                     tr("The fingerprint you confirmed does not match this key. Do not trust it; check with the "
                        "sender by another route.")};
    }
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement upsert = m_db.prepare(
        "INSERT OR REPLACE INTO trusted_keys(key_id, public_key, label, kinds, added_at, added_by, removed_at) "
        "VALUES(?,?,?,?,?,?,NULL)");
    upsert.bind(1, key.keyId)
        .bind(2, key.key)
        .bind(3, label.trimmed())
        .bind(4, kindsText(kinds))
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(6, m_audit.actor());
    if (auto status = upsert.exec(); !status)
        return status;
    if (auto status = m_audit.append(QStringLiteral("trust_add"), Minisign::keyIdHex(key.keyId), kindsText(kinds));
        !status)
        return status;
    return transaction.commit();
}

Status TrustStore::remove(const QByteArray &keyId)
{
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    Statement mark = m_db.prepare("UPDATE trusted_keys SET removed_at = ? WHERE key_id = ? AND removed_at IS NULL");
    mark.bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).bind(2, keyId);
    if (auto status = mark.exec(); !status)
        return status;
    if (m_db.changes() == 0)
        return Error{ErrorCode::NotFound, tr("That key is not in the list of trusted keys.")};
    if (auto status = m_audit.append(QStringLiteral("trust_remove"), Minisign::keyIdHex(keyId)); !status)
        return status;
    return transaction.commit();
}

Result<QVector<TrustedKey>> TrustStore::list() const
{
    QVector<TrustedKey> keys;
    Statement rows = m_db.prepare(
        "SELECT key_id, public_key, label, kinds, added_at, added_by FROM trusted_keys WHERE removed_at IS NULL "
        "ORDER BY label");
    while (rows.next()) {
        keys.append({rows.blob(0), rows.blob(1), rows.text(2), kindsFrom(rows.text(3)), rows.text(4), rows.text(5)});
    }
    if (rows.failed())
        return rows.error();
    return keys;
}

BundleFile::TrustLookup TrustStore::lookup() const
{
    return [this](const QByteArray &keyId, BundleKind kind) -> std::optional<QByteArray> {
        Statement row =
            m_db.prepare("SELECT public_key, kinds FROM trusted_keys WHERE key_id = ? AND removed_at IS NULL");
        row.bind(1, keyId);
        if (!row.next() || !kindsFrom(row.text(1)).contains(kind))
            return std::nullopt;
        return row.blob(0);
    };
}
