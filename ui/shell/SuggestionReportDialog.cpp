#include "ui/shell/SuggestionReportDialog.h"

#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QClipboard>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

SuggestionReportDialog::SuggestionReportDialog(const AuditLog &audit,
                                               SuggestionReport::Options options,
                                               QWidget *parent)
    : QDialog(parent)
    , m_audit(audit)
    , m_options(options)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_message(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("suggestionReportDialog"));
    setWindowTitle(tr("Suggestions report"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &SuggestionReportDialog::refresh);
    }
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    {
        const QSignalBlocker a(m_from);
        const QSignalBlocker b(m_to);
        m_from->setDate(m_options.from.isValid() ? m_options.from : today.addDays(-90));
        m_to->setDate(m_options.to.isValid() ? m_options.to : today);
    }
    auto *period = new QFormLayout;
    period->addRow(tr("&From:"), m_from);
    period->addRow(tr("&To:"), m_to);

    auto *intro = new QLabel(tr("Suggestions shown and what was decided, for everyone using this vault together. "
                                "Counts from 1 to 4 are shown as <5."),
                             this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_message->setFocusPolicy(Qt::StrongFocus);

    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setAccessibleName(tr("Suggestions by tool and kind"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->setColumnCount(int(SuggestionReport::headings().size()));
    m_table->setHorizontalHeaderLabels(SuggestionReport::headings());
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    auto *csv = buttons->addButton(tr("&Export CSV…"), QDialogButtonBox::ActionRole);
    csv->setObjectName(QStringLiteral("exportCsvButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_report.toText()); });
    connect(csv, &QPushButton::clicked, this, &SuggestionReportDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(period);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 100), 420);
    refresh();
}

void SuggestionReportDialog::refresh()
{
    m_options.from = m_from->date();
    m_options.to = m_to->date();
    auto built = SuggestionReport::build(m_audit, m_options);
    if (!built) {
        m_report = {};
        m_table->setRowCount(0);
        m_message->setText(built.error().message);
        return;
    }
    m_report = built.value();
    const QStringList warnings = m_report.warnings();
    if (m_report.rows().isEmpty())
        m_message->setText(tr("No suggestions were shown or decided in this period."));
    else if (warnings.isEmpty())
        m_message->setText(tr("Nothing here suggests suggestions are accepted without being read."));
    else
        m_message->setText(warnings.join(QLatin1Char('\n')));
    m_table->setRowCount(int(m_report.rows().size()));
    for (int row = 0; row < m_report.rows().size(); ++row) {
        const QStringList cells = m_report.cells(m_report.rows().at(row));
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_table->resizeColumnsToContents();
}

void SuggestionReportDialog::exportCsv()
{
    const QString path = FileDialog::saveFileName(
        this, tr("Export the suggestions report"), tr("suggestions-report.csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (Status written = m_report.writeCsv(path); !written) {
        MessageBox::warning(this, tr("Suggestions report"), written.error().message);
        return;
    }
    m_message->setText(tr("The report was saved as %1.").arg(path));
}
