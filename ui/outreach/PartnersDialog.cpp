#include "ui/outreach/PartnersDialog.h"

#include "model/outreach/PartnerDirectory.h"
#include "ui/outreach/PartnerEditDialog.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

PartnersDialog::PartnersDialog(PartnerDirectory &directory, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_search(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_language(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_details(new QTextBrowser(this))
    , m_edit(new QPushButton(tr("&Change…"), this))
    , m_remove(new QPushButton(tr("&Remove"), this))
{
    setObjectName(QStringLiteral("partnersDialog"));
    setWindowTitle(tr("Local partners"));

    m_search->setObjectName(QStringLiteral("partnerSearch"));
    m_search->setPlaceholderText(tr("Name, address or hours"));
    m_search->setClearButtonEnabled(false);
    m_service->setObjectName(QStringLiteral("partnerService"));
    m_service->addItem(tr("Any service"), QString());
    if (auto services = directory.services()) {
        for (const VocabularyEntry &service : services.value())
            m_service->addItem(service.name(), service.key);
    }
    m_language->setObjectName(QStringLiteral("partnerLanguage"));
    m_language->addItem(tr("Any language"), QString());
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_language->addItem(tr("Welsh"), QStringLiteral("cy"));

    auto *filters = new QFormLayout;
    filters->addRow(tr("&Search:"), m_search);
    filters->addRow(tr("Ser&vice:"), m_service);
    filters->addRow(tr("&Language:"), m_language);

    m_count->setObjectName(QStringLiteral("partnerCount"));
    m_count->setTextFormat(Qt::PlainText);

    m_table->setObjectName(QStringLiteral("partnerTable"));
    m_table->setAccessibleName(tr("Partners"));
    m_table->setColumnCount(4);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Languages"), tr("Whose")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_details->setObjectName(QStringLiteral("partnerDetails"));
    m_details->setAccessibleName(tr("Partner details"));
    m_details->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *add = buttons->addButton(tr("&Add your own…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("addPartnerButton"));
    m_edit->setObjectName(QStringLiteral("editPartnerButton"));
    m_remove->setObjectName(QStringLiteral("removePartnerButton"));
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);
    connect(add, &QPushButton::clicked, this, &PartnersDialog::addPartner);
    connect(m_edit, &QPushButton::clicked, this, &PartnersDialog::editPartner);
    connect(m_remove, &QPushButton::clicked, this, &PartnersDialog::removePartner);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_search, &QLineEdit::textChanged, this, &PartnersDialog::refresh);
    connect(m_service, &QComboBox::currentIndexChanged, this, &PartnersDialog::refresh);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PartnersDialog::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PartnersDialog::showSelected);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (m_edit->isEnabled())
            editPartner();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 110), 480);
    refresh();
}

int PartnersDialog::shownCount() const
{
    return int(m_partners.size());
}

void PartnersDialog::refresh()
{
    const QString keep = selected() ? selected()->id : QString();
    PartnerFilter filter;
    filter.text = m_search->text();
    filter.service = m_service->currentData().toString();
    filter.language = m_language->currentData().toString();
    auto partners = m_directory.list(filter);
    m_partners = partners ? partners.value() : QVector<Partner>();
    if (!partners)
        m_count->setText(partners.error().message);
    else if (m_partners.isEmpty())
        m_count->setText(tr("No partners match. Partners come from your administrator's list, or add your own."));
    else
        m_count->setText(tr("%n partners", nullptr, int(m_partners.size())));

    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_partners.size()));
    int keepRow = m_partners.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_partners.size(); ++row) {
        const Partner &p = m_partners.at(row);
        QStringList languages;
        for (const QString &code : p.languages)
            languages.append(PartnerVocabulary::languageName(code));
        const QStringList cells = {p.name,
                                   PartnerVocabulary::organisationKindName(p.kind),
                                   languages.join(QStringLiteral(", ")),
                                   p.isOwn() ? tr("Your own") : tr("Administrator's list")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (p.id == keep)
            keepRow = row;
    }
    m_table->resizeColumnsToContents();
    if (keepRow >= 0)
        m_table->selectRow(keepRow);
    showSelected();
}

const Partner *PartnersDialog::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_partners.size() ? &m_partners.at(row) : nullptr;
}

QString PartnersDialog::details(const Partner &p) const
{
    const auto line = [](const QString &label, const QString &value) {
        return value.trimmed().isEmpty()
                   ? QString()
                   : QStringLiteral("<p><b>%1</b><br>%2</p>")
                         .arg(label.toHtmlEscaped(),
                              value.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    QStringList services;
    for (const QString &service : p.services)
        services.append(m_directory.serviceName(service));
    QString html = QStringLiteral("<h3>%1</h3>").arg(p.name.toHtmlEscaped());
    html += line(tr("Services"), services.join(QLatin1Char('\n')));
    html += line(tr("Where"), QString(p.address + QLatin1Char('\n') + p.postcode).trimmed());
    html += line(tr("When"), p.opening);
    html += line(tr("Phone"), p.phone);
    html += line(tr("Email"), p.email);
    html += line(tr("Website"), p.website);
    html += line(tr("How to refer"), p.howToRefer);
    html += line(tr("Consent"),
                 p.consentNeeded ? tr("A referral needs the person's consent, recorded when the referral is made.")
                                 : tr("Takes referrals without recorded consent (signposting)."));
    return html;
}

void PartnersDialog::showSelected()
{
    const Partner *partner = selected();
    m_details->setHtml(partner ? details(*partner) : QString());
    m_edit->setEnabled(partner && partner->isOwn());
    m_remove->setEnabled(partner && partner->isOwn());
}

void PartnersDialog::addPartner()
{
    PartnerEditDialog dialog(m_directory, Partner(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_search->clear();
    refresh();
    for (int row = 0; row < m_partners.size(); ++row) {
        if (m_partners.at(row).id == dialog.savedId())
            m_table->selectRow(row);
    }
}

void PartnersDialog::editPartner()
{
    const Partner *partner = selected();
    if (!partner || !partner->isOwn())
        return;
    PartnerEditDialog dialog(m_directory, *partner, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void PartnersDialog::removePartner()
{
    const Partner *partner = selected();
    if (!partner || !partner->isOwn())
        return;
    if (!MessageBox::confirm(
            this,
            tr("Remove a partner"),
            tr("Remove %1 from your partners? Referrals already made to it keep its name.").arg(partner->name),
            tr("Remove")))
        return;
    if (Status removed = m_directory.removeOwn(partner->id); !removed) {
        MessageBox::warning(this, tr("Remove a partner"), removed.error().message);
        return;
    }
    refresh();
}
