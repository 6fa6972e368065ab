#pragma once

#include "model/forms/FormDefinition.h"
#include "model/forms/FormPrefill.h"
#include "model/forms/FormStore.h"
#include "model/notes/NoteExtractor.h"

#include <QDate>
#include <QMap>
#include <QVector>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTimer;
class RecordStore;

/**
 * Fills one form draft, a section at a time (the section list on the left shows each one's
 * completion), with the GOV.UK question-page pattern: an error summary at the top whose links move
 * to each field, and the problem beside the field. Works by keyboard alone: Ctrl+PgDown / Ctrl+PgUp
 * move between sections and the summary's links take focus.
 *
 * A prefilled value shows where it came from. Changing it changes only the form, unless "Update the
 * case too" is ticked beside it: then the case is updated when the form is finished. Every edit is
 * saved to the draft a moment later (autosave); finishing validates, asks for confirmation and
 * records an immutable version signed off by the vault's user.
 */
class FormEditor : public QWidget
{
    Q_OBJECT

public:
    /** How long after the last edit the draft is saved. */
    static constexpr int AutosaveMillis = 1500;

    FormEditor(const FormDefinition &form,
               FormDraft draft,
               QMap<QString, PrefilledValue> prefilled,
               FormStore &store,
               RecordStore &records,
               QString signer,
               QWidget *parent = nullptr);

    const FormDefinition &form() const { return m_form; }
    const FormDraft &draft() const { return m_draft; }
    FormAnswers answers() const;
    /** Sets one field's answer as if typed (used by accepted suggestions); false for an unknown field. */
    bool setAnswer(const QString &fieldId, const QString &value);

    /**
     * Puts a suggestion accepted from a note into the field that takes it (FormSuggestionTarget; a
     * date goes to the date field last used). False when this form has no such field.
     */
    bool acceptSuggestion(const ExtractedSuggestion &suggestion, const QString &value);
    QString lastFocusedField() const { return m_lastFocusedField; }

    /** Saves the draft now; returns false (with the message shown) if the vault refused. */
    bool saveDraft();
    /**
     * Checks the answers; with problems, shows the error summary and each problem beside its field;
     * else asks for confirmation (unless `confirm` is false, for tests) and records the finished version.
     */
    bool finish(bool confirm = true);

    int sectionCount() const;
    int currentSection() const;
    void showSection(int index);
    /** Moves to the section that holds the field and gives the field focus. */
    void focusField(const QString &fieldId);

    QWidget *editor(const QString &fieldId) const;
    QLabel *problemLabel(const QString &fieldId) const;
    QLabel *sourceLabel(const QString &fieldId) const;
    QCheckBox *updateCaseBox(const QString &fieldId) const;
    QLabel *errorSummary() const { return m_summary; }
    QListWidget *sectionList() const { return m_sections; }
    /** Each shown section's status as the list shows it (for tests and screen readers). */
    QString sectionStatusText(int index) const;

Q_SIGNALS:
    /** The form was finished and its version recorded (the draft is gone). */
    void finished(const FormVersion &version);
    /** The user asked to leave the form (the draft is saved first). */
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FieldRow
    {
        const FormField *field = nullptr;
        int section = -1;
        QWidget *row = nullptr;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
        QLabel *source = nullptr;
        QCheckBox *updateCase = nullptr;
    };

    QWidget *buildSection(int sectionIndex);
    QWidget *createEditor(const FormField &field, QWidget *parent);
    QString editorValue(const FieldRow &row) const;
    void setEditorValue(const FieldRow &row, const QString &value);
    const FieldRow *row(const QString &fieldId) const;
    void onEdited();
    void refreshVisibility();
    void refreshSections();
    void refreshUpdateCaseBoxes();
    void showProblems(const QMap<QString, QString> &problems);
    Status applyCaseUpdates();
    QString text(const LocalText &localText) const { return localText.in(m_draft.language); }

    FormDefinition m_form;
    FormDraft m_draft;
    QMap<QString, PrefilledValue> m_prefilled;
    FormStore &m_store;
    RecordStore &m_records;
    QString m_signer;
    QDate m_today;
    QVector<FieldRow> m_rows;
    QVector<int> m_pageOfSection;
    QString m_lastFocusedField;
    bool m_loading = false;
    bool m_showProblems = false;

    QLabel *m_summary;
    QLabel *m_saveState;
    QListWidget *m_sections;
    QStackedWidget *m_pages;
    QPushButton *m_previous;
    QPushButton *m_next;
    QPushButton *m_finish;
    QPushButton *m_close;
    QTimer *m_autosave;
};
