#pragma once

#include "model/matching/Matcher.h"
#include "model/matching/Vacancy.h"

#include <QAbstractTableModel>
#include <QVector>

#include <memory>

class MatchingContext;

/**
 * The vacancies ranked for one person, a row each, best first: rank, score, title, employer, distance, hours and
 * contract as text, and what a view needs to draw or act on through roles (the score as a fraction for a bar, the
 * contract, the vacancy's id). The context is kept so the rows' vacancies stay valid while they are shown.
 */
class MatchResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RankColumn,
        ScoreColumn,
        TitleColumn,
        EmployerColumn,
        DistanceColumn,
        HoursColumn,
        ContractColumn,
        ColumnCount,
    };

    enum Roles
    {
        /** The row's position in results(), on every column. */
        ResultRole = Qt::UserRole + 1,
        /** The score as a fraction in [0, 1]. */
        ScoreRole,
        /** The contract type as an int (ContractType). */
        ContractRole,
        VacancyIdRole,
    };

    explicit MatchResultsModel(QObject *parent = nullptr);

    /** Shows `results`, which index into `context`'s vacancies. */
    void setResults(std::shared_ptr<const MatchingContext> context, QVector<MatchResult> results);
    void clear();

    const QVector<MatchResult> &results() const { return m_results; }
    /** The result on `row`, or null when there is none. */
    const MatchResult *result(int row) const;
    /** The context the results index into; null when there are none. */
    const std::shared_ptr<const MatchingContext> &context() const { return m_context; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** A fraction in [0, 1] as a whole percentage, as scores are shown everywhere. */
    static int percent(double fraction);
    /** The contract type in words, translated. */
    static QString contractName(ContractType type);

private:
    QString text(const MatchResult &result, int row, int column) const;
    QString spoken(const MatchResult &result, int row) const;

    std::shared_ptr<const MatchingContext> m_context;
    QVector<MatchResult> m_results;
};
