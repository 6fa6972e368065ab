// libFuzzer target: any bytes as a CSV file, read three ways: the bare reader record by record, the vacancy feed
// reader and the profile reader, each in both modes (fail on a bad row, skip it). Whatever the bytes, memory stays
// within the limits and nothing crashes or hangs.
#include "model/io/CsvReader.h"
#include "model/matching/ProfileCsv.h"
#include "model/matching/VacancyCsv.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

namespace
{
    // Small limits so the fuzzer reaches them with inputs of a few kilobytes.
    CsvLimits smallLimits()
    {
        CsvLimits limits;
        limits.maxFieldBytes = 2 << 10;
        limits.maxRecordBytes = 8 << 10;
        limits.maxFieldsPerRecord = 64;
        limits.maxRecords = 256;
        return limits;
    }
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer, smallLimits());
        if (reader.readHeader()) {
            CsvRecord record;
            while (true) {
                auto more = reader.readRecord(record);
                if (!more || !more.value())
                    break;
                for (const QString &field : std::as_const(record.fields))
                    (void)CsvReader::toNumber(field);
            }
        }
    }
    for (const auto mode : {VacancyCsv::InvalidRows::Fail, VacancyCsv::InvalidRows::Skip}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        VacancyCsv reader;
        reader.setLimits(smallLimits());
        reader.setInvalidRows(mode);
        (void)reader.read(&buffer);
        (void)reader.skippedRows();
    }
    for (const auto mode : {ProfileCsv::InvalidRows::Fail, ProfileCsv::InvalidRows::Skip}) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        ProfileCsv reader;
        reader.setLimits(smallLimits());
        reader.setInvalidRows(mode);
        (void)reader.read(&buffer);
    }
    return 0;
}
