#pragma once

#include <QDialog>

#include <memory>

class Settings;
class Vault;

// Only a forward declaration of the class uic generates from SettingsDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class SettingsDialog;
}

/**
 * Preferences: how soon the vault locks itself and the language of the interface (this computer's settings), and,
 * while a vault is unlocked, after how many days without a backup it reminds (kept in that vault).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    /** `vault` is the unlocked vault, or null when none is; its own settings are shown only when there is one. */
    explicit SettingsDialog(Settings &settings, Vault *vault = nullptr, QWidget *parent = nullptr);
    ~SettingsDialog() override;
    void accept() override;

private:
    void showBackupReminderDays(int days);

    Settings &m_settings;
    Vault *m_vault;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
};
