#include "ui/render/DocumentRenderer.h"

#include "model/core/PrivateSaveFile.h"

#include <QBuffer>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>

namespace
{
    // Printer resolution: enough for crisp text, and much smaller files than QPdfWriter's 1200 dpi default.
    constexpr int Resolution = 300;
    // On top of the 2 cm QTextDocument::print() keeps free (it puts the page number in that margin).
    constexpr qreal ExtraMarginMm = 5;
    // In device dots (300 per inch): far too small to see, but enough to turn ligatures off (see print()).
    constexpr qreal LetterSpacing = 0.1;
} // namespace

void DocumentRenderer::print(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument document;
    document.setHtml(html);
    // Any letter spacing turns off ligatures, so "ff" (a letter of its own in Welsh) and "fi" stay plain
    // letters that copy, search and read aloud from the PDF as typed; with ligatures "ffurflen" is
    // extracted as "ﬀurﬂen".
    QTextCursor everything(&document);
    everything.select(QTextCursor::Document);
    QTextCharFormat spacing;
    spacing.setFontLetterSpacingType(QFont::AbsoluteSpacing);
    spacing.setFontLetterSpacing(LetterSpacing);
    everything.mergeCharFormat(spacing);
    // No page size is set on purpose: print() then lays the document out on the device's page with
    // 2 cm margins and numbers the pages.
    document.print(device);
}

Result<QByteArray> DocumentRenderer::pdf(const QString &html, const QString &title)
{
    // Without a GUI application there are no fonts, and QTextDocument would abort the process.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::Internal, tr("PDF output needs the graphical platform, which has not been started.")};
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(Resolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4),
                                         QPageLayout::Portrait,
                                         QMarginsF(ExtraMarginMm, ExtraMarginMm, ExtraMarginMm, ExtraMarginMm),
                                         QPageLayout::Millimeter));
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Waymark"));
        print(html, &writer);
    }
    if (!bytes.startsWith("%PDF"))
        return Error{ErrorCode::Internal, tr("The PDF could not be made.")};
    return bytes;
}

Status DocumentRenderer::open(PrivateSaveFile &file)
{
    if (file.open(QIODevice::WriteOnly))
        return {};
    return Error{ErrorCode::Io,
                 tr("The PDF could not be saved as %1: the folder cannot be written to (%2).")
                     .arg(file.fileName(), file.errorString())};
}

Status DocumentRenderer::checkWritable(const QString &path)
{
    PrivateSaveFile file(path);
    Status opened = open(file);
    if (opened)
        file.cancelWriting();
    return opened;
}

Status DocumentRenderer::writePdf(const QString &html, const QString &title, const QString &path)
{
    auto bytes = pdf(html, title);
    if (!bytes)
        return bytes.error();
    // QSaveFile writes beside the target and renames on commit, so a failure leaves no partial PDF.
    PrivateSaveFile file(path);
    if (Status opened = open(file); !opened)
        return opened;
    file.write(bytes.value());
    if (!file.commit()) {
        if (file.error() == QFileDevice::ResourceError)
            return Error{ErrorCode::DiskFull, tr("The PDF could not be saved as %1: the disk is full.").arg(path)};
        return Error{ErrorCode::Io, tr("The PDF could not be saved as %1: %2").arg(path, file.errorString())};
    }
    return {};
}
