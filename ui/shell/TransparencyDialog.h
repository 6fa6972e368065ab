#pragma once

#include "model/session/FairnessCheck.h"
#include "model/session/TransparencyRecord.h"
#include "ui/shell/FairnessReportDialog.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTextBrowser;

/**
 * Help ▸ About the suggestions: the transparency record (TransparencyRecord) as a readable page, with Copy
 * (plain text) and Print. The page takes the keyboard focus first, so a screen reader starts reading it.
 *
 * Beside the record, Check fairness runs FairnessCheck on the open vault's caseload on a worker thread (the window
 * stays in use), says how far it has gone in a label a screen reader reads, and shows the report when it ends.
 */
class TransparencyDialog : public QDialog
{
    Q_OBJECT

public:
    /** Takes a check ready to run from the vault's thread; the option is the coach's switch for adjustments. */
    using FairnessPrepare = std::function<Result<std::shared_ptr<FairnessRun>>(const FairnessCheck::Options &)>;
    /** Told the report on the window's thread when a check ends (to audit it). */
    using FairnessFinished = std::function<void(const FairnessReport &)>;

    explicit TransparencyDialog(TransparencyRecord record, QWidget *parent = nullptr);
    ~TransparencyDialog() override;

    const TransparencyRecord &record() const { return m_record; }

    /** Lets Check fairness run; without it (no vault open) the button says why it cannot. */
    void enableFairnessCheck(FairnessPrepare prepare, FairnessFinished finished = {});
    void startFairnessCheck();
    /** Stops a check in progress and waits for its worker (before the vault locks). */
    void stopFairnessCheck();
    bool isCheckingFairness() const { return m_watcher.isRunning(); }
    /** The last check's report, once one has ended. */
    const std::optional<FairnessReport> &fairnessReport() const { return m_fairness; }
    FairnessReportDialog *fairnessReportDialog() const { return m_reportDialog; }

Q_SIGNALS:
    void fairnessCheckFinished();

private:
    void print();
    void takeFairnessResult();
    void showFairnessStatus(const QString &text);

    TransparencyRecord m_record;
    QTextBrowser *m_text;
    QCheckBox *m_useAdjustments;
    QPushButton *m_fairnessButton;
    QLabel *m_fairnessStatus;
    FairnessPrepare m_prepare;
    FairnessFinished m_finished;
    QFutureWatcher<Result<FairnessReport>> m_watcher;
    std::shared_ptr<FairnessRun> m_run;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::optional<FairnessReport> m_fairness;
    QPointer<FairnessReportDialog> m_reportDialog;
};
