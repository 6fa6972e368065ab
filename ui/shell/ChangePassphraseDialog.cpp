#include "ui/shell/ChangePassphraseDialog.h"

#include "model/vault/Vault.h"
#include "ui/widgets/PassphraseStrengthMeter.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ChangePassphraseDialog::ChangePassphraseDialog(Vault &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_current(new QLineEdit(this))
    , m_next(new QLineEdit(this))
    , m_confirm(new QLineEdit(this))
    , m_meter(new PassphraseStrengthMeter(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    setWindowTitle(tr("Change passphrase"));
    const struct
    {
        QLineEdit *edit;
        const char *objectName;
        QString label;
    } rows[] = {
        {m_current, "currentEdit", tr("&Current passphrase:")},
        {m_next, "newEdit", tr("&New passphrase:")},
        {m_confirm, "confirmEdit", tr("New passphrase &again:")},
    };
    auto *form = new QFormLayout;
    for (const auto &row : rows) {
        row.edit->setObjectName(QLatin1String(row.objectName));
        row.edit->setEchoMode(QLineEdit::Password);
        auto *label = new QLabel(row.label, this);
        label->setBuddy(row.edit);
        row.edit->setAccessibleName(label->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, row.edit);
        if (row.edit == m_next)
            form->addRow(QString(), m_meter);
    }
    m_error->setObjectName(QStringLiteral("changeError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(tr("&Change passphrase"), QDialogButtonBox::AcceptRole)->setDefault(true);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_next, &QLineEdit::textChanged, m_meter, &PassphraseStrengthMeter::setPassphrase);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
}

void ChangePassphraseDialog::accept()
{
    QString problem;
    if (!m_meter->isAcceptable())
        problem = tr("Choose a stronger new passphrase: a few unrelated words work well.");
    else if (m_next->text() != m_confirm->text())
        problem = tr("The two new passphrases are different. Type the same passphrase twice.");
    if (problem.isEmpty()) {
        QByteArray current = m_current->text().toUtf8();
        QByteArray next = m_next->text().toUtf8();
        const Status status = m_vault.changePassphrase(SecureBytes::takeFrom(current), SecureBytes::takeFrom(next));
        if (status) {
            QDialog::accept();
            return;
        }
        problem = status.error().message;
    }
    m_error->setText(QStringLiteral("⚠ ") + problem);
    m_error->setAccessibleName(problem);
    m_error->show();
}
