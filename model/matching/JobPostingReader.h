#pragma once

#include "model/core/Result.h"
#include "model/io/CsvReader.h"
#include "model/io/RowProblems.h"
#include "model/matching/Vacancy.h"
#include "model/matching/VacancyCsv.h"

#include <QCoreApplication>
#include <QVector>

class QIODevice;
class QJsonObject;
class QJsonValue;

/** Bounds that keep a hostile feed from exhausting memory; each one is checked before the bytes are parsed. */
struct JobPostingLimits
{
    /** The whole input. JSON Lines is read a line at a time, so only this bounds it. */
    qint64 maxInputBytes = qint64(1) << 30;
    /** One JSON document: the whole file for an object or an array, one line for JSON Lines. */
    qint64 maxDocumentBytes = qint64(64) << 20;
    /** Objects and arrays inside one another; a JobPosting needs five. */
    int maxDepth = 16;
    /** One string as written in the file, escapes included. */
    qint64 maxStringBytes = qint64(1) << 20;
    qint64 maxRecords = 5'000'000;
};

/**
 * Reads schema.org JobPosting records (docs/csv-formats.md, "JobPosting feeds") into vacancies: one
 * JSON object, an array of them, or JSON Lines (one object per line). Each record is turned into
 * VacancyFields and held to the same rules as a row of vacancies.csv (VacancyCsv::fromFields); the
 * description's HTML becomes plain text (HtmlText). A record that breaks a rule is listed in
 * problems() with its position: the line for JSON Lines, else the record's number from 1. As with
 * the CSV, any bad record fails the read by default (after every record was checked), and with
 * InvalidRows::Skip bad records are left out and counted. Malformed JSON or an exceeded limit in an
 * object or array fails the whole read; in JSON Lines it is a problem of that line only.
 */
class JobPostingReader
{
    Q_DECLARE_TR_FUNCTIONS(JobPostingReader)

public:
    using InvalidRows = VacancyCsv::InvalidRows;

    enum class Layout
    {
        Object,
        Array,
        Lines,
    };

    // A salary per hour, day, week or month becomes a yearly figure with these (docs/csv-formats.md).
    static constexpr double StandardHoursPerWeek = 37.5;
    static constexpr double DaysPerWeek = 5;
    static constexpr double WeeksPerYear = 52;
    static constexpr double MonthsPerYear = 12;
    /** jobLocation entries looked at for the first usable place. */
    static constexpr int MaxLocations = 100;

    void setInvalidRows(InvalidRows mode) { m_mode = mode; }
    void setLimits(const JobPostingLimits &limits) { m_limits = limits; }

    Result<QVector<Vacancy>> read(QIODevice *device);
    Result<QVector<Vacancy>> readFile(const QString &path);

    /** How the last input was laid out; says whether a problem's position is a line or a record number. */
    Layout layout() const { return m_layout; }
    /** `column` is the JobPosting property ("baseSalary"), `line` the position (see layout()). */
    const QVector<RowProblem> &problems() const { return m_problems.list(); }
    /** Records that broke a rule (left out in Skip mode). */
    qint64 skippedRecords() const { return m_problems.rows(); }
    /** One problem as a sentence naming its line or record, for a command line or a log of the import. */
    QString describe(const RowProblem &problem) const;

    /** True when the bytes look like JSON (the first byte that is not a space or BOM is '{' or '['). */
    static bool looksLikeJson(const QByteArray &start);

    /** The id a record without an identifier gets: "jp-" and 24 hex digits of SHA-256 over its compact JSON. */
    static QString derivedId(const QJsonObject &record);

private:
    Result<QVector<Vacancy>> readDocument(QIODevice *device);
    Result<QVector<Vacancy>> readLines(QIODevice *device, QByteArray firstLine);
    /** Checks one document's nesting and string sizes before QJsonDocument sees it; the error names the line. */
    Status checkShape(const QByteArray &bytes, qint64 firstLine) const;
    void addRecord(const QJsonValue &value, qint64 position, QVector<Vacancy> &out);
    /** A line that holds no record to check (unreadable JSON, too long): bad as a whole. */
    void badLine(qint64 line, const QString &message);
    Result<QVector<Vacancy>> finish(QVector<Vacancy> vacancies);

    InvalidRows m_mode = InvalidRows::Fail;
    JobPostingLimits m_limits;
    Layout m_layout = Layout::Object;
    /** Each record has its own position, so the collector's bad rows are the bad records. */
    RowProblems m_problems{VacancyCsv::MaxProblems};
    QHash<QString, qint64> m_idPositions;
};
