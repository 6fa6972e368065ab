#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchProfile.h"
#include "model/matching/MatchingContext.h"
#include "model/session/VacancyReadingStore.h"

#include <QDialog>
#include <QHash>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class AdvertTextView;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QStandardItemModel;
class QTreeView;
class RecordStore;
class SkillNormaliser;

// Only a forward declaration of the class uic generates from VacancyMatchesDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class VacancyMatchesDialog;
}

/**
 * Vacancies (employer work, reverse matching): the open vacancies with a filter, and for the one
 * chosen the people with open cases ranked by how well they fit it, with why each scores as they do.
 * Profiles are built on the UI thread (they need the vault), once per dialog; ranking runs on a
 * worker thread and results overtaken by a newer choice are dropped. Nothing is written.
 */
class VacancyMatchesDialog : public QDialog
{
    Q_OBJECT

public:
    using MatchingLoader = std::function<Result<std::shared_ptr<const MatchingContext>>()>;
    /** A person's matching profile against the context's taxonomy (VaultServices::matchProfile). */
    using ProfileSource = std::function<Result<MatchProfile>(const QString &personId, const SkillNormaliser &)>;

    enum Roles
    {
        VacancyRole = Qt::UserRole + 1,
        PersonIdRole,
        ScoreRole,
        ResultRole,
    };

    VacancyMatchesDialog(RecordStore &records,
                         ProfileSource profiles,
                         MatchingLoader loader,
                         const QString &personNoun,
                         QWidget *parent = nullptr,
                         std::function<bool()> readyOrStart = {});
    ~VacancyMatchesDialog() override;

    /**
     * The background read that `readyOrStart` (when it said the loader would not answer at once) started
     * has ended: the vacancies are listed now. Until then the dialog says it is reading.
     */
    void contextReady();

    /** Selects the vacancy with this id (clearing the filter if it hides it); false when it is not open. */
    bool selectVacancy(const QString &vacancyId);
    /**
     * Supplies the chosen vacancy's advert text (VaultServices::vacancyText), shown under the list with the skills
     * recognised in it highlighted; without it the advert is not shown.
     */
    void setAdvertSource(std::function<Result<VacancyText>(const QString &vacancyId)> adverts);
    AdvertTextView *advertView() const { return m_advert; }
    /**
     * Offers "Put forward…" for the selected person and vacancy; the handler asks for their consent and records it
     * (ui/employers/PutForwardDialog) and says whether they were put forward. Without it the button is not shown.
     */
    using PutForwardHandler =
        std::function<bool(const QString &personId, const QString &personName, const QString &vacancyId)>;
    void setPutForwardHandler(PutForwardHandler handler);
    QPushButton *putForwardButton() const { return m_putForward; }
    /** True while a ranking runs on the worker thread. */
    bool isBusy() const { return m_running > 0; }
    /** The people ranked for the selected vacancy, best first. */
    const QVector<PersonMatch> &results() const { return m_results; }

Q_SIGNALS:
    /** The coach asked to open this person in the workspace. */
    void openPersonRequested(const QString &personId);

private:
    void load();
    void onVacancyChanged();
    void showAdvert(int vacancy);
    void startRanking(int vacancy);
    void showResults(const QVector<PersonMatch> &results);
    void onPersonChanged();
    void showExplanation(const PersonMatch *match);
    void openSelectedPerson();
    void putSelectedForward();
    const PersonMatch *selectedMatch() const;
    bool ensureProfiles();

    RecordStore &m_records;
    ProfileSource m_profileOf;
    MatchingLoader m_loader;
    bool m_waitingForContext = false;
    QString m_noun;
    std::shared_ptr<const MatchingContext> m_context;
    /** Open cases only, built once with the context's normaliser. */
    std::optional<QVector<QPair<QString, MatchProfile>>> m_profiles;
    QHash<QString, QString> m_names;
    QVector<PersonMatch> m_results;
    int m_resultsVacancy = -1;
    quint64 m_generation = 0;
    int m_running = 0;

    std::unique_ptr<Ui::VacancyMatchesDialog> m_ui;
    // Widgets of m_ui under the names the rest of the class uses.
    QLabel *m_emptyState = nullptr;
    QSplitter *m_body = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_vacancies = nullptr;
    QStandardItemModel *m_vacancyModel;
    QSortFilterProxyModel *m_vacancyProxy;
    QLabel *m_peopleHeading = nullptr;
    QTreeView *m_people = nullptr;
    QStandardItemModel *m_peopleModel;
    QPlainTextEdit *m_explanation = nullptr;
    AdvertTextView *m_advert = nullptr;
    std::function<Result<VacancyText>(const QString &vacancyId)> m_adverts;
    QPushButton *m_open = nullptr;
    QPushButton *m_putForward = nullptr;
    PutForwardHandler m_putForwardHandler;
    QLabel *m_status = nullptr;
};
