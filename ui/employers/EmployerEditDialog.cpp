#include "ui/employers/EmployerEditDialog.h"

#include "model/employers/EmployerDirectory.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

EmployerEditDialog::EmployerEditDialog(EmployerDirectory &directory, const Employer &employer, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_employer(employer)
    , m_name(new QLineEdit(employer.name, this))
    , m_address(new QLineEdit(employer.address, this))
    , m_postcode(new QLineEdit(employer.postcode, this))
    , m_website(new QLineEdit(employer.website, this))
    , m_notes(new QPlainTextEdit(employer.notes, this))
    , m_problem(new QLabel(this))
{
    const bool adding = employer.id.isEmpty();
    setObjectName(QStringLiteral("employerEditDialog"));
    setWindowTitle(adding ? tr("Add an employer") : tr("Change an employer"));

    m_name->setObjectName(QStringLiteral("employerName"));
    m_name->setMaxLength(EmployerDirectory::MaxNameLength);
    m_name->setReadOnly(!employer.isOwn());
    m_address->setObjectName(QStringLiteral("employerAddress"));
    m_postcode->setObjectName(QStringLiteral("employerPostcode"));
    m_website->setObjectName(QStringLiteral("employerWebsite"));
    m_notes->setObjectName(QStringLiteral("employerNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    ProblemLabel::setUp(m_problem, QStringLiteral("employerProblem"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postcode:"), m_postcode);
    form->addRow(tr("&Website:"), m_website);
    form->addRow(tr("N&otes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(adding ? tr("A&dd") : tr("&Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("employerSaveButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EmployerEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    if (!employer.isOwn()) {
        auto *note = new QLabel(tr("This employer's name comes from its vacancies, so it stays as advertised."), this);
        note->setWordWrap(true);
        layout->addWidget(note);
    }
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 50);
    (employer.isOwn() ? m_name : m_address)->setFocus();
}

void EmployerEditDialog::accept()
{
    Employer changed = m_employer;
    changed.name = m_name->text();
    changed.address = m_address->text();
    changed.postcode = m_postcode->text();
    changed.website = m_website->text();
    changed.notes = m_notes->toPlainText();
    Status saved;
    if (changed.id.isEmpty()) {
        auto added = m_directory.addOwn(changed);
        if (added)
            m_savedId = added.value();
        else
            saved = added.error();
    } else {
        saved = m_directory.update(changed);
        m_savedId = changed.id;
    }
    if (!saved) {
        m_problem->setText(saved.error().message);
        m_problem->show();
        const QMap<QString, QWidget *> fields{{QStringLiteral("name"), m_name},
                                              {QStringLiteral("address"), m_address},
                                              {QStringLiteral("postcode"), m_postcode},
                                              {QStringLiteral("website"), m_website},
                                              {QStringLiteral("notes"), m_notes}};
        if (!saved.error().fieldProblems.isEmpty())
            if (QWidget *field = fields.value(saved.error().fieldProblems.firstKey()))
                field->setFocus();
        return;
    }
    QDialog::accept();
}
