#include "model/io/CsvWriter.h"

#include "model/core/PrivateSaveFile.h"

#include <QIODevice>
#include <QRegularExpression>

namespace
{
    /** A whole decimal number, signed or not: a spreadsheet reads it as a value, never as a formula. */
    bool isPlainNumber(const QString &field)
    {
        static const QRegularExpression number(
            QStringLiteral("\\A[-+]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:[eE][-+]?[0-9]+)?\\z"));
        return number.match(field).hasMatch();
    }

    bool needsQuotes(const QString &field)
    {
        if (field.isEmpty())
            return false;
        if (field.front().isSpace() || field.back().isSpace())
            return true;
        for (const QChar c : field) {
            const char16_t u = c.unicode();
            if (u == u',' || u == u'"' || u == u'\n' || u == u'\r')
                return true;
        }
        return false;
    }
} // namespace

CsvWriter::CsvWriter(QIODevice *device, LineEnding lineEnding)
    : m_device(device)
    , m_lineEnding(lineEnding)
{
    m_buffer.reserve(FlushBytes + 4096);
}

CsvWriter::~CsvWriter()
{
    // A caller that skipped finish() still gets its data; errors are only reported through finish().
    if (!m_failed && !m_buffer.isEmpty())
        m_device->write(m_buffer);
}

bool CsvWriter::startsLikeAFormula(const QString &field)
{
    if (field.isEmpty())
        return false;
    switch (field.front().unicode()) {
    case u'=':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    case u'+':
    case u'-':
        return !isPlainNumber(field);
    default:
        return false;
    }
}

QString CsvWriter::defused(const QString &field)
{
    if (!startsLikeAFormula(field))
        return field;
    return QLatin1Char('\'') + field;
}

void CsvWriter::appendField(QByteArray &out, const QString &rawField)
{
    // Every writer comes through here, so no cell from a bundle, feed or person can reach a spreadsheet
    // as a formula (CSV injection: "=cmd|' /C calc'!A0", "@SUM(1+1)").
    const QString field = defused(rawField);
    if (!needsQuotes(field)) {
        out.append(field.toUtf8());
        return;
    }
    const QByteArray utf8 = field.toUtf8();
    out.append('"');
    qsizetype from = 0;
    for (qsizetype quote = utf8.indexOf('"'); quote >= 0; quote = utf8.indexOf('"', from)) {
        out.append(QByteArrayView(utf8).sliced(from, quote + 1 - from));
        out.append('"');
        from = quote + 1;
    }
    out.append(QByteArrayView(utf8).sliced(from));
    out.append('"');
}

QByteArray CsvWriter::formatRecord(const QStringList &fields, LineEnding lineEnding)
{
    QByteArray out;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(',');
        appendField(out, fields.at(i));
    }
    out.append(lineEnding == LineEnding::CrLf ? QByteArrayView("\r\n") : QByteArrayView("\n"));
    return out;
}

Status CsvWriter::writeRecord(const QStringList &fields)
{
    if (m_failed)
        return Error{ErrorCode::Io, tr("The file could not be written: %1").arg(m_device->errorString())};
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendField(m_buffer, fields.at(i));
    }
    m_buffer.append(m_lineEnding == LineEnding::CrLf ? QByteArrayView("\r\n") : QByteArrayView("\n"));
    if (m_buffer.size() >= FlushBytes)
        return finish();
    return {};
}

Status CsvWriter::finish()
{
    if (!m_failed && !m_buffer.isEmpty()) {
        if (m_device->write(m_buffer) != m_buffer.size())
            m_failed = true;
        m_buffer.clear();
    }
    if (m_failed)
        return Error{ErrorCode::Io, tr("The file could not be written: %1").arg(m_device->errorString())};
    return {};
}

Status CsvWriter::writeTable(QIODevice *device,
                             const QStringList &header,
                             qsizetype count,
                             const std::function<QStringList(qsizetype)> &fieldsOf)
{
    CsvWriter writer(device);
    if (Status s = writer.writeRecord(header); !s)
        return s;
    for (qsizetype i = 0; i < count; ++i) {
        if (Status s = writer.writeRecord(fieldsOf(i)); !s)
            return s;
    }
    return writer.finish();
}

Status CsvWriter::saveFile(const QString &path, const std::function<Status(QIODevice *)> &write)
{
    PrivateSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    if (Status s = write(&file); !s)
        return s;
    if (!file.commit())
        return Error{ErrorCode::Io, tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}
