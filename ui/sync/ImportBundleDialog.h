#pragma once

#include "model/bundles/BundleImporter.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;

/**
 * Imports one bundle file off the UI thread: a progress bar with Cancel (a cancelled import changes
 * nothing), then the summary, which the admin can copy.
 */
class ImportBundleDialog : public QDialog
{
    Q_OBJECT

public:
    ImportBundleDialog(BundleImporter &importer, const QString &path, QWidget *parent = nullptr);
    ~ImportBundleDialog() override;

    /** Starts the import; the dialog shows progress and then the outcome. */
    void start();
    bool succeeded() const { return m_succeeded; }
    QString outcomeText() const;
    /** What was imported, once the import has succeeded. */
    std::optional<ImportSummary> summary() const { return m_result; }

Q_SIGNALS:
    void finished(bool succeeded);

private:
    void showOutcome();

    BundleImporter &m_importer;
    QString m_path;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPlainTextEdit *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_close;
    QPushButton *m_copy;
    QFutureWatcher<Result<ImportSummary>> m_watcher;
    std::atomic_bool m_cancelRequested{false};
    bool m_succeeded = false;
    std::optional<ImportSummary> m_result;
};
