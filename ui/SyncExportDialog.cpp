#include "ui/SyncExportDialog.h"

#include "model/CaseloadSync.h"
#include "ui/FileDialog.h"
#include "ui/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

SyncExportDialog::SyncExportDialog(CaseloadSync &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_devices(new QComboBox(this))
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
    m_preview->setHorizontalHeaderLabels({tr("Person"), tr("Sent"), tr("Not sent: no consent recorded")});
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
    auto preview = m_sync.preview(currentDevice());
    if (!preview) {
        m_status->setText(QStringLiteral("⚠ ") + preview.error().message);
        m_status->setAccessibleName(preview.error().message);
        return;
    }
    m_preview->setRowCount(int(preview->size()));
    for (int row = 0; row < preview->size(); ++row) {
        const ExportPreviewEntry &entry = preview->at(row);
        const QString withheld =
            entry.sectionsWithheld.isEmpty() ? tr("Nothing") : entry.sectionsWithheld.join(QStringLiteral(", "));
        const QStringList cells = {entry.displayName, entry.sectionsIncluded.join(QStringLiteral(", ")), withheld};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, entry.personId);
            m_preview->setItem(row, column, item);
        }
    }
    m_preview->resizeColumnsToContents();
    m_preview->resizeRowsToContents();
    if (preview->isEmpty()) {
        m_status->setText(tr("Nothing is waiting to be sent to this device."));
    } else {
        m_status->setText(tr("Changes for %n person(s) will be sent.", nullptr, int(preview->size())));
        m_export->setEnabled(true);
    }
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
    if (MessageBox::question(this,
                             tr("Export for a device"),
                             tr("The file will leave this vault's encrypted store. It is encrypted so that only "
                                "\"%1\" can read it. Save it?")
                                 .arg(m_devices->currentText())) != QMessageBox::Yes)
        return;
    auto bundle = m_sync.exportFor(device);
    if (!bundle) {
        MessageBox::warning(this, tr("Export for a device"), bundle.error().message);
        return;
    }
    QSaveFile file(path);
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
