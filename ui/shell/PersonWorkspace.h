#pragma once

#include "model/caseload/PersonReport.h"
#include "model/core/Result.h"
#include "model/forms/FormStore.h"
#include "model/vault/VaultSetting.h"
#include "ui/caseload/ConceptField.h"
#include "ui/caseload/NoteSuggestionsPanel.h"
#include "ui/forms/FormsPage.h"
#include "ui/matching/MatchesPage.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>

class AuditLog;
class SuggestionHistory;
class Database;
class MatchesPage;
class NotesPage;
class QLabel;
class QPushButton;
class QTabWidget;
class RecordFormPage;
class RecordEditDialog;
class RecordListPage;
class RecordStore;

/**
 * The right-hand side of the main window: one person's records, with their name, preferred name
 * and preferred language always shown above the tabs (Profile, Circumstances, Work and skills,
 * Health and work, Plan, Notes, Appointments, Consent, and Matches when matching is supplied). Editors are
 * built from EntitySchema.
 *
 * Showing a person audits the view; opening Health and work audits a health view, once per
 * showPerson(). Health records are read only after that audit, and the workspace never opens on
 * the Health and work tab, so browsing the caseload does not open anyone's health section.
 */
class PersonWorkspace : public QWidget
{
    Q_OBJECT

public:
    enum Tab
    {
        ProfileTab,
        CircumstancesTab,
        WorkTab,
        HealthTab,
        PlanTab,
        NotesTab,
        AppointmentsTab,
        ConsentTab,
        /** Present only once setMatching() has supplied the vacancies and profiles. */
        MatchesTab,
        /** Present only once setForms() has supplied the forms; after Matches when both are there. */
        FormsTab,
    };

    /** Writes everything held on a person to `path`; the composition root supplies it (it needs the Vault). */
    using PersonExporter =
        std::function<Status(const QString &personId, const QString &path, PersonReport::Format format)>;

    PersonWorkspace(RecordStore &store, VaultSetting setting, QWidget *parent = nullptr);
    ~PersonWorkspace() override;

    /** Loads everything about the person and audits the view. An unknown id clears the workspace. */
    void showPerson(const QString &personId);
    /** Hides all personal data: header, forms, lists, notes and any open dialog (used on lock). */
    void clear();
    QString personId() const { return m_personId; }

    /** Asks for a new person's details in a dialog; returns the new person's id, or empty if cancelled. */
    QString addPerson();
    /** Asks where to save, then exports everything held on the person shown through the exporter. */
    void exportPerson();
    void setPersonExporter(PersonExporter exporter) { m_exporter = std::move(exporter); }

    /** The matching context (vacancies, taxonomy), loaded from the vault and cached by the composition root. */
    using MatchingLoader = MatchesPage::MatchingLoader;
    /** Builds the matching profile of a person from their records. */
    using MatchProfileSource = MatchesPage::MatchProfileSource;
    /** Supplies matching and adds the Matches tab after the others. */
    void setMatching(MatchingLoader loader, MatchProfileSource profiles);
    /** How the skills list and its dialog look a typed skill up in the vault's taxonomy. */
    void setConceptLookup(const ConceptLookup &lookup);
    /** The vacancies or taxonomy changed (a bundle import): load the matching context again when next needed. */
    void reloadMatching();
    MatchesPage *matchesPage() const { return m_matches; }
    /**
     * Shows suggestions from the note being written beside the notes editor (NoteSuggestionsPanel); the
     * composition root supplies the extractor for the vault's taxonomy and the audit log for the decisions.
     */
    /**
     * Keeps what the Matches, Notes and Forms tabs suggest about the person, as shown, with the decisions, for
     * their copy of their record, and offers "Suggestions made about them…" to record that they disagreed.
     */
    void setSuggestionHistory(Database &db, AuditLog &audit);
    void setNoteSuggestions(NoteSuggestionsPanel::ExtractorProvider provider, AuditLog &audit);

    /**
     * Referrals are made by their own dialog, which checks the partner's consent rule (Referrals): the composition
     * root supplies it, given the person's id and name; it returns true when a referral was made.
     */
    using ReferralMaker = std::function<bool(const QString &personId, const QString &personName)>;
    void setReferralMaker(ReferralMaker maker);
    /**
     * Following a referral (its outcome and notes) has its own dialog too, since the outcome moves the plan's action
     * and the partner, service and consent stay as made; it returns true when the referral changed.
     */
    using ReferralFollower = std::function<bool(const QString &referralId)>;
    void setReferralFollower(ReferralFollower follower);

    /** Supplies forms (drafts store, definitions, who signs off) and adds the Forms tab last. */
    void setForms(std::unique_ptr<FormStore> store, FormsPage::FormsProvider forms, QString signer, QString audience);
    FormsPage *formsPage() const { return m_forms; }
    /**
     * The one rule for unsaved changes (docs/ui.md): before leaving the person shown (for another person, on
     * quit or on a lock the coach asked for) Waymark asks Save changes / Discard changes / Cancel. True to go on
     * (the changes are saved or dropped), false to stay. Nothing to save, nothing asked.
     */
    bool confirmLeave();
    /** The pages holding a change not saved yet (a record page, a note not added), by name. */
    QStringList unsavedPages() const;
    /** Saves every unsaved change; false, on the page that could not be saved, when one does not validate. */
    bool saveChanges();
    /** Drops every unsaved change: record pages go back to what is saved and the note editor empties. */
    void discardChanges();
    /**
     * On a lock nobody may be there to ask: saves a form draft, every record change that validates, the note
     * being written and any open record editor whose entry validates, while the vault is still open. Returns
     * the names of the pages whose change did not validate and so could not be kept.
     */
    QStringList saveOpenWork();

    /**
     * Brings a tab to the front (the start page opens a person where its item is). Matches and Forms only once
     * supplied. Opening Health and work this way still audits, as a click does.
     */
    void showTab(Tab tab);
    QTabWidget *tabs() const { return m_tabs; }
    RecordFormPage *profilePage() const { return m_profile; }
    RecordFormPage *circumstancesPage() const { return m_circumstances; }
    NotesPage *notesPage() const { return m_notes; }
    /** The list page for a kind with many records per person, e.g. "work_history". */
    RecordListPage *listPage(const QString &kind) const;

Q_SIGNALS:
    /** Something about the person was saved here (profile, a list, a note, the case status). */
    void personEdited(const QString &personId);
    void personErased(const QString &personId);

private:
    QWidget *scrolling(QWidget *content);
    QWidget *listTab(const QStringList &kinds, const QString &intro);
    void onTabChanged(int index);
    void openHealthSection();
    void reloadPerson();
    void refreshHeader();
    void onStoreChanged(const QString &personId);
    void onStoreErased(const QString &personId);
    void toggleCaseStatus();
    void erasePerson();
    /** Opens the suggestions shown about the person, where the coach records that they disagreed. */
    void showSuggestionHistory();
    QString fullName() const;
    QString eraseDetails() const;
    /** A tab's title as read aloud, without its mnemonic. */
    QString tabName(int index) const;

    RecordStore &m_store;
    QString m_noun;
    QString m_personId;
    QString m_status;
    bool m_healthAudited = false;
    PersonExporter m_exporter;

    QWidget *m_header;
    QLabel *m_name;
    QLabel *m_preferredName;
    QLabel *m_language;
    QLabel *m_caseStatus;
    QTabWidget *m_tabs;
    RecordFormPage *m_profile;
    RecordFormPage *m_circumstances;
    NotesPage *m_notes;
    MatchesPage *m_matches;
    FormsPage *m_forms;
    /** The scroll areas the Matches and Forms pages sit in, once their tabs are added. */
    QWidget *m_matchesTab = nullptr;
    QWidget *m_formsTab = nullptr;
    QVector<RecordListPage *> m_lists;
    QPushButton *m_closeCase;
    QPushButton *m_erase;
    QPushButton *m_suggestionHistory;
    std::unique_ptr<SuggestionHistory> m_history;
    // The "Add a person" dialog while it is open, so a lock can save what it holds.
    QPointer<RecordEditDialog> m_adding;
};
