#include "model/io/PayloadArchive.h"

#include "model/core/DisplaySafe.h"

#include <QStringDecoder>

#include <boost/archive/basic_archive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/string.hpp>

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>

namespace
{
    const std::string EndMarker = "waymark-end";
    const QByteArray ArchiveSignature = QByteArrayLiteral("22 serialization::archive ");

    /**
     * The archive's header: Boost's fixed signature, then a library version no newer than ours. (When Boost
     * read it, it took the signature's length from the bytes before any of our bounds applied: our fuzzer
     * found "2200005999999999 serialization::archive" asking for petabytes.)
     */
    bool headerIsSafe(const QByteArray &bytes)
    {
        if (!bytes.startsWith(ArchiveSignature))
            return false;
        int end = int(ArchiveSignature.size());
        while (end < bytes.size() && end < ArchiveSignature.size() + 3 &&
               std::isdigit(static_cast<unsigned char>(bytes.at(end))))
            ++end;
        bool ok = false;
        const unsigned version = bytes.mid(ArchiveSignature.size(), end - ArchiveSignature.size()).toUInt(&ok);
        return ok && version <= boost::archive::BOOST_ARCHIVE_VERSION();
    }
} // namespace

struct PayloadWriter::Impl
{
    std::ostringstream stream;
    std::unique_ptr<boost::archive::text_oarchive> archive;
};

PayloadWriter::PayloadWriter(const QByteArray &schema)
    : d(std::make_unique<Impl>())
{
    d->archive = std::make_unique<boost::archive::text_oarchive>(d->stream);
    writeBytes(schema);
}

PayloadWriter::~PayloadWriter() = default;

void PayloadWriter::writeUInt(quint64 value)
{
    const std::uint64_t v = value;
    *d->archive << v;
}

void PayloadWriter::writeInt(qint64 value)
{
    const std::int64_t v = value;
    *d->archive << v;
}

void PayloadWriter::writeDouble(double value)
{
    *d->archive << value;
}

void PayloadWriter::writeBool(bool value)
{
    writeUInt(value ? 1 : 0);
}

void PayloadWriter::writeString(const QString &value)
{
    writeBytes(value.toUtf8());
}

void PayloadWriter::writeBytes(const QByteArray &value)
{
    // Boost's own text form for a string: its length, a space, then the bytes as they are. Readable by
    // Boost's loader; ours reads it with a bound on the length (see PayloadReader::readBytes).
    *d->archive << std::string(value.constData(), std::size_t(value.size()));
}

QByteArray PayloadWriter::finish()
{
    *d->archive << EndMarker;
    d->archive.reset(); // flushes the archive's trailer
    const std::string bytes = d->stream.str();
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

/**
 * The reader parses Boost's text format itself rather than through text_iarchive: the format is a
 * sequence of whitespace-separated decimal tokens and length-prefixed strings, and reading it by hand
 * from the payload in place is five times faster than an istringstream (which also copied the payload
 * whole) and leaves no length from the bytes unchecked. Tokens are strict: digits only for counts, an
 * optional minus for signed numbers, and a number in the C locale's form for doubles.
 */
struct PayloadReader::Impl
{
    QByteArray bytes;
    qsizetype pos = 0;

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\v' || c == '\f'; }
    /** The next run of non-space bytes, after any spaces; empty at the end. */
    std::string_view token()
    {
        const char *data = bytes.constData();
        const qsizetype size = bytes.size();
        while (pos < size && isSpace(data[pos]))
            ++pos;
        const qsizetype start = pos;
        while (pos < size && !isSpace(data[pos]))
            ++pos;
        return std::string_view(data + start, std::size_t(pos - start));
    }
    /** Parses the whole of `text` as a number, or fails. */
    template <typename Number>
    static std::optional<Number> number(std::string_view text)
    {
        Number value{};
        if (text.empty() || text.front() == '+')
            return std::nullopt;
        const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
        if (error != std::errc() || end != text.data() + text.size())
            return std::nullopt;
        return value;
    }
};

PayloadReader::PayloadReader(const QByteArray &bytes, const QByteArray &schema)
    : PayloadReader(bytes, QList<QByteArray>{schema})
{}

PayloadReader::PayloadReader(const QByteArray &bytes, const QList<QByteArray> &schemas)
    : d(std::make_unique<Impl>())
    , m_size(bytes.size())
{
    if (!headerIsSafe(bytes)) {
        fail(tr("not an archive this version can read"));
        return;
    }
    // headerIsSafe() has checked the signature and the library version; the items start after them.
    d->bytes = bytes;
    d->pos = ArchiveSignature.size();
    if (!Impl::number<unsigned>(d->token())) {
        fail(tr("not an archive this version can read"));
        return;
    }
    m_schema = readBytes(64);
    if (ok() && !schemas.contains(m_schema))
        fail(tr("the payload is not of the expected kind"));
}

PayloadReader::~PayloadReader() = default;

void PayloadReader::fail(const QString &why)
{
    if (m_failed.isEmpty())
        m_failed = why;
}

Error PayloadReader::error() const
{
    return {ErrorCode::BundlePayload,
            tr("The file's contents couldn't be read (%1). Nothing was changed; ask the sender to export it again.")
                .arg(m_failed)};
}

quint64 PayloadReader::readUInt()
{
    if (!ok())
        return 0;
    // from_chars takes digits only for an unsigned type: no sign, no spaces, no hexadecimal.
    const auto value = Impl::number<std::uint64_t>(d->token());
    if (!value) {
        fail(tr("a number is missing or malformed"));
        return 0;
    }
    return *value;
}

qint64 PayloadReader::readInt()
{
    if (!ok())
        return 0;
    const auto value = Impl::number<std::int64_t>(d->token());
    if (!value) {
        fail(tr("a number is missing or malformed"));
        return 0;
    }
    return *value;
}

double PayloadReader::readDouble()
{
    if (!ok())
        return 0;
    const auto value = Impl::number<double>(d->token());
    if (!value) {
        fail(tr("a number is missing or malformed"));
        return 0;
    }
    if (!std::isfinite(*value)) {
        fail(tr("a number is not finite"));
        return 0;
    }
    return *value;
}

bool PayloadReader::readBool()
{
    const quint64 value = readUInt();
    if (value > 1)
        fail(tr("a yes/no value is neither"));
    return value == 1;
}

QByteArrayView PayloadReader::readView(int maxBytes)
{
    // Boost's string form, "<length> <bytes>": the length is checked before anything is read or allocated.
    const quint64 size = readUInt();
    if (!ok())
        return {};
    // A length can never be more than the payload itself, whatever the caller allows.
    if (size > quint64(maxBytes) || size > quint64(m_size)) {
        fail(tr("a text is longer than allowed"));
        return {};
    }
    if (size == 0)
        return {};
    const qsizetype start = d->pos + 1;
    if (d->pos >= d->bytes.size() || d->bytes.at(d->pos) != ' ' || quint64(d->bytes.size() - start) < size) {
        fail(tr("a text is cut short"));
        return {};
    }
    d->pos = start + qsizetype(size);
    return QByteArrayView(d->bytes.constData() + start, qsizetype(size));
}

QString PayloadReader::readString(int maxBytes)
{
    return DisplaySafe::singleLine(readRawString(maxBytes));
}

QString PayloadReader::readText(int maxBytes)
{
    return DisplaySafe::multiLine(readRawString(maxBytes));
}

QString PayloadReader::readRawString(int maxBytes)
{
    const QByteArrayView utf8 = readView(maxBytes);
    // One pass, straight from the payload, that reports malformed UTF-8 (and keeps a leading byte-order
    // mark as text, so nothing is silently dropped).
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (ok() && decoder.hasError())
        fail(tr("a text is not valid UTF-8"));
    return text;
}

QByteArray PayloadReader::readBytes(int maxBytes)
{
    return readView(maxBytes).toByteArray();
}

quint64 PayloadReader::readCount(quint64 maximum)
{
    const quint64 count = readUInt();
    if (ok() && count > maximum) {
        fail(tr("it lists more items than allowed (%1, at most %2)").arg(count).arg(maximum));
        return 0;
    }
    // Every item takes at least one token and the space after it: a count the rest of the payload cannot hold
    // is refused here, before a caller reserves memory for it.
    if (ok() && count > quint64(remainingBytes()) / 2) {
        fail(tr("it lists more items (%1) than the rest of the payload can hold").arg(count));
        return 0;
    }
    return count;
}

qsizetype PayloadReader::remainingBytes() const
{
    return d->bytes.size() - d->pos;
}

Status PayloadReader::finish()
{
    if (ok()) {
        const QByteArrayView marker = readView(int(EndMarker.size()));
        if (!ok() || marker != QByteArrayView(EndMarker.data(), qsizetype(EndMarker.size())))
            m_failed = tr("the end of the payload is missing");
    }
    // Nothing but whitespace may follow: junk after a valid archive is refused.
    if (ok() && !d->token().empty())
        fail(tr("there are unexpected bytes after the end"));
    if (!ok())
        return error();
    return {};
}
