#include "model/matching/VacancyIndex.h"

#include "model/matching/SkillNormaliser.h"
#include "model/matching/VacancyCsv.h"
#include "model/matching/VacancyReadingCodec.h"
#include "model/vault/Database.h"

#include <QSet>

#include <array>
#include <cmath>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>

/** Turns vacancies one at a time into index rows, mapping each distinct label once. */
class VacancyIndex::Builder
{
public:
    Builder(const SkillNormaliser &normaliser)
        : m_normaliser(normaliser)
        , m_index(std::make_shared<VacancyIndex>())
    {}

    /** A label's term number (-1 when it has none) and its taxonomy concept (-1 for free text). */
    struct Term
    {
        int term = -1;
        int conceptIndex = -1;
        /** StatedBit or ImpliedBit for a skill that was read rather than listed. */
        quint32 bits = 0;
    };

    /**
     * A row as the vault stores it, in UTF-8: each distinct skill label, title and employer is decoded and
     * looked up once, and found again without copying (200,000 rows carry 2.6 million skill labels).
     */
    void addUtf8(Entry entry, QByteArrayView title, QByteArrayView employer, QByteArrayView skills)
    {
        const Titled &t = titled(title, true);
        entry.title = t.text;
        entry.occupation = t.occupation;
        entry.employer = interned(employer);
        listedTerms(skills);
        addTerms(std::move(entry), m_scratch, false);
    }

    /** Fills m_scratch with the terms of a stored skills column (labels joined by ';'). */
    void listedTerms(QByteArrayView skills)
    {
        m_scratch.clear();
        qsizetype from = 0;
        while (from <= skills.size()) {
            qsizetype to = skills.indexOf(';', from);
            if (to < 0)
                to = skills.size();
            if (to > from) {
                const std::string_view label(skills.data() + from, size_t(to - from));
                auto it = m_utf8Labels.find(label);
                if (it == m_utf8Labels.end()) {
                    const std::string &key = m_keys.emplace_back(label);
                    it = m_utf8Labels
                             .emplace(std::string_view(key),
                                      termOf(QString::fromUtf8(key.data(), qsizetype(key.size()))))
                             .first;
                }
                m_scratch.append(it->second);
            }
            from = to + 1;
        }
    }

    /**
     * A stored row with its stored reading (schema 17): the listed labels as addUtf8() takes them, the occupation
     * from the reading rather than from the title, and the stated and implied skills decoded from the packed blob,
     * each distinct concept id looked up once.
     */
    void addUtf8Read(Entry entry,
                     QByteArrayView title,
                     QByteArrayView employer,
                     QByteArrayView skills,
                     QByteArrayView occupation,
                     QByteArrayView packed)
    {
        const Titled &t = titled(title, false);
        entry.title = t.text;
        entry.employer = interned(employer);
        entry.occupation = occupationById(occupation);
        listedTerms(skills);
        // A damaged blob gives the skills before the damage; the vacancy still matches on those and its listing.
        (void)VacancyReadingCodec::forEachSkill(packed, [this](const VacancyReadingCodec::PackedSkill &skill) {
            if (skill.source == SkillSource::Listed)
                return;
            Term term = conceptTermUtf8(skill.conceptId);
            term.bits = skill.source == SkillSource::Implied ? ImpliedBit : StatedBit;
            m_scratch.append(term);
        });
        addTerms(std::move(entry), m_scratch, false);
    }

    void reserve(qsizetype rows)
    {
        m_index->m_entries.reserve(rows);
        m_index->m_terms.reserve(rows * 14);
    }

    void add(Entry entry, const QStringList &skills)
    {
        m_scratch.clear();
        for (const QString &label : skills)
            m_scratch.append(termOf(label));
        addTerms(std::move(entry), m_scratch, true);
    }

    /**
     * A vacancy with what VacancyUnderstanding read of it: its occupation from the reading, its listed labels
     * as add() takes them (free text included), then the skills it states and those its occupation implies.
     */
    void addRead(Entry entry, const QStringList &listed, const VacancyReading &reading)
    {
        m_scratch.clear();
        for (const QString &label : listed)
            m_scratch.append(termOf(label));
        for (const ReadSkill &skill : reading.skills) {
            if (skill.source == SkillSource::Listed)
                continue;
            Term t = conceptTerm(skill.conceptId);
            t.bits = skill.source == SkillSource::Implied ? ImpliedBit : StatedBit;
            m_scratch.append(t);
        }
        entry.occupation = m_normaliser.taxonomy().occupationIndex(reading.occupationId);
        entry.title = intern(entry.title);
        entry.employer = intern(entry.employer);
        addTerms(std::move(entry), m_scratch, false);
    }

    void addTerms(Entry entry, const QVector<Term> &terms, bool mapTitle)
    {
        if (mapTitle) {
            entry.occupation = occupationOf(entry.title);
            entry.title = intern(entry.title);
            entry.employer = intern(entry.employer);
        }
        const QSet<int> *essential = essentialOf(entry.occupation);
        const quint32 row = quint32(m_index->m_entries.size());
        entry.skillBegin = quint32(m_index->m_terms.size());
        quint16 count = 0;
        for (const Term &t : terms) {
            if (count == std::numeric_limits<quint16>::max())
                break;
            if (t.term < 0)
                continue;
            // A vacancy listing a skill twice (or two labels of one concept) counts it once.
            const quint32 *begin = m_index->m_terms.constData() + entry.skillBegin;
            if (std::find_if(begin, begin + count, [&](quint32 x) { return int(x & TermMask) == t.term; }) !=
                begin + count)
                continue;
            const bool isEssential = essential && t.conceptIndex >= 0 && essential->contains(t.conceptIndex);
            const quint32 bits = t.bits | (isEssential ? EssentialBit : 0);
            m_index->m_terms.append(quint32(t.term) | bits);
            m_index->m_postings[t.term].append(row | bits);
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
                total += index.m_termWeights.at(int(t & TermMask)) * termFactor(t);
            }
            e.skillWeight = total;
        }
        index.m_skillWeights.reserve(index.m_entries.size());
        index.m_occupations.reserve(index.m_entries.size());
        index.m_latitudes.reserve(index.m_entries.size());
        index.m_longitudes.reserve(index.m_entries.size());
        for (const Entry &e : index.m_entries) {
            index.m_skillWeights.append(e.skillWeight);
            index.m_occupations.append(e.occupation);
            index.m_latitudes.append(e.latitude);
            index.m_longitudes.append(e.longitude);
        }
        index.m_entries.squeeze();
        index.m_terms.squeeze();
        for (QVector<quint32> &p : index.m_postings)
            p.squeeze();
        return m_index;
    }

private:
    struct Titled
    {
        QString text;
        int occupation = -1;
    };

    /** A title's shared text and, when `map` (it has no reading), the occupation it maps to, worked out once. */
    const Titled &titled(QByteArrayView utf8, bool map)
    {
        const std::string_view key(utf8.data(), size_t(utf8.size()));
        auto it = m_titles8.find(key);
        if (it == m_titles8.end()) {
            const std::string &stored = m_keys.emplace_back(key);
            const QString text = intern(QString::fromUtf8(stored.data(), qsizetype(stored.size())));
            it = m_titles8.emplace(std::string_view(stored), Titled{text, -2}).first;
        }
        if (map && it->second.occupation == -2)
            it->second.occupation = occupationOf(it->second.text);
        return it->second;
    }

    /** A stored reading's occupation id as a taxonomy index (-1 for none or unknown). */
    int occupationById(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return -1;
        const std::string_view key(utf8.data(), size_t(utf8.size()));
        auto it = m_occupations8.find(key);
        if (it == m_occupations8.end()) {
            const std::string &stored = m_keys.emplace_back(key);
            const int index =
                m_normaliser.taxonomy().occupationIndex(QString::fromUtf8(stored.data(), qsizetype(stored.size())));
            it = m_occupations8.emplace(std::string_view(stored), index).first;
        }
        return it->second;
    }

    /** conceptTerm() for an id in a stored reading's blob, found again without decoding it. */
    Term conceptTermUtf8(std::string_view id)
    {
        auto it = m_concepts8.find(id);
        if (it == m_concepts8.end()) {
            const std::string &stored = m_keys.emplace_back(id);
            it = m_concepts8
                     .emplace(std::string_view(stored),
                              conceptTerm(QString::fromUtf8(stored.data(), qsizetype(stored.size()))))
                     .first;
        }
        return it->second;
    }

    QString interned(QByteArrayView utf8)
    {
        const std::string_view key(utf8.data(), size_t(utf8.size()));
        auto it = m_employers8.find(key);
        if (it == m_employers8.end()) {
            const std::string &stored = m_keys.emplace_back(key);
            it = m_employers8
                     .emplace(std::string_view(stored),
                              intern(QString::fromUtf8(stored.data(), qsizetype(stored.size()))))
                     .first;
        }
        return it->second;
    }

    /** Titles and employers repeat across thousands of vacancies; one shared copy each. */
    QString intern(const QString &text)
    {
        const auto it = m_strings.constFind(text);
        if (it != m_strings.constEnd())
            return *it;
        m_strings.insert(text);
        return text;
    }

    Term termOf(const QString &label)
    {
        if (const auto it = m_labels.constFind(label); it != m_labels.constEnd())
            return *it;
        const NormalisedLabel mapped = m_normaliser.skill(label);
        Term out{-1, mapped.mapped() ? m_normaliser.taxonomy().conceptIndex(mapped.id) : -1};
        const QString key = mapped.termKey();
        if (key != QLatin1String("text:")) {
            out.term = m_index->m_termByKey.value(key, -1);
            if (out.term < 0) {
                out.term = int(m_index->m_termKeys.size());
                m_index->m_termByKey.insert(key, out.term);
                m_index->m_termKeys.append(key);
                m_index->m_termLabels.append(mapped.label);
                m_index->m_postings.append(QVector<quint32>());
            }
        }
        m_labels.insert(label, out);
        return out;
    }

    /** The term of a taxonomy concept read from an advert, made when first seen. */
    Term conceptTerm(const QString &conceptId)
    {
        const int conceptIndex = m_normaliser.taxonomy().conceptIndex(conceptId);
        if (conceptIndex < 0)
            return Term{};
        int term = m_index->m_termByKey.value(conceptId, -1);
        if (term < 0) {
            term = int(m_index->m_termKeys.size());
            m_index->m_termByKey.insert(conceptId, term);
            m_index->m_termKeys.append(conceptId);
            m_index->m_termLabels.append(m_normaliser.taxonomy().concepts().at(conceptIndex).preferredLabel);
            m_index->m_postings.append(QVector<quint32>());
        }
        return Term{term, conceptIndex, 0};
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

    const QSet<int> *essentialOf(int occupation)
    {
        if (occupation < 0)
            return nullptr;
        auto it = m_essential.find(occupation);
        if (it == m_essential.end()) {
            QSet<int> concepts;
            for (const QString &id : m_normaliser.taxonomy().occupations().at(occupation).essentialSkills)
                concepts.insert(m_normaliser.taxonomy().conceptIndex(id));
            it = m_essential.insert(occupation, concepts);
        }
        return &*it;
    }

    const SkillNormaliser &m_normaliser;
    std::shared_ptr<VacancyIndex> m_index;
    QHash<QString, Term> m_labels;
    // Keys are views into m_keys, whose strings never move (a deque does not relocate its elements).
    std::deque<std::string> m_keys;
    std::unordered_map<std::string_view, Term> m_utf8Labels;
    std::unordered_map<std::string_view, Titled> m_titles8;
    std::unordered_map<std::string_view, QString> m_employers8;
    std::unordered_map<std::string_view, int> m_occupations8;
    std::unordered_map<std::string_view, Term> m_concepts8;
    QVector<Term> m_scratch;
    QHash<QString, int> m_titles;
    QHash<int, QSet<int>> m_essential;
    QSet<QString> m_strings;
};

namespace
{
    float toFloat(const std::optional<double> &value)
    {
        return value ? float(*value) : VacancyIndex::Unknown;
    }

    ContractType contractOf(QByteArrayView name)
    {
        static const auto names = [] {
            std::array<QPair<QByteArray, ContractType>, 5> out;
            int i = 0;
            for (ContractType type : {ContractType::Permanent,
                                      ContractType::Temporary,
                                      ContractType::FixedTerm,
                                      ContractType::Apprenticeship,
                                      ContractType::ZeroHours})
                out[size_t(i++)] = {VacancyCsv::contractTypeName(type).toLatin1(), type};
            return out;
        }();
        for (const auto &[text, type] : names) {
            if (name == text)
                return type;
        }
        return ContractType::Permanent;
    }
} // namespace

Result<std::shared_ptr<const VacancyIndex>>
VacancyIndex::build(Database &db, const SkillNormaliser &normaliser, const QDate &today, const Progress &progress)
{
    Builder builder(normaliser);
    // One pass over the table decrypts each page once. Most vacancies are open, so walking an index on the
    // closing date (schema 12 dropped the one there was) would decrypt each table page many times over;
    // NOT INDEXED keeps it that way if an index is ever added.
    // What was read of each vacancy at import (schema 17) joins by row number, and only when it was read against
    // this taxonomy and reader: a stale reading is left out, and its vacancy is indexed from its title and listed
    // skills as before.
    Statement rows = db.prepare(
        "SELECT v.id, v.title, v.employer, v.skills, coalesce(v.latitude, o.latitude), "
        "coalesce(v.longitude, o.longitude), v.hours, v.salary_min, v.salary_max, v.contract_type, v.closing_date, "
        "v.updated_at, r.row IS NOT NULL, r.occupation, r.skills FROM vacancies v NOT INDEXED "
        "LEFT JOIN outcodes o ON o.outcode = v.outcode LEFT JOIN vacancy_readings r ON r.row = v.row AND r.stamp = ?2 "
        "WHERE v.withdrawn = 0 AND v.closing_date >= ?1");
    rows.bind(1, today.toString(Qt::ISODate)).bind(2, VacancyReadingCodec::stamp(normaliser.taxonomy()));
    if (auto rowids = db.scalarInteger("SELECT coalesce(max(rowid), 0) FROM vacancies"); rowids)
        builder.reserve(qsizetype(std::min<qint64>(rowids.value(), 5'000'000)));
    qint64 count = 0;
    auto optionalReal = [&rows](int column) { return rows.isNull(column) ? Unknown : float(rows.real(column)); };
    // QDate::fromString was a fifth of the build; the vault always stores yyyy-mm-dd.
    auto julianDay = [](QByteArrayView iso) -> qint32 {
        if (iso.size() < 10 || iso.at(4) != '-' || iso.at(7) != '-')
            return 0;
        auto digits = [&iso](int from, int count) {
            int value = 0;
            for (int i = from; i < from + count; ++i)
                value = value * 10 + (iso.at(i) - '0');
            return value;
        };
        return qint32(QDate(digits(0, 4), digits(5, 2), digits(8, 2)).toJulianDay());
    };
    while (rows.next()) {
        Entry e;
        e.id = rows.text(0);
        e.latitude = optionalReal(4);
        e.longitude = optionalReal(5);
        e.hours = optionalReal(6);
        e.salaryMin = optionalReal(7);
        e.salaryMax = optionalReal(8);
        e.contract = contractOf(rows.view(9));
        e.closingDay = julianDay(rows.view(10));
        e.listedDay = julianDay(rows.view(11));
        if (rows.integer(12) != 0)
            builder.addUtf8Read(std::move(e), rows.view(1), rows.view(2), rows.view(3), rows.view(13), rows.view(14));
        else
            builder.addUtf8(std::move(e), rows.view(1), rows.view(2), rows.view(3));
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
        if (v.reading.isEmpty())
            builder.add(std::move(e), v.skills);
        else
            builder.addRead(std::move(e), v.skills, v.reading);
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
