#pragma once

#include <QDialog>

class PassphraseStrengthMeter;
class QLabel;
class QLineEdit;
class Vault;

/** Changes the vault's passphrase: the key is re-wrapped, the caseload itself is not rewritten. */
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePassphraseDialog(Vault &vault, QWidget *parent = nullptr);
    void accept() override;

private:
    Vault &m_vault;
    QLineEdit *m_current;
    QLineEdit *m_next;
    QLineEdit *m_confirm;
    PassphraseStrengthMeter *m_meter;
    QLabel *m_error;
};
