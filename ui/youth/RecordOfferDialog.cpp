#include "ui/youth/RecordOfferDialog.h"

#include "model/core/DateText.h"
#include "ui/widgets/DialogSizer.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

RecordOfferDialog::RecordOfferDialog(YouthGuarantee &youth,
                                     const QString &personId,
                                     const QString &personName,
                                     QWidget *parent)
    : QDialog(parent)
    , m_youth(youth)
    , m_personId(personId)
    , m_list(new QListWidget(this))
    , m_type(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_description(new QLineEdit(this))
    , m_outcome(new QComboBox(this))
    , m_source(new QLabel(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("recordOfferDialog"));
    setWindowTitle(tr("Record an offer"));

    auto *intro = new QLabel(tr("Record an offer of work, education or training made to %1. Choose one found in "
                                "their plan, referrals or shortlist, or record one from somewhere else.")
                                 .arg(personName),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);

    auto candidates = youth.candidates(personId);
    m_candidates = candidates ? candidates.value() : QVector<OfferCandidate>();
    m_list->setObjectName(QStringLiteral("offerCandidates"));
    m_list->setAccessibleName(tr("Offers found in their records"));
    auto *byHand = new QListWidgetItem(tr("Somewhere else (fill in below)"), m_list);
    byHand->setData(Qt::UserRole, -1);
    for (int i = 0; i < m_candidates.size(); ++i) {
        const OfferCandidate &c = m_candidates.at(i);
        const QString when = c.date.isValid() ? DateText::date(c.date) : tr("no date");
        auto *item = new QListWidgetItem(
            tr("Suggestion from %1: %2 (%3)").arg(YouthGuarantee::sourceName(c.source).toLower(), c.description, when),
            m_list);
        item->setData(Qt::UserRole, i);
    }
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 7);
    auto *listLabel = new QLabel(tr("&Found in their records:"), this);
    listLabel->setBuddy(m_list);
    if (!candidates) {
        m_problem->setText(candidates.error().message);
        m_problem->show();
    }

    m_type->setObjectName(QStringLiteral("offerType"));
    for (const QString &type : YouthGuarantee::offerTypes())
        m_type->addItem(YouthGuarantee::offerTypeName(type), type);
    m_date->setObjectName(QStringLiteral("offerDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(QDate::currentDate());
    m_description->setObjectName(QStringLiteral("offerDescription"));
    m_description->setMaxLength(200);
    m_outcome->setObjectName(QStringLiteral("offerOutcome"));
    m_outcome->addItem(tr("Not known yet"), QString());
    m_outcome->addItem(tr("Accepted"), QStringLiteral("accepted"));
    m_outcome->addItem(tr("Declined"), QStringLiteral("declined"));
    m_source->setObjectName(QStringLiteral("offerSource"));
    m_source->setWordWrap(true);
    m_source->setTextFormat(Qt::PlainText);
    m_problem->setObjectName(QStringLiteral("offerProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    if (candidates)
        m_problem->hide();

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_source);
    form->addRow(tr("&What was offered:"), m_type);
    form->addRow(tr("Offered &on:"), m_date);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Out&come:"), m_outcome);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *record = buttons->addButton(tr("&Record offer"), QDialogButtonBox::AcceptRole);
    record->setObjectName(QStringLiteral("recordOfferButton"));
    record->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecordOfferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &RecordOfferDialog::candidateChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 55);
    // The first suggestion, if any, is the likeliest; the coach still confirms it.
    m_list->setCurrentRow(m_candidates.isEmpty() ? 0 : 1);
    candidateChosen();
}

void RecordOfferDialog::candidateChosen()
{
    const QListWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index < 0 || index >= m_candidates.size()) {
        m_source->setText(tr("From somewhere else."));
        return;
    }
    const OfferCandidate &c = m_candidates.at(index);
    m_type->setCurrentIndex(std::max(0, m_type->findData(c.type)));
    if (c.date.isValid())
        m_date->setDate(std::min(c.date, QDate::currentDate()));
    m_description->setText(c.description);
    m_source->setText(tr("From %1.").arg(YouthGuarantee::sourceName(c.source).toLower()));
}

void RecordOfferDialog::accept()
{
    OfferRequest request;
    request.personId = m_personId;
    request.type = m_type->currentData().toString();
    request.offeredOn = m_date->date();
    request.description = m_description->text();
    request.outcome = m_outcome->currentData().toString();
    const QListWidgetItem *item = m_list->currentItem();
    const int index = item ? item->data(Qt::UserRole).toInt() : -1;
    if (index >= 0 && index < m_candidates.size()) {
        request.source = m_candidates.at(index).source;
        request.sourceId = m_candidates.at(index).sourceId;
    }
    auto recorded = m_youth.recordOffer(request);
    if (!recorded) {
        m_problem->setText(recorded.error().message);
        m_problem->show();
        return;
    }
    m_offerId = recorded.value();
    QDialog::accept();
}
