#include "ui/employers/PutForwardDialog.h"

#include "model/employers/PutForwards.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

PutForwardDialog::PutForwardDialog(PutForwards &putForwards,
                                   const QString &personId,
                                   const QString &personName,
                                   const QString &vacancyId,
                                   const QString &vacancyTitle,
                                   const QString &employerName,
                                   QWidget *parent)
    : QDialog(parent)
    , m_putForwards(putForwards)
    , m_personId(personId)
    , m_vacancyId(vacancyId)
    , m_consent(new QCheckBox(tr("They &agreed to their details going to this employer for this job"), this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("putForwardDialog"));
    setWindowTitle(tr("Put forward for a job"));

    auto *intro = new QLabel(
        tr("Put %1 forward for %2 at %3. You put them forward; Waymark records it, with their consent, on their "
           "record and the employer's.")
            .arg(personName, vacancyTitle, employerName),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_consent->setObjectName(QStringLiteral("putForwardConsent"));
    m_date->setObjectName(QStringLiteral("putForwardDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(QDate::currentDate());
    m_notes->setObjectName(QStringLiteral("putForwardNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    ProblemLabel::setUp(m_problem, QStringLiteral("putForwardProblem"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_consent);
    form->addRow(tr("Put forward &on:"), m_date);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("&Put forward"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("putForwardButtonOk"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &PutForwardDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 50);
    m_consent->setFocus();
}

void PutForwardDialog::accept()
{
    PutForwardRequest request;
    request.personId = m_personId;
    request.vacancyId = m_vacancyId;
    request.on = m_date->date();
    request.consentConfirmed = m_consent->isChecked();
    request.notes = m_notes->toPlainText();
    auto made = m_putForwards.putForward(request);
    if (!made) {
        m_problem->setText(made.error().message);
        m_problem->show();
        if (made.error().fieldProblems.contains(QStringLiteral("consent")))
            m_consent->setFocus();
        return;
    }
    m_savedId = made.value();
    QDialog::accept();
}
