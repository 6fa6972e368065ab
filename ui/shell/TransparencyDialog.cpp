#include "ui/shell/TransparencyDialog.h"

#include "ui/shell/FairnessReportDialog.h"
#include "ui/widgets/DialogSizer.h"

#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

TransparencyDialog::TransparencyDialog(TransparencyRecord record, QWidget *parent)
    : QDialog(parent)
    , m_record(std::move(record))
    , m_text(new QTextBrowser(this))
    , m_useAdjustments(new QCheckBox(tr("Use shared ad&justments"), this))
    , m_fairnessButton(new QPushButton(tr("Check &fairness"), this))
    , m_fairnessStatus(new QLabel(this))
    , m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("transparencyDialog"));
    setWindowTitle(tr("About the suggestions"));
    m_text->setObjectName(QStringLiteral("transparencyText"));
    m_text->setAccessibleName(m_record.title());
    m_text->setOpenLinks(false);
    m_text->setHtml(m_record.toHtml());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy the whole record as plain text."));
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_record.toText()); });
    connect(print, &QPushButton::clicked, this, &TransparencyDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_useAdjustments->setObjectName(QStringLiteral("fairnessAdjustmentsCheck"));
    m_useAdjustments->setChecked(true);
    m_useAdjustments->setAccessibleName(tr("Use the adjustments people agreed to share for matching"));
    m_useAdjustments->setToolTip(
        tr("The one allowed exception: an adjustment a person agreed to share may change their matches. Switch it "
           "off to check matching without it."));
    m_fairnessButton->setObjectName(QStringLiteral("fairnessButton"));
    m_fairnessButton->setEnabled(false);
    m_fairnessButton->setToolTip(tr("Unlock a vault to check its caseload."));
    m_fairnessButton->setAccessibleDescription(
        tr("Checks that matching, note suggestions and prefill treat each person alike when only their name, sex, "
           "age, health, pregnancy, religion, ethnicity or language changes. Nothing is written."));
    m_fairnessStatus->setObjectName(QStringLiteral("fairnessStatus"));
    m_fairnessStatus->setAccessibleName(tr("Fairness check"));
    m_fairnessStatus->setWordWrap(true);
    m_fairnessStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_fairnessStatus->setFocusPolicy(Qt::TabFocus);
    connect(m_fairnessButton, &QPushButton::clicked, this, [this] {
        if (isCheckingFairness())
            stopFairnessCheck();
        else
            startFairnessCheck();
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TransparencyDialog::takeFairnessResult);

    auto *fairness = new QHBoxLayout;
    fairness->addWidget(m_fairnessButton);
    fairness->addWidget(m_useAdjustments);
    fairness->addWidget(m_fairnessStatus, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addLayout(fairness);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 90), 480);
    m_text->setFocus(Qt::OtherFocusReason);
}

void TransparencyDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_record.title());
    // On the heap and watched: locking closes this dialog while the print dialog is open.
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, this);
    const int answer = dialog->exec();
    if (!dialog)
        return;
    delete dialog.data();
    if (answer == QDialog::Accepted)
        m_text->document()->print(&printer);
}

TransparencyDialog::~TransparencyDialog()
{
    // Closing is not finishing: the worker stops and its result is dropped, not reported or audited.
    m_cancelled->store(true);
    m_watcher.waitForFinished();
}

void TransparencyDialog::enableFairnessCheck(FairnessPrepare prepare, FairnessFinished finished)
{
    m_prepare = std::move(prepare);
    m_finished = std::move(finished);
    m_fairnessButton->setEnabled(bool(m_prepare));
    m_fairnessButton->setToolTip(m_prepare ? tr("Run the fairness check on this vault's caseload.")
                                           : tr("Unlock a vault to check its caseload."));
}

void TransparencyDialog::startFairnessCheck()
{
    if (!m_prepare || isCheckingFairness())
        return;
    FairnessCheck::Options options;
    options.useAdjustments = m_useAdjustments->isChecked();
    // Copying the caseload and opening a read connection are quick and must happen on the vault's thread; the
    // comparisons, which take the time, run on a worker against the copies.
    auto run = m_prepare(options);
    if (!run) {
        showFairnessStatus(tr("The fairness check could not start: %1").arg(run.error().message));
        return;
    }
    m_run = run.value();
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<FairnessRun> job = m_run;
    const std::shared_ptr<std::atomic_bool> cancelled = m_cancelled;
    QPointer<QLabel> status = m_fairnessStatus;
    m_watcher.setFuture(QtConcurrent::run([job, cancelled, status]() -> Result<FairnessReport> {
        return job->check->run([cancelled, status](int done, int total) {
            // A label is told across threads through its own event queue; a closed dialog's label is gone.
            QMetaObject::invokeMethod(
                status,
                [status, done, total] {
                    if (status)
                        status->setText(TransparencyDialog::tr("Checked %1 of %2 people…").arg(done).arg(total));
                },
                Qt::QueuedConnection);
            return !cancelled->load();
        });
    }));
    m_useAdjustments->setEnabled(false);
    m_fairnessButton->setText(tr("&Stop the check"));
    showFairnessStatus(tr("Checking the caseload…"));
}

void TransparencyDialog::stopFairnessCheck()
{
    if (!m_watcher.isRunning())
        return;
    m_cancelled->store(true);
    m_watcher.waitForFinished();
    takeFairnessResult();
}

void TransparencyDialog::takeFairnessResult()
{
    if (!m_run)
        return;
    const Result<FairnessReport> result = m_watcher.future().result();
    // The worker is done with the connection; close it now rather than when the next check starts.
    m_run.reset();
    m_useAdjustments->setEnabled(true);
    m_fairnessButton->setText(tr("Check &fairness"));
    if (!result) {
        showFairnessStatus(result.error().code == ErrorCode::Cancelled
                               ? tr("The fairness check was stopped before it ended.")
                               : tr("The fairness check could not finish: %1").arg(result.error().message));
        Q_EMIT fairnessCheckFinished();
        return;
    }
    m_fairness = result.value();
    if (m_finished)
        m_finished(*m_fairness);
    const int matching = m_fairness->matchingDifferences();
    showFairnessStatus(matching == 0
                           ? tr("Fairness check: no differences in matching; %n other difference(s).",
                                nullptr,
                                m_fairness->differences())
                           : tr("Fairness check: %n difference(s) in matching. Read the report.", nullptr, matching));
    delete m_reportDialog;
    m_reportDialog = new FairnessReportDialog(*m_fairness, this);
    m_reportDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    m_reportDialog->open();
    Q_EMIT fairnessCheckFinished();
}

void TransparencyDialog::showFairnessStatus(const QString &text)
{
    m_fairnessStatus->setText(text);
}
