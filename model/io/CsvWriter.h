#pragma once

#include "model/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QIODevice;

/**
 * RFC 4180 writer: UTF-8, no BOM, comma-separated. A field is quoted only when it holds a comma, a
 * quote, a line break or leading/trailing spaces; quotes inside are doubled. Output is buffered, so
 * call finish() (and then QSaveFile::commit()) to flush the last records and see write errors.
 *
 * Cells are defused against formula injection: a cell starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is written with a leading apostrophe, so a spreadsheet shows it as text and runs
 * nothing. A cell that is wholly a decimal number (`-3.18`, `+5`) is left as it is: it computes nothing,
 * and our own readers must read negative longitudes and amounts back as numbers.
 */
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    enum class LineEnding
    {
        Lf,
        CrLf,
    };

    explicit CsvWriter(QIODevice *device, LineEnding lineEnding = LineEnding::Lf);
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    Status writeRecord(const QStringList &fields);
    /** Writes what is buffered to the device. */
    Status finish();

    /** True when a spreadsheet could take `field` for a formula. */
    static bool startsLikeAFormula(const QString &field);
    /** `field` with a leading apostrophe when it starts like a formula, else unchanged. */
    static QString defused(const QString &field);
    /** Appends one field to `out`, defused and quoted when needed. */
    static void appendField(QByteArray &out, const QString &field);
    /** One record with its line ending, as the writer would produce it. */
    static QByteArray formatRecord(const QStringList &fields, LineEnding lineEnding = LineEnding::Lf);

    /** A header line, then one record per row: `fieldsOf(i)` for i from 0 to count - 1. */
    static Status writeTable(QIODevice *device,
                             const QStringList &header,
                             qsizetype count,
                             const std::function<QStringList(qsizetype)> &fieldsOf);
    /**
     * Writes `path` through PrivateSaveFile, so the file appears whole or not at all and is 0600: exports may
     * name people, so every CSV Waymark writes is private to the user, even over an existing file.
     */
    static Status saveFile(const QString &path, const std::function<Status(QIODevice *)> &write);

private:
    static constexpr qsizetype FlushBytes = 1 << 20;

    QIODevice *m_device;
    LineEnding m_lineEnding;
    QByteArray m_buffer;
    bool m_failed = false;
};
