#include "model/VacancyIndex.h"

#include "model/Database.h"
#include "model/SkillNormaliser.h"
#include "model/VacancyCsv.h"

#include <QSet>

#include <cmath>

/** Turns vacancies one at a time into index rows, mapping each distinct label once. */
class VacancyIndex::Builder
{
public:
    Builder(const SkillNormaliser &normaliser)
        : m_normaliser(normaliser)
        , m_index(std::make_shared<VacancyIndex>())
    {}

    void add(Entry entry, const QStringList &skills)
    {
        entry.occupation = occupationOf(entry.title);
        entry.title = intern(entry.title);
        entry.employer = intern(entry.employer);
        const QSet<QString> *essential = essentialOf(entry.occupation);
        const quint32 row = quint32(m_index->m_entries.size());
        entry.skillBegin = quint32(m_index->m_terms.size());
        quint16 count = 0;
        for (const QString &label : skills) {
            if (count == std::numeric_limits<quint16>::max())
                break;
            const auto [term, conceptId] = termOf(label);
            if (term < 0)
                continue;
            // A vacancy listing a skill twice (or two labels of one concept) counts it once.
            const quint32 *begin = m_index->m_terms.constData() + entry.skillBegin;
            if (std::find_if(begin, begin + count, [&](quint32 t) { return int(t & TermMask) == term; }) !=
                begin + count)
                continue;
            const bool isEssential = essential && !conceptId.isEmpty() && essential->contains(conceptId);
            m_index->m_terms.append(quint32(term) | (isEssential ? EssentialBit : 0));
            m_index->m_postings[term].append(row | (isEssential ? EssentialBit : 0));
            ++count;
        }
        entry.skillCount = count;
        if (entry.occupation >= 0)
            m_index->m_occupationPostings[entry.occupation].append(row);
        m_index->m_entries.append(std::move(entry));
    }

    std::shared_ptr<const VacancyIndex> finish()
    {
        VacancyIndex &index = *m_index;
        const double n = std::max(1, index.size());
        index.m_termWeights.resize(index.m_termKeys.size());
        for (int t = 0; t < index.m_termKeys.size(); ++t)
            index.m_termWeights[t] = float(std::log(1.0 + n / std::max<qsizetype>(1, index.m_postings.at(t).size())));
        for (Entry &e : index.m_entries) {
            float total = 0;
            for (quint16 s = 0; s < e.skillCount; ++s) {
                const quint32 t = index.m_terms.at(e.skillBegin + s);
                total += index.m_termWeights.at(int(t & TermMask)) * ((t & EssentialBit) ? 1.0f : OtherSkillFactor);
            }
            e.skillWeight = total;
        }
        index.m_skillWeights.reserve(index.m_entries.size());
        index.m_occupations.reserve(index.m_entries.size());
        for (const Entry &e : index.m_entries) {
            index.m_skillWeights.append(e.skillWeight);
            index.m_occupations.append(e.occupation);
        }
        index.m_entries.squeeze();
        index.m_terms.squeeze();
        for (QVector<quint32> &p : index.m_postings)
            p.squeeze();
        return m_index;
    }

private:
    /** Titles and employers repeat across thousands of vacancies; one shared copy each. */
    QString intern(const QString &text)
    {
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(text);
        return text;
    }

    QPair<int, QString> termOf(const QString &label)
    {
        if (const auto it = m_labels.constFind(label); it != m_labels.constEnd())
            return *it;
        const NormalisedLabel mapped = m_normaliser.skill(label);
        QPair<int, QString> out{-1, mapped.id};
        const QString key = mapped.termKey();
        if (key != QLatin1String("text:")) {
            out.first = m_index->m_termByKey.value(key, -1);
            if (out.first < 0) {
                out.first = int(m_index->m_termKeys.size());
                m_index->m_termByKey.insert(key, out.first);
                m_index->m_termKeys.append(key);
                m_index->m_termLabels.append(mapped.label);
                m_index->m_postings.append(QVector<quint32>());
            }
        }
        m_labels.insert(label, out);
        return out;
    }

    int occupationOf(const QString &title)
    {
        if (const auto it = m_titles.constFind(title); it != m_titles.constEnd())
            return *it;
        const NormalisedLabel mapped = m_normaliser.occupation(title);
        const int occupation = mapped.mapped() ? m_normaliser.taxonomy().occupationIndex(mapped.id) : -1;
        m_titles.insert(title, occupation);
        return occupation;
    }

    const QSet<QString> *essentialOf(int occupation)
    {
        if (occupation < 0)
            return nullptr;
        auto it = m_essential.find(occupation);
        if (it == m_essential.end()) {
            const QStringList &ids = m_normaliser.taxonomy().occupations().at(occupation).essentialSkills;
            it = m_essential.insert(occupation, QSet<QString>(ids.begin(), ids.end()));
        }
        return &*it;
    }

    const SkillNormaliser &m_normaliser;
    std::shared_ptr<VacancyIndex> m_index;
    QHash<QString, QPair<int, QString>> m_labels;
    QHash<QString, int> m_titles;
    QHash<int, QSet<QString>> m_essential;
    QSet<QString> m_strings;
};

namespace
{
    float toFloat(const std::optional<double> &value)
    {
        return value ? float(*value) : VacancyIndex::Unknown;
    }
} // namespace

Result<std::shared_ptr<const VacancyIndex>>
VacancyIndex::build(Database &db, const SkillNormaliser &normaliser, const QDate &today, const Progress &progress)
{
    Builder builder(normaliser);
    Statement rows = db.prepare(
        "SELECT v.id, v.title, v.employer, v.skills, coalesce(v.latitude, o.latitude), "
        "coalesce(v.longitude, o.longitude), v.hours, v.salary_min, v.salary_max, v.contract_type, v.closing_date, "
        "v.updated_at FROM vacancies v LEFT JOIN outcodes o ON o.outcode = v.outcode "
        "WHERE v.withdrawn = 0 AND v.closing_date >= ?");
    rows.bind(1, today.toString(Qt::ISODate));
    qint64 count = 0;
    auto optionalReal = [&rows](int column) { return rows.isNull(column) ? Unknown : float(rows.real(column)); };
    while (rows.next()) {
        Entry e;
        e.id = rows.text(0);
        e.title = rows.text(1);
        e.employer = rows.text(2);
        e.latitude = optionalReal(4);
        e.longitude = optionalReal(5);
        e.hours = optionalReal(6);
        e.salaryMin = optionalReal(7);
        e.salaryMax = optionalReal(8);
        e.contract = VacancyCsv::contractTypeFromName(rows.text(9)).value_or(ContractType::Permanent);
        e.closingDay = qint32(QDate::fromString(rows.text(10), Qt::ISODate).toJulianDay());
        e.listedDay = qint32(QDate::fromString(rows.text(11).left(10), Qt::ISODate).toJulianDay());
        builder.add(std::move(e), rows.text(3).split(QLatin1Char(';'), Qt::SkipEmptyParts));
        if (progress && ++count % 10000 == 0 && !progress(count))
            return Error{ErrorCode::Cancelled, tr("Building the vacancy index was cancelled.")};
    }
    if (rows.failed())
        return rows.error();
    return builder.finish();
}

std::shared_ptr<const VacancyIndex>
VacancyIndex::fromVacancies(const QVector<Vacancy> &vacancies, const SkillNormaliser &normaliser, const QDate &today)
{
    Builder builder(normaliser);
    for (const Vacancy &v : vacancies) {
        if (v.closingDate < today)
            continue;
        Entry e;
        e.id = v.id;
        e.title = v.title;
        e.employer = v.employer;
        e.latitude = toFloat(v.latitude);
        e.longitude = toFloat(v.longitude);
        e.hours = toFloat(v.hoursPerWeek);
        e.salaryMin = toFloat(v.salaryMin);
        e.salaryMax = toFloat(v.salaryMax);
        e.contract = v.contractType;
        e.closingDay = qint32(v.closingDate.toJulianDay());
        e.listedDay = qint32(today.toJulianDay());
        builder.add(std::move(e), v.skills);
    }
    return builder.finish();
}

const QVector<quint32> &VacancyIndex::occupationPostings(int occupation) const
{
    static const QVector<quint32> none;
    const auto it = m_occupationPostings.constFind(occupation);
    return it == m_occupationPostings.constEnd() ? none : *it;
}

int VacancyIndex::indexOf(const QString &vacancyId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == vacancyId)
            return i;
    }
    return -1;
}

qint64 VacancyIndex::structureBytes() const
{
    qint64 bytes = qint64(m_entries.capacity()) * qint64(sizeof(Entry));
    bytes += qint64(m_terms.capacity()) * qint64(sizeof(quint32));
    for (const QVector<quint32> &p : m_postings)
        bytes += qint64(sizeof(QVector<quint32>)) + qint64(p.capacity()) * qint64(sizeof(quint32));
    for (const QVector<quint32> &p : m_occupationPostings)
        bytes += qint64(sizeof(QVector<quint32>)) + 16 + qint64(p.capacity()) * qint64(sizeof(quint32));
    for (const QString &key : m_termKeys)
        bytes += 2 * (key.size() + 16);
    bytes += qint64(m_termWeights.capacity()) * qint64(sizeof(float));
    bytes += qint64(m_skillWeights.capacity()) * qint64(sizeof(float)) +
             qint64(m_occupations.capacity()) * qint64(sizeof(qint32));
    return bytes;
}

qint64 VacancyIndex::textBytes() const
{
    qint64 bytes = 0;
    for (const Entry &e : m_entries)
        bytes += 2 * (e.id.capacity() + e.title.capacity() + e.employer.capacity());
    return bytes;
}
