#pragma once

#include "model/bundles/BundleImporter.h"
#include "model/core/Result.h"
#include "model/crypto/Minisign.h"
#include "model/vault/AuditLog.h"
#include "model/vault/VaultSetting.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>
#include <QVector>

class Vault;
struct EntityKind;

/** A device this vault exchanges caseloads with. */
struct SyncPeer
{
    QString deviceId; // the device key's id, as minisign prints it
    QString label;
    QByteArray signPublicKey;
    VaultSetting setting = VaultSetting::WorkCoach;
    /** Every change stamped up to here has been confirmed received (by a receipt). */
    QString deliveredHlc;
    QString fingerprint() const { return Minisign::fingerprint(signPublicKey); }
};

/** What an export would send, per person, before anything leaves the device. */
struct ExportPreviewEntry
{
    QString personId;
    QString displayName;
    QStringList sectionsIncluded; // translated record-kind labels
    QStringList sectionsWithheld; // left out for want of consent
    int records = 0;
    /** An erased person: only the erasure goes, and the name is no longer known (displayName says so). */
    bool erasure = false;
};

/** One field two devices changed since they last synced: the value kept and the one that lost. */
struct SyncConflict
{
    qint64 id = 0;
    QString recordId;
    QString personId;
    QString kind;
    QString field;
    QString keptValue;
    QString keptHlc;
    QString otherValue;
    QString otherHlc;
    QString otherDevice;
};

/**
 * Caseload sync between devices through signed bundles encrypted to one recipient. Exports hold every
 * change since the recipient's last receipt (so nothing unsent is lost: exporting marks nothing
 * delivered), minus health and work data and, between a GP practice and a work coach, notes, unless a
 * consent record covers them. Imports merge field by field, newest stamp wins, and keep the losing value
 * of a field both devices changed as a conflict for a person to resolve. The recipient answers with a
 * receipt bundle, and only that marks changes delivered.
 */
class CaseloadSync
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadSync)

public:
    explicit CaseloadSync(Vault &vault);

    /** Registers a device (trusted for caseload and receipt bundles) after its fingerprint was compared. */
    Status addPeer(const Minisign::PublicKey &key,
                   const QString &label,
                   VaultSetting setting,
                   const QString &confirmedFingerprint);
    Result<QVector<SyncPeer>> peers() const;

    /**
     * Exactly which people and sections an export to `deviceId` would send (all pending, or `onlyPeople`);
     * with `handover`, everything about `onlyPeople`, as a handover sends it.
     */
    Result<QVector<ExportPreviewEntry>>
    preview(const QString &deviceId, const QStringList &onlyPeople = {}, bool handover = false) const;
    /**
     * Builds the bundle for `deviceId` and records it as awaiting a receipt. With `handover`, the people in
     * `onlyPeople` move to the recipient: their owner becomes the recipient's label and all their records go.
     */
    Result<QByteArray> exportFor(const QString &deviceId, const QStringList &onlyPeople = {}, bool handover = false);
    /** A signed receipt for an imported caseload bundle, for its sender. */
    Result<QByteArray> receiptFor(const QByteArray &bundleId, const QString &maxHlc);

    Result<QVector<SyncConflict>> conflicts() const;
    /** Settles a conflict: keep the current value, or bring back the other one as a new change. */
    Status resolveConflict(qint64 conflictId, bool useOther);

private:
    struct OutgoingRecord;
    struct OutgoingErasure;
    Result<QVector<OutgoingRecord>>
    collect(const SyncPeer &peer, const QStringList &onlyPeople, bool full, QVector<ExportPreviewEntry> *preview) const;
    /** Erasures the peer has not confirmed receiving (all of them when `full`). */
    Result<QVector<OutgoingErasure>>
    collectErasures(const SyncPeer &peer, const QStringList &onlyPeople, bool full) const;
    Result<SyncPeer> peer(const QString &deviceId) const;

    Vault &m_vault;
};

/**
 * Imports caseload bundles: merges records field by field (see CaseloadSync), and applies erasures. An erasure
 * wins over every edit, whichever bundle comes first: the person's records go, and records of them that
 * arrive later are skipped.
 */
class CaseloadBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(CaseloadBundle)

public:
    static constexpr quint64 MaxRecords = 2'000'000;
    static constexpr quint64 MaxFieldsPerRecord = 64;
    static constexpr quint64 MaxErasures = 1'000'000;

    explicit CaseloadBundle(Vault &vault);
    BundleKind kind() const override { return BundleKind::Caseload; }
    // 2 added the erasures, 3 the sender's audit head. Bundles from builds before ("caseload/2" and "caseload/1")
    // are still read, so devices that sync need not all be updated on the same day.
    QByteArray schema() const override { return QByteArrayLiteral("caseload/3"); }
    QList<QByteArray> readableSchemas() const override
    {
        return {QByteArrayLiteral("caseload/3"), QByteArrayLiteral("caseload/2"), QByteArrayLiteral("caseload/1")};
    }
    bool requiresEncryption() const override { return true; }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;
    /** Tells the record store (and so the open caseload list and workspace) who arrived, changed or went. */
    void committed() override;

    /** The newest stamp the last applied bundle carried, for its receipt. */
    QString maxHlc() const { return m_maxHlc; }

    struct Field
    {
        QString name;
        QString value;
        QString hlc;
        QString device;
    };
    struct Item
    {
        QString id;
        QString personId;
        QString kind;
        QString createdAt;
        QString createdBy;
        QVector<Field> fields;
    };
    /** A person erased on some device: the person's random id and the erasure's stamp, never a name. */
    struct Erasure
    {
        QString personId;
        QString hlc;
        QString device;
    };

private:
    Status applyErasures(Database &db, const BundleHeader &header, ImportSummary &summary);
    /** Why a stamp from a bundle is refused (malformed, another device's, over a day ahead); empty when taken. */
    static QString stampProblem(const QString &hlc, const QString &device);
    /** Why `item` may not touch the note or consent record held here under its id; empty when it may. */
    static Result<QString> clashWithKeptRecord(Database &db, const EntityKind &spec, const Item &item);
    /** The held record and the incoming one, both kept in quarantine when they clash. */
    static QByteArray bothVersions(Database &db, const Item &item);

    Vault &m_vault;
    QString m_sender;
    QVector<Item> m_items;
    QVector<Erasure> m_erasures;
    QString m_maxHlc;
    /** The sender's audit head, kept as an anchor of its log (seq 0 from builds before caseload/3). */
    AuditHead m_senderHead;
    bool m_senderHeadMalformed = false;
    // People whose records the last apply() wrote, and people it erased; announced once it has committed.
    QSet<QString> m_touchedPeople;
    QStringList m_erasedPeople;
};

/** Imports receipts: the sender learns its changes arrived and stops sending them. */
class ReceiptBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBundle)

public:
    BundleKind kind() const override { return BundleKind::Receipt; }
    // 2 added the sender's audit head; "receipt/1" from earlier builds is still read.
    QByteArray schema() const override { return QByteArrayLiteral("receipt/2"); }
    QList<QByteArray> readableSchemas() const override
    {
        return {QByteArrayLiteral("receipt/2"), QByteArrayLiteral("receipt/1")};
    }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;

private:
    QByteArray m_bundleId;
    QString m_maxHlc;
    AuditHead m_senderHead;
    bool m_senderHeadMalformed = false;
};
