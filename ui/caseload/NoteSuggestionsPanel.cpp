#include "ui/caseload/NoteSuggestionsPanel.h"

#include "model/core/Log.h"
#include "model/matching/TaxonomyVersion.h"
#include "model/notes/SuggestionApplier.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
    constexpr int KeyRole = Qt::UserRole + 1;
    constexpr QChar WarningSign(0x26A0);
} // namespace

NoteSuggestionsPanel::NoteSuggestionsPanel(RecordStore &store, QWidget *parent)
    : QGroupBox(tr("Suggestions from this note"), parent)
    , m_store(store)
    , m_message(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_source(new QLabel(this))
    , m_target(new QLabel(this))
    , m_valueLabel(new QLabel(tr("Va&lue to save"), this))
    , m_valueEdit(new QLineEdit(this))
    , m_accept(new QPushButton(tr("Accep&t"), this))
    , m_useInForm(new QPushButton(tr("&Use in the form"), this))
    , m_edit(new QPushButton(tr("Chan&ge…"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
{
    setObjectName(QStringLiteral("noteSuggestionsPanel"));
    setAccessibleName(tr("Suggestions from this note"));
    setAccessibleDescription(
        tr("Suggestions only: nothing is saved to the case until you accept it. Every decision is recorded."));

    m_message->setObjectName(QStringLiteral("noteSuggestionsMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_list->setObjectName(QStringLiteral("noteSuggestionsList"));
    m_list->setAccessibleName(tr("Suggestions from the note"));
    m_list->setAccessibleDescription(
        tr("Choose a suggestion, then accept, change or reject it. Enter accepts, F2 changes the value and Delete "
           "rejects."));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setAlternatingRowColors(true);
    m_list->installEventFilter(this);

    m_source->setObjectName(QStringLiteral("noteSuggestionSource"));
    m_source->setTextFormat(Qt::RichText);
    m_source->setWordWrap(true);
    m_source->setAccessibleName(tr("Where the chosen suggestion came from"));

    m_target->setObjectName(QStringLiteral("noteSuggestionTarget"));
    m_target->setTextFormat(Qt::PlainText);
    m_target->setWordWrap(true);

    m_valueLabel->setBuddy(m_valueEdit);
    m_valueEdit->setObjectName(QStringLiteral("noteSuggestionValueEdit"));
    m_valueEdit->setAccessibleName(tr("Value to save"));
    m_valueEdit->setAccessibleDescription(tr("Press Enter to accept this value, or Escape to stop editing."));
    m_valueEdit->installEventFilter(this);

    m_accept->setObjectName(QStringLiteral("acceptSuggestionButton"));
    m_accept->setAccessibleName(tr("Accept the chosen suggestion"));
    m_useInForm->setObjectName(QStringLiteral("useSuggestionInFormButton"));
    m_useInForm->setAccessibleName(tr("Use the chosen suggestion in the open form"));
    m_edit->setObjectName(QStringLiteral("editSuggestionButton"));
    m_edit->setAccessibleName(tr("Change the value of the chosen suggestion before accepting it"));
    m_reject->setObjectName(QStringLiteral("rejectSuggestionButton"));
    m_reject->setAccessibleName(tr("Reject the chosen suggestion"));
    m_reject->setAccessibleDescription(tr("Nothing is saved to the case; the decision is recorded."));

    connect(m_accept, &QPushButton::clicked, this, &NoteSuggestionsPanel::acceptCurrent);
    connect(m_useInForm, &QPushButton::clicked, this, &NoteSuggestionsPanel::useCurrentInForm);
    connect(m_edit, &QPushButton::clicked, this, &NoteSuggestionsPanel::editCurrent);
    connect(m_reject, &QPushButton::clicked, this, &NoteSuggestionsPanel::rejectCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (const Shown *shown = current(); !shown || shown->key != m_editingKey)
            cancelEdit();
        showCurrent();
        updateButtons();
    });

    m_timer.setSingleShot(true);
    m_timer.setInterval(ExtractDelayMs);
    connect(&m_timer, &QTimer::timeout, this, &NoteSuggestionsPanel::extractNow);

    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_valueLabel);
    editRow->addWidget(m_valueEdit, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_useInForm);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_reject);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_source);
    layout->addWidget(m_target);
    layout->addLayout(editRow);
    layout->addLayout(buttons);

    setTabOrder(m_list, m_valueEdit);
    setTabOrder(m_valueEdit, m_accept);
    setTabOrder(m_accept, m_useInForm);
    setTabOrder(m_useInForm, m_edit);
    setTabOrder(m_edit, m_reject);

    m_useInForm->hide();
    m_valueLabel->hide();
    m_valueEdit->hide();
    showIntro();
    updateButtons();
    hide();
}

NoteSuggestionsPanel::~NoteSuggestionsPanel() = default;

void NoteSuggestionsPanel::setExtractor(ExtractorProvider provider, AuditLog &audit)
{
    m_provider = std::move(provider);
    m_applier = std::make_unique<SuggestionApplier>(m_store, audit);
    m_applier->setHistory(m_history);
    setVisible(static_cast<bool>(m_provider));
    if (m_editor && !m_editor->toPlainText().trimmed().isEmpty())
        m_timer.start();
}

void NoteSuggestionsPanel::setSuggestionHistory(SuggestionHistory *history)
{
    m_history = history;
    if (m_applier)
        m_applier->setHistory(history);
}

void NoteSuggestionsPanel::reloadExtractor()
{
    if (m_provider && m_editor)
        m_timer.start();
}

void NoteSuggestionsPanel::setNoteEditor(QPlainTextEdit *editor)
{
    if (m_editor)
        disconnect(m_editor, nullptr, this, nullptr);
    m_editor = editor;
    if (m_editor) {
        connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
            if (m_provider)
                m_timer.start();
        });
    }
}

void NoteSuggestionsPanel::setPerson(const QString &personId)
{
    if (personId == m_personId)
        return;
    clear();
    m_personId = personId;
    updateButtons();
}

void NoteSuggestionsPanel::noteAdded()
{
    clear();
}

void NoteSuggestionsPanel::clear()
{
    m_timer.stop();
    m_decided.clear();
    m_shown.clear();
    if (m_applier)
        m_applier->forgetShown();
    cancelEdit();
    m_list->clear();
    showCurrent();
    showIntro();
    updateButtons();
}

void NoteSuggestionsPanel::showIntro()
{
    m_message->setText(tr("As you write, suggestions appear here: skills, job goals, hours, dates and more. Nothing "
                          "is saved to the case until you accept it."));
}

QString NoteSuggestionsPanel::keyOf(const ExtractedSuggestion &suggestion)
{
    return ExtractedSuggestion::kindName(suggestion.kind) + QLatin1Char('|') +
           SuggestionApplier::defaultValue(suggestion).trimmed().toCaseFolded();
}

void NoteSuggestionsPanel::extractNow()
{
    m_timer.stop();
    if (!m_provider || !m_editor)
        return;
    const QString text = m_editor->toPlainText();
    const Shown *was = current();
    const QString keepKey = was ? was->key : QString();
    m_shown.clear();
    if (!text.trimmed().isEmpty()) {
        const std::shared_ptr<const NoteExtractor> extractor = m_provider();
        if (!extractor) {
            m_list->clear();
            m_message->setText(QString(WarningSign) + QLatin1Char(' ') +
                               tr("Suggestions are not available: the skills taxonomy could not be read. The note "
                                  "can still be added."));
            updateButtons();
            return;
        }
        if (m_versionedFor.lock() != extractor) {
            m_applier->setVersions(TaxonomyVersion::of(extractor->taxonomy()));
            m_versionedFor = extractor;
        }
        QSet<QString> seen;
        const QVector<ExtractedSuggestion> found = extractor->extract(text);
        for (const ExtractedSuggestion &suggestion : found) {
            const QString key = keyOf(suggestion);
            if (m_decided.contains(key) || seen.contains(key))
                continue;
            seen.insert(key);
            m_shown.append({suggestion, text.mid(suggestion.start, suggestion.length), key});
        }
    }
    rebuild(keepKey);
    // What the coach sees is audited (kinds and counts only), so the Suggestions report can set decisions
    // against it. A failure to audit leaves the suggestions on screen: the decisions are still audited.
    if (!m_shown.isEmpty()) {
        if (Status audited = m_applier->shown(m_personId, suggestions()); !audited)
            qCWarning(lcAudit) << "suggestions shown could not be audited";
    }
}

void NoteSuggestionsPanel::rebuild(const QString &keepKey)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int keepRow = -1;
    for (int i = 0; i < m_shown.size(); ++i) {
        const ExtractedSuggestion &suggestion = m_shown.at(i).suggestion;
        const QString kind = SuggestionApplier::kindLabel(suggestion.kind);
        const QString value = SuggestionApplier::displayValue(suggestion);
        const bool caseTarget = SuggestionApplier::hasCaseTarget(suggestion);
        const QString heading = caseTarget ? tr("%1: %2", "kind: value").arg(kind, value)
                                           : tr("%1: %2 (only for an open form)", "kind: value").arg(kind, value);
        auto *item = new QListWidgetItem(heading + QLatin1Char('\n') + tr("“%1”").arg(suggestion.sentence), m_list);
        item->setData(KeyRole, m_shown.at(i).key);
        item->setToolTip(caseTarget ? SuggestionApplier::targetDescription(suggestion.kind)
                                    : tr("Only for an open form"));
        if (m_shown.at(i).key == keepKey)
            keepRow = i;
    }
    if (!m_shown.isEmpty())
        m_list->setCurrentRow(keepRow >= 0 ? keepRow : 0);
    if (const Shown *shown = current(); !shown || shown->key != m_editingKey)
        cancelEdit();

    if (m_shown.isEmpty() && (!m_editor || m_editor->toPlainText().trimmed().isEmpty()))
        showIntro();
    else if (m_shown.isEmpty())
        m_message->setText(tr("Nothing to suggest from this note yet."));
    else
        m_message->setText(tr("%n suggestion(s) from this note. Accept the ones that are right; nothing is saved "
                              "until you do.",
                              nullptr,
                              int(m_shown.size())));
    showCurrent();
    updateButtons();
}

const NoteSuggestionsPanel::Shown *NoteSuggestionsPanel::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_shown.size())
        return nullptr;
    return &m_shown.at(row);
}

int NoteSuggestionsPanel::undecidedCount()
{
    if (!m_provider)
        return 0;
    // The last words typed may not have been read yet (the timer waits for a pause in typing).
    if (m_timer.isActive())
        extractNow();
    return int(m_shown.size());
}

QVector<ExtractedSuggestion> NoteSuggestionsPanel::suggestions() const
{
    QVector<ExtractedSuggestion> out;
    out.reserve(m_shown.size());
    for (const Shown &shown : m_shown)
        out.append(shown.suggestion);
    return out;
}

void NoteSuggestionsPanel::setCurrentRow(int row)
{
    m_list->setCurrentRow(row);
}

int NoteSuggestionsPanel::currentRow() const
{
    return m_list->currentRow();
}

QWidget *NoteSuggestionsPanel::firstFocusWidget() const
{
    return m_list;
}

void NoteSuggestionsPanel::showCurrent()
{
    const Shown *shown = current();
    if (!shown) {
        m_source->clear();
        m_source->setAccessibleDescription(QString());
        m_target->clear();
        return;
    }
    const QString &sentence = shown->suggestion.sentence;
    const qsizetype at = shown->matched.isEmpty() ? -1 : sentence.indexOf(shown->matched);
    QString html;
    if (at < 0) {
        html = sentence.toHtmlEscaped();
    } else {
        html = sentence.left(at).toHtmlEscaped() + QStringLiteral("<b>") + shown->matched.toHtmlEscaped() +
               QStringLiteral("</b>") + sentence.mid(at + shown->matched.size()).toHtmlEscaped();
    }
    m_source->setText(tr("From the note: %1").arg(html));
    m_source->setAccessibleDescription(
        tr("Found in the note: “%1”, in the sentence “%2”.")
            .arg(shown->matched.isEmpty() ? shown->suggestion.value : shown->matched, sentence));
    const bool caseTarget = SuggestionApplier::hasCaseTarget(shown->suggestion);
    m_target->setText(caseTarget ? SuggestionApplier::targetDescription(shown->suggestion.kind)
                                 : tr("Only for an open form"));
}

void NoteSuggestionsPanel::updateButtons()
{
    const Shown *shown = current();
    const bool chosen = shown && !m_personId.isEmpty() && m_applier;
    const bool caseTarget = shown && SuggestionApplier::hasCaseTarget(shown->suggestion);
    m_accept->setEnabled(chosen && caseTarget);
    m_useInForm->setVisible(hasFormSink());
    m_useInForm->setEnabled(chosen && hasFormSink());
    m_edit->setEnabled(chosen);
    m_reject->setEnabled(chosen);
    if (hasFormSink()) {
        m_accept->setText(tr("Add &to the case"));
        m_accept->setAccessibleName(tr("Add the chosen suggestion to the case"));
        m_useInForm->setAccessibleDescription(tr("Puts the value into the open form: %1").arg(m_formTitle));
    } else {
        m_accept->setText(tr("Accep&t"));
        m_accept->setAccessibleName(tr("Accept the chosen suggestion"));
    }
    m_accept->setAccessibleDescription(!shown       ? QString()
                                       : caseTarget ? SuggestionApplier::targetDescription(shown->suggestion.kind)
                                                    : tr("Only for an open form"));
}

void NoteSuggestionsPanel::setFormSink(FormSink sink, QString formTitle)
{
    m_formSink = std::move(sink);
    m_formTitle = std::move(formTitle);
    updateButtons();
}

void NoteSuggestionsPanel::clearFormSink()
{
    m_formSink = nullptr;
    m_formTitle.clear();
    updateButtons();
}

QString NoteSuggestionsPanel::valueToUse() const
{
    const Shown *shown = current();
    if (!shown)
        return {};
    if (!m_editingKey.isEmpty() && m_editingKey == shown->key)
        return m_valueEdit->text().trimmed();
    return SuggestionApplier::defaultValue(shown->suggestion);
}

void NoteSuggestionsPanel::decided(const QString &key)
{
    m_decided.insert(key);
    int row = -1;
    for (int i = 0; i < m_shown.size(); ++i) {
        if (m_shown.at(i).key == key)
            row = i;
    }
    if (row < 0)
        return;
    // The button or editor used may be hidden or disabled next: keep the keyboard in the list, or when none
    // are left, go back to the note.
    QWidget *focused = QApplication::focusWidget();
    const bool focusHere = !focused || focused == this || isAncestorOf(focused);
    m_shown.removeAt(row);
    cancelEdit();
    const QString message = m_message->text();
    QString next;
    if (!m_shown.isEmpty())
        next = m_shown.at(std::min<int>(row, int(m_shown.size()) - 1)).key;
    rebuild(next);
    // The outcome of the decision stays in view rather than the count.
    m_message->setText(message);
    if (focusHere) {
        if (!m_shown.isEmpty())
            m_list->setFocus(Qt::OtherFocusReason);
        else if (m_editor)
            m_editor->setFocus(Qt::OtherFocusReason);
    }
}

QString NoteSuggestionsPanel::valueOrAsk()
{
    const QString value = valueToUse();
    if (value.isEmpty()) {
        m_message->setText(QString(WarningSign) + QLatin1Char(' ') + tr("Write a value before accepting it."));
        m_valueEdit->setFocus(Qt::OtherFocusReason);
    }
    return value;
}

void NoteSuggestionsPanel::acceptCurrent()
{
    const Shown *shown = current();
    if (!shown || !m_applier || !SuggestionApplier::hasCaseTarget(shown->suggestion))
        return;
    const QString value = valueOrAsk();
    if (value.isEmpty())
        return;
    const QString key = shown->key;
    const QString personId = m_personId;
    auto outcome = m_applier->accept(personId, shown->suggestion, value);
    if (!outcome) {
        m_message->setText(QString(WarningSign) + QLatin1Char(' ') + outcome.error().message);
        return;
    }
    m_message->setText(outcome->message);
    decided(key);
    if (outcome->written)
        Q_EMIT caseChanged(personId);
}

void NoteSuggestionsPanel::useCurrentInForm()
{
    const Shown *shown = current();
    if (!shown || !m_applier || !m_formSink)
        return;
    const QString value = valueOrAsk();
    if (value.isEmpty())
        return;
    const ExtractedSuggestion suggestion = shown->suggestion;
    const QString key = shown->key;
    if (!m_formSink(suggestion, value)) {
        m_message->setText(QString(WarningSign) + QLatin1Char(' ') +
                           tr("The form “%1” has no place for this suggestion. It was not used.").arg(m_formTitle));
        return;
    }
    if (auto audited = m_applier->recordFormUse(m_personId, suggestion, value); !audited) {
        m_message->setText(QString(WarningSign) + QLatin1Char(' ') + audited.error().message);
        return;
    }
    m_message->setText(tr("Put “%1” into the form “%2”.").arg(value, m_formTitle));
    decided(key);
}

void NoteSuggestionsPanel::editCurrent()
{
    const Shown *shown = current();
    if (!shown)
        return;
    m_editingKey = shown->key;
    m_valueEdit->setText(SuggestionApplier::defaultValue(shown->suggestion));
    m_valueLabel->show();
    m_valueEdit->show();
    m_valueEdit->setFocus(Qt::OtherFocusReason);
    m_valueEdit->selectAll();
}

void NoteSuggestionsPanel::cancelEdit()
{
    m_editingKey.clear();
    m_valueEdit->clear();
    m_valueEdit->hide();
    m_valueLabel->hide();
}

void NoteSuggestionsPanel::rejectCurrent()
{
    const Shown *shown = current();
    if (!shown || !m_applier)
        return;
    const QString key = shown->key;
    if (auto rejected = m_applier->reject(m_personId, shown->suggestion); !rejected) {
        m_message->setText(QString(WarningSign) + QLatin1Char(' ') + rejected.error().message);
        return;
    }
    m_message->setText(tr("Rejected. Nothing was saved to the case."));
    decided(key);
}

bool NoteSuggestionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const bool toForm = [&] {
            const Shown *shown = current();
            return hasFormSink() && shown && !SuggestionApplier::hasCaseTarget(shown->suggestion);
        }();
        if (watched == m_list && current()) {
            if (enter && key->modifiers() == Qt::NoModifier) {
                toForm ? useCurrentInForm() : acceptCurrent();
                return true;
            }
            if (key->key() == Qt::Key_F2) {
                editCurrent();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                rejectCurrent();
                return true;
            }
        }
        if (watched == m_valueEdit) {
            if (enter) {
                toForm ? useCurrentInForm() : acceptCurrent();
                return true;
            }
            if (key->key() == Qt::Key_Escape) {
                cancelEdit();
                m_list->setFocus(Qt::OtherFocusReason);
                return true;
            }
        }
    }
    return QGroupBox::eventFilter(watched, event);
}
