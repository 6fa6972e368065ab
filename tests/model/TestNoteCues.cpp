#include "model/notes/NoteCues.h"

#include <QTest>

namespace
{
    /** The index of the first token whose key is `word`. */
    int indexOf(const QVector<NoteToken> &tokens, const QString &word)
    {
        for (int i = 0; i < tokens.size(); ++i) {
            if (tokens.at(i).key == word)
                return i;
        }
        return -1;
    }
} // namespace

class TestNoteCues : public QObject
{
    Q_OBJECT

private slots:
    void readsNegationBefore_data();
    void readsNegationBefore();
    void readsJobCues_data();
    void readsJobCues();
    void readsResolvedAndSomeoneElse();
    void readsAvailabilityCues();

private:
    NoteCues m_cues;
};

void TestNoteCues::readsNegationBefore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("word");
    QTest::addColumn<bool>("negated");

    QTest::newRow("no") << "Has no forklift licence"
                        << "forklift" << true;
    QTest::newRow("hasnt got") << "Hasn't got a forklift licence"
                               << "forklift" << true;
    QTest::newRow("plain") << "Has a forklift licence"
                           << "forklift" << false;
    QTest::newRow("across a comma") << "No, forklift licence"
                                    << "forklift" << false;
    QTest::newRow("but ends the clause") << "No car but forklift licence"
                                         << "forklift" << false;
}

void TestNoteCues::readsNegationBefore()
{
    QFETCH(QString, text);
    QFETCH(QString, word);
    QFETCH(bool, negated);
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);
    const int at = indexOf(tokens, word);
    QVERIFY(at >= 0);
    QCOMPARE(m_cues.negatedBefore(tokens, at), negated);
}

void TestNoteCues::readsJobCues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("cue");

    QTest::newRow("goal") << "Wants to work as a cleaner" << 1;
    QTest::newRow("past") << "Used to be a cleaner" << -1;
    QTest::newRow("negated goal") << "Does not want to work as a cleaner" << -1;
    QTest::newRow("none") << "Met a cleaner" << 0;
    QTest::newRow("other sentence") << "Wants to work. A cleaner" << 0;
}

void TestNoteCues::readsJobCues()
{
    QFETCH(QString, text);
    QFETCH(int, cue);
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);
    QCOMPARE(m_cues.jobCueBefore(tokens, indexOf(tokens, QStringLiteral("cleaner"))), cue);
}

void TestNoteCues::readsResolvedAndSomeoneElse()
{
    const QVector<NoteToken> sorted = NoteTokenizer::tokenize(QStringLiteral("Housing issue now sorted"));
    QVERIFY(m_cues.resolvedAfter(sorted, indexOf(sorted, QStringLiteral("housing"))));
    const QVector<NoteToken> open = NoteTokenizer::tokenize(QStringLiteral("Housing issue. Sorted the forms"));
    QVERIFY(!m_cues.resolvedAfter(open, indexOf(open, QStringLiteral("issue"))));
    const QVector<NoteToken> mum = NoteTokenizer::tokenize(QStringLiteral("His mum has back pain"));
    QVERIFY(m_cues.someoneElseBefore(mum, indexOf(mum, QStringLiteral("back"))));
    const QVector<NoteToken> own = NoteTokenizer::tokenize(QStringLiteral("Has back pain"));
    QVERIFY(!m_cues.someoneElseBefore(own, indexOf(own, QStringLiteral("back"))));
}

void TestNoteCues::readsAvailabilityCues()
{
    const QVector<NoteToken> cued = NoteTokenizer::tokenize(QStringLiteral("Available evenings"));
    QVERIFY(m_cues.availabilityCueNear(cued, 1, 1));
    const QVector<NoteToken> plain = NoteTokenizer::tokenize(QStringLiteral("Went out evenings"));
    QVERIFY(!m_cues.availabilityCueNear(plain, 2, 2));
}

QTEST_GUILESS_MAIN(TestNoteCues)
#include "TestNoteCues.moc"
