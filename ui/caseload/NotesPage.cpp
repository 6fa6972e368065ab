#include "ui/caseload/NotesPage.h"

#include "model/core/DateText.h"
#include "model/vault/RecordStore.h"
#include "ui/widgets/MessageBox.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
    constexpr int RecordIdRole = Qt::UserRole + 1;
    constexpr QChar WarningSign(0x26A0);

    const QString &textField()
    {
        static const QString name = QStringLiteral("text");
        return name;
    }

    const QString &correctsField()
    {
        static const QString name = QStringLiteral("corrects");
        return name;
    }
} // namespace

NotesPage::NotesPage(RecordStore &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_view(new QTreeWidget(this))
    , m_detail(new QPlainTextEdit(this))
    , m_banner(new QLabel(this))
    , m_editor(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_add(new QPushButton(tr("&Add note"), this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_cancelCorrection(new QPushButton(tr("Cancel correction"), this))
    , m_suggestions(new NoteSuggestionsPanel(store, this))
{
    setObjectName(QStringLiteral("notesPage"));

    auto *intro = new QLabel(
        tr("Notes are kept as written. To put a mistake right, select the note and choose Correct; the correction is "
           "added as a new note and the original stays."),
        this);
    intro->setWordWrap(true);

    auto *timelineLabel = new QLabel(tr("Timeline, newest first"), this);
    timelineLabel->setBuddy(m_view);
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setAccessibleName(tr("Notes, newest first"));
    m_view->setHeaderLabels({tr("Date"), tr("Written by"), tr("Note"), tr("Status")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    // Notes are never edited in place (nor anywhere): corrections are new notes.
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(AuthorColumn, QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);

    m_detail->setObjectName(QStringLiteral("noteDetail"));
    m_detail->setAccessibleName(tr("The selected note in full"));
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(m_detail->fontMetrics().lineSpacing() * 6 + 12);

    m_correct->setObjectName(QStringLiteral("correctNoteButton"));
    m_correct->setAccessibleName(tr("Correct the selected note"));

    auto *editorLabel = new QLabel(tr("New note"), this);
    editorLabel->setObjectName(QStringLiteral("noteEditLabel"));
    editorLabel->setBuddy(m_editor);
    m_editor->setObjectName(QStringLiteral("noteEdit"));
    m_editor->setAccessibleName(tr("New note"));
    m_editor->setAccessibleDescription(tr("Press Ctrl+Enter to add the note."));
    m_editor->setTabChangesFocus(true);
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 8 + 12);

    m_editor->installEventFilter(this);

    m_banner->setObjectName(QStringLiteral("correctionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->hide();

    m_problem->setObjectName(QStringLiteral("noteError"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QFont bold = m_problem->font();
    bold.setBold(true);
    m_problem->setFont(bold);
    m_problem->hide();

    m_add->setObjectName(QStringLiteral("addNoteButton"));
    m_cancelCorrection->setObjectName(QStringLiteral("cancelCorrectionButton"));
    m_cancelCorrection->hide();

    connect(m_add, &QPushButton::clicked, this, [this] { addNote(); });
    connect(m_correct, &QPushButton::clicked, this, &NotesPage::startCorrection);
    connect(m_cancelCorrection, &QPushButton::clicked, this, &NotesPage::cancelCorrection);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, [this] {
        showSelected();
        updateButtons();
    });

    auto *timelineButtons = new QHBoxLayout;
    timelineButtons->addWidget(m_correct);
    timelineButtons->addStretch();

    auto *editorButtons = new QHBoxLayout;
    editorButtons->addWidget(m_add);
    editorButtons->addWidget(m_cancelCorrection);
    editorButtons->addStretch();

    // The editor and its suggestions side by side, so what the note suggests is read as it is written.
    auto *editorColumn = new QVBoxLayout;
    editorColumn->addWidget(editorLabel);
    editorColumn->addWidget(m_banner);
    editorColumn->addWidget(m_editor);
    editorColumn->addWidget(m_problem);
    editorColumn->addLayout(editorButtons);
    editorColumn->addStretch();

    auto *editorRow = new QHBoxLayout;
    editorRow->addLayout(editorColumn, 3);
    editorRow->addWidget(m_suggestions, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(timelineLabel);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_detail);
    layout->addLayout(timelineButtons);
    layout->addLayout(editorRow);

    setTabOrder(m_view, m_detail);
    setTabOrder(m_detail, m_correct);
    setTabOrder(m_correct, m_editor);
    setTabOrder(m_editor, m_add);
    setTabOrder(m_add, m_cancelCorrection);
    setTabOrder(m_cancelCorrection, m_suggestions->firstFocusWidget());
    m_suggestions->setNoteEditor(m_editor);
    updateButtons();
}

void NotesPage::setSuggestions(NoteSuggestionsPanel::ExtractorProvider provider, AuditLog &audit)
{
    m_suggestions->setExtractor(std::move(provider), audit);
}

QString NotesPage::displayTime(const QString &isoUtc)
{
    QDateTime when = QDateTime::fromString(isoUtc, Qt::ISODate);
    if (!when.isValid())
        return isoUtc;
    return DateText::dateTime(when.toLocalTime());
}

const Record *NotesPage::note(const QString &id) const
{
    for (const Record &record : m_notes) {
        if (record.id == id)
            return &record;
    }
    return nullptr;
}

void NotesPage::load(const QString &personId)
{
    m_personId = personId;
    m_suggestions->setPerson(personId);
    m_notes.clear();
    m_view->clear();
    m_detail->clear();
    if (!personId.isEmpty()) {
        auto notes = m_store.list(personId, Kinds::Note);
        if (notes)
            m_notes = notes.value();
    }

    // The latest correction of each corrected note, to mark the original.
    QHash<QString, QString> correctedOn;
    for (const Record &record : std::as_const(m_notes)) {
        const QString original = record.value(correctsField());
        if (!original.isEmpty())
            correctedOn.insert(original, record.createdAt);
    }

    // The store lists oldest first (by time, then insertion); the timeline reads newest first.
    for (auto it = m_notes.crbegin(); it != m_notes.crend(); ++it) {
        const Record &record = *it;
        QString text = record.value(textField());
        QString status;
        if (const QString original = record.value(correctsField()); !original.isEmpty()) {
            const Record *corrected = note(original);
            status = corrected ? tr("Correction to the note of %1").arg(displayTime(corrected->createdAt))
                               : tr("Correction to an earlier note");
        } else if (correctedOn.contains(record.id)) {
            status = tr("Corrected on %1").arg(displayTime(correctedOn.value(record.id)));
        }
        auto *item = new QTreeWidgetItem(m_view);
        item->setText(DateColumn, displayTime(record.createdAt));
        item->setText(AuthorColumn, record.createdBy);
        item->setText(TextColumn, text.replace(QLatin1Char('\n'), QLatin1Char(' ')));
        item->setText(StatusColumn, status);
        item->setData(DateColumn, RecordIdRole, record.id);
    }
    if (!m_correcting.isEmpty() && !note(m_correcting))
        cancelCorrection();
    updateButtons();
}

void NotesPage::clear()
{
    cancelCorrection();
    m_editor->clear();
    m_suggestions->clear();
    m_problem->clear();
    m_problem->hide();
    load(QString());
}

void NotesPage::showSelected()
{
    const QList<QTreeWidgetItem *> selected = m_view->selectedItems();
    const Record *record =
        selected.isEmpty() ? nullptr : note(selected.constFirst()->data(DateColumn, RecordIdRole).toString());
    m_detail->setPlainText(record ? record->value(textField()) : QString());
}

void NotesPage::updateButtons()
{
    const bool hasPerson = !m_personId.isEmpty();
    m_add->setEnabled(hasPerson);
    m_editor->setEnabled(hasPerson);
    m_correct->setEnabled(hasPerson && !m_view->selectedItems().isEmpty());
}

bool NotesPage::hasUnsavedNote() const
{
    return !m_personId.isEmpty() && !m_editor->toPlainText().trimmed().isEmpty();
}

void NotesPage::discardNote()
{
    m_editor->clear();
    cancelCorrection();
    m_problem->hide();
}

bool NotesPage::addNote(Undecided undecided)
{
    if (m_personId.isEmpty())
        return false;
    const QString text = m_editor->toPlainText().trimmed();
    m_problem->hide();
    if (text.isEmpty()) {
        m_problem->setText(QString(WarningSign) + QLatin1Char(' ') + tr("Write the note before adding it."));
        m_problem->show();
        m_editor->setFocus(Qt::OtherFocusReason);
        return false;
    }
    // Suggestions are read from the note being written and are not kept once it is added, so the ones not yet
    // accepted or rejected would be gone for good without a word (issue 16 #4).
    if (const int open = m_suggestions->undecidedCount(); open > 0 && undecided == Undecided::Ask) {
        const bool addAnyway = MessageBox::confirm(
            this,
            tr("%n suggestion(s) not decided", nullptr, open),
            tr("%n suggestion(s) from this note are not accepted or rejected yet. They are not kept once the note "
               "is added. Choose Cancel to go back and decide them.",
               nullptr,
               open),
            tr("Add the note &anyway"));
        if (!addAnyway) {
            m_suggestions->firstFocusWidget()->setFocus(Qt::OtherFocusReason);
            return false;
        }
    }
    Result<QString> added = m_correcting.isEmpty() ? m_store.add(m_personId, Kinds::Note, {{textField(), text}})
                                                   : m_store.correctNote(m_correcting, text);
    if (!added) {
        const QString message = added.error().fieldProblems.value(textField(), added.error().message);
        m_problem->setText(QString(WarningSign) + QLatin1Char(' ') + message);
        m_problem->show();
        m_editor->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_editor->clear();
    m_suggestions->noteAdded();
    cancelCorrection();
    load(m_personId);
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        if (m_view->topLevelItem(i)->data(DateColumn, RecordIdRole).toString() == added.value())
            m_view->setCurrentItem(m_view->topLevelItem(i));
    }
    Q_EMIT notesChanged();
    return true;
}

void NotesPage::startCorrection()
{
    const QList<QTreeWidgetItem *> selected = m_view->selectedItems();
    if (selected.isEmpty())
        return;
    const Record *record = note(selected.constFirst()->data(DateColumn, RecordIdRole).toString());
    if (!record)
        return;
    m_correcting = record->id;
    m_banner->setText(tr("You are writing a correction to the note of %1. The original note stays as it was written.")
                          .arg(displayTime(record->createdAt)));
    m_banner->show();
    m_add->setText(tr("&Add correction"));
    m_cancelCorrection->show();
    m_editor->setAccessibleName(tr("Correction"));
    m_editor->setFocus(Qt::OtherFocusReason);
}

void NotesPage::cancelCorrection()
{
    m_correcting.clear();
    m_banner->clear();
    m_banner->hide();
    m_add->setText(tr("&Add note"));
    m_cancelCorrection->hide();
    m_editor->setAccessibleName(tr("New note"));
}

bool NotesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        if (enter && (key->modifiers() & Qt::ControlModifier)) {
            addNote();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_correcting.isEmpty()) {
            cancelCorrection();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
