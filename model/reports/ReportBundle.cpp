#include "ReportBundle.h"

#include "model/bundles/BundleFile.h"
#include "model/bundles/TrustStore.h"
#include "model/core/DisplaySafe.h"
#include "model/crypto/SigningKey.h"
#include "model/io/PayloadArchive.h"
#include "model/reports/ReportTables.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QLocale>

#include <sodium.h>

namespace
{
    QByteArray x25519From(const QByteArray &ed25519Public)
    {
        if (ed25519Public.size() != crypto_sign_PUBLICKEYBYTES)
            return {};
        QByteArray out(crypto_box_PUBLICKEYBYTES, '\0');
        if (crypto_sign_ed25519_pk_to_curve25519(reinterpret_cast<unsigned char *>(out.data()),
                                                 reinterpret_cast<const unsigned char *>(ed25519Public.constData())) !=
            0)
            return {};
        return out;
    }

    Error payloadError(const QString &why)
    {
        return {ErrorCode::BundlePayload,
                ReportBundle::tr("This report can't be used: %1. Nothing was merged; ask the sender to export it "
                                 "again.")
                    .arg(why)};
    }
} // namespace

QByteArray ReportBundle::encode(const AggregateReport &raw)
{
    PayloadWriter writer(schema());
    writer.writeString(raw.from.toString(Qt::ISODate));
    writer.writeString(raw.to.toString(Qt::ISODate));
    writer.writeCount(quint64(raw.tables.size()));
    for (const AggregateTable &t : raw.tables) {
        writer.writeString(t.key);
        writer.writeString(t.title);
        writer.writeString(t.rowHeading);
        writer.writeString(t.columnHeading);
        writer.writeCount(quint64(t.rowCount()));
        for (int r = 0; r < t.rowCount(); ++r) {
            writer.writeString(t.rowKeys().at(r));
            writer.writeString(t.rowLabel(r));
        }
        writer.writeCount(quint64(t.columnCount()));
        for (int c = 0; c < t.columnCount(); ++c) {
            writer.writeString(t.columnKeys().at(c));
            writer.writeString(t.columnLabel(c));
        }
        for (int r = 0; r < t.rowCount(); ++r) {
            for (int c = 0; c < t.columnCount(); ++c)
                writer.writeInt(t.count(r, c));
        }
    }
    return writer.finish();
}

Result<AggregateReport> ReportBundle::decode(const QByteArray &payload)
{
    PayloadReader reader(payload, schema());
    AggregateReport report;
    report.from = QDate::fromString(reader.readString(16), Qt::ISODate);
    report.to = QDate::fromString(reader.readString(16), Qt::ISODate);
    if (!reader.ok())
        return reader.error();
    if (!report.from.isValid() || !report.to.isValid() || report.from > report.to)
        return payloadError(tr("its period is not a pair of dates in order"));
    const quint64 tables = reader.readCount(MaxTables);
    quint64 cells = 0;
    QSet<QString> tableKeys;
    for (quint64 i = 0; i < tables && reader.ok(); ++i) {
        AggregateTable t;
        t.key = reader.readString(MaxKeyBytes);
        t.title = DisplaySafe::singleLine(reader.readString(MaxLabelBytes));
        t.rowHeading = DisplaySafe::singleLine(reader.readString(MaxLabelBytes));
        t.columnHeading = DisplaySafe::singleLine(reader.readString(MaxLabelBytes));
        if (!reader.ok())
            break;
        if (tableKeys.contains(t.key))
            return payloadError(tr("the table %1 appears twice").arg(t.key.left(60)));
        tableKeys.insert(t.key);
        const quint64 rows = reader.readCount(MaxRows);
        for (quint64 r = 0; r < rows && reader.ok(); ++r) {
            const QString key = reader.readString(MaxKeyBytes);
            const QString label = DisplaySafe::singleLine(reader.readString(MaxLabelBytes));
            if (t.rowIndex(key) >= 0)
                return payloadError(tr("a row appears twice in the table %1").arg(t.key.left(60)));
            t.addRow(key, label);
        }
        const quint64 columns = reader.readCount(MaxColumns);
        for (quint64 c = 0; c < columns && reader.ok(); ++c) {
            const QString key = reader.readString(MaxKeyBytes);
            const QString label = DisplaySafe::singleLine(reader.readString(MaxLabelBytes));
            if (t.columnIndex(key) >= 0)
                return payloadError(tr("a column appears twice in the table %1").arg(t.key.left(60)));
            t.addColumn(key, label);
        }
        if (!reader.ok())
            break;
        cells += rows * columns;
        if (cells > MaxCells)
            return payloadError(tr("it holds more than %1 counts").arg(QLocale().toString(qint64(MaxCells))));
        for (quint64 r = 0; r < rows && reader.ok(); ++r) {
            for (quint64 c = 0; c < columns && reader.ok(); ++c) {
                const qint64 count = reader.readInt();
                if (reader.ok() && (count < 0 || quint64(count) > MaxCount))
                    return payloadError(tr("the table %1 holds a count that cannot be right").arg(t.key.left(60)));
                t.addAt(int(r), int(c), count);
            }
        }
        if (!reader.ok())
            break;
        if (const QString problem = t.problem(); !problem.isEmpty())
            return payloadError(problem);
        ReportTableText::label(t);
        report.tables.append(t);
    }
    if (Status s = reader.finish(); !s)
        return s.error();
    return report;
}

Result<QByteArray> ReportBundle::write(Vault &vault, const AggregateReport &raw, const Minisign::PublicKey &recipient)
{
    const QByteArray sealTo = x25519From(recipient.key);
    if (sealTo.isEmpty())
        return Error{ErrorCode::Invalid, tr("That is not a public key a report can be sealed to.")};
    auto secret = vault.deviceSecretKey();
    if (!secret)
        return secret.error();
    const SigningKey device = SigningKey::fromSecret(std::move(secret.value()));
    BundleHeader header;
    header.kind = BundleKind::Report;
    header.publisher = vault.deviceId();
    auto bundle = BundleFile::write(header, encode(raw), {device.keyId(), &device.secretKey()}, sealTo);
    if (!bundle)
        return bundle;
    auto parsed = BundleFile::authenticate(
        bundle.value(),
        [&](const QByteArray &, BundleKind) { return std::optional<QByteArray>(device.publicKey()); },
        QDateTime::currentSecsSinceEpoch());
    const QString bundleId = parsed ? parsed->header.bundleIdHex() : QString();
    if (Status s = vault.audit().append(
            AuditAction::ReportExported,
            bundleId,
            QStringLiteral("to=%1 %2").arg(Minisign::keyIdHex(recipient.keyId), raw.auditDetail()));
        !s)
        return s.error();
    return bundle;
}

ReportMerge::ReportMerge(Vault &vault)
    : m_vault(vault)
{}

Status ReportMerge::addFile(const QString &path)
{
    QFile file(path);
    BundleLimits limits;
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Couldn't open %1: %2").arg(path, file.errorString())};
    if (file.size() > limits.maxFileBytes)
        return Error{ErrorCode::BundleTooLarge, tr("%1 is too large to be a report.").arg(path)};
    return add(file.readAll());
}

Status ReportMerge::add(const QByteArray &bytes)
{
    TrustStore trust(m_vault.database(), m_vault.audit());
    BundleLimits limits;
    limits.maxFileBytes = qint64(64) << 20;
    limits.maxPlainBytes = qint64(64) << 20;
    auto bundle = BundleFile::authenticate(bytes, trust.lookup(), QDateTime::currentSecsSinceEpoch(), limits);
    if (!bundle)
        return bundle.error();
    const BundleHeader &header = bundle->header;
    if (header.kind != BundleKind::Report) {
        return Error{ErrorCode::BundleWrongKind,
                     tr("This is a %1, not an aggregate report.").arg(BundleKinds::displayName(header.kind))};
    }
    if (!header.encrypted()) {
        return Error{ErrorCode::BundleNotForThisDevice,
                     tr("This report is not sealed to this vault's key, and Waymark merges reports only sealed. "
                        "Ask the sender to export it again for this vault.")};
    }
    for (const MergedReportSource &source : std::as_const(m_sources)) {
        if (source.bundleId == header.bundleIdHex())
            return Error{ErrorCode::BundleAlreadyImported,
                         tr("This report is already in the merge. It was not added again.")};
    }
    auto secret = m_vault.deviceSecretKey();
    if (!secret)
        return secret.error();
    const SigningKey device = SigningKey::fromSecret(std::move(secret.value()));
    const SecureBytes encryptionSecret = device.encryptionSecretKey();
    auto payload = BundleFile::openPayload(bundle.value(), device.encryptionPublicKey(), &encryptionSecret, limits);
    if (!payload)
        return payload.error();
    auto report = ReportBundle::decode(payload.value());
    if (!report)
        return report.error();
    const QString signer = header.publisherKey();
    for (const MergedReportSource &source : std::as_const(m_sources)) {
        if (source.signer == signer && source.from <= report->to && report->from <= source.to)
            return Error{ErrorCode::BundleAlreadyImported,
                         tr("The merge already has a report from %1 for a period that overlaps this one (%2 to %3). "
                            "It was not added, so no one is counted twice.")
                             .arg(source.label,
                                  QLocale().toString(source.from, QLocale::ShortFormat),
                                  QLocale().toString(source.to, QLocale::ShortFormat))};
    }
    report->devices = {signer};
    m_sources.append({header.bundleIdHex(), signer, trust.labelOf(header.signerKeyId), report->from, report->to});
    m_reports.append(report.value());
    return {};
}

AggregateReport ReportMerge::sum(const QVector<AggregateReport> &reports)
{
    AggregateReport total;
    for (const AggregateReport &report : reports) {
        if (!total.from.isValid() || report.from < total.from)
            total.from = report.from;
        if (!total.to.isValid() || report.to > total.to)
            total.to = report.to;
        for (const QString &device : report.devices) {
            if (!total.devices.contains(device))
                total.devices.append(device);
        }
        for (const AggregateTable &table : report.tables) {
            AggregateTable *into = nullptr;
            for (AggregateTable &t : total.tables) {
                if (t.key == table.key)
                    into = &t;
            }
            if (!into) {
                AggregateTable fresh;
                fresh.key = table.key;
                fresh.title = table.title;
                fresh.rowHeading = table.rowHeading;
                fresh.columnHeading = table.columnHeading;
                total.tables.append(fresh);
                into = &total.tables.last();
            }
            for (int c = 0; c < table.columnCount(); ++c)
                into->addColumn(table.columnKeys().at(c), table.columnLabel(c));
            for (int r = 0; r < table.rowCount(); ++r) {
                const int row = into->addRow(table.rowKeys().at(r), table.rowLabel(r));
                for (int c = 0; c < table.columnCount(); ++c)
                    into->addAt(row, into->columnIndex(table.columnKeys().at(c)), table.count(r, c));
            }
        }
    }
    for (AggregateTable &t : total.tables) {
        // Months read in order, whichever device's report brought them; everything else by name.
        if (t.key == ReportTableKeys::PeopleByMonth)
            t.sortRowsByKey();
        else
            t.sortRowsByLabel();
        if (t.key == ReportTableKeys::SessionsByVenueMonth)
            t.sortColumnsByKey();
        ReportTableText::label(t);
    }
    total.createdAt = QDateTime::currentDateTimeUtc();
    total.scope = tr("Merged from %n devices", nullptr, int(total.devices.size()));
    return total;
}

Result<AggregateReport> ReportMerge::merged()
{
    if (m_reports.isEmpty())
        return Error{ErrorCode::Invalid, tr("Choose at least one report to merge.")};
    AggregateReport report = sum(m_reports);
    report.suppress();
    QStringList ids;
    for (const MergedReportSource &source : std::as_const(m_sources))
        ids.append(source.bundleId);
    if (Status s = m_vault.audit().append(AuditAction::ReportsMerged,
                                          {},
                                          QStringLiteral("bundles=%1 devices=%2 %3")
                                              .arg(ids.join(QLatin1Char(',')))
                                              .arg(report.devices.size())
                                              .arg(report.auditDetail()));
        !s)
        return s.error();
    return report;
}
