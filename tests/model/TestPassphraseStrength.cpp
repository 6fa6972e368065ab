#include "model/crypto/PassphraseStrength.h"

#include <QTest>

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grades_data();
    void grades();
};

void TestPassphraseStrength::grades_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("acceptable");
    QTest::addRow("short") << "abc" << int(PassphraseStrength::Level::TooShort) << false;
    QTest::addRow("repeated") << "aaaaaaaaaaaa" << int(PassphraseStrength::Level::Weak) << false;
    QTest::addRow("common word") << "Password123!" << int(PassphraseStrength::Level::Weak) << false;
    QTest::addRow("sequence") << "abcdefghijkl" << int(PassphraseStrength::Level::Weak) << false;
    QTest::addRow("three words") << "copper kettle lantern" << int(PassphraseStrength::Level::Fair) << true;
    QTest::addRow("four words") << "copper kettle lantern heron" << int(PassphraseStrength::Level::Strong) << true;
    QTest::addRow("four words mixed") << "Copper kettle, 7 lanterns & a heron"
                                      << int(PassphraseStrength::Level::VeryStrong) << true;
}

void TestPassphraseStrength::grades()
{
    QFETCH(QString, passphrase);
    QFETCH(int, level);
    QFETCH(bool, acceptable);
    const auto estimate = PassphraseStrength::estimate(passphrase);
    QCOMPARE(int(estimate.level), level);
    QCOMPARE(estimate.acceptable(), acceptable);
    QVERIFY(!estimate.label.isEmpty());
    QVERIFY(!estimate.advice.isEmpty());
}

QTEST_APPLESS_MAIN(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
