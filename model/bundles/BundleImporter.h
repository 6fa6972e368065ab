#pragma once

#include "model/bundles/BundleFile.h"
#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class Database;
class PayloadReader;
class Vault;

/** What an import did, for the summary an admin can copy. */
struct ImportSummary
{
    BundleKind kind = BundleKind::Vacancies;
    QString publisher;
    quint64 sequence = 0;
    int added = 0;
    int changed = 0;
    int withdrawn = 0;
    int expired = 0;
    int rejected = 0;
    int conflicts = 0;
    QByteArray bundleId;    // the imported bundle's id, for a receipt
    QString maxHlc;         // caseload bundles: the newest change they carried, for a receipt
    QStringList rejections; // "item: reason", for the quarantine view
    /**
     * A caseload bundle this vault had already imported, byte for byte: nothing was changed, and the summary is
     * there only so its receipt can be written again (the first may never have been, if the process died).
     */
    bool alreadyImported = false;
    QDateTime importedAt; // when it was first imported, if alreadyImported
    QString text() const;
};

/** Reports progress (0–1000) and returns false to cancel; a cancelled import changes nothing. */
using ImportProgress = std::function<bool(int permille)>;

/**
 * One kind of bundle's payload: read it (bounded) into memory, then apply it inside the importer's
 * transaction. New kinds add a handler; the verifier and the importer do not change.
 */
class BundleHandler
{
public:
    virtual ~BundleHandler() = default;
    virtual BundleKind kind() const = 0;
    virtual QByteArray schema() const = 0;
    /** The payload schema tags read() accepts: schema(), the one written, and any older ones still read. */
    virtual QList<QByteArray> readableSchemas() const { return {schema()}; }
    /** Parses the payload fully; nothing is written yet. */
    virtual Status read(PayloadReader &reader) = 0;
    /**
     * Writes what was read. Items that fail semantic checks are reported in the summary, not applied. Whatever
     * is stored per publisher is keyed by `header.publisherKey()`; `header.publisher` is the trusted label.
     */
    virtual Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) = 0;
    /**
     * Whether apply() may run while read() is still parsing on another thread: read() then hands items
     * over as it goes and apply() waits for them, so a large bundle's parsing overlaps its writing. The
     * importer checks the reader's verdict after apply() and before committing, so a payload that turns
     * out malformed still changes nothing.
     */
    virtual bool readsWhileApplying() const { return false; }
    /** Whether this kind is accepted only encrypted to this device (caseloads: they hold personal data). */
    virtual bool requiresEncryption() const { return false; }
    /** Called before read() starts on its thread, so that apply() waits for this payload's items. */
    virtual void beginReading() {}
    /** For a handler reading on another thread: stop early (apply() failed or was cancelled). */
    virtual void stopReading() {}
    /** After the import's transaction committed (never after a rollback): announce what changed. */
    virtual void committed() {}

protected:
    /** Sets an item aside with its reason (visible and exportable later) and counts it as rejected. */
    static Status quarantine(Database &db,
                             const BundleHeader &header,
                             const QString &item,
                             const QString &reason,
                             const QByteArray &content,
                             ImportSummary &summary);
};

/**
 * Imports bundle files into a vault, running the checks in their fixed order: size, magic and version,
 * trusted signer for the kind, signature, expiry (BundleFile::authenticate), then kind expected by the
 * caller, replay (bundle id already imported; for publisher streams a sequence not newer than the last),
 * recipient and decryption, decompression with the declared size as a cap, bounded parsing, semantic
 * checks, one transaction, and an audit entry. Any failure leaves the vault as it was.
 */
class BundleImporter
{
    Q_DECLARE_TR_FUNCTIONS(BundleImporter)

public:
    /** Payloads larger than this are written with a rollback journal (BulkLoadJournal). */
    static constexpr quint64 BulkLoadBytes = 16 << 20;

    explicit BundleImporter(Vault &vault);
    ~BundleImporter();

    void addHandler(std::unique_ptr<BundleHandler> handler);
    /** For tests: the clock the expiry check uses. */
    void setNow(qint64 secondsSinceEpoch) { m_now = secondsSinceEpoch; }
    void setLimits(const BundleLimits &limits) { m_limits = limits; }

    Result<ImportSummary> importFile(const QString &path,
                                     std::optional<BundleKind> expected = std::nullopt,
                                     const ImportProgress &progress = {});
    Result<ImportSummary> importBytes(const QByteArray &bytes,
                                      std::optional<BundleKind> expected = std::nullopt,
                                      const ImportProgress &progress = {});

private:
    BundleHandler *handlerFor(BundleKind kind) const;
    /** A caseload bundle imported before with the same bytes, as a summary for its receipt; nullopt otherwise. */
    Result<std::optional<ImportSummary>> earlierCaseloadImport(const BundleHeader &header, const QByteArray &digest);
    Status checkReplay(const BundleHeader &header);

    Vault &m_vault;
    std::vector<std::unique_ptr<BundleHandler>> m_handlers;
    qint64 m_now = 0;
    BundleLimits m_limits;
};
