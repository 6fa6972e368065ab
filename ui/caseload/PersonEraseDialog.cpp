#include "ui/caseload/PersonEraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

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
    , m_nameEdit(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("personEraseDialog"));
    setWindowTitle(tr("Erase this %1").arg(noun));
    setAccessibleName(windowTitle());

    auto *what = new QLabel(details, this);
    what->setObjectName(QStringLiteral("eraseDetails"));
    what->setTextFormat(Qt::PlainText);
    what->setWordWrap(true);

    auto *prompt = new QLabel(tr("To confirm, type the %1's full name: %2").arg(noun, fullName), this);
    prompt->setObjectName(QStringLiteral("erasePrompt"));
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);

    auto *nameLabel = new QLabel(tr("&Full name"), this);
    nameLabel->setBuddy(m_nameEdit);
    m_nameEdit->setObjectName(QStringLiteral("confirmNameEdit"));
    m_nameEdit->setAccessibleName(tr("Full name"));
    m_nameEdit->setAccessibleDescription(prompt->text());

    QPushButton *erase = m_buttons->addButton(tr("&Erase permanently"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("eraseButton"));
    erase->setEnabled(false);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    // Enter must never erase by accident: the safe choice is the default until the name matches.
    cancel->setDefault(true);
    connect(erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, [this, erase, cancel] {
        erase->setEnabled(nameMatches());
        erase->setDefault(nameMatches());
        cancel->setDefault(!nameMatches());
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(what);
    layout->addWidget(prompt);
    layout->addWidget(nameLabel);
    layout->addWidget(m_nameEdit);
    layout->addWidget(m_buttons);
    m_nameEdit->setFocus();
}

bool PersonEraseDialog::matches(const QString &typed, const QString &fullName)
{
    const QString want = fullName.simplified();
    return !want.isEmpty() && typed.simplified().compare(want, Qt::CaseInsensitive) == 0;
}

bool PersonEraseDialog::nameMatches() const
{
    return matches(m_nameEdit->text(), m_fullName);
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
