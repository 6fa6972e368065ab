#include "model/core/HybridClock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

/** Stamps that sort as strings: later local stamps always sort after earlier ones and after any stamp observed. */
class TestHybridClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stampHasMillisCounterAndDevice();
    void stampsOnOneDeviceOnlyGoUp();
    void observingALaterStampMovesTheClockPastIt_data();
    void observingALaterStampMovesTheClockPastIt();
    void observingAnEarlierStampChangesNothing();
    void higherCounterAtTheSameTimeMovesTheClock();
};

namespace
{
    QString stamp(qint64 millis, int counter, const QString &device)
    {
        return QStringLiteral("%1-%2-%3")
            .arg(millis, 13, 10, QLatin1Char('0'))
            .arg(counter, 6, 10, QLatin1Char('0'))
            .arg(device);
    }
} // namespace

void TestHybridClock::stampHasMillisCounterAndDevice()
{
    HybridClock clock("device-a");
    QCOMPARE(clock.deviceId(), QStringLiteral("device-a"));
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QString now = clock.now();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    static const QRegularExpression shape("^\\d{13}-\\d{6}-device-a$");
    QVERIFY2(shape.match(now).hasMatch(), qPrintable(now));
    QVERIFY(HybridClock::millisOf(now) >= before);
    QVERIFY(HybridClock::millisOf(now) <= after);
}

void TestHybridClock::stampsOnOneDeviceOnlyGoUp()
{
    // Many stamps within the same millisecond: the counter keeps them in order.
    HybridClock clock("d");
    QString previous = clock.now();
    for (int i = 0; i < 5000; ++i) {
        const QString next = clock.now();
        QVERIFY2(next > previous, qPrintable(previous + " then " + next));
        previous = next;
    }
}

void TestHybridClock::observingALaterStampMovesTheClockPastIt_data()
{
    QTest::addColumn<qint64>("aheadMillis");
    QTest::addColumn<int>("counter");
    QTest::addRow("an hour ahead") << qint64(3600 * 1000) << 0;
    QTest::addRow("a day ahead with a counter") << qint64(24 * 3600 * 1000) << 41;
}

void TestHybridClock::observingALaterStampMovesTheClockPastIt()
{
    QFETCH(qint64, aheadMillis);
    QFETCH(int, counter);
    // Another device whose clock runs ahead: what this one writes next must still count as later.
    HybridClock clock("here");
    const QString seen = stamp(QDateTime::currentMSecsSinceEpoch() + aheadMillis, counter, "there");
    clock.observe(seen);
    const QString next = clock.now();
    QVERIFY2(next > seen, qPrintable(seen + " then " + next));
    QCOMPARE(HybridClock::millisOf(next), HybridClock::millisOf(seen));
    QCOMPARE(next.mid(14, 6).toInt(), counter + 1);
    QVERIFY(next.endsWith("-here"));
}

void TestHybridClock::observingAnEarlierStampChangesNothing()
{
    HybridClock clock("here");
    const QString first = clock.now();
    clock.observe(stamp(HybridClock::millisOf(first) - 60'000, 999, "there"));
    clock.observe(stamp(HybridClock::millisOf(first), 0, "there"));
    const QString next = clock.now();
    QVERIFY(next > first);
    QVERIFY(HybridClock::millisOf(next) >= HybridClock::millisOf(first));
}

void TestHybridClock::higherCounterAtTheSameTimeMovesTheClock()
{
    // A day ahead, so the wall clock cannot overtake the observed stamps while the test runs.
    const qint64 future = QDateTime::currentMSecsSinceEpoch() + 24 * 3600 * 1000;
    HybridClock clock("here");
    clock.observe(stamp(future, 5, "there"));
    clock.observe(stamp(future, 9, "there"));
    QCOMPARE(clock.now(), stamp(future, 10, "here"));
    clock.observe(stamp(future, 3, "there"));
    QCOMPARE(clock.now(), stamp(future, 11, "here"));
}

QTEST_APPLESS_MAIN(TestHybridClock)
#include "TestHybridClock.moc"
