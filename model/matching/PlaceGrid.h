#pragma once

#include <QVector>

class VacancyIndex;

/**
 * The index's vacancies by place, in cells of a coarse latitude/longitude grid, so a query with a travel
 * limit can visit only the vacancies near the person rather than every vacancy asking for one of their
 * skills. Vacancies without a place are kept apart: no travel limit rules them out. The grid is at most
 * MaxCells a side whatever the coordinates, so hostile ones cannot make it large.
 */
class PlaceGrid
{
public:
    static constexpr double CellDegrees = 0.1;
    static constexpr int MaxCells = 512;

    explicit PlaceGrid(const VacancyIndex &index);

    /** A box of latitudes and longitudes, in degrees. */
    struct Box
    {
        double south = 0;
        double north = 0;
        double west = 0;
        double east = 0;
    };

    /** How many placed vacancies lie in the cells the box touches (more than lie in the box itself). */
    qint64 countNear(const Box &box) const;
    /** Calls `visit(row)` for each placed vacancy in the cells the box touches, cell by cell. */
    template <typename Visit>
    void visitNear(const Box &box, Visit visit) const
    {
        int rowFrom = 0, rowTo = -1, columnFrom = 0, columnTo = -1;
        cellRange(box, rowFrom, rowTo, columnFrom, columnTo);
        for (int r = rowFrom; r <= rowTo; ++r) {
            const int first = r * m_columns;
            const quint32 *begin = m_rows.constData() + m_cellStart.at(first + columnFrom);
            const quint32 *end = m_rows.constData() + m_cellStart.at(first + columnTo + 1);
            for (const quint32 *it = begin; it != end; ++it)
                visit(int(*it));
        }
    }
    /** Vacancies with no place. */
    const QVector<quint32> &unplaced() const { return m_unplaced; }
    bool isEmpty() const { return m_rows.isEmpty(); }

private:
    void cellRange(const Box &box, int &rowFrom, int &rowTo, int &columnFrom, int &columnTo) const;

    double m_south = 0;
    double m_west = 0;
    double m_latStep = CellDegrees;
    double m_lonStep = CellDegrees;
    int m_gridRows = 0;
    int m_columns = 0;
    QVector<quint32> m_cellStart; // per cell, row-major, plus one: where its vacancies begin in m_rows
    QVector<quint32> m_rows;      // vacancies, ordered by cell then by index
    QVector<quint32> m_unplaced;
};
