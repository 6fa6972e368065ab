#include "model/session/VacancyReader.h"

#include "model/matching/SkillNormaliser.h"
#include "model/matching/VacancyReadingCodec.h"
#include "model/notes/VacancyUnderstanding.h"

#include <QCryptographicHash>
#include <QThread>

#include <thread>
#include <vector>

VacancyReader::VacancyReader(std::shared_ptr<const VacancyUnderstanding> understanding)
    : m_understanding(std::move(understanding))
    , m_stamp(VacancyReadingCodec::stamp(m_understanding->normaliser().taxonomy()))
    , m_threads(std::max(1, QThread::idealThreadCount()))
{}

std::shared_ptr<const VacancyReader> VacancyReader::forTaxonomy(std::shared_ptr<const SkillNormaliser> normaliser)
{
    return std::make_shared<const VacancyReader>(std::make_shared<const VacancyUnderstanding>(std::move(normaliser)));
}

QByteArray VacancyReader::contentKey(const Vacancy &v)
{
    // Everything VacancyUnderstanding::read looks at, and nothing else: the same advert under another id, place
    // or closing date reads the same.
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](const QString &text) {
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        hash.addData(QByteArrayView("\0\0", 2));
    };
    add(v.title);
    for (const QString &skill : v.skills)
        add(skill);
    hash.addData(QByteArrayView("\1", 1));
    add(v.description.left(VacancyUnderstanding::MaxDescriptionChars));
    return hash.result();
}

QVector<VacancyReading> VacancyReader::read(const QVector<const Vacancy *> &vacancies) const
{
    QVector<VacancyReading> out(vacancies.size());
    QVector<QByteArray> keys(vacancies.size());
    // Vacancies still to read, each distinct content once: index of the first with it.
    QVector<qsizetype> pending;
    QHash<QByteArray, qsizetype> firstWith;
    {
        std::lock_guard lock(m_mutex);
        for (qsizetype i = 0; i < vacancies.size(); ++i) {
            keys[i] = contentKey(*vacancies.at(i));
            if (const auto hit = m_cache.constFind(keys.at(i)); hit != m_cache.constEnd()) {
                out[i] = *hit;
                ++m_hits;
            } else if (!firstWith.contains(keys.at(i))) {
                firstWith.insert(keys.at(i), i);
                pending.append(i);
            }
        }
    }
    const int threads = int(std::min<qsizetype>(m_threads, pending.size()));
    auto readRange = [&](int part) {
        for (qsizetype p = part; p < pending.size(); p += threads)
            out[pending.at(p)] = m_understanding->read(*vacancies.at(pending.at(p)));
    };
    if (threads > 1) {
        // Interleaved rather than in blocks: adverts differ in length, and neighbours often alike.
        std::vector<std::thread> workers;
        workers.reserve(size_t(threads - 1));
        for (int part = 1; part < threads; ++part)
            workers.emplace_back(readRange, part);
        readRange(0);
        for (std::thread &worker : workers)
            worker.join();
    } else if (threads == 1) {
        readRange(0);
    }
    std::lock_guard lock(m_mutex);
    m_reads += pending.size();
    if (m_cache.size() + pending.size() > MaxCached)
        m_cache.clear();
    for (qsizetype i : std::as_const(pending))
        m_cache.insert(keys.at(i), out.at(i));
    for (qsizetype i = 0; i < vacancies.size(); ++i) {
        const qsizetype first = firstWith.value(keys.at(i), i);
        if (first != i) {
            out[i] = out.at(first);
            ++m_hits;
        }
    }
    return out;
}

qint64 VacancyReader::cacheHits() const
{
    std::lock_guard lock(m_mutex);
    return m_hits;
}

qint64 VacancyReader::readCount() const
{
    std::lock_guard lock(m_mutex);
    return m_reads;
}
