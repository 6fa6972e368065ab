#pragma once

#include <QString>
#include <QVector>

/** A row that parsed but failed a rule of its format. `message` is translated. */
struct RowProblem
{
    /** The row's line in the file, or its position (from 1) in formats without lines. */
    qint64 line = 0;
    /** The column or field at fault; empty when the problem is with the row as a whole. */
    QString column;
    QString message;
};

/**
 * The problems an importer finds while it checks every row of a file, so that all of them can be listed rather
 * than only the first. The list keeps at most `cap` problems, so a hostile file cannot grow it without bound;
 * the counts go on counting. Rows are checked in order, so problems on the same line as the one before count
 * as one bad row.
 */
class RowProblems
{
public:
    static constexpr int DefaultCap = 1000;

    explicit RowProblems(int cap = DefaultCap);

    void clear();
    void add(qint64 line, const QString &reason) { add(line, QString(), reason); }
    void add(qint64 line, const QString &column, const QString &reason);

    /** Every problem added, kept or not; compare before and after checking a row to see whether it was bad. */
    qint64 count() const { return m_count; }
    /** Rows with at least one problem. */
    qint64 rows() const { return m_rows; }
    bool isEmpty() const { return m_count == 0; }
    /** The first cap() problems, in the order they were added. */
    const QVector<RowProblem> &list() const { return m_list; }
    int cap() const { return m_cap; }
    /** rows() clamped for tr()'s `n`, so a file with billions of rows cannot overflow the plural. */
    int rowsForPlural() const;

    /**
     * `sentence`, already translated with its %n set from rowsForPlural(), with the first problem's line in %1,
     * column in %2 and reason in %3: each importer names its own file but words the summary the same way.
     */
    QString summary(const QString &sentence) const;

private:
    int m_cap;
    qint64 m_count = 0;
    qint64 m_rows = 0;
    qint64 m_lastLine = -1;
    QVector<RowProblem> m_list;
};
