#pragma once

#include <QDialog>

class CaseloadSync;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

/**
 * Sends a caseload to one device: shows exactly which people and sections would leave this device, and
 * which are withheld for want of consent, then writes the bundle (encrypted for that device only). Each
 * person is ticked to be sent; unticking keeps their changes waiting for a later export. With a person
 * shown in the workspace, "Hand over" sends everything about them and moves the case to that device.
 */
class SyncExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** `personId` and `personName`: the person shown in the workspace, who may be handed over. */
    SyncExportDialog(CaseloadSync &sync,
                     QWidget *parent = nullptr,
                     const QString &personId = {},
                     const QString &personName = {});

    /** The people ticked to be sent. */
    QStringList chosenPeople() const;

    /** Asks for a file, confirms, and writes the bundle for the chosen device. */
    void exportToFile();
    void refreshPreview();

private:
    QString currentDevice() const;
    void updateStatus();

    CaseloadSync &m_sync;
    QComboBox *m_devices;
    QString m_personId;
    QString m_personName;
    QCheckBox *m_handover;
    QTableWidget *m_preview;
    QLabel *m_status;
    QPushButton *m_export;
};
