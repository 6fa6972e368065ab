#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/matching/VacancyIndex.h"

#include <QTest>

#include <cmath>

/** The vacancies laid out for matching: open ones only, skills as shared terms, rarer skills weighing more. */
class TestVacancyIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keepsOnlyVacanciesOpenToday();
    void copiesTheColumns();
    void sharesTermsAndListsPostingsInOrder();
    void rarerSkillsWeighMore();
    void skillWeightIsTheSumOfItsSkills();
    void aSkillListedTwiceCountsOnce();
    void findsVacanciesById_data();
    void findsVacanciesById();
    void emptyIndexIsUsable();
    void takesOccupationAndReadSkillsFromAReading();

private:
    static Vacancy vacancy(const QString &id, const QStringList &skills, const QDate &closing);

    std::unique_ptr<SkillNormaliser> m_normaliser;
    std::shared_ptr<const VacancyIndex> m_index;
    const QDate m_today{2026, 11, 1};
};

Vacancy TestVacancyIndex::vacancy(const QString &id, const QStringList &skills, const QDate &closing)
{
    Vacancy v;
    v.id = id;
    v.title = "Zzyzx role " + id; // no occupation, so no skill is essential and weights stay simple
    v.employer = "Employer " + id;
    v.skills = skills;
    v.closingDate = closing;
    return v;
}

void TestVacancyIndex::initTestCase()
{
    m_normaliser = std::make_unique<SkillNormaliser>(std::make_shared<const Taxonomy>(Taxonomy::builtIn().value()));
    QVector<Vacancy> vacancies = {
        vacancy("v1", {"Quillwork alpha", "Quillwork beta"}, m_today.addDays(10)),
        vacancy("closed", {"Quillwork alpha"}, m_today.addDays(-1)),
        vacancy("v2", {"Quillwork alpha"}, m_today),
        vacancy("v3", {"Quillwork alpha", "Quillwork gamma", "quillwork ALPHA"}, m_today.addDays(3)),
    };
    vacancies[0].latitude = 53.8;
    vacancies[0].longitude = -1.55;
    vacancies[0].hoursPerWeek = 37.5;
    vacancies[0].salaryMin = 21000;
    vacancies[0].salaryMax = 24000;
    vacancies[0].contractType = ContractType::Apprenticeship;
    m_index = VacancyIndex::fromVacancies(vacancies, *m_normaliser, m_today);
    QVERIFY(m_index);
}

void TestVacancyIndex::keepsOnlyVacanciesOpenToday()
{
    QCOMPARE(m_index->size(), 3);
    QCOMPARE(m_index->entry(0).id, QStringLiteral("v1"));
    QCOMPARE(m_index->entry(1).id, QStringLiteral("v2")); // closing today is still open
    QCOMPARE(m_index->entry(2).id, QStringLiteral("v3"));
    QCOMPARE(m_index->indexOf("closed"), -1);
}

void TestVacancyIndex::copiesTheColumns()
{
    const VacancyIndex::Entry &first = m_index->entry(0);
    QCOMPARE(first.title, QStringLiteral("Zzyzx role v1"));
    QCOMPARE(first.employer, QStringLiteral("Employer v1"));
    QVERIFY(first.hasLocation());
    QCOMPARE(first.latitude, 53.8f);
    QCOMPARE(first.longitude, -1.55f);
    QCOMPARE(first.hours, 37.5f);
    QCOMPARE(first.salaryMin, 21000.0f);
    QCOMPARE(first.salaryMax, 24000.0f);
    QCOMPARE(first.contract, ContractType::Apprenticeship);
    QCOMPARE(first.closingDay, qint32(m_today.addDays(10).toJulianDay()));
    QCOMPARE(first.listedDay, qint32(m_today.toJulianDay()));
    QCOMPARE(first.occupation, -1);
    QCOMPARE(m_index->latitudes()[0], 53.8f);
    QCOMPARE(m_index->occupations()[0], -1);

    const VacancyIndex::Entry &second = m_index->entry(1);
    QVERIFY(!second.hasLocation());
    QVERIFY(std::isnan(second.hours));
    QVERIFY(std::isnan(second.salaryMin));
    QVERIFY(std::isnan(m_index->longitudes()[1]));
    QVERIFY(m_index->occupationPostings(0).isEmpty());
}

void TestVacancyIndex::sharesTermsAndListsPostingsInOrder()
{
    // Free text the taxonomy does not know is kept as a term of its own, shared by every vacancy using it.
    const int alpha = m_index->termIndex(m_normaliser->skill("Quillwork alpha").termKey());
    const int beta = m_index->termIndex(m_normaliser->skill("Quillwork beta").termKey());
    const int gamma = m_index->termIndex(m_normaliser->skill("Quillwork gamma").termKey());
    QVERIFY(alpha >= 0 && beta >= 0 && gamma >= 0);
    QCOMPARE(m_index->termCount(), 3);
    QCOMPARE(m_index->termLabel(alpha), QStringLiteral("Quillwork alpha"));
    QVERIFY(m_index->termKey(alpha).startsWith("text:"));
    QCOMPARE(m_index->termIndex("text:no such skill"), -1);

    auto rows = [](const QVector<quint32> &postings) {
        QVector<int> out;
        for (quint32 p : postings)
            out.append(int(p & VacancyIndex::TermMask));
        return out;
    };
    QCOMPARE(rows(m_index->postings(alpha)), (QVector<int>{0, 1, 2}));
    QCOMPARE(rows(m_index->postings(beta)), (QVector<int>{0}));
    QCOMPARE(rows(m_index->postings(gamma)), (QVector<int>{2}));
    for (int term : {alpha, beta, gamma}) {
        for (quint32 p : m_index->postings(term))
            QVERIFY(!(p & VacancyIndex::EssentialBit)); // no occupation, so nothing is essential
    }
    QCOMPARE(m_index->entry(0).skillCount, quint16(2));
    QCOMPARE(int(m_index->termsOf(0)[0] & VacancyIndex::TermMask), alpha);
    QCOMPARE(int(m_index->termsOf(0)[1] & VacancyIndex::TermMask), beta);
}

void TestVacancyIndex::rarerSkillsWeighMore()
{
    const int alpha = m_index->termIndex(m_normaliser->skill("Quillwork alpha").termKey());
    const int beta = m_index->termIndex(m_normaliser->skill("Quillwork beta").termKey());
    // log(1 + vacancies / vacancies asking for it)
    QCOMPARE(m_index->termWeight(alpha), float(std::log(1.0 + 3.0 / 3.0)));
    QCOMPARE(m_index->termWeight(beta), float(std::log(1.0 + 3.0 / 1.0)));
    QVERIFY(m_index->termWeight(beta) > m_index->termWeight(alpha));
}

void TestVacancyIndex::skillWeightIsTheSumOfItsSkills()
{
    for (int v = 0; v < m_index->size(); ++v) {
        float expected = 0;
        for (int s = 0; s < m_index->entry(v).skillCount; ++s)
            expected += m_index->termWeight(int(m_index->termsOf(v)[s] & VacancyIndex::TermMask)) *
                        VacancyIndex::OtherSkillFactor;
        QCOMPARE(m_index->entry(v).skillWeight, expected);
        QCOMPARE(m_index->skillWeights()[v], expected);
    }
}

void TestVacancyIndex::aSkillListedTwiceCountsOnce()
{
    // v3 lists "Quillwork alpha" twice, the second time in other case.
    QCOMPARE(m_index->entry(2).skillCount, quint16(2));
}

void TestVacancyIndex::findsVacanciesById_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("index");
    QTest::addRow("first") << "v1" << 0;
    QTest::addRow("last") << "v3" << 2;
    QTest::addRow("unknown") << "v9" << -1;
    QTest::addRow("empty") << "" << -1;
}

void TestVacancyIndex::findsVacanciesById()
{
    QFETCH(QString, id);
    QFETCH(int, index);
    QCOMPARE(m_index->indexOf(id), index);
}

void TestVacancyIndex::emptyIndexIsUsable()
{
    const auto empty = VacancyIndex::fromVacancies({}, *m_normaliser, m_today);
    QCOMPARE(empty->size(), 0);
    QCOMPARE(empty->termCount(), 0);
    QCOMPARE(empty->indexOf("v1"), -1);
    QVERIFY(empty->occupationPostings(0).isEmpty());
    QCOMPARE(empty->textBytes(), 0);
}

void TestVacancyIndex::takesOccupationAndReadSkillsFromAReading()
{
    const Taxonomy &taxonomy = m_normaliser->taxonomy();
    const Occupation &care = taxonomy.occupations().first();
    QVERIFY(care.essentialSkills.size() >= 2);
    Vacancy v = vacancy("read", {}, m_today);
    v.title = "Zzyzx role"; // the title maps to nothing: the occupation comes from the reading alone
    v.reading.occupationId = care.id;
    v.reading.skills = {{care.essentialSkills.at(0), SkillSource::Stated, 0.9f, 0, 5},
                        {care.essentialSkills.at(1), SkillSource::Implied, 0.8f, -1, -1}};
    const auto index = VacancyIndex::fromVacancies({v}, *m_normaliser, m_today);
    QCOMPARE(index->size(), 1);
    QCOMPARE(index->entry(0).occupation, taxonomy.occupationIndex(care.id));
    QCOMPARE(index->entry(0).skillCount, quint16(2));
    const quint32 stated = index->termsOf(0)[0];
    const quint32 implied = index->termsOf(0)[1];
    QCOMPARE(index->termKey(int(stated & VacancyIndex::TermMask)), care.essentialSkills.at(0));
    QVERIFY(stated & VacancyIndex::StatedBit);
    QVERIFY(stated & VacancyIndex::EssentialBit);
    QVERIFY(implied & VacancyIndex::ImpliedBit);
    // An implied skill counts for less than one the advert states.
    QVERIFY(VacancyIndex::termFactor(implied) < VacancyIndex::termFactor(stated));
    const float expected = index->termWeight(int(stated & VacancyIndex::TermMask)) * VacancyIndex::termFactor(stated) +
                           index->termWeight(int(implied & VacancyIndex::TermMask)) * VacancyIndex::termFactor(implied);
    QCOMPARE(index->entry(0).skillWeight, expected);
}

QTEST_APPLESS_MAIN(TestVacancyIndex)
#include "TestVacancyIndex.moc"
