#include "ui/shell/LeafletDialog.h"

#include "ui/render/DocumentRenderer.h"
#include "ui/widgets/DialogSizer.h"
#include "ui/widgets/FileDialog.h"
#include "ui/widgets/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

LeafletDialog::LeafletDialog(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_languageChoice(new QComboBox(this))
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("leafletDialog"));
    setWindowTitle(tr("Leaflet for the person"));

    m_languageChoice->setObjectName(QStringLiteral("leafletLanguage"));
    // Each language named in itself, as a person choosing it would look for it.
    m_languageChoice->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_languageChoice->addItem(QStringLiteral("Cymraeg"), QStringLiteral("cy"));
    auto *languageLabel = new QLabel(tr("&Language of the leaflet"), this);
    languageLabel->setBuddy(m_languageChoice);
    m_text->setObjectName(QStringLiteral("leafletText"));
    m_text->setOpenLinks(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printButton"));
    auto *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    connect(print, &QPushButton::clicked, this, &LeafletDialog::print);
    connect(pdf, &QPushButton::clicked, this, &LeafletDialog::askAndSavePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_languageChoice, &QComboBox::currentIndexChanged, this, [this] {
        setLanguage(m_languageChoice->currentData().toString());
    });

    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(languageLabel);
    languageRow->addWidget(m_languageChoice);
    languageRow->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(languageRow);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    setTabOrder(m_text, m_languageChoice);

    setLanguage(language);
    DialogSizer::fitToText(this, 60);
    resize(DialogSizer::charactersWide(this, 80), 520);
    m_text->setFocus(Qt::OtherFocusReason);
}

void LeafletDialog::setLanguage(const QString &language)
{
    m_leaflet = PersonLeaflet::build(language);
    const int index = m_languageChoice->findData(m_leaflet.language());
    if (index != m_languageChoice->currentIndex()) {
        const QSignalBlocker quiet(m_languageChoice);
        m_languageChoice->setCurrentIndex(index);
    }
    m_text->setAccessibleName(m_leaflet.title());
    m_text->setHtml(m_leaflet.toHtml());
}

void LeafletDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(m_leaflet.title());
    // On the heap and watched: locking closes this dialog while the print dialog is open.
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, this);
    const int answer = dialog->exec();
    if (!dialog)
        return;
    delete dialog.data();
    if (answer == QDialog::Accepted)
        DocumentRenderer::print(m_leaflet.toHtml(), &printer);
}

void LeafletDialog::askAndSavePdf()
{
    QString fileName = FileDialog::saveFileName(this,
                                                tr("Save the leaflet as a PDF"),
                                                QDir::home().filePath(m_leaflet.title() + QStringLiteral(".pdf")),
                                                tr("PDF documents (*.pdf)"));
    if (fileName.isEmpty())
        return;
    if (!fileName.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        fileName += QStringLiteral(".pdf");
    saveAsPdf(fileName);
}

bool LeafletDialog::saveAsPdf(const QString &path)
{
    if (Status s = DocumentRenderer::writePdf(m_leaflet.toHtml(), m_leaflet.title(), path); !s) {
        MessageBox::warning(this, tr("The PDF was not saved"), s.error().message);
        return false;
    }
    return true;
}
