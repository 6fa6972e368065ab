#include "ui/employers/EngagementDialog.h"

#include "model/employers/EmployerDirectory.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EngagementDialog::EngagementDialog(EmployerDirectory &directory,
                                   const Employer &employer,
                                   const QString &coachName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_employer(employer)
    , m_coach(coachName)
    , m_kind(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_note(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("engagementDialog"));
    setWindowTitle(tr("Log an engagement"));

    auto *intro = new QLabel(tr("What happened with %1?").arg(employer.name), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_kind->setObjectName(QStringLiteral("engagementKind"));
    for (const QString &kind : EmployerDirectory::engagementKinds())
        m_kind->addItem(EmployerDirectory::engagementKindName(kind), kind);
    // A visit is what a coach logs most, so it is offered first: opening the dialog and pressing Enter logs it.
    m_kind->setCurrentIndex(m_kind->findData(QStringLiteral("visited")));
    m_date->setObjectName(QStringLiteral("engagementDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(QDate::currentDate());
    m_note->setObjectName(QStringLiteral("engagementNote"));
    m_note->setMaxLength(EmployerDirectory::MaxNoteLength);
    m_note->setPlaceholderText(tr("Optional: what came of it"));
    ProblemLabel::setUp(m_problem, QStringLiteral("engagementProblem"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&What happened:"), m_kind);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("&Note:"), m_note);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("&Log it"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("engagementSaveButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &EngagementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 45);
    m_kind->setFocus();
}

void EngagementDialog::accept()
{
    Engagement engagement;
    engagement.employerId = m_employer.id;
    engagement.kind = m_kind->currentData().toString();
    engagement.on = m_date->date();
    engagement.note = m_note->text();
    engagement.recordedBy = m_coach;
    auto logged = m_directory.logEngagement(engagement);
    if (!logged) {
        m_problem->setText(logged.error().message);
        m_problem->show();
        return;
    }
    m_savedId = logged.value();
    QDialog::accept();
}
