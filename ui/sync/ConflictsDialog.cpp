#include "ui/sync/ConflictsDialog.h"

#include "model/core/HybridClock.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/Record.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/widgets/MessageBox.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ConflictsDialog::ConflictsDialog(Vault &vault, CaseloadSync &sync, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_sync(sync)
    , m_table(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_keep(new QPushButton(tr("&Keep this value"), this))
    , m_useOther(new QPushButton(tr("&Use the other value"), this))
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    resize(900, 380);

    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setAccessibleName(tr("Changes made on two devices"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("Person"),
                                        tr("Section"),
                                        tr("Field"),
                                        tr("Value kept"),
                                        tr("Other value"),
                                        tr("Other value from"),
                                        tr("Changed there")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_status->setObjectName(QStringLiteral("conflictsStatus"));
    m_status->setWordWrap(true);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setAccessibleName(tr("Keep the value kept"));
    m_useOther->setObjectName(QStringLiteral("useOtherButton"));
    m_useOther->setAccessibleName(tr("Use the other value"));

    auto *intro = new QLabel(tr("These fields were changed on this device and on another before they synced. The "
                                "newer change was kept; check each one and keep it or use the other value."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_keep, QDialogButtonBox::ActionRole);
    buttons->addButton(m_useOther, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_keep, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_useOther, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void ConflictsDialog::reload()
{
    m_table->setRowCount(0);
    auto conflicts = m_sync.conflicts();
    if (!conflicts) {
        m_status->setText(QStringLiteral("⚠ ") + conflicts.error().message);
        m_status->setAccessibleName(conflicts.error().message);
        updateButtons();
        return;
    }
    QHash<QString, QString> deviceNames;
    if (auto peers = m_sync.peers()) {
        for (const SyncPeer &peer : peers.value())
            deviceNames.insert(peer.deviceId, peer.label);
    }
    const EntitySchema &schema = EntitySchema::instance();
    m_table->setRowCount(int(conflicts->size()));
    for (int row = 0; row < conflicts->size(); ++row) {
        const SyncConflict &c = conflicts->at(row);
        QString person = c.personId;
        if (auto summary = m_vault.records().summary(c.personId))
            person = summary->displayName();
        QString section = c.kind;
        QString field = c.field;
        if (const EntityKind *kind = schema.kind(c.kind)) {
            section = kind->translatedLabel();
            if (const FieldSpec *spec = kind->field(c.field))
                field = spec->translatedLabel();
        }
        const QString when = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(HybridClock::millisOf(c.otherHlc)).toLocalTime(), QLocale::ShortFormat);
        const QStringList cells = {
            person, section, field, c.keptValue, c.otherValue, deviceNames.value(c.otherDevice, c.otherDevice), when};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, c.id);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_status->setText(conflicts->isEmpty() ? tr("There are no conflicts to settle.")
                                           : tr("%n conflict(s) to settle.", nullptr, int(conflicts->size())));
    m_status->setAccessibleName(m_status->text());
    if (!conflicts->isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool selected = m_table->currentRow() >= 0 && !m_table->selectedItems().isEmpty();
    m_keep->setEnabled(selected);
    m_useOther->setEnabled(selected);
}

void ConflictsDialog::resolveSelected(bool useOther)
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return;
    const qint64 id = m_table->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (const Status status = m_sync.resolveConflict(id, useOther); !status)
        MessageBox::warning(this, tr("Conflicts"), status.error().message);
    reload();
}
