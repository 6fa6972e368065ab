#include "ui/employers/EmployersDialog.h"

#include "model/core/DateText.h"
#include "model/employers/EmployerDirectory.h"
#include "ui/employers/ContactDialog.h"
#include "ui/employers/EmployerEditDialog.h"
#include "ui/employers/EngagementDialog.h"
#include "ui/widgets/DialogSizer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

EmployersDialog::EmployersDialog(EmployerDirectory &directory, const QString &coachName, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_coach(coachName)
    , m_search(new QLineEdit(this))
    , m_withVacancies(new QCheckBox(tr("Only those with open &vacancies"), this))
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_engage(new QPushButton(tr("&Log an engagement…"), this))
    , m_contact(new QPushButton(tr("Add a c&ontact…"), this))
    , m_edit(new QPushButton(tr("&Change…"), this))
{
    setObjectName(QStringLiteral("employersDialog"));
    setWindowTitle(tr("Employers"));

    m_search->setObjectName(QStringLiteral("employerSearch"));
    m_search->setPlaceholderText(tr("Name, address or postcode"));
    m_withVacancies->setObjectName(QStringLiteral("employerWithVacancies"));
    auto *filters = new QFormLayout;
    filters->addRow(tr("&Search:"), m_search);
    filters->addRow(m_withVacancies);

    m_count->setObjectName(QStringLiteral("employerCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_count->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("employerTable"));
    m_table->setAccessibleName(tr("Employers"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Open vacancies"), tr("Whose")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_details->setObjectName(QStringLiteral("employerDetails"));
    m_details->setAccessibleName(tr("Employer summary, contacts and engagements"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_engage->setObjectName(QStringLiteral("logEngagementButton"));
    m_engage->setAccessibleName(tr("Log an engagement with the selected employer"));
    m_contact->setObjectName(QStringLiteral("addContactButton"));
    m_contact->setAccessibleName(tr("Add a contact at the selected employer"));
    m_edit->setObjectName(QStringLiteral("editEmployerButton"));
    m_edit->setAccessibleName(tr("Change the selected employer's details"));
    auto *add = buttons->addButton(tr("&Add an employer…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addEmployerButton"));
    buttons->addButton(m_engage, QDialogButtonBox::ActionRole);
    buttons->addButton(m_contact, QDialogButtonBox::ActionRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &EmployersDialog::addEmployer);
    connect(m_engage, &QPushButton::clicked, this, &EmployersDialog::logEngagement);
    connect(m_contact, &QPushButton::clicked, this, &EmployersDialog::addContact);
    connect(m_edit, &QPushButton::clicked, this, &EmployersDialog::editEmployer);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_search, &QLineEdit::textChanged, this, &EmployersDialog::refresh);
    connect(m_withVacancies, &QCheckBox::toggled, this, &EmployersDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &EmployersDialog::showSelected);
    connect(m_table, &QTableWidget::cellActivated, this, &EmployersDialog::logEngagement);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 110), 480);
    refresh();
    // Opening the directory is one look, however much the coach then searches.
    (void)m_directory.recordListed(int(m_employers.size()));
}

int EmployersDialog::shownCount() const
{
    return int(m_employers.size());
}

void EmployersDialog::refresh()
{
    const QString keep = selected() ? selected()->id : QString();
    EmployerFilter filter;
    filter.text = m_search->text();
    filter.withVacanciesOnly = m_withVacancies->isChecked();
    auto employers = m_directory.list(filter);
    m_employers = employers ? employers.value() : QVector<Employer>();
    if (!employers)
        m_count->setText(employers.error().message);
    else if (m_employers.isEmpty())
        m_count->setText(tr("No employers match. Employers come from the vacancies you import, or add your own."));
    else
        m_count->setText(tr("%n employers", nullptr, int(m_employers.size())));

    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_employers.size()));
    int keepRow = m_employers.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_employers.size(); ++row) {
        const Employer &e = m_employers.at(row);
        const QStringList cells = {
            e.name, QString::number(e.openVacancies), e.isOwn() ? tr("Your own") : tr("From vacancies")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (e.id == keep)
            keepRow = row;
    }
    m_table->resizeColumnsToContents();
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    showSelected();
}

bool EmployersDialog::selectEmployer(const QString &id)
{
    for (int row = 0; row < m_employers.size(); ++row) {
        if (m_employers.at(row).id == id) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const Employer *EmployersDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_employers.size() ? &m_employers.at(row) : nullptr;
}

QString EmployersDialog::details(const Employer &e)
{
    const auto line = [](const QString &label, const QString &value) {
        return value.trimmed().isEmpty()
                   ? QString()
                   : QStringLiteral("<p><b>%1</b><br>%2</p>")
                         .arg(label.toHtmlEscaped(),
                              value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QString html = QStringLiteral("<h3>%1</h3>").arg(e.name.toHtmlEscaped());
    // The employer as listed already knows its open vacancies: the vacancy table is not read again per selection.
    auto summary = m_directory.summary(e);
    if (summary) {
        QStringList counts;
        counts << tr("Open vacancies: %1").arg(summary->openVacancies)
               << tr("People put forward: %1").arg(summary->putForward) << tr("Interviews: %1").arg(summary->interviews)
               << tr("Started work: %1").arg(summary->starts)
               << (summary->lastEngagement.isValid()
                       ? tr("Last engagement: %1, %2")
                             .arg(EmployerDirectory::engagementKindName(summary->lastEngagementKind),
                                  DateText::date(summary->lastEngagement))
                       : tr("No engagements logged yet."));
        html += line(tr("Summary"), counts.join(QLatin1Char('\n')));
    }
    html += line(tr("Where"), QString(e.address + QLatin1Char('\n') + e.postcode).trimmed());
    html += line(tr("Website"), e.website);
    html += line(tr("Notes"), e.notes);
    if (auto contacts = m_directory.contacts(e.id); contacts && !contacts->isEmpty()) {
        QStringList people;
        for (const EmployerContact &c : contacts.value()) {
            QStringList parts{c.name};
            for (const QString &part : {c.role, c.phone, c.email}) {
                if (!part.isEmpty())
                    parts << part;
            }
            people << parts.join(QStringLiteral(", "));
        }
        html += line(tr("Contacts"), people.join(QLatin1Char('\n')));
    }
    if (auto engagements = m_directory.engagements(e.id); engagements && !engagements->isEmpty()) {
        QStringList done;
        for (const Engagement &g : engagements.value().mid(0, 10)) {
            done << (g.note.isEmpty()
                         ? tr("%1: %2").arg(DateText::date(g.on), EmployerDirectory::engagementKindName(g.kind))
                         : tr("%1: %2 — %3")
                               .arg(DateText::date(g.on), EmployerDirectory::engagementKindName(g.kind), g.note));
        }
        html += line(tr("Engagements"), done.join(QLatin1Char('\n')));
    }
    return html;
}

void EmployersDialog::showSelected()
{
    const Employer *employer = selected();
    if (employer && !m_viewed.contains(employer->id)) {
        m_viewed.insert(employer->id);
        (void)m_directory.recordViewed(employer->id);
    }
    m_details->setHtml(employer ? details(*employer) : QString());
    m_engage->setEnabled(employer != nullptr);
    m_contact->setEnabled(employer != nullptr);
    m_edit->setEnabled(employer != nullptr);
}

void EmployersDialog::logEngagement()
{
    const Employer *employer = selected();
    if (!employer)
        return;
    EngagementDialog dialog(m_directory, *employer, m_coach, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void EmployersDialog::addContact()
{
    const Employer *employer = selected();
    if (!employer)
        return;
    ContactDialog dialog(m_directory, *employer, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void EmployersDialog::addEmployer()
{
    EmployerEditDialog dialog(m_directory, Employer(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    m_withVacancies->setChecked(false);
    refresh();
    selectEmployer(dialog.savedId());
}

void EmployersDialog::editEmployer()
{
    const Employer *employer = selected();
    if (!employer)
        return;
    EmployerEditDialog dialog(m_directory, *employer, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}
