#include "model/core/HybridClock.h"

#include <QDateTime>
#include <QTest>

/** Stamps from other devices are taken only in the exact form this build writes, and not from far ahead. */
class TestHybridClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stampsOwnFormIsWellFormed();
    void checksStamps_data();
    void checksStamps();
    void refusedStampIsNotObserved();
};

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
