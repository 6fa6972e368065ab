#include "ui/matching/VacancyMatchesDialog.h"

#include "ui_VacancyMatchesDialog.h"

#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/VacancyIndex.h"
#include "model/session/MatchingContextLoader.h"
#include "model/vault/RecordStore.h"
#include "ui/matching/AdvertTextView.h"
#include "ui/matching/MatchExplanation.h"
#include "ui/matching/ScoreBarDelegate.h"
#include "ui/widgets/DialogSizer.h"

#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace
{
    enum VacancyColumn
    {
        TitleColumn,
        EmployerColumn,
        IdColumn,
        VacancyColumnCount,
    };

    enum PersonColumn
    {
        RankColumn,
        NameColumn,
        ScoreColumn,
        PersonColumnCount,
    };

    constexpr int TopPeople = 100;

    QStandardItem *item(const QString &text)
    {
        auto *cell = new QStandardItem(text);
        cell->setEditable(false);
        return cell;
    }
} // namespace

VacancyMatchesDialog::VacancyMatchesDialog(RecordStore &records,
                                           ProfileSource profiles,
                                           MatchingLoader loader,
                                           const QString &personNoun,
                                           QWidget *parent,
                                           std::function<bool()> readyOrStart)
    : QDialog(parent)
    , m_records(records)
    , m_profileOf(std::move(profiles))
    , m_loader(std::move(loader))
    , m_noun(personNoun)
    , m_ui(std::make_unique<Ui::VacancyMatchesDialog>())
    , m_vacancyModel(new QStandardItemModel(0, VacancyColumnCount, this))
    , m_vacancyProxy(new QSortFilterProxyModel(this))
    , m_peopleModel(new QStandardItemModel(0, PersonColumnCount, this))
{
    // The layout, words, accessible names and Tab order are in VacancyMatchesDialog.ui; the models, the score
    // delegate, the column sizes and what names the vault's word for a person stay here.
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 80);
    m_emptyState = m_ui->emptyStateLabel;
    m_body = m_ui->body;
    m_filter = m_ui->vacancyFilterEdit;
    m_vacancies = m_ui->vacancyList;
    m_peopleHeading = m_ui->peopleHeading;
    m_people = m_ui->peopleList;
    m_explanation = m_ui->explanationView;
    m_advert = m_ui->advertView;
    m_advert->hide(); // until setAdvertSource()
    // After the list it describes; the .ui's tab stops cannot name the widgets inside it.
    setTabOrder(m_vacancies, m_advert->focusWidgets().constFirst());
    setTabOrder(m_advert->focusWidgets().constFirst(), m_advert->focusWidgets().constLast());
    setTabOrder(m_advert->focusWidgets().constLast(), m_people);
    m_open = m_ui->openPersonButton;
    m_status = m_ui->statusLabel;
    m_emptyState->hide();

    m_vacancyModel->setHorizontalHeaderLabels({tr("Vacancy"), tr("Employer"), tr("Reference")});
    m_vacancyProxy->setSourceModel(m_vacancyModel);
    m_vacancyProxy->setFilterKeyColumn(-1);
    m_vacancyProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_vacancies->setModel(m_vacancyProxy);
    m_vacancies->header()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    m_vacancies->header()->setSectionResizeMode(EmployerColumn, QHeaderView::Stretch);
    m_vacancies->header()->setSectionResizeMode(IdColumn, QHeaderView::ResizeToContents);
    m_vacancies->header()->setStretchLastSection(false);
    connect(m_filter, &QLineEdit::textChanged, m_vacancyProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_vacancies->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &VacancyMatchesDialog::onVacancyChanged);

    m_peopleModel->setHorizontalHeaderLabels({tr("Rank"), tr("Name"), tr("Score")});
    m_people->setModel(m_peopleModel);
    m_people->setItemDelegateForColumn(ScoreColumn, new ScoreBarDelegate(ScoreRole, m_people));
    QHeaderView *header = m_people->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(RankColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScoreColumn, QHeaderView::Fixed);
    header->resizeSection(ScoreColumn, fontMetrics().horizontalAdvance(QStringLiteral("100%")) * 3);
    connect(m_people->selectionModel(),
            &QItemSelectionModel::selectionChanged,
            this,
            &VacancyMatchesDialog::onPersonChanged);
    connect(m_people, &QTreeView::activated, this, &VacancyMatchesDialog::openSelectedPerson);

    m_open->setText(tr("&Open this %1").arg(personNoun));
    m_open->setAccessibleName(tr("Open the selected %1 in the workspace").arg(m_noun));
    connect(m_open, &QPushButton::clicked, this, &VacancyMatchesDialog::openSelectedPerson);
    m_putForward = new QPushButton(tr("P&ut forward…"), this);
    m_putForward->setObjectName(QStringLiteral("putForwardButton"));
    m_putForward->setAccessibleName(tr("Put the selected %1 forward for this vacancy, with their consent").arg(m_noun));
    m_ui->openRow->insertWidget(m_ui->openRow->indexOf(m_open) + 1, m_putForward);
    setTabOrder(m_open, m_putForward);
    m_putForward->hide(); // until setPutForwardHandler()
    connect(m_putForward, &QPushButton::clicked, this, &VacancyMatchesDialog::putSelectedForward);

    m_body->setStretchFactor(0, 1);
    m_body->setStretchFactor(1, 1);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (readyOrStart && !readyOrStart()) {
        m_waitingForContext = true;
        m_emptyState->setText(MatchingContextLoader::readingMessage());
        m_emptyState->show();
        m_body->hide();
        return;
    }
    load();
}

void VacancyMatchesDialog::contextReady()
{
    if (!m_waitingForContext)
        return;
    m_waitingForContext = false;
    m_emptyState->hide();
    m_body->show();
    load();
}

VacancyMatchesDialog::~VacancyMatchesDialog() = default;

void VacancyMatchesDialog::load()
{
    auto context = m_loader ? m_loader()
                            : Result<std::shared_ptr<const MatchingContext>>(
                                  Error{ErrorCode::Internal, tr("Matching is not available in this window.")});
    if (!context || !context.value()) {
        m_emptyState->setText(context ? tr("Matching is not available in this window.") : context.error().message);
        m_emptyState->show();
        m_body->hide();
        return;
    }
    m_context = context.value();
    const VacancyIndex &index = m_context->index();
    if (index.size() == 0) {
        m_emptyState->setText(tr("There are no open vacancies in this vault yet. Import a vacancy bundle from the "
                                 "Sync menu, then come back here to find people for them."));
        m_emptyState->show();
        m_body->hide();
        return;
    }
    for (int i = 0; i < index.size(); ++i) {
        const VacancyIndex::Entry &entry = index.entry(i);
        QList<QStandardItem *> row{item(entry.title), item(entry.employer), item(entry.id)};
        for (QStandardItem *cell : std::as_const(row))
            cell->setData(i, VacancyRole);
        row.at(TitleColumn)
            ->setData(tr("%1 at %2, reference %3").arg(entry.title, entry.employer, entry.id), Qt::AccessibleTextRole);
        m_vacancyModel->appendRow(row);
    }
    m_peopleHeading->setText(tr("&People who fit it best"));
    m_status->setText(tr("%n open vacancy(s). Choose one to see who fits it best.", nullptr, index.size()));
    showExplanation(nullptr);
}

bool VacancyMatchesDialog::ensureProfiles()
{
    if (m_profiles)
        return true;
    auto caseload = m_records.caseload();
    if (!caseload) {
        m_status->setText(caseload.error().message);
        return false;
    }
    QVector<QPair<QString, MatchProfile>> profiles;
    for (const PersonSummary &person : caseload.value()) {
        if (person.status != QLatin1String("open"))
            continue;
        auto profile = m_profileOf(person.id, m_context->normaliser());
        if (!profile)
            continue; // One unreadable case should not stop the others being ranked.
        m_names.insert(person.id, person.displayName());
        profiles.append({person.id, profile.value()});
    }
    m_profiles = std::move(profiles);
    return true;
}

bool VacancyMatchesDialog::selectVacancy(const QString &vacancyId)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_vacancyProxy->rowCount(); ++row) {
            const QModelIndex index = m_vacancyProxy->index(row, IdColumn);
            if (index.data().toString() == vacancyId) {
                m_vacancies->setCurrentIndex(m_vacancyProxy->index(row, TitleColumn));
                return true;
            }
        }
        m_filter->clear();
    }
    return false;
}

void VacancyMatchesDialog::onVacancyChanged()
{
    const QModelIndexList rows = m_vacancies->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_context)
        return;
    showAdvert(rows.constFirst().data(VacancyRole).toInt());
    startRanking(rows.constFirst().data(VacancyRole).toInt());
}

void VacancyMatchesDialog::setAdvertSource(std::function<Result<VacancyText>(const QString &vacancyId)> adverts)
{
    m_adverts = std::move(adverts);
    m_advert->setVisible(bool(m_adverts));
    const QModelIndexList rows = m_vacancies->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_context)
        m_advert->showMessage(tr("Choose a vacancy to see its advert."));
    else
        showAdvert(rows.constFirst().data(VacancyRole).toInt());
}

void VacancyMatchesDialog::showAdvert(int vacancy)
{
    if (!m_adverts)
        return;
    // Only the one vacancy shown is read from the vault: descriptions are not part of the matching context.
    const Result<VacancyText> text = m_adverts(m_context->index().entry(vacancy).id);
    if (!text)
        m_advert->showMessage(text.error().message);
    else
        m_advert->showAdvert(text.value(), m_context->normaliser().taxonomy());
}

void VacancyMatchesDialog::startRanking(int vacancy)
{
    if (!ensureProfiles())
        return;
    const quint64 generation = ++m_generation;
    const std::shared_ptr<const MatchingContext> context = m_context;
    const QVector<QPair<QString, MatchProfile>> profiles = *m_profiles;
    ++m_running;
    m_status->setText(tr("Ranking the people with open cases…"));

    auto *watcher = new QFutureWatcher<QVector<PersonMatch>>(this);
    connect(watcher, &QFutureWatcher<QVector<PersonMatch>>::finished, this, [this, watcher, generation, vacancy] {
        watcher->deleteLater();
        --m_running;
        // A newer choice of vacancy has started: these results are stale.
        if (generation != m_generation)
            return;
        m_resultsVacancy = vacancy;
        showResults(watcher->result());
    });
    // The worker holds its own copies and a share of the context, so it outlives this dialog safely.
    watcher->setFuture(
        QtConcurrent::run([context, profiles, vacancy] { return context->reverse(vacancy, profiles, TopPeople); }));
}

void VacancyMatchesDialog::showResults(const QVector<PersonMatch> &results)
{
    m_results = results;
    m_peopleModel->removeRows(0, m_peopleModel->rowCount());
    for (int i = 0; i < m_results.size(); ++i) {
        const PersonMatch &match = m_results.at(i);
        const QString name = m_names.value(match.personId, match.personId);
        const int score = MatchExplanation::percent(match.result.score);
        QList<QStandardItem *> row{item(QString::number(i + 1)), item(name), item(tr("%1%").arg(score))};
        const QString spoken =
            tr("Rank %1: %2, score %3 percent").arg(QString::number(i + 1), name, QString::number(score));
        for (QStandardItem *cell : std::as_const(row)) {
            cell->setData(i, ResultRole);
            cell->setData(match.personId, PersonIdRole);
            cell->setData(match.result.score, ScoreRole);
        }
        row.at(RankColumn)->setData(spoken, Qt::AccessibleTextRole);
        row.at(NameColumn)->setData(spoken, Qt::AccessibleTextRole);
        row.at(ScoreColumn)->setData(tr("Score %1 percent").arg(score), Qt::AccessibleTextRole);
        m_peopleModel->appendRow(row);
    }
    if (m_profiles && m_profiles->isEmpty())
        m_status->setText(tr("There are no open cases on the caseload to rank."));
    else if (m_results.isEmpty())
        m_status->setText(tr("Nobody with an open case fits this vacancy within their own distance and hours limits."));
    else
        m_status->setText(tr("%n person(s) ranked, best fit first.", nullptr, int(m_results.size())));
    if (!m_results.isEmpty())
        m_people->setCurrentIndex(m_peopleModel->index(0, 0));
    onPersonChanged();
}

const PersonMatch *VacancyMatchesDialog::selectedMatch() const
{
    const QModelIndexList rows = m_people->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.constFirst().data(ResultRole).toInt();
    if (row < 0 || row >= m_results.size())
        return nullptr;
    return &m_results.at(row);
}

void VacancyMatchesDialog::onPersonChanged()
{
    const PersonMatch *match = selectedMatch();
    showExplanation(match);
    m_open->setEnabled(match != nullptr);
    m_putForward->setEnabled(match != nullptr && m_resultsVacancy >= 0);
}

void VacancyMatchesDialog::showExplanation(const PersonMatch *match)
{
    if (!match || !m_context || m_resultsVacancy < 0) {
        m_explanation->setPlainText(tr("Choose a vacancy, then a person, to see why they score as they do."));
        return;
    }
    const MatchResult &result = match->result;
    const VacancyIndex::Entry &entry = m_context->index().entry(m_resultsVacancy);
    const QString name = m_names.value(match->personId, match->personId);
    QStringList lines;
    lines << tr("%1 for %2 at %3: score %4%")
                 .arg(name, entry.title, entry.employer, QString::number(MatchExplanation::percent(result.score)));
    lines << QString();
    lines << MatchExplanation::lines(result);
    m_explanation->setPlainText(lines.join(QLatin1Char('\n')));
}

void VacancyMatchesDialog::openSelectedPerson()
{
    const PersonMatch *match = selectedMatch();
    if (!match)
        return;
    const QString personId = match->personId;
    Q_EMIT openPersonRequested(personId);
    accept();
}

void VacancyMatchesDialog::setPutForwardHandler(PutForwardHandler handler)
{
    m_putForwardHandler = std::move(handler);
    m_putForward->setVisible(bool(m_putForwardHandler));
}

void VacancyMatchesDialog::putSelectedForward()
{
    const PersonMatch *match = selectedMatch();
    if (!match || !m_putForwardHandler || !m_context || m_resultsVacancy < 0)
        return;
    const QString personId = match->personId;
    const QString vacancyId = m_context->index().entry(m_resultsVacancy).id;
    if (m_putForwardHandler(personId, m_names.value(personId, personId), vacancyId))
        m_status->setText(tr("Put forward. It is on their record and the employer's."));
}
