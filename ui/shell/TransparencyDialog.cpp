#include "ui/shell/TransparencyDialog.h"

#include "ui/widgets/DialogSizer.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

TransparencyDialog::TransparencyDialog(TransparencyRecord record, QWidget *parent)
    : QDialog(parent)
    , m_record(std::move(record))
    , m_text(new QTextBrowser(this))
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
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
