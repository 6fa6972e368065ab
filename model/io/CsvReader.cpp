#include "model/io/CsvReader.h"

#include <QByteArrayView>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace
{
    QString mebibytes(qint64 bytes)
    {
        return QString::number(double(bytes) / double(1 << 20), 'g', 3);
    }
} // namespace

CsvReader::CsvReader(QIODevice *device, const Limits &limits)
    : m_device(device)
    , m_limits(limits)
{
    m_spans.reserve(64);
}

Error CsvReader::fail(qint64 line, const QString &message)
{
    m_errorLine = line;
    return Error{ErrorCode::Invalid, message};
}

Status CsvReader::fill()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    // Growing by at least the bytes already held keeps re-parsing a long record amortised linear.
    const qsizetype want = std::max(ChunkBytes, m_buffer.size());
    const qsizetype held = m_buffer.size();
    m_buffer.resize(held + want);
    const qint64 got = m_device->read(m_buffer.data() + held, want);
    if (got < 0) {
        m_buffer.resize(held);
        return Error{ErrorCode::Io, tr("The file could not be read: %1").arg(m_device->errorString())};
    }
    m_buffer.resize(held + qsizetype(got));
    if (got == 0)
        m_atEof = true;
    m_bytesRead += got;
    if (m_progress && !m_progress(m_bytesRead))
        return Error{ErrorCode::Cancelled, tr("Reading the file was cancelled.")};
    return {};
}

CsvReader::Step CsvReader::parse(bool atEof)
{
    const char *data = m_buffer.constData();
    const qsizetype n = m_buffer.size();
    qsizetype i = m_pos;

    if (!m_bomChecked) {
        if (n - i < 3 && !atEof)
            return Step::NeedMore;
        if (n - i >= 3 && std::memcmp(data + i, "\xEF\xBB\xBF", 3) == 0)
            m_pos = i = i + 3;
        m_bomChecked = true;
    }

    qint64 line = m_line;
    // Blank lines are whole lines, so skipping them is committed at once.
    for (;;) {
        if (i >= n)
            return atEof ? Step::End : Step::NeedMore;
        if (data[i] == '\n') {
            ++i;
        } else if (data[i] == '\r') {
            if (i + 1 >= n && !atEof)
                return Step::NeedMore;
            ++i;
            if (i < n && data[i] == '\n')
                ++i;
        } else {
            break;
        }
        m_pos = i;
        m_line = ++line;
    }

    const qint64 startLine = line;
    m_spans.clear();
    const auto tooLarge = [&](qsizetype bytes) {
        if (bytes <= m_limits.maxFieldBytes)
            return false;
        m_parseError = fail(startLine,
                            tr("Line %1: field %2 is larger than %3 MiB, the most this reader accepts.")
                                .arg(startLine)
                                .arg(m_spans.size() + 1)
                                .arg(mebibytes(m_limits.maxFieldBytes)));
        return true;
    };

    for (;;) {
        if (m_spans.size() >= m_limits.maxFieldsPerRecord) {
            m_parseError = fail(
                startLine,
                tr("Line %1: the record has more than %2 fields.").arg(startLine).arg(m_limits.maxFieldsPerRecord));
            return Step::Failed;
        }
        if (i < n && data[i] == '"') {
            const qint64 quoteLine = line;
            const qsizetype begin = ++i;
            bool escaped = false;
            qsizetype end = 0;
            for (;;) {
                const void *hit = std::memchr(data + i, '"', size_t(n - i));
                const qsizetype quote = hit ? static_cast<const char *>(hit) - data : n;
                line += std::count(data + i, data + quote, '\n');
                if (!hit) {
                    if (tooLarge(n - begin))
                        return Step::Failed;
                    if (!atEof)
                        return Step::NeedMore;
                    m_parseError =
                        fail(quoteLine,
                             tr("Line %1: a quoted field is not closed: the file ends before its closing quote.")
                                 .arg(quoteLine));
                    return Step::Failed;
                }
                if (quote + 1 >= n && !atEof)
                    return Step::NeedMore;
                if (quote + 1 < n && data[quote + 1] == '"') {
                    escaped = true;
                    i = quote + 2;
                    continue;
                }
                end = quote;
                i = quote + 1;
                break;
            }
            if (tooLarge(end - begin))
                return Step::Failed;
            m_spans.append(Span{begin, end, escaped});
            if (i >= n) {
                if (!atEof)
                    return Step::NeedMore;
                break;
            }
            const char c = data[i];
            if (c == ',') {
                ++i;
                continue;
            }
            if (c == '\n' || c == '\r')
                break;
            m_parseError = fail(line,
                                tr("Line %1: field %2 has characters after its closing quote. A quote inside a "
                                   "quoted field must be doubled (\"\").")
                                    .arg(line)
                                    .arg(m_spans.size()));
            return Step::Failed;
        }

        const qsizetype begin = i;
        while (i < n) {
            const char c = data[i];
            if (c == ',' || c == '\n' || c == '\r' || c == '"')
                break;
            ++i;
        }
        if (tooLarge(i - begin))
            return Step::Failed;
        if (i >= n) {
            if (!atEof)
                return Step::NeedMore;
            m_spans.append(Span{begin, i, false});
            break;
        }
        if (data[i] == '"') {
            m_parseError = fail(line,
                                tr("Line %1: field %2 has a quote but does not start with one. Put the whole field "
                                   "in quotes and double the quotes inside it.")
                                    .arg(line)
                                    .arg(m_spans.size() + 1));
            return Step::Failed;
        }
        m_spans.append(Span{begin, i, false});
        if (data[i] == ',') {
            ++i;
            continue;
        }
        break;
    }

    if (i < n) {
        if (data[i] == '\r') {
            if (i + 1 >= n && !atEof)
                return Step::NeedMore;
            ++i;
            if (i < n && data[i] == '\n')
                ++i;
        } else {
            ++i; // '\n'
        }
        ++line;
    }
    m_pos = i;
    m_line = line;
    m_recordLine = startLine;
    return Step::Record;
}

Status CsvReader::decode(qint64 line, CsvRecord &record)
{
    const char *data = m_buffer.constData();
    record.line = line;
    record.fields.clear();
    record.fields.reserve(m_spans.size());
    for (qsizetype f = 0; f < m_spans.size(); ++f) {
        const Span &span = m_spans.at(f);
        QByteArrayView bytes(data + span.begin, span.end - span.begin);
        if (span.escapedQuotes) {
            m_scratch.clear();
            m_scratch.reserve(bytes.size());
            qsizetype from = 0;
            while (from < bytes.size()) {
                qsizetype quote = bytes.indexOf('"', from);
                if (quote < 0)
                    quote = bytes.size();
                else
                    ++quote; // keep one quote of the doubled pair
                m_scratch.append(bytes.sliced(from, quote - from));
                from = quote + 1;
            }
            bytes = m_scratch;
        }
        if (!bytes.isValidUtf8())
            return fail(line, tr("Line %1: field %2 is not valid UTF-8 text.").arg(line).arg(f + 1));
        record.fields.append(QString::fromUtf8(bytes));
    }
    return {};
}

Result<bool> CsvReader::readRecord(CsvRecord &record)
{
    for (;;) {
        switch (parse(m_atEof)) {
        case Step::Record: {
            if (m_haveHeader && m_spans.size() != m_header.size())
                return fail(m_recordLine,
                            tr("Line %1: this record has %2 fields but the header has %3.")
                                .arg(m_recordLine)
                                .arg(m_spans.size())
                                .arg(m_header.size()));
            if (m_haveHeader && m_records >= m_limits.maxRecords)
                return fail(m_recordLine,
                            tr("Line %1: the file has more than %2 records, the most this reader accepts.")
                                .arg(m_recordLine)
                                .arg(m_limits.maxRecords));
            if (Status decoded = decode(m_recordLine, record); !decoded)
                return decoded.error();
            if (m_haveHeader)
                ++m_records;
            return true;
        }
        case Step::End:
            return false;
        case Step::Failed:
            return m_parseError;
        case Step::NeedMore:
            break;
        }
        if (m_buffer.size() - m_pos > m_limits.maxRecordBytes)
            return fail(m_line,
                        tr("Line %1: the record is larger than %2 MiB, the most this reader accepts.")
                            .arg(m_line)
                            .arg(mebibytes(m_limits.maxRecordBytes)));
        if (Status filled = fill(); !filled)
            return filled.error();
    }
}

Status CsvReader::readHeader(const QStringList &requiredColumns)
{
    CsvRecord record;
    Result<bool> got = readRecord(record);
    if (!got)
        return got.error();
    if (!got.value()) {
        m_errorLine = 0;
        if (requiredColumns.isEmpty())
            return Error{ErrorCode::Invalid, tr("The file is empty: it should start with a header row.")};
        return Error{ErrorCode::Invalid,
                     tr("The file is empty: it should start with a header row naming the columns %1.")
                         .arg(requiredColumns.join(QStringLiteral(", ")))};
    }
    m_header.clear();
    m_columns.clear();
    for (qsizetype c = 0; c < record.fields.size(); ++c) {
        const QString name = record.fields.at(c).trimmed();
        if (!name.isEmpty() && m_columns.contains(name))
            return fail(record.line,
                        tr("Line %1: the header names the column “%2” more than once.").arg(record.line).arg(name));
        m_header.append(name);
        if (!name.isEmpty())
            m_columns.insert(name, int(c));
    }
    QStringList missing;
    for (const QString &name : requiredColumns) {
        if (!m_columns.contains(name))
            missing.append(name);
    }
    if (missing.size() == 1)
        return fail(record.line,
                    tr("Line %1: the header lacks the required column “%2”.").arg(record.line).arg(missing.first()));
    if (!missing.isEmpty())
        return fail(record.line,
                    tr("Line %1: the header lacks the required columns %2.")
                        .arg(record.line)
                        .arg(missing.join(QStringLiteral(", "))));
    m_haveHeader = true;
    return {};
}

std::optional<double> CsvReader::toNumber(QStringView text)
{
    text = text.trimmed();
    constexpr qsizetype Longest = 64;
    if (text.isEmpty() || text.size() > Longest)
        return std::nullopt;
    char ascii[Longest];
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c > 0x7f)
            return std::nullopt;
        ascii[i] = char(c);
    }
    double value = 0;
    const char *end = ascii + text.size();
    const auto [stop, error] = std::from_chars(ascii, end, value, std::chars_format::general);
    if (error != std::errc() || stop != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}
