#include "model/matching/VacancyFeed.h"

#include <QFile>

std::optional<VacancyFeed::Format> VacancyFeed::formatFromName(const QString &name)
{
    if (name.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return Format::Csv;
    if (name.compare(QLatin1String("jobposting"), Qt::CaseInsensitive) == 0)
        return Format::JobPosting;
    return std::nullopt;
}

Result<QVector<Vacancy>> VacancyFeed::readFile(const QString &path)
{
    m_problems.clear();
    m_skipped = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Could not open %1: %2").arg(path, file.errorString())};

    m_read = m_format;
    if (m_read == Format::Detect) {
        // Enough to pass a byte order mark and leading blank lines; a CSV header starts with a letter.
        constexpr qint64 Sniff = 4096;
        m_read = JobPostingReader::looksLikeJson(file.peek(Sniff)) ? Format::JobPosting : Format::Csv;
    }

    if (m_read == Format::JobPosting) {
        JobPostingReader reader;
        reader.setInvalidRows(m_mode);
        Result<QVector<Vacancy>> vacancies = reader.read(&file);
        for (const RowProblem &problem : reader.problems())
            m_problems.append(reader.describe(problem));
        m_skipped = reader.skippedRecords();
        return vacancies;
    }

    VacancyCsv reader;
    reader.setInvalidRows(m_mode);
    Result<QVector<Vacancy>> vacancies = reader.read(&file);
    for (const RowProblem &problem : reader.problems())
        m_problems.append(tr("line %1, %2: %3").arg(problem.line).arg(problem.column, problem.message));
    m_skipped = reader.skippedRows();
    return vacancies;
}
