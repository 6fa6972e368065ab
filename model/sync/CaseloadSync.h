#pragma once

#include "model/bundles/BundleImporter.h"
#include "model/core/Result.h"
#include "model/crypto/Minisign.h"
#include "model/vault/AuditLog.h"
#include "model/vault/VaultSetting.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <memory>

class Database;
class PayloadWriter;
class Vault;
struct EntityKind;

/** A device this vault exchanges caseloads with. */
struct SyncPeer
{
    QString deviceId; // the device key's id, as minisign prints it
    QString label;
    QByteArray signPublicKey;
    VaultSetting setting = VaultSetting::WorkCoach;
    /**
     * Another device of this vault's owner (their laptop and their desktop), not a colleague's or a practice's:
     * only such a device is sent form drafts, and drafts are taken only from one.
     */
    bool own = false;
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
 * A form as a caseload bundle carries it (caseload/4): a finished version, which never changes once written, or a
 * draft, which only the owner's own devices exchange. Answers are field id to value, as FormStore keeps them.
 */
struct CaseloadForm
{
    QString id;
    QString personId;
    QString formId;
    int formVersion = 0;
    QString layout;
    QString language;
    QMap<QString, QString> answers;
    /** Finished: when it was stamped, by which device, and that device's counter (FormVersion); drafts: last save. */
    QString hlc;
    QString device;
    // Finished versions only.
    QString signedBy;
    QString signedAt;
    qint64 deviceSeq = 0;
    QString draftId; // the draft it was finished from, which the recipient's copy of that draft gives way to
    // Drafts only.
    QString startedAt;
    QString updatedAt;
    QString updatedBy;
    QStringList updateCase;
};

/**
 * What importing forms asks of the forms layer, which sits above sync (model/CMakeLists.txt): the session supplies
 * one built on the vault's form catalogue (BundleHandlers::makeImporter).
 */
class CaseloadFormRules
{
public:
    virtual ~CaseloadFormRules() = default;
    /** Loads what the checks need from `db`, once per import. */
    virtual Status begin(Database &db) = 0;
    /**
     * Why `form` cannot be kept here, translated (a form or version this vault does not have, a layout or language
     * it does not offer, an answer to a field the form does not have, or, for a finished version, answers that do
     * not pass the form's checks); empty when it can. Sets `*health` to whether the form is health data.
     */
    virtual QString problem(const CaseloadForm &form, bool finished, bool *health) const = 0;
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
                   const QString &confirmedFingerprint,
                   bool own = false);
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

    /** SyncConflict::kind of a conflict between two saves of a form draft; its field is the form's field id. */
    static QString draftConflictKind() { return QStringLiteral("form_draft"); }

    Result<QVector<SyncConflict>> conflicts() const;
    /** Settles a conflict: keep the current value, or bring back the other one as a new change. */
    Status resolveConflict(qint64 conflictId, bool useOther);

private:
    struct OutgoingRecord;
    struct OutgoingErasure;
    struct OutgoingForms
    {
        QVector<CaseloadForm> finished;
        QVector<CaseloadForm> drafts;
        /** The newest local stamp (sync_hlc) of what goes, for the outbox: what a receipt marks delivered. */
        QString maxSyncHlc;
    };
    Result<QVector<OutgoingRecord>> collect(const SyncPeer &peer,
                                            const QStringList &onlyPeople,
                                            bool full,
                                            QVector<ExportPreviewEntry> *preview,
                                            OutgoingForms *forms = nullptr) const;
    /**
     * Finished versions stamped here after the peer's delivered mark (health ones only with consent) and, for one of
     * the owner's own devices, drafts; adds their sections to `included` and `withheld`.
     */
    Status collectForms(const SyncPeer &peer,
                        const QSet<QString> &only,
                        bool full,
                        const QHash<QString, QSet<QString>> &consents,
                        OutgoingForms &forms,
                        QHash<QString, QSet<QString>> &included,
                        QHash<QString, QSet<QString>> &withheld) const;
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
    static constexpr quint64 MaxForms = 200'000;
    static constexpr quint64 MaxAnswers = 500;
    static constexpr int MaxAnswerBytes = 64 * 1024;

    /** `rules` checks forms against this vault's forms; without it, a bundle carrying forms is refused. */
    explicit CaseloadBundle(Vault &vault, std::shared_ptr<CaseloadFormRules> rules = {});
    BundleKind kind() const override { return BundleKind::Caseload; }
    // 2 added the erasures, 3 the sender's audit head, 4 forms (finished versions and drafts) after the head. Bundles
    // from builds before ("caseload/3" to "caseload/1") are still read, so devices that sync need not all be updated
    // on the same day.
    QByteArray schema() const override { return QByteArrayLiteral("caseload/4"); }
    QList<QByteArray> readableSchemas() const override
    {
        return {QByteArrayLiteral("caseload/4"),
                QByteArrayLiteral("caseload/3"),
                QByteArrayLiteral("caseload/2"),
                QByteArrayLiteral("caseload/1")};
    }
    /** Writes the forms part of a caseload/4 payload (after the audit head): finished versions, then drafts. */
    static void
    writeForms(PayloadWriter &writer, const QVector<CaseloadForm> &finished, const QVector<CaseloadForm> &drafts);
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
    /** Every form checked before anything is written: one that fails refuses the whole bundle. */
    Status checkForms(Database &db);
    Status applyForms(Database &db, const BundleHeader &header, ImportSummary &summary);
    Status applyFinished(Database &db, const BundleHeader &header, const CaseloadForm &form, ImportSummary &summary);
    Status applyDraft(Database &db,
                      const BundleHeader &header,
                      const CaseloadForm &form,
                      const QString &deliveredToSender,
                      ImportSummary &summary);
    static void readForm(PayloadReader &reader, CaseloadForm &form);
    /** Why a stamp from a bundle is refused (malformed, another device's, over a day ahead); empty when taken. */
    static QString stampProblem(const QString &hlc, const QString &device);
    /** Why `item` may not touch the note or consent record held here under its id; empty when it may. */
    static Result<QString> clashWithKeptRecord(Database &db, const EntityKind &spec, const Item &item);
    /** The held record and the incoming one, both kept in quarantine when they clash. */
    static QByteArray bothVersions(Database &db, const Item &item);

    Vault &m_vault;
    std::shared_ptr<CaseloadFormRules> m_rules;
    QString m_sender;
    QVector<Item> m_items;
    QVector<CaseloadForm> m_finished;
    QVector<CaseloadForm> m_drafts;
    /** Whether each finished version is health data, by its id, as the rules said (so it is stored so). */
    QHash<QString, bool> m_health;
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
