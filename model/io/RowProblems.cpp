#include "model/io/RowProblems.h"

#include <algorithm>
#include <limits>

RowProblems::RowProblems(int cap)
    : m_cap(std::max(cap, 0))
{}

void RowProblems::clear()
{
    m_count = 0;
    m_rows = 0;
    m_lastLine = -1;
    m_list.clear();
}

void RowProblems::add(qint64 line, const QString &column, const QString &reason)
{
    ++m_count;
    if (line != m_lastLine || m_rows == 0)
        ++m_rows;
    m_lastLine = line;
    if (m_list.size() < m_cap)
        m_list.append(RowProblem{line, column, reason});
}

int RowProblems::rowsForPlural() const
{
    return int(std::min<qint64>(m_rows, std::numeric_limits<int>::max()));
}

QString RowProblems::summary(const QString &sentence) const
{
    if (m_list.isEmpty())
        return sentence;
    const RowProblem &first = m_list.first();
    return sentence.arg(first.line).arg(first.column, first.message);
}
