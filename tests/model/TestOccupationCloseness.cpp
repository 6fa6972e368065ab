#include "model/matching/EscoImport.h"
#include "model/matching/OccupationCloseness.h"
#include "model/matching/SkillRelations.h"
#include "model/matching/Taxonomy.h"

#include <QTest>

class TestOccupationCloseness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void followsEscoAndIscoHierarchy_data();
    void followsEscoAndIscoHierarchy();
    void builtInFamiliesAreClose();
    void skillRelationsGiveLessThanAnExactMatch_data();
    void skillRelationsGiveLessThanAnExactMatch();
    void builtInSiblingsUnderAHeadingAreRelated();

private:
    int occupation(const QString &id) const { return m_esco->occupationIndex("esco:occupation/" + id); }
    int skill(const QString &id) const { return m_esco->conceptIndex("esco:skill/" + id); }

    std::shared_ptr<const Taxonomy> m_esco;
    std::shared_ptr<const Taxonomy> m_builtIn;
};

void TestOccupationCloseness::initTestCase()
{
    auto esco = EscoImport::read(QStringLiteral(WAYMARK_TEST_DATA "/esco-relations"));
    QVERIFY2(esco.ok(), qPrintable(esco.ok() ? QString() : esco.error().message));
    m_esco = std::make_shared<const Taxonomy>(std::move(esco).value());
    m_builtIn = std::make_shared<const Taxonomy>(Taxonomy::builtIn().value());
}

void TestOccupationCloseness::followsEscoAndIscoHierarchy_data()
{
    QTest::addColumn<QString>("to");
    QTest::addColumn<float>("closeness");
    QTest::addColumn<int>("link");
    QTest::addRow("same occupation") << "o-hca" << 1.0f << int(OccupationLink::Same);
    QTest::addRow("narrower by ESCO code") << "o-senior-hca" << 0.8f << int(OccupationLink::NarrowerOrBroader);
    QTest::addRow("same ISCO unit group") << "o-ward" << 0.6f << int(OccupationLink::UnitGroup);
    QTest::addRow("same ISCO minor group") << "o-homecare" << 0.4f << int(OccupationLink::MinorGroup);
    QTest::addRow("same ISCO sub-major group") << "o-childcare" << 0.2f << int(OccupationLink::SubMajorGroup);
    // Another major group, but half their essential skills are the same: 0.8 x Jaccard 1/2.
    QTest::addRow("shared essential skills") << "o-nurse" << 0.4f << int(OccupationLink::SharedSkills);
    QTest::addRow("unrelated") << "o-flt" << 0.0f << int(OccupationLink::None);
}

void TestOccupationCloseness::followsEscoAndIscoHierarchy()
{
    QFETCH(QString, to);
    QFETCH(float, closeness);
    QFETCH(int, link);
    const OccupationCloseness closenessOf(*m_esco);
    const int from = occupation("o-hca");
    const int target = occupation(to);
    QVERIFY(from >= 0 && target >= 0);
    CloseOccupation found;
    for (const CloseOccupation &c : closenessOf.closeTo(from)) {
        if (c.occupation == target)
            found = c;
    }
    QCOMPARE(found.closeness, closeness);
    QCOMPARE(int(found.link), link);
    // Closeness does not depend on which side asks.
    QCOMPARE(closenessOf.byHierarchy(target, from).closeness, closenessOf.byHierarchy(from, target).closeness);
}

void TestOccupationCloseness::builtInFamiliesAreClose()
{
    const OccupationCloseness closeness(*m_builtIn);
    const int care = m_builtIn->occupationIndex("uk-occ:care-assistant");
    const int home = m_builtIn->occupationIndex("uk-occ:home-carer");
    const int forklift = m_builtIn->occupationIndex("uk-occ:forklift-driver");
    QVERIFY(care >= 0 && home >= 0 && forklift >= 0);
    QCOMPARE(closeness.byHierarchy(care, home).link, OccupationLink::Family);
    QCOMPARE(closeness.byHierarchy(care, home).closeness, OccupationCloseness::FamilyCloseness);
    QCOMPARE(closeness.byHierarchy(care, forklift).link, OccupationLink::None);
    // Shared skills count when they make the occupations closer than their family does.
    float best = 0;
    for (const CloseOccupation &c : closeness.closeTo(care)) {
        if (c.occupation == home)
            best = c.closeness;
    }
    QVERIFY(best >= OccupationCloseness::FamilyCloseness);
    QVERIFY(best < 1.0f);
}

void TestOccupationCloseness::skillRelationsGiveLessThanAnExactMatch_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<float>("credit");
    QTest::addColumn<int>("relation");
    QTest::addRow("ESCO relation") << "s-personal"
                                   << "s-hygiene" << 0.5f << int(SkillRelation::Related);
    QTest::addRow("ESCO relation, read backwards") << "s-hygiene"
                                                   << "s-personal" << 0.5f << int(SkillRelation::Related);
    QTest::addRow("broader") << "s-vitals"
                             << "s-personal" << 0.5f << int(SkillRelation::Broader);
    QTest::addRow("narrower") << "s-personal"
                              << "s-vitals" << 0.5f << int(SkillRelation::Narrower);
    QTest::addRow("sibling") << "s-personal"
                             << "s-special" << 0.25f << int(SkillRelation::Sibling);
    QTest::addRow("unrelated") << "s-personal"
                               << "s-forklift" << 0.0f << -1;
}

void TestOccupationCloseness::skillRelationsGiveLessThanAnExactMatch()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(float, credit);
    QFETCH(int, relation);
    const SkillRelations relations(*m_esco);
    RelatedSkill found;
    int seen = 0;
    for (const RelatedSkill &r : relations.of(skill(from))) {
        QVERIFY(r.credit < 1.0f);
        QVERIFY(r.conceptIndex != skill(from));
        QVERIFY(m_esco->concepts().at(r.conceptIndex).type != ConceptType::Group);
        if (r.conceptIndex == skill(to)) {
            found = r;
            ++seen;
        }
    }
    QCOMPARE(found.credit, credit);
    QCOMPARE(seen, relation < 0 ? 0 : 1);
    if (relation >= 0)
        QCOMPARE(int(found.relation), relation);
}

void TestOccupationCloseness::builtInSiblingsUnderAHeadingAreRelated()
{
    const SkillRelations relations(*m_builtIn);
    const int personalCare = m_builtIn->conceptIndex("uk:personal-care");
    QVERIFY(personalCare >= 0);
    const QString heading = m_builtIn->concepts().at(personalCare).broaderId;
    QVERIFY(!heading.isEmpty());
    const QVector<RelatedSkill> related = relations.of(personalCare);
    QVERIFY(!related.isEmpty());
    for (const RelatedSkill &r : related) {
        QCOMPARE(r.relation, SkillRelation::Sibling);
        QCOMPARE(r.credit, SkillRelations::SiblingCredit);
        QCOMPARE(m_builtIn->concepts().at(r.conceptIndex).broaderId, heading);
    }
}

QTEST_GUILESS_MAIN(TestOccupationCloseness)
#include "TestOccupationCloseness.moc"
