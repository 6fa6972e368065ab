#include "model/caseload/CaseListModel.h"

#include "model/core/DateText.h"
#include "model/core/TextFolding.h"
#include "model/core/Validators.h"

#include <QSet>

#include <algorithm>
#include <numeric>

CaseListModel::CaseListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int CaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_people.size());
}

int CaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PersonSummary &p = m_people.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case NameColumn:
            return p.displayName();
        case NiNumberColumn:
            return Validators::formatNiNumber(p.niNumber);
        case PostcodeColumn:
            return p.postcode;
        case StatusColumn:
            return p.status == QLatin1String("closed") ? tr("Closed") : tr("Open");
        case OwnerColumn:
            return p.owner;
        case NextAppointmentColumn:
            return DateText::fromStored(p.nextAppointment);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !p.preferredName.isEmpty())
            return tr("Known as %1").arg(p.preferredName);
        return {};
    case PersonIdRole:
        return p.id;
    case SearchKeyRole:
        return m_searchKeys.at(index.row());
    case StatusRole:
        return p.status;
    case OwnerRole:
        return p.owner;
    case NextAppointmentRole:
        return p.nextAppointment;
    case LastNoteRole:
        return p.lastNote;
    case PreferredLanguageRole:
        return p.preferredLanguage;
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case NiNumberColumn:
        return tr("NI number");
    case PostcodeColumn:
        return tr("Postcode");
    case StatusColumn:
        return tr("Status");
    case OwnerColumn:
        return tr("Owner");
    case NextAppointmentColumn:
        return tr("Next appointment");
    }
    return {};
}

void CaseListModel::computeKeys(int row)
{
    for (QVector<int> &ranks : m_sortRanks)
        ranks.clear();
    const PersonSummary &p = m_people.at(row);
    // Names, preferred name, NI number (with and without spaces) and postcode (with and without its space).
    m_searchKeys[row] =
        TextFolding::fold(p.givenName + QLatin1Char(' ') + p.familyName + QLatin1Char(' ') + p.preferredName +
                          QLatin1Char(' ') + p.familyName + QLatin1Char(' ') + p.givenName + QLatin1Char(' ') +
                          p.niNumber + QLatin1Char(' ') + Validators::formatNiNumber(p.niNumber) + QLatin1Char(' ') +
                          p.postcode + QLatin1Char(' ') + QString(p.postcode).remove(QLatin1Char(' ')));
    auto &keys = m_sortKeys[row];
    keys[NameColumn] = TextFolding::fold(p.familyName + QLatin1Char('\x01') + p.givenName);
    keys[NiNumberColumn] = p.niNumber;
    keys[PostcodeColumn] = p.postcode;
    keys[StatusColumn] = p.status;
    keys[OwnerColumn] = TextFolding::fold(p.owner);
    // People with no appointment sort after everyone who has one.
    keys[NextAppointmentColumn] = p.nextAppointment.isEmpty() ? QStringLiteral("~") : p.nextAppointment;
}

const QString &CaseListModel::sortKeyAt(int row, int column) const
{
    return m_sortKeys.at(row)[column];
}

int CaseListModel::sortRankAt(int row, int column) const
{
    QVector<int> &ranks = m_sortRanks[column];
    if (ranks.size() != m_people.size()) {
        QVector<int> order(m_people.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [this, column](int a, int b) {
            const int byColumn = m_sortKeys.at(a)[column].compare(m_sortKeys.at(b)[column]);
            if (byColumn != 0)
                return byColumn < 0;
            const int byName = m_sortKeys.at(a)[NameColumn].compare(m_sortKeys.at(b)[NameColumn]);
            return byName != 0 ? byName < 0 : a < b;
        });
        ranks.resize(m_people.size());
        for (int position = 0; position < order.size(); ++position)
            ranks[order.at(position)] = position;
    }
    return ranks.at(row);
}

void CaseListModel::setPeople(QVector<PersonSummary> people)
{
    beginResetModel();
    m_people = std::move(people);
    m_searchKeys.resize(m_people.size());
    m_sortKeys.resize(m_people.size());
    m_rowById.clear();
    for (int row = 0; row < m_people.size(); ++row) {
        computeKeys(row);
        m_rowById.insert(m_people.at(row).id, row);
    }
    endResetModel();
}

void CaseListModel::upsert(const PersonSummary &person)
{
    const int row = rowOf(person.id);
    if (row >= 0) {
        m_people[row] = person;
        computeKeys(row);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = int(m_people.size());
    beginInsertRows({}, newRow, newRow);
    m_people.append(person);
    m_searchKeys.append(QString());
    m_sortKeys.append(std::array<QString, ColumnCount>());
    computeKeys(newRow);
    m_rowById.insert(person.id, newRow);
    endInsertRows();
}

void CaseListModel::removePerson(const QString &personId)
{
    const int row = rowOf(personId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_people.removeAt(row);
    m_searchKeys.removeAt(row);
    m_sortKeys.removeAt(row);
    for (QVector<int> &ranks : m_sortRanks)
        ranks.clear();
    m_rowById.clear();
    for (int r = 0; r < m_people.size(); ++r)
        m_rowById.insert(m_people.at(r).id, r);
    endRemoveRows();
}

void CaseListModel::clear()
{
    beginResetModel();
    m_people.clear();
    m_people.squeeze();
    m_searchKeys.clear();
    m_searchKeys.squeeze();
    m_sortKeys.clear();
    m_sortKeys.squeeze();
    for (QVector<int> &ranks : m_sortRanks)
        ranks.clear();
    m_rowById.clear();
    endResetModel();
}

int CaseListModel::rowOf(const QString &personId) const
{
    return m_rowById.value(personId, -1);
}

QStringList CaseListModel::owners() const
{
    QSet<QString> owners;
    for (const PersonSummary &p : m_people) {
        if (!p.owner.isEmpty())
            owners.insert(p.owner);
    }
    QStringList list(owners.cbegin(), owners.cend());
    list.sort(Qt::CaseInsensitive);
    return list;
}
