#pragma once

#include "model/core/Result.h"
#include "model/matching/Vacancy.h"

#include <QDate>
#include <QVector>

#include <random>

class QIODevice;

/**
 * Deterministic generator of realistic UK vacancies for benchmarks and tests: fourteen occupation
 * families with their titles, employers and skills, UK towns with approximate coordinates and
 * outcodes, and descriptions with commas, quotes and paragraph breaks to exercise CSV quoting.
 *
 * The same seed and base date give the same rows on every platform: only std::mt19937's raw output
 * is used (the std distributions differ between standard libraries). Every row passes VacancyCsv's
 * rules; about 10% have coordinates only and 10% a postcode only.
 */
class SyntheticVacancies
{
public:
    SyntheticVacancies(quint32 seed, const QDate &baseDate);

    /** The next vacancy; ids run S0000001, S0000002, ... */
    Vacancy next();

    static QVector<Vacancy> generate(qint64 count, quint32 seed, const QDate &baseDate);
    /** Streams `count` rows as vacancies.csv without holding them in memory. */
    static Status writeCsv(QIODevice *device, qint64 count, quint32 seed, const QDate &baseDate);
    /** Writes atomically through QSaveFile. */
    static Status writeCsvFile(const QString &path, qint64 count, quint32 seed, const QDate &baseDate);

private:
    quint32 below(quint32 bound);
    double uniform(double low, double high);

    std::mt19937 m_rng;
    QDate m_baseDate;
    qint64 m_nextId = 1;
};
