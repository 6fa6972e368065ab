#pragma once

#include "model/core/Result.h"
#include "model/crypto/KdfParams.h"

#include <QDialog>

class PassphraseStrengthMeter;
class QButtonGroup;
class QLabel;
class QLineEdit;
class VaultSession;

/** First run: name and place the vault, choose its passphrase (twice, with a strength meter) and its setting. */
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    CreateVaultDialog(VaultSession &session, const QString &defaultFolder, QWidget *parent = nullptr);

    /** For tests: a cheaper key derivation than the real default. */
    void setKdf(const KdfParams &kdf) { m_kdf = kdf; }
    QString createdPath() const { return m_createdPath; }

    void accept() override;

private:
    QLabel *errorLabel(const QString &name);
    void showError(QLabel *label, const QString &message);

    VaultSession &m_session;
    KdfParams m_kdf;
    QString m_createdPath;
    QLineEdit *m_name;
    QLineEdit *m_folder;
    QLineEdit *m_owner;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    PassphraseStrengthMeter *m_meter;
    QButtonGroup *m_setting;
    QLabel *m_nameError;
    QLabel *m_passphraseError;
    QLabel *m_confirmError;
    QLabel *m_generalError;
};
