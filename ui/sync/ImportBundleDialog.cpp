#include "ui/sync/ImportBundleDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

ImportBundleDialog::ImportBundleDialog(BundleImporter &importer, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_path(path)
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QPlainTextEdit(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_copy(new QPushButton(tr("&Copy summary"), this))
{
    setObjectName(QStringLiteral("importBundleDialog"));
    setWindowTitle(tr("Import a bundle"));
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Checking and importing %1…").arg(QFileInfo(path).fileName()));
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setAccessibleName(tr("Import progress"));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setReadOnly(true);
    m_summary->setAccessibleName(tr("Import summary"));
    m_summary->hide();
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_close->hide();
    m_copy->hide();

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_copy, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_summary, 1);
    layout->addWidget(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(outcomeText()); });
    connect(&m_watcher, &QFutureWatcher<Result<ImportSummary>>::finished, this, &ImportBundleDialog::showOutcome);
}

ImportBundleDialog::~ImportBundleDialog()
{
    m_cancelRequested = true;
    m_watcher.waitForFinished();
}

void ImportBundleDialog::start()
{
    const ImportProgress progress = [this](int permille) {
        QMetaObject::invokeMethod(m_progress, "setValue", Qt::QueuedConnection, Q_ARG(int, permille));
        return !m_cancelRequested.load();
    };
    m_watcher.setFuture(
        QtConcurrent::run([this, progress] { return m_importer.importFile(m_path, std::nullopt, progress); }));
}

void ImportBundleDialog::showOutcome()
{
    const Result<ImportSummary> result = m_watcher.result();
    m_succeeded = result.ok();
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_progress->setValue(1000);
    if (m_succeeded) {
        m_result = result.value();
        m_status->setText(tr("The bundle was imported."));
        m_summary->setPlainText(result->text());
        m_summary->show();
        m_copy->show();
    } else {
        m_progress->hide();
        m_status->setText(QStringLiteral("⚠ ") + result.error().message);
    }
    m_status->setAccessibleName(m_status->text());
    m_close->setFocus();
    Q_EMIT finished(m_succeeded);
}

QString ImportBundleDialog::outcomeText() const
{
    return m_summary->isVisible() ? m_summary->toPlainText() : m_status->text();
}
