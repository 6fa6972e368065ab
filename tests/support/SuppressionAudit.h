#pragma once

// An attacker's view of a suppressed table, for tests: every entry shown is known exactly, every suppressed entry
// is known to be at least 1 (zeros are shown), a "fewer than 5" one at most 4, and every row and column of the
// extended table sums to its total. recoverable() searches for another integer table that fits all of that with a
// different value in the entry; when there is none, the entry could be worked out exactly.
#include "model/reports/AggregateTable.h"

#include <QVector>

#include <algorithm>
#include <functional>

namespace SuppressionAudit
{
    struct System
    {
        struct Var
        {
            int row;
            int column;
            qint64 low;
            qint64 high;
            qint64 truth;
        };
        QVector<Var> vars;
        // Each line: the variables in it with their sign, and the constant they must sum to.
        QVector<QVector<std::pair<int, int>>> lines;
        QVector<qint64> constants;
    };

    inline System systemOf(const AggregateTable &t)
    {
        System s;
        const int rows = t.rowCount();
        const int columns = t.columnCount();
        // Every entry is at most the grand total when it is shown; when it is hidden, no bound is known, and a
        // generous one stands in for none.
        const qint64 grand = t.value(rows, columns);
        const qint64 bound = t.shown(rows, columns) ? std::max<qint64>(grand, 1) : 4 * grand + 20;
        QVector<QVector<int>> index(rows + 1, QVector<int>(columns + 1, -1));
        for (int r = 0; r <= rows; ++r) {
            for (int c = 0; c <= columns; ++c) {
                const auto state = t.state(r, c);
                if (state == AggregateTable::CellState::Shown)
                    continue;
                index[r][c] = int(s.vars.size());
                s.vars.append({r, c, 1, state == AggregateTable::CellState::Small ? 4 : bound, t.value(r, c)});
            }
        }
        auto addLine = [&](const QVector<std::pair<int, int>> &entries) {
            QVector<std::pair<int, int>> vars;
            qint64 constant = 0;
            for (int i = 0; i < entries.size(); ++i) {
                const int sign = i == entries.size() - 1 ? -1 : 1;
                const auto [r, c] = entries[i];
                if (index[r][c] >= 0)
                    vars.append({index[r][c], sign});
                else
                    constant -= sign * t.value(r, c);
            }
            s.lines.append(vars);
            s.constants.append(constant);
        };
        for (int r = 0; r <= rows; ++r) {
            QVector<std::pair<int, int>> entries;
            for (int c = 0; c <= columns; ++c)
                entries.append({r, c});
            addLine(entries);
        }
        for (int c = 0; c <= columns; ++c) {
            QVector<std::pair<int, int>> entries;
            for (int r = 0; r <= rows; ++r)
                entries.append({r, c});
            addLine(entries);
        }
        return s;
    }

    /** Narrows every variable's range by every line until nothing changes; false when a range empties. */
    inline bool propagate(const System &s, QVector<std::pair<qint64, qint64>> &range)
    {
        bool changed = true;
        while (changed) {
            changed = false;
            for (int l = 0; l < s.lines.size(); ++l) {
                const auto &line = s.lines[l];
                for (const auto &[v, sign] : line) {
                    qint64 low = 0;
                    qint64 high = 0;
                    for (const auto &[o, osign] : line) {
                        if (o == v)
                            continue;
                        low += osign > 0 ? range[o].first : -range[o].second;
                        high += osign > 0 ? range[o].second : -range[o].first;
                    }
                    const qint64 k = s.constants[l];
                    const qint64 from = sign > 0 ? k - high : low - k;
                    const qint64 to = sign > 0 ? k - low : high - k;
                    if (from > range[v].first) {
                        range[v].first = from;
                        changed = true;
                    }
                    if (to < range[v].second) {
                        range[v].second = to;
                        changed = true;
                    }
                    if (range[v].first > range[v].second)
                        return false;
                }
            }
        }
        return true;
    }

    inline bool feasible(const System &s, QVector<std::pair<qint64, qint64>> range)
    {
        if (!propagate(s, range))
            return false;
        int pick = -1;
        for (int v = 0; v < range.size(); ++v) {
            if (range[v].first < range[v].second &&
                (pick < 0 || range[v].second - range[v].first < range[pick].second - range[pick].first))
                pick = v;
        }
        if (pick < 0)
            return true; // every variable fixed and every line holds
        for (qint64 value = range[pick].first; value <= range[pick].second; ++value) {
            auto next = range;
            next[pick] = {value, value};
            if (feasible(s, next))
                return true;
        }
        return false;
    }

    /** Whether the suppressed entry (row, column) of the extended table could be worked out exactly. */
    inline bool recoverable(const AggregateTable &t, int row, int column)
    {
        const System s = systemOf(t);
        int target = -1;
        QVector<std::pair<qint64, qint64>> range;
        for (int v = 0; v < s.vars.size(); ++v) {
            range.append({s.vars[v].low, s.vars[v].high});
            if (s.vars[v].row == row && s.vars[v].column == column)
                target = v;
        }
        if (target < 0)
            return true; // shown
        const qint64 truth = s.vars[target].truth;
        for (qint64 value = s.vars[target].low; value <= s.vars[target].high; ++value) {
            if (value == truth)
                continue;
            auto fixed = range;
            fixed[target] = {value, value};
            if (feasible(s, fixed))
                return false;
        }
        return true;
    }

    /** Whether any suppressed entry could be worked out, or any count from 1 to 4 is shown. */
    inline QString firstLeak(const AggregateTable &t)
    {
        for (int r = 0; r <= t.rowCount(); ++r) {
            for (int c = 0; c <= t.columnCount(); ++c) {
                const qint64 v = t.value(r, c);
                if (t.shown(r, c)) {
                    if (v > 0 && v < AggregateTable::SmallNumber)
                        return QStringLiteral("%1: %2,%3 shows %4").arg(t.key).arg(r).arg(c).arg(v);
                } else if (recoverable(t, r, c)) {
                    return QStringLiteral("%1: %2,%3 (%4) can be worked out").arg(t.key).arg(r).arg(c).arg(v);
                }
            }
        }
        return {};
    }
} // namespace SuppressionAudit
