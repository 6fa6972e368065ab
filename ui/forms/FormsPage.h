#pragma once

#include "model/forms/FormCatalogue.h"
#include "model/forms/FormPrefill.h"
#include "model/forms/FormStore.h"

#include <QWidget>

#include <functional>
#include <memory>

class FormEditor;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class RecordStore;
class SuggestionHistory;

/**
 * The Forms tab: start one of the forms this vault knows (in the person's preferred language unless
 * another is chosen), continue a draft, and see the finished versions with who signed them off and
 * when. Opening a form shows its FormEditor in place of the lists until it is closed or finished.
 */
class FormsPage : public QWidget
{
    Q_OBJECT

public:
    /**
     * The forms the vault can use, every version (a draft opens on the version it started on). The
     * composition root loads it once and again after a forms bundle is imported.
     */
    using FormsProvider = std::function<std::shared_ptr<const FormCatalogue>()>;

    enum DraftColumn
    {
        DraftFormColumn,
        DraftStartedColumn,
        DraftUpdatedColumn,
    };
    enum VersionColumn
    {
        VersionFormColumn,
        VersionNumberColumn,
        VersionSignedByColumn,
        VersionSignedAtColumn,
        VersionFromColumn,
    };

    FormsPage(RecordStore &records, QWidget *parent = nullptr);
    ~FormsPage() override;

    /**
     * Supplies the drafts store, the forms, who signs forms off on this vault and the audience the
     * vault's setting sees ("work-coach", "gp-practice", "admin"; admins see every form).
     */
    void setForms(std::unique_ptr<FormStore> store, FormsProvider forms, QString signer, QString audience);
    bool hasForms() const { return m_store != nullptr; }
    /**
     * Where the values a form is filled in with, and what became of them when it is finished, are kept for the
     * person's copy of their record (SuggestionHistory); nothing is kept without one.
     */
    void setSuggestionHistory(SuggestionHistory *history) { m_history = history; }

    void load(const QString &personId);
    void clear();
    /** Saves the open form's draft now (before a lock or when another person is shown). */
    void saveOpenForm();

    /** Starts a draft of the newest version of `formId`, prefilled from the case, and opens it. */
    FormEditor *startForm(const QString &formId, const QString &layout = {}, const QString &language = {});
    FormEditor *continueDraft(const QString &draftId);
    /** The form being filled, or nullptr while the lists show. */
    FormEditor *editor() const { return m_editor; }

    QComboBox *formChoice() const { return m_formChoice; }
    QComboBox *languageChoice() const { return m_languageChoice; }
    QTreeWidget *draftsView() const { return m_drafts; }
    QTreeWidget *versionsView() const { return m_versions; }
    const QVector<FormVersion> &finishedVersions() const { return m_finished; }

    /** What is written out or printed for the selected finished form. */
    enum class Output
    {
        Form,
        Summary,
    };
    /**
     * Asks where to save the selected finished form (or its take-away summary) as a PDF, in the
     * language it was filled in, after warning that the file leaves the vault's encrypted store; the
     * export is audited. Returns whether a file was written.
     */
    bool savePdf(Output output);
    /** Prints the selected finished form or its summary through the system's print dialog. */
    void print(Output output);
    /**
     * Prints the selected finished form or its summary on `printer` (set up by print()'s dialog, or by a
     * test) and audits it: paper leaves the vault as surely as a PDF does. Returns whether it printed.
     */
    bool printOn(Output output, QPrinter &printer);

Q_SIGNALS:
    void formOpened(FormEditor *editor);
    void formClosed();

private:
    /** The newest version of each form meant for this vault's setting. */
    QVector<const FormDefinition *> latestForms() const;
    bool isForThisSetting(const FormDefinition &form) const;
    const FormDefinition *findForm(const QString &id, int version) const;
    FormEditor *openEditor(const FormDefinition &form, const FormDraft &draft, QMap<QString, PrefilledValue> prefilled);
    void closeEditor();
    void refreshLists();
    void refreshLayouts();
    void discardSelectedDraft();
    void updateButtons();
    QString formTitle(const QString &id, int version, const QString &language) const;
    const FormVersion *selectedVersion() const;
    /** The document's title and HTML for the selected version, or false when there is none. */
    bool selectedDocument(Output output, QString *title, QString *html) const;
    enum class Leaving
    {
        AsPdf,
        OnPaper,
    };
    /** Audits a finished form leaving the vault (ids only); warns if the audit log could not take it. */
    void recordLeaving(const FormVersion &version, Output output, Leaving how);
    /** "Action plan - Evans, Siân - 2026-12-07.pdf": the document, the person and the day it was signed off. */
    QString suggestedPdfName(const QString &title, const FormVersion &version) const;

    RecordStore &m_records;
    SuggestionHistory *m_history = nullptr;
    std::unique_ptr<FormStore> m_store;
    FormsProvider m_formsProvider;
    std::shared_ptr<const FormCatalogue> m_catalogue;
    QString m_signer;
    QString m_audience;
    QString m_personId;
    QVector<FormDraft> m_draftList;
    QVector<FormVersion> m_finished;

    QStackedWidget *m_stack;
    QWidget *m_listPage;
    QLabel *m_intro;
    QComboBox *m_formChoice;
    QComboBox *m_layoutChoice;
    QComboBox *m_languageChoice;
    QPushButton *m_start;
    QTreeWidget *m_drafts;
    QPushButton *m_continue;
    QPushButton *m_discard;
    QTreeWidget *m_versions;
    QPushButton *m_savePdf;
    QPushButton *m_saveSummary;
    QPushButton *m_print;
    QPushButton *m_printSummary;
    QLabel *m_problem;
    QLabel *m_notice;
    FormEditor *m_editor = nullptr;
};
