#include "model/core/HybridClock.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTest>

/**
 * Stamps that sort as strings: later local stamps always sort after earlier ones and after any stamp observed.
 * Stamps from other devices are taken only in the exact form this build writes, and not from far ahead.
 */
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
    void stampsOwnFormIsWellFormed();
    void checksStamps_data();
    void checksStamps();
    void refusedStampIsNotObserved();
};

namespace
{
    // Device ids as vaults make them (16 hex digits): observe() takes nothing else.
    const QString Here = QStringLiteral("000000000000000a");
    const QString There = QStringLiteral("00000000000000ff");

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
    QTest::addRow("most of a day ahead with a counter") << qint64(23 * 3600 * 1000) << 41;
}

void TestHybridClock::observingALaterStampMovesTheClockPastIt()
{
    QFETCH(qint64, aheadMillis);
    QFETCH(int, counter);
    // Another device whose clock runs ahead: what this one writes next must still count as later.
    HybridClock clock(Here);
    const QString seen = stamp(QDateTime::currentMSecsSinceEpoch() + aheadMillis, counter, There);
    clock.observe(seen);
    const QString next = clock.now();
    QVERIFY2(next > seen, qPrintable(seen + " then " + next));
    QCOMPARE(HybridClock::millisOf(next), HybridClock::millisOf(seen));
    QCOMPARE(next.mid(14, 6).toInt(), counter + 1);
    QVERIFY(next.endsWith(QLatin1Char('-') + Here));
}

void TestHybridClock::observingAnEarlierStampChangesNothing()
{
    HybridClock clock(Here);
    const QString first = clock.now();
    clock.observe(stamp(HybridClock::millisOf(first) - 60'000, 999, There));
    clock.observe(stamp(HybridClock::millisOf(first), 0, There));
    const QString next = clock.now();
    QVERIFY(next > first);
    QVERIFY(HybridClock::millisOf(next) >= HybridClock::millisOf(first));
}

void TestHybridClock::higherCounterAtTheSameTimeMovesTheClock()
{
    // Hours ahead, so the wall clock cannot overtake the observed stamps while the test runs (and within the
    // day ahead that HybridClock::check allows).
    const qint64 future = QDateTime::currentMSecsSinceEpoch() + 12 * 3600 * 1000;
    HybridClock clock(Here);
    clock.observe(stamp(future, 5, There));
    clock.observe(stamp(future, 9, There));
    QCOMPARE(clock.now(), stamp(future, 10, Here));
    clock.observe(stamp(future, 3, There));
    QCOMPARE(clock.now(), stamp(future, 11, Here));
}

void TestHybridClock::stampsOwnFormIsWellFormed()
{
    HybridClock clock(QStringLiteral("0123456789abcdef"));
    const QString stamp = clock.now();
    QVERIFY2(HybridClock::isWellFormed(stamp), qPrintable(stamp));
    QCOMPARE(HybridClock::check(stamp), HybridClock::StampCheck::Ok);
}

void TestHybridClock::checksStamps_data()
{
    const qint64 now = 1'790'000'000'000;
    QTest::addColumn<QString>("stamp");
    QTest::addColumn<HybridClock::StampCheck>("expected");
    const auto at = [](qint64 millis, const char *rest) {
        return QStringLiteral("%1%2").arg(millis, 13, 10, QLatin1Char('0')).arg(QLatin1String(rest));
    };
    QTest::addRow("now") << at(now, "-000003-0123456789abcdef") << HybridClock::StampCheck::Ok;
    QTest::addRow("a day ahead") << at(now + HybridClock::MaxAheadMillis, "-000000-0123456789abcdef")
                                 << HybridClock::StampCheck::Ok;
    QTest::addRow("a day and a millisecond ahead")
        << at(now + HybridClock::MaxAheadMillis + 1, "-000000-0123456789abcdef")
        << HybridClock::StampCheck::TooFarAhead;
    QTest::addRow("year 2286") << QStringLiteral("9999999999999-000000-0123456789abcdef")
                               << HybridClock::StampCheck::TooFarAhead;
    QTest::addRow("tildes") << QString(37, u'~') << HybridClock::StampCheck::Malformed;
    QTest::addRow("empty") << QString() << HybridClock::StampCheck::Malformed;
    QTest::addRow("short millis") << QStringLiteral("179000000000-000000-0123456789abcdef")
                                  << HybridClock::StampCheck::Malformed;
    QTest::addRow("letters in counter") << at(now, "-00000a-0123456789abcdef") << HybridClock::StampCheck::Malformed;
    QTest::addRow("upper-case device") << at(now, "-000000-0123456789ABCDEF") << HybridClock::StampCheck::Malformed;
    QTest::addRow("short device") << at(now, "-000000-0123456789abcde") << HybridClock::StampCheck::Malformed;
    QTest::addRow("trailing text") << at(now, "-000000-0123456789abcdef~") << HybridClock::StampCheck::Malformed;
    QTest::addRow("plus sign") << QStringLiteral("+790000000000-000000-0123456789abcdef")
                               << HybridClock::StampCheck::Malformed;
    QTest::addRow("other separator") << at(now, "_000000-0123456789abcdef") << HybridClock::StampCheck::Malformed;
}

void TestHybridClock::checksStamps()
{
    QFETCH(QString, stamp);
    QFETCH(HybridClock::StampCheck, expected);
    QCOMPARE(HybridClock::check(stamp, 1'790'000'000'000), expected);
}

void TestHybridClock::refusedStampIsNotObserved()
{
    HybridClock clock(QStringLiteral("0123456789abcdef"));
    QVERIFY(!clock.observe(QStringLiteral("9999999999999-000000-fedcba9876543210")));
    QVERIFY(!clock.observe(QString(37, u'~')));
    QVERIFY2(HybridClock::millisOf(clock.now()) <= QDateTime::currentMSecsSinceEpoch() + 1000, "clock moved");
    // A stamp an hour ahead is accepted, and later local stamps sort after it.
    const QString ahead = QStringLiteral("%1-000005-fedcba9876543210")
                              .arg(QDateTime::currentMSecsSinceEpoch() + 3'600'000, 13, 10, QLatin1Char('0'));
    QVERIFY(clock.observe(ahead));
    QVERIFY(clock.now() > ahead);
}

QTEST_APPLESS_MAIN(TestHybridClock)
#include "TestHybridClock.moc"
