#include "ui/employers/ContactDialog.h"

#include "model/employers/EmployerDirectory.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

ContactDialog::ContactDialog(EmployerDirectory &directory, const Employer &employer, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_employerId(employer.id)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("contactDialog"));
    setWindowTitle(tr("Add a contact"));
    auto *intro = new QLabel(tr("Someone to speak to at %1.").arg(employer.name), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_name->setObjectName(QStringLiteral("contactName"));
    m_role->setObjectName(QStringLiteral("contactRole"));
    m_phone->setObjectName(QStringLiteral("contactPhone"));
    m_email->setObjectName(QStringLiteral("contactEmail"));
    for (QLineEdit *edit : {m_name, m_role, m_phone, m_email})
        edit->setMaxLength(EmployerDirectory::MaxNameLength);
    ProblemLabel::setUp(m_problem, QStringLiteral("contactProblem"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Email:"), m_email);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("A&dd"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("contactSaveButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ContactDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 45);
}

void ContactDialog::accept()
{
    EmployerContact contact;
    contact.employerId = m_employerId;
    contact.name = m_name->text();
    contact.role = m_role->text();
    contact.phone = m_phone->text();
    contact.email = m_email->text();
    auto added = m_directory.addContact(contact);
    if (!added) {
        m_problem->setText(added.error().message);
        m_problem->show();
        return;
    }
    m_savedId = added.value();
    QDialog::accept();
}
