#include "ui/caseload/CaseloadPanel.h"

#include "model/caseload/CaseFilterProxy.h"
#include "model/caseload/CaseListModel.h"
#include "ui/widgets/ClearButton.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

CaseloadPanel::CaseloadPanel(CaseListModel &cases, const QString &personNoun, QWidget *parent)
    : QWidget(parent)
    , m_cases(cases)
    , m_proxy(new CaseFilterProxy(this))
    , m_search(new QLineEdit(this))
    , m_status(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_due(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_stack(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("caseloadPanel"));
    m_proxy->setSourceModel(&m_cases);

    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search by name, NI number or postcode"));
    m_search->setAccessibleName(tr("Search the caseload"));
    ClearButton::enable(m_search, tr("Clear the search"));

    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Show cases"));
    m_status->addItem(tr("Open cases"), int(CaseFilterProxy::StatusFilter::Open));
    m_status->addItem(tr("Closed cases"), int(CaseFilterProxy::StatusFilter::Closed));
    m_status->addItem(tr("All cases"), int(CaseFilterProxy::StatusFilter::All));
    m_proxy->setStatusFilter(CaseFilterProxy::StatusFilter::Open);

    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Owner"));

    m_due->setObjectName(QStringLiteral("appointmentFilter"));
    m_due->setAccessibleName(tr("Next appointment"));
    m_due->addItem(tr("Any time"), -1);
    m_due->addItem(tr("Today"), 0);
    m_due->addItem(tr("Within 7 days"), 7);
    m_due->addItem(tr("Within 14 days"), 14);

    m_view->setObjectName(QStringLiteral("caseloadView"));
    m_view->setAccessibleName(tr("Caseload"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Fixed row heights: with 10,000 rows, a header that measures each row costs more than the filter itself.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    // Name takes what room is left; the rest are as wide as their contents, so Status and Next appointment
    // are never pushed off to the right by a long name.
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(CaseListModel::NameColumn, QHeaderView::Stretch);
    m_view->setTabKeyNavigation(false);

    m_count->setObjectName(QStringLiteral("caseloadCount"));
    // Room for a full name, an NI number, a postcode and the status without scrolling sideways; measured in
    // characters so it scales with the font and the display.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    auto *empty = new QWidget(this);
    empty->setObjectName(QStringLiteral("emptyState"));
    auto *emptyText =
        new QLabel(tr("There is nobody in this caseload yet. Add a %1 to get started.").arg(personNoun), empty);
    emptyText->setWordWrap(true);
    auto *add = new QPushButton(tr("&Add a %1").arg(personNoun), empty);
    add->setObjectName(QStringLiteral("emptyAddButton"));
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    emptyLayout->addWidget(emptyText);
    emptyLayout->addWidget(add);
    emptyLayout->addStretch();

    m_stack->addWidget(m_view);
    m_stack->addWidget(empty);

    auto *filters = new QFormLayout;
    auto *statusLabel = new QLabel(tr("Sh&ow:"), this);
    statusLabel->setBuddy(m_status);
    auto *ownerLabel = new QLabel(tr("O&wner:"), this);
    ownerLabel->setBuddy(m_owner);
    auto *dueLabel = new QLabel(tr("Appointment &due:"), this);
    dueLabel->setBuddy(m_due);
    filters->addRow(statusLabel, m_status);
    filters->addRow(ownerLabel, m_owner);
    filters->addRow(dueLabel, m_due);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_count);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &CaseFilterProxy::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setStatusFilter(CaseFilterProxy::StatusFilter(m_status->currentData().toInt()));
    });
    connect(m_owner, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setOwnerFilter(m_owner->currentData().toString());
    });
    connect(m_due, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setAppointmentDueWithin(m_due->currentData().toInt());
    });
    // A person opens when a row is selected (a click, an arrow key, Enter), never because the list took the focus:
    // on Tab, Qt makes the first row current without selecting it, and opening it then would audit a view of
    // someone nobody chose.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CaseloadPanel::emitSelection);
    connect(m_view, &QTableView::activated, this, &CaseloadPanel::emitSelection);
    connect(add, &QPushButton::clicked, this, &CaseloadPanel::addPersonRequested);
    // Enter or Down in the search box moves to the first result, so search-then-open needs no mouse.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_proxy->rowCount() > 0) {
            m_view->setFocus();
            m_view->setCurrentIndex(m_proxy->index(0, 0));
        }
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseloadPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseloadPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CaseloadPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CaseloadPanel::updateCount);
    connect(&m_cases, &QAbstractItemModel::modelReset, this, &CaseloadPanel::refreshOwners);
    connect(&m_cases, &QAbstractItemModel::rowsInserted, this, &CaseloadPanel::refreshOwners);
    refreshOwners();
    updateCount();
}

QSize CaseloadPanel::sizeHint() const
{
    QSize hint = QWidget::sizeHint();
    const QHeaderView *header = m_view->horizontalHeader();
    int columns = 0;
    for (int c = 0; c < header->count(); ++c) {
        if (!header->isSectionHidden(c))
            columns += std::max(static_cast<const QAbstractItemView *>(m_view)->sizeHintForColumn(c),
                                header->sectionSizeHint(c));
    }
    const int margins = layout() ? layout()->contentsMargins().left() + layout()->contentsMargins().right() : 0;
    const int view = columns + 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    hint.setWidth(std::max({hint.width(), minimumWidth(), view + margins}));
    return hint;
}

void CaseloadPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CaseloadPanel::typeIntoSearch(const QString &text)
{
    m_search->setFocus();
    m_search->insert(text);
}

void CaseloadPanel::selectPerson(const QString &personId)
{
    const int sourceRow = m_cases.rowOf(personId);
    if (sourceRow < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_cases.index(sourceRow, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

QString CaseloadPanel::selectedPersonId() const
{
    return m_view->currentIndex().data(CaseListModel::PersonIdRole).toString();
}

void CaseloadPanel::emitSelection()
{
    const QString id = selectedPersonId();
    if (!id.isEmpty())
        Q_EMIT personSelected(id);
}

void CaseloadPanel::refreshOwners()
{
    const QString current = m_owner->currentData().toString();
    const QSignalBlocker blocker(m_owner);
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    for (const QString &owner : m_cases.owners())
        m_owner->addItem(owner, owner);
    m_owner->setCurrentIndex(std::max(0, m_owner->findData(current)));
    if (m_owner->currentData().toString() != current)
        m_proxy->setOwnerFilter(QString());
}

void CaseloadPanel::updateCount()
{
    const int total = m_cases.rowCount();
    m_stack->setCurrentIndex(total == 0 ? 1 : 0);
    m_count->setText(total == 0 ? QString() : tr("Showing %1 of %n", nullptr, total).arg(m_proxy->rowCount()));
}
