#pragma once

#include "model/youth/YouthGuarantee.h"

#include <QAbstractTableModel>

/**
 * The youth guarantee list as a table (YouthGuarantee::list, in its order). Overdue rows say so in words in the
 * status column ("Overdue by 12 days"), so colour is never needed to read them; OverdueRole lets the view add it.
 */
class YouthGuaranteeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        AgeColumn,
        ActivityColumn,
        SinceColumn,
        StartColumn,
        DueColumn,
        OfferColumn,
        StatusColumn,
        ColumnCount,
    };
    enum Roles
    {
        PersonIdRole = Qt::UserRole + 1,
        /** int(YouthStatus) */
        StatusRole,
        OverdueRole,
    };

    explicit YouthGuaranteeModel(QObject *parent = nullptr);

    void setEntries(QVector<YouthEntry> entries, QDate asAt);
    const QVector<YouthEntry> &entries() const { return m_entries; }
    const YouthEntry *entryAt(int row) const;
    QDate asAt() const { return m_asAt; }

    /** The status in words: "Overdue by 12 days", "Not yet due: 30 days left", "Offered in time", … */
    static QString statusText(const YouthEntry &entry, QDate asAt);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<YouthEntry> m_entries;
    QDate m_asAt;
};
