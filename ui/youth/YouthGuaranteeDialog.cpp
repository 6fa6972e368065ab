#include "ui/youth/YouthGuaranteeDialog.h"

#include "model/youth/YouthGuarantee.h"
#include "model/youth/YouthGuaranteeModel.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"
#include "ui/youth/RecordOfferDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

YouthGuaranteeDialog::YouthGuaranteeDialog(YouthGuarantee &youth, QWidget *parent)
    : QDialog(parent)
    , m_youth(youth)
    , m_model(new YouthGuaranteeModel(this))
    , m_rule(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_record(new QPushButton(tr("&Record an offer…"), this))
    , m_open(new QPushButton(tr("&Open record"), this))
    , m_minAge(new QSpinBox(this))
    , m_maxAge(new QSpinBox(this))
    , m_weeks(new QSpinBox(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("youthGuaranteeDialog"));
    setWindowTitle(tr("Youth guarantee"));

    m_rule->setObjectName(QStringLiteral("youthRule"));
    m_rule->setWordWrap(true);
    m_rule->setTextFormat(Qt::PlainText);
    m_summary->setObjectName(QStringLiteral("youthSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("youthTable"));
    m_table->setAccessibleName(tr("Young people in the band, overdue first"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setSortingEnabled(false); // the order is the point: overdue first
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *tableLabel = new QLabel(tr("&People in the band:"), this);
    tableLabel->setBuddy(m_table);

    m_record->setObjectName(QStringLiteral("youthRecordOfferButton"));
    m_record->setAutoDefault(false);
    m_open->setObjectName(QStringLiteral("youthOpenRecordButton"));
    m_open->setDefault(true);

    for (QSpinBox *age : {m_minAge, m_maxAge})
        age->setRange(YouthSettings::LowestAge, YouthSettings::HighestAge);
    m_minAge->setObjectName(QStringLiteral("youthMinAge"));
    m_maxAge->setObjectName(QStringLiteral("youthMaxAge"));
    m_weeks->setObjectName(QStringLiteral("youthWeeks"));
    m_weeks->setRange(1, YouthSettings::MaxWeeks);
    auto *save = new QPushButton(tr("S&ave band and weeks"), this);
    save->setObjectName(QStringLiteral("youthSaveSettingsButton"));
    save->setAutoDefault(false);
    ProblemLabel::setUp(m_problem, QStringLiteral("youthProblem"));

    auto *settings = new QGroupBox(tr("Band and weeks (a setting, kept in this vault)"), this);
    auto *settingsForm = new QFormLayout(settings);
    settingsForm->addRow(tr("&Youngest age:"), m_minAge);
    settingsForm->addRow(tr("Ol&dest age:"), m_maxAge);
    settingsForm->addRow(tr("&Weeks from joining to an offer:"), m_weeks);
    settingsForm->addRow(save);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_record);
    actions->addWidget(m_open);
    actions->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &YouthGuaranteeDialog::recordOffer);
    connect(m_open, &QPushButton::clicked, this, &YouthGuaranteeDialog::openSelected);
    connect(m_table, &QTableView::doubleClicked, this, &YouthGuaranteeDialog::openSelected);
    connect(save, &QPushButton::clicked, this, &YouthGuaranteeDialog::saveSettings);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &YouthGuaranteeDialog::selectionChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &YouthGuaranteeDialog::selectionChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_rule);
    layout->addWidget(m_summary);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(settings);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    refresh();
    // Showing the list is looking at these people: audited once, with how many and how many overdue, no ids.
    (void)m_youth.recordViewed(m_model->entries());
    DialogSizer::fitToText(this, 90);
}

void YouthGuaranteeDialog::refresh()
{
    const QString keep = selectedPersonId();
    auto settings = m_youth.settings();
    const YouthSettings current = settings ? settings.value() : YouthSettings{};
    m_minAge->setValue(current.minAge);
    m_maxAge->setValue(current.maxAge);
    m_weeks->setValue(current.weeks);
    m_rule->setText(tr("Open cases aged %1 to %2. Someone joins the guarantee on the later of the day they joined the "
                       "caseload and the day they turned %1, and an offer is due by %n week(s) after that.",
                       nullptr,
                       current.weeks)
                        .arg(current.minAge)
                        .arg(current.maxAge));
    const QDate today = QDate::currentDate();
    auto list = m_youth.list(today);
    if (!list) {
        m_problem->setText(list.error().message);
        m_problem->show();
        m_model->setEntries({}, today);
    } else {
        m_model->setEntries(list.value(), today);
    }
    const YouthCounts counts = YouthGuarantee::countsOf(m_model->entries());
    m_summary->setText(
        counts.inBand == 0
            ? tr("Nobody on the caseload is in the band. People appear here once their date of birth "
                 "is recorded on their profile.")
            : tr("People in the band: %1. Overdue for an offer: %2.").arg(counts.inBand).arg(counts.overdue));
    m_table->resizeColumnsToContents();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entries().at(row).personId == keep) {
            m_table->selectRow(row);
            return;
        }
    }
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
}

QString YouthGuaranteeDialog::selectedPersonId() const
{
    const QModelIndexList rows =
        m_table->selectionModel() ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? QString() : rows.first().data(YouthGuaranteeModel::PersonIdRole).toString();
}

void YouthGuaranteeDialog::selectionChanged()
{
    const bool chosen = !selectedPersonId().isEmpty();
    m_record->setEnabled(chosen);
    m_open->setEnabled(chosen);
}

void YouthGuaranteeDialog::recordOffer()
{
    const QString personId = selectedPersonId();
    if (personId.isEmpty())
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const QString name = m_model->entryAt(rows.first().row())->displayName;
    // On the heap behind a QPointer: a lock closes every dialog, and this one may be gone when exec() returns.
    QPointer<RecordOfferDialog> dialog = new RecordOfferDialog(m_youth, personId, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose, false);
    const int result = dialog->exec();
    if (!dialog)
        return;
    delete dialog;
    if (result == QDialog::Accepted)
        refresh();
}

void YouthGuaranteeDialog::openSelected()
{
    const QString personId = selectedPersonId();
    if (personId.isEmpty())
        return;
    Q_EMIT openPersonRequested(personId);
    accept();
}

void YouthGuaranteeDialog::saveSettings()
{
    const YouthSettings wanted{m_minAge->value(), m_maxAge->value(), m_weeks->value()};
    if (Status saved = m_youth.setSettings(wanted); !saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    refresh();
}
