#include "ui/sync/QuarantineDialog.h"

#include "ui_QuarantineDialog.h"

#include "model/bundles/BundleFile.h"
#include "model/bundles/QuarantineStore.h"
#include "model/vault/Vault.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>

namespace
{
    enum Column
    {
        ReceivedColumn,
        KindColumn,
        FromColumn,
        ItemColumn,
        ReasonColumn,
        ColumnCount,
    };

    constexpr int ContentRole = Qt::UserRole + 1;

    QString kindName(const QString &key)
    {
        if (const auto kind = BundleKinds::fromKey(key))
            return BundleKinds::displayName(*kind);
        return key;
    }

    QString receivedText(const QString &iso)
    {
        const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
        return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : iso;
    }
} // namespace

QuarantineDialog::QuarantineDialog(QuarantineStore &store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_ui(std::make_unique<Ui::QuarantineDialog>())
{
    m_ui->setupUi(this);
    DialogSizer::fitToText(this, 70);
    // Designer cannot set a splitter's stretch factors: the list gets the room, the details a strip below it.
    m_ui->quarantineSplitter->setStretchFactor(0, 3);
    m_ui->quarantineSplitter->setStretchFactor(1, 1);

    // Added in code: a custom word in the button box, with the objectName tests press it by.
    m_export = m_ui->buttonBox->addButton(tr("&Export for the sender…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the items set aside for the sender"));
    m_export->setToolTip(tr("Save every item set aside as a CSV file to send back to whoever published it."));
    m_ui->buttonBox->addButton(tr("Close"), QDialogButtonBox::RejectRole);

    connect(m_ui->quarantineView, &QTreeWidget::itemSelectionChanged, this, &QuarantineDialog::showSelected);
    connect(m_export, &QPushButton::clicked, this, &QuarantineDialog::exportForSender);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

QuarantineDialog::~QuarantineDialog() = default;

void QuarantineDialog::reload()
{
    m_ui->quarantineView->clear();
    m_ui->quarantineDetails->clear();
    auto items = m_store.list();
    if (!items) {
        m_ui->quarantineStatus->setText(QStringLiteral("⚠ ") + items.error().message);
        m_ui->quarantineStatus->setAccessibleName(items.error().message);
        m_ui->quarantineSplitter->setVisible(false);
        m_ui->emptyStateLabel->setVisible(false);
        m_export->setEnabled(false);
        return;
    }
    for (const QuarantinedItem &entry : items.value()) {
        auto *row = new QTreeWidgetItem(m_ui->quarantineView);
        row->setText(ReceivedColumn, receivedText(entry.receivedAt));
        row->setText(KindColumn, kindName(entry.kind));
        row->setText(FromColumn, entry.publisher);
        row->setText(ItemColumn, entry.item);
        row->setText(ReasonColumn, entry.reason);
        row->setToolTip(ReasonColumn, entry.reason);
        row->setData(ReceivedColumn, ContentRole, QString::fromUtf8(entry.content));
    }
    for (int column = 0; column < ReasonColumn; ++column)
        m_ui->quarantineView->resizeColumnToContents(column);
    const bool empty = items->isEmpty();
    m_ui->quarantineSplitter->setVisible(!empty);
    m_ui->emptyStateLabel->setVisible(empty);
    m_export->setEnabled(!empty);
    m_ui->quarantineStatus->setText(empty ? QString() : tr("%n item(s) set aside.", nullptr, int(items->size())));
    m_ui->quarantineStatus->setAccessibleName(m_ui->quarantineStatus->text());
    if (!empty)
        m_ui->quarantineView->setCurrentItem(m_ui->quarantineView->topLevelItem(0));
}

void QuarantineDialog::showSelected()
{
    const QList<QTreeWidgetItem *> selected = m_ui->quarantineView->selectedItems();
    if (selected.isEmpty()) {
        m_ui->quarantineDetails->clear();
        return;
    }
    // Each value with its label: on its own, a line of the sender's data did not say what it was.
    const QTreeWidgetItem *row = selected.first();
    const QStringList lines{tr("Received: %1").arg(row->text(ReceivedColumn)),
                            tr("Kind: %1").arg(row->text(KindColumn)),
                            tr("From: %1").arg(row->text(FromColumn)),
                            tr("Item: %1").arg(row->text(ItemColumn)),
                            tr("Why it was set aside: %1").arg(row->text(ReasonColumn)),
                            tr("What it held:"),
                            row->data(ReceivedColumn, ContentRole).toString()};
    m_ui->quarantineDetails->setPlainText(lines.join(QLatin1Char('\n')));
}

void QuarantineDialog::exportForSender()
{
    const QString path =
        FileDialog::saveFileName(this, tr("Export for the sender"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (MessageBox::question(this,
                             tr("Export for the sender"),
                             tr("The file will leave this vault's encrypted store and anyone who has it can read "
                                "it. Send it only to the sender, then delete it. Save it?")) != QMessageBox::Yes)
        return;
    if (const Status status = m_store.exportCsv(path); !status) {
        MessageBox::warning(this, tr("Export for the sender"), status.error().message);
        return;
    }
    m_ui->quarantineStatus->setText(
        tr("Saved to %1. It is not encrypted: send it to the sender, then delete it.").arg(path));
    m_ui->quarantineStatus->setAccessibleName(m_ui->quarantineStatus->text());
}
