#include "model/core/DateText.h"
#include "model/core/Validators.h"

#include <QTest>

/** Dates are typed as people write them, stored as ISO, and shown by locale with a four-digit year. */
class TestDateText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatPeopleType_data();
    void parsesWhatPeopleType();
    void parsesDateAndTime_data();
    void parsesDateAndTime();
    void showsFourDigitYearInEveryLanguage_data();
    void showsFourDigitYearInEveryLanguage();
    void showsStoredValues();
    void validatorSaysWhyShortYearIsRefused();
    void storedDatesStayIso();
};

void TestDateText::parsesWhatPeopleType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QDate>("date");
    QTest::addRow("day/month/year") << "20/12/2026" << QDate(2026, 12, 20);
    QTest::addRow("single digits") << "7/3/2026" << QDate(2026, 3, 7);
    QTest::addRow("dots") << "7.3.2026" << QDate(2026, 3, 7);
    QTest::addRow("dashes") << "07-03-2026" << QDate(2026, 3, 7);
    QTest::addRow("ISO") << "2026-03-07" << QDate(2026, 3, 7);
    QTest::addRow("spaces around") << "  20/12/2026 " << QDate(2026, 12, 20);
    QTest::addRow("leap day") << "29/2/2024" << QDate(2024, 2, 29);
    QTest::addRow("not a leap year") << "29/2/2025" << QDate();
    QTest::addRow("American order") << "12/27/2026" << QDate();
    QTest::addRow("two-digit year") << "20/12/26" << QDate();
    QTest::addRow("mixed separators") << "20/12-2026" << QDate();
    QTest::addRow("words") << "next Tuesday" << QDate();
    QTest::addRow("empty") << "" << QDate();
}

void TestDateText::parsesWhatPeopleType()
{
    QFETCH(QString, typed);
    QFETCH(QDate, date);
    QCOMPARE(DateText::parseDate(typed), date);
    const Validators::Outcome outcome = Validators::date(typed);
    QCOMPARE(outcome.valid, date.isValid());
    QCOMPARE(outcome.canonical, date.isValid() ? date.toString(Qt::ISODate) : QString());
}

void TestDateText::parsesDateAndTime_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("British") << "27/3/2026 14:30"
                             << "2026-03-27 14:30";
    QTest::addRow("one-digit hour") << "27/3/2026 9:05"
                                    << "2026-03-27 09:05";
    QTest::addRow("stored form") << "2026-03-27 14:30"
                                 << "2026-03-27 14:30";
    QTest::addRow("ISO with T and seconds") << "2026-03-27T14:30:00"
                                            << "2026-03-27 14:30";
    QTest::addRow("no time") << "27/3/2026"
                             << "";
    QTest::addRow("hour 25") << "27/3/2026 25:00"
                             << "";
    QTest::addRow("two-digit year") << "27/3/26 14:30"
                                    << "";
}

void TestDateText::parsesDateAndTime()
{
    QFETCH(QString, typed);
    QFETCH(QString, canonical);
    const Validators::Outcome outcome = Validators::dateTime(typed);
    QCOMPARE(outcome.valid, !canonical.isEmpty());
    QCOMPARE(outcome.canonical, canonical);
    if (!outcome.valid)
        QVERIFY(!outcome.message.isEmpty());
}

void TestDateText::showsFourDigitYearInEveryLanguage_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addRow("English (UK)") << QLocale(QLocale::English, QLocale::UnitedKingdom);
    QTest::addRow("Welsh") << QLocale(QLocale::Welsh, QLocale::UnitedKingdom);
}

void TestDateText::showsFourDigitYearInEveryLanguage()
{
    QFETCH(QLocale, locale);
    // Qt's Welsh short format has a two-digit year: "22/11/26".
    QCOMPARE(DateText::date(QDate(2026, 11, 22), locale), QStringLiteral("22/11/2026"));
    QCOMPARE(DateText::dateTime(QDateTime(QDate(2026, 11, 22), QTime(9, 5)), locale),
             QStringLiteral("22/11/2026 09:05"));
    // What is shown can be typed back.
    QCOMPARE(DateText::parseDate(DateText::date(QDate(2026, 1, 2), locale)), QDate(2026, 1, 2));
}

void TestDateText::showsStoredValues()
{
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(DateText::fromStored("2026-12-06", british), QStringLiteral("06/12/2026"));
    QCOMPARE(DateText::fromStored("2026-12-06 09:30", british), QStringLiteral("06/12/2026 09:30"));
    QCOMPARE(DateText::fromStored("", british), QString());
    // Text that is not a stored date is shown as it is, never dropped.
    QCOMPARE(DateText::fromStored("sometime in May", british), QStringLiteral("sometime in May"));
    QCOMPARE(DateText::fromStored("2026-02-30", british), QStringLiteral("2026-02-30"));
}

void TestDateText::validatorSaysWhyShortYearIsRefused()
{
    const Validators::Outcome shortYear = Validators::date("20/12/26");
    QVERIFY(!shortYear.valid);
    QVERIFY2(shortYear.message.contains("year in full"), qPrintable(shortYear.message));
    const Validators::Outcome notADate = Validators::date("31/2/2026");
    QVERIFY(!notADate.valid);
    QVERIFY2(notADate.message.contains("real date"), qPrintable(notADate.message));
}

void TestDateText::storedDatesStayIso()
{
    // Forms and bundles hold ISO dates only: a stored value in another order is not a stored date.
    QVERIFY(Validators::isoDate("2026-03-27").valid);
    QVERIFY(!Validators::isoDate("27/03/2026").valid);
}

QTEST_APPLESS_MAIN(TestDateText)
#include "TestDateText.moc"
