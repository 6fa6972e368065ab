#include "model/notes/QualificationFinder.h"

#include <QTest>

namespace
{
    std::shared_ptr<const NoteLexicon> builtInLexicon()
    {
        Result<Taxonomy> taxonomy = Taxonomy::builtIn();
        return std::make_shared<const NoteLexicon>(
            std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(taxonomy.value())));
    }
} // namespace

class TestQualificationFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsQualifications_data();
    void findsQualifications();
    void spansPointAtTheText();
    void worksWithoutATaxonomy();

private:
    const QualificationFinder m_finder{builtInLexicon(), std::make_shared<const NoteCues>()};
};

void TestQualificationFinder::findsQualifications_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("values");

    QTest::newRow("NVQ kept as written") << "Has an NVQ Level 2 in customer service."
                                         << QStringList{"NVQ Level 2 in customer service"};
    QTest::newRow("GCSE mapped to the taxonomy") << "Has GCSE maths." << QStringList{"GCSE maths grade 4"};
    QTest::newRow("coordinated GCSEs") << "Has GCSE English and maths."
                                       << QStringList{"GCSE English grade 4", "GCSE maths grade 4"};
    QTest::newRow("degree") << "Has a degree in history." << QStringList{"degree in history"};
    QTest::newRow("negated") << "Has no NVQ Level 2 in care." << QStringList{};
    QTest::newRow("bare GCSE") << "Has GCSEs." << QStringList{};
}

void TestQualificationFinder::findsQualifications()
{
    QFETCH(QString, text);
    QFETCH(QStringList, values);
    QVector<ExtractedSuggestion> found;
    m_finder.find(text, NoteTokenizer::tokenize(text), found);
    QStringList got;
    for (const ExtractedSuggestion &s : found)
        got.append(s.value);
    QCOMPARE(got, values);
}

void TestQualificationFinder::spansPointAtTheText()
{
    const QString text = QStringLiteral("Did a degree in history at Leeds.");
    QVector<ExtractedSuggestion> found;
    m_finder.find(text, NoteTokenizer::tokenize(text), found);
    QCOMPARE(found.size(), 1);
    QCOMPARE(text.mid(found.first().start, found.first().length), QStringLiteral("degree in history"));
    QCOMPARE(found.first().kind, ExtractedSuggestion::Kind::Qualification);
    QVERIFY(found.first().conceptId.isEmpty());
}

void TestQualificationFinder::worksWithoutATaxonomy()
{
    const QualificationFinder bare(std::make_shared<const NoteLexicon>(nullptr), std::make_shared<const NoteCues>());
    const QString text = QStringLiteral("Has GCSE maths.");
    QVector<ExtractedSuggestion> found;
    bare.find(text, NoteTokenizer::tokenize(text), found);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().value, QStringLiteral("GCSE maths"));
}

QTEST_GUILESS_MAIN(TestQualificationFinder)
#include "TestQualificationFinder.moc"
