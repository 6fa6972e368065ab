#include "ui/shell/RestoreBackupDialog.h"

#include "ui_RestoreBackupDialog.h"

#include "model/core/SecureBytes.h"
#include "model/vault/Vault.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

RestoreBackupDialog::RestoreBackupDialog(const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_folder(folder)
    , m_ui(std::make_unique<Ui::RestoreBackupDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 60);
    for (QLabel *label : {m_ui->backupLabel, m_ui->vaultLabel, m_ui->passphraseLabel})
        label->buddy()->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_ui->restoreError->hide();
    m_ui->buttonBox->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_ui->browseBackupButton, &QPushButton::clicked, this, &RestoreBackupDialog::chooseBackup);
    connect(m_ui->browseVaultButton, &QPushButton::clicked, this, &RestoreBackupDialog::chooseVault);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RestoreBackupDialog::reject);
}

RestoreBackupDialog::~RestoreBackupDialog() = default;

void RestoreBackupDialog::chooseBackup()
{
    const QString path = FileDialog::openFileName(
        this, tr("Choose a backup"), m_folder, tr("Waymark backups (*.wmbackup);;All files (*)"));
    if (path.isEmpty())
        return;
    m_ui->backupEdit->setText(path);
    if (m_ui->vaultEdit->text().isEmpty()) {
        // Suggest a new folder beside the backup, named after it, which the person can change.
        const QFileInfo backup(path);
        m_ui->vaultEdit->setText(
            backup.absoluteDir().filePath(backup.completeBaseName() + QLatin1String(Vault::Suffix)));
    }
}

void RestoreBackupDialog::chooseVault()
{
    QString path = FileDialog::saveFileName(this, tr("Where should the restored vault go?"), m_folder);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(Vault::Suffix)))
        path += QLatin1String(Vault::Suffix);
    m_ui->vaultEdit->setText(path);
}

void RestoreBackupDialog::showProblem(const QString &problem)
{
    m_ui->restoreError->setText(QStringLiteral("⚠ ") + problem);
    m_ui->restoreError->setAccessibleName(problem);
    m_ui->restoreError->show();
}

void RestoreBackupDialog::accept()
{
    const QString backup = m_ui->backupEdit->text().trimmed();
    const QString vault = m_ui->vaultEdit->text().trimmed();
    if (backup.isEmpty()) {
        showProblem(tr("Choose the backup file to restore."));
        return;
    }
    if (vault.isEmpty()) {
        showProblem(tr("Choose a new folder for the restored vault."));
        return;
    }
    QByteArray typed = m_ui->passphraseEdit->text().toUtf8();
    m_ui->passphraseEdit->clear();
    const SecureBytes passphrase = SecureBytes::takeFrom(typed);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = VaultBackup::restore(backup, vault, passphrase);
    QApplication::restoreOverrideCursor();
    if (!report) {
        showProblem(report.error().message);
        return;
    }
    m_report = report.value();
    QDialog::accept();
}
