#include "ui/matching/VacancyReportDialog.h"

#include "ui_VacancyReportDialog.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>

VacancyReportDialog::VacancyReportDialog(const FeedReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
    , m_ui(std::make_unique<Ui::VacancyReportDialog>())
{
    m_ui->setupUi(this);
    const QLocale locale;
    m_ui->openValue->setText(locale.toString(report.vacancies));
    m_ui->readValue->setText(FeedReport::share(report.read, report.vacancies));
    m_ui->occupationValue->setText(FeedReport::share(report.withOccupation, report.read));
    m_ui->skillsValue->setText(tr("%1 stated in the advert, %2 implied by the occupation, %3 listed by the feed")
                                   .arg(locale.toString(report.medianStated, 'g', 3),
                                        locale.toString(report.medianImplied, 'g', 3),
                                        locale.toString(report.medianListed, 'g', 3)));
    // Each value is announced with its caption.
    for (auto [caption, value] : {std::pair{m_ui->openCaption, m_ui->openValue},
                                  std::pair{m_ui->readCaption, m_ui->readValue},
                                  std::pair{m_ui->occupationCaption, m_ui->occupationValue},
                                  std::pair{m_ui->skillsCaption, m_ui->skillsValue}})
        value->setAccessibleName(caption->text() + QLatin1Char(' ') + value->text());

    for (const auto &[title, count] : report.unmappedTitles) {
        auto *item = new QTreeWidgetItem(m_ui->unmappedList, {title, locale.toString(count)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (report.unmappedTitles.isEmpty())
        new QTreeWidgetItem(m_ui->unmappedList, {tr("Every title read mapped to an occupation."), QString()});
    m_ui->unmappedList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->unmappedList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_ui->unmappedList->header()->setStretchLastSection(false);

    connect(m_ui->copyButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_report.text());
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

VacancyReportDialog::~VacancyReportDialog() = default;
