#pragma once

#include "model/notes/SuggestionReport.h"

#include <QDialog>

class AuditLog;
class QDateEdit;
class QLabel;
class QTableWidget;

/**
 * Vault ▸ Suggestions report: SuggestionReport for a period as a table, with its rubber-stamping warnings in
 * words above it, Copy and Export CSV. Totals only, small numbers shown as "<5".
 */
class SuggestionReportDialog : public QDialog
{
    Q_OBJECT

public:
    SuggestionReportDialog(const AuditLog &audit, SuggestionReport::Options options, QWidget *parent = nullptr);

    /** Builds the report again for the dates chosen. */
    void refresh();
    const SuggestionReport &report() const { return m_report; }

private:
    void exportCsv();

    const AuditLog &m_audit;
    SuggestionReport::Options m_options;
    SuggestionReport m_report;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_message;
    QTableWidget *m_table;
};
