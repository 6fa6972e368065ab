#include "model/notes/NoteTokenizer.h"

#include <QTest>

class TestNoteTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void foldsWordsLikeLabelKeys_data();
    void foldsWordsLikeLabelKeys();
    void spansPointAtTheText();
    void recordsHowStronglyWordsAreSeparated();
    void recordsCapitals();
    void recordsTechnicalNames();
    void findsPhrasesWithinASentence();
    void emptyTextGivesNoTokens();
};

void TestNoteTokenizer::foldsWordsLikeLabelKeys_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("keys");

    QTest::newRow("case and plural") << "Forklift Licences" << QStringList{"forklift", "licence"};
    QTest::newRow("apostrophe joins") << "doesn't drive" << QStringList{"doesnt", "drive"};
    QTest::newRow("ampersand is and") << "health & safety" << QStringList{"health", "and", "safety"};
    QTest::newRow("plus and hash stay") << "C++ and C#" << QStringList{"c++", "and", "c#"};
    QTest::newRow("british spelling") << "organizing" << QStringList{"organising"};
}

void TestNoteTokenizer::foldsWordsLikeLabelKeys()
{
    QFETCH(QString, text);
    QFETCH(QStringList, keys);
    QStringList got;
    for (const NoteToken &t : NoteTokenizer::tokenize(text))
        got.append(t.key);
    QCOMPARE(got, keys);
}

void TestNoteTokenizer::spansPointAtTheText()
{
    const QString text = QStringLiteral("  Has a CSCS card.");
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);
    QCOMPARE(tokens.size(), 4);
    QCOMPARE(text.mid(tokens.at(2).start, tokens.at(2).end - tokens.at(2).start), QStringLiteral("CSCS"));
    QCOMPARE(text.mid(tokens.at(3).start, tokens.at(3).end - tokens.at(3).start), QStringLiteral("card"));
}

void TestNoteTokenizer::recordsHowStronglyWordsAreSeparated()
{
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(QStringLiteral("car, bus. train\nvan (lorry) taxi"));
    QCOMPARE(tokens.size(), 6);
    QCOMPARE(tokens.at(0).breakBefore, 0);
    QCOMPARE(tokens.at(1).breakBefore, 1); // comma
    QCOMPARE(tokens.at(2).breakBefore, 2); // full stop
    QCOMPARE(tokens.at(3).breakBefore, 2); // new line
    QCOMPARE(tokens.at(4).breakBefore, 1); // bracket
    QCOMPARE(tokens.at(5).breakBefore, 1);
}

void TestNoteTokenizer::recordsCapitals()
{
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(QStringLiteral("FORS for Polish"));
    QVERIFY(tokens.at(0).upper);
    QVERIFY(tokens.at(0).capital);
    QVERIFY(!tokens.at(1).upper);
    QVERIFY(!tokens.at(1).capital);
    QVERIFY(!tokens.at(2).upper);
    QVERIFY(tokens.at(2).capital);
}

void TestNoteTokenizer::recordsTechnicalNames()
{
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(QStringLiteral("TypeScript C# S3 Python java"));
    QVERIFY(tokens.at(0).technical);
    QVERIFY(tokens.at(1).technical);
    QVERIFY(tokens.at(2).technical);
    QVERIFY(!tokens.at(3).technical);
    QVERIFY(!tokens.at(4).technical);
}

void TestNoteTokenizer::findsPhrasesWithinASentence()
{
    const QVector<QStringList> phrases = {{"no", "car"}};
    const QVector<NoteToken> joined = NoteTokenizer::tokenize(QStringLiteral("Has no car"));
    QVERIFY(NoteTokenizer::phraseEndsAt(joined, 2, phrases));
    QVERIFY(NoteTokenizer::phraseStartsAt(joined, 1, phrases));
    QVERIFY(!NoteTokenizer::phraseStartsAt(joined, 0, phrases));
    const QVector<NoteToken> split = NoteTokenizer::tokenize(QStringLiteral("Said no. Car is fine"));
    QVERIFY(!NoteTokenizer::phraseEndsAt(split, 2, phrases));
    QVERIFY(!NoteTokenizer::phraseStartsAt(split, 1, phrases));
    QVERIFY(!NoteTokenizer::phraseEndsAt(joined, 0, phrases)); // would start before the text
}

void TestNoteTokenizer::emptyTextGivesNoTokens()
{
    QVERIFY(NoteTokenizer::tokenize(QString()).isEmpty());
    QVERIFY(NoteTokenizer::tokenize(QStringLiteral(" .,;\n")).isEmpty());
}

QTEST_GUILESS_MAIN(TestNoteTokenizer)
#include "TestNoteTokenizer.moc"
