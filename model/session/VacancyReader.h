#pragma once

#include "model/matching/VacancyBundle.h"

#include <QByteArray>
#include <QHash>

#include <memory>
#include <mutex>

class SkillNormaliser;
class VacancyUnderstanding;

/**
 * Reads vacancies for storing with them (VacancyBundle, VacancyReadingStore::refresh) through one
 * VacancyUnderstanding: a batch is split across the machine's cores, and a vacancy whose title, listed
 * skills and description were read before (a reposted or duplicated advert) is answered from a cache
 * instead of being read again. Built once per taxonomy; read() may be called from any thread.
 */
class VacancyReader : public VacancyReadingSource
{
public:
    explicit VacancyReader(std::shared_ptr<const VacancyUnderstanding> understanding);
    /** A reader over its own VacancyUnderstanding for this taxonomy. */
    static std::shared_ptr<const VacancyReader> forTaxonomy(std::shared_ptr<const SkillNormaliser> normaliser);

    qint64 stamp() const override { return m_stamp; }
    QVector<VacancyReading> read(const QVector<const Vacancy *> &vacancies) const override;

    /** Threads a batch is read on (at least 1). */
    void setThreads(int threads) { m_threads = std::max(1, threads); }
    /** Vacancies answered from the cache so far, and read afresh: for the benchmark. */
    qint64 cacheHits() const;
    qint64 readCount() const;

    /** The cache is dropped whole when it reaches this many readings, which bounds its memory. */
    static constexpr qsizetype MaxCached = 50'000;

private:
    static QByteArray contentKey(const Vacancy &vacancy);

    std::shared_ptr<const VacancyUnderstanding> m_understanding;
    qint64 m_stamp = 0;
    int m_threads = 1;
    mutable std::mutex m_mutex;
    mutable QHash<QByteArray, VacancyReading> m_cache;
    mutable qint64 m_hits = 0;
    mutable qint64 m_reads = 0;
};
