#include "ui/shell/FairnessReportDialog.h"

#include "ui/widgets/DialogSizer.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

FairnessReportDialog::FairnessReportDialog(FairnessReport report, QWidget *parent)
    : QDialog(parent)
    , m_report(std::move(report))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("fairnessReportDialog"));
    setWindowTitle(tr("Fairness check"));
    m_text->setObjectName(QStringLiteral("fairnessReportText"));
    m_text->setAccessibleName(tr("Fairness check report"));
    m_text->setOpenLinks(false);
    m_text->setPlainText(m_report.toText());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyButton"));
    copy->setToolTip(tr("Copy the whole report as plain text."));
    connect(copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_report.toText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 90), 480);
    m_text->setFocus(Qt::OtherFocusReason);
}
