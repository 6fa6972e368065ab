#pragma once

#include "model/core/Result.h"
#include "model/reports/AggregateReport.h"
#include "model/reports/ReportMap.h"

#include <QDialog>
#include <QVector>

class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class Vault;

/**
 * Vault ▸ Aggregate reports: this vault's report for a period, small numbers hidden (model/reports), as tables and
 * as charts (sessions over time, referral outcomes, a map of venues and partners), each chart with a table of the
 * same numbers beside it for screen-reader users. Print and Save CSV show only what suppression allows. In an
 * admin's vault, Merge reports adds up report bundles from many devices and shows the merged report instead.
 */
class ReportsDialog : public QDialog
{
    Q_OBJECT

public:
    ReportsDialog(Vault &vault, bool canMerge, QWidget *parent = nullptr);

    /** Builds this vault's report again for the dates chosen. */
    void refresh();
    /** Merges the report bundles in `files` and shows the result; on a refusal nothing changes. */
    Status mergeFiles(const QStringList &files);
    const AggregateReport &report() const { return m_report; }
    bool showsMerged() const { return m_merged; }

private:
    /** A chart of one table's column totals, with a table view of the same numbers beside it. */
    struct ChartPage
    {
        QString tableKey;
        QChartView *chart = nullptr;
        QTableWidget *table = nullptr;
    };

    void showReport();
    void showTable(int index);
    QWidget *
    addChartPage(const QString &tableKey, const QString &objectName, const QString &tabTitle, const QString &chartName);
    void fillChartPage(ChartPage &page);
    QWidget *makeMapPage();
    void fillMap();
    void saveCsv();
    void print();
    void chooseReportsToMerge();

    Vault &m_vault;
    AggregateReport m_report;
    bool m_merged = false;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_message;
    QTabWidget *m_tabs;
    QComboBox *m_tableChoice;
    QTableWidget *m_table;
    QVector<ChartPage> m_charts;
    QChartView *m_mapChart = nullptr;
    QTableWidget *m_mapTable = nullptr;
    QLabel *m_mapNote = nullptr;
};
