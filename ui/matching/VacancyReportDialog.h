#pragma once

#include "model/session/FeedReport.h"

#include <QDialog>

#include <memory>

// Only a forward declaration of the class uic generates from VacancyReportDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class VacancyReportDialog;
}

/**
 * Vault > Vacancies report (admin, issue 12 §5): how many open vacancies got an occupation, the median skills
 * per vacancy by where they came from, and the titles that mapped to nothing, with a copy as text. It shows a
 * FeedReport; it reads nothing itself.
 */
class VacancyReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VacancyReportDialog(const FeedReport &report, QWidget *parent = nullptr);
    ~VacancyReportDialog() override;

private:
    FeedReport m_report;
    std::unique_ptr<Ui::VacancyReportDialog> m_ui;
};
