#pragma once

#include "model/core/Result.h"
#include "model/io/CsvReader.h"
#include "model/io/RowProblems.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

class QIODevice;

/**
 * Reads profiles.csv and writes results.csv (docs/csv-formats.md).
 *
 * profiles.csv may carry a `true_occupation` column for evaluation. The reader never looks at it and
 * Profile has no place for it, so nothing downstream (the matcher) can read it by accident.
 */
class ProfileCsv
{
    Q_DECLARE_TR_FUNCTIONS(ProfileCsv)

public:
    struct Profile
    {
        qint64 line = 0;
        QString id;
        QStringList skills;
        double latitude = 0;
        double longitude = 0;
        /** Empty means no limit. */
        std::optional<double> maxDistanceKm;
        std::optional<double> maxHours;
    };

    struct ResultRow
    {
        QString profileId;
        int rank = 0;
        QString vacancyId;
        double score = 0;
    };

    enum class InvalidRows
    {
        Fail,
        Skip,
    };

    static constexpr int MaxProblems = RowProblems::DefaultCap;

    void setInvalidRows(InvalidRows mode) { m_mode = mode; }
    void setLimits(const CsvLimits &limits) { m_limits = limits; }

    /** Profiles in file order. A bad row fails the read (Fail, the default) or is left out (Skip). */
    Result<QVector<Profile>> read(QIODevice *device);
    Result<QVector<Profile>> readFile(const QString &path);
    const QVector<RowProblem> &problems() const { return m_problems.list(); }
    qint64 skippedRows() const { return m_problems.rows(); }

    static QStringList requiredColumns();
    /** profile_id,rank,vacancy_id,score */
    static QStringList resultColumns();
    static QStringList resultFields(const ResultRow &row);
    static Status writeResults(QIODevice *device, const QVector<ResultRow> &rows);
    /** Writes atomically through QSaveFile. */
    static Status writeResultsFile(const QString &path, const QVector<ResultRow> &rows);

private:
    InvalidRows m_mode = InvalidRows::Fail;
    CsvLimits m_limits;
    RowProblems m_problems{MaxProblems};
};
