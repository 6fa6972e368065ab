#include "ui/forms/FormsPage.h"

#include "model/core/Log.h"
#include "model/forms/FormDocument.h"
#include "model/forms/FormExport.h"
#include "model/forms/FormPrefill.h"
#include "model/vault/RecordStore.h"
#include "ui/caseload/NotesPage.h"
#include "ui/forms/FormEditor.h"
#include "ui/render/DocumentRenderer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
    QTreeWidget *makeList(const QStringList &headers, const QString &name, QWidget *parent)
    {
        auto *view = new QTreeWidget(parent);
        view->setHeaderLabels(headers);
        view->setRootIsDecorated(false);
        view->setAllColumnsShowFocus(true);
        view->setAccessibleName(name);
        view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
        return view;
    }
} // namespace

FormsPage::FormsPage(RecordStore &records, QWidget *parent)
    : QWidget(parent)
    , m_records(records)
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(this))
    , m_intro(new QLabel(m_listPage))
    , m_formChoice(new QComboBox(m_listPage))
    , m_layoutChoice(new QComboBox(m_listPage))
    , m_languageChoice(new QComboBox(m_listPage))
    , m_start(new QPushButton(tr("&Start the form"), m_listPage))
    , m_drafts(makeList({tr("Form"), tr("Started"), tr("Last saved")}, tr("Drafts"), m_listPage))
    , m_continue(new QPushButton(tr("&Continue the draft"), m_listPage))
    , m_discard(new QPushButton(tr("Disc&ard the draft…"), m_listPage))
    , m_versions(makeList({tr("Form"), tr("Version"), tr("Signed off by"), tr("Signed off"), tr("Came from")},
                          tr("Finished forms"),
                          m_listPage))
    , m_savePdf(new QPushButton(tr("Save as &PDF…"), m_listPage))
    , m_saveSummary(new QPushButton(tr("Save the take-away s&ummary…"), m_listPage))
    , m_print(new QPushButton(tr("Pr&int…"), m_listPage))
    , m_printSummary(new QPushButton(tr("Print the su&mmary…"), m_listPage))
    , m_problem(new QLabel(m_listPage))
    , m_notice(new QLabel(m_listPage))
{
    setObjectName(QStringLiteral("formsPage"));
    m_intro->setWordWrap(true);
    m_intro->setText(tr("Forms are filled in from what the case already holds; every prefilled answer shows where it "
                        "came from. A finished form is signed off and kept as it was; later changes make a new "
                        "version."));

    m_formChoice->setObjectName(QStringLiteral("formChoice"));
    m_formChoice->setAccessibleName(tr("Form to start"));
    m_layoutChoice->setObjectName(QStringLiteral("layoutChoice"));
    m_layoutChoice->setAccessibleName(tr("Layout"));
    m_languageChoice->setObjectName(QStringLiteral("languageChoice"));
    m_languageChoice->setAccessibleName(tr("Language of the form"));
    m_languageChoice->addItem(tr("English"), QStringLiteral("en"));
    m_languageChoice->addItem(tr("Welsh (Cymraeg)"), QStringLiteral("cy"));
    m_start->setObjectName(QStringLiteral("startForm"));
    connect(m_formChoice, &QComboBox::currentIndexChanged, this, &FormsPage::refreshLayouts);
    connect(m_start, &QPushButton::clicked, this, [this] {
        startForm(m_formChoice->currentData().toString(),
                  m_layoutChoice->currentData().toString(),
                  m_languageChoice->currentData().toString());
    });

    auto *startBox = new QGroupBox(tr("Start a form"), m_listPage);
    auto *startForm = new QFormLayout(startBox);
    startForm->addRow(tr("Fo&rm:"), m_formChoice);
    startForm->addRow(tr("&Layout:"), m_layoutChoice);
    startForm->addRow(tr("Lan&guage:"), m_languageChoice);
    startForm->addRow(QString(), m_start);

    m_drafts->setObjectName(QStringLiteral("draftsView"));
    m_continue->setObjectName(QStringLiteral("continueDraft"));
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    connect(m_drafts, &QTreeWidget::itemSelectionChanged, this, &FormsPage::updateButtons);
    connect(m_drafts, &QTreeWidget::itemActivated, this, [this] { m_continue->click(); });
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_drafts->currentItem())
            continueDraft(item->data(0, Qt::UserRole).toString());
    });
    connect(m_discard, &QPushButton::clicked, this, &FormsPage::discardSelectedDraft);
    auto *draftsBox = new QGroupBox(tr("Drafts"), m_listPage);
    auto *draftsLayout = new QVBoxLayout(draftsBox);
    draftsLayout->addWidget(m_drafts);
    auto *draftButtons = new QHBoxLayout;
    draftButtons->addWidget(m_continue);
    draftButtons->addWidget(m_discard);
    draftButtons->addStretch();
    draftsLayout->addLayout(draftButtons);

    m_versions->setObjectName(QStringLiteral("versionsView"));
    auto *versionsBox = new QGroupBox(tr("Finished forms"), m_listPage);
    auto *versionsLayout = new QVBoxLayout(versionsBox);
    versionsLayout->addWidget(m_versions);
    m_savePdf->setObjectName(QStringLiteral("savePdf"));
    m_saveSummary->setObjectName(QStringLiteral("saveSummary"));
    m_print->setObjectName(QStringLiteral("printForm"));
    m_printSummary->setObjectName(QStringLiteral("printSummary"));
    const QString leaves = tr("The file is written outside the vault's encrypted store.");
    m_savePdf->setAccessibleDescription(leaves);
    m_saveSummary->setAccessibleDescription(
        tr("A short plain-language page for the person to take away. %1").arg(leaves));
    connect(m_savePdf, &QPushButton::clicked, this, [this] { savePdf(Output::Form); });
    connect(m_saveSummary, &QPushButton::clicked, this, [this] { savePdf(Output::Summary); });
    connect(m_print, &QPushButton::clicked, this, [this] { print(Output::Form); });
    connect(m_printSummary, &QPushButton::clicked, this, [this] { print(Output::Summary); });
    connect(m_versions, &QTreeWidget::itemSelectionChanged, this, &FormsPage::updateButtons);
    auto *outputButtons = new QHBoxLayout;
    for (QPushButton *button : {m_savePdf, m_saveSummary, m_print, m_printSummary})
        outputButtons->addWidget(button);
    outputButtons->addStretch();
    versionsLayout->addLayout(outputButtons);

    m_problem->setObjectName(QStringLiteral("formsProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    // Says where a PDF went once it is saved, beside the list, without a box to dismiss.
    m_notice->setObjectName(QStringLiteral("formsNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_notice->hide();

    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->addWidget(m_intro);
    listLayout->addWidget(m_problem);
    listLayout->addWidget(m_notice);
    listLayout->addWidget(startBox);
    listLayout->addWidget(draftsBox, 1);
    listLayout->addWidget(versionsBox, 1);

    m_stack->addWidget(m_listPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    updateButtons();
}

FormsPage::~FormsPage() = default;

void FormsPage::setForms(std::unique_ptr<FormStore> store, FormsProvider forms, QString signer, QString audience)
{
    m_store = std::move(store);
    m_formsProvider = std::move(forms);
    m_signer = std::move(signer);
    m_audience = std::move(audience);
}

QVector<const FormDefinition *> FormsPage::latestForms() const
{
    QVector<const FormDefinition *> out;
    if (!m_catalogue)
        return out;
    for (const FormDefinition *form : m_catalogue->latest()) {
        if (isForThisSetting(*form))
            out.append(form);
    }
    return out;
}

bool FormsPage::isForThisSetting(const FormDefinition &form) const
{
    return m_audience == QLatin1String("admin") || form.audience.isEmpty() || form.audience.contains(m_audience);
}

const FormDefinition *FormsPage::findForm(const QString &id, int version) const
{
    return m_catalogue ? m_catalogue->find(id, version) : nullptr;
}

QString FormsPage::formTitle(const QString &id, int version, const QString &language) const
{
    const FormDefinition *form = findForm(id, version);
    return form ? tr("%1 (version %2)").arg(form->title.in(language)).arg(version) : id;
}

void FormsPage::saveOpenForm()
{
    if (m_editor)
        m_editor->saveDraft();
}

void FormsPage::load(const QString &personId)
{
    // The case changing under an open form (an answer written back to it) keeps the form open.
    if (m_editor && personId == m_personId)
        return;
    saveOpenForm();
    closeEditor();
    m_personId = personId;
    m_catalogue = m_formsProvider ? m_formsProvider() : nullptr;

    const QString keep = m_formChoice->currentData().toString();
    m_formChoice->clear();
    const QString uiLanguage = QLocale().language() == QLocale::Welsh ? QStringLiteral("cy") : QStringLiteral("en");
    for (const FormDefinition *form : latestForms())
        m_formChoice->addItem(form->title.in(uiLanguage), form->id);
    m_formChoice->setCurrentIndex(qMax(0, m_formChoice->findData(keep)));

    auto person = m_records.get(personId);
    const QString preferred = person ? person.value().value(QStringLiteral("preferred_language")) : QString();
    m_languageChoice->setCurrentIndex(qMax(0, m_languageChoice->findData(preferred)));
    refreshLayouts();
    refreshLists();
}

void FormsPage::clear()
{
    saveOpenForm();
    closeEditor();
    m_personId.clear();
    m_draftList.clear();
    m_finished.clear();
    m_drafts->clear();
    m_versions->clear();
    m_problem->hide();
    updateButtons();
}

void FormsPage::refreshLayouts()
{
    m_layoutChoice->clear();
    const FormDefinition *form = m_catalogue ? m_catalogue->latest(m_formChoice->currentData().toString()) : nullptr;
    if (form) {
        for (const FormLayout &layout : form->layouts)
            m_layoutChoice->addItem(layout.title.in(m_languageChoice->currentData().toString()), layout.id);
    }
    m_layoutChoice->setEnabled(m_layoutChoice->count() > 1);
    updateButtons();
}

void FormsPage::refreshLists()
{
    m_drafts->clear();
    m_versions->clear();
    m_draftList.clear();
    m_finished.clear();
    m_problem->hide();
    if (!m_store || m_personId.isEmpty()) {
        updateButtons();
        return;
    }
    auto drafts = m_store->drafts(m_personId);
    auto versions = m_store->versions(m_personId);
    if (!drafts || !versions) {
        m_problem->setText(!drafts ? drafts.error().message : versions.error().message);
        m_problem->show();
        updateButtons();
        return;
    }
    m_draftList = drafts.value();
    m_finished = versions.value();
    for (const FormDraft &draft : std::as_const(m_draftList)) {
        auto *item = new QTreeWidgetItem(m_drafts);
        item->setText(DraftFormColumn, formTitle(draft.formId, draft.formVersion, draft.language));
        item->setText(DraftStartedColumn, NotesPage::displayTime(draft.startedAt));
        item->setText(DraftUpdatedColumn, NotesPage::displayTime(draft.updatedAt));
        item->setData(0, Qt::UserRole, draft.id);
    }
    for (const FormVersion &version : std::as_const(m_finished)) {
        auto *item = new QTreeWidgetItem(m_versions);
        item->setText(VersionFormColumn, formTitle(version.formId, version.formVersion, version.language));
        item->setText(VersionNumberColumn, QString::number(version.number));
        item->setText(VersionSignedByColumn, version.signedBy);
        item->setText(VersionSignedAtColumn, NotesPage::displayTime(version.signedAt));
        // The number is computed from every version held, so one that came from another device says where from.
        item->setText(VersionFromColumn,
                      version.isFromAnotherDevice()
                          ? (version.receivedFromLabel.isEmpty() ? version.receivedFrom : version.receivedFromLabel)
                          : tr("This device"));
        item->setData(0, Qt::UserRole, version.id);
    }
    if (m_drafts->topLevelItemCount() > 0)
        m_drafts->setCurrentItem(m_drafts->topLevelItem(0));
    updateButtons();
}

void FormsPage::updateButtons()
{
    const bool ready = m_store && !m_personId.isEmpty();
    m_start->setEnabled(ready && m_formChoice->count() > 0);
    m_continue->setEnabled(ready && m_drafts->currentItem());
    m_discard->setEnabled(ready && m_drafts->currentItem());
    const bool version = ready && selectedVersion();
    for (QPushButton *button : {m_savePdf, m_saveSummary, m_print, m_printSummary})
        button->setEnabled(version);
}

const FormVersion *FormsPage::selectedVersion() const
{
    QTreeWidgetItem *item = m_versions->currentItem();
    if (!item)
        return nullptr;
    const QString id = item->data(0, Qt::UserRole).toString();
    for (const FormVersion &version : m_finished) {
        if (version.id == id)
            return &version;
    }
    return nullptr;
}

bool FormsPage::selectedDocument(Output output, QString *title, QString *html) const
{
    const FormVersion *version = selectedVersion();
    const FormDefinition *form = version ? findForm(version->formId, version->formVersion) : nullptr;
    if (!form)
        return false;
    auto person = m_records.summary(m_personId);
    const FormDocumentData data = FormDocument::from(*version, person ? person.value().documentName() : QString());
    *title = output == Output::Form ? FormDocument::title(*form, data) : FormDocument::summaryTitle(*form, data);
    *html = output == Output::Form ? FormDocument::html(*form, data) : FormDocument::takeAwaySummary(*form, data);
    return true;
}

bool FormsPage::savePdf(Output output)
{
    QString title;
    QString html;
    const FormVersion *version = selectedVersion();
    if (!version || !selectedDocument(output, &title, &html))
        return false;
    if (MessageBox::question(this,
                             tr("Save outside the vault"),
                             FormExport::outsideVaultWarning(),
                             QMessageBox::Save | QMessageBox::Cancel,
                             QMessageBox::Cancel) != QMessageBox::Save)
        return false;
    QString fileName = FileDialog::saveFileName(
        this, tr("Save as PDF"), QDir::home().filePath(suggestedPdfName(title, *version)), tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return false;
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        fileName += QStringLiteral(".pdf");
    if (Status s = DocumentRenderer::writePdf(html, title, fileName); !s) {
        MessageBox::warning(this, tr("The PDF was not saved"), s.error().message);
        return false;
    }
    recordLeaving(*version, output, Leaving::AsPdf);
    m_notice->setText(tr("Saved “%1” as %2. It is outside the vault: delete it when it is no longer needed.")
                          .arg(title, QDir::toNativeSeparators(fileName)));
    m_notice->show();
    return true;
}

QString FormsPage::suggestedPdfName(const QString &title, const FormVersion &version) const
{
    auto person = m_records.summary(m_personId);
    const QDateTime signedAt = QDateTime::fromString(version.signedAt, Qt::ISODate);
    return FormExport::suggestedFileName(title,
                                         person ? person.value().documentName() : QString(),
                                         signedAt.isValid() ? signedAt.toLocalTime().date() : QDate::currentDate());
}

void FormsPage::print(Output output)
{
    QString title;
    QString html;
    if (!selectedDocument(output, &title, &html))
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    // On the heap and watched: locking closes the dialog and deletes this page while exec() runs.
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, this);
    dialog->setWindowTitle(tr("Print %1").arg(title));
    const int answer = dialog->exec();
    if (!dialog)
        return;
    delete dialog.data();
    if (answer != QDialog::Accepted)
        return;
    printOn(output, printer);
}

bool FormsPage::printOn(Output output, QPrinter &printer)
{
    QString title;
    QString html;
    const FormVersion *version = selectedVersion();
    if (!version || !selectedDocument(output, &title, &html))
        return false;
    DocumentRenderer::print(html, &printer);
    recordLeaving(*version, output, Leaving::OnPaper);
    return true;
}

void FormsPage::recordLeaving(const FormVersion &version, Output output, Leaving how)
{
    const FormExport::Kind kind = output == Output::Form ? FormExport::Kind::Form : FormExport::Kind::Summary;
    const Status recorded =
        how == Leaving::AsPdf
            ? FormExport::recordPdfSaved(
                  m_store->audit(), version.personId, version.formId, version.formVersion, version.number, kind)
            : FormExport::recordPrinted(
                  m_store->audit(), version.personId, version.formId, version.formVersion, version.number, kind);
    if (!recorded)
        MessageBox::warning(this, tr("The export was not recorded"), recorded.error().message);
}

FormEditor *FormsPage::startForm(const QString &formId, const QString &layout, const QString &language)
{
    if (!m_store || m_personId.isEmpty())
        return nullptr;
    const FormDefinition *form = m_catalogue ? m_catalogue->latest(formId) : nullptr;
    if (!form || !isForThisSetting(*form))
        return nullptr;

    auto prefilled = FormPrefill::fill(*form, m_records, m_personId, m_signer, QDate::currentDate());
    if (!prefilled) {
        MessageBox::warning(this, tr("The form was not started"), prefilled.error().message);
        return nullptr;
    }
    FormDraft draft;
    draft.personId = m_personId;
    draft.formId = form->id;
    draft.formVersion = form->version;
    draft.layout = layout.isEmpty() && !form->layouts.isEmpty() ? form->layouts.first().id : layout;
    draft.language = language.isEmpty() ? m_languageChoice->currentData().toString() : language;
    for (auto it = prefilled.value().cbegin(); it != prefilled.value().cend(); ++it)
        draft.answers.insert(it.key(), it->value);
    auto id = m_store->saveDraft(draft);
    if (!id) {
        MessageBox::warning(this, tr("The form was not started"), id.error().message);
        return nullptr;
    }
    draft.id = id.value();
    // What the form was filled in with is a suggestion about the person: kept, as shown, for their copy.
    if (m_history) {
        if (Status kept =
                FormPrefill::recordShown(*m_history, *form, draft.id, m_personId, draft.language, prefilled.value());
            !kept)
            qCWarning(lcAudit) << "the values a form was filled in with could not be kept in the suggestion history";
    }
    return openEditor(*form, draft, prefilled.value());
}

FormEditor *FormsPage::continueDraft(const QString &draftId)
{
    if (!m_store)
        return nullptr;
    auto draft = m_store->draft(draftId);
    if (!draft) {
        MessageBox::warning(this, tr("The draft did not open"), draft.error().message);
        return nullptr;
    }
    const FormDefinition *form = findForm(draft->formId, draft->formVersion);
    if (!form) {
        MessageBox::warning(this,
                            tr("The draft did not open"),
                            tr("Version %1 of this form is no longer on this device, so its draft cannot be "
                               "opened. Import the forms bundle that holds it, or discard the draft.")
                                .arg(draft->formVersion));
        return nullptr;
    }
    // Where each value came from is worked out again, so a draft shows its sources as a new form does.
    auto prefilled = FormPrefill::fill(*form, m_records, m_personId, m_signer, QDate::currentDate());
    return openEditor(*form, draft.value(), prefilled ? prefilled.value() : QMap<QString, PrefilledValue>{});
}

FormEditor *
FormsPage::openEditor(const FormDefinition &form, const FormDraft &draft, QMap<QString, PrefilledValue> prefilled)
{
    closeEditor();
    m_editor = new FormEditor(form, draft, std::move(prefilled), *m_store, m_records, m_signer, this);
    connect(m_editor, &FormEditor::closeRequested, this, [this] {
        closeEditor();
        refreshLists();
    });
    connect(m_editor, &FormEditor::finished, this, [this](const FormVersion &version) {
        // Each value the form was filled in with was kept, changed or cleared: that is the decision on it.
        if (m_history && m_editor) {
            if (Status kept =
                    FormPrefill::recordDecisions(*m_history, m_editor->draft().id, version.personId, version.answers);
                !kept)
                qCWarning(lcAudit) << "the decisions on a form's filled-in values could not be kept";
        }
        closeEditor();
        refreshLists();
        for (int i = 0; i < m_versions->topLevelItemCount(); ++i) {
            if (m_versions->topLevelItem(i)->data(0, Qt::UserRole).toString() == version.id)
                m_versions->setCurrentItem(m_versions->topLevelItem(i));
        }
        m_versions->setFocus(Qt::OtherFocusReason);
    });
    m_stack->addWidget(m_editor);
    m_stack->setCurrentWidget(m_editor);
    m_editor->showSection(0);
    Q_EMIT formOpened(m_editor);
    return m_editor;
}

void FormsPage::closeEditor()
{
    if (!m_editor)
        return;
    FormEditor *editor = m_editor;
    m_editor = nullptr;
    m_stack->setCurrentWidget(m_listPage);
    m_stack->removeWidget(editor);
    editor->hide();
    editor->deleteLater();
    Q_EMIT formClosed();
}

void FormsPage::discardSelectedDraft()
{
    QTreeWidgetItem *item = m_drafts->currentItem();
    if (!item || !m_store)
        return;
    if (!MessageBox::confirm(this,
                             tr("Discard the draft"),
                             tr("Discard the draft of “%1”? Its answers will be lost; finished versions stay.")
                                 .arg(item->text(DraftFormColumn)),
                             tr("&Discard the draft")))
        return;
    if (Status s = m_store->discardDraft(item->data(0, Qt::UserRole).toString()); !s)
        MessageBox::warning(this, tr("The draft was not discarded"), s.error().message);
    refreshLists();
}
