#include "ui/caseload/PersonEraseDialog.h"

#include "ui_PersonEraseDialog.h"

#include "model/core/TextFolding.h"
#include "ui/widgets/DialogSizer.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <QPushButton>

namespace
{
    QList<QString> &queuedConfirmations()
    {
        static QList<QString> queue;
        return queue;
    }

    QString &lastDetailsText()
    {
        static QString text;
        return text;
    }
} // namespace

PersonEraseDialog::PersonEraseDialog(const QString &fullName,
                                     const QString &noun,
                                     const QString &details,
                                     QWidget *parent)
    : QDialog(parent)
    , m_fullName(fullName)
    , m_ui(std::make_unique<Ui::PersonEraseDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 50);
    setWindowTitle(tr("Erase this %1").arg(noun));
    setAccessibleName(windowTitle());
    m_ui->eraseDetails->setText(details);
    m_ui->erasePrompt->setText(tr("To confirm, type the %1's full name: %2").arg(noun, fullName));
    m_ui->confirmNameEdit->setAccessibleDescription(m_ui->erasePrompt->text());

    // Added in code: a custom word with a destructive role, and objectNames on the buttons tests press.
    QPushButton *erase = m_ui->buttonBox->addButton(tr("&Erase permanently"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    erase->setEnabled(false);
    QPushButton *cancel = m_ui->buttonBox->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter must never erase by accident: the safe choice is the default until the name matches.
    cancel->setDefault(true);
    connect(erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->confirmNameEdit, &QLineEdit::textChanged, this, [this, erase, cancel] {
        const bool match = nameMatches();
        erase->setEnabled(match);
        erase->setDefault(match);
        cancel->setDefault(!match);
        // Say why Erase is still unavailable, once something has been typed, rather than leave it silently grey.
        const bool typed = !m_ui->confirmNameEdit->text().trimmed().isEmpty();
        m_ui->matchStatus->setText(match   ? tr("The name matches. Erase permanently is now available.")
                                   : typed ? tr("This does not match the name yet.")
                                           : QString());
        m_ui->confirmNameEdit->setAccessibleDescription(m_ui->matchStatus->text().isEmpty()
                                                            ? m_ui->erasePrompt->text()
                                                            : m_ui->erasePrompt->text() + QLatin1Char(' ') +
                                                                  m_ui->matchStatus->text());
    });
    m_ui->confirmNameEdit->setFocus();
}

PersonEraseDialog::~PersonEraseDialog() = default;

bool PersonEraseDialog::matches(const QString &typed, const QString &fullName)
{
    // Case and accents are not asked for: a keyboard without â must still be able to confirm "Siân".
    const QString want = TextFolding::fold(fullName.simplified());
    return !want.isEmpty() && TextFolding::fold(typed.simplified()) == want;
}

bool PersonEraseDialog::nameMatches() const
{
    return matches(m_ui->confirmNameEdit->text(), m_fullName);
}

bool PersonEraseDialog::confirm(QWidget *parent, const QString &fullName, const QString &noun, const QString &details)
{
    lastDetailsText() = details;
    if (!queuedConfirmations().isEmpty())
        return matches(queuedConfirmations().takeFirst(), fullName);
    // On the heap and watched: locking may delete the parent, and with it the dialog, while exec() runs.
    QPointer<PersonEraseDialog> dialog = new PersonEraseDialog(fullName, noun, details, parent);
    const int result = dialog->exec();
    if (!dialog)
        return false;
    const bool confirmed = result == QDialog::Accepted && dialog->nameMatches();
    delete dialog;
    return confirmed;
}

void PersonEraseDialog::setNextConfirmation(const QString &typedName)
{
    queuedConfirmations().append(typedName);
}

QString PersonEraseDialog::lastDetails()
{
    return lastDetailsText();
}
