#include "model/io/RowProblems.h"

#include <QCoreApplication>
#include <QTest>

/** The problems an importer lists: every one counted, a capped list kept, one bad row counted once. */
class TestRowProblems : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty();
    void countsRowsOnceAndKeepsOrder();
    void keepsOnlyUpToTheCap_data();
    void keepsOnlyUpToTheCap();
    void summaryNamesTheFirstProblem();
    void clearStartsAgain();
    void pluralIsClampedToInt();
};

void TestRowProblems::startsEmpty()
{
    const RowProblems problems;
    QVERIFY(problems.isEmpty());
    QCOMPARE(problems.count(), 0);
    QCOMPARE(problems.rows(), 0);
    QVERIFY(problems.list().isEmpty());
    QCOMPARE(problems.cap(), RowProblems::DefaultCap);
    QCOMPARE(problems.summary("nothing to fill"), QStringLiteral("nothing to fill"));
}

void TestRowProblems::countsRowsOnceAndKeepsOrder()
{
    RowProblems problems;
    problems.add(2, "id", "no id");
    problems.add(5, "title", "no title");
    problems.add(5, "closing_date", "not a date");
    problems.add(9, "the item as a whole");
    QCOMPARE(problems.count(), 4);
    QCOMPARE(problems.rows(), 3);
    QCOMPARE(problems.list().size(), 4);
    QCOMPARE(problems.list().at(0).line, 2);
    QCOMPARE(problems.list().at(1).column, QStringLiteral("title"));
    QCOMPARE(problems.list().at(2).message, QStringLiteral("not a date"));
    QCOMPARE(problems.list().at(3).line, 9);
    QVERIFY(problems.list().at(3).column.isEmpty());
    QCOMPARE(problems.list().at(3).message, QStringLiteral("the item as a whole"));
}

void TestRowProblems::keepsOnlyUpToTheCap_data()
{
    QTest::addColumn<int>("cap");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("kept");
    QTest::addRow("under the cap") << 5 << 3 << 3;
    QTest::addRow("at the cap") << 5 << 5 << 5;
    QTest::addRow("over the cap") << 5 << 12 << 5;
    QTest::addRow("no list at all") << 0 << 4 << 0;
    QTest::addRow("negative cap keeps none") << -3 << 2 << 0;
}

void TestRowProblems::keepsOnlyUpToTheCap()
{
    QFETCH(int, cap);
    QFETCH(int, added);
    QFETCH(int, kept);
    RowProblems problems(cap);
    for (int line = 1; line <= added; ++line)
        problems.add(line, "x", QString::number(line));
    QCOMPARE(problems.list().size(), kept);
    QCOMPARE(problems.count(), added);
    QCOMPARE(problems.rows(), added);
    if (kept > 0)
        QCOMPARE(problems.list().last().line, kept); // the first ones are kept, not the last
}

void TestRowProblems::summaryNamesTheFirstProblem()
{
    RowProblems problems;
    problems.add(4, "hours", "“lots” is not a number");
    problems.add(7, "id", "no id");
    // As an importer calls it: a translated sentence whose %n is already the number of bad rows.
    const QString sentence = QCoreApplication::translate(
        "TestRowProblems", "%n row(s) break a rule. The first is line %1, %2: %3", nullptr, problems.rowsForPlural());
    QCOMPARE(problems.summary(sentence),
             QStringLiteral("2 row(s) break a rule. The first is line 4, hours: “lots” is not a number"));
}

void TestRowProblems::clearStartsAgain()
{
    RowProblems problems(1);
    problems.add(3, "a", "one");
    problems.add(4, "b", "two");
    problems.clear();
    QVERIFY(problems.isEmpty());
    QCOMPARE(problems.rows(), 0);
    // The line before clear() does not make a new row on it count as the same row.
    problems.add(4, "c", "three");
    QCOMPARE(problems.rows(), 1);
    QCOMPARE(problems.list().size(), 1);
    QCOMPARE(problems.list().first().message, QStringLiteral("three"));
}

void TestRowProblems::pluralIsClampedToInt()
{
    RowProblems problems(0);
    problems.add(1, "x", "bad");
    QCOMPARE(problems.rowsForPlural(), 1);
}

QTEST_APPLESS_MAIN(TestRowProblems)
#include "TestRowProblems.moc"
