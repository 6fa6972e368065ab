#include "YouthGuaranteeModel.h"

#include "model/core/DateText.h"

YouthGuaranteeModel::YouthGuaranteeModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void YouthGuaranteeModel::setEntries(QVector<YouthEntry> entries, QDate asAt)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_asAt = asAt;
    endResetModel();
}

const YouthEntry *YouthGuaranteeModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int YouthGuaranteeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int YouthGuaranteeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString YouthGuaranteeModel::statusText(const YouthEntry &entry, QDate asAt)
{
    switch (entry.status) {
    case YouthStatus::Overdue:
        return tr("Overdue by %n day(s)", nullptr, entry.daysOverdue(asAt));
    case YouthStatus::NotYetDue:
        return tr("Not yet due: %n day(s) left", nullptr, int(asAt.daysTo(entry.dueBy)));
    default:
        return YouthGuarantee::statusName(entry.status);
    }
}

QVariant YouthGuaranteeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const YouthEntry &entry = m_entries.at(index.row());
    switch (role) {
    case PersonIdRole:
        return entry.personId;
    case StatusRole:
        return int(entry.status);
    case OverdueRole:
        return entry.status == YouthStatus::Overdue;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NameColumn:
        return entry.displayName;
    case AgeColumn:
        return entry.age;
    case ActivityColumn:
        return YouthGuarantee::activityName(entry.activity);
    case SinceColumn:
        if (!entry.activitySince.isValid())
            return QString();
        return tr("%1 (%n week(s))", nullptr, int(entry.activitySince.daysTo(m_asAt) / 7))
            .arg(DateText::date(entry.activitySince));
    case StartColumn:
        return DateText::date(entry.start);
    case DueColumn:
        return DateText::date(entry.dueBy);
    case OfferColumn:
        if (!entry.offeredOn.isValid())
            return tr("None yet");
        return tr("%1 on %2").arg(YouthGuarantee::offerTypeName(entry.offerType), DateText::date(entry.offeredOn));
    case StatusColumn:
        return statusText(entry, m_asAt);
    default:
        return {};
    }
}

QVariant YouthGuaranteeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case AgeColumn:
        return tr("Age");
    case ActivityColumn:
        return tr("Doing now");
    case SinceColumn:
        return tr("Since");
    case StartColumn:
        return tr("Joined the guarantee");
    case DueColumn:
        return tr("Offer due by");
    case OfferColumn:
        return tr("First offer");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}
