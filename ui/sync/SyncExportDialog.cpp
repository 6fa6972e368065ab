#include "ui/sync/SyncExportDialog.h"

#include "ui_SyncExportDialog.h"

#include "model/core/PrivateSaveFile.h"
#include "model/sync/CaseloadSync.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

SyncExportDialog::SyncExportDialog(CaseloadSync &sync,
                                   QWidget *parent,
                                   const QString &personId,
                                   const QString &personName)
    : QDialog(parent)
    , m_sync(sync)
    , m_personId(personId)
    , m_personName(personName)
    , m_ui(std::make_unique<Ui::SyncExportDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 60);
    if (auto peers = m_sync.peers()) {
        for (const SyncPeer &peer : peers.value())
            m_ui->deviceCombo->addItem(tr("%1 (%2)").arg(peer.label, VaultSettings::displayName(peer.setting)),
                                       peer.deviceId);
    }
    m_ui->handoverCheck->setText(m_personId.isEmpty() ? tr("&Hand over a case (show the person first)")
                                                      : tr("&Hand over %1 to this device").arg(m_personName));
    m_ui->handoverCheck->setEnabled(!m_personId.isEmpty());

    // Added in code: a custom word in the button box, with the objectName tests press it by.
    m_export = m_ui->buttonBox->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export for this device"));
    m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::RejectRole);

    connect(m_ui->deviceCombo, &QComboBox::currentIndexChanged, this, &SyncExportDialog::refreshPreview);
    connect(m_ui->handoverCheck, &QCheckBox::toggled, this, &SyncExportDialog::refreshPreview);
    connect(m_ui->previewTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0)
            updateStatus();
    });
    connect(m_export, &QPushButton::clicked, this, &SyncExportDialog::exportToFile);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshPreview();
}

SyncExportDialog::~SyncExportDialog() = default;

QString SyncExportDialog::currentDevice() const
{
    return m_ui->deviceCombo->currentData().toString();
}

void SyncExportDialog::refreshPreview()
{
    m_ui->previewTable->setRowCount(0);
    m_export->setEnabled(false);
    if (m_ui->deviceCombo->count() == 0) {
        m_ui->exportStatus->setText(tr("There are no devices to send to yet. Add one under Sync, Devices."));
        m_ui->exportStatus->setAccessibleName(m_ui->exportStatus->text());
        return;
    }
    const bool handover = m_ui->handoverCheck->isChecked();
    auto preview = handover ? m_sync.preview(currentDevice(), {m_personId}, true) : m_sync.preview(currentDevice());
    if (!preview) {
        m_ui->exportStatus->setText(QStringLiteral("⚠ ") + preview.error().message);
        m_ui->exportStatus->setAccessibleName(preview.error().message);
        return;
    }
    const QSignalBlocker quiet(m_ui->previewTable);
    m_ui->previewTable->setRowCount(int(preview->size()));
    for (int row = 0; row < preview->size(); ++row) {
        const ExportPreviewEntry &entry = preview->at(row);
        const QString withheld =
            entry.sectionsWithheld.isEmpty() ? tr("Nothing") : entry.sectionsWithheld.join(QStringLiteral(", "));
        const QStringList cells = {entry.displayName, entry.sectionsIncluded.join(QStringLiteral(", ")), withheld};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, entry.personId);
            // A handover is of the one person; otherwise each person can be held back for later.
            if (column == 0 && !handover && !entry.erasure) {
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Checked);
            }
            m_ui->previewTable->setItem(row, column, item);
        }
    }
    m_ui->previewTable->resizeColumnsToContents();
    m_ui->previewTable->resizeRowsToContents();
    updateStatus();
}

QStringList SyncExportDialog::chosenPeople() const
{
    QStringList people;
    for (int row = 0; row < m_ui->previewTable->rowCount(); ++row) {
        const QTableWidgetItem *item = m_ui->previewTable->item(row, 0);
        const bool chosen = !(item->flags() & Qt::ItemIsUserCheckable) || item->checkState() == Qt::Checked;
        if (chosen)
            people.append(item->data(Qt::UserRole).toString());
    }
    return people;
}

void SyncExportDialog::updateStatus()
{
    const int chosen = int(chosenPeople().size());
    m_export->setEnabled(chosen > 0);
    if (m_ui->previewTable->rowCount() == 0)
        m_ui->exportStatus->setText(tr("Nothing is waiting to be sent to this device."));
    else if (m_ui->handoverCheck->isChecked())
        m_ui->exportStatus->setText(
            tr("Everything about %1 will be sent, and the case will move to this device.").arg(m_personName));
    else if (chosen == 0)
        m_ui->exportStatus->setText(tr("Tick at least one person to send."));
    else
        m_ui->exportStatus->setText(tr("Changes for %n person(s) will be sent.", nullptr, chosen));
    m_ui->exportStatus->setAccessibleName(m_ui->exportStatus->text());
}

void SyncExportDialog::exportToFile()
{
    const QString device = currentDevice();
    if (device.isEmpty())
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Export for a device"), QString(), tr("Waymark bundles (*.wmbundle);;All files (*)"));
    if (path.isEmpty())
        return;
    const bool handover = m_ui->handoverCheck->isChecked();
    const QString question =
        handover ? tr("The file will leave this vault's encrypted store. It is encrypted so that only \"%1\" can "
                      "read it. %2 will be handed over: the case moves to that device's owner. Save it?")
                       .arg(m_ui->deviceCombo->currentText(), m_personName)
                 : tr("The file will leave this vault's encrypted store. It is encrypted so that only \"%1\" can "
                      "read it. Save it?")
                       .arg(m_ui->deviceCombo->currentText());
    if (MessageBox::question(this, tr("Export for a device"), question) != QMessageBox::Yes)
        return;
    // Everyone ticked means everything pending (erasures too); fewer means only those people.
    const QStringList chosen = chosenPeople();
    const bool everyone = chosen.size() == m_ui->previewTable->rowCount();
    auto bundle = handover ? m_sync.exportFor(device, {m_personId}, true)
                           : m_sync.exportFor(device, everyone ? QStringList{} : chosen);
    if (!bundle) {
        MessageBox::warning(this, tr("Export for a device"), bundle.error().message);
        return;
    }
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bundle.value()) != bundle->size() || !file.commit()) {
        MessageBox::warning(this,
                            tr("Export for a device"),
                            tr("The file could not be saved. Check there is space and that you may write to "
                               "that folder, then try again."));
        return;
    }
    m_ui->exportStatus->setText(tr("Saved. Give the file to the other device; once they import it and send back their "
                                   "receipt, import the receipt here."));
    m_ui->exportStatus->setAccessibleName(m_ui->exportStatus->text());
}
