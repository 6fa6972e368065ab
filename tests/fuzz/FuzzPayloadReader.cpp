// libFuzzer target: payload bytes straight into the bounded Boost reader, as if a signing key had leaked
// and an attacker could sign anything. Whatever the bytes, memory stays bounded and nothing crashes.
#include "model/io/PayloadArchive.h"
#include "model/matching/GeodataBundle.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        GeodataBundle geodata;
        PayloadReader reader(bytes, geodata.schema());
        if (reader.ok())
            (void)geodata.read(reader);
        (void)reader.finish();
    }
    {
        // A generic walk over every primitive, for coverage of the reader itself.
        PayloadReader reader(bytes, QByteArrayLiteral("fuzz/1"));
        const quint64 count = reader.readCount(64);
        for (quint64 i = 0; i < count && reader.ok(); ++i) {
            (void)reader.readString(4096);
            (void)reader.readDouble();
            (void)reader.readInt();
            (void)reader.readBool();
            (void)reader.readBytes(256);
        }
        (void)reader.finish();
    }
    return 0;
}
