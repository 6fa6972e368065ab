#include "model/notes/NoteExtractor.h"

#include <QTest>

namespace
{
    std::shared_ptr<const SkillNormaliser> builtInNormaliser()
    {
        Result<Taxonomy> taxonomy = Taxonomy::builtIn();
        return std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(taxonomy.value()));
    }

    /** Job-advert wording against an ESCO-like taxonomy. */
    std::shared_ptr<const SkillNormaliser> advertNormaliser()
    {
        auto t = std::make_shared<Taxonomy>();
        const auto add = [&](const QString &label, const QStringList &alts) {
            t->addConcept({Taxonomy::slugId(QStringLiteral("t"), label), label, ConceptType::Skill, alts, {}});
        };
        add(QStringLiteral("analyse business requirements"), {QStringLiteral("study business requirements")});
        add(QStringLiteral("think creatively"), {QStringLiteral("design")});
        add(QStringLiteral("manage budgets"), {QStringLiteral("budget management")});
        add(QStringLiteral("business analysis"), {});
        add(QStringLiteral("graphic design"), {});
        return std::make_shared<const SkillNormaliser>(t);
    }

    QStringList skills(const NoteExtractor &extractor, const QString &text)
    {
        QStringList out;
        for (const ExtractedSuggestion &s : extractor.extract(text)) {
            if (s.kind == ExtractedSuggestion::Kind::Skill)
                out.append(s.value);
        }
        return out;
    }
} // namespace

class TestNoteExtractorSkills : public QObject
{
    Q_OBJECT

private slots:
    void negationStillHolds_data();
    void negationStillHolds();
    void advertPhrasingsAreLinked_data();
    void advertPhrasingsAreLinked();
    void linkedSkillsCarryTheirSentenceAndConfidence();
    void otherKindsKeepTheirWords();

private:
    const NoteExtractor m_notes{builtInNormaliser(), QDate(2026, 3, 11)};
    const NoteExtractor m_adverts{advertNormaliser(), QDate(2026, 3, 11)};
};

void TestNoteExtractorSkills::negationStillHolds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("suggested");

    QTest::newRow("plain") << "Has experience of food preparation." << true;
    QTest::newRow("no experience of") << "No experience of food preparation." << false;
    QTest::newRow("hasnt done") << "Hasn't done food preparation." << false;
}

void TestNoteExtractorSkills::negationStillHolds()
{
    QFETCH(QString, text);
    QFETCH(bool, suggested);
    QCOMPARE(skills(m_notes, text).contains(QStringLiteral("food preparation")), suggested);
}

void TestNoteExtractorSkills::advertPhrasingsAreLinked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("ability to, near phrasing")
        << "Ability to analyse requirements" << QStringList{"analyse business requirements"};
    QTest::newRow("you will, word forms")
        << "You will be analysing business requirements" << QStringList{"analyse business requirements"};
    QTest::newRow("ordinary word alone") << "We value design and craft." << QStringList{};
    QTest::newRow("label as written") << "Strong graphic design portfolio" << QStringList{"graphic design"};
    QTest::newRow("negated advert phrasing") << "No experience of budget management needed" << QStringList{};
}

void TestNoteExtractorSkills::advertPhrasingsAreLinked()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(skills(m_adverts, text), expected);
}

void TestNoteExtractorSkills::linkedSkillsCarryTheirSentenceAndConfidence()
{
    const QString text = QStringLiteral("Tidy desk. Ability to analyse requirements. Keen.");
    const QVector<ExtractedSuggestion> found = m_adverts.extract(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().sentence, QStringLiteral("Ability to analyse requirements."));
    QCOMPARE(text.mid(found.first().start, found.first().length), QStringLiteral("analyse requirements"));
    QVERIFY(found.first().confidence > 0 && found.first().confidence <= 1);
    QVERIFY(!found.first().conceptId.isEmpty());
}

void TestNoteExtractorSkills::otherKindsKeepTheirWords()
{
    // A barrier or a job goal found by the lexicon is never also read as a skill.
    const QVector<ExtractedSuggestion> found = m_notes.extract(QStringLiteral("Wants to work as a cleaner."));
    for (const ExtractedSuggestion &s : found)
        QVERIFY(s.kind != ExtractedSuggestion::Kind::Skill);
}

QTEST_GUILESS_MAIN(TestNoteExtractorSkills)
#include "TestNoteExtractorSkills.moc"
