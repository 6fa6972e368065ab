#include "ui/caseload/ConceptField.h"

#include "model/matching/SkillNormaliser.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace
{
    constexpr int MaxChoices = 6;
    constexpr int TypingPauseMs = 250;
} // namespace

ConceptLookup ConceptLookup::over(std::function<std::shared_ptr<const SkillNormaliser>()> source)
{
    ConceptLookup lookup;
    lookup.candidates = [source](const QString &text) {
        QVector<ConceptChoice> choices;
        if (const std::shared_ptr<const SkillNormaliser> normaliser = source()) {
            // Shown in the interface's language (built-in concepts have Welsh names); matched on the id.
            for (const NormalisedLabel &n : normaliser->skillCandidates(text))
                choices.append({n.id, normaliser->taxonomy().displayLabel(n.id), n.howText(), n.certain()});
        }
        return choices;
    };
    lookup.label = [source](const QString &id) {
        const std::shared_ptr<const SkillNormaliser> normaliser = source();
        if (!normaliser || !normaliser->taxonomy().findConcept(id))
            return QString();
        return normaliser->taxonomy().displayLabel(id);
    };
    return lookup;
}

QString ConceptLookup::describe(const QString &text, const QString &conceptId) const
{
    if (!*this)
        return {};
    if (!conceptId.isEmpty()) {
        const QString chosen = label(conceptId);
        return chosen.isEmpty() ? ConceptField::tr("Not in the taxonomy in use (a skill chosen from another one)")
                                : chosen;
    }
    const QVector<ConceptChoice> choices = candidates(text);
    if (!choices.isEmpty() && choices.constFirst().certain)
        return ConceptField::tr("%1 (found by its name)").arg(choices.constFirst().label);
    return ConceptField::tr("Not in the taxonomy");
}

ConceptField::ConceptField(QComboBox *combo, QLabel *status, QLineEdit *name, QObject *parent)
    : QObject(parent)
    , m_combo(combo)
    , m_status(status)
    , m_name(name)
{
    // Concept labels can be long (ESCO's are): the list stays as wide as the form, not as its longest item.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(20);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *pause = new QTimer(this);
    pause->setSingleShot(true);
    pause->setInterval(TypingPauseMs);
    connect(pause, &QTimer::timeout, this, &ConceptField::refresh);
    if (m_name)
        connect(m_name, &QLineEdit::textChanged, pause, qOverload<>(&QTimer::start));
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ConceptField::updateStatus);
    refresh();
}

QLabel *ConceptField::status() const
{
    return m_status;
}

void ConceptField::setLookup(ConceptLookup lookup)
{
    m_lookup = std::move(lookup);
    refresh();
}

void ConceptField::refresh()
{
    if (!m_combo || !m_status)
        return;
    const QString text = m_name ? m_name->text().trimmed() : QString();
    const QString current = m_combo->currentData().toString();
    QVector<ConceptChoice> choices;
    if (m_lookup && !text.isEmpty())
        choices = m_lookup.candidates(text);
    m_byName = {};
    if (!choices.isEmpty() && choices.constFirst().certain)
        m_byName = choices.takeFirst();
    m_closeChoices = int(choices.size());
    const ConceptChoice &byName = m_byName;
    while (choices.size() > MaxChoices)
        choices.removeLast();

    // Rebuilding the items is not an edit: the value (the current item's id) is the same afterwards.
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    if (!m_lookup)
        m_combo->addItem(tr("Looked up by its name when matching"), QString());
    else if (!byName.id.isEmpty())
        m_combo->addItem(tr("%1 (found by its name)").arg(byName.label), QString());
    else
        m_combo->addItem(tr("Not in the taxonomy: matched by its words only"), QString());
    for (const ConceptChoice &choice : std::as_const(choices))
        m_combo->addItem(tr("%1 (%2)", "a skill in the taxonomy and how it was found").arg(choice.label, choice.how),
                         choice.id);
    int index = m_combo->findData(current);
    if (index < 0) {
        const QString known = m_lookup ? m_lookup.label(current) : QString();
        m_combo->addItem(known.isEmpty() ? current : tr("%1 (chosen before)").arg(known), current);
        index = m_combo->count() - 1;
    }
    m_combo->setCurrentIndex(index);
    updateStatus();
}

void ConceptField::updateStatus()
{
    if (!m_combo || !m_status)
        return;
    const QString text = m_name ? m_name->text().trimmed() : QString();
    const QString current = m_combo->currentData().toString();
    const ConceptChoice &byName = m_byName;
    QString status;
    if (!m_lookup)
        status = tr("The taxonomy is not open, so this skill has not been looked up.");
    else if (!current.isEmpty())
        status = tr("Matching uses the taxonomy skill chosen: %1.").arg(m_lookup.describe(text, current));
    else if (text.isEmpty())
        status = tr("Type the skill first; it is looked up in the taxonomy as you type.");
    else if (!byName.id.isEmpty())
        status = tr("Found in the taxonomy as “%1” (%2).").arg(byName.label, byName.how);
    else if (m_closeChoices > 0)
        status = tr("“%1” is not in the taxonomy, so matching compares its words only. If one of the skills in "
                    "the list means the same, choose it.")
                     .arg(text);
    else
        status = tr("“%1” is not in the taxonomy and nothing close was found, so matching compares its words only.")
                     .arg(text);
    if (status != m_status->text()) {
        m_status->setText(status);
        Q_EMIT statusChanged(status);
    }
}
