#pragma once

#include "model/core/Result.h"
#include "model/io/RowProblems.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <optional>

class QIODevice;

/** Bounds that keep a hostile file from exhausting memory; each one exceeded is a read error. */
struct CsvLimits
{
    qsizetype maxFieldBytes = 1 << 20;
    qsizetype maxRecordBytes = 16 << 20;
    int maxFieldsPerRecord = 4096;
    qint64 maxRecords = 5'000'000;
};

/** One record of a CSV file, with the physical line (from 1) where it starts. */
struct CsvRecord
{
    qint64 line = 0;
    QStringList fields;

    /** The field in `column`, or an empty string when the column is absent (index -1) or out of range. */
    QString value(int column) const { return column >= 0 && column < fields.size() ? fields.at(column) : QString(); }
};

/**
 * Streaming RFC 4180 reader over a QIODevice: UTF-8 (a leading BOM is skipped), CRLF or LF line
 * ends, quoted fields holding commas, doubled quotes and line breaks. Blank lines between records
 * are skipped.
 *
 * Input is read in chunks into a byte buffer and each field is decoded once, so the cost is close
 * to one pass over the bytes. Memory is bounded by Limits, so a hostile file cannot exhaust it:
 * no field, record or record count may grow past them.
 *
 * Errors are ErrorCode::Invalid (malformed CSV or a limit), ErrorCode::Io or ErrorCode::Cancelled,
 * with a translated message that names the line; errorLine() gives the line to programs.
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    static constexpr qsizetype ChunkBytes = 1 << 20;

    using Limits = CsvLimits;

    /** Called after each chunk is read with the bytes read so far; return false to cancel. */
    using Progress = std::function<bool(qint64 bytesRead)>;

    explicit CsvReader(QIODevice *device, const Limits &limits = Limits());

    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /**
     * Reads the first record as the header: names are trimmed and matched case-sensitively. Fails
     * on an empty file, a name given twice, or when any of `requiredColumns` is missing (the message
     * names every missing column). Afterwards each record must have as many fields as the header.
     */
    Status readHeader(const QStringList &requiredColumns = {});
    const QStringList &header() const { return m_header; }
    /** Index of a header column, or -1 when the header lacks it. */
    int column(const QString &name) const { return m_columns.value(name, -1); }

    /** Reads the next record into `record`: true when one was read, false at the end of the input. */
    Result<bool> readRecord(CsvRecord &record);

    /**
     * A finite decimal number such as "37.5", "-1.25" or "2e3" (C locale, no thousands separators,
     * surrounding spaces ignored). Faster than QString::toDouble, which matters at 200,000 rows.
     */
    static std::optional<double> toNumber(QStringView text);

    qint64 bytesRead() const { return m_bytesRead; }
    /** Records returned so far, not counting the header. */
    qint64 recordCount() const { return m_records; }
    /** The line an error was reported at, or 0 when it was not about a line. */
    qint64 errorLine() const { return m_errorLine; }

private:
    struct Span
    {
        qsizetype begin;
        qsizetype end;
        bool escapedQuotes;
    };
    enum class Step
    {
        Record,
        NeedMore,
        End,
        Failed,
    };

    Step parse(bool atEof);
    Status fill();
    Error fail(qint64 line, const QString &message);
    Status decode(qint64 line, CsvRecord &record);

    QIODevice *m_device;
    Limits m_limits;
    Progress m_progress;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    bool m_atEof = false;
    bool m_bomChecked = false;
    qint64 m_bytesRead = 0;
    qint64 m_records = 0;
    qint64 m_errorLine = 0;
    qint64 m_recordLine = 0;
    Error m_parseError;
    QVector<Span> m_spans;
    QByteArray m_scratch;
    QStringList m_header;
    QHash<QString, int> m_columns;
    bool m_haveHeader = false;
};
