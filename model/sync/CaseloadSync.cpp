#include "model/sync/CaseloadSync.h"

#include "model/bundles/BundleFile.h"
#include "model/bundles/TrustStore.h"
#include "model/core/HybridClock.h"
#include "model/core/Log.h"
#include "model/crypto/SigningKey.h"
#include "model/io/PayloadArchive.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditAnchors.h"
#include "model/vault/AuditLog.h"
#include "model/vault/CaseloadIndex.h"
#include "model/vault/Database.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <limits>
#include <sodium.h>
#include <utility>

namespace
{
    // The sender's audit head closes caseload/3 and receipt/2 payloads (docs/bundles.md): a number and a link.
    void writeAuditHead(PayloadWriter &writer, const AuditHead &head)
    {
        writer.writeUInt(quint64(head.seq));
        writer.writeBytes(head.hash);
    }

    /**
     * Reads the head strictly: sequence numbers are positive int64 in the sender's table and a link is exactly 32
     * bytes. A head that is neither refuses the bundle (false), as any malformed part of a payload does.
     */
    bool readAuditHead(PayloadReader &reader, AuditHead *head)
    {
        const quint64 seq = reader.readUInt();
        const QByteArray hash = reader.readBytes(AuditChain::LinkBytes);
        if (!reader.ok())
            return true; // the reader's own error says what was wrong
        if (seq == 0 || seq > quint64(std::numeric_limits<qint64>::max()) || hash.size() != AuditChain::LinkBytes)
            return false;
        *head = AuditHead{qint64(seq), hash};
        return true;
    }

    const QString DeletedField = QStringLiteral("_deleted");

    QString nowUtc()
    {
        return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    }

    QByteArray x25519From(const QByteArray &ed25519Public)
    {
        QByteArray out(crypto_box_PUBLICKEYBYTES, '\0');
        if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(out.data()),
                                                 reinterpret_cast<const unsigned char *>(ed25519Public.constData())) !=
            0)
            return {};
        return out;
    }

    /** Consents in force today, per person: purpose keys. */
    QHash<QString, QSet<QString>> activeConsents(Database &db)
    {
        QHash<QString, QSet<QString>> consents;
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        Statement rows = db.prepare("SELECT r.person_id, p.value, coalesce(w.value, '') FROM records r "
                                    "JOIN fields p ON p.record_id = r.id AND p.name = 'purpose' "
                                    "LEFT JOIN fields w ON w.record_id = r.id AND w.name = 'withdrawn_on' "
                                    "WHERE r.kind = 'consent' AND r.deleted = 0");
        while (rows.next()) {
            const QString withdrawn = rows.text(2);
            if (withdrawn.isEmpty() || withdrawn > today)
                consents[rows.text(0)].insert(rows.text(1));
        }
        return consents;
    }
} // namespace

struct CaseloadSync::OutgoingRecord
{
    CaseloadBundle::Item item;
};

struct CaseloadSync::OutgoingErasure
{
    CaseloadBundle::Erasure erasure;
};

CaseloadSync::CaseloadSync(Vault &vault)
    : m_vault(vault)
{}

Status CaseloadSync::addPeer(const Minisign::PublicKey &key,
                             const QString &label,
                             VaultSetting setting,
                             const QString &confirmedFingerprint)
{
    TrustStore trust(m_vault.database(), m_vault.audit());
    if (auto status = trust.add(key, label, {BundleKind::Caseload, BundleKind::Receipt}, confirmedFingerprint); !status)
        return status;
    Statement insert = m_vault.database().prepare(
        "INSERT OR REPLACE INTO sync_peers(device_id, label, sign_public, setting, delivered_hlc, added_at) "
        "VALUES(?,?,?,?,coalesce((SELECT delivered_hlc FROM sync_peers WHERE device_id = ?1), ''),?)");
    const QString id = Minisign::keyIdHex(key.keyId);
    insert.bind(1, id).bind(2, label.trimmed()).bind(3, key.key).bind(4, VaultSettings::key(setting)).bind(5, nowUtc());
    return insert.exec();
}

Result<QVector<SyncPeer>> CaseloadSync::peers() const
{
    QVector<SyncPeer> list;
    Statement rows = m_vault.database().prepare(
        "SELECT device_id, label, sign_public, setting, delivered_hlc FROM sync_peers ORDER BY label");
    while (rows.next()) {
        SyncPeer peer;
        peer.deviceId = rows.text(0);
        peer.label = rows.text(1);
        peer.signPublicKey = rows.blob(2);
        VaultSettings::fromKey(rows.text(3), &peer.setting);
        peer.deliveredHlc = rows.text(4);
        list.append(peer);
    }
    if (rows.failed())
        return rows.error();
    return list;
}

Result<SyncPeer> CaseloadSync::peer(const QString &deviceId) const
{
    auto all = peers();
    if (!all)
        return all.error();
    for (const SyncPeer &p : all.value()) {
        if (p.deviceId.compare(deviceId, Qt::CaseInsensitive) == 0)
            return p;
    }
    return Error{ErrorCode::NotFound,
                 tr("This vault does not know a device %1. Add it under Sync, Devices.").arg(deviceId)};
}

Result<QVector<CaseloadSync::OutgoingRecord>> CaseloadSync::collect(const SyncPeer &peer,
                                                                    const QStringList &onlyPeople,
                                                                    bool full,
                                                                    QVector<ExportPreviewEntry> *preview) const
{
    Database &db = m_vault.database();
    const auto consents = activeConsents(db);
    const VaultSetting mine = m_vault.setting();
    // A GP practice's notes do not go to a work coach, nor a coach's to a practice, without consent.
    QString notesNeed;
    if (mine == VaultSetting::GpPractice && peer.setting == VaultSetting::WorkCoach)
        notesNeed = QStringLiteral("share_with_coach");
    else if (mine == VaultSetting::WorkCoach && peer.setting == VaultSetting::GpPractice)
        notesNeed = QStringLiteral("share_with_gp");

    const QSet<QString> only(onlyPeople.cbegin(), onlyPeople.cend());
    Statement rows =
        db.prepare("SELECT r.id, r.person_id, r.kind, r.created_at, r.created_by, f.name, f.value, f.hlc, f.device "
                   "FROM fields f JOIN records r ON r.id = f.record_id WHERE f.hlc > ? ORDER BY r.id, f.name");
    rows.bind(1, full ? QString() : peer.deliveredHlc);
    QVector<OutgoingRecord> records;
    QHash<QString, int> previewIndex;
    QHash<QString, QSet<QString>> included;
    QHash<QString, QSet<QString>> withheld;
    while (rows.next()) {
        const QString personId = rows.text(1);
        if (!only.isEmpty() && !only.contains(personId))
            continue;
        const QString kind = rows.text(2);
        const EntityKind *spec = EntitySchema::instance().kind(kind);
        if (!spec)
            continue;
        const bool allowed =
            (!spec->health || consents.value(personId).contains(QStringLiteral("share_health"))) &&
            (kind != Kinds::Note || notesNeed.isEmpty() || consents.value(personId).contains(notesNeed));
        if (!allowed) {
            withheld[personId].insert(spec->translatedLabel());
            continue;
        }
        included[personId].insert(spec->translatedLabel());
        const QString id = rows.text(0);
        if (records.isEmpty() || records.last().item.id != id) {
            OutgoingRecord r;
            r.item.id = id;
            r.item.personId = personId;
            r.item.kind = kind;
            r.item.createdAt = rows.text(3);
            r.item.createdBy = rows.text(4);
            records.append(r);
        }
        records.last().item.fields.append({rows.text(5), rows.text(6), rows.text(7), rows.text(8)});
    }
    if (rows.failed())
        return rows.error();

    if (preview) {
        QSet<QString> people;
        for (auto it = included.cbegin(); it != included.cend(); ++it)
            people.insert(it.key());
        for (auto it = withheld.cbegin(); it != withheld.cend(); ++it)
            people.insert(it.key());
        for (const QString &personId : people) {
            ExportPreviewEntry entry;
            entry.personId = personId;
            if (auto summary = m_vault.records().summary(personId))
                entry.displayName = summary->displayName();
            entry.sectionsIncluded = QStringList(included.value(personId).cbegin(), included.value(personId).cend());
            entry.sectionsWithheld = QStringList(withheld.value(personId).cbegin(), withheld.value(personId).cend());
            entry.sectionsIncluded.sort();
            entry.sectionsWithheld.sort();
            for (const OutgoingRecord &r : records)
                entry.records += r.item.personId == personId ? 1 : 0;
            previewIndex.insert(personId, int(preview->size()));
            preview->append(entry);
        }
        std::sort(preview->begin(), preview->end(), [](const ExportPreviewEntry &a, const ExportPreviewEntry &b) {
            return a.displayName < b.displayName;
        });
    }
    return records;
}

Result<QVector<CaseloadSync::OutgoingErasure>>
CaseloadSync::collectErasures(const SyncPeer &peer, const QStringList &onlyPeople, bool full) const
{
    const QSet<QString> only(onlyPeople.cbegin(), onlyPeople.cend());
    Statement rows = m_vault.database().prepare(
        "SELECT person_id, hlc, device FROM person_erasures WHERE hlc > ? ORDER BY person_id");
    rows.bind(1, full ? QString() : peer.deliveredHlc);
    QVector<OutgoingErasure> erasures;
    while (rows.next()) {
        if (!only.isEmpty() && !only.contains(rows.text(0)))
            continue;
        erasures.append(OutgoingErasure{{rows.text(0), rows.text(1), rows.text(2)}});
    }
    if (rows.failed())
        return rows.error();
    return erasures;
}

Result<QVector<ExportPreviewEntry>>
CaseloadSync::preview(const QString &deviceId, const QStringList &onlyPeople, bool handover) const
{
    auto target = peer(deviceId);
    if (!target)
        return target.error();
    QVector<ExportPreviewEntry> entries;
    auto records = collect(target.value(), onlyPeople, handover, &entries);
    if (!records)
        return records.error();
    auto erasures = collectErasures(target.value(), onlyPeople, handover);
    if (!erasures)
        return erasures.error();
    // After the named people: an erased person's name is gone from this vault, and must not travel anyway.
    for (const OutgoingErasure &e : erasures.value()) {
        ExportPreviewEntry entry;
        entry.personId = e.erasure.personId;
        entry.displayName = tr("Erasure of a person");
        entry.sectionsIncluded = {tr("Erasure of everything about them")};
        entry.erasure = true;
        entries.append(entry);
    }
    return entries;
}

Result<QByteArray> CaseloadSync::exportFor(const QString &deviceId, const QStringList &onlyPeople, bool handover)
{
    auto target = peer(deviceId);
    if (!target)
        return target.error();
    if (handover && onlyPeople.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose the people to hand over.")};
    if (handover) {
        // The owner change is an ordinary, audited field change, so it travels and merges like any other.
        for (const QString &personId : onlyPeople) {
            if (auto status = m_vault.records().update(personId, {{QStringLiteral("owner"), target->label}}); !status)
                return status.error();
        }
    }
    auto records = collect(target.value(), onlyPeople, handover, nullptr);
    if (!records)
        return records.error();
    auto erasures = collectErasures(target.value(), onlyPeople, handover);
    if (!erasures)
        return erasures.error();

    // The head as it stands before this export's own entry: the recipient keeps it as an anchor of our log.
    auto auditHead = m_vault.audit().head();
    if (!auditHead)
        return auditHead.error();

    PayloadWriter writer(QByteArrayLiteral("caseload/3"));
    writer.writeString(m_vault.deviceId());
    writer.writeCount(quint64(records->size()));
    QString maxHlc;
    QSet<QString> people;
    for (const OutgoingRecord &r : records.value()) {
        writer.writeString(r.item.id);
        writer.writeString(r.item.personId);
        writer.writeString(r.item.kind);
        writer.writeString(r.item.createdAt);
        writer.writeString(r.item.createdBy);
        writer.writeCount(quint64(r.item.fields.size()));
        for (const CaseloadBundle::Field &f : r.item.fields) {
            writer.writeString(f.name);
            writer.writeString(f.value);
            writer.writeString(f.hlc);
            writer.writeString(f.device);
            maxHlc = std::max(maxHlc, f.hlc);
        }
        people.insert(r.item.personId);
    }
    // Erasures repeat, like changes, until a receipt covers their stamps.
    writer.writeCount(quint64(erasures->size()));
    for (const OutgoingErasure &e : erasures.value()) {
        writer.writeString(e.erasure.personId);
        writer.writeString(e.erasure.hlc);
        writer.writeString(e.erasure.device);
        maxHlc = std::max(maxHlc, e.erasure.hlc);
    }
    writeAuditHead(writer, auditHead.value());

    auto secret = m_vault.deviceSecretKey();
    if (!secret)
        return secret.error();
    const SigningKey device = SigningKey::fromSecret(std::move(secret.value()));
    BundleHeader header;
    header.kind = BundleKind::Caseload;
    header.publisher = m_vault.deviceId();
    auto bundle = BundleFile::write(
        header, writer.finish(), {device.keyId(), &device.secretKey()}, x25519From(target->signPublicKey));
    if (!bundle)
        return bundle.error();

    // Waiting for a receipt: until one comes, the next export sends these changes again.
    Transaction transaction(m_vault.database());
    Statement outbox =
        m_vault.database().prepare("INSERT INTO outbox(bundle_id, device_id, max_hlc, created_at) VALUES(?,?,?,?)");
    outbox.bind(1, bundle->mid(16, 16)).bind(2, target->deviceId).bind(3, maxHlc).bind(4, nowUtc());
    if (auto status = outbox.exec(); !status)
        return status.error();
    if (auto status = m_vault.audit().append(handover ? AuditAction::HandoverExport : AuditAction::ExportBundle,
                                             target->deviceId,
                                             QStringLiteral("people=%1 records=%2 erasures=%3")
                                                 .arg(people.size())
                                                 .arg(records->size())
                                                 .arg(erasures->size()));
        !status)
        return status.error();
    if (auto status = transaction.commit(); !status)
        return status.error();
    return bundle;
}

Result<QByteArray> CaseloadSync::receiptFor(const QByteArray &bundleId, const QString &maxHlc)
{
    auto secret = m_vault.deviceSecretKey();
    if (!secret)
        return secret.error();
    const SigningKey device = SigningKey::fromSecret(std::move(secret.value()));
    auto auditHead = m_vault.audit().head();
    if (!auditHead)
        return auditHead.error();
    PayloadWriter writer(QByteArrayLiteral("receipt/2"));
    writer.writeBytes(bundleId);
    writer.writeString(maxHlc);
    writeAuditHead(writer, auditHead.value());
    BundleHeader header;
    header.kind = BundleKind::Receipt;
    header.publisher = m_vault.deviceId();
    return BundleFile::write(header, writer.finish(), {device.keyId(), &device.secretKey()});
}

Result<QVector<SyncConflict>> CaseloadSync::conflicts() const
{
    QVector<SyncConflict> list;
    Statement rows = m_vault.database().prepare(
        "SELECT id, record_id, person_id, kind, field, kept_value, kept_hlc, other_value, other_hlc, other_device "
        "FROM conflicts WHERE resolved_at IS NULL ORDER BY id");
    while (rows.next()) {
        list.append({rows.integer(0),
                     rows.text(1),
                     rows.text(2),
                     rows.text(3),
                     rows.text(4),
                     rows.text(5),
                     rows.text(6),
                     rows.text(7),
                     rows.text(8),
                     rows.text(9)});
    }
    if (rows.failed())
        return rows.error();
    return list;
}

Status CaseloadSync::resolveConflict(qint64 conflictId, bool useOther)
{
    auto open = conflicts();
    if (!open)
        return open.error();
    for (const SyncConflict &c : open.value()) {
        if (c.id != conflictId)
            continue;
        if (useOther) {
            // A person chose the other value: that is a new change, newer than both, and it syncs onwards.
            if (auto status = m_vault.records().update(c.recordId, {{c.field, c.otherValue}}); !status)
                return status;
        }
        Statement done = m_vault.database().prepare("UPDATE conflicts SET resolved_at = ? WHERE id = ?");
        done.bind(1, nowUtc()).bind(2, conflictId);
        if (auto status = done.exec(); !status)
            return status;
        return m_vault.audit().append(AuditAction::ResolveConflict, c.personId, c.kind + QLatin1Char(':') + c.field);
    }
    return Error{ErrorCode::NotFound, tr("That conflict has already been resolved.")};
}

CaseloadBundle::CaseloadBundle(Vault &vault)
    : m_vault(vault)
{}

Status CaseloadBundle::read(PayloadReader &reader)
{
    m_sender = reader.readString(64);
    const quint64 count = reader.readCount(MaxRecords);
    m_items.clear();
    m_items.reserve(qsizetype(count));
    for (quint64 i = 0; i < count && reader.ok(); ++i) {
        Item item;
        item.id = reader.readString(64);
        item.personId = reader.readString(64);
        item.kind = reader.readString(64);
        item.createdAt = reader.readString(64);
        item.createdBy = reader.readString(256);
        const quint64 fields = reader.readCount(MaxFieldsPerRecord);
        for (quint64 f = 0; f < fields && reader.ok(); ++f) {
            Field field;
            field.name = reader.readString(64);
            field.value = reader.readText(64 * 1024);
            field.hlc = reader.readString(128);
            field.device = reader.readString(64);
            item.fields.append(field);
        }
        m_items.append(std::move(item));
    }
    // caseload/1, from builds before erasures travelled, ends here.
    const quint64 erasures = reader.schema() == QByteArrayLiteral("caseload/1") ? 0 : reader.readCount(MaxErasures);
    m_erasures.clear();
    m_erasures.reserve(qsizetype(erasures));
    for (quint64 i = 0; i < erasures && reader.ok(); ++i) {
        Erasure erasure;
        erasure.personId = reader.readString(64);
        erasure.hlc = reader.readString(128);
        erasure.device = reader.readString(64);
        m_erasures.append(std::move(erasure));
    }
    m_senderHead = {};
    // The importer takes the reader's verdict, not read()'s: a malformed head is refused in apply(), which
    // runs before anything is written.
    m_senderHeadMalformed = reader.schema() == QByteArrayLiteral("caseload/3") && !readAuditHead(reader, &m_senderHead);
    return reader.ok() ? Status() : Status(reader.error());
}

void CaseloadBundle::committed()
{
    m_vault.records().announceReceived(std::exchange(m_touchedPeople, {}), std::exchange(m_erasedPeople, {}));
}

Status CaseloadBundle::applyErasures(Database &db, const BundleHeader &header, ImportSummary &summary)
{
    Statement held = db.prepare("SELECT hlc FROM person_erasures WHERE person_id = ?");
    int erasedHere = 0;
    for (const Erasure &e : std::as_const(m_erasures)) {
        QString problem = stampProblem(e.hlc, e.device);
        if (e.personId.isEmpty() && problem.isEmpty())
            problem = tr("an erasure without a person");
        if (!problem.isEmpty()) {
            if (auto status = quarantine(db, header, e.personId, problem, {}, summary); !status)
                return status;
            continue;
        }
        m_maxHlc = std::max(m_maxHlc, e.hlc);
        held.reset();
        held.bind(1, e.personId);
        const bool known = held.next();
        if (held.failed())
            return held.error();
        const QString heldHlc = known ? held.text(0) : QString();
        held.reset();
        // Bundles repeat erasures until a receipt: one already held, with this stamp or a newer one, is done.
        if (known && e.hlc <= heldHlc)
            continue;
        auto erased = RecordStore::eraseRows(db, e.personId, e.hlc, e.device);
        if (!erased)
            return erased.error();
        erasedHere += erased.value() ? 1 : 0;
        if (erased.value())
            m_erasedPeople.append(e.personId);
        if (!known) {
            if (auto status = m_vault.audit().append(AuditAction::EraseReceived, e.personId); !status)
                return status;
        }
    }
    if (erasedHere > 0)
        summary.rejections.append(tr("People erased here, as on the device that sent this: %1").arg(erasedHere));
    return {};
}

QString CaseloadBundle::stampProblem(const QString &hlc, const QString &device)
{
    // Stamps decide which change wins by string order, so one from another device is taken only in exactly the
    // form this build writes, naming the device the change claims, and not from far in the future.
    if (!HybridClock::isDeviceId(device) || !hlc.endsWith(device))
        return tr("a change without a valid time stamp");
    switch (HybridClock::check(hlc)) {
    case HybridClock::StampCheck::Ok:
        return {};
    case HybridClock::StampCheck::TooFarAhead:
        return tr("a change stamped more than a day ahead of this device's clock");
    case HybridClock::StampCheck::Malformed:
        break;
    }
    return tr("a change without a valid time stamp");
}

Result<QString> CaseloadBundle::clashWithKeptRecord(Database &db, const EntityKind &spec, const Item &item)
{
    // Notes (corrections are notes too) never change once written, and a consent record keeps what was agreed:
    // another device may add to a consent (a withdrawal date) but not change or remove what is held.
    const bool note = spec.appendOnly;
    const bool consent = item.kind == Kinds::Consent;
    if (!note && !consent)
        return QString();
    Statement held = db.prepare("SELECT value, hlc FROM fields WHERE record_id = ? AND name = ?");
    for (const Field &f : item.fields) {
        held.reset();
        held.bind(1, item.id).bind(2, f.name);
        const bool local = held.next();
        if (held.failed())
            return held.error();
        const bool same = local && held.text(0) == f.value && held.text(1) == f.hlc;
        const bool clash = note ? !same : (local && !same) || f.name == DeletedField;
        if (clash && note)
            return tr("a note already held here cannot be changed or removed by another device; both versions are "
                      "kept");
        if (clash)
            return tr("a consent record already held here cannot be changed or removed by another device; both "
                      "versions are kept");
    }
    return QString();
}

QByteArray CaseloadBundle::bothVersions(Database &db, const Item &item)
{
    // Kept inside the encrypted vault, for a person to compare; the quarantine view shows it like any item.
    QByteArray text = "held here:\n";
    Statement held = db.prepare("SELECT name, value, hlc, device FROM fields WHERE record_id = ? ORDER BY name");
    held.bind(1, item.id);
    while (held.next()) {
        text += held.text(0).toUtf8() + " = " + held.text(1).toUtf8() + " (" + held.text(2).toUtf8() + ", " +
                held.text(3).toUtf8() + ")\n";
    }
    text += "from the bundle:\n";
    for (const Field &f : item.fields)
        text += f.name.toUtf8() + " = " + f.value.toUtf8() + " (" + f.hlc.toUtf8() + ", " + f.device.toUtf8() + ")\n";
    return text;
}

Status
CaseloadBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress)
{
    if (m_senderHeadMalformed)
        return Error{ErrorCode::BundlePayload, tr("The bundle's record of its sender's audit log is malformed.")};
    const QString me = m_vault.deviceId();
    const QString sender = Minisign::keyIdHex(header.signerKeyId);
    // Conflicts name devices by their key ids, as the devices list does, so a person can tell who wrote what.
    const QString thisDevice = Minisign::keyIdHex(Minisign::keyIdFor(m_vault.devicePublicKey()));
    // Changes of ours stamped after what the sender has confirmed receiving are ones it has not seen.
    QString deliveredToSender;
    {
        Statement peer = db.prepare("SELECT delivered_hlc FROM sync_peers WHERE device_id = ?");
        peer.bind(1, sender);
        if (peer.next())
            deliveredToSender = peer.text(0);
    }
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_touchedPeople.clear();
    m_erasedPeople.clear();
    Statement recordRow = db.prepare("SELECT kind, person_id, created_at, deleted FROM records WHERE id = ?");
    Statement insertRecord =
        db.prepare("INSERT INTO records(id, person_id, kind, created_at, created_by, updated_at) VALUES(?,?,?,?,?,?)");
    Statement fieldRow = db.prepare("SELECT value, hlc, device FROM fields WHERE record_id = ? AND name = ?");
    // Never INSERT OR REPLACE: a REPLACE deletes the old row without firing delete triggers, which is how a
    // bundle once rewrote an append-only note. An UPDATE meets the notes trigger; a new field is inserted.
    Statement updateField = db.prepare("UPDATE fields SET value = ?3, hlc = ?4, device = ?5 WHERE record_id = ?1 AND "
                                       "name = ?2");
    Statement insertField = db.prepare("INSERT INTO fields(record_id, name, value, hlc, device) VALUES(?,?,?,?,?)");
    Statement conflict = db.prepare(
        "INSERT INTO conflicts(record_id, person_id, kind, field, kept_value, kept_hlc, other_value, other_hlc, "
        "other_device, detected_at) VALUES(?,?,?,?,?,?,?,?,?,?)");
    Statement allFields = db.prepare("SELECT name, value FROM fields WHERE record_id = ?");

    // Erasures first, so that this bundle's own records of a person it erases are skipped like later ones.
    if (auto status = applyErasures(db, header, summary); !status)
        return status;
    Statement erased = db.prepare("SELECT 1 FROM person_erasures WHERE person_id = ?");
    QString lastPerson;
    bool lastErased = false;
    int skipped = 0;

    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        if (item.personId != lastPerson || i == 0) {
            erased.reset();
            erased.bind(1, item.personId);
            lastErased = erased.next();
            if (erased.failed())
                return erased.error();
            lastPerson = item.personId;
        }
        if (lastErased) {
            // Erasure wins over any edit, in whichever order the bundles come; nothing of the person is kept.
            // Only stamps that would have been accepted count towards the receipt and the clock.
            for (const Field &f : item.fields) {
                if (stampProblem(f.hlc, f.device).isEmpty())
                    m_maxHlc = std::max(m_maxHlc, f.hlc);
            }
            ++skipped;
            continue;
        }
        const EntityKind *spec = EntitySchema::instance().kind(item.kind);
        QString problem;
        if (!spec)
            problem = tr("unknown kind of record %1").arg(item.kind.left(32));
        else if (item.id.isEmpty() || item.personId.isEmpty())
            problem = tr("a record without an id");
        for (const Field &f : item.fields) {
            if (problem.isEmpty() && f.name != DeletedField && !spec->field(f.name))
                problem = tr("%1 is not a field of %2").arg(f.name.left(32), item.kind);
            if (problem.isEmpty())
                problem = stampProblem(f.hlc, f.device);
        }
        recordRow.reset();
        recordRow.bind(1, item.id);
        const bool exists = recordRow.next();
        if (problem.isEmpty() && exists && (recordRow.text(0) != item.kind || recordRow.text(1) != item.personId))
            problem = tr("the record does not match the one held here");
        if (!problem.isEmpty()) {
            if (auto status = quarantine(db, header, item.id, problem, item.kind.toUtf8(), summary); !status)
                return status;
            continue;
        }
        if (exists) {
            auto clash = clashWithKeptRecord(db, *spec, item);
            if (!clash)
                return clash.error();
            if (!clash->isEmpty()) {
                for (const Field &f : item.fields)
                    m_maxHlc = std::max(m_maxHlc, f.hlc);
                if (auto status = quarantine(db, header, item.id, clash.value(), bothVersions(db, item), summary);
                    !status)
                    return status;
                continue;
            }
        }

        if (!exists) {
            insertRecord.reset();
            insertRecord.bind(1, item.id)
                .bind(2, item.personId)
                .bind(3, item.kind)
                .bind(4, item.createdAt)
                .bind(5, item.createdBy)
                .bind(6, now);
            if (auto status = insertRecord.exec(); !status)
                return status;
            ++summary.added;
        }
        bool changed = false;
        bool deleted = false;
        for (const Field &f : item.fields) {
            m_maxHlc = std::max(m_maxHlc, f.hlc);
            fieldRow.reset();
            fieldRow.bind(1, item.id).bind(2, f.name);
            const bool local = fieldRow.next();
            const QString localValue = local ? fieldRow.text(0) : QString();
            const QString localHlc = local ? fieldRow.text(1) : QString();
            const QString localDevice = local ? fieldRow.text(2) : QString();
            if (local && localHlc == f.hlc)
                continue; // the very same change, seen before
            const bool incomingWins = !local || f.hlc > localHlc;
            // Both sides changed it since they last synced, and to different values: keep the loser for a person.
            const bool concurrent = local && localDevice == me && localHlc > deliveredToSender &&
                                    localValue != f.value && f.name != DeletedField && !spec->appendOnly;
            if (concurrent) {
                conflict.reset();
                conflict.bind(1, item.id)
                    .bind(2, item.personId)
                    .bind(3, item.kind)
                    .bind(4, f.name)
                    .bind(5, incomingWins ? f.value : localValue)
                    .bind(6, incomingWins ? f.hlc : localHlc)
                    .bind(7, incomingWins ? localValue : f.value)
                    .bind(8, incomingWins ? localHlc : f.hlc)
                    .bind(9, incomingWins ? thisDevice : sender)
                    .bind(10, now);
                if (auto status = conflict.exec(); !status)
                    return status;
                ++summary.conflicts;
            }
            if (!incomingWins)
                continue;
            Statement &writeField = local ? updateField : insertField;
            writeField.reset();
            writeField.bind(1, item.id).bind(2, f.name).bind(3, f.value).bind(4, f.hlc).bind(5, f.device);
            if (auto status = writeField.exec(); !status)
                return status;
            changed = true;
            deleted |= f.name == DeletedField && f.value == QLatin1String("1");
        }
        if (deleted && !spec->appendOnly) {
            Statement tombstone = db.prepare("UPDATE records SET deleted = 1, updated_at = ? WHERE id = ?");
            tombstone.bind(1, now).bind(2, item.id);
            if (auto status = tombstone.exec(); !status)
                return status;
            Statement clear = db.prepare("DELETE FROM fields WHERE record_id = ? AND name <> '_deleted'");
            clear.bind(1, item.id);
            if (auto status = clear.exec(); !status)
                return status;
        }
        if (changed && exists)
            ++summary.changed;
        if (changed || !exists)
            m_touchedPeople.insert(item.personId);
        if (changed) {
            FieldMap current;
            allFields.reset();
            allFields.bind(1, item.id);
            while (allFields.next())
                current.insert(allFields.text(0), allFields.text(1));
            if (auto status =
                    CaseloadIndex::update(db, item.id, item.personId, item.kind, current, item.createdAt, deleted);
                !status)
                return status;
        }
        if (progress && i % 2000 == 0 && !progress(100 + int(850 * i / std::max<qsizetype>(1, m_items.size()))))
            return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
    }
    if (skipped > 0)
        summary.rejections.append(tr("Records skipped, about people erased on a device: %1").arg(skipped));
    // Later local changes must sort after everything just merged. Every stamp in m_maxHlc passed
    // stampProblem(), so observe() takes it; a refused stamp never reaches the clock.
    if (!m_maxHlc.isEmpty())
        (void)m_vault.clock().observe(m_maxHlc);
    summary.maxHlc = m_maxHlc;
    if (auto status = AuditAnchors::keep(db, sender, m_senderHead); !status)
        return status;
    // Counts and the sender's key id only: the merged fields are about people.
    qCInfo(lcSync).noquote() << "caseload from" << sender << "merged:" << m_items.size() << "records received,"
                             << summary.added << "added," << summary.changed << "changed," << summary.conflicts
                             << "conflicts," << m_erasures.size() << "erasures received," << skipped
                             << "skipped as erased";
    return {};
}

Status ReceiptBundle::read(PayloadReader &reader)
{
    m_bundleId = reader.readBytes(16);
    m_maxHlc = reader.readString(128);
    m_senderHead = {};
    m_senderHeadMalformed = reader.schema() == QByteArrayLiteral("receipt/2") && !readAuditHead(reader, &m_senderHead);
    return reader.ok() ? Status() : Status(reader.error());
}

Status ReceiptBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &)
{
    if (m_senderHeadMalformed)
        return Error{ErrorCode::BundlePayload, tr("The receipt's record of its sender's audit log is malformed.")};
    const QString sender = Minisign::keyIdHex(header.signerKeyId);
    Statement sent = db.prepare("SELECT max_hlc FROM outbox WHERE bundle_id = ? AND device_id = ?");
    sent.bind(1, m_bundleId).bind(2, sender);
    if (!sent.next())
        return quarantine(db,
                          header,
                          QString::fromLatin1(m_bundleId.toHex()),
                          tr("a receipt for a bundle this vault did not send to that device"),
                          {},
                          summary);
    // Only what that bundle carried counts as delivered; later changes wait for their own receipt.
    Statement delivered =
        db.prepare("UPDATE sync_peers SET delivered_hlc = ? WHERE device_id = ? AND delivered_hlc < ?");
    delivered.bind(1, sent.text(0)).bind(2, sender).bind(3, sent.text(0));
    if (auto status = delivered.exec(); !status)
        return status;
    Statement done = db.prepare("DELETE FROM outbox WHERE bundle_id = ?");
    done.bind(1, m_bundleId);
    if (auto status = done.exec(); !status)
        return status;
    if (auto status = AuditAnchors::keep(db, sender, m_senderHead); !status)
        return status;
    ++summary.changed;
    return {};
}
