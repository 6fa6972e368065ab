#pragma once

#include "model/vault/Record.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <array>

/**
 * The caseload as a table: one row per person, from PersonSummary. Holds a folded search key and a
 * sort key per row so filtering and sorting 10,000 people per keystroke needs no QVariant work.
 */
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        NiNumberColumn,
        PostcodeColumn,
        StatusColumn,
        OwnerColumn,
        NextAppointmentColumn,
        ColumnCount,
    };

    enum Role
    {
        PersonIdRole = Qt::UserRole + 1,
        SearchKeyRole,
        StatusRole,
        OwnerRole,
        NextAppointmentRole,
        LastNoteRole,
        PreferredLanguageRole,
    };

    explicit CaseListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Replaces everything (a full reload, e.g. at unlock). */
    void setPeople(QVector<PersonSummary> people);
    /** Adds the person or refreshes their row. */
    void upsert(const PersonSummary &person);
    void removePerson(const QString &personId);
    /** Forgets every person (at lock): no name, count or preview remains in memory here. */
    void clear();

    int rowOf(const QString &personId) const;
    const PersonSummary &personAt(int row) const { return m_people.at(row); }
    const QString &searchKeyAt(int row) const { return m_searchKeys.at(row); }
    /** A string that sorts the given column correctly (dates as ISO, names family-first, folded). */
    const QString &sortKeyAt(int row, int column) const;
    /**
     * The row's position when the column is sorted by sortKeyAt (ties broken by name), computed once per
     * change of the data, so re-sorting after each keystroke compares integers, not strings.
     */
    int sortRankAt(int row, int column) const;
    QStringList owners() const;

private:
    void computeKeys(int row);
    QVector<PersonSummary> m_people;
    QVector<QString> m_searchKeys;
    QVector<std::array<QString, ColumnCount>> m_sortKeys;
    mutable std::array<QVector<int>, ColumnCount> m_sortRanks; // empty until first asked for, after a change
    QHash<QString, int> m_rowById;
};
