#include "model/notes/VacancyUnderstanding.h"

#include <QTest>

#include <algorithm>

class TestVacancyUnderstanding : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsOccupationFromNoisyTitle();
    void readsStatedSkillsWithTheirSpan();
    void impliesTheOccupationsEssentialSkills();
    void keepsListedSkillsListed();
    void leavesNegatedSkillsOut();
    void unknownTitleImpliesNothing();

private:
    const ReadSkill *find(const VacancyReading &reading, const QString &label) const;

    std::shared_ptr<const Taxonomy> m_taxonomy;
    std::unique_ptr<VacancyUnderstanding> m_understanding;
};

void TestVacancyUnderstanding::initTestCase()
{
    auto builtIn = Taxonomy::builtIn();
    QVERIFY(builtIn.ok());
    m_taxonomy = std::make_shared<const Taxonomy>(builtIn.value());
    m_understanding = std::make_unique<VacancyUnderstanding>(std::make_shared<const SkillNormaliser>(m_taxonomy));
}

const ReadSkill *TestVacancyUnderstanding::find(const VacancyReading &reading, const QString &label) const
{
    const auto it = std::find_if(reading.skills.cbegin(), reading.skills.cend(), [&](const ReadSkill &s) {
        return m_taxonomy->labelOf(s.conceptId) == label;
    });
    return it == reading.skills.cend() ? nullptr : &*it;
}

void TestVacancyUnderstanding::readsOccupationFromNoisyTitle()
{
    Vacancy v;
    v.title = QStringLiteral("Bank HCA - Nights (Leeds) Ref: 4471");
    const VacancyReading reading = m_understanding->read(v);
    QCOMPARE(m_taxonomy->occupation(reading.occupationId)->preferredLabel, QStringLiteral("healthcare assistant"));
    QVERIFY(reading.occupationConfidence > 0.5f);
    QVERIFY(!reading.titleEvidence.isEmpty());
}

void TestVacancyUnderstanding::readsStatedSkillsWithTheirSpan()
{
    Vacancy v;
    v.title = QStringLiteral("Care Assistant");
    v.description = QStringLiteral("Join our friendly home. You will have experience of infection control and "
                                   "moving and handling.");
    const VacancyReading reading = m_understanding->read(v);
    const ReadSkill *infection = find(reading, QStringLiteral("infection control"));
    QVERIFY(infection);
    QCOMPARE(infection->source, SkillSource::Stated);
    QVERIFY(infection->confidence > 0 && infection->confidence <= 1);
    QCOMPARE(v.description.mid(infection->begin, infection->end - infection->begin),
             QStringLiteral("infection control"));
}

void TestVacancyUnderstanding::impliesTheOccupationsEssentialSkills()
{
    Vacancy v;
    v.title = QStringLiteral("Care Assistant - Days");
    v.description = QStringLiteral("You will have experience of infection control.");
    const VacancyReading reading = m_understanding->read(v);
    const Occupation *care = m_taxonomy->occupation(reading.occupationId);
    QVERIFY(care);
    QCOMPARE(care->preferredLabel, QStringLiteral("care assistant"));
    // Every essential skill is there once: stated when the advert says it, implied otherwise.
    for (const QString &id : care->essentialSkills) {
        const int count = int(std::count_if(
            reading.skills.cbegin(), reading.skills.cend(), [&](const ReadSkill &s) { return s.conceptId == id; }));
        QCOMPARE(count, 1);
    }
    QCOMPARE(find(reading, QStringLiteral("infection control"))->source, SkillSource::Stated);
    const ReadSkill *personal = find(reading, QStringLiteral("personal care"));
    QVERIFY(personal);
    QCOMPARE(personal->source, SkillSource::Implied);
    QCOMPARE(personal->begin, -1);
}

void TestVacancyUnderstanding::keepsListedSkillsListed()
{
    Vacancy v;
    v.title = QStringLiteral("Care Assistant");
    v.skills = {QStringLiteral("Infection control")};
    v.description = QStringLiteral("Experience of infection control is essential.");
    const VacancyReading reading = m_understanding->read(v);
    const ReadSkill *infection = find(reading, QStringLiteral("infection control"));
    QVERIFY(infection);
    QCOMPARE(infection->source, SkillSource::Listed);
    QCOMPARE(infection->confidence, 1.0f);
}

void TestVacancyUnderstanding::leavesNegatedSkillsOut()
{
    Vacancy v;
    v.title = QStringLiteral("Kitchen porter");
    v.description = QStringLiteral("No experience of infection control needed.");
    QVERIFY(!find(m_understanding->read(v), QStringLiteral("infection control")));
}

void TestVacancyUnderstanding::unknownTitleImpliesNothing()
{
    Vacancy v;
    v.title = QStringLiteral("Xylophone tuner");
    const VacancyReading reading = m_understanding->read(v);
    QVERIFY(reading.occupationId.isEmpty());
    QVERIFY(reading.skills.isEmpty());
    QVERIFY(reading.isEmpty());
}

QTEST_GUILESS_MAIN(TestVacancyUnderstanding)
#include "TestVacancyUnderstanding.moc"
