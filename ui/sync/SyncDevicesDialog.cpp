#include "ui/sync/SyncDevicesDialog.h"

#include "ui_AddSyncDeviceDialog.h"
#include "ui_SyncDevicesDialog.h"

#include "model/bundles/TrustStore.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/VaultSetting.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FingerprintLabel.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace
{
    constexpr int FingerprintColumn = 3;
} // namespace

SyncDevicesDialog::SyncDevicesDialog(CaseloadSync &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_ui(std::make_unique<Ui::SyncDevicesDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 60);

    // Added in code: a custom word in the button box, with the objectName tests press it by.
    QPushButton *add = m_ui->buttonBox->addButton(tr("&Add a device from a key file…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addDeviceButton"));
    add->setAccessibleName(tr("Add a device from a key file"));
    m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::RejectRole);

    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Choose a device key"), QString(), tr("Public keys (*.pub);;All files (*)"));
        if (!path.isEmpty())
            addDeviceFromFile(path);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

SyncDevicesDialog::~SyncDevicesDialog() = default;

void SyncDevicesDialog::reload()
{
    m_ui->devicesTable->setRowCount(0);
    auto peers = m_sync.peers();
    if (!peers) {
        m_ui->noDevicesLabel->setText(QStringLiteral("⚠ ") + peers.error().message);
        m_ui->noDevicesLabel->show();
        return;
    }
    m_ui->devicesTable->setRowCount(int(peers->size()));
    for (int row = 0; row < peers->size(); ++row) {
        const SyncPeer &peer = peers->at(row);
        const QStringList cells = {peer.own ? tr("%1 (yours)").arg(peer.label) : peer.label,
                                   peer.deviceId,
                                   VaultSettings::displayName(peer.setting),
                                   peer.fingerprint()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, peer.deviceId);
            m_ui->devicesTable->setItem(row, column, item);
        }
        FingerprintLabel::applyTo(m_ui->devicesTable->item(row, FingerprintColumn));
    }
    m_ui->devicesTable->resizeColumnsToContents();
    m_ui->noDevicesLabel->setVisible(peers->isEmpty());
}

void SyncDevicesDialog::addDeviceFromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        MessageBox::warning(this, tr("Devices"), tr("The key file could not be read. Check the file and try again."));
        return;
    }
    auto key = Minisign::parsePublicKey(file.readAll());
    if (!key) {
        MessageBox::warning(this, tr("Devices"), key.error().message);
        return;
    }
    AddSyncDeviceDialog dialog(m_sync, key.value(), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

AddSyncDeviceDialog::AddSyncDeviceDialog(CaseloadSync &sync, const Minisign::PublicKey &key, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_key(key)
    , m_ui(std::make_unique<Ui::AddSyncDeviceDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 60);
    m_ui->introLabel->setText(tr("Device %1. Type below the fingerprint the device's admin gave you by phone or in "
                                 "person, not by the same route as the file; Waymark checks it against the key.")
                                  .arg(Minisign::keyIdHex(key.keyId)));
    // The key's own fingerprint is shown only once the typed one matches: shown beside the box, it could be
    // copied into it, and the check would prove nothing (as in AddTrustedKeyDialog).
    const auto showWhenConfirmed = [this] {
        const bool matches = TrustStore::fingerprintMatches(m_key.key, m_ui->confirmFingerprintEdit->text());
        m_ui->fingerprintLabel->setFingerprint(matches ? Minisign::fingerprint(m_key.key) : QString());
        m_ui->fingerprintLabel->setVisible(matches);
    };
    connect(m_ui->confirmFingerprintEdit, &QLineEdit::textChanged, this, showWhenConfirmed);
    showWhenConfirmed();
    for (VaultSetting setting : {VaultSetting::WorkCoach, VaultSetting::GpPractice, VaultSetting::Admin})
        m_ui->deviceSettingCombo->addItem(VaultSettings::displayName(setting), int(setting));
    for (QLabel *error : errorLabels())
        error->hide();

    // Added in code: custom words in the button box, with the objectName tests press them by.
    QPushButton *addButton = m_ui->buttonBox->addButton(tr("&Add this device"), QDialogButtonBox::AcceptRole);
    addButton->setObjectName(QStringLiteral("addDeviceOkButton"));
    addButton->setDefault(true);
    m_ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &AddSyncDeviceDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &AddSyncDeviceDialog::reject);
    m_ui->confirmFingerprintEdit->setFocus();
}

AddSyncDeviceDialog::~AddSyncDeviceDialog() = default;

QList<QLabel *> AddSyncDeviceDialog::errorLabels() const
{
    return {m_ui->fingerprintError, m_ui->labelError, m_ui->addDeviceError};
}

void AddSyncDeviceDialog::showError(QLabel *label, const QString &message)
{
    label->setText(QStringLiteral("⚠ ") + message);
    label->setAccessibleName(message);
    label->show();
}

void AddSyncDeviceDialog::accept()
{
    for (QLabel *error : errorLabels())
        error->hide();
    if (m_ui->confirmFingerprintEdit->text().trimmed().isEmpty()) {
        showError(m_ui->fingerprintError, tr("Type the fingerprint the device's admin gave you."));
        m_ui->confirmFingerprintEdit->setFocus();
        return;
    }
    if (m_ui->deviceLabelEdit->text().trimmed().isEmpty()) {
        showError(m_ui->labelError, tr("Give the device a name, such as the practice or the colleague who uses it."));
        m_ui->deviceLabelEdit->setFocus();
        return;
    }
    const auto setting = static_cast<VaultSetting>(m_ui->deviceSettingCombo->currentData().toInt());
    const Status status = m_sync.addPeer(m_key,
                                         m_ui->deviceLabelEdit->text(),
                                         setting,
                                         m_ui->confirmFingerprintEdit->text(),
                                         m_ui->ownDeviceCheck->isChecked());
    if (status) {
        QDialog::accept();
        return;
    }
    if (status.error().code == ErrorCode::NotAllowed) {
        showError(m_ui->fingerprintError, status.error().message);
        m_ui->confirmFingerprintEdit->setFocus();
    } else {
        showError(m_ui->addDeviceError, status.error().message);
    }
}
