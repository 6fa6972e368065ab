#include "ui/sync/QuarantineDialog.h"

#include "model/bundles/BundleFile.h"
#include "model/bundles/QuarantineStore.h"
#include "model/vault/Vault.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

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
    , m_view(new QTreeWidget(this))
    , m_details(new QPlainTextEdit(this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_empty(new QLabel(tr("Nothing has been set aside."), this))
    , m_status(new QLabel(this))
    , m_export(new QPushButton(tr("&Export for the sender…"), this))
{
    setObjectName(QStringLiteral("quarantineDialog"));
    setWindowTitle(tr("Quarantine"));
    resize(900, 480);

    m_view->setObjectName(QStringLiteral("quarantineView"));
    m_view->setAccessibleName(tr("Items set aside from imported bundles"));
    m_view->setColumnCount(ColumnCount);
    m_view->setHeaderLabels({tr("Received"), tr("Kind"), tr("From"), tr("Item"), tr("Reason")});
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);

    m_details->setObjectName(QStringLiteral("quarantineDetails"));
    m_details->setAccessibleName(tr("What the selected item held"));
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Select an item to see what it held."));

    m_splitter->setObjectName(QStringLiteral("quarantineSplitter"));
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    m_empty->setObjectName(QStringLiteral("emptyStateLabel"));
    m_empty->setAccessibleName(m_empty->text());
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_status->setObjectName(QStringLiteral("quarantineStatus"));
    m_status->setWordWrap(true);

    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setAccessibleName(tr("Export the items set aside for the sender"));
    m_export->setToolTip(tr("Save every item set aside as a CSV file to send back to whoever published it."));

    auto *intro = new QLabel(tr("These items came in signed bundles from trusted senders but failed the checks, so "
                                "they were set aside instead of being used. Tell the sender what was wrong."),
                             this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &QuarantineDialog::showSelected);
    connect(m_export, &QPushButton::clicked, this, &QuarantineDialog::exportForSender);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

void QuarantineDialog::reload()
{
    m_view->clear();
    m_details->clear();
    auto items = m_store.list();
    if (!items) {
        m_status->setText(QStringLiteral("⚠ ") + items.error().message);
        m_status->setAccessibleName(items.error().message);
        m_splitter->setVisible(false);
        m_empty->setVisible(false);
        m_export->setEnabled(false);
        return;
    }
    for (const QuarantinedItem &entry : items.value()) {
        auto *row = new QTreeWidgetItem(m_view);
        row->setText(ReceivedColumn, receivedText(entry.receivedAt));
        row->setText(KindColumn, kindName(entry.kind));
        row->setText(FromColumn, entry.publisher);
        row->setText(ItemColumn, entry.item);
        row->setText(ReasonColumn, entry.reason);
        row->setToolTip(ReasonColumn, entry.reason);
        row->setData(ReceivedColumn, ContentRole, QString::fromUtf8(entry.content));
    }
    for (int column = 0; column < ReasonColumn; ++column)
        m_view->resizeColumnToContents(column);
    const bool empty = items->isEmpty();
    m_splitter->setVisible(!empty);
    m_empty->setVisible(empty);
    m_export->setEnabled(!empty);
    m_status->setText(empty ? QString() : tr("%n item(s) set aside.", nullptr, int(items->size())));
    m_status->setAccessibleName(m_status->text());
    if (!empty)
        m_view->setCurrentItem(m_view->topLevelItem(0));
}

void QuarantineDialog::showSelected()
{
    const QList<QTreeWidgetItem *> selected = m_view->selectedItems();
    m_details->setPlainText(selected.isEmpty() ? QString()
                                               : selected.first()->data(ReceivedColumn, ContentRole).toString());
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
    m_status->setText(tr("Saved to %1. It is not encrypted: send it to the sender, then delete it.").arg(path));
    m_status->setAccessibleName(m_status->text());
}
