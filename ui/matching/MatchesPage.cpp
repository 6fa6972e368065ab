#include "ui/matching/MatchesPage.h"

#include "model/core/Log.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/SkillGap.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/TaxonomyVersion.h"
#include "model/matching/VacancyIndex.h"
#include "model/session/MatchDecision.h"
#include "model/session/MatchingContextLoader.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/SuggestionHistory.h"
#include "ui/matching/AdvertTextView.h"
#include "ui/matching/MatchExplanation.h"
#include "ui/matching/ScoreBarDelegate.h"
#include "ui/matching/SkillSuggestionsPanel.h"
#include "ui/widgets/ClearButton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace
{
    constexpr int TopResults = 50;
    constexpr int TryDelayMs = 150;
} // namespace

MatchesPage::MatchesPage(RecordStore &store, const QString &personNoun, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_noun(personNoun)
    , m_distance(new QSpinBox(this))
    , m_hours(new QSpinBox(this))
    , m_contract(new QComboBox(this))
    , m_postedSince(new QDateEdit(this))
    , m_anyDate(new QCheckBox(tr("Any da&te"), this))
    , m_trySkill(new QLineEdit(this))
    , m_tryMapping(new QLabel(this))
    , m_addSkill(new QPushButton(tr("Add to their s&kills"), this))
    , m_useAdjustments(new QCheckBox(tr("Use shared ad&justments"), this))
    , m_emptyState(new QLabel(this))
    , m_body(new QSplitter(Qt::Horizontal, this))
    , m_listHeading(new QLabel(tr("Matching vaca&ncies"), this))
    , m_list(new QTreeView(this))
    , m_model(new MatchResultsModel(this))
    , m_explanation(new QPlainTextEdit(this))
    , m_advert(new AdvertTextView(this))
    , m_gap(new QTreeWidget(this))
    , m_shortlist(new QPushButton(tr("&Shortlist"), this))
    , m_discussed(new QPushButton(tr("Disc&ussed with %1").arg(personNoun), this))
    , m_status(new QLabel(this))
    , m_suggestions(new SkillSuggestionsPanel(store, this))
{
    setObjectName(QStringLiteral("matchesPage"));
    buildFilters();

    m_trySkill->setObjectName(QStringLiteral("trySkillEdit"));
    m_trySkill->setAccessibleName(tr("A skill to try"));
    m_trySkill->setAccessibleDescription(
        tr("Type a skill to see how the matches would change if the %1 had it. Nothing is saved unless you choose "
           "Add to their skills.")
            .arg(m_noun));
    m_trySkill->setPlaceholderText(tr("For example: forklift licence"));
    ClearButton::enable(m_trySkill, tr("Clear the skill to try"));
    auto *tryLabel = new QLabel(tr("&Add a skill to try:"), this);
    tryLabel->setBuddy(m_trySkill);
    m_tryMapping->setObjectName(QStringLiteral("trySkillMapping"));
    m_tryMapping->setTextFormat(Qt::PlainText);
    m_tryMapping->setWordWrap(true);
    m_addSkill->setObjectName(QStringLiteral("addSkillButton"));
    m_addSkill->setAccessibleName(tr("Add the skill you are trying to the %1's skills").arg(m_noun));
    m_addSkill->setEnabled(false);
    m_tryTimer.setSingleShot(true);
    m_tryTimer.setInterval(TryDelayMs);
    connect(m_trySkill, &QLineEdit::textChanged, this, [this] { m_tryTimer.start(); });
    connect(&m_tryTimer, &QTimer::timeout, this, &MatchesPage::updateTrySkill);
    connect(m_addSkill, &QPushButton::clicked, this, &MatchesPage::addTriedSkill);

    m_useAdjustments->setObjectName(QStringLiteral("useAdjustmentsCheck"));
    m_useAdjustments->setAccessibleName(tr("Use the adjustments the %1 agreed to share for matching").arg(m_noun));
    m_useAdjustments->setChecked(true);
    m_useAdjustments->setAccessibleDescription(
        tr("Available when the %1 agreed to share adjustments for matching. Switch it off to see the scores "
           "without them.")
            .arg(m_noun));
    connect(m_useAdjustments, &QCheckBox::toggled, this, &MatchesPage::startRanking);

    m_emptyState->setObjectName(QStringLiteral("emptyStateLabel"));
    m_emptyState->setWordWrap(true);
    m_emptyState->setTextFormat(Qt::PlainText);
    m_emptyState->setAlignment(Qt::AlignCenter);
    m_emptyState->hide();

    m_list->setObjectName(QStringLiteral("matchList"));
    m_list->setAccessibleName(tr("Matching vacancies, best first"));
    m_list->setModel(m_model);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setItemDelegateForColumn(MatchResultsModel::ScoreColumn, new ScoreBarDelegate(ScoreRole, m_list));
    // The title and employer share the room; the short columns fit their text, at any font size.
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    for (int column : {MatchResultsModel::RankColumn,
                       MatchResultsModel::DistanceColumn,
                       MatchResultsModel::HoursColumn,
                       MatchResultsModel::ContractColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(MatchResultsModel::ScoreColumn, QHeaderView::Fixed);
    header->resizeSection(MatchResultsModel::ScoreColumn, fontMetrics().horizontalAdvance(QStringLiteral("100%")) * 3);
    header->setSectionResizeMode(MatchResultsModel::TitleColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(MatchResultsModel::EmployerColumn, QHeaderView::Stretch);
    m_listHeading->setBuddy(m_list);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MatchesPage::onSelectionChanged);

    m_explanation->setObjectName(QStringLiteral("explanationView"));
    m_explanation->setReadOnly(true);
    m_explanation->setAccessibleName(tr("Why the selected vacancy scores as it does"));
    m_explanation->setTabChangesFocus(true);
    auto *whyLabel = new QLabel(tr("Why th&is score"), this);
    whyLabel->setBuddy(m_explanation);

    m_gap->setObjectName(QStringLiteral("gapView"));
    m_gap->setAccessibleName(tr("Skills the selected vacancy asks for that are missing, and courses that help"));
    m_gap->setColumnCount(4);
    m_gap->setHeaderLabels({tr("Skill or course"), tr("Provider"), tr("Length"), tr("Gaps closed")});
    m_gap->header()->setStretchLastSection(false);
    m_gap->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_gap->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_gap->setWordWrap(true);
    auto *gapLabel = new QLabel(tr("Skills &gap"), this);
    gapLabel->setBuddy(m_gap);

    m_shortlist->setObjectName(QStringLiteral("shortlistButton"));
    m_shortlist->setAccessibleName(tr("Shortlist the selected vacancy in the %1's plan").arg(m_noun));
    m_discussed->setObjectName(QStringLiteral("discussedButton"));
    m_discussed->setAccessibleName(
        tr("Record in the plan that the selected vacancy was discussed with the %1").arg(m_noun));
    connect(m_shortlist, &QPushButton::clicked, this, [this] { addAction(false); });
    connect(m_discussed, &QPushButton::clicked, this, [this] { addAction(true); });

    m_status->setObjectName(QStringLiteral("matchStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Matching status"));

    // Layout: filters, the skill to try, then the list beside the explanation, gap and actions.
    auto *tryRow = new QHBoxLayout;
    tryRow->addWidget(tryLabel);
    tryRow->addWidget(m_trySkill, 1);
    tryRow->addWidget(m_addSkill);

    auto *listSide = new QWidget(m_body);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_listHeading);
    listLayout->addWidget(m_list, 1);

    auto *detailSide = new QWidget(m_body);
    auto *detailLayout = new QVBoxLayout(detailSide);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(whyLabel);
    detailLayout->addWidget(m_explanation, 1);
    detailLayout->addWidget(m_advert, 1);
    m_advert->setVisible(false); // until setAdvertSource()
    detailLayout->addWidget(m_useAdjustments);
    detailLayout->addWidget(gapLabel);
    detailLayout->addWidget(m_gap, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_shortlist);
    actions->addWidget(m_discussed);
    actions->addStretch();
    detailLayout->addLayout(actions);

    m_body->addWidget(listSide);
    m_body->addWidget(detailSide);
    m_body->setStretchFactor(0, 3);
    m_body->setStretchFactor(1, 2);
    m_body->setChildrenCollapsible(false);

    auto *layout = qobject_cast<QVBoxLayout *>(this->layout());
    layout->addLayout(tryRow);
    layout->addWidget(m_tryMapping);
    layout->addWidget(m_suggestions);
    layout->addWidget(m_emptyState);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_status);

    setTabOrder(m_anyDate, m_trySkill);
    setTabOrder(m_trySkill, m_addSkill);
    updateTabOrder();

    connect(m_suggestions, &SkillSuggestionsPanel::skillAdded, this, &MatchesPage::recordsAdded);

    // A change made here or elsewhere (the Work and skills tab, an import) can change the profile.
    connect(&m_store, &RecordStore::personChanged, this, [this](const QString &personId) {
        if (!personId.isEmpty() && personId == m_personId)
            personRecordsChanged();
    });

    clear();
}

MatchesPage::~MatchesPage() = default;

void MatchesPage::buildFilters()
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QGridLayout;

    m_distance->setObjectName(QStringLiteral("distanceFilter"));
    m_distance->setRange(0, 500);
    m_distance->setSuffix(tr(" km"));
    m_distance->setSpecialValueText(tr("Their own limit"));
    m_distance->setAccessibleName(tr("Maximum distance in kilometres; zero uses the %1's own limit").arg(m_noun));
    auto *distanceLabel = new QLabel(tr("Ma&x distance:"), this);
    distanceLabel->setBuddy(m_distance);

    m_hours->setObjectName(QStringLiteral("hoursFilter"));
    m_hours->setRange(0, 80);
    m_hours->setSuffix(tr(" hours"));
    m_hours->setSpecialValueText(tr("Their own limit"));
    m_hours->setAccessibleName(tr("Maximum hours a week; zero uses the %1's own limit").arg(m_noun));
    auto *hoursLabel = new QLabel(tr("Max hou&rs:"), this);
    hoursLabel->setBuddy(m_hours);

    m_contract->setObjectName(QStringLiteral("contractFilter"));
    m_contract->setAccessibleName(tr("Contract type"));
    m_contract->addItem(tr("Any"), -1);
    for (ContractType type : {ContractType::Permanent,
                              ContractType::Temporary,
                              ContractType::FixedTerm,
                              ContractType::Apprenticeship,
                              ContractType::ZeroHours})
        m_contract->addItem(contractName(int(type)), int(type));
    auto *contractLabel = new QLabel(tr("&Contract:"), this);
    contractLabel->setBuddy(m_contract);

    m_postedSince->setObjectName(QStringLiteral("postedSinceFilter"));
    m_postedSince->setCalendarPopup(true);
    m_postedSince->setDate(QDate::currentDate().addDays(-14));
    m_postedSince->setAccessibleName(tr("Only vacancies received on or after this date"));
    m_postedSince->setEnabled(false);
    auto *postedLabel = new QLabel(tr("&Posted on or after:"), this);
    postedLabel->setBuddy(m_postedSince);
    m_anyDate->setObjectName(QStringLiteral("postedAnyDateCheck"));
    m_anyDate->setAccessibleName(tr("Vacancies posted on any date"));
    m_anyDate->setChecked(true);

    filters->addWidget(distanceLabel, 0, 0);
    filters->addWidget(m_distance, 0, 1);
    filters->addWidget(hoursLabel, 0, 2);
    filters->addWidget(m_hours, 0, 3);
    filters->addWidget(contractLabel, 1, 0);
    filters->addWidget(m_contract, 1, 1);
    filters->addWidget(postedLabel, 1, 2);
    auto *posted = new QHBoxLayout;
    posted->addWidget(m_postedSince);
    posted->addWidget(m_anyDate);
    posted->addStretch();
    filters->addLayout(posted, 1, 3);
    filters->setColumnStretch(4, 1);
    layout->addLayout(filters);

    setTabOrder(m_distance, m_hours);
    setTabOrder(m_hours, m_contract);
    setTabOrder(m_contract, m_postedSince);
    setTabOrder(m_postedSince, m_anyDate);

    connect(m_distance, &QSpinBox::valueChanged, this, &MatchesPage::startRanking);
    connect(m_hours, &QSpinBox::valueChanged, this, &MatchesPage::startRanking);
    connect(m_contract, &QComboBox::currentIndexChanged, this, &MatchesPage::startRanking);
    connect(m_postedSince, &QDateEdit::dateChanged, this, &MatchesPage::startRanking);
    connect(m_anyDate, &QCheckBox::toggled, this, [this](bool any) {
        m_postedSince->setEnabled(!any);
        startRanking();
    });
}

QString MatchesPage::contractName(int contract) const
{
    return MatchResultsModel::contractName(ContractType(contract));
}

void MatchesPage::setMatching(MatchingLoader loader, MatchProfileSource profiles)
{
    m_loader = std::move(loader);
    m_profiles = std::move(profiles);
    m_context.reset();
    m_profile.reset();
    m_stale = true;
    if (isVisible())
        refresh();
}

void MatchesPage::updateTabOrder()
{
    // The suggestions' Add buttons come and go: keep them between the skill to try and the list.
    QList<QWidget *> chain{m_anyDate, m_trySkill, m_addSkill};
    chain += m_suggestions->focusWidgets();
    chain += {m_list, m_explanation};
    chain += m_advert->focusWidgets();
    chain += {m_useAdjustments, m_gap, m_shortlist, m_discussed};
    for (int i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

void MatchesPage::setSuggestionSource(SuggestionSource suggestions)
{
    m_suggestions->setSource(std::move(suggestions));
    m_stale = true;
    if (isVisible())
        refresh();
}

void MatchesPage::setPerson(const QString &personId)
{
    if (personId.isEmpty()) {
        clear();
        return;
    }
    if (personId != m_personId) {
        clear();
        m_personId = personId;
    }
    m_profile.reset();
    m_stale = true;
    if (isVisible())
        refresh();
}

void MatchesPage::clear()
{
    // Results still on their way belong to the person shown before: drop them.
    ++m_generation;
    m_personId.clear();
    m_profile.reset();
    m_tried.reset();
    m_stale = true;
    m_tryTimer.stop();
    {
        const QSignalBlocker blocker(m_trySkill);
        m_trySkill->clear();
    }
    m_tryMapping->clear();
    m_addSkill->setEnabled(false);
    m_model->clear();
    m_explanation->clear();
    m_gap->clear();
    m_shortlist->setEnabled(false);
    m_discussed->setEnabled(false);
    m_suggestions->clear();
    m_emptyState->hide();
    m_body->show();
    m_status->clear();
}

void MatchesPage::personRecordsChanged()
{
    // Our own shortlist and discussion records do not change the profile; re-ranking would lose the selection.
    if (m_writing || m_personId.isEmpty())
        return;
    m_profile.reset();
    m_stale = true;
    if (isVisible())
        refresh();
}

void MatchesPage::setContextReadiness(std::function<bool()> readyOrStart)
{
    m_readyOrStart = std::move(readyOrStart);
}

void MatchesPage::contextReady()
{
    if (!m_waitingForContext)
        return;
    m_waitingForContext = false;
    m_stale = true;
    if (isVisible())
        refresh();
}

void MatchesPage::reloadContext()
{
    m_context.reset();
    m_profile.reset();
    m_stale = true;
    if (isVisible())
        refresh();
}

void MatchesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void MatchesPage::showMessage(const QString &text)
{
    m_status->setText(text);
}

void MatchesPage::showEmptyState(const QString &text)
{
    m_emptyState->setText(text);
    m_emptyState->show();
    m_body->hide();
    m_model->clear();
    // Nothing is selected now: the explanation and the buttons that act on a selection say so.
    onSelectionChanged();
}

void MatchesPage::refresh()
{
    m_stale = false;
    if (m_personId.isEmpty())
        return;
    // Suggestions need no vacancies: they come from the taxonomy and the person's work history.
    m_suggestions->showFor(m_personId);
    updateTabOrder();
    if (!m_loader || !m_profiles) {
        showEmptyState(tr("Matching is not available in this window."));
        return;
    }
    if (!m_context) {
        if (m_readyOrStart && !m_readyOrStart()) {
            m_waitingForContext = true;
            showEmptyState(MatchingContextLoader::readingMessage());
            return;
        }
        m_waitingForContext = false;
        // The loader caches the result, so this answers at once unless nothing told it to read ahead.
        auto context = m_loader();
        if (!context) {
            showEmptyState(context.error().message);
            return;
        }
        m_context = context.value();
        // A skill being tried was read with the old taxonomy: read it again with this one.
        m_tried.reset();
        if (!m_trySkill->text().isEmpty())
            m_tryTimer.start();
    }
    if (!m_context || m_context->index().size() == 0) {
        showEmptyState(tr("No open vacancies in this vault yet. Import a vacancy bundle from the Sync menu."));
        return;
    }
    if (!m_profile) {
        auto profile = m_profiles(m_personId);
        if (!profile) {
            showEmptyState(profile.error().message);
            return;
        }
        m_profile = profile.value();
        // The switch only means something when the person shared adjustments for matching.
        m_useAdjustments->setEnabled(!m_profile->sharedAdjustments.isEmpty());
    }
    m_emptyState->hide();
    m_body->show();
    startRanking();
}

void MatchesPage::startRanking()
{
    if (!m_context || !m_profile || m_personId.isEmpty() || m_context->index().size() == 0)
        return;

    MatchProfile profile = *m_profile;
    if (m_tried && !m_tried->input.isEmpty()) {
        const QString key = m_tried->termKey();
        const bool held = std::any_of(profile.skills.cbegin(),
                                      profile.skills.cend(),
                                      [&key](const NormalisedLabel &skill) { return skill.termKey() == key; });
        if (!held)
            profile.skills.append(*m_tried);
    }
    profile.useAdjustments = m_useAdjustments->isChecked();
    if (m_distance->value() > 0)
        profile.maxDistanceKm = m_distance->value();
    if (m_hours->value() > 0)
        profile.maxHours = m_hours->value();

    MatchOptions options;
    options.top = TopResults;
    if (const int contract = m_contract->currentData().toInt(); contract >= 0)
        options.onlyContracts.insert(ContractType(contract));
    if (!m_anyDate->isChecked())
        options.postedSince = m_postedSince->date();

    const quint64 generation = ++m_generation;
    const std::shared_ptr<const MatchingContext> context = m_context;
    ++m_running;
    showMessage(tr("Finding matches…"));

    auto *watcher = new QFutureWatcher<QVector<MatchResult>>(this);
    connect(watcher, &QFutureWatcher<QVector<MatchResult>>::finished, this, [this, watcher, generation, context] {
        watcher->deleteLater();
        --m_running;
        // A newer request (another filter, another person) has started: these results are stale.
        if (generation != m_generation)
            return;
        showResults(context, watcher->result());
    });
    // The worker holds its own copies and a share of the context, so it outlives this page safely.
    watcher->setFuture(
        QtConcurrent::run([context, profile, options] { return context->matcher().rank(profile, options); }));
}

void MatchesPage::showResults(std::shared_ptr<const MatchingContext> context, QVector<MatchResult> results)
{
    const QString selectedId = [this] {
        const MatchResult *current = selectedResult();
        return current ? m_model->context()->index().entry(current->vacancy).id : QString();
    }();
    m_model->setResults(std::move(context), std::move(results));
    int selectRow = -1;
    for (int row = 0; row < m_model->rowCount() && selectRow < 0 && !selectedId.isEmpty(); ++row) {
        if (m_model->index(row, 0).data(MatchResultsModel::VacancyIdRole).toString() == selectedId)
            selectRow = row;
    }
    if (m_model->results().isEmpty()) {
        showMessage(tr("No vacancies match these filters. Try a longer distance, more hours or any contract."));
    } else {
        showMessage(tr("%n vacancy(s) shown, best match first.", nullptr, int(m_model->results().size())));
    }
    keepShownMatches();
    if (selectRow >= 0)
        m_list->setCurrentIndex(m_model->index(selectRow, 0));
    onSelectionChanged();
}

SuggestionShown MatchesPage::historyShown(const MatchResult &result)
{
    const MatchingContext *context = m_model->context().get();
    if (context != m_versionedContext) {
        m_versionedContext = context;
        m_taxonomyVersion = context ? TaxonomyVersion::of(context->taxonomy()) : QString();
    }
    return MatchDecision::shown(
        context->index().entry(result.vacancy), result, MatchExplanation::lines(result), m_taxonomyVersion);
}

void MatchesPage::keepShownMatches()
{
    // A skill being tried is a what-if the coach explores, not the person's profile: its ranking is not kept.
    if (!m_history || m_personId.isEmpty() || !m_model->context() || (m_tried && !m_tried->input.isEmpty()))
        return;
    // Only the top of the list: a coach reads the best few, and re-ranking the same results adds nothing
    // (SuggestionHistory keeps a match again only when what it showed changed).
    QVector<SuggestionShown> ranked;
    const QVector<MatchResult> &shown = m_model->results();
    for (qsizetype i = 0; i < std::min<qsizetype>(shown.size(), SuggestionHistory::MaxMatchesPerRun); ++i)
        ranked.append(historyShown(shown.at(i)));
    if (Status kept = m_history->recordMatchesShown(m_personId, ranked); !kept)
        qCWarning(lcAudit) << "matches shown could not be kept in the suggestion history";
}

const MatchResult *MatchesPage::selectedResult() const
{
    const QModelIndexList rows = m_list->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return m_model->result(rows.constFirst().data(MatchResultsModel::ResultRole).toInt());
}

void MatchesPage::onSelectionChanged()
{
    const MatchResult *result = selectedResult();
    // An explanation the coach opens was shown about the person, even below the best few kept per ranking.
    if (m_history && result && !m_personId.isEmpty() && m_model->context() && !(m_tried && !m_tried->input.isEmpty())) {
        if (auto kept = m_history->recordShown(m_personId, historyShown(*result)); !kept)
            qCWarning(lcAudit) << "a match shown could not be kept in the suggestion history";
    }
    showExplanation(result);
    showAdvert(result);
    showGap(result);
    m_shortlist->setEnabled(result != nullptr);
    m_discussed->setEnabled(result != nullptr);
}

void MatchesPage::showExplanation(const MatchResult *result)
{
    if (!result || !m_model->context()) {
        m_explanation->setPlainText(tr("Choose a vacancy to see why it scores as it does."));
        return;
    }
    const VacancyIndex::Entry &entry = m_model->context()->index().entry(result->vacancy);
    QStringList lines;
    lines << tr("%1 at %2: score %3%")
                 .arg(entry.title, entry.employer, QString::number(MatchExplanation::percent(result->score)));
    lines << QString();
    lines << MatchExplanation::lines(*result);
    m_explanation->setPlainText(lines.join(QLatin1Char('\n')));
}

void MatchesPage::setAdvertSource(std::function<Result<VacancyText>(const QString &vacancyId)> adverts)
{
    m_adverts = std::move(adverts);
    m_advert->setVisible(bool(m_adverts));
    showAdvert(selectedResult());
}

void MatchesPage::showAdvert(const MatchResult *result)
{
    if (!m_adverts)
        return;
    if (!result || !m_model->context()) {
        m_advert->showMessage(tr("Choose a vacancy to see its advert."));
        return;
    }
    // Only the one vacancy shown is read from the vault: descriptions are not part of the matching context.
    const VacancyIndex::Entry &entry = m_model->context()->index().entry(result->vacancy);
    const Result<VacancyText> text = m_adverts(entry.id);
    if (!text)
        m_advert->showMessage(text.error().message);
    else
        m_advert->showAdvert(text.value(), m_model->context()->normaliser().taxonomy());
}

void MatchesPage::showGap(const MatchResult *result)
{
    m_gap->clear();
    if (!result || !m_model->context())
        return;
    auto *missing = new QTreeWidgetItem(m_gap, {tr("Missing skills (%n)", nullptr, int(result->missingSkills.size()))});
    for (int i = 0; i < result->missingSkills.size(); ++i) {
        const QString label = i < result->missingEssential ? tr("%1 (essential)").arg(result->missingSkills.at(i))
                                                           : result->missingSkills.at(i);
        new QTreeWidgetItem(missing, {label});
    }
    if (result->missingSkills.isEmpty())
        new QTreeWidgetItem(missing, {tr("None: they have every skill it asks for")});

    const SkillGap gap = SkillGap::forMissing(m_model->context()->taxonomy(), result->missingTermKeys);
    auto *courses = new QTreeWidgetItem(m_gap, {tr("Courses that help (%n)", nullptr, int(gap.courses.size()))});
    for (const CourseSuggestion &suggestion : gap.courses) {
        auto *course = new QTreeWidgetItem(courses,
                                           {suggestion.course.title,
                                            suggestion.course.providerType,
                                            suggestion.course.length,
                                            tr("closes %n gap(s)", nullptr, int(suggestion.closes.size()))});
        QStringList closes;
        for (const QString &id : suggestion.closes)
            closes << m_model->context()->taxonomy().displayLabel(id);
        course->setToolTip(0, tr("Teaches: %1").arg(closes.join(tr(", "))));
        course->setData(0,
                        Qt::AccessibleTextRole,
                        tr("%1, %2, %3, closes %n gap(s): %4", nullptr, int(suggestion.closes.size()))
                            .arg(suggestion.course.title,
                                 suggestion.course.providerType,
                                 suggestion.course.length,
                                 closes.join(tr(", "))));
    }
    if (gap.courses.isEmpty())
        new QTreeWidgetItem(courses, {tr("No course in the taxonomy teaches these skills")});
    // Headings and skills are one piece of text each: let them use the whole row.
    for (QTreeWidgetItem *group : {missing, courses}) {
        group->setFirstColumnSpanned(true);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->text(1).isEmpty())
                group->child(i)->setFirstColumnSpanned(true);
        }
    }
    m_gap->expandAll();
}

void MatchesPage::updateTrySkill()
{
    const QString text = m_trySkill->text().simplified();
    if (text.isEmpty() || !m_context) {
        m_tried.reset();
        m_tryMapping->clear();
        m_addSkill->setEnabled(false);
    } else {
        m_tried = m_context->normaliser().skill(text);
        m_tryMapping->setText(m_tried->mapped() ? tr("Maps to: %1 (%2)").arg(m_tried->label, m_tried->howText())
                                                : tr("Not in the skills list: matched as free text"));
        m_addSkill->setEnabled(!m_personId.isEmpty());
    }
    startRanking();
}

void MatchesPage::addTriedSkill()
{
    if (!m_tried || m_personId.isEmpty())
        return;
    const FieldMap fields = {
        {QStringLiteral("label"), m_tried->mapped() ? m_tried->label : m_tried->input},
        {QStringLiteral("taxonomy_id"), m_tried->id},
        {QStringLiteral("source"), QStringLiteral("self_reported")},
    };
    const QString label = fields.value(QStringLiteral("label"));
    auto added = m_store.add(m_personId, Kinds::Skill, fields);
    if (!added) {
        showMessage(added.error().message);
        return;
    }
    // The store's change signal has rebuilt the profile with the saved skill; the trial is no longer needed.
    m_tried.reset();
    {
        const QSignalBlocker blocker(m_trySkill);
        m_trySkill->clear();
    }
    m_tryMapping->clear();
    m_addSkill->setEnabled(false);
    showMessage(tr("Added “%1” to their skills.").arg(label));
    Q_EMIT recordsAdded(m_personId);
}

void MatchesPage::addAction(bool discussed)
{
    const MatchResult *result = selectedResult();
    if (!result || m_personId.isEmpty() || !m_model->context())
        return;
    const VacancyIndex::Entry &entry = m_model->context()->index().entry(result->vacancy);
    const auto kind = discussed ? MatchDecision::Kind::Discussed : MatchDecision::Kind::Shortlisted;
    m_writing = true;
    const auto added =
        MatchDecision::record(m_store, m_history, m_personId, entry, historyShown(*result), kind, m_noun);
    m_writing = false;
    if (!added) {
        showMessage(added.error().message);
        return;
    }
    showMessage(MatchDecision::recorded(entry, kind));
    Q_EMIT recordsAdded(m_personId);
}
