#include "model/matching/PlaceGrid.h"

#include "model/matching/VacancyIndex.h"

#include <algorithm>
#include <cmath>

PlaceGrid::PlaceGrid(const VacancyIndex &index)
{
    const int n = index.size();
    const float *lat = index.latitudes();
    const float *lon = index.longitudes();
    double south = 90, north = -90, west = 180, east = -180;
    for (int v = 0; v < n; ++v) {
        if (std::isnan(lat[v]) || std::isnan(lon[v])) {
            m_unplaced.append(quint32(v));
            continue;
        }
        south = std::min(south, double(lat[v]));
        north = std::max(north, double(lat[v]));
        west = std::min(west, double(lon[v]));
        east = std::max(east, double(lon[v]));
    }
    if (m_unplaced.size() == n)
        return;
    m_south = south;
    m_west = west;
    m_latStep = std::max(CellDegrees, (north - south) / (MaxCells - 1));
    m_lonStep = std::max(CellDegrees, (east - west) / (MaxCells - 1));
    m_gridRows = std::min(MaxCells, int((north - south) / m_latStep) + 1);
    m_columns = std::min(MaxCells, int((east - west) / m_lonStep) + 1);
    auto cellOf = [&](int v) {
        const int r = std::clamp(int((double(lat[v]) - m_south) / m_latStep), 0, m_gridRows - 1);
        const int c = std::clamp(int((double(lon[v]) - m_west) / m_lonStep), 0, m_columns - 1);
        return r * m_columns + c;
    };
    // Counting sort by cell keeps each cell's vacancies in index order.
    m_cellStart.fill(0, qsizetype(m_gridRows) * m_columns + 1);
    for (int v = 0; v < n; ++v) {
        if (!std::isnan(lat[v]) && !std::isnan(lon[v]))
            ++m_cellStart[cellOf(v) + 1];
    }
    for (qsizetype i = 1; i < m_cellStart.size(); ++i)
        m_cellStart[i] += m_cellStart.at(i - 1);
    m_rows.resize(m_cellStart.last());
    QVector<quint32> next(m_cellStart.begin(), m_cellStart.end() - 1);
    for (int v = 0; v < n; ++v) {
        if (!std::isnan(lat[v]) && !std::isnan(lon[v]))
            m_rows[next[cellOf(v)]++] = quint32(v);
    }
}

void PlaceGrid::cellRange(const Box &box, int &rowFrom, int &rowTo, int &columnFrom, int &columnTo) const
{
    rowFrom = 0;
    rowTo = -1;
    columnFrom = 0;
    columnTo = -1;
    if (m_rows.isEmpty() || !(box.south <= box.north) || !(box.west <= box.east))
        return;
    const double top = (box.north - m_south) / m_latStep;
    const double bottom = (box.south - m_south) / m_latStep;
    const double left = (box.west - m_west) / m_lonStep;
    const double right = (box.east - m_west) / m_lonStep;
    if (top < 0 || bottom >= m_gridRows || right < 0 || left >= m_columns)
        return;
    rowFrom = std::max(0, int(std::floor(bottom)));
    rowTo = std::min(m_gridRows - 1, int(std::floor(top)));
    columnFrom = std::max(0, int(std::floor(left)));
    columnTo = std::min(m_columns - 1, int(std::floor(right)));
}

qint64 PlaceGrid::countNear(const Box &box) const
{
    int rowFrom = 0, rowTo = -1, columnFrom = 0, columnTo = -1;
    cellRange(box, rowFrom, rowTo, columnFrom, columnTo);
    qint64 count = 0;
    for (int r = rowFrom; r <= rowTo; ++r)
        count += m_cellStart.at(r * m_columns + columnTo + 1) - m_cellStart.at(r * m_columns + columnFrom);
    return count;
}
