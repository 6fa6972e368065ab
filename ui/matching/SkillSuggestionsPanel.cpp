#include "ui/matching/SkillSuggestionsPanel.h"

#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

SkillSuggestionsPanel::SkillSuggestionsPanel(RecordStore &store, QWidget *parent)
    : QGroupBox(tr("Suggested from work history"), parent)
    , m_store(store)
    , m_message(new QLabel(this))
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(QStringLiteral("historySuggestionsPanel"));
    setAccessibleName(tr("Skills suggested from their work history"));
    setAccessibleDescription(tr("Suggestions only: a skill is added to their record when you choose its Add button."));
    m_message->setObjectName(QStringLiteral("suggestionsMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_layout->addWidget(m_message);
    hide();
}

void SkillSuggestionsPanel::setSource(SuggestionSource source)
{
    m_source = std::move(source);
    if (!m_source)
        hide();
}

QList<QWidget *> SkillSuggestionsPanel::focusWidgets() const
{
    QList<QWidget *> widgets;
    if (m_rows) {
        for (QPushButton *button : m_rows->findChildren<QPushButton *>(QStringLiteral("addSuggestionButton")))
            widgets.append(button);
    }
    return widgets;
}

void SkillSuggestionsPanel::clear()
{
    m_personId.clear();
    m_suggestions.clear();
    dropRows();
    m_message->clear();
    hide();
}

void SkillSuggestionsPanel::dropRows()
{
    // Rows are dropped later: this can run from inside an Add button's own click.
    if (m_rows) {
        m_rows->hide();
        m_layout->removeWidget(m_rows);
        m_rows->deleteLater();
        m_rows = nullptr;
    }
}

void SkillSuggestionsPanel::showFor(const QString &personId)
{
    if (personId.isEmpty() || !m_source) {
        clear();
        return;
    }
    m_personId = personId;
    auto suggestions = m_source(personId);
    if (!suggestions) {
        m_suggestions.clear();
        dropRows();
        m_message->setText(suggestions.error().message);
        show();
        return;
    }
    m_suggestions = suggestions.value();
    rebuild();
    show();
}

void SkillSuggestionsPanel::rebuild()
{
    dropRows();
    if (m_suggestions.isEmpty()) {
        m_message->setText(tr("Nothing to suggest: their work history adds no skills they have not got already."));
        return;
    }
    m_message->setText(tr("These skills are usual in jobs they have done. Add the ones they confirm; the rest are "
                          "not saved."));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("suggestionsScroll"));
    // A container, not a control: out of the Tab order, where it took focus with no name and no ring.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the suggestions, not to their container
    auto *inner = new QWidget(scroll);
    auto *grid = new QGridLayout(inner);
    grid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const SkillSuggestion &suggestion = m_suggestions.at(i);
        auto *label = new QLabel(tr("%1 (%2)").arg(suggestion.label, suggestion.reason), inner);
        label->setObjectName(QStringLiteral("suggestionLabel"));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        auto *button = new QPushButton(tr("Add"), inner);
        button->setObjectName(QStringLiteral("addSuggestionButton"));
        button->setProperty("conceptId", suggestion.conceptId);
        button->setAccessibleName(tr("Add %1 to their skills").arg(suggestion.label));
        button->setAccessibleDescription(suggestion.reason);
        connect(button, &QPushButton::clicked, this, [this, i] { add(i); });
        grid->addWidget(label, i, 0);
        grid->addWidget(button, i, 1, Qt::AlignTop);
    }
    grid->setColumnStretch(0, 1);
    grid->setRowStretch(int(m_suggestions.size()), 1);
    scroll->setWidget(inner);
    // A few rows show at once; the rest scroll, so the matches keep their room.
    const int rowHeight = fontMetrics().height() * 2 + 8;
    scroll->setMaximumHeight(rowHeight * int(std::min<qsizetype>(4, m_suggestions.size())) + 4);
    m_rows = scroll;
    m_layout->addWidget(m_rows);
}

void SkillSuggestionsPanel::add(int index)
{
    if (index < 0 || index >= m_suggestions.size() || m_personId.isEmpty())
        return;
    const SkillSuggestion suggestion = m_suggestions.at(index);
    const QString personId = m_personId;
    const FieldMap fields = {
        {QStringLiteral("label"), suggestion.label},
        {QStringLiteral("taxonomy_id"), suggestion.conceptId},
        {QStringLiteral("source"), QStringLiteral("work_history")},
    };
    auto added = m_store.add(personId, Kinds::Skill, fields);
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    // The store's change signal may already have read the suggestions again; if not, drop this one here.
    if (m_personId == personId) {
        const auto it = std::find_if(m_suggestions.cbegin(), m_suggestions.cend(), [&](const SkillSuggestion &s) {
            return s.conceptId == suggestion.conceptId;
        });
        if (it != m_suggestions.cend()) {
            m_suggestions.erase(it);
            rebuild();
        }
        m_message->setText(tr("Added “%1” to their skills.").arg(suggestion.label));
    }
    Q_EMIT skillAdded(personId);
}
