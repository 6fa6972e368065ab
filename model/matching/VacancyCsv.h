#pragma once

#include "model/core/Result.h"
#include "model/io/CsvReader.h"
#include "model/io/RowProblems.h"
#include "model/matching/Vacancy.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

class CsvWriter;
class QIODevice;

/**
 * Reads and writes vacancies.csv (docs/csv-formats.md). Broken CSV or a bad header fails the whole
 * read. Rows that break a rule are listed in problems(), each with its line, column and reason;
 * by default any such row fails the read (after every row has been checked, so all are listed),
 * and with InvalidRows::Skip they are left out and counted instead.
 */
class VacancyCsv
{
    Q_DECLARE_TR_FUNCTIONS(VacancyCsv)

public:
    enum class InvalidRows
    {
        Fail,
        Skip,
    };

    static constexpr int MaxIdLength = 64;
    /** problems() keeps this many; skippedRows() still counts every bad row. */
    static constexpr int MaxProblems = RowProblems::DefaultCap;

    void setInvalidRows(InvalidRows mode) { m_mode = mode; }
    void setLimits(const CsvLimits &limits) { m_limits = limits; }
    void setProgress(CsvReader::Progress progress) { m_progress = std::move(progress); }

    Result<QVector<Vacancy>> read(QIODevice *device);
    Result<QVector<Vacancy>> readFile(const QString &path);

    const QVector<RowProblem> &problems() const { return m_problems.list(); }
    /** Rows that broke a rule (left out in Skip mode). */
    qint64 skippedRows() const { return m_problems.rows(); }

    /** The columns in the order the format lists them; the writer uses this order. */
    static QStringList columns();
    static QStringList requiredColumns();
    /** One vacancy as fields in columns() order. */
    static QStringList toFields(const Vacancy &vacancy);
    static Status write(QIODevice *device, const QVector<Vacancy> &vacancies);
    /** Writes atomically through QSaveFile. */
    static Status writeFile(const QString &path, const QVector<Vacancy> &vacancies);

    static QString contractTypeName(ContractType type);
    static std::optional<ContractType> contractTypeFromName(const QString &name);

private:
    InvalidRows m_mode = InvalidRows::Fail;
    CsvLimits m_limits;
    CsvReader::Progress m_progress;
    RowProblems m_problems{MaxProblems};
};
