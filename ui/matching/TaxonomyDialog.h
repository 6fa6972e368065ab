#pragma once

#include "model/core/Result.h"
#include "model/matching/EscoImport.h"
#include "model/matching/Taxonomy.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <functional>
#include <memory>

class VaultServices;
class QPushButton;

// Only a forward declaration of the class uic generates from TaxonomyDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class TaxonomyDialog;
}

/**
 * Vault > Skills taxonomy (admin): which taxonomy matching uses (the built-in UK one or an imported
 * ESCO release) with its counts, an ESCO import that reads the release on a worker thread with
 * progress and a Cancel button, and a way back to the built-in taxonomy. A bad or cancelled import
 * leaves the vault's taxonomy as it was.
 */
class TaxonomyDialog : public QDialog
{
    Q_OBJECT

public:
    /** Asks for the folder of an ESCO release; empty means the admin cancelled. */
    using FolderChooser = std::function<QString(QWidget *parent)>;

    explicit TaxonomyDialog(VaultServices &services, QWidget *parent = nullptr);
    ~TaxonomyDialog() override;

    /** Replaces the folder chooser (FileDialog::existingDirectory by default). */
    void setFolderChooser(FolderChooser chooser);
    /** Starts reading the ESCO release in `directory` (what "Import ESCO…" does once a folder is chosen). */
    void importFrom(const QString &directory);
    /** Asks to cancel a running import; the vault stays as it was. */
    void cancelImport();

    /** True while a release is being read on the worker thread. */
    bool isBusy() const { return m_watcher != nullptr; }
    /** True once the vault's taxonomy changed while the dialog was open. */
    bool taxonomyWasChanged() const { return m_changed; }

Q_SIGNALS:
    /** The vault's taxonomy was replaced or reset: matching must load it again. */
    void taxonomyChanged();
    /** An import finished, stored or not. */
    void importFinished(bool stored);
    /** A release started (true) or stopped (false) being read: the idle lock waits only meanwhile. */
    void busyChanged(bool busy);

public Q_SLOTS:
    void reject() override;

private:
    struct ReadOutcome
    {
        Result<Taxonomy> taxonomy = Error{ErrorCode::Internal, QString()};
        EscoImport::Counts counts;
    };

    void chooseFolder();
    void useBuiltIn();
    void showCurrent();
    void onProgress(const QString &file, double fraction);
    void onReadFinished();
    void setBusy(bool busy);
    void showReport(const QString &text);

    VaultServices &m_services;
    FolderChooser m_chooser;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<ReadOutcome> *m_watcher = nullptr;
    QString m_directory;
    bool m_changed = false;

    std::unique_ptr<Ui::TaxonomyDialog> m_ui;
    QPushButton *m_close = nullptr;
};
