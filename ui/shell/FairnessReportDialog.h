#pragma once

#include "model/session/FairnessCheck.h"

#include <QDialog>

class QTextBrowser;

/**
 * The fairness check's report (FairnessReport) as a readable page, with Copy. Ids only, no names: it may be shared
 * with whoever oversees the service. The page takes the keyboard focus first, so a screen reader starts reading it.
 */
class FairnessReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FairnessReportDialog(FairnessReport report, QWidget *parent = nullptr);

    const FairnessReport &report() const { return m_report; }

private:
    FairnessReport m_report;
    QTextBrowser *m_text;
};
