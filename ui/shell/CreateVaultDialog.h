#pragma once

#include "model/core/Result.h"
#include "model/crypto/KdfParams.h"

#include <QDialog>

#include <memory>

class QLabel;
class VaultSession;

// Only a forward declaration of the class uic generates from CreateVaultDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class CreateVaultDialog;
}

/** First run: name and place the vault, choose its passphrase (twice, with a strength meter) and its setting. */
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    CreateVaultDialog(VaultSession &session, const QString &defaultFolder, QWidget *parent = nullptr);
    ~CreateVaultDialog() override;

    /** For tests: a cheaper key derivation than the real default. */
    void setKdf(const KdfParams &kdf) { m_kdf = kdf; }
    QString createdPath() const { return m_createdPath; }

    void accept() override;

private:
    static void showError(QLabel *label, const QString &message);

    VaultSession &m_session;
    KdfParams m_kdf;
    QString m_createdPath;
    std::unique_ptr<Ui::CreateVaultDialog> m_ui;
};
