#include "ui/sync/ImportBundleDialog.h"

#include "ui_ImportBundleDialog.h"

#include "model/bundles/BundleFile.h"
#include "ui/sync/AddTrustedKeyDialog.h"
#include "ui/widgets/DialogSizer.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent>

#include <algorithm>

namespace
{
    /**
     * The public key a refused bundle names as its signer, read again from the file: the refusal carries only words.
     * The file is hostile: it is read only up to the bundle size limit, and the key counts only when its id is the
     * one the signature gives (Minisign::keyNamedIn); nothing here trusts it.
     */
    std::optional<Minisign::PublicKey> namedSigner(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly) || file.size() > BundleLimits().maxFileBytes)
            return std::nullopt;
        const auto parts = BundleFile::detach(file.readAll());
        if (!parts)
            return std::nullopt;
        const QByteArray &signatureText = parts->second;
        const auto signature = Minisign::parseSignature(signatureText);
        if (!signature)
            return std::nullopt;
        const auto key = Minisign::keyNamedIn(signatureText.left(signatureText.indexOf('\n')), signature->keyId);
        if (!key)
            return std::nullopt;
        return Minisign::PublicKey{signature->keyId, *key};
    }
} // namespace

ImportBundleDialog::ImportBundleDialog(BundleImporter &importer, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_importer(importer)
    , m_path(path)
    , m_ui(std::make_unique<Ui::ImportBundleDialog>())
{
    m_ui->setupUi(this);
    // Wide enough for a refusal's reason and a rejected item's line without wrapping them into a column.
    DialogSizer::fitToText(this, 80);
    m_ui->importStatus->setText(tr("Checking and importing %1…").arg(QFileInfo(path).fileName()));
    m_ui->importSummary->hide();

    // Added in code: the button box swaps Cancel for Close and Copy when the import ends, and these words belong to
    // this class's context.
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_copy = new QPushButton(tr("&Copy summary"), this);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    m_trustKey = new QPushButton(tr("&Trust this key…"), this);
    m_trustKey->setObjectName(QStringLiteral("trustKeyButton"));
    m_trustKey->setAccessibleDescription(
        tr("Opens Add a trusted key for the key this file names. Trust it only if its fingerprint matches the one the "
           "publisher gave you."));
    m_ui->buttonBox->addButton(m_copy, QDialogButtonBox::ActionRole);
    m_ui->buttonBox->addButton(m_trustKey, QDialogButtonBox::ActionRole);
    m_ui->buttonBox->addButton(m_cancel, QDialogButtonBox::RejectRole);
    m_ui->buttonBox->addButton(m_close, QDialogButtonBox::AcceptRole);
    // Hidden only after they are in the box: adding a button shows it again, which once left Close and Copy
    // offered while the import was still running.
    m_close->hide();
    m_copy->hide();
    m_trustKey->hide();

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_ui->importStatus->setText(tr("Cancelling…"));
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(outcomeText()); });
    connect(m_trustKey, &QPushButton::clicked, this, &ImportBundleDialog::trustSigner);
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
        QMetaObject::invokeMethod(m_ui->importProgress, "setValue", Qt::QueuedConnection, Q_ARG(int, permille));
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
    m_ui->importProgress->setValue(1000);
    if (m_succeeded) {
        m_result = result.value();
        m_ui->importStatus->setText(tr("The bundle was imported."));
        m_ui->importSummary->setPlainText(result->text());
        showWholeSummary();
        m_ui->importSummary->show();
        m_copy->show();
    } else {
        m_ui->importProgress->hide();
        m_ui->importStatus->setText(QStringLiteral("⚠ ") + result.error().message);
        if (result.error().code == ErrorCode::BundleUnknownSigner && m_trust) {
            m_untrustedSigner = namedSigner(m_path);
            m_trustKey->setVisible(m_untrustedSigner.has_value());
        }
    }
    m_ui->importStatus->setAccessibleName(m_ui->importStatus->text());
    m_close->setFocus();
    Q_EMIT finished(m_succeeded);
}

void ImportBundleDialog::showWholeSummary()
{
    // Every line at once, rejected items included, up to what a small screen holds; a longer summary scrolls. One
    // line to spare for a rejection that wraps. The dialog grows to match (DialogSizer).
    QPlainTextEdit *summary = m_ui->importSummary;
    const int lines = std::min(summary->blockCount() + 1, MaxSummaryLines);
    const int margins = 2 * (summary->frameWidth() + int(summary->document()->documentMargin()));
    summary->setMinimumHeight(summary->fontMetrics().lineSpacing() * lines + margins);
}

void ImportBundleDialog::trustSigner()
{
    if (!m_trust || !m_untrustedSigner)
        return;
    AddTrustedKeyDialog dialog(*m_trust, *m_untrustedSigner, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_trustKey->hide();
    m_ui->importStatus->setText(tr("The key is trusted now. Import the file again to bring in what it holds."));
    m_ui->importStatus->setAccessibleName(m_ui->importStatus->text());
    m_close->setFocus();
}

QString ImportBundleDialog::outcomeText() const
{
    return m_ui->importSummary->isVisible() ? m_ui->importSummary->toPlainText() : m_ui->importStatus->text();
}
