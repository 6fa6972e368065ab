#include "model/bundles/TrustStore.h"

#include "model/bundles/KeyRotation.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

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

bool TrustStore::fingerprintMatches(const QByteArray &publicKey, const QString &typed)
{
    return squeezed(typed) == squeezed(Minisign::fingerprint(publicKey));
}

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
    if (!fingerprintMatches(key.key, confirmedFingerprint)) {
        return Error{ErrorCode::NotAllowed,
                     tr("The fingerprint you confirmed does not match this key. Do not trust it; check with the "
                        "sender by another route.")};
    }
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    // Replacing a trusted key's row would silently change its name and kinds, and the audit would show only
    // another "trust_add" (issue 13 #13). A change is a removal and an addition, each audited.
    Statement existing = m_db.prepare("SELECT label FROM trusted_keys WHERE key_id = ? AND removed_at IS NULL");
    existing.bind(1, key.keyId);
    if (existing.next()) {
        return Error{ErrorCode::NotAllowed,
                     tr("Key %1 is already trusted, under the name \"%2\". A trusted key is never replaced: to "
                        "change its name or what it is trusted for, remove it first, then add it again.")
                         .arg(Minisign::keyIdHex(key.keyId), existing.text(0))};
    }
    if (existing.failed())
        return existing.error();
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
    if (auto status = m_audit.append(AuditAction::TrustAdd, Minisign::keyIdHex(key.keyId), kindsText(kinds)); !status)
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
    if (auto status = m_audit.append(AuditAction::TrustRemove, Minisign::keyIdHex(keyId)); !status)
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

bool TrustStore::isTrusted(const QByteArray &keyId) const
{
    Statement row = m_db.prepare("SELECT 1 FROM trusted_keys WHERE key_id = ? AND removed_at IS NULL");
    row.bind(1, keyId);
    return row.next();
}

QString TrustStore::labelOf(const QByteArray &keyId) const
{
    Statement row = m_db.prepare("SELECT label FROM trusted_keys WHERE key_id = ?");
    row.bind(1, keyId);
    if (row.next() && !row.text(0).trimmed().isEmpty())
        return row.text(0);
    return Minisign::keyIdHex(keyId);
}

QHash<QString, QString> TrustStore::labelsByKeyId(Database &db)
{
    QHash<QString, QString> labels;
    Statement rows = db.prepare("SELECT key_id, label FROM trusted_keys");
    while (rows.next())
        labels.insert(Minisign::keyIdHex(rows.blob(0)), rows.text(1));
    return labels;
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

Result<TrustStore::RotationPlan> TrustStore::planRotation(const KeyRotation &statement) const
{
    // The schema has no column for statements applied, so the audit log is the record: each rotation's entries
    // carry the statement's digest.
    Statement applied = m_db.prepare("SELECT count(*) FROM audit WHERE action = ? AND instr(detail, ?) > 0");
    applied.bind(1, QString(AuditAction::TrustRotate));
    applied.bind(2, QStringLiteral("statement=") + QString::fromLatin1(statement.digest().toHex()));
    if (!applied.next())
        return applied.failed() ? applied.error() : Error{ErrorCode::Internal, tr("The audit log could not be read.")};
    if (applied.integer(0) > 0) {
        return Error{ErrorCode::BundleReplay,
                     tr("This key change statement has already been applied on this device; nothing was changed.")};
    }

    const QString oldId = Minisign::keyIdHex(statement.oldKey().keyId);
    Statement old = m_db.prepare("SELECT public_key, kinds, label FROM trusted_keys WHERE key_id = ? AND removed_at "
                                 "IS NULL");
    old.bind(1, statement.oldKey().keyId);
    if (!old.next()) {
        if (old.failed())
            return old.error();
        return Error{ErrorCode::NotAllowed,
                     tr("The old key %1 is not trusted on this device, so it cannot hand its trust on to the new "
                        "key.")
                         .arg(oldId)};
    }
    // A different key under the same id is not the key this vault trusts, whatever the statement says.
    if (old.blob(0) != statement.oldKey().key) {
        return Error{ErrorCode::NotAllowed,
                     tr("The old key in the statement is not the key %1 this device trusts.").arg(oldId)};
    }
    RotationPlan plan;
    plan.oldLabel = old.text(2);
    const QList<BundleKind> oldKinds = kindsFrom(old.text(1));
    for (BundleKind kind : oldKinds) {
        if (statement.allKinds() || statement.kinds().contains(kind))
            plan.kinds.append(kind);
    }
    if (plan.kinds.isEmpty()) {
        return Error{
            ErrorCode::NotAllowed,
            tr("The old key %1 is not trusted here for any of the kinds of bundle the statement hands on.").arg(oldId)};
    }

    Statement fresh = m_db.prepare("SELECT public_key, label, kinds, added_at, added_by, removed_at IS NOT NULL FROM "
                                   "trusted_keys WHERE key_id = ?");
    fresh.bind(1, statement.newKey().keyId);
    if (fresh.next()) {
        // Someone here chose to stop trusting the new key; a signed statement must not overrule that.
        if (fresh.integer(5) != 0 || fresh.blob(0) != statement.newKey().key) {
            return Error{ErrorCode::NotAllowed,
                         tr("The new key %1 was removed from this device's trusted keys. If that was a mistake, add "
                            "it again by its fingerprint.")
                             .arg(Minisign::keyIdHex(statement.newKey().keyId))};
        }
        plan.newKeyTrusted = TrustedKey{statement.newKey().keyId,
                                        fresh.blob(0),
                                        fresh.text(1),
                                        kindsFrom(fresh.text(2)),
                                        fresh.text(3),
                                        fresh.text(4)};
    } else if (fresh.failed()) {
        return fresh.error();
    }
    return plan;
}

Result<QList<BundleKind>> TrustStore::rotationKinds(const KeyRotation &statement) const
{
    auto plan = planRotation(statement);
    if (!plan)
        return plan.error();
    return plan->kinds;
}

Status TrustStore::handOn(const QString &oldId, const QString &newId, const QList<BundleKind> &kinds)
{
    // Streams and items are keyed by the signing key, so they move with the kinds handed on: the new key's
    // first snapshot must withdraw what the old key published, and its numbers carry on from the old key's.
    // Where the new key already has a stream or an item of its own, that one stays.
    for (const BundleKind kind : kinds) {
        Statement stream =
            m_db.prepare("UPDATE OR IGNORE bundle_streams SET publisher = ?1 WHERE publisher = ?2 AND kind = ?3");
        stream.bind(1, newId).bind(2, oldId).bind(3, BundleKinds::key(kind));
        if (auto status = stream.exec(); !status)
            return status;
        const char *table = nullptr;
        switch (kind) {
        case BundleKind::Vacancies:
            table = "UPDATE OR IGNORE vacancies SET publisher = ?1 WHERE publisher = ?2";
            break;
        case BundleKind::Courses:
            table = "UPDATE OR IGNORE bundle_courses SET publisher = ?1 WHERE publisher = ?2";
            break;
        case BundleKind::Forms:
            table = "UPDATE form_definitions SET publisher = ?1 WHERE publisher = ?2";
            break;
        default:
            break;
        }
        if (!table)
            continue;
        Statement items = m_db.prepare(table);
        items.bind(1, newId).bind(2, oldId);
        if (auto status = items.exec(); !status)
            return status;
    }
    return {};
}

Result<QList<BundleKind>> TrustStore::rotate(const KeyRotation &statement)
{
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    // Planned inside the transaction, so what was checked is what is changed.
    auto plan = planRotation(statement);
    if (!plan)
        return plan.error();
    const QString oldId = Minisign::keyIdHex(statement.oldKey().keyId);
    const QString newId = Minisign::keyIdHex(statement.newKey().keyId);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    if (plan->newKeyTrusted) {
        // Already trusted by a person's choice: keep their name for it and add the kinds handed on.
        QList<BundleKind> kinds = plan->newKeyTrusted->kinds;
        for (BundleKind kind : std::as_const(plan->kinds)) {
            if (!kinds.contains(kind))
                kinds.append(kind);
        }
        Statement widen = m_db.prepare("UPDATE trusted_keys SET kinds = ? WHERE key_id = ?");
        widen.bind(1, kindsText(kinds)).bind(2, statement.newKey().keyId);
        if (auto status = widen.exec(); !status)
            return status.error();
    } else {
        Statement insert =
            m_db.prepare("INSERT INTO trusted_keys(key_id, public_key, label, kinds, added_at, added_by, removed_at) "
                         "VALUES(?,?,?,?,?,?,NULL)");
        insert.bind(1, statement.newKey().keyId)
            .bind(2, statement.newKey().key)
            .bind(3, tr("%1 (new key, changed from %2)").arg(plan->oldLabel, oldId))
            .bind(4, kindsText(plan->kinds))
            .bind(5, now)
            .bind(6, m_audit.actor());
        if (auto status = insert.exec(); !status)
            return status.error();
    }
    if (auto status = handOn(oldId, newId, plan->kinds); !status)
        return status.error();
    Statement retire = m_db.prepare("UPDATE trusted_keys SET removed_at = ? WHERE key_id = ? AND removed_at IS NULL");
    retire.bind(1, now).bind(2, statement.oldKey().keyId);
    if (auto status = retire.exec(); !status)
        return status.error();

    const QString digest = QString::fromLatin1(statement.digest().toHex());
    const QString kinds = kindsText(plan->kinds);
    if (auto status = m_audit.append(
            AuditAction::TrustRotate, oldId, QStringLiteral("to=%1 kinds=%2 statement=%3").arg(newId, kinds, digest));
        !status)
        return status.error();
    if (auto status = m_audit.append(
            AuditAction::TrustRotate, newId, QStringLiteral("from=%1 kinds=%2 statement=%3").arg(oldId, kinds, digest));
        !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return plan->kinds;
}
