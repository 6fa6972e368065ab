#include "ui/sync/SyncDevicesDialog.h"

#include "model/sync/CaseloadSync.h"
#include "model/vault/VaultSetting.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/FingerprintLabel.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
    constexpr int FingerprintColumn = 3;
} // namespace

SyncDevicesDialog::SyncDevicesDialog(CaseloadSync &sync, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
    , m_table(new QTableWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("syncDevicesDialog"));
    setWindowTitle(tr("Devices"));
    resize(820, 360);
    m_table->setObjectName(QStringLiteral("devicesTable"));
    m_table->setAccessibleName(tr("Devices this vault exchanges caseloads with"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Device"), tr("Setting"), tr("Fingerprint")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_empty->setObjectName(QStringLiteral("noDevicesLabel"));
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No devices yet. Ask the other device's admin for its key file and its fingerprint, then "
                        "choose \"Add a device from a key file\"."));

    auto *add = new QPushButton(tr("&Add a device from a key file…"), this);
    add->setObjectName(QStringLiteral("addDeviceButton"));
    add->setAccessibleName(tr("Add a device from a key file"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);

    auto *intro = new QLabel(tr("Caseloads are sent only to the devices listed here, encrypted so that only that "
                                "device can read them."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(
            this, tr("Choose a device key"), QString(), tr("Public keys (*.pub);;All files (*)"));
        if (!path.isEmpty())
            addDeviceFromFile(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void SyncDevicesDialog::reload()
{
    m_table->setRowCount(0);
    auto peers = m_sync.peers();
    if (!peers) {
        m_empty->setText(QStringLiteral("⚠ ") + peers.error().message);
        m_empty->show();
        return;
    }
    m_table->setRowCount(int(peers->size()));
    for (int row = 0; row < peers->size(); ++row) {
        const SyncPeer &peer = peers->at(row);
        const QStringList cells = {
            peer.label, peer.deviceId, VaultSettings::displayName(peer.setting), peer.fingerprint()};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setData(Qt::UserRole, peer.deviceId);
            m_table->setItem(row, column, item);
        }
        FingerprintLabel::applyTo(m_table->item(row, FingerprintColumn));
    }
    m_table->resizeColumnsToContents();
    m_empty->setVisible(peers->isEmpty());
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
    , m_confirm(new QLineEdit(this))
    , m_confirmError(new QLabel(this))
    , m_label(new QLineEdit(this))
    , m_labelError(new QLabel(this))
    , m_setting(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("addSyncDeviceDialog"));
    setWindowTitle(tr("Add a device"));

    auto *fingerprint =
        new FingerprintLabel(Minisign::fingerprint(key.key), tr("Fingerprint of this device's key"), this);

    m_confirm->setObjectName(QStringLiteral("confirmFingerprintEdit"));
    m_confirm->setAccessibleName(tr("Fingerprint you were given"));
    m_label->setObjectName(QStringLiteral("deviceLabelEdit"));
    m_label->setAccessibleName(tr("Name for this device"));
    m_setting->setObjectName(QStringLiteral("deviceSettingCombo"));
    m_setting->setAccessibleName(tr("Who uses this device"));
    for (VaultSetting setting : {VaultSetting::WorkCoach, VaultSetting::GpPractice, VaultSetting::Admin})
        m_setting->addItem(VaultSettings::displayName(setting), int(setting));
    m_confirmError->setObjectName(QStringLiteral("fingerprintError"));
    m_labelError->setObjectName(QStringLiteral("labelError"));
    m_error->setObjectName(QStringLiteral("addDeviceError"));
    for (QLabel *error : {m_confirmError, m_labelError, m_error}) {
        error->setWordWrap(true);
        error->hide();
    }

    auto *intro = new QLabel(tr("Device %1. Compare its fingerprint with the one the device's admin gave you by "
                                "phone or in person, not by the same route as the file. Type it below.")
                                 .arg(Minisign::keyIdHex(key.keyId)),
                             this);
    intro->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(new QLabel(tr("Fingerprint:"), this), fingerprint);
    auto *confirmLabel = new QLabel(tr("&Fingerprint you were given:"), this);
    confirmLabel->setBuddy(m_confirm);
    form->addRow(confirmLabel, m_confirm);
    form->addRow(QString(), m_confirmError);
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_label);
    form->addRow(nameLabel, m_label);
    form->addRow(QString(), m_labelError);
    auto *settingLabel = new QLabel(tr("&Used by:"), this);
    settingLabel->setBuddy(m_setting);
    form->addRow(settingLabel, m_setting);

    auto *buttons = new QDialogButtonBox(this);
    auto *addButton = buttons->addButton(tr("&Add this device"), QDialogButtonBox::AcceptRole);
    addButton->setObjectName(QStringLiteral("addDeviceOkButton"));
    addButton->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddSyncDeviceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddSyncDeviceDialog::reject);
    m_confirm->setFocus();
}

void AddSyncDeviceDialog::showError(QLabel *label, const QString &message)
{
    label->setText(QStringLiteral("⚠ ") + message);
    label->setAccessibleName(message);
    label->show();
}

void AddSyncDeviceDialog::accept()
{
    for (QLabel *error : {m_confirmError, m_labelError, m_error})
        error->hide();
    if (m_confirm->text().trimmed().isEmpty()) {
        showError(m_confirmError, tr("Type the fingerprint the device's admin gave you."));
        m_confirm->setFocus();
        return;
    }
    if (m_label->text().trimmed().isEmpty()) {
        showError(m_labelError, tr("Give the device a name, such as the practice or the colleague who uses it."));
        m_label->setFocus();
        return;
    }
    const auto setting = static_cast<VaultSetting>(m_setting->currentData().toInt());
    const Status status = m_sync.addPeer(m_key, m_label->text(), setting, m_confirm->text());
    if (status) {
        QDialog::accept();
        return;
    }
    if (status.error().code == ErrorCode::NotAllowed) {
        showError(m_confirmError, status.error().message);
        m_confirm->setFocus();
    } else {
        showError(m_error, status.error().message);
    }
}
