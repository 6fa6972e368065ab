#include "ui/outreach/OutreachSessionDialog.h"

#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/PartnerVocabulary.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/ProblemLabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

OutreachSessionDialog::OutreachSessionDialog(OutreachSessions &sessions,
                                             PartnerDirectory &directory,
                                             const QVector<PersonSummary> &caseload,
                                             QWidget *parent)
    : QDialog(parent)
    , m_sessions(sessions)
    , m_venue(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_partner(new QComboBox(this))
    , m_hours(new QDoubleSpinBox(this))
    , m_new(new QSpinBox(this))
    , m_returning(new QSpinBox(this))
    , m_people(new QListWidget(this))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("outreachSessionDialog"));
    setWindowTitle(tr("Record an outreach session"));

    m_venue->setObjectName(QStringLiteral("sessionVenue"));
    m_venue->setEditable(true);
    m_venue->setInsertPolicy(QComboBox::NoInsert);
    if (auto venues = sessions.venues())
        m_venue->addItems(venues.value());
    m_venue->setCurrentIndex(-1);
    m_venue->completer()->setCompletionMode(QCompleter::InlineCompletion);
    m_venue->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_venue->lineEdit()->setPlaceholderText(tr("Where it was held"));
    m_venue->lineEdit()->setAccessibleName(tr("Venue"));

    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_date->setMaximumDate(QDate::currentDate());

    m_partner->setObjectName(QStringLiteral("sessionPartner"));
    m_partner->addItem(tr("No partner"), QString());
    if (auto partners = directory.list()) {
        for (const Partner &p : partners.value())
            m_partner->addItem(p.name, p.id);
    }

    m_hours->setObjectName(QStringLiteral("sessionHours"));
    m_hours->setRange(0.25, OutreachSessions::MaxHours);
    m_hours->setSingleStep(0.5);
    m_hours->setDecimals(2);
    m_hours->setValue(2);
    m_hours->setSuffix(tr(" hours"));
    for (QSpinBox *count : {m_new, m_returning}) {
        count->setRange(0, OutreachSessions::MaxPeopleSeen);
        count->setAccelerated(true);
    }
    m_new->setObjectName(QStringLiteral("sessionNew"));
    m_returning->setObjectName(QStringLiteral("sessionReturning"));

    auto *topics = new QGroupBox(tr("Topics"), this);
    auto *topicGrid = new QGridLayout(topics);
    const QStringList keys = PartnerVocabulary::sessionTopics();
    for (int i = 0; i < keys.size(); ++i) {
        auto *box = new QCheckBox(PartnerVocabulary::sessionTopicName(keys.at(i)), topics);
        box->setObjectName(QStringLiteral("topic_") + keys.at(i));
        box->setProperty("topic", keys.at(i));
        topicGrid->addWidget(box, i / 2, i % 2);
        m_topics.append(box);
    }

    m_people->setObjectName(QStringLiteral("sessionPeople"));
    m_people->setAccessibleName(tr("People seen who are on the caseload"));
    for (const PersonSummary &person : caseload) {
        auto *item = new QListWidgetItem(person.displayName(), m_people);
        item->setData(Qt::UserRole, person.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_people->setMaximumHeight(m_people->fontMetrics().lineSpacing() * 6);

    ProblemLabel::setUp(m_problem, QStringLiteral("sessionProblem"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Partner:"), m_partner);
    form->addRow(tr("&Length:"), m_hours);
    form->addRow(tr("Seen for the first &time:"), m_new);
    form->addRow(tr("Seen &again:"), m_returning);

    auto *peopleLabel = new QLabel(tr("&Who was seen, of those on the caseload:"), this);
    peopleLabel->setBuddy(m_people);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *save = buttons->addButton(tr("&Record"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("recordSessionButton"));
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &OutreachSessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_venue, &QComboBox::activated, this, &OutreachSessionDialog::venueChosen);
    // A venue used before, typed in full or completed as it is typed, fills in what it had last time at once.
    connect(m_venue, &QComboBox::currentTextChanged, this, &OutreachSessionDialog::venueChosen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(topics);
    layout->addWidget(peopleLabel);
    layout->addWidget(m_people);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 50);
}

void OutreachSessionDialog::venueChosen()
{
    const QString venue = m_venue->currentText().trimmed();
    if (venue.isEmpty() || venue == m_filledFrom || m_venue->findText(venue, Qt::MatchFixedString) < 0)
        return;
    m_filledFrom = venue;
    auto last = m_sessions.repeatOf(venue, m_date->date());
    if (!last)
        return;
    const int partner = m_partner->findData(last->partnerId);
    if (partner >= 0)
        m_partner->setCurrentIndex(partner);
    m_hours->setValue(last->hours);
    for (QCheckBox *box : std::as_const(m_topics))
        box->setChecked(last->topics.contains(box->property("topic").toString()));
}

OutreachSession OutreachSessionDialog::edited() const
{
    OutreachSession session;
    session.heldOn = m_date->date();
    session.venue = m_venue->currentText();
    session.partnerId = m_partner->currentData().toString();
    session.hours = m_hours->value();
    session.seenNew = m_new->value();
    session.seenReturning = m_returning->value();
    for (QCheckBox *box : m_topics) {
        if (box->isChecked())
            session.topics.append(box->property("topic").toString());
    }
    for (int i = 0; i < m_people->count(); ++i) {
        if (m_people->item(i)->checkState() == Qt::Checked)
            session.personIds.append(m_people->item(i)->data(Qt::UserRole).toString());
    }
    return session;
}

void OutreachSessionDialog::accept()
{
    auto recorded = m_sessions.record(edited());
    if (!recorded) {
        m_problem->setText(recorded.error().message);
        m_problem->show();
        const auto &problems = recorded.error().fieldProblems;
        if (problems.contains(QStringLiteral("venue")))
            m_venue->setFocus();
        else if (problems.contains(QStringLiteral("seen")) || problems.contains(QStringLiteral("people")))
            m_new->setFocus();
        return;
    }
    m_sessionId = recorded.value();
    QDialog::accept();
}
