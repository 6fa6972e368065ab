#pragma once

#include "model/crypto/Minisign.h"

#include <QDialog>
#include <QList>

#include <memory>

class CaseloadSync;
class QLabel;

// Only forward declarations of the classes uic generates from the .ui files, so callers need no ui_ header.
namespace Ui
{
    class AddSyncDeviceDialog;
    class SyncDevicesDialog;
} // namespace Ui

/**
 * The devices this vault exchanges caseloads with: label, device id, setting and fingerprint. Adding one
 * means reading its key's fingerprint and confirming it matches the one its admin gave you.
 */
class SyncDevicesDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDevicesDialog(CaseloadSync &sync, QWidget *parent = nullptr);
    ~SyncDevicesDialog() override;

    /** Reads a device's public key file and, when it parses, asks for its fingerprint, name and setting. */
    void addDeviceFromFile(const QString &path);
    void reload();

private:
    CaseloadSync &m_sync;
    std::unique_ptr<Ui::SyncDevicesDialog> m_ui;
};

/** Shows a device key's fingerprint and asks for the one its admin gave, a name and the device's setting. */
class AddSyncDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    AddSyncDeviceDialog(CaseloadSync &sync, const Minisign::PublicKey &key, QWidget *parent = nullptr);
    ~AddSyncDeviceDialog() override;
    void accept() override;

private:
    static void showError(QLabel *label, const QString &message);
    /** The fingerprint, name and general error labels, hidden until there is something to say. */
    QList<QLabel *> errorLabels() const;

    CaseloadSync &m_sync;
    Minisign::PublicKey m_key;
    std::unique_ptr<Ui::AddSyncDeviceDialog> m_ui;
};
