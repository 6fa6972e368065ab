#pragma once

#include "model/core/Result.h"
#include "model/reports/AggregateTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

#include <memory>
#include <vector>

class AuditLog;
class Vault;

/**
 * An aggregate report (docs/reports.md): tables of counts for a period, with who made it and when. Counts are
 * kept raw until suppress() decides what may be shown; everything that shows or saves a report (text, JSON, CSV,
 * HTML for printing) shows only what suppression allows, so a report never names or singles out a person.
 */
class AggregateReport
{
    Q_DECLARE_TR_FUNCTIONS(AggregateReport)

public:
    QDate from;
    QDate to;
    /** What the counts cover, in words: "this device's vault" or "merged from 3 devices". */
    QString scope;
    /** The devices whose counts are in it, by device key id (never a name). */
    QStringList devices;
    QDateTime createdAt;
    QVector<AggregateTable> tables;

    const AggregateTable *table(const QString &key) const;
    /** Suppresses every table (AggregateTable::suppress). */
    void suppress();

    /** The suppression rule in words, stated in every report. */
    static QString ruleText();
    QString periodText() const;
    QString toText() const;
    QJsonObject toJson() const;
    /** One CSV for all tables: table, row, column, value as shown; defused (CsvWriter). */
    Status writeCsv(const QString &path) const;
    QByteArray csv() const;
    /** HTML for printing (DocumentRenderer), escaped. */
    QString toHtml() const;
    /** The audit detail: period and table keys with their sizes, never a label or a count. */
    QString auditDetail() const;
};

/** Builds some of a report's tables from the vault: one per concern (outreach, referrals, …). */
class ReportTableBuilder
{
public:
    virtual ~ReportTableBuilder() = default;
    virtual Result<QVector<AggregateTable>> build(Vault &vault, QDate from, QDate to) const = 0;
};

/**
 * Builds a suppressed report for a period from this vault, with the builders given (standardBuilders() for the
 * report Waymark shows), and audits it. Adding a table to every report is writing one ReportTableBuilder and
 * listing it in standardBuilders().
 */
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    explicit ReportBuilder(Vault &vault);
    ReportBuilder &add(std::unique_ptr<ReportTableBuilder> builder);
    /** The raw counts, not suppressed and not audited: what a report bundle carries, sealed. */
    Result<AggregateReport> buildRaw(QDate from, QDate to);
    /** The report as shown: built, suppressed and audited (ReportBuilt). */
    Result<AggregateReport> build(QDate from, QDate to);

    static std::vector<std::unique_ptr<ReportTableBuilder>> standardBuilders();
    static ReportBuilder standard(Vault &vault);

private:
    Vault &m_vault;
    std::vector<std::unique_ptr<ReportTableBuilder>> m_builders;
};
