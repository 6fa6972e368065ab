#include "ui/shell/PersonWorkspace.h"

#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "ui/caseload/NotesPage.h"
#include "ui/caseload/PersonEraseDialog.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordForm.h"
#include "ui/caseload/RecordFormPage.h"
#include "ui/caseload/RecordListPage.h"
#include "ui/caseload/SuggestionHistoryDialog.h"
#include "ui/forms/FormEditor.h"
#include "ui/forms/FormsPage.h"
#include "ui/matching/MatchesPage.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"
#include "ui/widgets/TabSwitchKeys.h"

#include <QAbstractButton>
#include <QDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace
{
    const EntityKind &kindOf(const QString &key)
    {
        const EntityKind *kind = EntitySchema::instance().kind(key);
        Q_ASSERT(kind);
        return *kind;
    }

    QLabel *plainLabel(const QString &objectName, QWidget *parent)
    {
        auto *label = new QLabel(parent);
        label->setObjectName(objectName);
        // Names and other values typed by people are never read as rich text.
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    }
} // namespace

PersonWorkspace::PersonWorkspace(RecordStore &store, VaultSetting setting, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_noun(VaultSettings::personNoun(setting))
    , m_header(new QFrame(this))
    , m_name(plainLabel(QStringLiteral("personNameLabel"), m_header))
    , m_preferredName(plainLabel(QStringLiteral("preferredNameLabel"), m_header))
    , m_language(plainLabel(QStringLiteral("preferredLanguageLabel"), m_header))
    , m_caseStatus(plainLabel(QStringLiteral("caseStatusLabel"), m_header))
    , m_tabs(new QTabWidget(this))
    , m_profile(new RecordFormPage(store, kindOf(Kinds::Person), {QStringLiteral("status")}, this))
    , m_circumstances(new RecordFormPage(store, kindOf(Kinds::Circumstances), {}, this))
    , m_notes(new NotesPage(store, this))
    , m_matches(new MatchesPage(store, m_noun, this))
    , m_forms(new FormsPage(store, this))
    , m_closeCase(new QPushButton(this))
    , m_erase(new QPushButton(tr("Er&ase this %1…").arg(m_noun), this))
    , m_suggestionHistory(new QPushButton(tr("Suggestions &made about them…"), this))
{
    setObjectName(QStringLiteral("personWorkspace"));

    m_header->setObjectName(QStringLiteral("personHeader"));
    m_header->setAccessibleName(tr("The %1 shown").arg(m_noun));
    static_cast<QFrame *>(m_header)->setFrameShape(QFrame::StyledPanel);
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.4);
    m_name->setFont(nameFont);
    // The window disables the whole workspace while no one is open, and disabled grey made "No claimant selected"
    // 1.6:1 against the window. It is a message, not a control: it keeps the normal text colour (WCAG 1.4.3).
    QPalette namePalette = m_name->palette();
    namePalette.setColor(
        QPalette::Disabled, QPalette::WindowText, namePalette.color(QPalette::Active, QPalette::WindowText));
    m_name->setPalette(namePalette);
    auto *details = new QHBoxLayout;
    details->addWidget(m_preferredName);
    details->addWidget(m_language);
    details->addWidget(m_caseStatus);
    details->addStretch();
    auto *headerLayout = new QVBoxLayout(m_header);
    headerLayout->addWidget(m_name);
    headerLayout->addLayout(details);

    // Profile: the person record edited in place, then the case actions. Status is the case action's job.
    auto *profile = new QWidget(this);
    auto *caseBox = new QGroupBox(tr("Case"), profile);
    m_closeCase->setObjectName(QStringLiteral("closeCaseButton"));
    m_erase->setObjectName(QStringLiteral("erasePersonButton"));
    m_erase->setAccessibleName(tr("Erase this %1 and everything held about them").arg(m_noun));
    auto *eraseHint = new QLabel(tr("Erasing removes everything held about this %1 for good. You will be told exactly "
                                    "what will go and asked to type their full name first.")
                                     .arg(m_noun),
                                 caseBox);
    eraseHint->setWordWrap(true);
    m_suggestionHistory->setObjectName(QStringLiteral("suggestionHistoryButton"));
    m_suggestionHistory->setAccessibleName(
        tr("Suggestions made about this %1, and recording that they disagreed").arg(m_noun));
    auto *caseButtons = new QHBoxLayout;
    caseButtons->addWidget(m_closeCase);
    caseButtons->addWidget(m_suggestionHistory);
    caseButtons->addWidget(m_erase);
    caseButtons->addStretch();
    auto *caseLayout = new QVBoxLayout(caseBox);
    caseLayout->addLayout(caseButtons);
    caseLayout->addWidget(eraseHint);
    auto *profileLayout = new QVBoxLayout(profile);
    profileLayout->addWidget(m_profile);
    profileLayout->addWidget(caseBox);
    profileLayout->addStretch();
    connect(m_closeCase, &QPushButton::clicked, this, &PersonWorkspace::toggleCaseStatus);
    connect(m_erase, &QPushButton::clicked, this, &PersonWorkspace::erasePerson);
    connect(m_suggestionHistory, &QPushButton::clicked, this, &PersonWorkspace::showSuggestionHistory);
    // Offered once the window gives the workspace the vault's suggestion history (setSuggestionHistory).
    m_suggestionHistory->hide();

    m_tabs->setObjectName(QStringLiteral("workspaceTabs"));
    m_tabs->setAccessibleName(tr("Records about the %1").arg(m_noun));
    m_tabs->setDocumentMode(true);
    // The tabs have no Alt+letter of their own: with ten of them beside the menus and the caseload, their letters
    // clashed with the controls on the pages (Alt+H went to three places, Alt+R was Revert and Forms). They are
    // switched with Ctrl+PgUp and Ctrl+PgDown (or Ctrl+Tab) from anywhere in the workspace instead.
    new TabSwitchKeys(m_tabs);

    QWidget *tab = scrolling(profile);
    tab->setObjectName(QStringLiteral("profileTab"));
    m_tabs->addTab(tab, tr("Profile"));

    tab = scrolling(m_circumstances);
    tab->setObjectName(QStringLiteral("circumstancesTab"));
    m_tabs->addTab(tab, tr("Circumstances"));

    tab = listTab({Kinds::WorkHistory, Kinds::Qualification, Kinds::Skill}, QString());
    tab->setObjectName(QStringLiteral("workTab"));
    m_tabs->addTab(tab, tr("Work and skills"));

    tab = listTab({Kinds::HealthCondition, Kinds::Adjustment, Kinds::FitNote},
                  tr("Health information is special category data. Each time this section is opened for a %1, the "
                     "opening is recorded in the audit log. Record only what the %1 agrees is needed.")
                      .arg(m_noun));
    tab->setObjectName(QStringLiteral("healthTab"));
    m_tabs->addTab(tab, tr("Health and work"));

    tab = listTab({Kinds::JobGoal, Kinds::ActionItem, Kinds::Referral, Kinds::PutForward},
                  tr("Record actions as agreed with the %1. Mark an action as required only when it comes from a "
                     "requirement set elsewhere: Waymark records requirements, it does not set them.")
                      .arg(m_noun));
    tab->setObjectName(QStringLiteral("planTab"));
    m_tabs->addTab(tab, tr("Plan"));
    setReferralMaker({});
    setReferralFollower({});
    // A put-forward is made from a vacancy with the person's consent (Edit ▸ Find people for a vacancy), never with
    // the generic editor, which would skip the consent: the list shows them and lets the outcome be changed.
    if (RecordListPage *putForwards = listPage(Kinds::PutForward)) {
        putForwards->setAddHandler([](const QString &) { return false; });
        if (auto *add = putForwards->findChild<QPushButton *>(Kinds::PutForward + QStringLiteral("AddButton")))
            add->hide();
    }

    tab = scrolling(m_notes);
    tab->setObjectName(QStringLiteral("notesTab"));
    m_tabs->addTab(tab, tr("Notes"));

    tab = listTab({Kinds::Appointment}, QString());
    tab->setObjectName(QStringLiteral("appointmentsTab"));
    m_tabs->addTab(tab, tr("Appointments"));

    tab = listTab({Kinds::Consent}, QString());
    tab->setObjectName(QStringLiteral("consentTab"));
    m_tabs->addTab(tab, tr("Consent"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);

    const auto edited = [this] {
        if (!m_personId.isEmpty())
            Q_EMIT personEdited(m_personId);
    };
    connect(m_profile, &RecordFormPage::saved, this, edited);
    connect(m_circumstances, &RecordFormPage::saved, this, edited);
    connect(m_notes, &NotesPage::notesChanged, this, edited);
    connect(m_matches, &MatchesPage::recordsAdded, this, edited);
    // Hidden until matching and forms are supplied; their tabs are added then.
    m_matches->hide();
    m_forms->hide();
    // While a form is open, a suggestion from the note being written can go into it.
    connect(m_forms, &FormsPage::formOpened, this, [this](FormEditor *editor) {
        QPointer<FormEditor> open(editor);
        m_notes->suggestionsPanel()->setFormSink(
            [open](const ExtractedSuggestion &suggestion, const QString &value) {
                return open && open->acceptSuggestion(suggestion, value);
            },
            editor->form().title.in(editor->draft().language));
    });
    connect(m_forms, &FormsPage::formClosed, this, [this] { m_notes->suggestionsPanel()->clearFormSink(); });
    for (RecordListPage *page : std::as_const(m_lists))
        connect(page, &RecordListPage::recordsChanged, this, edited);

    connect(m_tabs, &QTabWidget::currentChanged, this, &PersonWorkspace::onTabChanged);
    connect(&m_store, &RecordStore::personChanged, this, &PersonWorkspace::onStoreChanged);
    connect(&m_store, &RecordStore::personErased, this, &PersonWorkspace::onStoreErased);

    clear();
}

QWidget *PersonWorkspace::scrolling(QWidget *content)
{
    // Every page scrolls rather than clips at 200% scaling (960×540 logical pixels) or with long Welsh labels.
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A container is no stop on the Tab path (and would be an unnamed one): Tab goes to the fields inside.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    return scroll;
}

QWidget *PersonWorkspace::listTab(const QStringList &kinds, const QString &intro)
{
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    if (!intro.isEmpty()) {
        auto *label = new QLabel(intro, content);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    for (const QString &key : kinds) {
        auto *page = new RecordListPage(m_store, kindOf(key), content);
        // Two lists on one tab would share Alt+A and Alt+R, which then only moves between them: there the buttons
        // are reached with Tab, and named for their list.
        if (kinds.size() > 1) {
            for (QAbstractButton *button : page->findChildren<QAbstractButton *>())
                button->setText(button->text().remove(QLatin1Char('&')));
        }
        m_lists.append(page);
        layout->addWidget(page);
    }
    layout->addStretch();
    return scrolling(content);
}

void PersonWorkspace::setReferralMaker(ReferralMaker maker)
{
    RecordListPage *page = listPage(Kinds::Referral);
    if (!page)
        return;
    if (!maker) {
        // Never the generic editor: it would make a referral without the partner's consent check.
        page->setAddHandler([](const QString &) { return false; });
        return;
    }
    page->setAddHandler(
        [this, maker = std::move(maker)](const QString &personId) { return maker(personId, fullName()); });
}

void PersonWorkspace::setReferralFollower(ReferralFollower follower)
{
    RecordListPage *page = listPage(Kinds::Referral);
    if (!page)
        return;
    // Never the generic editor: its outcome would leave the plan's action behind (Referrals::recordOutcome).
    if (!follower)
        follower = [](const QString &) { return false; };
    page->setEditHandler(std::move(follower));
}

RecordListPage *PersonWorkspace::listPage(const QString &kind) const
{
    for (RecordListPage *page : m_lists) {
        if (page->kind().key == kind)
            return page;
    }
    return nullptr;
}

void PersonWorkspace::setConceptLookup(const ConceptLookup &lookup)
{
    for (RecordListPage *page : std::as_const(m_lists))
        page->setConceptLookup(lookup);
}

void PersonWorkspace::setMatching(MatchingLoader loader, MatchProfileSource profiles)
{
    m_matches->setMatching(std::move(loader), std::move(profiles));
    if (!m_matchesTab) {
        m_matchesTab = scrolling(m_matches);
        m_matchesTab->setObjectName(QStringLiteral("matchesTab"));
        const int index = m_tabs->addTab(m_matchesTab, tr("Matches"));
        Q_ASSERT(index == MatchesTab);
        Q_UNUSED(index);
    }
    m_matches->setPerson(m_personId);
}

void PersonWorkspace::setForms(std::unique_ptr<FormStore> store,
                               FormsPage::FormsProvider forms,
                               QString signer,
                               QString audience)
{
    m_forms->setForms(std::move(store), std::move(forms), std::move(signer), std::move(audience));
    if (!m_formsTab) {
        m_formsTab = scrolling(m_forms);
        m_formsTab->setObjectName(QStringLiteral("formsTab"));
        m_tabs->addTab(m_formsTab, tr("Forms"));
    }
    if (!m_personId.isEmpty())
        m_forms->load(m_personId);
}

void PersonWorkspace::showTab(Tab tab)
{
    QWidget *page = tab == MatchesTab ? m_matchesTab : (tab == FormsTab ? m_formsTab : m_tabs->widget(tab));
    if (page)
        m_tabs->setCurrentWidget(page);
}

QString PersonWorkspace::tabName(int index) const
{
    QString name = m_tabs->tabText(index);
    return name.remove(QLatin1Char('&'));
}

QStringList PersonWorkspace::unsavedPages() const
{
    QStringList pages;
    if (m_personId.isEmpty())
        return pages;
    if (m_profile->hasUnsavedChanges())
        pages.append(tabName(ProfileTab));
    if (m_circumstances->hasUnsavedChanges())
        pages.append(tabName(CircumstancesTab));
    if (m_notes->hasUnsavedNote())
        pages.append(tr("%1: a note not added yet").arg(tabName(NotesTab)));
    return pages;
}

bool PersonWorkspace::confirmLeave()
{
    const QStringList pages = unsavedPages();
    if (pages.isEmpty())
        return true;
    QStringList lines{tr("Some changes to this %1 are not saved yet:").arg(m_noun)};
    for (const QString &page : pages)
        lines.append(tr("• %1").arg(page));
    switch (MessageBox::askToSave(this, tr("Save your changes?"), lines.join(QLatin1Char('\n')))) {
    case QMessageBox::Save:
        return saveChanges();
    case QMessageBox::Discard:
        discardChanges();
        return true;
    default:
        return false;
    }
}

bool PersonWorkspace::saveChanges()
{
    // Stops on the first page that does not validate, with its problems shown beside its fields.
    if (m_profile->hasUnsavedChanges() && !m_profile->save()) {
        m_tabs->setCurrentIndex(ProfileTab);
        return false;
    }
    if (m_circumstances->hasUnsavedChanges() && !m_circumstances->save()) {
        m_tabs->setCurrentIndex(CircumstancesTab);
        return false;
    }
    if (m_notes->hasUnsavedNote() && !m_notes->addNote()) {
        m_tabs->setCurrentIndex(NotesTab);
        return false;
    }
    return true;
}

void PersonWorkspace::discardChanges()
{
    if (m_profile->hasUnsavedChanges())
        m_profile->revert();
    if (m_circumstances->hasUnsavedChanges())
        m_circumstances->revert();
    m_notes->discardNote();
}

QStringList PersonWorkspace::saveOpenWork()
{
    m_forms->saveOpenForm();
    QStringList lost;
    if (m_personId.isEmpty() && !m_adding)
        return lost;
    if (m_profile->hasUnsavedChanges() && !m_profile->save())
        lost.append(tabName(ProfileTab));
    if (m_circumstances->hasUnsavedChanges() && !m_circumstances->save())
        lost.append(tabName(CircumstancesTab));
    // Nobody is there to decide the note's suggestions; the note itself is kept.
    if (m_notes->hasUnsavedNote() && !m_notes->addNote(NotesPage::Undecided::AddAnyway))
        lost.append(tr("%1: a note not added yet").arg(tabName(NotesTab)));
    // An editor accepts only an entry that validates, and stays open otherwise.
    const auto saveEditor = [&lost](RecordEditDialog *dialog) {
        QPointer<RecordEditDialog> editor(dialog);
        if (!editor || !editor->isVisible() || !editor->form()->isModified())
            return;
        editor->accept();
        if (editor && editor->isVisible())
            lost.append(editor->windowTitle());
    };
    for (RecordListPage *page : std::as_const(m_lists))
        saveEditor(page->openDialog());
    saveEditor(m_adding);
    return lost;
}

void PersonWorkspace::reloadMatching()
{
    m_matches->reloadContext();
    // The taxonomy may have changed: the note is read again with the new extractor.
    m_notes->suggestionsPanel()->reloadExtractor();
}

void PersonWorkspace::setNoteSuggestions(NoteSuggestionsPanel::ExtractorProvider provider, AuditLog &audit)
{
    m_notes->setSuggestions(std::move(provider), audit);
}

void PersonWorkspace::showPerson(const QString &personId)
{
    auto person = m_store.get(personId);
    if (!person || person->kind != Kinds::Person) {
        clear();
        return;
    }
    if (const Status audited = m_store.recordView(personId); !audited) {
        // Nothing is shown that the audit log does not know was seen.
        clear();
        MessageBox::warning(this, tr("Could not open the record"), audited.error().message);
        return;
    }
    clear();
    m_personId = personId;
    reloadPerson();
}

void PersonWorkspace::clear()
{
    m_personId.clear();
    m_status.clear();
    m_healthAudited = false;
    // Never reopen on the health section: the next person's health data waits for a deliberate click.
    if (m_tabs->currentIndex() == HealthTab)
        m_tabs->setCurrentIndex(ProfileTab);
    m_profile->clear();
    m_circumstances->clear();
    for (RecordListPage *page : std::as_const(m_lists))
        page->clear();
    m_notes->clear();
    m_matches->clear();
    m_forms->clear();
    // Any dialog still open (adding a person, confirming an erasure, a question) shows personal data: close it.
    const QList<QDialog *> dialogs = findChildren<QDialog *>();
    for (QDialog *dialog : dialogs)
        dialog->reject();
    refreshHeader();
}

void PersonWorkspace::reloadPerson()
{
    refreshHeader();
    m_profile->load(m_personId);
    m_circumstances->load(m_personId);
    for (RecordListPage *page : std::as_const(m_lists)) {
        if (!page->kind().health || m_healthAudited)
            page->load(m_personId);
    }
    m_notes->load(m_personId);
    m_matches->setPerson(m_personId);
    if (m_forms->hasForms())
        m_forms->load(m_personId);
}

void PersonWorkspace::refreshHeader()
{
    const bool shown = !m_personId.isEmpty();
    Record person;
    if (shown) {
        if (auto record = m_store.get(m_personId))
            person = record.value();
    }
    m_status = person.value(QStringLiteral("status"));
    if (!shown) {
        m_name->setText(tr("No %1 selected. Choose one from the caseload.").arg(m_noun));
        m_preferredName->clear();
        m_language->clear();
        m_caseStatus->clear();
    } else {
        m_name->setText(fullName());
        const QString preferred = person.value(QStringLiteral("preferred_name"));
        m_preferredName->setText(preferred.isEmpty() ? tr("Preferred name: not recorded")
                                                     : tr("Preferred name: %1").arg(preferred));
        const FieldSpec *language = kindOf(Kinds::Person).field(QStringLiteral("preferred_language"));
        const QString languageKey = person.value(QStringLiteral("preferred_language"));
        m_language->setText(languageKey.isEmpty()
                                ? tr("Preferred language: not recorded")
                                : tr("Preferred language: %1").arg(language->choiceLabel(languageKey)));
        m_caseStatus->setText(m_status == QLatin1String("closed") ? tr("Case closed") : tr("Case open"));
    }
    m_header->setAccessibleDescription(
        shown ? tr("%1. %2. %3. %4.")
                    .arg(m_name->text(), m_preferredName->text(), m_language->text(), m_caseStatus->text())
              : m_name->text());
    const bool closed = m_status == QLatin1String("closed");
    m_closeCase->setText(closed ? tr("Reopen &case") : tr("Close &case"));
    m_closeCase->setAccessibleName(closed ? tr("Reopen this %1's case").arg(m_noun)
                                          : tr("Close this %1's case").arg(m_noun));
    m_closeCase->setEnabled(shown);
    m_erase->setEnabled(shown);
}

QString PersonWorkspace::fullName() const
{
    if (m_personId.isEmpty())
        return {};
    auto person = m_store.get(m_personId);
    if (!person)
        return {};
    return tr("%1 %2", "given name, family name")
        .arg(person->value(QStringLiteral("given_name")), person->value(QStringLiteral("family_name")))
        .simplified();
}

void PersonWorkspace::onTabChanged(int index)
{
    if (index == HealthTab)
        openHealthSection();
}

void PersonWorkspace::openHealthSection()
{
    if (m_personId.isEmpty() || m_healthAudited)
        return;
    if (const Status audited = m_store.recordView(m_personId, true); !audited) {
        MessageBox::warning(this, tr("Could not open the health section"), audited.error().message);
        return;
    }
    m_healthAudited = true;
    for (RecordListPage *page : std::as_const(m_lists)) {
        if (page->kind().health)
            page->load(m_personId);
    }
}

void PersonWorkspace::onStoreChanged(const QString &personId)
{
    if (personId.isEmpty() || personId != m_personId)
        return;
    // A change made here or elsewhere (an import, say): show it, but never overwrite unsaved typing.
    refreshHeader();
    m_profile->refresh();
    m_circumstances->refresh();
    for (RecordListPage *page : std::as_const(m_lists)) {
        if ((!page->kind().health || m_healthAudited) && !page->openDialog())
            page->load(m_personId);
    }
    m_notes->load(m_personId);
}

void PersonWorkspace::onStoreErased(const QString &personId)
{
    if (personId.isEmpty() || personId != m_personId)
        return;
    clear();
    Q_EMIT personErased(personId);
}

void PersonWorkspace::toggleCaseStatus()
{
    if (m_personId.isEmpty())
        return;
    const QString next = m_status == QLatin1String("closed") ? QStringLiteral("open") : QStringLiteral("closed");
    if (const Status status = m_store.update(m_personId, {{QStringLiteral("status"), next}}); !status) {
        MessageBox::warning(this, tr("Could not change the case"), status.error().message);
        return;
    }
    refreshHeader();
    Q_EMIT personEdited(m_personId);
}

QString PersonWorkspace::eraseDetails() const
{
    QStringList lines;
    lines.append(tr("This will permanently erase %1 and everything held about them:").arg(fullName()));
    QMap<QString, int> counts;
    if (auto all = m_store.allForPerson(m_personId)) {
        for (const Record &record : all.value())
            counts[record.kind] += 1;
    }
    for (const EntityKind &kind : EntitySchema::instance().kinds()) {
        const int count = counts.value(kind.key);
        if (count > 0)
            lines.append(tr("• %1: %n entry(s)", nullptr, count).arg(kind.translatedLabel()));
    }
    if (m_history) {
        if (auto suggestions = m_history->forPerson(m_personId); suggestions && !suggestions->isEmpty())
            lines.append(tr("• Suggestions made about them: %n entry(s)", nullptr, int(suggestions->size())));
    }
    lines.append(tr("The audit log will keep only the fact that an erasure happened. This cannot be undone."));
    return lines.join(QLatin1Char('\n'));
}

void PersonWorkspace::erasePerson()
{
    if (m_personId.isEmpty())
        return;
    const QString id = m_personId;
    if (!PersonEraseDialog::confirm(this, fullName(), m_noun, eraseDetails()))
        return;
    if (const Status status = m_store.erasePerson(id); !status) {
        MessageBox::warning(this, tr("Could not erase"), status.error().message);
        return;
    }
    // The store's personErased signal has cleared the workspace and told the window; make sure of both.
    if (!m_personId.isEmpty()) {
        clear();
        Q_EMIT personErased(id);
    }
}

PersonWorkspace::~PersonWorkspace() = default;

void PersonWorkspace::setSuggestionHistory(Database &db, AuditLog &audit)
{
    m_history = std::make_unique<SuggestionHistory>(db, audit);
    m_matches->setSuggestionHistory(m_history.get());
    m_notes->suggestionsPanel()->setSuggestionHistory(m_history.get());
    m_forms->setSuggestionHistory(m_history.get());
    m_suggestionHistory->show();
}

void PersonWorkspace::showSuggestionHistory()
{
    if (m_personId.isEmpty() || !m_history)
        return;
    // On the heap and watched: locking deletes the workspace, and with it this dialog, while exec() runs.
    QPointer<SuggestionHistoryDialog> dialog = new SuggestionHistoryDialog(*m_history, m_personId, fullName(), this);
    dialog->exec();
    delete dialog.data();
}

QString PersonWorkspace::addPerson()
{
    // On the heap and watched: locking deletes the workspace, and with it this dialog, while exec() runs.
    QPointer<RecordEditDialog> dialog =
        new RecordEditDialog(m_store, kindOf(Kinds::Person), QString(), Record(), {QStringLiteral("status")}, this);
    m_adding = dialog;
    dialog->setWindowTitle(tr("Add a %1").arg(m_noun));
    dialog->setAccessibleName(dialog->windowTitle());
    const int result = dialog->exec();
    if (!dialog)
        return {};
    const QString id = result == QDialog::Accepted ? dialog->savedRecordId() : QString();
    delete dialog;
    return id;
}

void PersonWorkspace::exportPerson()
{
    if (m_personId.isEmpty())
        return;
    if (!m_exporter) {
        MessageBox::warning(this, tr("Export"), tr("Exporting is not available in this window."));
        return;
    }
    QString path = FileDialog::saveFileName(this,
                                            tr("Export everything held on this %1").arg(m_noun),
                                            QString(),
                                            tr("Web page for printing (*.html);;JSON for other systems (*.json)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    PersonReport::Format format = PersonReport::Format::Html;
    if (suffix == QLatin1String("json"))
        format = PersonReport::Format::Json;
    else if (suffix != QLatin1String("html") && suffix != QLatin1String("htm"))
        path += QStringLiteral(".html");
    if (const Status status = m_exporter(m_personId, path, format); !status) {
        MessageBox::warning(this, tr("Export failed"), status.error().message);
        return;
    }
    MessageBox::information(this,
                            tr("Exported"),
                            tr("Everything held on this %1 is now in %2. The file holds personal data: keep it safe "
                               "and delete it when it has been handed over.")
                                .arg(m_noun, QFileInfo(path).fileName()));
}
