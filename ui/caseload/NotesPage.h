#pragma once

#include "model/vault/Record.h"
#include "ui/caseload/NoteSuggestionsPanel.h"

#include <QVector>
#include <QWidget>

class AuditLog;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;
class RecordStore;

/**
 * The notes timeline, newest first, with the date, who wrote each note and its text. Notes are
 * never changed or removed: "Correct…" writes a new note that corrects the selected one, shown as
 * "Correction to the note of <date>", and the original is marked as corrected.
 */
class NotesPage : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        AuthorColumn,
        TextColumn,
        StatusColumn,
    };

    NotesPage(RecordStore &store, QWidget *parent = nullptr);

    void load(const QString &personId);
    void clear();

    QTreeWidget *view() const { return m_view; }
    /** The note being corrected, or an empty string when the editor writes a new note. */
    QString correcting() const { return m_correcting; }

    /** How addNote() treats suggestions from the note that nobody has accepted or rejected yet. */
    enum class Undecided
    {
        /** Warns ("4 suggestions not decided") and lets the coach go back to them. */
        Ask,
        /** Adds the note without asking (a lock, with nobody there to answer). */
        AddAnyway,
    };

    /**
     * Adds the editor's text as a new note, or as a correction when correcting. True once added; false when the
     * note is empty, not valid, or the coach went back to decide its suggestions.
     */
    bool addNote(Undecided undecided = Undecided::Ask);
    /** True while the editor holds text that is not added as a note yet. */
    bool hasUnsavedNote() const;
    /** Empties the editor and stops any correction, dropping the text not added. */
    void discardNote();
    /** Starts a correction of the selected note: the editor's next text corrects it. */
    void startCorrection();
    void cancelCorrection();

    /**
     * Shows "Suggestions from this note" beside the editor, reading the note with the provider's extractor and
     * auditing each decision in `audit`. Without it the panel stays hidden.
     */
    void setSuggestions(NoteSuggestionsPanel::ExtractorProvider provider, AuditLog &audit);
    NoteSuggestionsPanel *suggestionsPanel() const { return m_suggestions; }

    /** How a stored UTC timestamp reads in the timeline: local time, "yyyy-MM-dd HH:mm". */
    static QString displayTime(const QString &isoUtc);

Q_SIGNALS:
    void notesChanged();

protected:
    /** Ctrl+Enter in the editor adds the note; Escape there cancels a correction. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateButtons();
    void showSelected();
    const Record *note(const QString &id) const;

    RecordStore &m_store;
    QString m_personId;
    QVector<Record> m_notes;
    QString m_correcting;
    QTreeWidget *m_view;
    QPlainTextEdit *m_detail;
    QLabel *m_banner;
    QPlainTextEdit *m_editor;
    QLabel *m_problem;
    QPushButton *m_add;
    QPushButton *m_correct;
    QPushButton *m_cancelCorrection;
    NoteSuggestionsPanel *m_suggestions;
};
