#include "ui/outreach/ReferralOutcomeDialog.h"

#include "model/core/DateText.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/Referrals.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferralOutcomeDialog::ReferralOutcomeDialog(Referrals &referrals,
                                             const PartnerDirectory &directory,
                                             const Record &referral,
                                             QWidget *parent)
    : QDialog(parent)
    , m_referrals(referrals)
    , m_referral(referral)
    , m_outcome(new QComboBox(this))
    , m_date(new QDateEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("referralOutcomeDialog"));
    setWindowTitle(tr("Follow a referral"));

    const QDate referredOn = QDate::fromString(referral.value(QStringLiteral("referred_on")), Qt::ISODate);
    auto *intro = new QLabel(tr("Referred to %1 for %2 on %3. The partner, service and consent stay as they were "
                                "made; if one is wrong, remove this referral and make a new one.")
                                 .arg(referral.value(QStringLiteral("partner_name")),
                                      directory.serviceName(referral.value(QStringLiteral("service"))),
                                      DateText::date(referredOn)),
                             this);
    intro->setObjectName(QStringLiteral("referralOutcomeIntro"));
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    m_outcome->setObjectName(QStringLiteral("referralOutcome"));
    for (const QString &outcome : Referrals::outcomes())
        m_outcome->addItem(Referrals::outcomeName(outcome), outcome);
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(referral.value(QStringLiteral("outcome")))));

    const QDate outcomeOn = QDate::fromString(referral.value(QStringLiteral("outcome_on")), Qt::ISODate);
    m_date->setObjectName(QStringLiteral("referralOutcomeDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMinimumDate(referredOn.isValid() ? referredOn : QDate(2000, 1, 1));
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setDate(outcomeOn.isValid() ? outcomeOn : QDate::currentDate());

    m_notes->setObjectName(QStringLiteral("referralOutcomeNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlainText(referral.value(QStringLiteral("notes")));
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);

    ProblemLabel::setUp(m_problem, QStringLiteral("referralOutcomeProblem"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("On &date:"), m_date);
    form->addRow(tr("&Notes:"), m_notes);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("&Record outcome"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("referralOutcomeButtonOk"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferralOutcomeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 45);
}

void ReferralOutcomeDialog::accept()
{
    if (Status s = m_referrals.recordOutcome(
            m_referral.id, m_outcome->currentData().toString(), m_date->date(), m_notes->toPlainText());
        !s) {
        m_problem->setText(s.error().message);
        m_problem->show();
        return;
    }
    QDialog::accept();
}
