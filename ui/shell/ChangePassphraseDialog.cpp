#include "ui/shell/ChangePassphraseDialog.h"

#include "ui_ChangePassphraseDialog.h"

#include "model/vault/Vault.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/PassphraseStrengthMeter.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ChangePassphraseDialog::ChangePassphraseDialog(Vault &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_ui(std::make_unique<Ui::ChangePassphraseDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 50);
    // Screen readers get the label's words without the mnemonic and colon, in whichever language the label is in.
    for (QLabel *label : {m_ui->currentLabel, m_ui->newLabel, m_ui->confirmLabel})
        label->buddy()->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_ui->changeError->hide();

    // Our own button words (not Qt's Ok) keep their translations in this class's context, so they are added here.
    m_ui->buttonBox->addButton(tr("C&hange passphrase"), QDialogButtonBox::AcceptRole)->setDefault(true);
    m_ui->buttonBox->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(m_ui->newEdit, &QLineEdit::textChanged, m_ui->strengthMeter, &PassphraseStrengthMeter::setPassphrase);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
}

ChangePassphraseDialog::~ChangePassphraseDialog() = default;

void ChangePassphraseDialog::accept()
{
    QString problem;
    if (!m_ui->strengthMeter->isAcceptable())
        problem = tr("Choose a stronger new passphrase: a few unrelated words work well.");
    else if (m_ui->newEdit->text() != m_ui->confirmEdit->text())
        problem = tr("The two new passphrases are different. Type the same passphrase twice.");
    if (problem.isEmpty()) {
        QByteArray current = m_ui->currentEdit->text().toUtf8();
        QByteArray next = m_ui->newEdit->text().toUtf8();
        const Status status = m_vault.changePassphrase(SecureBytes::takeFrom(current), SecureBytes::takeFrom(next));
        if (status) {
            QDialog::accept();
            return;
        }
        problem = status.error().message;
    }
    m_ui->changeError->setText(QStringLiteral("⚠ ") + problem);
    m_ui->changeError->setAccessibleName(problem);
    m_ui->changeError->show();
}
