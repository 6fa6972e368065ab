#include "model/matching/MatchResultsModel.h"

#include "model/matching/DistanceText.h"
#include "model/matching/MatchingContext.h"

#include <cmath>

MatchResultsModel::MatchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void MatchResultsModel::setResults(std::shared_ptr<const MatchingContext> context, QVector<MatchResult> results)
{
    beginResetModel();
    m_context = std::move(context);
    m_results = std::move(results);
    // Results without the vacancies they point into could not be shown.
    if (!m_context)
        m_results.clear();
    endResetModel();
}

void MatchResultsModel::clear()
{
    beginResetModel();
    m_results.clear();
    m_context.reset();
    endResetModel();
}

const MatchResult *MatchResultsModel::result(int row) const
{
    return row >= 0 && row < m_results.size() ? &m_results.at(row) : nullptr;
}

int MatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_results.size());
}

int MatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const MatchResult &result = m_results.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return text(result, row, index.column());
    case Qt::AccessibleTextRole:
        if (index.column() == RankColumn || index.column() == TitleColumn)
            return spoken(result, row);
        if (index.column() == ScoreColumn)
            return tr("Score %1 percent").arg(percent(result.score));
        return {};
    case ResultRole:
        return row;
    case ScoreRole:
        return result.score;
    case ContractRole:
        return int(m_context->index().entry(result.vacancy).contract);
    case VacancyIdRole:
        return m_context->index().entry(result.vacancy).id;
    default:
        return {};
    }
}

QVariant MatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case RankColumn:
        return tr("Rank");
    case ScoreColumn:
        return tr("Score");
    case TitleColumn:
        return tr("Vacancy");
    case EmployerColumn:
        return tr("Employer");
    case DistanceColumn:
        return tr("Distance");
    case HoursColumn:
        return tr("Hours");
    case ContractColumn:
        return tr("Contract");
    case ColumnCount:
        break;
    }
    return {};
}

QString MatchResultsModel::text(const MatchResult &result, int row, int column) const
{
    const VacancyIndex::Entry &entry = m_context->index().entry(result.vacancy);
    switch (Column(column)) {
    case RankColumn:
        return QString::number(row + 1);
    case ScoreColumn:
        return tr("%1%").arg(percent(result.score));
    case TitleColumn:
        return entry.title;
    case EmployerColumn:
        return entry.employer;
    case DistanceColumn:
        return result.distanceKm ? DistanceText::km(*result.distanceKm) : tr("Not known");
    case HoursColumn:
        return std::isnan(entry.hours) ? tr("Not stated") : tr("%1 a week").arg(double(entry.hours));
    case ContractColumn:
        return contractName(entry.contract);
    case ColumnCount:
        break;
    }
    return {};
}

QString MatchResultsModel::spoken(const MatchResult &result, int row) const
{
    const VacancyIndex::Entry &entry = m_context->index().entry(result.vacancy);
    return tr("Rank %1: %2 at %3, score %4 percent, %5, %6, %7")
        .arg(QString::number(row + 1),
             entry.title,
             entry.employer,
             QString::number(percent(result.score)),
             text(result, row, DistanceColumn),
             text(result, row, HoursColumn),
             text(result, row, ContractColumn));
}

int MatchResultsModel::percent(double fraction)
{
    return int(std::lround(fraction * 100));
}

QString MatchResultsModel::contractName(ContractType type)
{
    switch (type) {
    case ContractType::Permanent:
        return tr("Permanent");
    case ContractType::Temporary:
        return tr("Temporary");
    case ContractType::FixedTerm:
        return tr("Fixed term");
    case ContractType::Apprenticeship:
        return tr("Apprenticeship");
    case ContractType::ZeroHours:
        return tr("Zero hours");
    }
    return QString();
}
