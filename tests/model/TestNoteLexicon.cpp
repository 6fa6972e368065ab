#include "model/notes/NoteLexicon.h"

#include <QTest>

namespace
{
    std::shared_ptr<const SkillNormaliser> smallNormaliser()
    {
        auto taxonomy = std::make_shared<Taxonomy>();
        taxonomy->addConcept({QStringLiteral("t:forklift"),
                              QStringLiteral("forklift driving"),
                              ConceptType::Skill,
                              {QStringLiteral("forklift"), QStringLiteral("FLT")},
                              {}});
        taxonomy->addConcept({QStringLiteral("t:truck"),
                              QStringLiteral("forklift truck licence"),
                              ConceptType::Licence,
                              {QStringLiteral("forklift")},
                              {}});
        taxonomy->addConcept({QStringLiteral("t:comms"), QStringLiteral("communication"), ConceptType::Skill, {}, {}});
        taxonomy->addConcept({QStringLiteral("t:polish"), QStringLiteral("Polish"), ConceptType::Skill, {}, {}});
        taxonomy->addConcept(
            {QStringLiteral("t:gcse"), QStringLiteral("GCSE maths grade 4"), ConceptType::Licence, {}, {}});
        return std::make_shared<const SkillNormaliser>(taxonomy);
    }

    /** "first-last:target" for each concept match, in text order. */
    QStringList conceptMatches(const NoteLexicon &lexicon, const QString &text)
    {
        const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);
        QStringList out;
        for (const NoteLexicon::Match &m : lexicon.scan(tokens)) {
            for (const NoteLexicon::Entry &e : m.phrase->entries) {
                if (e.kind == NoteLexicon::EntryKind::Concept && NoteLexicon::caseAllows(e, tokens.at(m.first)))
                    out.append(QStringLiteral("%1-%2:%3").arg(m.first).arg(m.last).arg(e.target));
            }
        }
        return out;
    }
} // namespace

class TestNoteLexicon : public QObject
{
    Q_OBJECT

private slots:
    void longestLabelWins();
    void preferredLabelBeatsAlternative();
    void stoplistedLabelsAreLeftOut();
    void caseRulesGuardAcronymsAndNames_data();
    void caseRulesGuardAcronymsAndNames();
    void resourceLexiconsComeWithoutATaxonomy();
    void conceptSuggestionKnowsItsKind();
    void readsResourceLines();

private:
    NoteLexicon m_lexicon{smallNormaliser()};
};

void TestNoteLexicon::longestLabelWins()
{
    // "forklift truck licence" (3 words) rather than "forklift" then nothing.
    QCOMPARE(conceptMatches(m_lexicon, QStringLiteral("has a forklift truck licence")), QStringList{"2-4:1"});
    QCOMPARE(conceptMatches(m_lexicon, QStringLiteral("forklift driving, forklift")), (QStringList{"0-1:0", "2-2:0"}));
}

void TestNoteLexicon::preferredLabelBeatsAlternative()
{
    // "forklift" is an alternative label of two concepts; the first added keeps it.
    const NoteLexicon::Phrase *p = m_lexicon.phrase(QStringLiteral("forklift"));
    QVERIFY(p);
    int concepts = 0;
    for (const NoteLexicon::Entry &e : p->entries) {
        if (e.kind == NoteLexicon::EntryKind::Concept) {
            ++concepts;
            QCOMPARE(e.target, 0);
        }
    }
    QCOMPARE(concepts, 1);
}

void TestNoteLexicon::stoplistedLabelsAreLeftOut()
{
    QVERIFY(!m_lexicon.phrase(QStringLiteral("communication")));
    QVERIFY(conceptMatches(m_lexicon, QStringLiteral("good communication")).isEmpty());
}

void TestNoteLexicon::caseRulesGuardAcronymsAndNames_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("matches");

    QTest::newRow("acronym in capitals") << "has FLT" << 1;
    QTest::newRow("acronym in lower case") << "went flt" << 0;
    QTest::newRow("name capitalised") << "speaks Polish" << 1;
    QTest::newRow("name in lower case") << "likes polish" << 0;
}

void TestNoteLexicon::caseRulesGuardAcronymsAndNames()
{
    QFETCH(QString, text);
    QFETCH(int, matches);
    QCOMPARE(conceptMatches(m_lexicon, text).size(), matches);
    QCOMPARE(NoteLexicon::caseRuleOf(QStringLiteral("FLT")), NoteLexicon::CaseRule::Capitals);
    QCOMPARE(NoteLexicon::caseRuleOf(QStringLiteral("Polish")), NoteLexicon::CaseRule::Capitalised);
    QCOMPARE(NoteLexicon::caseRuleOf(QStringLiteral("forklift driving")), NoteLexicon::CaseRule::Any);
}

void TestNoteLexicon::resourceLexiconsComeWithoutATaxonomy()
{
    const NoteLexicon bare(nullptr);
    const NoteLexicon::Phrase *p = bare.phrase(QStringLiteral("no car"));
    QVERIFY(p);
    QCOMPARE(p->entries.first().kind, NoteLexicon::EntryKind::Barrier);
    QCOMPARE(p->entries.first().value, QStringLiteral("transport"));
    QVERIFY(!bare.phrase(QStringLiteral("forklift driving")));
}

void TestNoteLexicon::conceptSuggestionKnowsItsKind()
{
    const ExtractedSuggestion skill = m_lexicon.conceptSuggestion(0, 3, 8, 0.9);
    QCOMPARE(skill.kind, ExtractedSuggestion::Kind::Skill);
    QCOMPARE(skill.value, QStringLiteral("forklift driving"));
    QCOMPARE(skill.conceptId, QStringLiteral("t:forklift"));
    QCOMPARE(skill.start, 3);
    QCOMPARE(skill.length, 8);
    QCOMPARE(m_lexicon.conceptSuggestion(1, 0, 1, 0.9).kind, ExtractedSuggestion::Kind::Licence);
    QCOMPARE(m_lexicon.conceptSuggestion(4, 0, 1, 0.9).kind, ExtractedSuggestion::Kind::Qualification);
}

void TestNoteLexicon::readsResourceLines()
{
    const QStringList lines = NoteLexicon::lines(QStringLiteral("stoplist.txt"));
    QVERIFY(lines.contains(QStringLiteral("communication")));
    for (const QString &line : lines)
        QVERIFY(!line.startsWith(QLatin1Char('#')) && !line.trimmed().isEmpty());
    QVERIFY(NoteLexicon::lines(QStringLiteral("missing.txt")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNoteLexicon)
#include "TestNoteLexicon.moc"
