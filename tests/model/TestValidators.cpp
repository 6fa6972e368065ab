#include "model/core/Validators.h"

#include <QTest>

class TestValidators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void niNumber_data();
    void niNumber();
    void formatsNiNumberInGroups();
    void postcode_data();
    void postcode();
    void outcode_data();
    void outcode();
    void isoDate_data();
    void isoDate();
    void phone_data();
    void phone();
    void email_data();
    void email();
};

void TestValidators::niNumber_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("grouped") << QStringLiteral("AB 12 34 56 C") << true << QStringLiteral("AB123456C");
    QTest::addRow("lower case, no spaces") << QStringLiteral("ab123456d") << true << QStringLiteral("AB123456D");
    QTest::addRow("suffix E") << QStringLiteral("AB123456E") << false << QString();
    QTest::addRow("five digits") << QStringLiteral("AB12345C") << false << QString();
    QTest::addRow("D first") << QStringLiteral("DA123456A") << false << QString();
    QTest::addRow("O second") << QStringLiteral("AO123456A") << false << QString();
    QTest::addRow("GB prefix") << QStringLiteral("GB123456A") << false << QString();
    QTest::addRow("ZZ prefix") << QStringLiteral("ZZ123456A") << false << QString();
    QTest::addRow("empty") << QString() << false << QString();
}

void TestValidators::niNumber()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const auto outcome = Validators::niNumber(input);
    QCOMPARE(outcome.valid, valid);
    if (valid)
        QCOMPARE(outcome.canonical, canonical);
    else
        QVERIFY(!outcome.message.isEmpty());
}

void TestValidators::formatsNiNumberInGroups()
{
    QCOMPARE(Validators::formatNiNumber(QStringLiteral("AB123456C")), QStringLiteral("AB 12 34 56 C"));
}

void TestValidators::postcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("Leeds") << QStringLiteral("ls1 4ap") << true << QStringLiteral("LS1 4AP");
    QTest::addRow("Cardiff, no space") << QStringLiteral("CF101EP") << true << QStringLiteral("CF10 1EP");
    QTest::addRow("London A9A") << QStringLiteral("W1A 1AA") << true << QStringLiteral("W1A 1AA");
    QTest::addRow("London AA9A") << QStringLiteral("EC1A 1BB") << true << QStringLiteral("EC1A 1BB");
    QTest::addRow("Girobank") << QStringLiteral("GIR 0AA") << true << QStringLiteral("GIR 0AA");
    QTest::addRow("outcode only") << QStringLiteral("LS1") << false << QString();
    QTest::addRow("Q first") << QStringLiteral("QS1 4AP") << false << QString();
    QTest::addRow("inward C") << QStringLiteral("LS1 4CP") << false << QString();
    QTest::addRow("junk") << QStringLiteral("hello") << false << QString();
}

void TestValidators::postcode()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const auto outcome = Validators::postcode(input);
    QCOMPARE(outcome.valid, valid);
    if (valid)
        QCOMPARE(outcome.canonical, canonical);
}

void TestValidators::outcode_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("outcode") << QStringLiteral("ls1") << QStringLiteral("LS1");
    QTest::addRow("full postcode") << QStringLiteral("CF10 1EP") << QStringLiteral("CF10");
    QTest::addRow("junk") << QStringLiteral("12345") << QString();
}

void TestValidators::outcode()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto outcome = Validators::outcode(input);
    QCOMPARE(outcome.valid, !canonical.isEmpty());
    QCOMPARE(outcome.canonical, canonical);
}

void TestValidators::isoDate_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ordinary") << QStringLiteral("2026-03-27") << true;
    QTest::addRow("leap day") << QStringLiteral("2024-02-29") << true;
    QTest::addRow("not a leap year") << QStringLiteral("2025-02-29") << false;
    QTest::addRow("British order") << QStringLiteral("27/03/2026") << false;
    QTest::addRow("month 13") << QStringLiteral("2026-13-01") << false;
}

void TestValidators::isoDate()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(Validators::isoDate(input).valid, valid);
}

void TestValidators::phone_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::addRow("mobile") << QStringLiteral("07700 900123") << QStringLiteral("07700900123");
    QTest::addRow("+44") << QStringLiteral("+44 7700 900123") << QStringLiteral("07700900123");
    QTest::addRow("landline") << QStringLiteral("(029) 2018 0000") << QStringLiteral("02920180000");
    QTest::addRow("too short") << QStringLiteral("0770") << QString();
    QTest::addRow("letters") << QStringLiteral("0770 abc 123") << QString();
}

void TestValidators::phone()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    const auto outcome = Validators::ukPhone(input);
    QCOMPARE(outcome.valid, !canonical.isEmpty());
    QCOMPARE(outcome.canonical, canonical);
}

void TestValidators::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addRow("ordinary") << QStringLiteral("sian.jones@example.co.uk") << true;
    QTest::addRow("no at") << QStringLiteral("sian.example.co.uk") << false;
    QTest::addRow("no domain dot") << QStringLiteral("sian@example") << false;
}

void TestValidators::email()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QCOMPARE(Validators::email(input).valid, valid);
}

QTEST_APPLESS_MAIN(TestValidators)
#include "TestValidators.moc"
