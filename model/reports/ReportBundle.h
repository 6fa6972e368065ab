#pragma once

#include "model/core/Result.h"
#include "model/crypto/Minisign.h"
#include "model/reports/AggregateReport.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QVector>

class Vault;

/**
 * `report` bundles (docs/reports.md, docs/bundles.md): one device's exact counts for a period, signed by the device
 * and sealed to the admin's key with the recipient encryption caseload bundles use, so the admin's merge can add
 * exact numbers before suppressing while no one who finds the file can read a small count. The payload holds
 * tables of counts with their row and column keys and labels (venues, partners, months, outcomes) and nothing
 * about a person: no names, no ids of people, no notes.
 */
class ReportBundle
{
    Q_DECLARE_TR_FUNCTIONS(ReportBundle)

public:
    static constexpr quint64 MaxTables = 64;
    static constexpr quint64 MaxRows = 5000;
    static constexpr quint64 MaxColumns = 400;
    static constexpr quint64 MaxCells = 200'000;
    static constexpr quint64 MaxCount = 1'000'000'000;
    static constexpr int MaxKeyBytes = 240;
    static constexpr int MaxLabelBytes = 800;

    static QByteArray schema() { return QByteArrayLiteral("report/1"); }
    static QByteArray encode(const AggregateReport &raw);
    /** Reads a payload as hostile: bounded, every table checked; refuses the whole payload on any fault. */
    static Result<AggregateReport> decode(const QByteArray &payload);

    /** Signs `raw` with this vault's device key, sealed to `recipient` (the admin's vault key); audited. */
    static Result<QByteArray> write(Vault &vault, const AggregateReport &raw, const Minisign::PublicKey &recipient);
};

/** One report bundle taken into a merge. */
struct MergedReportSource
{
    QString bundleId;
    QString signer; // key id as minisign prints it
    QString label;  // the name this vault gave the signer's key when trusting it
    QDate from;
    QDate to;
};

/**
 * Merges report bundles from many devices in an admin's vault: each must be signed by a key this vault trusts for
 * reports and sealed to this vault's key. Tables are matched by key and rows and columns by their keys, the exact
 * counts summed, and suppression applied to the sum. The same bundle twice, or two reports from one device whose
 * periods overlap, are refused (they would count people twice).
 */
class ReportMerge
{
    Q_DECLARE_TR_FUNCTIONS(ReportMerge)

public:
    explicit ReportMerge(Vault &vault);

    Status add(const QByteArray &bundle);
    Status addFile(const QString &path);
    const QVector<MergedReportSource> &sources() const { return m_sources; }

    /** The sum of what was added, suppressed, and audited (ReportsMerged). */
    Result<AggregateReport> merged();
    /** The exact sum of raw reports, not suppressed: tables by key, rows and columns by key. */
    static AggregateReport sum(const QVector<AggregateReport> &reports);

private:
    Vault &m_vault;
    QVector<MergedReportSource> m_sources;
    QVector<AggregateReport> m_reports;
};
