// libFuzzer target: any bytes as a JobPosting feed (object, array or JSON Lines), and the same bytes as an
// advert's HTML and as a job title. Whatever the bytes, memory stays within the reader's limits and nothing
// crashes or hangs.
#include "model/core/HtmlText.h"
#include "model/matching/JobPostingReader.h"
#include "model/matching/JobTitleNormaliser.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    {
        JobPostingLimits limits;
        // Small limits so the fuzzer reaches them with inputs of a few kilobytes.
        limits.maxDocumentBytes = 16 << 10;
        limits.maxStringBytes = 4 << 10;
        limits.maxRecords = 64;
        limits.maxInputBytes = 64 << 10;
        for (const auto mode : {JobPostingReader::InvalidRows::Fail, JobPostingReader::InvalidRows::Skip}) {
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::ReadOnly);
            JobPostingReader reader;
            reader.setLimits(limits);
            reader.setInvalidRows(mode);
            const auto vacancies = reader.read(&buffer);
            for (const RowProblem &problem : reader.problems())
                (void)reader.describe(problem);
            (void)vacancies;
        }
    }
    const QString text = QString::fromUtf8(bytes);
    (void)HtmlText::toText(text);
    {
        static const auto taxonomy = Taxonomy::builtIn();
        static const JobTitleNormaliser normaliser(
            std::make_shared<const Taxonomy>(taxonomy.ok() ? taxonomy.value() : Taxonomy()));
        (void)normaliser.match(text.left(1000)).evidence();
    }
    return 0;
}
