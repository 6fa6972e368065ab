#pragma once

#include "model/bundles/BundleImporter.h"
#include "model/crypto/Minisign.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>
#include <memory>
#include <optional>

class QPushButton;

// Only a forward declaration of the class uic generates from ImportBundleDialog.ui, so callers need no ui_ header.
namespace Ui
{
    class ImportBundleDialog;
}

/**
 * Imports one bundle file off the UI thread: a progress bar with Cancel (a cancelled import changes
 * nothing), then the summary, which the admin can copy.
 */
class TrustStore;

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
    /**
     * With a trust store, a bundle refused because its signer is not trusted offers "Trust this key…", which opens
     * the add-trusted-key dialog for the key the bundle names: the admin still types the fingerprint the publisher
     * gave them before anything is trusted.
     */
    void setTrustStore(TrustStore *trust) { m_trust = trust; }

Q_SIGNALS:
    void finished(bool succeeded);

private:
    /** The most summary lines shown before it scrolls: what fits a 960×540 window at a large font. */
    static constexpr int MaxSummaryLines = 16;
    void showOutcome();
    void showWholeSummary();
    void trustSigner();

    BundleImporter &m_importer;
    QString m_path;
    std::unique_ptr<Ui::ImportBundleDialog> m_ui;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_trustKey = nullptr;
    TrustStore *m_trust = nullptr;
    std::optional<Minisign::PublicKey> m_untrustedSigner;
    QFutureWatcher<Result<ImportSummary>> m_watcher;
    std::atomic_bool m_cancelRequested{false};
    bool m_succeeded = false;
    std::optional<ImportSummary> m_result;
};
