#pragma once

#include "model/vault/VaultBackup.h"

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui
{
    class RestoreBackupDialog;
}

/** Restores a backup file into a new vault folder, with the passphrase the vault had when the backup was made. */
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString &folder, QWidget *parent = nullptr);
    ~RestoreBackupDialog() override;
    void accept() override;

    /** What the restore did, once the dialog is accepted. */
    const std::optional<RestoreReport> &report() const { return m_report; }

private:
    void chooseBackup();
    void chooseVault();
    void showProblem(const QString &problem);

    QString m_folder;
    std::unique_ptr<Ui::RestoreBackupDialog> m_ui;
    std::optional<RestoreReport> m_report;
};
