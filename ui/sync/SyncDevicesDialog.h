#pragma once

#include "model/crypto/Minisign.h"

#include <QDialog>

class CaseloadSync;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

/**
 * The devices this vault exchanges caseloads with: label, device id, setting and fingerprint. Adding one
 * means reading its key's fingerprint and confirming it matches the one its admin gave you.
 */
class SyncDevicesDialog : public QDialog
{
    Q_OBJECT

public:
    SyncDevicesDialog(CaseloadSync &sync, QWidget *parent = nullptr);

    /** Reads a device's public key file and, when it parses, asks for its fingerprint, name and setting. */
    void addDeviceFromFile(const QString &path);
    void reload();

private:
    CaseloadSync &m_sync;
    QTableWidget *m_table;
    QLabel *m_empty;
};

/** Shows a device key's fingerprint and asks for the one its admin gave, a name and the device's setting. */
class AddSyncDeviceDialog : public QDialog
{
    Q_OBJECT

public:
    AddSyncDeviceDialog(CaseloadSync &sync, const Minisign::PublicKey &key, QWidget *parent = nullptr);
    void accept() override;

private:
    static void showError(QLabel *label, const QString &message);

    CaseloadSync &m_sync;
    Minisign::PublicKey m_key;
    QLineEdit *m_confirm;
    QLabel *m_confirmError;
    QLineEdit *m_label;
    QLabel *m_labelError;
    QComboBox *m_setting;
    QLabel *m_error;
};
