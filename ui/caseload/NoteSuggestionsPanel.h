#pragma once

#include "model/notes/NoteExtractor.h"

#include <QGroupBox>
#include <QSet>
#include <QString>
#include <QTimer>
#include <QVector>

#include <functional>
#include <memory>

class AuditLog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class RecordStore;
class SuggestionApplier;
class SuggestionHistory;

/**
 * "Suggestions from this note", beside the notes editor: while a note is written, what NoteExtractor finds
 * in it (skills, licences, job goals, hours, availability, dates, durations, barriers, qualifications), each
 * with the sentence it came from and the matched words in bold. The coach or GP accepts, edits then
 * accepts, or rejects each one; nothing reaches the case without Accept, and every decision is audited
 * (SuggestionApplier). Decided suggestions stay away while the same note is written; adding the note
 * clears the panel.
 *
 * Keyboard: in the list, Enter accepts, F2 opens the value for editing and Delete rejects; the buttons follow
 * the list in the tab order, with Alt+E (accept), Alt+G (change…), Alt+J (reject) and Alt+U (use in the form).
 * The edit button reads "Change…": the page's buttons never offer to edit a note, which stays as written.
 */
class NoteSuggestionsPanel : public QGroupBox
{
    Q_OBJECT

public:
    /** The extractor for the vault's taxonomy; the composition root builds and caches it. Null when unavailable. */
    using ExtractorProvider = std::function<std::shared_ptr<const NoteExtractor>()>;
    /**
     * Puts a suggestion (with the value to use, possibly edited) into the open form; the form decides which
     * field. Returns false when the form has no field for it.
     */
    using FormSink = std::function<bool(const ExtractedSuggestion &suggestion, const QString &value)>;

    /** Milliseconds of quiet typing before the note is read again. */
    static constexpr int ExtractDelayMs = 300;

    explicit NoteSuggestionsPanel(RecordStore &store, QWidget *parent = nullptr);
    ~NoteSuggestionsPanel() override;

    /** Supplies the extractor and the audit log; without them the panel stays hidden. */
    void setExtractor(ExtractorProvider provider, AuditLog &audit);
    bool hasExtractor() const { return static_cast<bool>(m_provider); }
    /** The taxonomy changed: read the note again with the provider's new extractor. */
    void reloadExtractor();

    /** Reads suggestions from this editor's text, ExtractDelayMs after typing stops. */
    void setNoteEditor(QPlainTextEdit *editor);
    /** The person the note is about; a different person forgets the decisions made. */
    void setPerson(const QString &personId);
    /** The note was added: forget its suggestions and decisions. */
    void noteAdded();
    /** Drops every suggestion, sentence and decision (on lock, or when no person is shown). */
    void clear();
    /** Reads the note now instead of waiting for the timer. */
    void extractNow();

    /** Lets suggestions go into an open form titled `formTitle` ("Use in the form"). */
    void setFormSink(FormSink sink, QString formTitle);
    /** Where suggestions shown and decided are kept for the person's copy (SuggestionHistory); none when null. */
    void setSuggestionHistory(SuggestionHistory *history);
    void clearFormSink();
    bool hasFormSink() const { return static_cast<bool>(m_formSink); }

    /** How many suggestions from the note are neither accepted nor rejected, reading any typing not read yet. */
    int undecidedCount();
    /** The suggestions listed, in order. */
    QVector<ExtractedSuggestion> suggestions() const;
    /** Makes the suggestion at `row` the chosen one. */
    void setCurrentRow(int row);
    int currentRow() const;

    /** Accepts the chosen suggestion into the case (with the edited value while editing). */
    void acceptCurrent();
    /** Puts the chosen suggestion into the open form. */
    void useCurrentInForm();
    /** Opens the value of the chosen suggestion for editing before it is accepted. */
    void editCurrent();
    void rejectCurrent();

    /** The first control in the panel's tab order (for the page's tab order). */
    QWidget *firstFocusWidget() const;

Q_SIGNALS:
    /** A suggestion was written to the person's case. */
    void caseChanged(const QString &personId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Shown
    {
        ExtractedSuggestion suggestion;
        /** The words matched in the note, to emphasise in the sentence. */
        QString matched;
        QString key;
    };

    static QString keyOf(const ExtractedSuggestion &suggestion);
    void rebuild(const QString &keepKey);
    void showCurrent();
    void updateButtons();
    void cancelEdit();
    QString valueToUse() const;
    /** The value to use, or an empty string after asking for one (the value box takes focus). */
    QString valueOrAsk();
    const Shown *current() const;
    void decided(const QString &key);
    void showIntro();

    RecordStore &m_store;
    std::unique_ptr<SuggestionApplier> m_applier;
    SuggestionHistory *m_history = nullptr;
    ExtractorProvider m_provider;
    FormSink m_formSink;
    QString m_formTitle;
    QString m_personId;
    QPlainTextEdit *m_editor = nullptr;
    QTimer m_timer;
    QVector<Shown> m_shown;
    QSet<QString> m_decided;
    QString m_editingKey;
    /** The extractor whose taxonomy version the applier holds. */
    std::weak_ptr<const NoteExtractor> m_versionedFor;

    QLabel *m_message;
    QListWidget *m_list;
    QLabel *m_source;
    QLabel *m_target;
    QLabel *m_valueLabel;
    QLineEdit *m_valueEdit;
    QPushButton *m_accept;
    QPushButton *m_useInForm;
    QPushButton *m_edit;
    QPushButton *m_reject;
};
