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

    /** Adds the editor's text as a new note, or as a correction when correcting. */
    void addNote();
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
