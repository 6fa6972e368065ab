#include "AggregateTable.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <limits>
#include <numeric>

namespace
{
    using State = AggregateTable::CellState;
    constexpr qint64 Unbounded = qint64(1) << 50;

    /** One row or column of the extended table: its entries, the last being the line's total. */
    struct Line
    {
        QVector<std::pair<int, int>> entries;
    };

    QVector<Line> linesOf(int rows, int columns)
    {
        QVector<Line> lines;
        for (int r = 0; r <= rows; ++r) {
            Line line;
            for (int c = 0; c <= columns; ++c)
                line.entries.append({r, c});
            lines.append(line);
        }
        for (int c = 0; c <= columns; ++c) {
            Line line;
            for (int r = 0; r <= rows; ++r)
                line.entries.append({r, c});
            lines.append(line);
        }
        return lines;
    }

    /** Bridges of the graph whose nodes are the extended table's rows and columns and whose edges are the
     *  suppressed entries: an entry on no cycle is fixed by the line sums alone. */
    QVector<std::pair<int, int>> bridges(const QVector<QVector<State>> &states)
    {
        const int rows = int(states.size());
        const int columns = rows ? int(states.first().size()) : 0;
        struct Edge
        {
            int to;
            int id;
        };
        QVector<QVector<Edge>> adjacent(rows + columns);
        QVector<std::pair<int, int>> edges;
        for (int r = 0; r < rows; ++r) {
            for (int c = 0; c < columns; ++c) {
                if (states[r][c] == State::Shown)
                    continue;
                const int id = int(edges.size());
                edges.append({r, c});
                adjacent[r].append({rows + c, id});
                adjacent[rows + c].append({r, id});
            }
        }
        QVector<int> order(rows + columns, -1);
        QVector<int> low(rows + columns, 0);
        QVector<std::pair<int, int>> found;
        int counter = 0;
        std::function<void(int, int)> visit = [&](int node, int viaEdge) {
            order[node] = low[node] = counter++;
            for (const Edge &edge : std::as_const(adjacent[node])) {
                if (edge.id == viaEdge)
                    continue;
                if (order[edge.to] < 0) {
                    visit(edge.to, edge.id);
                    low[node] = std::min(low[node], low[edge.to]);
                    if (low[edge.to] > order[node])
                        found.append(edges[edge.id]);
                } else {
                    low[node] = std::min(low[node], order[edge.to]);
                }
            }
        };
        for (int node = 0; node < rows + columns; ++node) {
            if (order[node] < 0)
                visit(node, -1);
        }
        return found;
    }
    /**
     * What someone holding the table knows: shown entries exactly, each hidden one at least 1 (zeros are shown) and
     * a "fewer than 5" one at most 4, and that every row and column of the extended table sums to its last entry.
     * Finds hidden entries that knowledge fixes, by searching for another table that fits it (interval propagation
     * and backtracking over whole numbers, with a budget: an entry not shown to have another value in time counts
     * as fixed, so running out of time hides more, never less).
     */
    class Auditor
    {
    public:
        Auditor(const QVector<QVector<qint64>> &values, const QVector<QVector<State>> &states)
        {
            const int rows = int(values.size());
            const int columns = rows ? int(values.first().size()) : 0;
            // Every entry is at most the grand total; a reader who is not shown it knows no bound, so the search
            // gets a generous one.
            const qint64 grand = rows ? values[rows - 1][columns - 1] : 0;
            const qint64 bound =
                states[rows - 1][columns - 1] == State::Shown ? std::max<qint64>(grand, 1) : 4 * grand + 20;
            QVector<QVector<int>> index(rows, QVector<int>(columns, -1));
            for (int r = 0; r < rows; ++r) {
                for (int c = 0; c < columns; ++c) {
                    if (states[r][c] == State::Shown)
                        continue;
                    index[r][c] = int(m_truth.size());
                    m_cells.append({r, c});
                    m_truth.append(values[r][c]);
                    m_start.append({1, states[r][c] == State::Small ? AggregateTable::SmallNumber - 1 : bound});
                }
            }
            for (const Line &line : linesOf(rows - 1, columns - 1)) {
                QVector<std::pair<int, int>> vars;
                qint64 constant = 0;
                for (int i = 0; i < line.entries.size(); ++i) {
                    const int sign = i == line.entries.size() - 1 ? -1 : 1;
                    const auto [r, c] = line.entries[i];
                    if (index[r][c] >= 0)
                        vars.append({index[r][c], sign});
                    else
                        constant -= sign * values[r][c];
                }
                if (!vars.isEmpty()) {
                    m_lines.append(vars);
                    m_constants.append(constant);
                }
            }
        }

        /** A hidden entry the knowledge fixes, or (-1, -1). */
        std::pair<int, int> firstFixed()
        {
            QVector<bool> witnessed(m_truth.size(), false);
            for (int v = 0; v < m_truth.size(); ++v) {
                if (witnessed[v])
                    continue;
                m_budget = 20000;
                bool found = false;
                for (const auto &[low, high] :
                     {std::pair{m_start[v].first, m_truth[v] - 1}, std::pair{m_truth[v] + 1, m_start[v].second}}) {
                    if (found || low > high)
                        continue;
                    auto range = m_start;
                    range[v] = {low, high};
                    QVector<qint64> solution;
                    if (search(range, solution)) {
                        found = true;
                        for (int o = 0; o < solution.size(); ++o)
                            witnessed[o] = witnessed[o] || solution[o] != m_truth[o];
                    }
                }
                if (!found)
                    return m_cells[v];
            }
            return {-1, -1};
        }

    private:
        bool propagate(QVector<std::pair<qint64, qint64>> &range) const
        {
            bool changed = true;
            while (changed) {
                changed = false;
                for (int l = 0; l < m_lines.size(); ++l) {
                    qint64 low = 0;
                    qint64 high = 0;
                    for (const auto &[o, sign] : m_lines[l]) {
                        low += sign > 0 ? range[o].first : -range[o].second;
                        high += sign > 0 ? range[o].second : -range[o].first;
                    }
                    const qint64 k = m_constants[l];
                    for (const auto &[v, sign] : m_lines[l]) {
                        const qint64 ownLow = sign > 0 ? range[v].first : -range[v].second;
                        const qint64 ownHigh = sign > 0 ? range[v].second : -range[v].first;
                        const qint64 restLow = low - ownLow;
                        const qint64 restHigh = high - ownHigh;
                        const qint64 from = sign > 0 ? k - restHigh : restLow - k;
                        const qint64 to = sign > 0 ? k - restLow : restHigh - k;
                        if (from > range[v].first || to < range[v].second) {
                            range[v].first = std::max(range[v].first, from);
                            range[v].second = std::min(range[v].second, to);
                            if (range[v].first > range[v].second)
                                return false;
                            changed = true;
                        }
                    }
                }
            }
            return true;
        }

        bool search(QVector<std::pair<qint64, qint64>> range, QVector<qint64> &solution)
        {
            if (--m_budget < 0 || !propagate(range))
                return false;
            int pick = -1;
            for (int v = 0; v < range.size(); ++v) {
                if (range[v].first < range[v].second &&
                    (pick < 0 || range[v].second - range[v].first < range[pick].second - range[pick].first))
                    pick = v;
            }
            if (pick < 0) {
                solution.resize(range.size());
                for (int v = 0; v < range.size(); ++v)
                    solution[v] = range[v].first;
                return true;
            }
            for (qint64 value = range[pick].first; value <= range[pick].second && m_budget >= 0; ++value) {
                auto next = range;
                next[pick] = {value, value};
                if (search(next, solution))
                    return true;
            }
            return false;
        }

        QVector<std::pair<int, int>> m_cells;
        QVector<qint64> m_truth;
        QVector<std::pair<qint64, qint64>> m_start;
        QVector<QVector<std::pair<int, int>>> m_lines;
        QVector<qint64> m_constants;
        int m_budget = 0;
    };
} // namespace

int AggregateTable::addRow(const QString &key, const QString &label)
{
    if (const int existing = m_rowIndex.value(key, -1); existing >= 0)
        return existing;
    m_rowKeys.append(key);
    m_rowLabels.append(label);
    m_rowIndex.insert(key, int(m_rowKeys.size()) - 1);
    m_counts.append(QVector<qint64>(columnCount(), 0));
    m_states.clear();
    return int(m_rowKeys.size()) - 1;
}

int AggregateTable::addColumn(const QString &key, const QString &label)
{
    if (const int existing = m_columnIndex.value(key, -1); existing >= 0)
        return existing;
    m_columnKeys.append(key);
    m_columnLabels.append(label);
    m_columnIndex.insert(key, int(m_columnKeys.size()) - 1);
    for (QVector<qint64> &row : m_counts)
        row.append(0);
    m_states.clear();
    return int(m_columnKeys.size()) - 1;
}

void AggregateTable::add(
    const QString &rowKey, const QString &rowLabel, const QString &columnKey, const QString &columnLabel, qint64 count)
{
    const int column = addColumn(columnKey, columnLabel);
    addAt(addRow(rowKey, rowLabel), column, count);
}

void AggregateTable::addAt(int row, int column, qint64 count)
{
    if (row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return;
    m_counts[row][column] += count;
    m_states.clear();
}

void AggregateTable::sortRowsByKey()
{
    QVector<int> order(rowCount());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_rowKeys[a] < m_rowKeys[b]; });
    AggregateTable sorted;
    for (const int row : order)
        sorted.addRow(m_rowKeys[row], m_rowLabels[row]);
    m_rowKeys = sorted.m_rowKeys;
    m_rowLabels = sorted.m_rowLabels;
    m_rowIndex = sorted.m_rowIndex;
    QVector<QVector<qint64>> counts;
    for (const int row : order)
        counts.append(m_counts[row]);
    m_counts = counts;
    m_states.clear();
}

void AggregateTable::sortRowsByLabel()
{
    QVector<int> order(rowCount());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return QString::localeAwareCompare(m_rowLabels[a], m_rowLabels[b]) < 0;
    });
    QStringList keys;
    QStringList labels;
    QVector<QVector<qint64>> counts;
    for (const int row : order) {
        keys.append(m_rowKeys[row]);
        labels.append(m_rowLabels[row]);
        counts.append(m_counts[row]);
    }
    m_rowKeys = keys;
    m_rowLabels = labels;
    m_counts = counts;
    m_rowIndex.clear();
    for (int row = 0; row < m_rowKeys.size(); ++row)
        m_rowIndex.insert(m_rowKeys[row], row);
    m_states.clear();
}

void AggregateTable::sortColumnsByKey()
{
    QVector<int> order(columnCount());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return m_columnKeys[a] < m_columnKeys[b]; });
    QStringList keys;
    QStringList labels;
    for (const int column : order) {
        keys.append(m_columnKeys[column]);
        labels.append(m_columnLabels[column]);
    }
    for (QVector<qint64> &row : m_counts) {
        QVector<qint64> sorted;
        for (const int column : order)
            sorted.append(row[column]);
        row = sorted;
    }
    m_columnKeys = keys;
    m_columnLabels = labels;
    m_columnIndex.clear();
    for (int column = 0; column < m_columnKeys.size(); ++column)
        m_columnIndex.insert(m_columnKeys[column], column);
    m_states.clear();
}

qint64 AggregateTable::value(int row, int column) const
{
    const int rows = rowCount();
    const int columns = columnCount();
    if (row < 0 || row > rows || column < 0 || column > columns)
        return 0;
    qint64 sum = 0;
    for (int r = (row == rows ? 0 : row); r <= (row == rows ? rows - 1 : row); ++r) {
        for (int c = (column == columns ? 0 : column); c <= (column == columns ? columns - 1 : column); ++c)
            sum += m_counts[r][c];
    }
    return sum;
}

void AggregateTable::suppress()
{
    const int rows = rowCount();
    const int columns = columnCount();
    QVector<QVector<qint64>> values(rows + 1, QVector<qint64>(columns + 1, 0));
    m_states = QVector<QVector<State>>(rows + 1, QVector<State>(columns + 1, State::Shown));
    for (int r = 0; r <= rows; ++r) {
        for (int c = 0; c <= columns; ++c) {
            values[r][c] = value(r, c);
            if (values[r][c] > 0 && values[r][c] < SmallNumber)
                m_states[r][c] = State::Small;
        }
    }
    const QVector<Line> lines = linesOf(rows, columns);

    // Withholds the smallest non-zero entry shown in `line` (a cell before a total of the same size).
    auto withholdIn = [&](const Line &line) {
        int best = -1;
        for (int i = 0; i < line.entries.size(); ++i) {
            const auto [r, c] = line.entries[i];
            if (m_states[r][c] != State::Shown || values[r][c] == 0)
                continue;
            if (best < 0 || values[r][c] < values[line.entries[best].first][line.entries[best].second])
                best = i;
        }
        if (best < 0)
            return false;
        m_states[line.entries[best].first][line.entries[best].second] = State::Withheld;
        return true;
    };
    auto bounds = [&](int r, int c) {
        return m_states[r][c] == State::Small ? std::pair<qint64, qint64>{1, SmallNumber - 1}
                                              : std::pair<qint64, qint64>{1, Unbounded};
    };
    // Whether the line's own sum, with what is known of each suppressed entry, fixes one of them.
    auto pinsAnEntry = [&](const Line &line) {
        const int last = int(line.entries.size()) - 1;
        qint64 known = 0; // sum of suppressed cells minus a suppressed total
        QVector<std::pair<int, int>> hidden;
        QVector<int> signs;
        for (int i = 0; i <= last; ++i) {
            const auto [r, c] = line.entries[i];
            const int sign = i == last ? -1 : 1;
            if (m_states[r][c] == State::Shown) {
                known -= sign * values[r][c];
            } else {
                hidden.append({r, c});
                signs.append(sign);
            }
        }
        for (int e = 0; e < hidden.size(); ++e) {
            qint64 low = 0;
            qint64 high = 0;
            for (int o = 0; o < hidden.size(); ++o) {
                if (o == e)
                    continue;
                const auto [lo, hi] = bounds(hidden[o].first, hidden[o].second);
                low += signs[o] > 0 ? lo : -hi;
                high += signs[o] > 0 ? hi : -lo;
            }
            // signs[e] * x = known - others, others in [low, high]
            qint64 from = signs[e] > 0 ? known - high : low - known;
            qint64 to = signs[e] > 0 ? known - low : high - known;
            const auto [lo, hi] = bounds(hidden[e].first, hidden[e].second);
            from = std::max(from, lo);
            to = std::min(to, hi);
            if (from >= to)
                return true;
        }
        return false;
    };

    bool changed = true;
    while (changed) {
        changed = false;
        for (const Line &line : lines) {
            int hidden = 0;
            for (const auto &[r, c] : line.entries)
                hidden += m_states[r][c] != State::Shown ? 1 : 0;
            if (hidden == 0)
                continue;
            if ((hidden == 1 || pinsAnEntry(line)) && withholdIn(line))
                changed = true;
        }
        if (changed)
            continue;
        for (const auto &[r, c] : bridges(m_states)) {
            if (withholdIn(lines[r]) || withholdIn(lines[rows + 1 + c])) {
                changed = true;
                break;
            }
        }
        if (changed)
            continue;
        Line all;
        for (const Line &line : lines.mid(0, rows + 1))
            all.entries += line.entries;
        // A bridge whose own row and column have nothing left to withhold: withhold the smallest entry anywhere.
        if (!bridges(m_states).isEmpty()) {
            changed = withholdIn(all);
            continue;
        }
        // What the rules above miss (several lines' bounds together): ask the auditor.
        const auto [r, c] = Auditor(values, m_states).firstFixed();
        if (r < 0)
            break;
        changed = withholdIn(lines[r]) || withholdIn(lines[rows + 1 + c]) || withholdIn(all);
        // Nothing left to withhold, and "fewer than 5" itself gives the entry away (four hidden cells behind a total
        // under 5 are each 1): say "withheld" instead of "fewer than 5" for the totals of its row and column, which
        // is still true and no longer tells anyone they are under 5.
        QVector<std::pair<int, int>> candidates{{r, columns}, {rows, c}, {rows, columns}, {r, c}};
        for (int t = 0; t < rows; ++t)
            candidates.append({t, columns});
        for (int t = 0; t < columns; ++t)
            candidates.append({rows, t});
        candidates += all.entries;
        for (const auto &[tr, tc] : std::as_const(candidates)) {
            if (!changed && m_states[tr][tc] == State::Small) {
                m_states[tr][tc] = State::Withheld;
                changed = true;
            }
        }
    }
}

AggregateTable::CellState AggregateTable::state(int row, int column) const
{
    if (m_states.isEmpty() || row < 0 || row >= m_states.size() || column < 0 || column >= m_states[row].size())
        return CellState::Shown;
    return m_states[row][column];
}

QString AggregateTable::smallText()
{
    return tr("fewer than 5");
}

QString AggregateTable::withheldText()
{
    return tr("withheld");
}

QString AggregateTable::text(int row, int column) const
{
    switch (state(row, column)) {
    case CellState::Small:
        return smallText();
    case CellState::Withheld:
        return withheldText();
    case CellState::Shown:
        break;
    }
    return QLocale().toString(value(row, column));
}

qint64 AggregateTable::shownValue(int row, int column) const
{
    return shown(row, column) ? value(row, column) : -1;
}

QString AggregateTable::problem() const
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_.:-]{1,120}$"));
    if (!keyPattern.match(key).hasMatch())
        return tr("a table has no proper key");
    if (m_rowKeys.size() != m_rowLabels.size() || m_columnKeys.size() != m_columnLabels.size())
        return tr("the table %1 has labels that do not match its rows or columns").arg(key);
    for (const QVector<qint64> &row : m_counts) {
        if (row.size() != columnCount())
            return tr("the table %1 has rows of different lengths").arg(key);
        for (const qint64 count : row) {
            if (count < 0)
                return tr("the table %1 holds a negative count").arg(key);
        }
    }
    return {};
}
