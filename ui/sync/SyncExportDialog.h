#pragma once

#include <QDialog>

#include <memory>

class CaseloadSync;
class QPushButton;

// Only a forward declaration of the class uic generates from SyncExportDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class SyncExportDialog;
}

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
    ~SyncExportDialog() override;

    /** The people ticked to be sent. */
    QStringList chosenPeople() const;

    /** Asks for a file, confirms, and writes the bundle for the chosen device. */
    void exportToFile();
    void refreshPreview();

private:
    QString currentDevice() const;
    void updateStatus();

    CaseloadSync &m_sync;
    QString m_personId;
    QString m_personName;
    std::unique_ptr<Ui::SyncExportDialog> m_ui;
    QPushButton *m_export = nullptr;
};
