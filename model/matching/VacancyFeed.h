#pragma once

#include "model/core/Result.h"
#include "model/matching/JobPostingReader.h"
#include "model/matching/Vacancy.h"
#include "model/matching/VacancyCsv.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

/**
 * Reads a file of vacancies in either format `bundle build-vacancies` takes: vacancies.csv or a
 * schema.org JobPosting feed (docs/csv-formats.md). With Format::Detect the first byte that is not
 * a space decides: '{' or '[' is JSON, anything else CSV. Both readers apply the same rules, and
 * problems() lists every bad row or record as one sentence naming its line or record.
 */
class VacancyFeed
{
    Q_DECLARE_TR_FUNCTIONS(VacancyFeed)

public:
    enum class Format
    {
        Detect,
        Csv,
        JobPosting,
    };

    /** "csv" or "jobposting" (any case); nullopt for anything else. */
    static std::optional<Format> formatFromName(const QString &name);

    void setFormat(Format format) { m_format = format; }
    void setInvalidRows(VacancyCsv::InvalidRows mode) { m_mode = mode; }

    Result<QVector<Vacancy>> readFile(const QString &path);

    /** The format the last file was read as (never Detect after a read). */
    Format format() const { return m_read; }
    QStringList problems() const { return m_problems; }
    /** Rows or records left out in Skip mode. */
    qint64 skipped() const { return m_skipped; }

private:
    Format m_format = Format::Detect;
    Format m_read = Format::Detect;
    VacancyCsv::InvalidRows m_mode = VacancyCsv::InvalidRows::Fail;
    QStringList m_problems;
    qint64 m_skipped = 0;
};
