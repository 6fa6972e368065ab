#include "model/matching/ProfileCsv.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

namespace
{
    Result<QVector<ProfileCsv::Profile>> readBytes(ProfileCsv &reader, QByteArray bytes)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return reader.read(&buffer);
    }

    const QByteArray Header = "profile_id,true_occupation,skills,latitude,longitude,max_distance_km,max_hours\n";
} // namespace

class TestProfileCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsProfiles();
    void ignoresTrueOccupation();
    void rejectsBadRow_data();
    void rejectsBadRow();
    void skipModeCountsBadRows();
    void missingRequiredColumnIsNamed();
    void writesResults();
    void resultsCannotCarryFormulas();
    void resultsFileIsPrivateEvenOverALooseFile();
};

void TestProfileCsv::readsProfiles()
{
    ProfileCsv reader;
    const auto read =
        readBytes(reader,
                  Header + "P1,Store Manager,\"stock control; team leadership;\",52.42147,-1.84929,15,20\n"
                           "P2,,,53.45988,-2.25947,,\n");
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->size(), 2);
    const ProfileCsv::Profile &p = read->at(0);
    QCOMPARE(p.id, QString("P1"));
    QCOMPARE(p.line, 2);
    QCOMPARE(p.skills, (QStringList{"stock control", "team leadership"}));
    QCOMPARE(p.latitude, 52.42147);
    QCOMPARE(p.longitude, -1.84929);
    QCOMPARE(p.maxDistanceKm, std::optional<double>(15));
    QCOMPARE(p.maxHours, std::optional<double>(20));
    QVERIFY(read->at(1).skills.isEmpty());
    QVERIFY(!read->at(1).maxDistanceKm);
    QVERIFY(!read->at(1).maxHours);
}

void TestProfileCsv::ignoresTrueOccupation()
{
    // The column is not even decoded into the struct: the same rows with or without it, or with a
    // value that would be invalid anywhere else, read identically.
    const QByteArray with = Header + "P1,\"Chef, \"\"head\"\"\",cooking,51.5,-0.1,10,40\n";
    const QByteArray without = "profile_id,skills,latitude,longitude,max_distance_km,max_hours\n"
                               "P1,cooking,51.5,-0.1,10,40\n";
    ProfileCsv a;
    ProfileCsv b;
    const auto first = readBytes(a, with);
    const auto second = readBytes(b, without);
    QVERIFY(first && second);
    QCOMPARE(first->size(), 1);
    QCOMPARE(first->first().id, second->first().id);
    QCOMPARE(first->first().skills, second->first().skills);
    QCOMPARE(first->first().latitude, second->first().latitude);
    QCOMPARE(first->first().maxHours, second->first().maxHours);
    QCOMPARE(sizeof(ProfileCsv::Profile),
             sizeof(qint64) + sizeof(QString) + sizeof(QStringList) + 2 * sizeof(double) +
                 2 * sizeof(std::optional<double>));
}

void TestProfileCsv::rejectsBadRow_data()
{
    QTest::addColumn<QByteArray>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("latitude text") << QByteArray("P2,,a,fifty,-1,,") << "latitude"
                                   << "“fifty” is not a latitude within the UK";
    QTest::addRow("latitude missing") << QByteArray("P2,,a,,-1,,") << "latitude"
                                      << "A value for latitude is required";
    QTest::addRow("longitude outside UK") << QByteArray("P2,,a,52,12.5,,") << "longitude"
                                          << "“12.5” is not a longitude within the UK (-9 to 2.5)";
    QTest::addRow("distance zero") << QByteArray("P2,,a,52,-1,0,") << "max_distance_km"
                                   << "“0” is not a distance in kilometres above 0";
    QTest::addRow("distance with unit") << QByteArray("P2,,a,52,-1,10km,") << "max_distance_km"
                                        << "“10km” is not";
    QTest::addRow("hours decimal comma") << QByteArray("P2,,a,52,-1,,37,5") << ""
                                         << "";
    QTest::addRow("hours negative") << QByteArray("P2,,a,52,-1,,-5") << "max_hours"
                                    << "“-5” is not a number of hours a week above 0";
    QTest::addRow("id missing") << QByteArray(",,a,52,-1,,") << "profile_id"
                                << "A value for profile_id is required";
    QTest::addRow("id duplicate") << QByteArray("P1,,a,52,-1,,") << "profile_id"
                                  << "The profile id “P1” is already used on line 2";
}

void TestProfileCsv::rejectsBadRow()
{
    QFETCH(QByteArray, row);
    QFETCH(QString, column);
    QFETCH(QString, messagePart);
    ProfileCsv reader;
    const auto read = readBytes(reader, Header + "P1,x,\"multi\nline\",52,-1,,\n" + row + "\n");
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::Invalid);
    if (column.isEmpty()) {
        // An unquoted decimal comma adds a field: a structural error for the whole file.
        QVERIFY2(read.error().message.contains("Line 4: this record has 8 fields but the header has 7."),
                 qPrintable(read.error().message));
        return;
    }
    QVERIFY2(read.error().message.contains("line 4, " + column + ": "), qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(messagePart), qPrintable(read.error().message));
    QCOMPARE(reader.problems().size(), 1);
    QCOMPARE(reader.problems().first().line, 4);
    QCOMPARE(reader.problems().first().column, column);
}

void TestProfileCsv::skipModeCountsBadRows()
{
    ProfileCsv reader;
    reader.setInvalidRows(ProfileCsv::InvalidRows::Skip);
    const auto read = readBytes(reader, Header + "P1,,a,52,-1,,\nP2,,a,north,-1,,\nP3,,a,52,-1,,\nP4,,a,52,-1,,x\n");
    QVERIFY(read);
    QCOMPARE(read->size(), 2);
    QCOMPARE(read->at(1).id, QString("P3"));
    QCOMPARE(reader.skippedRows(), 2);
    QCOMPARE(reader.problems().size(), 2);
    QCOMPARE(reader.problems().at(1).line, 5);
}

void TestProfileCsv::missingRequiredColumnIsNamed()
{
    ProfileCsv reader;
    const auto read = readBytes(reader, "profile_id,true_occupation,skills,lat,longitude\nP1,,a,52,-1\n");
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains("the header lacks the required column “latitude”"),
             qPrintable(read.error().message));
}

void TestProfileCsv::writesResults()
{
    const QVector<ProfileCsv::ResultRow> rows = {{"P1", 1, "V9", 0.875}, {"P1", 2, "V,2", 0.5}, {"P2", 1, "V3", 12.0}};
    QTemporaryDir dir;
    const QString path = dir.filePath("results.csv");
    QVERIFY(ProfileCsv::writeResultsFile(path, rows));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(),
             QByteArray("profile_id,rank,vacancy_id,score\n"
                        "P1,1,V9,0.875\n"
                        "P1,2,\"V,2\",0.5\n"
                        "P2,1,V3,12\n"));
}

void TestProfileCsv::resultsCannotCarryFormulas()
{
    // Vacancy ids come from a publisher's bundle and profile ids from someone's CSV: neither may run in a spreadsheet.
    const QVector<ProfileCsv::ResultRow> rows = {{"@SUM(1+1)", 1, "=cmd|' /C calc'!A0", -0.25}};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ProfileCsv::writeResults(&buffer, rows));
    QCOMPARE(buffer.data(),
             QByteArray("profile_id,rank,vacancy_id,score\n"
                        "'@SUM(1+1),1,'=cmd|' /C calc'!A0,-0.25\n"));
}

void TestProfileCsv::resultsFileIsPrivateEvenOverALooseFile()
{
    // match --out over a file someone made world-readable: the results name people's profiles.
    QTemporaryDir dir;
    const QString path = dir.filePath("results.csv");
    {
        QFile loose(path);
        QVERIFY(loose.open(QIODevice::WriteOnly));
    }
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther));
    QVERIFY(ProfileCsv::writeResultsFile(path, {{"P1", 1, "V9", 0.5}}));
    QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
             QFile::Permissions());
}

QTEST_APPLESS_MAIN(TestProfileCsv)
#include "TestProfileCsv.moc"
