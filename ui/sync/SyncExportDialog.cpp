#include "ui/sync/SyncExportDialog.h"

#include "model/core/PrivateSaveFile.h"
#include "model/sync/CaseloadSync.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

SyncExportDialog::SyncExportDialog(CaseloadSync &sync,
                                   QWidget *parent,
                                   const QString &personId,
                                   const QString &personName)
    : QDialog(parent)
    , m_sync(sync)
    , m_devices(new QComboBox(this))
    , m_personId(personId)
    , m_personName(personName)
    , m_handover(new QCheckBox(this))
    , m_preview(new QTableWidget(this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export…"), this))
{
    setObjectName(QStringLiteral("syncExportDialog"));
    setWindowTitle(tr("Export for a device"));
    resize(820, 420);

    m_devices->setObjectName(QStringLiteral("deviceCombo"));
    m_devices->setAccessibleName(tr("Device to send to"));
    if (auto peers = m_sync.peers()) {
        for (const SyncPeer &peer : peers.value())
            m_devices->addItem(tr("%1 (%2)").arg(peer.label, VaultSettings::displayName(peer.setting)), peer.deviceId);
    }

    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setAccessibleName(tr("What will be sent"));
    m_preview->setColumnCount(3);
    m_preview->setHorizontalHeaderLabels(
        {tr("Person (tick to send)"), tr("Sent"), tr("Not sent: no consent recorded")});
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setWordWrap(true);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->verticalHeader()->hide();

    m_status->setObjectName(QStringLiteral("exportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export for this device"));

    auto *intro = new QLabel(tr("Everything changed since the device last confirmed it received a caseload is "
                                "sent. Health details, and notes between a GP practice and a work coach, are sent "
                                "only when the person has agreed."),
                             this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    auto *deviceLabel = new QLabel(tr("&Send to:"), this);
    deviceLabel->setBuddy(m_devices);
    form->addRow(deviceLabel, m_devices);
    m_handover->setObjectName(QStringLiteral("handoverCheck"));
    m_handover->setText(m_personId.isEmpty() ? tr("&Hand over a case (show the person first)")
                                             : tr("&Hand over %1 to this device").arg(m_personName));
    m_handover->setAccessibleDescription(tr("Sends everything about the person and makes the device's owner "
                                            "their owner. This vault keeps an audit record of the handover."));
    m_handover->setEnabled(!m_personId.isEmpty());
    form->addRow(QString(), m_handover);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_devices, &QComboBox::currentIndexChanged, this, &SyncExportDialog::refreshPreview);
    connect(m_handover, &QCheckBox::toggled, this, &SyncExportDialog::refreshPreview);
    connect(m_preview, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (item->column() == 0)
            updateStatus();
    });
    connect(m_export, &QPushButton::clicked, this, &SyncExportDialog::exportToFile);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    refreshPreview();
}

QString SyncExportDialog::currentDevice() const
{
    return m_devices->currentData().toString();
}

void SyncExportDialog::refreshPreview()
{
    m_preview->setRowCount(0);
    m_export->setEnabled(false);
    if (m_devices->count() == 0) {
        m_status->setText(tr("There are no devices to send to yet. Add one under Sync, Devices."));
        m_status->setAccessibleName(m_status->text());
        return;
    }
    const bool handover = m_handover->isChecked();
    auto preview = handover ? m_sync.preview(currentDevice(), {m_personId}, true) : m_sync.preview(currentDevice());
    if (!preview) {
        m_status->setText(QStringLiteral("⚠ ") + preview.error().message);
        m_status->setAccessibleName(preview.error().message);
        return;
    }
    const QSignalBlocker quiet(m_preview);
    m_preview->setRowCount(int(preview->size()));
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
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->resizeRowsToContents();
    updateStatus();
}

QStringList SyncExportDialog::chosenPeople() const
{
    QStringList people;
    for (int row = 0; row < m_preview->rowCount(); ++row) {
        const QTableWidgetItem *item = m_preview->item(row, 0);
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
    if (m_preview->rowCount() == 0)
        m_status->setText(tr("Nothing is waiting to be sent to this device."));
    else if (m_handover->isChecked())
        m_status->setText(
            tr("Everything about %1 will be sent, and the case will move to this device.").arg(m_personName));
    else if (chosen == 0)
        m_status->setText(tr("Tick at least one person to send."));
    else
        m_status->setText(tr("Changes for %n person(s) will be sent.", nullptr, chosen));
    m_status->setAccessibleName(m_status->text());
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
    const bool handover = m_handover->isChecked();
    const QString question =
        handover ? tr("The file will leave this vault's encrypted store. It is encrypted so that only \"%1\" can "
                      "read it. %2 will be handed over: the case moves to that device's owner. Save it?")
                       .arg(m_devices->currentText(), m_personName)
                 : tr("The file will leave this vault's encrypted store. It is encrypted so that only \"%1\" can "
                      "read it. Save it?")
                       .arg(m_devices->currentText());
    if (MessageBox::question(this, tr("Export for a device"), question) != QMessageBox::Yes)
        return;
    // Everyone ticked means everything pending (erasures too); fewer means only those people.
    const QStringList chosen = chosenPeople();
    const bool everyone = chosen.size() == m_preview->rowCount();
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
    m_status->setText(tr("Saved. Give the file to the other device; once they import it and send back their "
                         "receipt, import the receipt here."));
    m_status->setAccessibleName(m_status->text());
}
