#include "ui/shell/StartPage.h"

#include "model/core/DateText.h"
#include "model/forms/FormCatalogue.h"
#include "model/matching/MatchingContext.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/VaultServices.h"
#include "model/vault/Vault.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace
{
    constexpr int PersonRole = Qt::UserRole + 1;
    constexpr int TargetRole = Qt::UserRole + 2;
    /** Rows a section shows before it scrolls, so one long list does not push the others off the page. */
    constexpr int VisibleRows = 6;

    /** Opens the current item on Enter, Return or Space; a click is handled by the page. */
    class ActivateOnKey : public QObject
    {
    public:
        ActivateOnKey(QListWidget *list, std::function<void(QListWidgetItem *)> activate)
            : QObject(list)
            , m_list(list)
            , m_activate(std::move(activate))
        {
            list->installEventFilter(this);
        }

    protected:
        bool eventFilter(QObject *watched, QEvent *event) override
        {
            if (watched == m_list && event->type() == QEvent::KeyPress) {
                const int key = static_cast<QKeyEvent *>(event)->key();
                if ((key == Qt::Key_Return || key == Qt::Key_Enter || key == Qt::Key_Space) && m_list->currentItem()) {
                    m_activate(m_list->currentItem());
                    return true;
                }
            }
            return QObject::eventFilter(watched, event);
        }

    private:
        QListWidget *m_list;
        std::function<void(QListWidgetItem *)> m_activate;
    };

    QString addPersonText(VaultSetting setting)
    {
        // Whole phrases per setting rather than a noun spliced in, so each language can inflect its own.
        switch (setting) {
        case VaultSetting::WorkCoach:
            return StartPage::tr("Add a &claimant…");
        case VaultSetting::GpPractice:
            return StartPage::tr("Add a &patient…");
        case VaultSetting::Admin:
            break;
        }
        return StartPage::tr("Add a &person…");
    }
} // namespace

StartPage::StartPage(VaultServices &services, VaultSetting setting, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_setting(setting)
    , m_heading(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_emptyCaseload(new QWidget(this))
    , m_addPerson(new QPushButton(addPersonText(setting), m_emptyCaseload))
    , m_importBundle(new QPushButton(tr("Import a caseload &bundle…"), m_emptyCaseload))
    , m_sectionsBox(new QWidget(this))
    , m_sectionsLayout(new QVBoxLayout(m_sectionsBox))
{
    setObjectName(QStringLiteral("startPage"));
    m_heading->setObjectName(QStringLiteral("startPageHeading"));
    QFont font = m_heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    m_heading->setFont(font);
    m_heading->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("startPageProblem"));
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_emptyCaseload->setObjectName(QStringLiteral("emptyCaseload"));
    auto *emptyText = new QLabel(tr("Nobody is on this caseload yet. Add someone, or import a caseload bundle "
                                    "another device sent you."),
                                 m_emptyCaseload);
    emptyText->setWordWrap(true);
    m_addPerson->setObjectName(QStringLiteral("startAddPersonButton"));
    m_importBundle->setObjectName(QStringLiteral("startImportBundleButton"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_addPerson);
    buttons->addWidget(m_importBundle);
    buttons->addStretch(1);
    auto *emptyLayout = new QVBoxLayout(m_emptyCaseload);
    emptyLayout->setContentsMargins(0, 0, 0, 0);
    emptyLayout->addWidget(emptyText);
    emptyLayout->addLayout(buttons);
    m_emptyCaseload->hide();
    connect(m_addPerson, &QPushButton::clicked, this, &StartPage::addPersonRequested);
    connect(m_importBundle, &QPushButton::clicked, this, &StartPage::importBundleRequested);

    m_sectionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_heading);
    contentLayout->addWidget(m_problem);
    contentLayout->addWidget(m_emptyCaseload);
    contentLayout->addWidget(m_sectionsBox);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("startPageScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // A container, not a control: Tab goes to the lists and buttons inside (issue 16 #8).
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(&m_services.matchingContexts(), &MatchingContextLoader::finished, this, [this] {
        if (m_waitingForContext)
            rankVacancyFits();
    });
}

void StartPage::refresh()
{
    ++m_generation;
    m_fitsReady = false;
    m_waitingForContext = false;
    m_options = {};
    m_options.today = QDate::currentDate();
    m_options.notContactedWeeks = m_weeks;
    m_heading->setText(tr("Your day: %1").arg(QLocale().toString(m_options.today, QLocale::LongFormat)));
    auto catalogue = m_services.formCatalogue();
    auto sections = DayDigest::build(m_services.vault(), m_options, catalogue ? catalogue.value().get() : nullptr);
    auto empty = DayDigest::caseloadEmpty(m_services.vault());
    if (!sections || !empty) {
        clearSections();
        m_emptyCaseload->hide();
        m_problem->setText((!sections ? sections.error() : empty.error()).message);
        m_problem->show();
        return;
    }
    m_problem->hide();
    rebuild(sections.value(), empty.value());
    if (!empty.value() && m_lists.contains(DigestSection::NewVacancyFits))
        startVacancyFits();
}

void StartPage::focusFirstItem()
{
    if (m_emptyCaseload->isVisible()) {
        m_addPerson->setFocus(Qt::OtherFocusReason);
        return;
    }
    for (DigestSection section : DayDigest::sectionsFor(m_setting)) {
        QListWidget *list = m_lists.value(section);
        if (list && !list->isHidden() && list->count() > 0) {
            list->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void StartPage::clearSections()
{
    while (QLayoutItem *item = m_sectionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lists.clear();
    m_titles.clear();
    m_emptyLabels.clear();
}

void StartPage::rebuild(const QVector<DigestSectionItems> &sections, bool caseloadEmpty)
{
    clearSections();
    m_emptyCaseload->setVisible(caseloadEmpty);
    // An empty caseload has no day to show, except what waits on the vault itself (conflicts, quarantine).
    for (DigestSection section : DayDigest::sectionsFor(m_setting)) {
        if (caseloadEmpty && section != DigestSection::ConflictsWaiting)
            continue;
        addSection(section, DayDigest::title(section, m_options));
    }
    for (const DigestSectionItems &items : sections) {
        if (m_lists.contains(items.section))
            fill(items.section, items);
    }
    if (m_lists.contains(DigestSection::NewVacancyFits))
        setEmptyText(DigestSection::NewVacancyFits, MatchingContextLoader::readingMessage());
}

QListWidget *StartPage::addSection(DigestSection section, const QString &title)
{
    auto *heading = new QLabel(m_sectionsBox);
    heading->setObjectName(DayDigest::key(section) + QStringLiteral("Title"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setWordWrap(true);
    heading->setText(title);
    auto *none = new QLabel(m_sectionsBox);
    none->setObjectName(DayDigest::key(section) + QStringLiteral("Empty"));
    none->setWordWrap(true);
    auto *list = new QListWidget(m_sectionsBox);
    list->setObjectName(DayDigest::key(section) + QStringLiteral("List"));
    list->setAccessibleName(title);
    list->setWordWrap(true);
    list->setUniformItemSizes(false);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // A click opens; Enter, Return and Space open the current item; nothing opens on focus or on moving.
    connect(list, &QListWidget::itemClicked, this, &StartPage::activate);
    new ActivateOnKey(list, [this](QListWidgetItem *item) { activate(item); });
    m_sectionsLayout->addWidget(heading);
    m_sectionsLayout->addWidget(none);
    m_sectionsLayout->addWidget(list);
    m_sectionsLayout->addSpacing(heading->fontMetrics().height() / 2);
    m_lists.insert(section, list);
    m_titles.insert(section, heading);
    m_emptyLabels.insert(section, none);
    return list;
}

void StartPage::fill(DigestSection section, const DigestSectionItems &items)
{
    QListWidget *list = m_lists.value(section);
    list->clear();
    for (const DigestItem &item : items.items) {
        auto *row = new QListWidgetItem(itemText(section, item), list);
        row->setData(PersonRole, item.personId);
        row->setData(TargetRole, int(item.opens));
    }
    if (items.total > items.items.size()) {
        auto *more = new QListWidgetItem(tr("… and %n more.", nullptr, int(items.total - items.items.size())), list);
        more->setFlags(Qt::ItemIsEnabled);
    }
    m_titles.value(section)->setText(tr("%1 (%2)").arg(DayDigest::title(section, m_options)).arg(items.total));
    list->setAccessibleName(tr("%1: %n item(s)", nullptr, items.total).arg(DayDigest::title(section, m_options)));
    const int rows = std::min(list->count(), VisibleRows);
    int height = 2 * list->frameWidth();
    for (int i = 0; i < rows; ++i)
        height += list->sizeHintForRow(i);
    list->setFixedHeight(height);
    list->setVisible(list->count() > 0);
    if (list->count() == 0)
        setEmptyText(section, emptyText(section));
    else
        m_emptyLabels.value(section)->hide();
}

void StartPage::setEmptyText(DigestSection section, const QString &text)
{
    QLabel *label = m_emptyLabels.value(section);
    label->setText(text);
    label->show();
    m_lists.value(section)->hide();
}

QString StartPage::emptyText(DigestSection section) const
{
    switch (section) {
    case DigestSection::AppointmentsToday:
        return tr("No appointments today.");
    case DigestSection::AppointmentsThisWeek:
        return tr("No appointments in the next six days.");
    case DigestSection::OverdueActions:
        return tr("No action is overdue.");
    case DigestSection::NotContacted:
        return tr("Everyone has had a note or an attended appointment recently.");
    case DigestSection::UnfinishedDrafts:
        return tr("No form is waiting to be finished.");
    case DigestSection::ConflictsWaiting:
        return tr("Nothing is waiting for a decision.");
    case DigestSection::NewVacancyFits:
        return tr("None of the vacancies the last import added fits anyone well.");
    }
    return {};
}

QString StartPage::itemText(DigestSection section, const DigestItem &item) const
{
    // Today's appointments need only their time; everything else its date.
    QString when;
    if (section == DigestSection::AppointmentsToday && item.when.size() >= 16)
        when = item.when.mid(11, 5);
    else if (!item.when.isEmpty())
        when = DateText::fromStored(item.when);
    if (item.personName.isEmpty())
        return when.isEmpty() ? item.what : tr("%1 – %2").arg(when, item.what);
    if (when.isEmpty())
        return tr("%1: %2").arg(item.personName, item.what);
    return tr("%1 – %2: %3").arg(when, item.personName, item.what);
}

void StartPage::activate(QListWidgetItem *item)
{
    if (!item || !(item->flags() & Qt::ItemIsSelectable))
        return;
    Q_EMIT openRequested(item->data(PersonRole).toString(), DigestTarget(item->data(TargetRole).toInt()));
}

void StartPage::startVacancyFits()
{
    auto fresh = NewVacancyFits::latestImport(m_services.vault().database());
    if (!fresh) {
        setEmptyText(DigestSection::NewVacancyFits, fresh.error().message);
        m_fitsReady = true;
        return;
    }
    m_fresh = fresh.value();
    if (m_fresh.ids.isEmpty()) {
        showVacancyFits({DigestSection::NewVacancyFits, {}, 0});
        return;
    }
    // The vacancies are read on a worker the first time; the section fills in when they are there.
    if (m_services.matchingContexts().readyOrStart())
        rankVacancyFits();
    else
        m_waitingForContext = true;
}

void StartPage::rankVacancyFits()
{
    m_waitingForContext = false;
    auto context = m_services.matchingContexts().context();
    if (!context) {
        setEmptyText(DigestSection::NewVacancyFits, context.error().message);
        m_fitsReady = true;
        return;
    }
    const std::shared_ptr<const MatchingContext> shared = context.value();
    // Profiles are read here, through the window's connection; ranking only reads them and the context.
    auto people = NewVacancyFits::candidates(m_services.vault().database(), [this, &shared](const QString &id) {
        return m_services.matchProfile(id, shared->normaliser());
    });
    if (!people) {
        setEmptyText(DigestSection::NewVacancyFits, people.error().message);
        m_fitsReady = true;
        return;
    }
    const int generation = m_generation;
    auto *watcher = new QFutureWatcher<DigestSectionItems>(this);
    connect(watcher, &QFutureWatcher<DigestSectionItems>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation == m_generation)
            showVacancyFits(watcher->result());
    });
    watcher->setFuture(
        QtConcurrent::run([shared, fresh = m_fresh, candidates = std::move(people.value()), options = m_options] {
            return NewVacancyFits::find(*shared, fresh, candidates, options);
        }));
}

void StartPage::showVacancyFits(const DigestSectionItems &fits)
{
    m_fitsReady = true;
    if (m_lists.contains(DigestSection::NewVacancyFits))
        fill(DigestSection::NewVacancyFits, fits);
}
