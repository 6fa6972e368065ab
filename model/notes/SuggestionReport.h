#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class AuditLog;

/**
 * The Suggestions report (issue 17, part 2): over a period, for each tool and each kind of suggestion, how many
 * were shown, accepted unchanged, changed then accepted, and rejected; the median time from shown to decided;
 * and the share of acceptances that came within two seconds of the suggestion being shown. It is read from the
 * audit log alone (suggestion_shown and the decisions, SuggestionAuditDetail).
 *
 * Aggregate only: there is no row per coach, per device or per person, and no value, label or note text, so
 * the warnings below are about how suggestions are used in this vault, never about one person's decisions.
 * Counts from 1 to SmallNumber - 1 are shown as "<5" (text, JSON and CSV alike), and a median or a share is
 * left out when fewer than SmallNumber decisions carry a time, so a small group cannot be picked out.
 *
 * Rubber-stamping: when at least MinimumForWarning suggestions were decided and the accept rate, or the share
 * accepted within two seconds, is over its level (Settings, 90% and 50% by default), the report says so in
 * plain words.
 */
class SuggestionReport
{
    Q_DECLARE_TR_FUNCTIONS(SuggestionReport)

public:
    /** Counts below this (and above zero) are suppressed. */
    static constexpr int SmallNumber = 5;
    /** Fewer decisions than this say too little to warn about. */
    static constexpr int MinimumForWarning = 20;
    /** An acceptance this quick (milliseconds after shown) is a fast acceptance. */
    static constexpr qint64 FastAcceptMs = 2000;

    struct Options
    {
        QDate from;
        QDate to;
        int acceptWarningPercent = 90;
        int fastAcceptWarningPercent = 50;
    };

    struct Row
    {
        /** "notes" for suggestions from notes. */
        QString tool;
        /** The machine kind ("skill", "date"); empty for a tool's total. */
        QString kind;
        int shown = 0;
        int acceptedUnchanged = 0;
        int changed = 0;
        int rejected = 0;
        /** Decisions whose time from shown is known. */
        QVector<qint64> decisionMs;
        /** Acceptances whose time is known, and those under FastAcceptMs. */
        int timedAcceptances = 0;
        int fastAcceptances = 0;

        int decided() const { return acceptedUnchanged + changed + rejected; }
        std::optional<qint64> medianMs() const;
        /** Share of timed acceptances that were fast, 0..1; empty when too few to say. */
        std::optional<double> fastShare() const;
        /** Share of decided suggestions that were accepted, 0..1; empty when none were decided. */
        std::optional<double> acceptRate() const;
    };

    static Result<SuggestionReport> build(const AuditLog &audit, const Options &options);

    const Options &options() const { return m_options; }
    /** One row per tool and kind, with a total row per tool after its kinds (kind empty). */
    const QVector<Row> &rows() const { return m_rows; }
    /** Every tool together. */
    const Row &total() const { return m_total; }
    /** The rubber-stamping warnings, translated whole sentences; empty when none applies. */
    QStringList warnings() const;

    /** A count as shown: "0", "<5" or the number. */
    static QString countText(int count);
    static QString toolLabel(const QString &tool);
    static QString kindLabel(const QString &kind);
    /** The column headings, translated, in the order of cells(). */
    static QStringList headings();
    /** One row's cells as shown everywhere (suppressed, rounded). */
    QStringList cells(const Row &row) const;

    QString toText() const;
    QJsonObject toJson() const;
    /** Writes the table (headings, rows, total) through the CSV writer that defuses formulas. */
    Status writeCsv(const QString &path) const;

private:
    Options m_options;
    QVector<Row> m_rows;
    Row m_total;
};
