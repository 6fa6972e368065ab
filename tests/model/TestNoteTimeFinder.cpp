#include "model/notes/NoteTimeFinder.h"

#include <QTest>

namespace
{
    /** A Wednesday. */
    const QDate Today(2026, 3, 11);

    QStringList values(const QVector<ExtractedSuggestion> &found)
    {
        QStringList out;
        for (const ExtractedSuggestion &s : found)
            out.append(s.value);
        return out;
    }
} // namespace

class TestNoteTimeFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsHours_data();
    void findsHours();
    void findsDates_data();
    void findsDates();
    void findsDurations_data();
    void findsDurations();
    void spansPointAtTheText();

private:
    const NoteTimeFinder m_finder{Today};
};

void TestNoteTimeFinder::findsHours_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("hours");

    QTest::newRow("single") << "Can do 16 hours." << QStringList{"16"};
    QTest::newRow("range takes the upper") << "16-20 hours" << QStringList{"20"};
    QTest::newRow("full time") << "Wants full time work" << QStringList{"37.5"};
    QTest::newRow("negated full time") << "Can't do full time" << QStringList{};
    QTest::newRow("a day is not a week") << "Walks 2 hours a day" << QStringList{};
    QTest::newRow("too many") << "Works 90 hours" << QStringList{};
}

void TestNoteTimeFinder::findsHours()
{
    QFETCH(QString, text);
    QFETCH(QStringList, hours);
    QVector<ExtractedSuggestion> found;
    m_finder.findHours(text, found);
    QCOMPARE(values(found), hours);
    for (const ExtractedSuggestion &s : found)
        QCOMPARE(s.kind, ExtractedSuggestion::Kind::Hours);
}

void TestNoteTimeFinder::findsDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("dates");

    QTest::newRow("since month, this year") << "Off sick since March" << QStringList{"since:2026-03"};
    QTest::newRow("since month, last year") << "Off sick since November" << QStringList{"since:2025-11"};
    QTest::newRow("day and month") << "Review on 23 March" << QStringList{"2026-03-23"};
    QTest::newRow("numeric") << "Seen 24/03/2026" << QStringList{"2026-03-24"};
    QTest::newRow("next weekday") << "See you next Tuesday" << QStringList{"2026-03-17"};
    QTest::newRow("may the verb") << "12 may be late" << QStringList{};
    QTest::newRow("impossible day") << "31/02/2026" << QStringList{};
}

void TestNoteTimeFinder::findsDates()
{
    QFETCH(QString, text);
    QFETCH(QStringList, dates);
    QVector<ExtractedSuggestion> found;
    m_finder.findDates(text, found);
    QCOMPARE(values(found), dates);
}

void TestNoteTimeFinder::findsDurations_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("durations");

    QTest::newRow("for years in words") << "Carer for the last three years" << QStringList{"P3Y"};
    QTest::newRow("experience") << "Has 5 years experience" << QStringList{"P5Y"};
    QTest::newRow("months") << "Off sick for 18 months" << QStringList{"P18M"};
    QTest::newRow("ago is not a duration") << "Left 2 years ago" << QStringList{};
    QTest::newRow("a rate is not a duration") << "16 hours a week" << QStringList{};
}

void TestNoteTimeFinder::findsDurations()
{
    QFETCH(QString, text);
    QFETCH(QStringList, durations);
    QVector<ExtractedSuggestion> found;
    m_finder.findDurations(text, found);
    QCOMPARE(values(found), durations);
}

void TestNoteTimeFinder::spansPointAtTheText()
{
    const QString text = QStringLiteral("Starts on 12 May 2026.");
    QVector<ExtractedSuggestion> found;
    m_finder.findDates(text, found);
    QCOMPARE(found.size(), 1);
    QCOMPARE(text.mid(found.first().start, found.first().length), QStringLiteral("12 May 2026"));
    QCOMPARE(found.first().confidence, ExtractedSuggestion::PatternConfidence);
}

QTEST_GUILESS_MAIN(TestNoteTimeFinder)
#include "TestNoteTimeFinder.moc"
