#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchProfile.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchResultsModel.h"
#include "model/matching/Matcher.h"
#include "model/session/VacancyReadingStore.h"

#include <QPointer>
#include <QString>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class AdvertTextView;
class MatchingContext;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTreeView;
class QTreeWidget;
class RecordStore;
class SkillSuggestionsPanel;
class SuggestionHistory;
struct SuggestionShown;

/**
 * The Matches tab: open vacancies ranked for the person shown, with the coach's filters, a skill to
 * try without saving it, why each vacancy scores as it does, the skills it lacks with courses that
 * would close them, and buttons that record a shortlist or a discussion in the plan.
 *
 * The context and profile are read on the UI thread (they need the vault); ranking runs on a worker
 * thread, and results of a request overtaken by a newer one are dropped. Nothing about the person is
 * written except by the "Add to their skills", "Shortlist" and "Discussed" buttons, and the person's suggestion
 * history (SuggestionHistory), which keeps the best-ranked matches shown and any vacancy whose explanation the
 * coach opens, in the words shown, with the shortlist or discussion decided on them.
 */
class MatchesPage : public QWidget
{
    Q_OBJECT

public:
    using MatchingLoader = std::function<Result<std::shared_ptr<const MatchingContext>>()>;
    using MatchProfileSource = std::function<Result<MatchProfile>(const QString &personId)>;
    /** Skills suggested from a person's work history (MatchProfileBuilder::historySuggestions). */
    using SuggestionSource = std::function<Result<QVector<SkillSuggestion>>(const QString &personId)>;

    // The results model's roles, under the names the page has always offered.
    enum Roles
    {
        VacancyRole = MatchResultsModel::ResultRole,
        ScoreRole = MatchResultsModel::ScoreRole,
        ContractRole = MatchResultsModel::ContractRole,
        VacancyIdRole = MatchResultsModel::VacancyIdRole,
    };

    MatchesPage(RecordStore &store, const QString &personNoun, QWidget *parent = nullptr);
    ~MatchesPage() override;

    void setMatching(MatchingLoader loader, MatchProfileSource profiles);
    /**
     * Optional: says whether the loader would answer at once. When it would not (the vacancies are being
     * read in the background) the page says so and waits for contextReady() instead of freezing the window.
     */
    void setContextReadiness(std::function<bool()> readyOrStart);
    /** The background read that setContextReadiness() started has ended. */
    void contextReady();
    /** Supplies the selected vacancy's advert text, shown with its recognised skills; without it none is shown. */
    void setAdvertSource(std::function<Result<VacancyText>(const QString &vacancyId)> adverts);
    AdvertTextView *advertView() const { return m_advert; }
    /** Supplies the "Suggested from work history" panel; without it the panel stays hidden. */
    void setSuggestionSource(SuggestionSource suggestions);
    /** Where the matches shown and the shortlists decided are kept for the person's copy; nothing without one. */
    void setSuggestionHistory(SuggestionHistory *history) { m_history = history; }
    SkillSuggestionsPanel *suggestionsPanel() const { return m_suggestions; }
    /** Shows matches for a person; ranking waits until the page is visible. Empty clears the page. */
    void setPerson(const QString &personId);
    /** Forgets the person and everything shown about them. */
    void clear();
    /** The person's records changed (here or elsewhere): rebuild the profile and rank again. */
    void personRecordsChanged();
    /** The vault's vacancies or taxonomy changed: fetch the context again before the next ranking. */
    void reloadContext();

    /** True while a ranking runs on the worker thread. */
    bool isBusy() const { return m_running > 0; }
    /** The results shown, best first. */
    const QVector<MatchResult> &results() const { return m_model->results(); }

Q_SIGNALS:
    /** A record was added for the person from this page (a skill or an action). */
    void recordsAdded(const QString &personId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildFilters();
    void updateTabOrder();
    void refresh();
    void startRanking();
    void showResults(std::shared_ptr<const MatchingContext> context, QVector<MatchResult> results);
    void showEmptyState(const QString &text);
    void showMessage(const QString &text);
    void updateTrySkill();
    void onSelectionChanged();
    void showExplanation(const MatchResult *result);
    void showGap(const MatchResult *result);
    void showAdvert(const MatchResult *result);
    void addTriedSkill();
    void addAction(bool discussed);
    /** The match as shown, with its explanation's lines, for the person's suggestion history. */
    SuggestionShown historyShown(const MatchResult &result);
    void keepShownMatches();
    const MatchResult *selectedResult() const;
    QString contractName(int contract) const;

    RecordStore &m_store;
    QString m_noun;
    QString m_personId;
    MatchingLoader m_loader;
    std::function<bool()> m_readyOrStart;
    bool m_waitingForContext = false;
    MatchProfileSource m_profiles;
    std::shared_ptr<const MatchingContext> m_context;
    std::optional<MatchProfile> m_profile;
    std::optional<NormalisedLabel> m_tried;
    quint64 m_generation = 0;
    int m_running = 0;
    bool m_stale = true;
    bool m_writing = false;
    /** The taxonomy version of m_versionedContext, worked out once per context (it reads every concept). */
    QString m_taxonomyVersion;
    const MatchingContext *m_versionedContext = nullptr;
    QTimer m_tryTimer;

    QSpinBox *m_distance;
    QSpinBox *m_hours;
    QComboBox *m_contract;
    QDateEdit *m_postedSince;
    QCheckBox *m_anyDate;
    QLineEdit *m_trySkill;
    QLabel *m_tryMapping;
    QPushButton *m_addSkill;
    QCheckBox *m_useAdjustments;
    QLabel *m_emptyState;
    QSplitter *m_body;
    QLabel *m_listHeading;
    QTreeView *m_list;
    MatchResultsModel *m_model;
    QPlainTextEdit *m_explanation;
    AdvertTextView *m_advert;
    std::function<Result<VacancyText>(const QString &vacancyId)> m_adverts;
    SuggestionHistory *m_history = nullptr;
    QTreeWidget *m_gap;
    QPushButton *m_shortlist;
    QPushButton *m_discussed;
    QLabel *m_status;
    SkillSuggestionsPanel *m_suggestions;
};
