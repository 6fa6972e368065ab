#include "ui/outreach/PartnerEditDialog.h"

#include "model/outreach/PartnerDirectory.h"
#include "ui/widgets/DialogSizer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace
{
    QPlainTextEdit *shortTextEdit(QWidget *parent)
    {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4);
        return edit;
    }
} // namespace

PartnerEditDialog::PartnerEditDialog(PartnerDirectory &directory, const Partner &partner, QWidget *parent)
    : QDialog(parent)
    , m_directory(directory)
    , m_partner(partner)
    , m_name(new QLineEdit(partner.name, this))
    , m_kind(new QComboBox(this))
    , m_services(new QListWidget(this))
    , m_english(new QCheckBox(tr("En&glish"), this))
    , m_welsh(new QCheckBox(tr("&Welsh"), this))
    , m_otherLanguages(new QLineEdit(this))
    , m_address(shortTextEdit(this))
    , m_postcode(new QLineEdit(partner.postcode, this))
    , m_opening(new QLineEdit(partner.opening, this))
    , m_phone(new QLineEdit(partner.phone, this))
    , m_email(new QLineEdit(partner.email, this))
    , m_website(new QLineEdit(partner.website, this))
    , m_howToRefer(shortTextEdit(this))
    , m_consentNeeded(new QCheckBox(tr("A referral needs the person's consent, recor&ded"), this))
{
    setObjectName(QStringLiteral("partnerEditDialog"));
    m_name->setObjectName(QStringLiteral("partnerName"));
    m_kind->setObjectName(QStringLiteral("partnerKind"));
    m_services->setObjectName(QStringLiteral("partnerServices"));
    m_consentNeeded->setObjectName(QStringLiteral("partnerConsentNeeded"));
    setWindowTitle(partner.id.isEmpty() ? tr("Add a partner") : tr("Change a partner"));

    for (const QString &kind : PartnerVocabulary::organisationKinds())
        m_kind->addItem(PartnerVocabulary::organisationKindName(kind), kind);
    m_kind->setCurrentIndex(
        std::max(0, m_kind->findData(partner.kind.isEmpty() ? QStringLiteral("charity") : partner.kind)));

    m_services->setAccessibleName(tr("Services offered"));
    if (auto services = directory.services()) {
        for (const VocabularyEntry &service : services.value()) {
            auto *item = new QListWidgetItem(service.name(), m_services);
            item->setData(Qt::UserRole, service.key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(partner.services.contains(service.key) ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_services->setMinimumHeight(m_services->fontMetrics().lineSpacing() * 6);

    const bool newPartner = partner.id.isEmpty();
    m_english->setChecked(newPartner || partner.languages.contains(QStringLiteral("en")));
    m_welsh->setChecked(partner.languages.contains(QStringLiteral("cy")));
    QStringList others = partner.languages;
    others.removeAll(QStringLiteral("en"));
    others.removeAll(QStringLiteral("cy"));
    m_otherLanguages->setText(others.join(QStringLiteral(", ")));
    m_otherLanguages->setAccessibleName(tr("Other languages, as two-letter codes"));
    m_otherLanguages->setPlaceholderText(tr("e.g. pl, ar"));
    m_address->setPlainText(partner.address);
    m_howToRefer->setPlainText(partner.howToRefer);
    m_consentNeeded->setChecked(newPartner || partner.consentNeeded);

    auto *languages = new QWidget(this);
    auto *languageRow = new QHBoxLayout(languages);
    languageRow->setContentsMargins(0, 0, 0, 0);
    languageRow->addWidget(m_english);
    languageRow->addWidget(m_welsh);
    languageRow->addWidget(m_otherLanguages, 1);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    const auto row = [&](const QString &key, const QString &label, QWidget *field) {
        auto *problem = new QLabel(this);
        problem->setObjectName(key + QStringLiteral("Problem"));
        problem->setWordWrap(true);
        problem->setTextFormat(Qt::PlainText);
        problem->setStyleSheet(QStringLiteral("color: palette(highlight); font-weight: bold"));
        problem->hide();
        auto *box = new QWidget(this);
        auto *stack = new QVBoxLayout(box);
        stack->setContentsMargins(0, 0, 0, 0);
        stack->addWidget(field);
        stack->addWidget(problem);
        auto *title = new QLabel(label, this);
        title->setBuddy(field);
        form->addRow(title, box);
        m_problems.insert(key, problem);
        m_fields.insert(key, field);
    };
    row(QStringLiteral("name"), tr("&Name:"), m_name);
    row(QStringLiteral("kind"), tr("&Kind of organisation:"), m_kind);
    row(QStringLiteral("services"), tr("Ser&vices offered:"), m_services);
    row(QStringLiteral("languages"), tr("&Languages:"), languages);
    m_fields.insert(QStringLiteral("languages"), m_otherLanguages);
    row(QStringLiteral("address"), tr("&Address:"), m_address);
    row(QStringLiteral("postcode"), tr("&Postcode:"), m_postcode);
    row(QStringLiteral("opening"), tr("When it is &open:"), m_opening);
    row(QStringLiteral("phone"), tr("P&hone:"), m_phone);
    row(QStringLiteral("email"), tr("E&mail:"), m_email);
    row(QStringLiteral("website"), tr("Webs&ite:"), m_website);
    row(QStringLiteral("how_to_refer"), tr("How to refe&r:"), m_howToRefer);
    form->addRow(m_consentNeeded);

    auto *body = new QWidget(this);
    body->setLayout(form);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PartnerEditDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 50);
}

Partner PartnerEditDialog::edited() const
{
    Partner p = m_partner;
    p.name = m_name->text();
    p.kind = m_kind->currentData().toString();
    p.services.clear();
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->checkState() == Qt::Checked)
            p.services.append(m_services->item(i)->data(Qt::UserRole).toString());
    }
    p.languages.clear();
    if (m_english->isChecked())
        p.languages.append(QStringLiteral("en"));
    if (m_welsh->isChecked())
        p.languages.append(QStringLiteral("cy"));
    for (const QString &code : m_otherLanguages->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        p.languages.append(code.trimmed().toLower());
    p.address = m_address->toPlainText();
    p.postcode = m_postcode->text();
    p.opening = m_opening->text();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.website = m_website->text();
    p.howToRefer = m_howToRefer->toPlainText();
    p.consentNeeded = m_consentNeeded->isChecked();
    return p;
}

void PartnerEditDialog::showProblems(const QMap<QString, QString> &problems)
{
    QWidget *first = nullptr;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        const QString problem = problems.value(it.key());
        it.value()->setText(problem);
        it.value()->setVisible(!problem.isEmpty());
        QWidget *field = m_fields.value(it.key());
        if (field)
            field->setAccessibleDescription(problem);
    }
    // Focus follows the order of the form, not of the map.
    for (const char *key : {"name",
                            "kind",
                            "services",
                            "languages",
                            "address",
                            "postcode",
                            "opening",
                            "phone",
                            "email",
                            "website",
                            "how_to_refer"}) {
        if (problems.contains(QLatin1String(key))) {
            first = m_fields.value(QLatin1String(key));
            break;
        }
    }
    if (first)
        first->setFocus();
}

void PartnerEditDialog::accept()
{
    const Partner partner = edited();
    Status saved;
    if (partner.id.isEmpty()) {
        auto added = m_directory.addOwn(partner);
        if (added)
            m_savedId = added.value();
        else
            saved = added.error();
    } else {
        saved = m_directory.updateOwn(partner);
        if (saved)
            m_savedId = partner.id;
    }
    if (!saved) {
        QMap<QString, QString> problems = saved.error().fieldProblems;
        if (problems.isEmpty())
            problems.insert(QStringLiteral("name"), saved.error().message);
        showProblems(problems);
        return;
    }
    QDialog::accept();
}
