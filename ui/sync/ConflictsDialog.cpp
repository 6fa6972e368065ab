#include "ui/sync/ConflictsDialog.h"

#include "ui_ConflictsDialog.h"

#include "model/core/HybridClock.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/Record.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/MessageBox.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

ConflictsDialog::ConflictsDialog(Vault &vault, CaseloadSync &sync, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_sync(sync)
    , m_ui(std::make_unique<Ui::ConflictsDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 70);

    // Added in code: custom words in the button box, with the objectNames tests press them by.
    m_keep = m_ui->buttonBox->addButton(tr("&Keep this value"), QDialogButtonBox::ActionRole);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setAccessibleName(tr("Keep the value kept"));
    m_useOther = m_ui->buttonBox->addButton(tr("&Use the other value"), QDialogButtonBox::ActionRole);
    m_useOther->setObjectName(QStringLiteral("useOtherButton"));
    m_useOther->setAccessibleName(tr("Use the other value"));
    m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::RejectRole);

    connect(m_keep, &QPushButton::clicked, this, [this] { resolveSelected(false); });
    connect(m_useOther, &QPushButton::clicked, this, [this] { resolveSelected(true); });
    connect(m_ui->conflictsTable, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::updateButtons);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

ConflictsDialog::~ConflictsDialog() = default;

void ConflictsDialog::reload()
{
    m_ui->conflictsTable->setRowCount(0);
    auto conflicts = m_sync.conflicts();
    if (!conflicts) {
        m_ui->conflictsStatus->setText(QStringLiteral("⚠ ") + conflicts.error().message);
        m_ui->conflictsStatus->setAccessibleName(conflicts.error().message);
        updateButtons();
        return;
    }
    QHash<QString, QString> deviceNames;
    if (auto peers = m_sync.peers()) {
        for (const SyncPeer &peer : peers.value())
            deviceNames.insert(peer.deviceId, peer.label);
    }
    const EntitySchema &schema = EntitySchema::instance();
    m_ui->conflictsTable->setRowCount(int(conflicts->size()));
    for (int row = 0; row < conflicts->size(); ++row) {
        const SyncConflict &c = conflicts->at(row);
        QString person = c.personId;
        if (auto summary = m_vault.records().summary(c.personId))
            person = summary->displayName();
        QString section = c.kind;
        QString field = c.field;
        if (c.kind == CaseloadSync::draftConflictKind()) {
            // Two saves of one form draft: the field is the form's field id.
            section = tr("Form draft");
        } else if (const EntityKind *kind = schema.kind(c.kind)) {
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
            m_ui->conflictsTable->setItem(row, column, item);
        }
    }
    m_ui->conflictsTable->resizeColumnsToContents();
    m_ui->conflictsStatus->setText(conflicts->isEmpty()
                                       ? tr("There are no conflicts to settle.")
                                       : tr("%n conflict(s) to settle.", nullptr, int(conflicts->size())));
    m_ui->conflictsStatus->setAccessibleName(m_ui->conflictsStatus->text());
    if (!conflicts->isEmpty())
        m_ui->conflictsTable->selectRow(0);
    updateButtons();
}

void ConflictsDialog::updateButtons()
{
    const bool selected = m_ui->conflictsTable->currentRow() >= 0 && !m_ui->conflictsTable->selectedItems().isEmpty();
    m_keep->setEnabled(selected);
    m_useOther->setEnabled(selected);
}

void ConflictsDialog::resolveSelected(bool useOther)
{
    const int row = m_ui->conflictsTable->currentRow();
    if (row < 0 || !m_ui->conflictsTable->item(row, 0))
        return;
    const qint64 id = m_ui->conflictsTable->item(row, 0)->data(Qt::UserRole).toLongLong();
    if (const Status status = m_sync.resolveConflict(id, useOther); !status)
        MessageBox::warning(this, tr("Conflicts"), status.error().message);
    reload();
}
