#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

class CaseListModel;

/**
 * Filters and sorts the caseload: type-ahead search over names, NI number and postcode (case- and
 * accent-insensitive; every word typed must match), open/closed, owner, and appointments due soon.
 */
class CaseFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        All,
        Open,
        Closed,
    };

    explicit CaseFilterProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    void setSearchText(const QString &text);
    void setStatusFilter(StatusFilter filter);
    /** Empty for everyone's cases. */
    void setOwnerFilter(const QString &owner);
    /** Only people with a planned appointment within `days` of today; a negative value turns this off. */
    void setAppointmentDueWithin(int days);
    /** For tests: pretend today is `date`. */
    void setToday(const QDate &date);

    QString searchText() const { return m_searchText; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    const CaseListModel *m_cases = nullptr;
    QString m_searchText;
    QStringList m_terms;
    StatusFilter m_status = StatusFilter::All;
    QString m_owner;
    int m_dueWithinDays = -1;
    QDate m_today;
    QString m_dueLimit;
};
