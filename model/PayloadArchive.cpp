#include "model/PayloadArchive.h"

#include <QStringDecoder>

#include <boost/archive/archive_exception.hpp>
#include <boost/archive/basic_archive.hpp>
#include <boost/archive/text_iarchive.hpp>
#include <boost/archive/text_oarchive.hpp>
#include <boost/serialization/string.hpp>

#include <cmath>
#include <cstdint>
#include <sstream>
#include <string>

namespace
{
    const std::string EndMarker = "waymark-end";
    const QByteArray ArchiveSignature = QByteArrayLiteral("22 serialization::archive ");

    /**
     * Boost reads its own header string with a length taken from the bytes, before any of our bounds
     * apply (our fuzzer found "2200005999999999 serialization::archive" asking for petabytes). So the
     * header is checked here first: the fixed signature, then a library version no newer than ours.
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

struct PayloadReader::Impl
{
    std::istringstream stream;
    std::unique_ptr<boost::archive::text_iarchive> archive;
};

PayloadReader::PayloadReader(const QByteArray &bytes, const QByteArray &schema)
    : d(std::make_unique<Impl>())
    , m_size(bytes.size())
{
    if (!headerIsSafe(bytes)) {
        fail(tr("not an archive this version can read"));
        return;
    }
    d->stream.str(std::string(bytes.constData(), std::size_t(bytes.size())));
    try {
        // The archive header says which Boost library version wrote it; newer ones are refused here.
        d->archive = std::make_unique<boost::archive::text_iarchive>(d->stream);
    } catch (const boost::archive::archive_exception &) {
        fail(tr("not an archive this version can read"));
        return;
    } catch (const std::exception &) {
        fail(tr("not an archive this version can read"));
        return;
    }
    if (readBytes(64) != schema && ok())
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
    std::uint64_t value = 0;
    try {
        *d->archive >> value;
    } catch (const std::exception &) {
        fail(tr("a number is missing or malformed"));
        return 0;
    }
    return value;
}

qint64 PayloadReader::readInt()
{
    if (!ok())
        return 0;
    std::int64_t value = 0;
    try {
        *d->archive >> value;
    } catch (const std::exception &) {
        fail(tr("a number is missing or malformed"));
        return 0;
    }
    return value;
}

double PayloadReader::readDouble()
{
    if (!ok())
        return 0;
    double value = 0;
    try {
        *d->archive >> value;
    } catch (const std::exception &) {
        fail(tr("a number is missing or malformed"));
        return 0;
    }
    if (!std::isfinite(value)) {
        fail(tr("a number is not finite"));
        return 0;
    }
    return value;
}

bool PayloadReader::readBool()
{
    const quint64 value = readUInt();
    if (value > 1)
        fail(tr("a yes/no value is neither"));
    return value == 1;
}

QString PayloadReader::readString(int maxBytes)
{
    const QByteArray utf8 = readBytes(maxBytes);
    // One pass that reports malformed UTF-8 (and keeps a leading byte-order mark as text, so nothing is
    // silently dropped).
    QStringDecoder decoder(QStringConverter::Utf8,
                           QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    QString text = decoder.decode(utf8);
    if (ok() && decoder.hasError())
        fail(tr("a text is not valid UTF-8"));
    return text;
}

QByteArray PayloadReader::readBytes(int maxBytes)
{
    // Boost's string form, "<length> <bytes>", read here so that the length is checked before anything
    // is allocated: Boost's loader would resize to whatever length the bytes claim.
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
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    if (d->stream.get() != ' ' || !d->stream.read(bytes.data(), std::streamsize(size)) ||
        d->stream.gcount() != std::streamsize(size)) {
        fail(tr("a text is cut short"));
        return {};
    }
    return bytes;
}

quint64 PayloadReader::readCount(quint64 maximum)
{
    const quint64 count = readUInt();
    if (ok() && count > maximum) {
        fail(tr("it lists more items than allowed (%1, at most %2)").arg(count).arg(maximum));
        return 0;
    }
    return count;
}

Status PayloadReader::finish()
{
    if (ok()) {
        std::string marker;
        try {
            // The marker is ours, so its length is known: read it without trusting a length from the bytes.
            std::uint64_t length = 0;
            d->stream >> length;
            if (length != EndMarker.size())
                fail(tr("the end of the payload is missing"));
            else {
                marker.resize(EndMarker.size());
                d->stream.get(); // the single space before the characters
                d->stream.read(marker.data(), std::streamsize(marker.size()));
                if (marker != EndMarker)
                    fail(tr("the end of the payload is missing"));
            }
        } catch (const std::exception &) {
            fail(tr("the end of the payload is missing"));
        }
    }
    if (ok()) {
        // Nothing but whitespace may follow: junk after a valid archive is refused.
        char c = 0;
        while (d->stream.get(c)) {
            if (!std::isspace(static_cast<unsigned char>(c))) {
                fail(tr("there are unexpected bytes after the end"));
                break;
            }
        }
    }
    if (!ok())
        return error();
    return {};
}
