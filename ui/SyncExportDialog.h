#pragma once

#include <QDialog>

class CaseloadSync;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * Sends a caseload to one device: shows exactly which people and sections would leave this device, and
 * which are withheld for want of consent, then writes the bundle (encrypted for that device only).
 */
class SyncExportDialog : public QDialog
{
    Q_OBJECT

public:
    SyncExportDialog(CaseloadSync &sync, QWidget *parent = nullptr);

    /** Asks for a file, confirms, and writes the bundle for the chosen device. */
    void exportToFile();
    void refreshPreview();

private:
    QString currentDevice() const;

    CaseloadSync &m_sync;
    QComboBox *m_devices;
    QTableWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_export;
};
