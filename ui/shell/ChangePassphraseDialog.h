#pragma once

#include <QDialog>

#include <memory>

class Vault;

// Only a forward declaration of the class uic generates from ChangePassphraseDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class ChangePassphraseDialog;
}

/** Changes the vault's passphrase: the key is re-wrapped, the caseload itself is not rewritten. */
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePassphraseDialog(Vault &vault, QWidget *parent = nullptr);
    ~ChangePassphraseDialog() override;
    void accept() override;

private:
    Vault &m_vault;
    std::unique_ptr<Ui::ChangePassphraseDialog> m_ui;
};
