#pragma once

#include "model/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class PrivateSaveFile;
class QPagedPaintDevice;

/**
 * Renders a document's HTML (FormDocument) with QTextDocument: to a PDF on A4 with page numbers, or to
 * any paged device such as a QPrinter. Needs a QGuiApplication (the CLI runs under the offscreen
 * platform) because text layout needs fonts.
 */
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    /** The PDF's bytes, rendered in memory; `title` goes into the PDF's metadata. */
    static Result<QByteArray> pdf(const QString &html, const QString &title);
    /**
     * Renders in memory, then writes `path` atomically: on any failure (a folder that cannot be written
     * to, a full disk) no file, not even a partial one, is left and the error says which it was.
     */
    static Status writePdf(const QString &html, const QString &title, const QString &path);
    /**
     * Whether writePdf() could open `path`, with the same error when it could not; nothing is left behind. For
     * a caller that must not change the vault for a PDF that cannot be saved.
     */
    static Status checkWritable(const QString &path);
    /** Prints on `device` (a QPrinter from a print dialog, or a QPdfWriter), with its own page layout. */
    static void print(const QString &html, QPagedPaintDevice *device);

private:
    static Status open(PrivateSaveFile &file);
};
