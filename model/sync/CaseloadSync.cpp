#include "model/sync/CaseloadSync.h"

#include "model/bundles/BundleFile.h"
#include "model/bundles/TrustStore.h"
#include "model/core/DisplaySafe.h"
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
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

    // Answers and ticked fields are kept as FormStore keeps them: a compact JSON object (keys sorted) and array.
    QString answersToJson(const QMap<QString, QString> &answers)
    {
        QJsonObject o;
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it)
            o.insert(it.key(), it.value());
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }

    QMap<QString, QString> answersFromJson(const QString &json)
    {
        QMap<QString, QString> answers;
        const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            answers.insert(it.key(), it.value().toString());
        return answers;
    }

    QString listToJson(const QStringList &list)
    {
        return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
    }

    QStringList listFromJson(const QString &json)
    {
        QStringList list;
        for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
            list.append(value.toString());
        return list;
    }

    void writeAnswers(PayloadWriter &writer, const QMap<QString, QString> &answers)
    {
        writer.writeCount(quint64(answers.size()));
        for (auto it = answers.constBegin(); it != answers.constEnd(); ++it) {
            writer.writeString(it.key());
            writer.writeString(it.value());
        }
    }

    /**
     * What a finished version is, for comparing one held here with one a bundle brings under the same id. Both are
     * taken as a bundle delivers text (DisplaySafe, as PayloadReader does), so a version whose answers lost a
     * carriage return on the way is still the same version when it comes back.
     */
    QString describe(const CaseloadForm &f)
    {
        QMap<QString, QString> answers;
        for (auto it = f.answers.constBegin(); it != f.answers.constEnd(); ++it)
            answers.insert(DisplaySafe::singleLine(it.key()), DisplaySafe::multiLine(it.value()));
        QStringList parts;
        for (const QString &part :
             {f.personId, f.formId, f.layout, f.language, f.signedBy, f.signedAt, f.hlc, f.device})
            parts.append(DisplaySafe::singleLine(part));
        parts << QString::number(f.formVersion) << QString::number(f.deviceSeq) << answersToJson(answers);
        return parts.join(QLatin1Char('\n'));
    }

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
                             const QString &confirmedFingerprint,
                             bool own)
{
    // Another device of the owner's does the same work as this one: a coach's laptop is not a GP practice.
    if (own && setting != m_vault.setting()) {
        return Error{ErrorCode::Invalid,
                     tr("A device of your own has the same setting as this vault (%1). Choose that setting, or do not "
                        "mark the device as yours.")
                         .arg(VaultSettings::displayName(m_vault.setting()))};
    }
    TrustStore trust(m_vault.database(), m_vault.audit());
    if (auto status = trust.add(key, label, {BundleKind::Caseload, BundleKind::Receipt}, confirmedFingerprint); !status)
        return status;
    Statement insert = m_vault.database().prepare(
        "INSERT OR REPLACE INTO sync_peers(device_id, label, sign_public, setting, delivered_hlc, added_at, own) "
        "VALUES(?,?,?,?,coalesce((SELECT delivered_hlc FROM sync_peers WHERE device_id = ?1), ''),?,?)");
    const QString id = Minisign::keyIdHex(key.keyId);
    insert.bind(1, id)
        .bind(2, label.trimmed())
        .bind(3, key.key)
        .bind(4, VaultSettings::key(setting))
        .bind(5, nowUtc())
        .bind(6, own ? 1 : 0);
    return insert.exec();
}

Result<QVector<SyncPeer>> CaseloadSync::peers() const
{
    QVector<SyncPeer> list;
    Statement rows = m_vault.database().prepare(
        "SELECT device_id, label, sign_public, setting, delivered_hlc, own FROM sync_peers ORDER BY label");
    while (rows.next()) {
        SyncPeer peer;
        peer.deviceId = rows.text(0);
        peer.label = rows.text(1);
        peer.signPublicKey = rows.blob(2);
        VaultSettings::fromKey(rows.text(3), &peer.setting);
        peer.deliveredHlc = rows.text(4);
        peer.own = rows.integer(5) != 0;
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
                                                                    QVector<ExportPreviewEntry> *preview,
                                                                    OutgoingForms *forms) const
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
    OutgoingForms ownForms;
    OutgoingForms &outForms = forms ? *forms : ownForms;
    if (auto status = collectForms(peer, only, full, consents, outForms, included, withheld); !status)
        return status.error();

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
            for (const QVector<CaseloadForm> *list : {&outForms.finished, &outForms.drafts}) {
                for (const CaseloadForm &f : *list)
                    entry.records += f.personId == personId ? 1 : 0;
            }
            previewIndex.insert(personId, int(preview->size()));
            preview->append(entry);
        }
        std::sort(preview->begin(), preview->end(), [](const ExportPreviewEntry &a, const ExportPreviewEntry &b) {
            return a.displayName < b.displayName;
        });
    }
    return records;
}

Status CaseloadSync::collectForms(const SyncPeer &peer,
                                  const QSet<QString> &only,
                                  bool full,
                                  const QHash<QString, QSet<QString>> &consents,
                                  OutgoingForms &forms,
                                  QHash<QString, QSet<QString>> &included,
                                  QHash<QString, QSet<QString>> &withheld) const
{
    Database &db = m_vault.database();
    const QString since = full ? QString() : peer.deliveredHlc;
    // sync_hlc is stamped where a version is written, received ones included, so a version passes on from device to
    // device even when its own stamp is older than what the next device has already been sent.
    Statement versions =
        db.prepare("SELECT id, person_id, form_id, form_version, layout, language, answers, signed_by, signed_at, hlc, "
                   "device, device_seq, draft_id, health, sync_hlc FROM form_versions WHERE sync_hlc > ? "
                   "ORDER BY person_id, form_id, hlc");
    versions.bind(1, since);
    while (versions.next()) {
        const QString personId = versions.text(1);
        if (!only.isEmpty() && !only.contains(personId))
            continue;
        // The same rule as health records: a health form goes only with the person's consent to share health data.
        if (versions.integer(13) != 0 && !consents.value(personId).contains(QStringLiteral("share_health"))) {
            withheld[personId].insert(tr("Finished forms"));
            continue;
        }
        included[personId].insert(tr("Finished forms"));
        CaseloadForm f;
        f.id = versions.text(0);
        f.personId = personId;
        f.formId = versions.text(2);
        f.formVersion = int(versions.integer(3));
        f.layout = versions.text(4);
        f.language = versions.text(5);
        f.answers = answersFromJson(versions.text(6));
        f.signedBy = versions.text(7);
        f.signedAt = versions.text(8);
        f.hlc = versions.text(9);
        f.device = versions.text(10);
        f.deviceSeq = versions.integer(11);
        f.draftId = versions.text(12);
        forms.maxSyncHlc = std::max(forms.maxSyncHlc, versions.text(14));
        forms.finished.append(f);
    }
    if (versions.failed())
        return versions.error();
    // Drafts are unfinished work: they go to the owner's other devices and to no one else, consent or not.
    if (!peer.own)
        return {};
    Statement drafts =
        db.prepare("SELECT id, person_id, form_id, form_version, layout, language, answers, started_at, updated_at, "
                   "updated_by, update_case, hlc, device, sync_hlc FROM form_drafts WHERE sync_hlc > ? "
                   "ORDER BY person_id, id");
    drafts.bind(1, since);
    while (drafts.next()) {
        const QString personId = drafts.text(1);
        if (!only.isEmpty() && !only.contains(personId))
            continue;
        // A draft saved before schema 20 and never since has no stamp: it waits for its next save.
        if (!HybridClock::isWellFormed(drafts.text(11)))
            continue;
        included[personId].insert(tr("Form drafts"));
        CaseloadForm f;
        f.id = drafts.text(0);
        f.personId = personId;
        f.formId = drafts.text(2);
        f.formVersion = int(drafts.integer(3));
        f.layout = drafts.text(4);
        f.language = drafts.text(5);
        f.answers = answersFromJson(drafts.text(6));
        f.startedAt = drafts.text(7);
        f.updatedAt = drafts.text(8);
        f.updatedBy = drafts.text(9);
        f.updateCase = listFromJson(drafts.text(10));
        f.hlc = drafts.text(11);
        f.device = drafts.text(12);
        forms.maxSyncHlc = std::max(forms.maxSyncHlc, drafts.text(13));
        forms.drafts.append(f);
    }
    if (drafts.failed())
        return drafts.error();
    return {};
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
    OutgoingForms forms;
    auto records = collect(target.value(), onlyPeople, handover, nullptr, &forms);
    if (!records)
        return records.error();
    auto erasures = collectErasures(target.value(), onlyPeople, handover);
    if (!erasures)
        return erasures.error();

    // The head as it stands before this export's own entry: the recipient keeps it as an anchor of our log.
    auto auditHead = m_vault.audit().head();
    if (!auditHead)
        return auditHead.error();

    PayloadWriter writer(QByteArrayLiteral("caseload/4"));
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
    CaseloadBundle::writeForms(writer, forms.finished, forms.drafts);
    maxHlc = std::max(maxHlc, forms.maxSyncHlc);
    for (const QVector<CaseloadForm> *list : {&forms.finished, &forms.drafts}) {
        for (const CaseloadForm &f : *list)
            people.insert(f.personId);
    }

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
                                             QStringLiteral("people=%1 records=%2 erasures=%3 forms=%4 drafts=%5")
                                                 .arg(people.size())
                                                 .arg(records->size())
                                                 .arg(erasures->size())
                                                 .arg(forms.finished.size())
                                                 .arg(forms.drafts.size()));
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
        if (useOther && c.kind == draftConflictKind()) {
            // A draft's answer: saved into the draft as a new save, newer than both, which syncs onwards.
            Statement held = m_vault.database().prepare("SELECT answers FROM form_drafts WHERE id = ?");
            held.bind(1, c.recordId);
            if (!held.next()) {
                if (held.failed())
                    return held.error();
                return Error{ErrorCode::NotFound,
                             tr("That draft has been finished or discarded, so the other answer cannot be used.")};
            }
            QMap<QString, QString> answers = answersFromJson(held.text(0));
            answers.insert(c.field, c.otherValue);
            const QString stamp = m_vault.clock().now();
            Statement save = m_vault.database().prepare(
                "UPDATE form_drafts SET answers = ?, updated_at = ?, hlc = ?3, device = ?, sync_hlc = ?3 WHERE id = ?");
            save.bind(1, answersToJson(answers))
                .bind(2, nowUtc())
                .bind(3, stamp)
                .bind(4, m_vault.deviceId())
                .bind(5, c.recordId);
            if (auto status = save.exec(); !status)
                return status;
        } else if (useOther) {
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

CaseloadBundle::CaseloadBundle(Vault &vault, std::shared_ptr<CaseloadFormRules> rules)
    : m_vault(vault)
    , m_rules(std::move(rules))
{}

void CaseloadBundle::writeForms(PayloadWriter &writer,
                                const QVector<CaseloadForm> &finished,
                                const QVector<CaseloadForm> &drafts)
{
    writer.writeCount(quint64(finished.size()));
    for (const CaseloadForm &f : finished) {
        writer.writeString(f.id);
        writer.writeString(f.personId);
        writer.writeString(f.formId);
        writer.writeUInt(quint64(std::max(0, f.formVersion)));
        writer.writeString(f.layout);
        writer.writeString(f.language);
        writeAnswers(writer, f.answers);
        writer.writeString(f.hlc);
        writer.writeString(f.device);
        writer.writeString(f.signedBy);
        writer.writeString(f.signedAt);
        writer.writeUInt(quint64(std::max<qint64>(0, f.deviceSeq)));
        writer.writeString(f.draftId);
    }
    writer.writeCount(quint64(drafts.size()));
    for (const CaseloadForm &f : drafts) {
        writer.writeString(f.id);
        writer.writeString(f.personId);
        writer.writeString(f.formId);
        writer.writeUInt(quint64(std::max(0, f.formVersion)));
        writer.writeString(f.layout);
        writer.writeString(f.language);
        writeAnswers(writer, f.answers);
        writer.writeString(f.hlc);
        writer.writeString(f.device);
        writer.writeString(f.startedAt);
        writer.writeString(f.updatedAt);
        writer.writeString(f.updatedBy);
        writer.writeCount(quint64(f.updateCase.size()));
        for (const QString &field : f.updateCase)
            writer.writeString(field);
    }
}

void CaseloadBundle::readForm(PayloadReader &reader, CaseloadForm &form)
{
    // The part finished versions and drafts share, each with a cap; answers are multi-line texts.
    form.id = reader.readString(64);
    form.personId = reader.readString(64);
    form.formId = reader.readString(64);
    const quint64 version = reader.readUInt();
    form.formVersion = version > 1'000'000 ? -1 : int(version);
    form.layout = reader.readString(64);
    form.language = reader.readString(8);
    const quint64 answers = reader.readCount(MaxAnswers);
    for (quint64 a = 0; a < answers && reader.ok(); ++a) {
        const QString field = reader.readString(64);
        const QString value = reader.readText(MaxAnswerBytes);
        form.answers.insert(field, value);
    }
    form.hlc = reader.readString(128);
    form.device = reader.readString(64);
}

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
    const bool headed =
        reader.schema() == QByteArrayLiteral("caseload/3") || reader.schema() == QByteArrayLiteral("caseload/4");
    m_senderHeadMalformed = headed && !readAuditHead(reader, &m_senderHead);
    m_finished.clear();
    m_drafts.clear();
    m_health.clear();
    // caseload/3 and earlier end here: they carry no forms, and import as they always did.
    if (reader.schema() != QByteArrayLiteral("caseload/4"))
        return reader.ok() ? Status() : Status(reader.error());
    const quint64 finished = reader.ok() ? reader.readCount(MaxForms) : 0;
    for (quint64 i = 0; i < finished && reader.ok(); ++i) {
        CaseloadForm form;
        readForm(reader, form);
        form.signedBy = reader.readString(256);
        form.signedAt = reader.readString(64);
        const quint64 seq = reader.readUInt();
        form.deviceSeq = seq > quint64(std::numeric_limits<qint64>::max()) ? -1 : qint64(seq);
        form.draftId = reader.readString(64);
        m_finished.append(std::move(form));
    }
    const quint64 drafts = reader.ok() ? reader.readCount(MaxForms) : 0;
    for (quint64 i = 0; i < drafts && reader.ok(); ++i) {
        CaseloadForm form;
        readForm(reader, form);
        form.startedAt = reader.readString(64);
        form.updatedAt = reader.readString(64);
        form.updatedBy = reader.readString(256);
        const quint64 ticked = reader.readCount(MaxAnswers);
        for (quint64 t = 0; t < ticked && reader.ok(); ++t)
            form.updateCase.append(reader.readString(64));
        m_drafts.append(std::move(form));
    }
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

Status CaseloadBundle::checkForms(Database &db)
{
    if (m_finished.isEmpty() && m_drafts.isEmpty())
        return {};
    const auto refuse = [](const QString &problem) {
        return Error{ErrorCode::BundlePayload,
                     tr("The bundle was not imported, because a form in it cannot be taken here: %1. Nothing was "
                        "changed.")
                         .arg(problem)};
    };
    if (!m_rules)
        return refuse(tr("this vault cannot check forms"));
    if (auto status = m_rules->begin(db); !status)
        return status;
    QSet<QString> ids;
    for (const QVector<CaseloadForm> *list : {&m_finished, &m_drafts}) {
        const bool finished = list == &m_finished;
        for (const CaseloadForm &f : *list) {
            const QString which =
                finished ? tr("finished form %1").arg(f.id.left(32)) : tr("draft %1").arg(f.id.left(32));
            if (f.id.isEmpty() || f.personId.isEmpty() || f.formId.isEmpty())
                return refuse(tr("%1 has no id, person or form").arg(which));
            if (ids.contains((finished ? QStringLiteral("v:") : QStringLiteral("d:")) + f.id))
                return refuse(tr("%1 is in the bundle twice").arg(which));
            ids.insert((finished ? QStringLiteral("v:") : QStringLiteral("d:")) + f.id);
            if (const QString stamp = stampProblem(f.hlc, f.device); !stamp.isEmpty())
                return refuse(QStringLiteral("%1: %2").arg(which, stamp));
            if (finished && (f.deviceSeq < 1 || f.signedBy.trimmed().isEmpty() ||
                             !QDateTime::fromString(f.signedAt, Qt::ISODateWithMs).isValid()))
                return refuse(tr("%1 has no valid signer, signing time or device counter").arg(which));
            bool health = false;
            if (const QString problem = m_rules->problem(f, finished, &health); !problem.isEmpty())
                return refuse(QStringLiteral("%1: %2").arg(which, problem));
            if (finished)
                m_health.insert(f.id, health);
        }
    }
    return {};
}

Status CaseloadBundle::applyForms(Database &db, const BundleHeader &header, ImportSummary &summary)
{
    if (m_finished.isEmpty() && m_drafts.isEmpty())
        return {};
    // Every stamp here passed checkForms(): observed first, so the stamps taken for the rows written below sort
    // after them, and a version finished here later is numbered after the ones received now.
    for (const QVector<CaseloadForm> *list : {&m_finished, &m_drafts}) {
        for (const CaseloadForm &f : *list) {
            (void)m_vault.clock().observe(f.hlc);
            m_maxHlc = std::max(m_maxHlc, f.hlc);
        }
    }
    const QString sender = Minisign::keyIdHex(header.signerKeyId);
    QString deliveredToSender;
    bool senderIsOwn = false;
    {
        Statement peer = db.prepare("SELECT delivered_hlc, own FROM sync_peers WHERE device_id = ?");
        peer.bind(1, sender);
        if (peer.next()) {
            deliveredToSender = peer.text(0);
            senderIsOwn = peer.integer(1) != 0;
        }
        if (peer.failed())
            return peer.error();
    }
    Statement erased = db.prepare("SELECT 1 FROM person_erasures WHERE person_id = ?");
    int skipped = 0;
    const auto isErased = [&erased](const QString &personId) -> Result<bool> {
        erased.reset();
        erased.bind(1, personId);
        const bool found = erased.next();
        if (erased.failed())
            return erased.error();
        return found;
    };
    for (const CaseloadForm &f : std::as_const(m_finished)) {
        auto gone = isErased(f.personId);
        if (!gone)
            return gone.error();
        // Erasure wins over forms too: a finished form of an erased person never comes back.
        if (gone.value()) {
            ++skipped;
            continue;
        }
        if (auto status = applyFinished(db, header, f, summary); !status)
            return status;
    }
    if (!m_drafts.isEmpty() && !senderIsOwn) {
        // Only the owner's own devices send drafts; another's are left out, and the summary says so.
        summary.rejections.append(
            tr("Form drafts left out, because the device that sent them is not marked as one of yours: %1")
                .arg(m_drafts.size()));
    } else {
        for (const CaseloadForm &f : std::as_const(m_drafts)) {
            auto gone = isErased(f.personId);
            if (!gone)
                return gone.error();
            if (gone.value()) {
                ++skipped;
                continue;
            }
            if (auto status = applyDraft(db, header, f, deliveredToSender, summary); !status)
                return status;
        }
    }
    if (skipped > 0)
        summary.rejections.append(tr("Forms skipped, about people erased on a device: %1").arg(skipped));
    return {};
}

Status
CaseloadBundle::applyFinished(Database &db, const BundleHeader &header, const CaseloadForm &f, ImportSummary &summary)
{
    Statement held = db.prepare("SELECT id, person_id, form_id, form_version, layout, language, answers, signed_by, "
                                "signed_at, hlc, device, device_seq FROM form_versions WHERE id = ? OR "
                                "(device = ? AND device_seq = ?)");
    held.bind(1, f.id).bind(2, f.device).bind(3, f.deviceSeq);
    if (held.next()) {
        CaseloadForm kept;
        kept.id = held.text(0);
        kept.personId = held.text(1);
        kept.formId = held.text(2);
        kept.formVersion = int(held.integer(3));
        kept.layout = held.text(4);
        kept.language = held.text(5);
        kept.answers = answersFromJson(held.text(6));
        kept.signedBy = held.text(7);
        kept.signedAt = held.text(8);
        kept.hlc = held.text(9);
        kept.device = held.text(10);
        kept.deviceSeq = held.integer(11);
        // The same version again (a repeated bundle, or one relayed by another device) changes nothing.
        if (kept.id == f.id && describe(kept) == describe(f))
            return {};
        // A finished version never changes: whatever differs is set aside for a person to see, the held one stays.
        const QString reason =
            kept.id == f.id
                ? tr("a finished form already held here cannot be changed by another device; both versions are kept")
                : tr("a finished form claims the device and counter of another one held here; both are kept");
        const QByteArray both =
            "held here:\n" + describe(kept).toUtf8() + "\nfrom the bundle:\n" + describe(f).toUtf8();
        return quarantine(db, header, f.id, reason, both, summary);
    }
    if (held.failed())
        return held.error();
    Statement insert = db.prepare(
        "INSERT INTO form_versions(id, person_id, form_id, form_version, layout, language, answers, signed_by, "
        "signed_at, hlc, device, device_seq, draft_id, health, sync_hlc, received_from) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    insert.bind(1, f.id)
        .bind(2, f.personId)
        .bind(3, f.formId)
        .bind(4, f.formVersion)
        .bind(5, f.layout)
        .bind(6, f.language)
        .bind(7, answersToJson(f.answers))
        .bind(8, f.signedBy)
        .bind(9, f.signedAt)
        .bind(10, f.hlc)
        .bind(11, f.device)
        .bind(12, f.deviceSeq)
        .bind(13, f.draftId)
        .bind(14, m_health.value(f.id, true) ? 1 : 0)
        .bind(15, m_vault.clock().now())
        .bind(16, Minisign::keyIdHex(header.signerKeyId));
    if (auto status = insert.exec(); !status)
        return status;
    // The draft this version was finished from is done with here too (one of the owner's devices may hold it).
    if (!f.draftId.isEmpty()) {
        Statement done = db.prepare("DELETE FROM form_drafts WHERE id = ? AND person_id = ? AND form_id = ?");
        done.bind(1, f.draftId).bind(2, f.personId).bind(3, f.formId);
        if (auto status = done.exec(); !status)
            return status;
    }
    ++summary.added;
    m_touchedPeople.insert(f.personId);
    return {};
}

Status CaseloadBundle::applyDraft(Database &db,
                                  const BundleHeader &header,
                                  const CaseloadForm &f,
                                  const QString &deliveredToSender,
                                  ImportSummary &summary)
{
    // A draft already finished (here, or on the device whose version arrived) does not come back as a draft.
    Statement finished = db.prepare("SELECT 1 FROM form_versions WHERE draft_id = ?");
    finished.bind(1, f.id);
    if (finished.next())
        return {};
    if (finished.failed())
        return finished.error();
    Statement held =
        db.prepare("SELECT person_id, form_id, form_version, answers, hlc, device FROM form_drafts WHERE id = ?");
    held.bind(1, f.id);
    const bool exists = held.next();
    if (held.failed())
        return held.error();
    if (exists && (held.text(0) != f.personId || held.text(1) != f.formId || int(held.integer(2)) != f.formVersion))
        return quarantine(db, header, f.id, tr("the draft does not match the one held here"), {}, summary);
    const QString localHlc = exists ? held.text(4) : QString();
    if (exists && localHlc == f.hlc)
        return {}; // the very same save, seen before
    const bool incomingWins = !exists || f.hlc > localHlc;
    if (exists) {
        // Both devices saved the draft since they last synced: the newest save wins, and each answer that differs
        // is kept as a conflict, as for a field of a record, so nothing typed is lost.
        const QMap<QString, QString> local = answersFromJson(held.text(3));
        const bool concurrent = held.text(5) == m_vault.deviceId() && localHlc > deliveredToSender;
        if (concurrent) {
            QSet<QString> fields(f.answers.keyBegin(), f.answers.keyEnd());
            for (auto it = local.constBegin(); it != local.constEnd(); ++it)
                fields.insert(it.key());
            Statement conflict = db.prepare(
                "INSERT INTO conflicts(record_id, person_id, kind, field, kept_value, kept_hlc, other_value, "
                "other_hlc, other_device, detected_at) VALUES(?,?,?,?,?,?,?,?,?,?)");
            const QString thisDevice = Minisign::keyIdHex(Minisign::keyIdFor(m_vault.devicePublicKey()));
            const QString sender = Minisign::keyIdHex(header.signerKeyId);
            QStringList sorted(fields.cbegin(), fields.cend());
            sorted.sort();
            for (const QString &field : std::as_const(sorted)) {
                const QString mine = local.value(field);
                const QString theirs = f.answers.value(field);
                if (mine == theirs)
                    continue;
                conflict.reset();
                conflict.bind(1, f.id)
                    .bind(2, f.personId)
                    .bind(3, CaseloadSync::draftConflictKind())
                    .bind(4, field)
                    .bind(5, incomingWins ? theirs : mine)
                    .bind(6, incomingWins ? f.hlc : localHlc)
                    .bind(7, incomingWins ? mine : theirs)
                    .bind(8, incomingWins ? localHlc : f.hlc)
                    .bind(9, incomingWins ? thisDevice : sender)
                    .bind(10, nowUtc());
                if (auto status = conflict.exec(); !status)
                    return status;
                ++summary.conflicts;
            }
        }
    }
    if (!incomingWins)
        return {};
    Statement write =
        exists
            ? db.prepare("UPDATE form_drafts SET layout = ?2, language = ?3, answers = ?4, started_at = ?5, "
                         "updated_at = ?6, updated_by = ?7, update_case = ?8, hlc = ?9, device = ?10, sync_hlc = ?11 "
                         "WHERE id = ?1")
            : db.prepare("INSERT INTO form_drafts(id, layout, language, answers, started_at, updated_at, "
                         "updated_by, update_case, hlc, device, sync_hlc, person_id, form_id, form_version) "
                         "VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14)");
    write.bind(1, f.id)
        .bind(2, f.layout)
        .bind(3, f.language)
        .bind(4, answersToJson(f.answers))
        .bind(5, f.startedAt)
        .bind(6, f.updatedAt)
        .bind(7, f.updatedBy)
        .bind(8, listToJson(f.updateCase))
        .bind(9, f.hlc)
        .bind(10, f.device)
        .bind(11, m_vault.clock().now());
    if (!exists)
        write.bind(12, f.personId).bind(13, f.formId).bind(14, f.formVersion);
    if (auto status = write.exec(); !status)
        return status;
    if (exists)
        ++summary.changed;
    else
        ++summary.added;
    m_touchedPeople.insert(f.personId);
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

    // Forms are checked whole before anything is written: a form this vault cannot take refuses the bundle.
    if (auto status = checkForms(db); !status)
        return status;
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
    if (auto status = applyForms(db, header, summary); !status)
        return status;
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
                             << "skipped as erased," << m_finished.size() << "finished forms and" << m_drafts.size()
                             << "drafts received";
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
