#pragma once

#include "model/core/Result.h"
#include "model/matching/Vacancy.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <cmath>
#include <functional>
#include <limits>
#include <memory>
#include <optional>

class Database;
class SkillNormaliser;

/**
 * The open vacancies, laid out for matching: compact numeric columns, each vacancy's skills as
 * term numbers (concept ids, or free-text keys for labels the taxonomy does not know), and an
 * inverted list from each term to the vacancies that ask for it. Built once per import and shared
 * read-only between matching threads.
 */
class VacancyIndex
{
    Q_DECLARE_TR_FUNCTIONS(VacancyIndex)

public:
    /** Bit set on a vacancy's term, and on a term's posting, when the skill is essential to the vacancy's occupation.
     */
    static constexpr quint32 EssentialBit = 0x8000'0000u;
    /** Bit set when the skill was read from the advert's words (SkillSource::Stated), not listed. */
    static constexpr quint32 StatedBit = 0x4000'0000u;
    /** Bit set when the skill is only implied by the vacancy's occupation (SkillSource::Implied). */
    static constexpr quint32 ImpliedBit = 0x2000'0000u;
    static constexpr quint32 TermMask = 0x1fff'ffffu;
    static constexpr float Unknown = std::numeric_limits<float>::quiet_NaN();

    struct Entry
    {
        QString id;
        QString title;
        QString employer;
        float latitude = Unknown;
        float longitude = Unknown;
        float hours = Unknown;
        float salaryMin = Unknown;
        float salaryMax = Unknown;
        /** Sum of the weights of its skills; the denominator of skill coverage. */
        float skillWeight = 0;
        qint32 occupation = -1; // index in the taxonomy, or -1 when the title maps to none
        qint32 closingDay = 0;  // QDate::toJulianDay()
        qint32 listedDay = 0;   // the day the vault first or last received it
        quint32 skillBegin = 0; // into terms()
        quint16 skillCount = 0;
        ContractType contract = ContractType::Permanent;

        bool hasLocation() const { return !std::isnan(latitude); }
    };

    /** Called with rows read so far; return false to cancel. */
    using Progress = std::function<bool(qint64 rows)>;

    /** Open vacancies in the vault (not withdrawn, closing today or later), placed by coordinates or outcode. */
    static Result<std::shared_ptr<const VacancyIndex>>
    build(Database &db, const SkillNormaliser &normaliser, const QDate &today, const Progress &progress = {});
    /**
     * From vacancies in memory (tests, the benchmark); those closed before `today` are left out. A vacancy
     * with a reading (VacancyUnderstanding) takes its occupation and read skills from it.
     */
    static std::shared_ptr<const VacancyIndex>
    fromVacancies(const QVector<Vacancy> &vacancies, const SkillNormaliser &normaliser, const QDate &today);

    int size() const { return int(m_entries.size()); }
    const Entry &entry(int index) const { return m_entries.at(index); }
    /** Term numbers (with EssentialBit) of one vacancy. */
    const quint32 *termsOf(int index) const { return m_terms.constData() + m_entries.at(index).skillBegin; }
    int termCount() const { return int(m_termKeys.size()); }
    int termIndex(const QString &key) const { return m_termByKey.value(key, -1); }
    const QString &termKey(int term) const { return m_termKeys.at(term); }
    const QString &termLabel(int term) const { return m_termLabels.at(term); }
    /** Rarer skills weigh more: log(1 + N / vacancies asking for it). */
    float termWeight(int term) const { return m_termWeights.at(term); }
    /** Vacancies asking for a term, ascending, each with EssentialBit when the skill is essential there. */
    const QVector<quint32> &postings(int term) const { return m_postings.at(term); }
    /** Column copies of Entry::skillWeight and Entry::occupation, for scanning many vacancies without their entries. */
    const float *skillWeights() const { return m_skillWeights.constData(); }
    const qint32 *occupations() const { return m_occupations.constData(); }
    /** Column copies of the coordinates (NaN when unknown), for applying a travel limit to many at once. */
    const float *latitudes() const { return m_latitudes.constData(); }
    const float *longitudes() const { return m_longitudes.constData(); }
    /** Vacancies whose title maps to the occupation at this taxonomy index. */
    const QVector<quint32> &occupationPostings(int occupation) const;
    /** The vacancy with this id, or -1; a scan, for the occasional lookup. */
    int indexOf(const QString &vacancyId) const;

    /** Bytes held by the index, not counting the text of ids, titles and employers. */
    qint64 structureBytes() const;
    /** Bytes of that text. */
    qint64 textBytes() const;

    /** Weight of a non-essential skill relative to an essential one. */
    static constexpr float OtherSkillFactor = 0.7f;
    /**
     * Weight of a skill only implied by the vacancy's occupation: below any skill the advert lists or
     * states (issue 12 §2), since the employer did not ask for it in words.
     */
    static constexpr float ImpliedSkillFactor = 0.4f;
    /** How much one of a vacancy's terms (with its bits) counts towards its skill coverage. */
    static constexpr float termFactor(quint32 term)
    {
        if (term & ImpliedBit)
            return ImpliedSkillFactor;
        return (term & EssentialBit) ? 1.0f : OtherSkillFactor;
    }

private:
    class Builder;

    QVector<Entry> m_entries;
    QVector<quint32> m_terms;
    QVector<float> m_skillWeights;
    QVector<qint32> m_occupations;
    QVector<float> m_latitudes;
    QVector<float> m_longitudes;
    QStringList m_termKeys;
    QStringList m_termLabels;
    QVector<float> m_termWeights;
    QVector<QVector<quint32>> m_postings;
    QHash<int, QVector<quint32>> m_occupationPostings;
    QHash<QString, int> m_termByKey;
};
