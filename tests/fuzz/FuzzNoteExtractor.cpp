// libFuzzer target: any bytes as a coach's note (or an advert's prose) given to the note extractor with the built-in
// taxonomy: whatever the text, in any script and of any shape, nothing crashes, hangs or grows without bound, and
// every suggestion points inside the text it came from.
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/notes/NoteExtractor.h"

#include <QDate>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const NoteExtractor extractor = [] {
        const auto taxonomy = Taxonomy::builtIn();
        return NoteExtractor(std::make_shared<const SkillNormaliser>(
                                 std::make_shared<const Taxonomy>(taxonomy.ok() ? taxonomy.value() : Taxonomy())),
                             QDate(2026, 12, 7));
    }();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    for (const ExtractedSuggestion &suggestion : extractor.extract(text)) {
        if (suggestion.start < 0 || suggestion.start + suggestion.length > text.size())
            std::abort();
    }
    return 0;
}
