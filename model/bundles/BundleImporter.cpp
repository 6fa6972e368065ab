#include "model/bundles/BundleImporter.h"

#include "model/bundles/TrustStore.h"
#include "model/core/DisplaySafe.h"
#include "model/core/Log.h"
#include "model/crypto/SigningKey.h"
#include "model/io/PayloadArchive.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QScopeGuard>

#include <limits>
#include <thread>

namespace
{
    // Kept in imported_bundles.summary beside the counts, so a receipt made again says what the first one said.
    const QLatin1String MaxHlcField("max_hlc=");
} // namespace

QString ImportSummary::text() const
{
    if (alreadyImported) {
        return BundleImporter::tr("You had already imported this %1 from %2 on %3. Nothing was changed; only its "
                                  "receipt is written again.")
            .arg(BundleKinds::displayName(kind),
                 publisher,
                 QLocale().toString(importedAt.toLocalTime(), QLocale::ShortFormat));
    }
    QStringList lines;
    lines << BundleImporter::tr("Imported a %1 from %2 (number %3).")
                 .arg(BundleKinds::displayName(kind), publisher)
                 .arg(sequence);
    lines << BundleImporter::tr("Added: %1").arg(added) << BundleImporter::tr("Changed: %1").arg(changed)
          << BundleImporter::tr("Withdrawn: %1").arg(withdrawn) << BundleImporter::tr("Expired: %1").arg(expired)
          << BundleImporter::tr("Rejected: %1").arg(rejected);
    if (conflicts > 0)
        lines << BundleImporter::tr("Conflicts to resolve: %1").arg(conflicts);
    for (const QString &rejection : rejections)
        lines << QStringLiteral("  ") + rejection;
    return lines.join(QLatin1Char('\n'));
}

Status BundleHandler::quarantine(Database &db,
                                 const BundleHeader &header,
                                 const QString &rawItem,
                                 const QString &rawReason,
                                 const QByteArray &content,
                                 ImportSummary &summary)
{
    ++summary.rejected;
    // Item names and reasons quote what the bundle said; they reach terminals and the quarantine table.
    const QString item = DisplaySafe::singleLine(rawItem);
    const QString reason = DisplaySafe::singleLine(rawReason);
    // The summary lists the first thousand; the quarantine table keeps every one.
    if (summary.rejections.size() < 1000)
        summary.rejections.append(QStringLiteral("%1: %2").arg(item.left(64), reason));
    Statement insert =
        db.prepare("INSERT INTO quarantine(bundle_id, item, reason, content, received_at) VALUES(?,?,?,?,?)");
    insert.bind(1, header.bundleId)
        .bind(2, item.left(256))
        .bind(3, reason)
        .bind(4, content)
        .bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    return insert.exec();
}

BundleImporter::BundleImporter(Vault &vault)
    : m_vault(vault)
{}

BundleImporter::~BundleImporter() = default;

void BundleImporter::addHandler(std::unique_ptr<BundleHandler> handler)
{
    m_handlers.push_back(std::move(handler));
}

BundleHandler *BundleImporter::handlerFor(BundleKind kind) const
{
    for (const auto &handler : m_handlers) {
        if (handler->kind() == kind)
            return handler.get();
    }
    return nullptr;
}

Result<ImportSummary>
BundleImporter::importFile(const QString &path, std::optional<BundleKind> expected, const ImportProgress &progress)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return Error{ErrorCode::NotFound, tr("There is no file at %1.").arg(path)};
    // Size is checked before a single byte is read.
    if (info.size() > m_limits.maxFileBytes)
        return Error{ErrorCode::BundleTooLarge,
                     tr("This file is larger than Waymark allows. Contact your administrator.")};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("The file could not be read.")};
    return importBytes(file.readAll(), expected, progress);
}

Result<std::optional<ImportSummary>> BundleImporter::earlierCaseloadImport(const BundleHeader &header,
                                                                           const QByteArray &digest)
{
    Statement seen =
        m_vault.database().prepare("SELECT digest, imported_at, summary FROM imported_bundles WHERE bundle_id = ?");
    seen.bind(1, header.bundleId);
    if (!seen.next()) {
        if (seen.failed() || !seen.isValid())
            return seen.error();
        return std::optional<ImportSummary>();
    }
    // The same id with other bytes is not the same bundle: that stays a replay, refused by checkReplay.
    if (digest.isEmpty() || seen.blob(0) != digest)
        return std::optional<ImportSummary>();
    ImportSummary summary;
    summary.kind = header.kind;
    summary.publisher = header.publisher;
    summary.sequence = header.sequence;
    summary.bundleId = header.bundleId;
    summary.alreadyImported = true;
    summary.importedAt = QDateTime::fromString(seen.text(1), Qt::ISODate);
    // Bundles imported before the stamp was kept give an empty one: the sender goes by its own record of what
    // it sent, so that receipt is accepted all the same.
    const QStringList fields = seen.text(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &field : fields) {
        if (field.startsWith(MaxHlcField))
            summary.maxHlc = field.mid(MaxHlcField.size());
    }
    return std::optional<ImportSummary>(summary);
}

Status BundleImporter::checkReplay(const BundleHeader &header)
{
    Database &db = m_vault.database();
    Statement seen = db.prepare("SELECT imported_at FROM imported_bundles WHERE bundle_id = ?");
    seen.bind(1, header.bundleId);
    if (seen.next()) {
        const QDateTime when = QDateTime::fromString(seen.text(0), Qt::ISODate);
        return Error{ErrorCode::BundleAlreadyImported,
                     tr("You've already imported this file on %1. Nothing was changed.")
                         .arg(QLocale().toString(when.toLocalTime(), QLocale::ShortFormat))};
    }
    // Sequences are unsigned in the file but stored in SQLite's signed integers: one at 2^63 or above would
    // come back negative, and as the stream's last number it would refuse every later bundle.
    if (header.sequence > quint64(std::numeric_limits<qint64>::max())) {
        return Error{ErrorCode::BundleLimits,
                     tr("This file's number (%1) is larger than Waymark accepts. Nothing was changed. Ask the "
                        "publisher to check how they number their files.")
                         .arg(header.sequence)};
    }
    // Publisher streams are strictly ordered; caseload bundles merge by record versions instead. A stream
    // belongs to the signing key, not to the name in the header, so one trusted key cannot speak for another.
    if (header.kind != BundleKind::Caseload && header.kind != BundleKind::Receipt) {
        Statement stream = db.prepare("SELECT last_sequence FROM bundle_streams WHERE publisher = ? AND kind = ?");
        stream.bind(1, header.publisherKey()).bind(2, BundleKinds::key(header.kind));
        if (stream.next() && header.sequence <= quint64(stream.integer(0))) {
            return Error{ErrorCode::BundleReplay,
                         tr("This file (number %1) is not newer than the last one imported from %2 (number %3). "
                            "Nothing was changed.")
                             .arg(header.sequence)
                             .arg(header.publisher)
                             .arg(stream.integer(0))};
        }
    }
    return {};
}

Result<ImportSummary>
BundleImporter::importBytes(const QByteArray &bytes, std::optional<BundleKind> expected, const ImportProgress &progress)
{
    TrustStore trust(m_vault.database(), m_vault.audit());
    const qint64 now = m_now ? m_now : QDateTime::currentSecsSinceEpoch();
    auto bundle = BundleFile::authenticate(bytes, trust.lookup(), now, m_limits);
    if (!bundle)
        return bundle.error();
    // The name shown for the sender is the one a person gave the key when trusting it; the header's
    // publisher field is only the signer's claim, and is not shown or stored.
    BundleHeader header = bundle->header;
    header.publisher = trust.labelOf(header.signerKeyId);
    if (expected && *expected != header.kind) {
        return Error{ErrorCode::BundleWrongKind,
                     tr("This is a %1, not a %2. Use the matching import option.")
                         .arg(BundleKinds::displayName(header.kind), BundleKinds::displayName(*expected))};
    }
    BundleHandler *handler = handlerFor(header.kind);
    if (!handler) {
        return Error{ErrorCode::BundleWrongKind,
                     tr("This vault cannot import a %1 yet.").arg(BundleKinds::displayName(header.kind))};
    }
    if (header.kind == BundleKind::Caseload) {
        // The receipt is written after the import commits; a process that died in between left a sender that
        // never hears. The same file again changes nothing and gives back what its receipt needs.
        auto earlier = earlierCaseloadImport(header, bundle->fileDigest);
        if (!earlier)
            return earlier.error();
        if (earlier.value()) {
            if (auto status = m_vault.audit().append(AuditAction::ReceiptRemade, header.bundleIdHex()); !status)
                return status.error();
            qCInfo(lcBundles).noquote() << "caseload bundle" << header.bundleIdHex()
                                        << "was imported before; its receipt is made again";
            return *earlier.value();
        }
    }
    if (auto status = checkReplay(header); !status)
        return status.error();

    // A caseload that travelled in clear may have been read, or made by anyone holding a device's signing key
    // alone; either way it did not come the way caseloads must.
    if (handler->requiresEncryption() && !header.encrypted()) {
        return Error{ErrorCode::BundleNotForThisDevice,
                     tr("This %1 is not encrypted for this device, and Waymark accepts it only encrypted. Nothing "
                        "was changed. Ask the sender to export it again for this device.")
                         .arg(BundleKinds::displayName(header.kind))};
    }
    Result<QByteArray> payload = QByteArray();
    if (header.encrypted()) {
        auto secret = m_vault.deviceSecretKey();
        if (!secret)
            return secret.error();
        const SigningKey device = SigningKey::fromSecret(std::move(secret.value()));
        const SecureBytes encryptionSecret = device.encryptionSecretKey();
        payload = BundleFile::openPayload(bundle.value(), device.encryptionPublicKey(), &encryptionSecret, m_limits);
    } else {
        payload = BundleFile::openPayload(bundle.value(), {}, nullptr, m_limits);
    }
    if (!payload)
        return payload.error();
    if (progress && !progress(100))
        return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};

    PayloadReader reader(payload.value(), handler->readableSchemas());
    // A large kind parses on a second thread while the first writes what is parsed; the reader's
    // verdict is checked after apply() and before the commit, so a malformed payload still changes nothing.
    const bool overlap = handler->readsWhileApplying() && reader.ok();
    std::thread parser;
    const auto joinParser = qScopeGuard([&] {
        if (parser.joinable()) {
            handler->stopReading();
            parser.join();
        }
    });
    if (overlap) {
        handler->beginReading();
        parser = std::thread([&reader, handler] { (void)handler->read(reader); });
    } else {
        if (reader.ok())
            (void)handler->read(reader);
        if (auto status = reader.finish(); !status)
            return status.error();
    }

    ImportSummary summary;
    summary.kind = header.kind;
    summary.publisher = header.publisher;
    summary.sequence = header.sequence;
    summary.bundleId = header.bundleId;
    Database &db = m_vault.database();
    // Sized to the payload (the rows written are about as large), at most 256 MiB.
    const LargeTransactionCache cache(
        db, std::clamp<qint64>(qint64(header.plainLength) * 3 / 2 / 1024, 8 * 1024, 256 * 1024));
    std::optional<BulkLoadJournal> bulk;
    if (header.plainLength > BulkLoadBytes)
        bulk.emplace(db);
    Transaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    if (auto status = handler->apply(db, header, summary, progress); !status)
        return status.error(); // the transaction rolls back
    if (overlap) {
        parser.join();
        if (auto status = reader.finish(); !status)
            return status.error(); // the transaction rolls back
    }
    Statement record = db.prepare(
        "INSERT INTO imported_bundles(bundle_id, kind, signer, publisher, sequence, digest, imported_at, summary) "
        "VALUES(?,?,?,?,?,?,?,?)");
    record.bind(1, header.bundleId)
        .bind(2, BundleKinds::key(header.kind))
        .bind(3, header.signerKeyId)
        .bind(4, header.publisher)
        .bind(5, qint64(header.sequence))
        .bind(6, bundle->fileDigest)
        .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .bind(8,
              QStringLiteral("added=%1 changed=%2 withdrawn=%3 expired=%4 rejected=%5")
                      .arg(summary.added)
                      .arg(summary.changed)
                      .arg(summary.withdrawn)
                      .arg(summary.expired)
                      .arg(summary.rejected) +
                  (summary.maxHlc.isEmpty() ? QString() : QLatin1Char(' ') + MaxHlcField + summary.maxHlc));
    if (auto status = record.exec(); !status)
        return status.error();
    if (header.kind != BundleKind::Caseload && header.kind != BundleKind::Receipt) {
        Statement stream =
            db.prepare("INSERT OR REPLACE INTO bundle_streams(publisher, kind, last_sequence) VALUES(?,?,?)");
        stream.bind(1, header.publisherKey()).bind(2, BundleKinds::key(header.kind)).bind(3, qint64(header.sequence));
        if (auto status = stream.exec(); !status)
            return status.error();
    }
    if (auto status =
            m_vault.audit().append(AuditAction::ImportBundle,
                                   header.bundleIdHex(),
                                   BundleKinds::key(header.kind) + QLatin1Char(' ') + QString::number(header.sequence));
        !status)
        return status.error();
    if (progress && !progress(1000))
        return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
    if (auto status = transaction.commit(); !status)
        return status.error();
    handler->committed();
    // The bundle's id, kind and counts; never an item's content, which names people and vacancies.
    qCInfo(lcBundles).noquote() << "imported" << BundleKinds::key(header.kind) << "bundle" << header.bundleIdHex()
                                << "sequence" << header.sequence << "added" << summary.added << "changed"
                                << summary.changed << "withdrawn" << summary.withdrawn << "expired" << summary.expired
                                << "rejected" << summary.rejected << "conflicts" << summary.conflicts;
    return summary;
}
