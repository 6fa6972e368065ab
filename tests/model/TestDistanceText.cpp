#include "model/matching/DistanceText.h"

#include <QLocale>
#include <QTest>

/** Distances from postcode-district centroids read as a person would say them. */
class TestDistanceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void readsAsPeopleSayIt_data();
    void readsAsPeopleSayIt();
};

void TestDistanceText::readsAsPeopleSayIt_data()
{
    QTest::addColumn<double>("km");
    QTest::addColumn<QString>("text");
    // The same postcode district: 0 by arithmetic, never "0.0 km".
    QTest::addRow("same district") << 0.0 << "under 1 km";
    QTest::addRow("next street") << 0.96 << "under 1 km";
    QTest::addRow("one km") << 1.0 << "1.0 km";
    QTest::addRow("tenths under ten") << 3.44 << "3.4 km";
    QTest::addRow("rounds up to ten") << 9.96 << "10 km";
    QTest::addRow("whole km beyond") << 23.4 << "23 km";
    QTest::addRow("thousands grouped") << 1234.0 << "1,234 km";
    QTest::addRow("negative") << -1.0 << "not known";
    QTest::addRow("not a number") << std::nan("") << "not known";
}

void TestDistanceText::readsAsPeopleSayIt()
{
    QFETCH(double, km);
    QFETCH(QString, text);
    QCOMPARE(DistanceText::km(km), text);
}

QTEST_APPLESS_MAIN(TestDistanceText)
#include "TestDistanceText.moc"
