#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * One table of counts in an aggregate report (docs/reports.md): rows and columns each have a stable key (a partner
 * id, a venue, a month "2026-03", an outcome key), which a merge matches on, and a label in the language of the
 * device that built it, which is only shown. Row totals, column totals and the grand total are derived.
 *
 * suppress() decides what may be shown. Cells and totals are addressed together as an extended table: row
 * `rowCount()` holds the column totals, column `columnCount()` the row totals, and their corner the grand total.
 */
class AggregateTable
{
    Q_DECLARE_TR_FUNCTIONS(AggregateTable)

public:
    /** Counts from 1 to SmallNumber - 1 are never shown. */
    static constexpr qint64 SmallNumber = 5;

    enum class CellState
    {
        Shown,
        /** A count from 1 to 4: shown as "fewer than 5". */
        Small,
        /** Withheld so that a small count cannot be worked out from the totals (secondary suppression). */
        Withheld,
    };

    QString key;
    QString title;
    QString rowHeading;
    QString columnHeading;

    int rowCount() const { return int(m_rowKeys.size()); }
    int columnCount() const { return int(m_columnKeys.size()); }
    const QStringList &rowKeys() const { return m_rowKeys; }
    const QStringList &columnKeys() const { return m_columnKeys; }
    QString rowLabel(int row) const { return m_rowLabels.value(row); }
    QString columnLabel(int column) const { return m_columnLabels.value(column); }
    int rowIndex(const QString &key) const { return m_rowIndex.value(key, -1); }
    int columnIndex(const QString &key) const { return m_columnIndex.value(key, -1); }

    void setRowLabel(int row, const QString &label)
    {
        if (row >= 0 && row < m_rowLabels.size())
            m_rowLabels[row] = label;
    }
    void setColumnLabel(int column, const QString &label)
    {
        if (column >= 0 && column < m_columnLabels.size())
            m_columnLabels[column] = label;
    }
    /** Adds a row (or returns the one with that key); its label is kept from the first time. */
    int addRow(const QString &key, const QString &label);
    int addColumn(const QString &key, const QString &label);
    /** Adds `count` to a cell, making its row and column when new. */
    void add(const QString &rowKey,
             const QString &rowLabel,
             const QString &columnKey,
             const QString &columnLabel,
             qint64 count);
    void addAt(int row, int column, qint64 count);
    /** Sorts rows by key (months and ids read in order); keeps counts with their rows. */
    void sortRowsByKey();
    void sortRowsByLabel();
    /** Sorts columns by key (months from several reports read in order). */
    void sortColumnsByKey();

    /** The raw count in the extended table (a cell, a row or column total, or the grand total). */
    qint64 value(int row, int column) const;
    qint64 count(int row, int column) const { return m_counts.value(row).value(column); }

    /**
     * Applies small-number suppression: counts from 1 to 4 (cells and totals) are Small; then, until nothing
     * changes, another entry is Withheld wherever a row or column of the extended table (cells with their total)
     * would let a suppressed entry be worked out: a line with only one suppressed entry, a line whose known sum
     * pins a suppressed entry (everything suppressed is at least 1, and a Small one at most 4), or an entry that no
     * cycle of suppressed entries runs through (then the line sums alone fix it). The entry withheld is the
     * smallest non-zero one shown in that line. Last, an auditor plays the reader (knowing all that, and every row
     * and column sum) and searches for another table that fits; an entry it finds fixed gets another entry withheld
     * beside it, or, when nothing is left to withhold, a "fewer than 5" near it is said as "withheld" instead.
     * Zero is always shown: it identifies no one.
     */
    void suppress();
    bool isSuppressed() const { return !m_states.isEmpty(); }
    CellState state(int row, int column) const;
    bool shown(int row, int column) const { return state(row, column) == CellState::Shown; }
    /** An entry as shown: the number, "fewer than 5" or "withheld" (before suppress(), the number). */
    QString text(int row, int column) const;
    /** A shown value, or -1 when suppressed (for charts: a suppressed entry draws nothing). */
    qint64 shownValue(int row, int column) const;

    /** What is wrong with a table that arrived from elsewhere, in words; empty when nothing is. */
    QString problem() const;

    static QString smallText();
    static QString withheldText();

private:
    QStringList m_rowKeys;
    QStringList m_rowLabels;
    QStringList m_columnKeys;
    QStringList m_columnLabels;
    QHash<QString, int> m_rowIndex;
    QHash<QString, int> m_columnIndex;
    QVector<QVector<qint64>> m_counts;
    QVector<QVector<CellState>> m_states; // extended: (rows + 1) x (columns + 1), empty until suppress()
};
