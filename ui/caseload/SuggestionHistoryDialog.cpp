#include "ui/caseload/SuggestionHistoryDialog.h"

#include "model/caseload/PersonReport.h"
#include "ui/widgets/DialogSizer.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

SuggestionHistoryDialog::SuggestionHistoryDialog(SuggestionHistory &history,
                                                 QString personId,
                                                 const QString &personName,
                                                 QWidget *parent)
    : QDialog(parent)
    , m_history(history)
    , m_personId(std::move(personId))
    , m_list(new QTreeWidget(this))
    , m_details(new QTextBrowser(this))
    , m_aboutSuggestion(new QRadioButton(tr("The sugges&tion"), this))
    , m_aboutDecision(new QRadioButton(tr("The &decision on it"), this))
    , m_about(new QButtonGroup(this))
    , m_reason(new QLineEdit(this))
    , m_record(new QPushButton(tr("&Record that they disagreed"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("suggestionHistoryDialog"));
    setWindowTitle(tr("Suggestions made about %1").arg(personName));

    auto *intro = new QLabel(tr("Every suggestion Waymark showed about them, as it was shown, and what was decided. "
                                "Their copy of their record lists the same. If they disagree with one, record it "
                                "here in their words."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("suggestionList"));
    m_list->setAccessibleName(tr("Suggestions shown about them, oldest first"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Shown"), tr("Tool"), tr("What was shown"), tr("Decision")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    for (int column : {0, 1, 3})
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto *listLabel = new QLabel(tr("&Suggestions"), this);
    listLabel->setBuddy(m_list);

    m_details->setObjectName(QStringLiteral("suggestionDetails"));
    m_details->setAccessibleName(tr("The chosen suggestion, as their copy words it"));
    m_details->setTabChangesFocus(true);
    auto *detailsLabel = new QLabel(tr("As their c&opy words it"), this);
    detailsLabel->setBuddy(m_details);

    auto *disagreement = new QGroupBox(tr("They disagreed with"), this);
    m_aboutSuggestion->setObjectName(QStringLiteral("aboutSuggestion"));
    m_aboutDecision->setObjectName(QStringLiteral("aboutDecision"));
    m_aboutSuggestion->setChecked(true);
    m_about->addButton(m_aboutSuggestion);
    m_about->addButton(m_aboutDecision);
    m_reason->setObjectName(QStringLiteral("disagreementReason"));
    m_reason->setAccessibleName(tr("What they said, in a few words"));
    m_reason->setMaxLength(SuggestionHistory::MaxReasonLength);
    auto *reasonLabel = new QLabel(tr("&What they said"), disagreement);
    reasonLabel->setBuddy(m_reason);
    m_record->setObjectName(QStringLiteral("recordDisagreementButton"));
    m_message->setObjectName(QStringLiteral("disagreementMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    auto *aboutRow = new QHBoxLayout;
    aboutRow->addWidget(m_aboutSuggestion);
    aboutRow->addWidget(m_aboutDecision);
    aboutRow->addStretch();
    auto *reasonRow = new QHBoxLayout;
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    reasonRow->addWidget(m_record);
    auto *disagreementLayout = new QVBoxLayout(disagreement);
    disagreementLayout->addLayout(aboutRow);
    disagreementLayout->addLayout(reasonRow);
    disagreementLayout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &SuggestionHistoryDialog::showCurrent);
    connect(m_record, &QPushButton::clicked, this, &SuggestionHistoryDialog::recordDisagreement);
    connect(m_reason, &QLineEdit::returnPressed, this, &SuggestionHistoryDialog::recordDisagreement);
    m_record->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 2);
    layout->addWidget(detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addWidget(disagreement);
    layout->addWidget(buttons);

    setTabOrder(m_list, m_details);
    setTabOrder(m_details, m_aboutSuggestion);
    setTabOrder(m_aboutSuggestion, m_aboutDecision);
    setTabOrder(m_aboutDecision, m_reason);
    setTabOrder(m_reason, m_record);

    reload(QString());
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 90), 520);
    m_list->setFocus(Qt::OtherFocusReason);
}

void SuggestionHistoryDialog::reload(const QString &keepId)
{
    auto entries = m_history.forPerson(m_personId);
    m_entries = entries ? entries.value() : QVector<SuggestionEntry>{};
    m_list->clear();
    m_message->clear();
    int keepRow = -1;
    for (int row = 0; row < m_entries.size(); ++row) {
        const SuggestionEntry &entry = m_entries.at(row);
        QString shown = entry.shown.label;
        if (entry.shown.tool == SuggestionHistory::ToolMatching && !entry.shown.detail.isEmpty())
            shown = tr("%1 at %2").arg(entry.shown.label, entry.shown.detail);
        QString decision = SuggestionHistory::decisionLabel(entry.decision);
        if (!entry.disagreements.isEmpty())
            decision = tr("%1; they disagreed").arg(decision);
        auto *item = new QTreeWidgetItem(
            m_list,
            {PersonReport::localTime(entry.shownAt), SuggestionHistory::toolLabel(entry.shown.tool), shown, decision});
        item->setData(0, Qt::UserRole, row);
        if (entry.id == keepId)
            keepRow = row;
    }
    if (!entries)
        m_message->setText(entries.error().message);
    else if (m_entries.isEmpty())
        m_message->setText(tr("No suggestions have been shown about them yet."));
    if (!m_entries.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(keepRow >= 0 ? keepRow : int(m_entries.size()) - 1));
    showCurrent();
}

int SuggestionHistoryDialog::currentIndex() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toInt() : -1;
}

void SuggestionHistoryDialog::setCurrentRow(int row)
{
    if (row >= 0 && row < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(row));
}

void SuggestionHistoryDialog::showCurrent()
{
    const int index = currentIndex();
    const bool chosen = index >= 0 && index < m_entries.size();
    m_details->setPlainText(chosen ? PersonReport::suggestionText(m_entries.at(index))
                                   : tr("Choose a suggestion to see it as their copy words it."));
    const bool decided = chosen && !m_entries.at(index).decision.isEmpty();
    m_aboutDecision->setEnabled(decided);
    if (!decided)
        m_aboutSuggestion->setChecked(true);
    m_aboutSuggestion->setEnabled(chosen);
    m_reason->setEnabled(chosen);
    m_record->setEnabled(chosen);
}

bool SuggestionHistoryDialog::recordDisagreement()
{
    const int index = currentIndex();
    if (index < 0 || index >= m_entries.size())
        return false;
    const QString id = m_entries.at(index).id;
    const QString about = m_aboutDecision->isChecked() ? QString(SuggestionHistory::AboutDecision)
                                                       : QString(SuggestionHistory::AboutSuggestion);
    auto recorded = m_history.recordDisagreement(m_personId, id, about, m_reason->text());
    if (!recorded) {
        m_message->setText(recorded.error().message);
        m_reason->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_reason->clear();
    reload(id);
    m_message->setText(tr("Recorded that they disagreed. It is in their copy of their record."));
    return true;
}
