// libFuzzer target: whole bundle files through the verifier. The publisher key is trusted for every
// kind, so anything the fuzzer makes that still verifies would go on to decompression and parsing.
#include "model/bundles/BundleFile.h"
#include "model/io/PayloadArchive.h"
#include "model/matching/GeodataBundle.h"

#include <cstddef>
#include <cstdint>

#include "FuzzKeys.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const SigningKey key = fuzzPublisherKey();
    const QByteArray file(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto trust = [](const QByteArray &keyId, BundleKind) -> std::optional<QByteArray> {
        if (keyId == key.keyId())
            return key.publicKey();
        return std::nullopt;
    };
    BundleLimits limits;
    limits.maxPlainBytes = 64 << 20;
    auto bundle = BundleFile::authenticate(file, trust, 1'900'000'000, limits);
    (void)BundleFile::detach(file);
    if (!bundle)
        return 0;
    auto payload = BundleFile::openPayload(bundle.value(), {}, nullptr, limits);
    if (!payload)
        return 0;
    GeodataBundle geodata;
    PayloadReader reader(payload.value(), geodata.schema());
    if (reader.ok())
        (void)geodata.read(reader);
    (void)reader.finish();
    return 0;
}
