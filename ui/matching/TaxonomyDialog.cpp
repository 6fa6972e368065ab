#include "ui/matching/TaxonomyDialog.h"

#include "model/matching/SkillNormaliser.h"
#include "model/session/VaultServices.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
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
    , m_current(new QLabel(this))
    , m_counts(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_report(new QPlainTextEdit(this))
    , m_import(new QPushButton(tr("&Import ESCO…"), this))
    , m_builtIn(new QPushButton(tr("Use the &built-in taxonomy"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel import"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("taxonomyDialog"));
    setWindowTitle(tr("Skills taxonomy"));
    m_chooser = [](QWidget *parent) {
        return FileDialog::existingDirectory(
            parent, tr("Choose the folder of an ESCO release (the CSV files)"), QDir::homePath());
    };

    auto *intro = new QLabel(tr("Matching reads skills, occupations and courses from this taxonomy. You can import "
                                "a release of ESCO, the European skills classification, in its CSV form, or go "
                                "back to the built-in UK taxonomy."),
                             this);
    intro->setWordWrap(true);

    m_current->setObjectName(QStringLiteral("currentTaxonomyLabel"));
    m_current->setTextFormat(Qt::PlainText);
    m_current->setWordWrap(true);
    m_counts->setObjectName(QStringLiteral("taxonomyCountsLabel"));
    m_counts->setTextFormat(Qt::PlainText);
    m_counts->setWordWrap(true);
    m_counts->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *inUse = new QGroupBox(tr("In use"), this);
    auto *inUseLayout = new QVBoxLayout(inUse);
    inUseLayout->addWidget(m_current);
    inUseLayout->addWidget(m_counts);

    m_import->setObjectName(QStringLiteral("importEscoButton"));
    m_import->setAccessibleName(tr("Import an ESCO release from a folder"));
    m_import->setAccessibleDescription(
        tr("Reads the CSV files of an ESCO release and, when they are all read, replaces the taxonomy in this vault."));
    m_builtIn->setObjectName(QStringLiteral("useBuiltInButton"));
    m_builtIn->setAccessibleName(tr("Go back to the built-in UK taxonomy"));
    connect(m_import, &QPushButton::clicked, this, &TaxonomyDialog::chooseFolder);
    connect(m_builtIn, &QPushButton::clicked, this, &TaxonomyDialog::useBuiltIn);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_import);
    buttons->addWidget(m_builtIn);
    buttons->addStretch();

    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextFormat(Qt::PlainText);
    m_progressLabel->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the import; the taxonomy stays as it is"));
    connect(m_cancelButton, &QPushButton::clicked, this, &TaxonomyDialog::cancelImport);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);

    m_report->setObjectName(QStringLiteral("reportView"));
    m_report->setReadOnly(true);
    m_report->setTabChangesFocus(true);
    m_report->setAccessibleName(tr("What the last import did"));
    m_report->setPlaceholderText(tr("The result of an import appears here, ready to copy."));
    m_report->setMaximumBlockCount(200);
    auto *reportLabel = new QLabel(tr("&Result of the last import:"), this);
    reportLabel->setBuddy(m_report);

    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *box = new QDialogButtonBox(this);
    box->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(box, &QDialogButtonBox::rejected, this, &TaxonomyDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(inUse);
    layout->addLayout(buttons);
    layout->addWidget(m_progressLabel);
    layout->addLayout(progressRow);
    layout->addWidget(reportLabel);
    layout->addWidget(m_report, 1);
    layout->addWidget(box);

    setTabOrder(m_import, m_builtIn);
    setTabOrder(m_builtIn, m_cancelButton);
    setTabOrder(m_cancelButton, m_report);
    setTabOrder(m_report, m_close);

    setBusy(false);
    showCurrent();
    resize(sizeHint().expandedTo(QSize(560, 420)));
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
        m_current->setText((!stored ? stored.error() : normaliser.error()).message);
        m_counts->clear();
        m_builtIn->setEnabled(false);
        return;
    }
    const bool imported = stored.value();
    const Taxonomy &taxonomy = normaliser.value()->taxonomy();
    const QString source = taxonomy.source();
    if (!imported)
        m_current->setText(tr("The built-in UK taxonomy."));
    else if (source == QLatin1String("esco"))
        m_current->setText(tr("An imported ESCO release."));
    else
        m_current->setText(tr("An imported taxonomy (%1).").arg(source));
    const TaxonomyCounts counts = countsOf(taxonomy);
    m_counts->setText(tr("%n skill(s) and knowledge area(s)", nullptr, int(counts.skills)) + QLatin1Char('\n') +
                      tr("%n skill group(s)", nullptr, int(counts.groups)) + QLatin1Char('\n') +
                      tr("%n occupation(s)", nullptr, int(counts.occupations)) + QLatin1Char('\n') +
                      tr("%n course(s)", nullptr, int(counts.courses)));
    m_builtIn->setEnabled(imported && !isBusy());
}

void TaxonomyDialog::setBusy(bool busy)
{
    m_import->setEnabled(!busy);
    m_close->setEnabled(!busy);
    m_cancelButton->setEnabled(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setVisible(busy);
    m_progressLabel->setVisible(busy);
    if (busy)
        m_builtIn->setEnabled(false);
}

void TaxonomyDialog::showReport(const QString &text)
{
    m_report->setPlainText(text);
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
    m_progress->setValue(0);
    m_progressLabel->setText(tr("Reading the ESCO release in %1…").arg(QDir::toNativeSeparators(directory)));
    showReport(QString());
    setBusy(true);
    m_cancelButton->setFocus();

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
    m_progress->setValue(int(std::lround(std::clamp(fraction, 0.0, 1.0) * 1000)));
    m_progressLabel->setText(tr("Reading %1…").arg(file));
}

void TaxonomyDialog::cancelImport()
{
    if (!isBusy())
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_progressLabel->setText(tr("Cancelling…"));
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
        m_progressLabel->setText(tr("Saving the taxonomy in the vault…"));
        m_progress->setValue(0);
        const Status written = m_services.replaceTaxonomy(outcome.taxonomy.value(), [this](qint64 done, qint64 total) {
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
            m_progress->repaint();
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
    m_import->setFocus();
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
