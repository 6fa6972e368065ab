#include "ui/reports/ReportsDialog.h"

#include "model/reports/ReportBundle.h"
#include "model/reports/ReportTables.h"
#include "model/reports/YouthTables.h"
#include "model/vault/Vault.h"
#include "ui/render/DocumentRenderer.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScatterSeries>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace
{
    QTableWidget *makeTable(QWidget *parent, const QString &objectName, const QString &accessibleName)
    {
        auto *table = new QTableWidget(parent);
        table->setObjectName(objectName);
        table->setAccessibleName(accessibleName);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setTabKeyNavigation(false);
        table->horizontalHeader()->setStretchLastSection(true);
        return table;
    }

    QTableWidgetItem *numberItem(const QString &text)
    {
        auto *item = new QTableWidgetItem(text);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    }

    QChartView *makeChartView(QWidget *parent, const QString &objectName, const QString &name)
    {
        auto *view = new QChartView(new QChart, parent);
        view->setObjectName(objectName);
        view->setAccessibleName(name);
        view->viewport()->setAccessibleName(name);
        view->setAccessibleDescription(ReportsDialog::tr("The table beside the chart holds the same numbers."));
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(240, 180);
        // Keyboard and screen-reader users read the table beside it; the picture is for the eye.
        view->setFocusPolicy(Qt::NoFocus);
        // A chart fits its view and never scrolls; its scroll bars stay hidden, named for the accessibility tree.
        view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        view->horizontalScrollBar()->setAccessibleName(ReportsDialog::tr("Scroll the chart sideways"));
        view->verticalScrollBar()->setAccessibleName(ReportsDialog::tr("Scroll the chart up and down"));
        view->chart()->legend()->setVisible(false);
        return view;
    }
} // namespace

ReportsDialog::ReportsDialog(Vault &vault, bool canMerge, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_tableChoice(new QComboBox(this))
    , m_table(makeTable(this, QStringLiteral("reportTable"), tr("Counts in the chosen table")))
{
    setObjectName(QStringLiteral("reportsDialog"));
    setWindowTitle(tr("Aggregate reports"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &ReportsDialog::refresh);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    m_from->setAccessibleName(tr("First day of the period"));
    m_to->setAccessibleName(tr("Last day of the period"));
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(QDate(today.year(), today.month(), 1).addMonths(-2));
        m_to->setDate(today);
    }
    auto *period = new QFormLayout;
    period->addRow(tr("&From:"), m_from);
    period->addRow(tr("&To:"), m_to);

    auto *rule = new QLabel(AggregateReport::ruleText(), this);
    rule->setObjectName(QStringLiteral("ruleLabel"));
    rule->setWordWrap(true);
    rule->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);

    auto *countsPage = new QWidget(m_tabs);
    m_tableChoice->setObjectName(QStringLiteral("tableChoice"));
    auto *choose = new QFormLayout;
    choose->addRow(tr("Ta&ble:"), m_tableChoice);
    auto *countsLayout = new QVBoxLayout(countsPage);
    countsLayout->addLayout(choose);
    countsLayout->addWidget(m_table, 1);
    m_table->setParent(countsPage);
    m_tableChoice->setParent(countsPage);
    connect(m_tableChoice, &QComboBox::currentIndexChanged, this, &ReportsDialog::showTable);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_tabs->setAccessibleName(tr("Views of the report"));
    countsPage->setAccessibleName(tr("Numbers"));
    m_tabs->addTab(countsPage, tr("&Numbers"));
    addChartPage(ReportTableKeys::SessionsByVenueMonth,
                 QStringLiteral("sessionsChart"),
                 tr("&Sessions over time"),
                 tr("Chart of outreach sessions by month"));
    addChartPage(ReportTableKeys::ReferralsByPartnerOutcome,
                 QStringLiteral("outcomesChart"),
                 tr("&Referral outcomes"),
                 tr("Chart of referrals by outcome"));
    addChartPage(ReportTableKeys::YouthStatus,
                 QStringLiteral("youthChart"),
                 tr("&Youth guarantee"),
                 tr("Chart of where young people in the youth guarantee stand"));
    m_tabs->addTab(makeMapPage(), tr("&Map"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    auto *csvButton = buttons->addButton(tr("Save &CSV…"), QDialogButtonBox::ActionRole);
    csvButton->setObjectName(QStringLiteral("saveCsvButton"));
    connect(printButton, &QPushButton::clicked, this, &ReportsDialog::print);
    connect(csvButton, &QPushButton::clicked, this, &ReportsDialog::saveCsv);
    if (canMerge) {
        auto *merge = buttons->addButton(tr("Mer&ge reports…"), QDialogButtonBox::ActionRole);
        merge->setObjectName(QStringLiteral("mergeButton"));
        merge->setToolTip(tr("Add up report bundles from many devices, sealed to this vault."));
        connect(merge, &QPushButton::clicked, this, &ReportsDialog::chooseReportsToMerge);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(period);
    layout->addWidget(rule);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 110), 560);
    refresh();
}

QWidget *ReportsDialog::addChartPage(const QString &tableKey,
                                     const QString &objectName,
                                     const QString &tabTitle,
                                     const QString &chartName)
{
    auto *page = new QWidget(m_tabs);
    ChartPage chart;
    chart.tableKey = tableKey;
    chart.chart = makeChartView(page, objectName, chartName);
    chart.table = makeTable(page, objectName + QStringLiteral("Table"), tr("Numbers in the chart: %1").arg(chartName));
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(chart.chart, 3);
    layout->addWidget(chart.table, 2);
    m_charts.append(chart);
    page->setAccessibleName(chartName);
    m_tabs->addTab(page, tabTitle);
    return page;
}

QWidget *ReportsDialog::makeMapPage()
{
    auto *page = new QWidget(m_tabs);
    page->setAccessibleName(tr("Map of venues and partners"));
    m_mapChart = makeChartView(page, QStringLiteral("mapChart"), tr("Map of venues and partners"));
    m_mapChart->chart()->legend()->setVisible(true);
    m_mapTable = makeTable(page, QStringLiteral("mapTable"), tr("Places on the map"));
    m_mapNote = new QLabel(page);
    m_mapNote->setObjectName(QStringLiteral("mapNote"));
    m_mapNote->setWordWrap(true);
    m_mapNote->setTextFormat(Qt::PlainText);
    auto *side = new QVBoxLayout;
    side->addWidget(m_mapTable, 1);
    side->addWidget(m_mapNote);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(m_mapChart, 3);
    layout->addLayout(side, 2);
    return page;
}

void ReportsDialog::refresh()
{
    auto built = ReportBuilder::standard(m_vault).build(m_from->date(), m_to->date());
    m_merged = false;
    if (!built) {
        m_report = {};
        m_message->setText(built.error().message);
    } else {
        m_report = built.value();
        m_message->setText(tr("%1. %2.").arg(m_report.periodText(), m_report.scope));
    }
    showReport();
    fillMap();
}

void ReportsDialog::showReport()
{
    const QString chosen = m_tableChoice->currentData().toString();
    {
        const QSignalBlocker blocker(m_tableChoice);
        m_tableChoice->clear();
        for (const AggregateTable &t : std::as_const(m_report.tables))
            m_tableChoice->addItem(t.title, t.key);
        const int again = m_tableChoice->findData(chosen);
        m_tableChoice->setCurrentIndex(again >= 0 ? again : 0);
    }
    showTable(m_tableChoice->currentIndex());
    for (ChartPage &page : m_charts)
        fillChartPage(page);
}

void ReportsDialog::showTable(int index)
{
    m_table->clear();
    const AggregateTable *t = m_report.table(m_tableChoice->itemData(index).toString());
    if (!t) {
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
        return;
    }
    QStringList headings;
    for (int c = 0; c < t->columnCount(); ++c)
        headings.append(t->columnLabel(c));
    headings.append(tr("Total"));
    QStringList rows;
    for (int r = 0; r < t->rowCount(); ++r)
        rows.append(t->rowLabel(r));
    rows.append(tr("Total"));
    m_table->setColumnCount(int(headings.size()));
    m_table->setRowCount(int(rows.size()));
    m_table->setHorizontalHeaderLabels(headings);
    m_table->setVerticalHeaderLabels(rows);
    for (int r = 0; r <= t->rowCount(); ++r) {
        for (int c = 0; c <= t->columnCount(); ++c)
            m_table->setItem(r, c, numberItem(t->text(r, c)));
    }
    m_table->resizeColumnsToContents();
}

void ReportsDialog::fillChartPage(ChartPage &page)
{
    QChart *chart = page.chart->chart();
    chart->removeAllSeries();
    // removeAllSeries() deletes the series; removeAxis() only hands an axis back, so it is deleted here.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    page.table->clear();
    const AggregateTable *t = m_report.table(page.tableKey);
    if (!t) {
        page.table->setRowCount(0);
        page.table->setColumnCount(0);
        chart->setTitle(QString());
        return;
    }
    chart->setTitle(t->title);
    // Column totals, or row totals for a table of one column (the youth guarantee's statuses): a hidden one is
    // drawn as nothing and said in words in the table.
    const bool byRow = t->columnCount() == 1;
    const int bars = byRow ? t->rowCount() : t->columnCount();
    const auto label = [&](int i) { return byRow ? t->rowLabel(i) : t->columnLabel(i); };
    const auto at = [&](int i) { return byRow ? std::pair{i, t->columnCount()} : std::pair{t->rowCount(), i}; };
    auto *set = new QBarSet(tr("Count"));
    QStringList categories;
    qint64 highest = 0;
    const QString heading = byRow ? t->rowHeading : t->columnHeading;
    page.table->setColumnCount(2);
    page.table->setHorizontalHeaderLabels({heading.isEmpty() ? tr("Group") : heading, tr("Count")});
    page.table->verticalHeader()->hide();
    page.table->setRowCount(bars);
    for (int i = 0; i < bars; ++i) {
        const auto [row, column] = at(i);
        const qint64 shown = t->shownValue(row, column);
        set->append(double(std::max<qint64>(shown, 0)));
        highest = std::max(highest, shown);
        categories.append(label(i));
        page.table->setItem(i, 0, new QTableWidgetItem(label(i)));
        page.table->setItem(i, 1, numberItem(t->text(row, column)));
    }
    page.table->resizeColumnsToContents();
    auto *series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto *y = new QValueAxis;
    y->setRange(0, double(std::max<qint64>(highest, 5)));
    y->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
}

void ReportsDialog::fillMap()
{
    QChart *chart = m_mapChart->chart();
    chart->removeAllSeries();
    // removeAllSeries() deletes the series; removeAxis() only hands an axis back, so it is deleted here.
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(tr("Venues and partners by postcode area"));
    m_mapTable->clear();
    auto points = ReportMap::build(m_vault, m_from->date(), m_to->date());
    if (!points) {
        m_mapTable->setRowCount(0);
        m_mapNote->setText(points.error().message);
        return;
    }
    auto *partners = new QScatterSeries;
    partners->setName(tr("Partners"));
    partners->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    auto *venues = new QScatterSeries;
    venues->setName(tr("Venues"));
    venues->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_mapTable->setColumnCount(3);
    m_mapTable->setHorizontalHeaderLabels({tr("Place"), tr("Kind"), tr("Postcode area")});
    m_mapTable->verticalHeader()->hide();
    m_mapTable->setRowCount(int(points->placed.size()));
    double west = 180, east = -180, south = 90, north = -90;
    for (int i = 0; i < points->placed.size(); ++i) {
        const ReportMapPoint &p = points->placed[i];
        const bool partner = p.kind == ReportMapPoint::Kind::Partner;
        (partner ? partners : venues)->append(p.longitude, p.latitude);
        west = std::min(west, p.longitude);
        east = std::max(east, p.longitude);
        south = std::min(south, p.latitude);
        north = std::max(north, p.latitude);
        m_mapTable->setItem(i, 0, new QTableWidgetItem(p.label));
        m_mapTable->setItem(i, 1, new QTableWidgetItem(partner ? tr("Partner") : tr("Venue")));
        m_mapTable->setItem(i, 2, new QTableWidgetItem(p.outcode));
    }
    m_mapTable->resizeColumnsToContents();
    chart->addSeries(partners);
    chart->addSeries(venues);
    auto *x = new QValueAxis;
    x->setTitleText(tr("Longitude"));
    auto *y = new QValueAxis;
    y->setTitleText(tr("Latitude"));
    if (points->placed.isEmpty()) {
        // Great Britain, so an empty map still reads as one.
        west = -6;
        east = 2;
        south = 50;
        north = 58;
    }
    x->setRange(west - 0.1, east + 0.1);
    y->setRange(south - 0.1, north + 0.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries *series : {partners, venues}) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    m_mapNote->setText(points->unplaced == 0
                           ? tr("Every partner and venue is placed.")
                           : tr("%n partners or venues have no postcode area this vault can place: add a postcode, or "
                                "import a geodata bundle.",
                                nullptr,
                                points->unplaced));
}

Status ReportsDialog::mergeFiles(const QStringList &files)
{
    ReportMerge merge(m_vault);
    for (const QString &file : files) {
        if (Status s = merge.addFile(file); !s)
            return Error{s.error().code, tr("%1: %2 Nothing was merged.").arg(file, s.error().message)};
    }
    auto merged = merge.merged();
    if (!merged)
        return merged.error();
    m_report = merged.value();
    m_merged = true;
    QStringList from;
    for (const MergedReportSource &source : merge.sources())
        from.append(source.label);
    m_message->setText(tr("%1. %2: %3.").arg(m_report.periodText(), m_report.scope, from.join(QStringLiteral(", "))));
    showReport();
    return {};
}

void ReportsDialog::chooseReportsToMerge()
{
    const QStringList files = FileDialog::openFileNames(this,
                                                        tr("Choose report bundles to merge"),
                                                        QString(),
                                                        tr("Waymark bundles (*.bundle *.wmbundle);;All files (*)"));
    if (files.isEmpty())
        return;
    if (Status s = mergeFiles(files); !s)
        MessageBox::warning(this, tr("Merge reports"), s.error().message);
}

void ReportsDialog::saveCsv()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Save the report as CSV"), tr("aggregate-report.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status s = m_report.writeCsv(path); !s) {
        MessageBox::warning(this, tr("Aggregate reports"), s.error().message);
        return;
    }
    m_message->setText(tr("The report was saved as %1.").arg(path));
}

void ReportsDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Aggregate report"));
    // On the heap and watched: locking closes this dialog while the print dialog is open.
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, this);
    const int answer = dialog->exec();
    if (!dialog)
        return;
    delete dialog.data();
    if (answer == QDialog::Accepted)
        DocumentRenderer::print(m_report.toHtml(), &printer);
}
