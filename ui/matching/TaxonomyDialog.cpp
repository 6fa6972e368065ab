#include "ui/matching/TaxonomyDialog.h"

#include "ui_TaxonomyDialog.h"

#include "model/matching/SkillNormaliser.h"
#include "model/session/VaultServices.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace
{
    struct TaxonomyCounts
    {
        qsizetype skills = 0;
        qsizetype groups = 0;
        qsizetype occupations = 0;
        qsizetype courses = 0;
    };

    TaxonomyCounts countsOf(const Taxonomy &taxonomy)
    {
        TaxonomyCounts counts;
        for (const SkillConcept &skillConcept : taxonomy.concepts()) {
            if (skillConcept.type == ConceptType::Group)
                ++counts.groups;
            else
                ++counts.skills;
        }
        counts.occupations = taxonomy.occupations().size();
        counts.courses = taxonomy.courses().size();
        return counts;
    }
} // namespace

TaxonomyDialog::TaxonomyDialog(VaultServices &services, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_ui(std::make_unique<Ui::TaxonomyDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 60);
    m_chooser = [](QWidget *parent) {
        return FileDialog::existingDirectory(
            parent, tr("Choose the folder of an ESCO release (the CSV files)"), QDir::homePath());
    };

    // Added in code, as QDialogButtonBox holds only standard buttons in a form: our own word keeps its translation.
    m_close = m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    setTabOrder(m_ui->reportView, m_close);

    connect(m_ui->importEscoButton, &QPushButton::clicked, this, &TaxonomyDialog::chooseFolder);
    connect(m_ui->useBuiltInButton, &QPushButton::clicked, this, &TaxonomyDialog::useBuiltIn);
    connect(m_ui->cancelImportButton, &QPushButton::clicked, this, &TaxonomyDialog::cancelImport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &TaxonomyDialog::reject);

    setBusy(false);
    showCurrent();
    // Room for the report to be read without scrolling at first, measured in text so it scales with the display.
    resize(sizeHint().expandedTo(QSize(DialogSizer::charactersWide(this, 80), fontMetrics().lineSpacing() * 24)));
}

TaxonomyDialog::~TaxonomyDialog()
{
    // The worker posts progress to this dialog: stop it and wait before the dialog goes.
    if (m_watcher) {
        m_cancel->store(true);
        m_watcher->disconnect(this);
        m_watcher->waitForFinished();
    }
}

void TaxonomyDialog::setFolderChooser(FolderChooser chooser)
{
    m_chooser = std::move(chooser);
}

void TaxonomyDialog::showCurrent()
{
    auto stored = m_services.hasImportedTaxonomy();
    auto normaliser = m_services.normaliser();
    if (!stored || !normaliser) {
        m_ui->currentTaxonomyLabel->setText((!stored ? stored.error() : normaliser.error()).message);
        m_ui->taxonomyCountsLabel->clear();
        m_ui->useBuiltInButton->setEnabled(false);
        return;
    }
    const bool imported = stored.value();
    const Taxonomy &taxonomy = normaliser.value()->taxonomy();
    const QString source = taxonomy.source();
    if (!imported)
        m_ui->currentTaxonomyLabel->setText(tr("The built-in UK taxonomy."));
    else if (source == QLatin1String("esco"))
        m_ui->currentTaxonomyLabel->setText(tr("An imported ESCO release."));
    else
        m_ui->currentTaxonomyLabel->setText(tr("An imported taxonomy (%1).").arg(source));
    if (Taxonomy::displayLanguage() == LabelLanguage::Welsh) {
        // Said once here, so a Welsh reader knows the English names are not an oversight.
        const QString languageNote =
            taxonomy.allWelshLabels().isEmpty()
                ? tr("Its skill and occupation names are in English only: it has no Welsh names.")
                : tr("Skill and occupation names are shown in Welsh where the taxonomy has them; the rest are in "
                     "English only.");
        m_ui->currentTaxonomyLabel->setText(m_ui->currentTaxonomyLabel->text() + QLatin1Char('\n') + languageNote);
    }
    const TaxonomyCounts counts = countsOf(taxonomy);
    m_ui->taxonomyCountsLabel->setText(tr("%n skill(s) and knowledge area(s)", nullptr, int(counts.skills)) +
                                       QLatin1Char('\n') + tr("%n skill group(s)", nullptr, int(counts.groups)) +
                                       QLatin1Char('\n') + tr("%n occupation(s)", nullptr, int(counts.occupations)) +
                                       QLatin1Char('\n') + tr("%n course(s)", nullptr, int(counts.courses)));
    m_ui->useBuiltInButton->setEnabled(imported && !isBusy());
}

void TaxonomyDialog::setBusy(bool busy)
{
    m_ui->importEscoButton->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_ui->cancelImportButton->setEnabled(busy);
    m_ui->cancelImportButton->setVisible(busy);
    m_ui->importProgress->setVisible(busy);
    m_ui->progressLabel->setVisible(busy);
    if (busy)
        m_ui->useBuiltInButton->setEnabled(false);
    Q_EMIT busyChanged(busy);
}

void TaxonomyDialog::showReport(const QString &text)
{
    m_ui->reportView->setPlainText(text);
}

void TaxonomyDialog::chooseFolder()
{
    if (isBusy() || !m_chooser)
        return;
    const QString directory = m_chooser(this);
    if (directory.isEmpty())
        return;
    importFrom(directory);
}

void TaxonomyDialog::importFrom(const QString &directory)
{
    if (isBusy())
        return;
    m_directory = directory;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_ui->importProgress->setValue(0);
    m_ui->progressLabel->setText(tr("Reading the ESCO release in %1…").arg(QDir::toNativeSeparators(directory)));
    showReport(QString());
    setBusy(true);
    m_ui->cancelImportButton->setFocus();

    // The worker reads files only; the vault is written on this thread once the whole release has been read.
    const std::shared_ptr<std::atomic<bool>> cancel = m_cancel;
    auto progress = [this, cancel, lastFile = QString(), lastStep = -1](const QString &file, double fraction) mutable {
        if (cancel->load())
            return false;
        // Post only visible steps, so a large release does not flood the event queue.
        const int step = int(fraction * 1000);
        if (step == lastStep && file == lastFile)
            return true;
        lastStep = step;
        lastFile = file;
        // The destructor waits for the worker, so `this` outlives every call posted here.
        QMetaObject::invokeMethod(
            this, [this, file, fraction] { onProgress(file, fraction); }, Qt::QueuedConnection);
        return true;
    };
    m_watcher = new QFutureWatcher<ReadOutcome>(this);
    connect(m_watcher, &QFutureWatcher<ReadOutcome>::finished, this, &TaxonomyDialog::onReadFinished);
    m_watcher->setFuture(QtConcurrent::run([directory, progress] {
        ReadOutcome outcome;
        outcome.taxonomy = EscoImport::read(directory, progress, &outcome.counts);
        return outcome;
    }));
}

void TaxonomyDialog::onProgress(const QString &file, double fraction)
{
    if (!isBusy())
        return;
    m_ui->importProgress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    m_ui->progressLabel->setText(tr("Reading %1…").arg(file));
}

void TaxonomyDialog::cancelImport()
{
    if (!isBusy())
        return;
    m_cancel->store(true);
    m_ui->cancelImportButton->setEnabled(false);
    m_ui->progressLabel->setText(tr("Cancelling…"));
}

void TaxonomyDialog::onReadFinished()
{
    QFutureWatcher<ReadOutcome> *watcher = m_watcher;
    m_watcher = nullptr;
    watcher->deleteLater();
    const ReadOutcome outcome = watcher->result();
    const bool cancelled = m_cancel->load();

    bool stored = false;
    if (!outcome.taxonomy) {
        if (cancelled || outcome.taxonomy.error().code == ErrorCode::Cancelled)
            showReport(tr("The import was cancelled. The taxonomy in use has not changed."));
        else
            showReport(tr("The ESCO release was not imported: %1\nThe taxonomy in use has not changed. Correct "
                          "the file or choose another release, then try again.")
                           .arg(outcome.taxonomy.error().message));
    } else if (cancelled) {
        showReport(tr("The import was cancelled. The taxonomy in use has not changed."));
    } else {
        m_ui->progressLabel->setText(tr("Saving the taxonomy in the vault…"));
        m_ui->importProgress->setValue(0);
        const Status written = m_services.replaceTaxonomy(outcome.taxonomy.value(), [this](qint64 done, qint64 total) {
            m_ui->importProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_ui->importProgress->repaint();
            return true;
        });
        if (!written) {
            showReport(tr("The ESCO release was read but could not be saved: %1\nThe taxonomy in use has not "
                          "changed.")
                           .arg(written.error().message));
        } else {
            stored = true;
            m_changed = true;
            const TaxonomyCounts counts = countsOf(outcome.taxonomy.value());
            QStringList lines;
            lines << tr("Imported the ESCO release from %1.").arg(QDir::toNativeSeparators(m_directory));
            lines << tr("%n skill(s) and knowledge area(s)", nullptr, int(counts.skills));
            lines << tr("%n skill group(s)", nullptr, int(counts.groups));
            lines << tr("%n occupation(s)", nullptr, int(counts.occupations));
            lines << tr("%n occupation–skill link(s)", nullptr, int(outcome.counts.relations));
            if (outcome.counts.skippedRelations > 0)
                lines << tr("%n link(s) to concepts not in the release were left out.",
                            nullptr,
                            int(outcome.counts.skippedRelations));
            lines << tr("Matching now uses this taxonomy.");
            showReport(lines.join(QLatin1Char('\n')));
        }
    }
    setBusy(false);
    showCurrent();
    m_ui->importEscoButton->setFocus();
    if (stored)
        Q_EMIT taxonomyChanged();
    Q_EMIT importFinished(stored);
}

void TaxonomyDialog::useBuiltIn()
{
    if (isBusy())
        return;
    if (MessageBox::question(this,
                             tr("Use the built-in taxonomy"),
                             tr("This removes the imported taxonomy from this vault and goes back to the built-in "
                                "UK taxonomy. Skills already recorded for people stay as they are. Go back to the "
                                "built-in taxonomy?")) != QMessageBox::Yes)
        return;
    const Status cleared = m_services.useBuiltInTaxonomy();
    if (!cleared) {
        showReport(cleared.error().message);
        return;
    }
    m_changed = true;
    showReport(tr("The vault now uses the built-in UK taxonomy."));
    showCurrent();
    Q_EMIT taxonomyChanged();
}

void TaxonomyDialog::reject()
{
    // Escape during an import cancels the import; the dialog closes once it has stopped.
    if (isBusy()) {
        cancelImport();
        return;
    }
    QDialog::reject();
}
