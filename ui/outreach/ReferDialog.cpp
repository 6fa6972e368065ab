#include "ui/outreach/ReferDialog.h"

#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/Referrals.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ReferDialog::ReferDialog(PartnerDirectory &directory,
                         Referrals &referrals,
                         const QString &personId,
                         const QString &personName,
                         QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_referrals(referrals)
    , m_personId(personId)
    , m_partner(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_how(new QLabel(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_consent(new QCheckBox(this))
    , m_notes(new QPlainTextEdit(this))
    , m_addToPlan(new QCheckBox(tr("Add an action to the &plan, closed by the outcome"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("referDialog"));
    setWindowTitle(tr("Refer to a partner"));

    auto *intro =
        new QLabel(tr("Refer %1 to a local partner. You make the referral; Waymark records it.").arg(personName), this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto partners = directory.list();
    m_partners = partners ? partners.value() : QVector<Partner>();
    m_partner->setObjectName(QStringLiteral("referPartner"));
    for (const Partner &p : std::as_const(m_partners))
        m_partner->addItem(p.name, p.id);
    m_service->setObjectName(QStringLiteral("referService"));
    m_how->setObjectName(QStringLiteral("referHow"));
    m_how->setWordWrap(true);
    m_how->setTextFormat(Qt::PlainText);
    m_how->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_date->setObjectName(QStringLiteral("referDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(QDate::currentDate());
    m_consent->setObjectName(QStringLiteral("referConsent"));
    m_consent->setText(tr("The person &agreed to this referral"));
    m_notes->setObjectName(QStringLiteral("referNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(m_notes->fontMetrics().lineSpacing() * 4);
    m_addToPlan->setObjectName(QStringLiteral("referAddToPlan"));
    m_addToPlan->setChecked(true);
    ProblemLabel::setUp(m_problem, QStringLiteral("referProblem"));

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(tr("Pa&rtner:"), m_partner);
    form->addRow(tr("&Service:"), m_service);
    form->addRow(m_how);
    form->addRow(tr("Referred &on:"), m_date);
    form->addRow(m_consent);
    form->addRow(tr("&Notes for the partner:"), m_notes);
    form->addRow(m_addToPlan);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *refer = buttons->addButton(tr("Re&fer"), QDialogButtonBox::AcceptRole);
    refer->setObjectName(QStringLiteral("referButtonOk"));
    refer->setDefault(true);
    refer->setEnabled(!m_partners.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &ReferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_partner, &QComboBox::currentIndexChanged, this, &ReferDialog::partnerChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 50);
    if (m_partners.isEmpty()) {
        m_problem->setText(tr("There are no partners in the directory yet. Import your administrator's list, or add "
                              "your own under Edit ▸ Local partners."));
        m_problem->show();
    }
    partnerChosen();
}

void ReferDialog::partnerChosen()
{
    const int index = m_partner->currentIndex();
    m_service->clear();
    if (index < 0 || index >= m_partners.size()) {
        m_consent->setEnabled(false);
        return;
    }
    const Partner &partner = m_partners.at(index);
    for (const QString &service : partner.services)
        m_service->addItem(m_directory.serviceName(service), service);
    QString how = partner.howToRefer.trimmed();
    if (!partner.opening.trimmed().isEmpty())
        how = how.isEmpty() ? partner.opening.trimmed() : partner.opening.trimmed() + QLatin1Char('\n') + how;
    m_how->setText(how);
    m_how->setVisible(!how.isEmpty());
    // A partner that signposts needs no consent recorded; the box is then left out rather than left unticked.
    m_consent->setVisible(partner.consentNeeded);
    m_consent->setEnabled(partner.consentNeeded);
    if (!partner.consentNeeded)
        m_consent->setChecked(false);
}

void ReferDialog::accept()
{
    ReferralRequest request;
    request.personId = m_personId;
    request.partnerId = m_partner->currentData().toString();
    request.service = m_service->currentData().toString();
    request.referredOn = m_date->date();
    request.consentConfirmed = m_consent->isEnabled() && m_consent->isChecked();
    request.notes = m_notes->toPlainText();
    request.addToPlan = m_addToPlan->isChecked();
    auto made = m_referrals.refer(request);
    if (!made) {
        m_problem->setText(made.error().message);
        m_problem->show();
        if (made.error().fieldProblems.contains(QStringLiteral("consent")))
            m_consent->setFocus();
        return;
    }
    m_referralId = made.value();
    QDialog::accept();
}
