#include "model/demo/SyntheticVacancies.h"
#include "model/io/CsvWriter.h"
#include "model/matching/VacancyCsv.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

namespace
{
    using Overrides = QMap<QString, QString>;

    // A valid row whose description spans two lines, so the next row starts on line 4.
    QStringList row(const Overrides &overrides = {})
    {
        QMap<QString, QString> values = {{"id", "V1"},
                                         {"title", "Care Assistant"},
                                         {"employer", "Hughes Care, Ltd"},
                                         {"description", "Friendly team.\nApply \"now\"."},
                                         {"skills", "personal care; first aid ;;"},
                                         {"postcode", "ls1 4ap"},
                                         {"latitude", "53.7997"},
                                         {"longitude", "-1.5492"},
                                         {"hours_per_week", "37.5"},
                                         {"salary_min", "21000"},
                                         {"salary_max", "23000"},
                                         {"contract_type", "permanent"},
                                         {"closing_date", "2026-03-27"}};
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
            values[it.key()] = it.value();
        QStringList fields;
        for (const QString &column : VacancyCsv::columns())
            fields.append(values.value(column));
        return fields;
    }

    QByteArray csv(const QList<QStringList> &rows, const QStringList &header = VacancyCsv::columns())
    {
        QByteArray out = CsvWriter::formatRecord(header);
        for (const QStringList &r : rows)
            out += CsvWriter::formatRecord(r);
        return out;
    }

    Result<QVector<Vacancy>> readBytes(VacancyCsv &reader, QByteArray bytes)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return reader.read(&buffer);
    }
} // namespace

class TestVacancyCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsValidRow();
    void readsOutcodeOnlyAndCoordinatesOnly();
    void rejectsBadRow_data();
    void rejectsBadRow();
    void listsEveryBadRow();
    void skipModeCountsBadRows();
    void missingRequiredColumnIsNamed();
    void optionalColumnsMayBeAbsent();
    void brokenQuotingFailsWholeRead();
    void roundTrips();
    void writtenCellsCannotCarryFormulas();
    void syntheticRowsAreDeterministicAndValid();
    void readSpeed();
};

void TestVacancyCsv::readsValidRow()
{
    VacancyCsv reader;
    const auto read = readBytes(reader, csv({row()}));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->size(), 1);
    const Vacancy &v = read->first();
    QCOMPARE(v.id, QString("V1"));
    QCOMPARE(v.employer, QString("Hughes Care, Ltd"));
    QCOMPARE(v.description, QString("Friendly team.\nApply \"now\"."));
    QCOMPARE(v.skills, (QStringList{"personal care", "first aid"}));
    QCOMPARE(v.postcode, QString("LS1 4AP"));
    QCOMPARE(v.outcode, QString("LS1"));
    QCOMPARE(v.latitude, std::optional<double>(53.7997));
    QCOMPARE(v.longitude, std::optional<double>(-1.5492));
    QCOMPARE(v.hoursPerWeek, std::optional<double>(37.5));
    QCOMPARE(v.salaryMin, std::optional<double>(21000));
    QCOMPARE(v.salaryMax, std::optional<double>(23000));
    QCOMPARE(v.contractType, ContractType::Permanent);
    QCOMPARE(v.closingDate, QDate(2026, 3, 27));
    QVERIFY(reader.problems().isEmpty());
}

void TestVacancyCsv::readsOutcodeOnlyAndCoordinatesOnly()
{
    VacancyCsv reader;
    const auto read = readBytes(reader,
                                csv({row({{"id", "A"}, {"postcode", "ls1"}, {"latitude", ""}, {"longitude", ""}}),
                                     row({{"id", "B"}, {"postcode", ""}, {"hours_per_week", ""}, {"salary_min", ""}}),
                                     row({{"id", "C"}, {"contract_type", "zero-hours"}, {"salary_max", ""}})}));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->size(), 3);
    QCOMPARE(read->at(0).postcode, QString("LS1"));
    QCOMPARE(read->at(0).outcode, QString("LS1"));
    QVERIFY(!read->at(0).hasCoordinates());
    QVERIFY(read->at(1).postcode.isEmpty());
    QVERIFY(read->at(1).hasCoordinates());
    QVERIFY(!read->at(1).hoursPerWeek);
    QVERIFY(!read->at(1).salaryMin);
    QCOMPARE(read->at(2).contractType, ContractType::ZeroHours);
}

void TestVacancyCsv::rejectsBadRow_data()
{
    QTest::addColumn<Overrides>("overrides");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("id missing") << Overrides{{"id", " "}} << "id"
                                << "A value for id is required";
    QTest::addRow("id too long") << Overrides{{"id", QString(65, 'x')}} << "id"
                                 << "65 characters long; the most is 64";
    QTest::addRow("id duplicate") << Overrides{{"id", "V1"}} << "id"
                                  << "The id “V1” is already used on line 2";
    QTest::addRow("title missing") << Overrides{{"title", ""}} << "title"
                                   << "A value for title is required";
    QTest::addRow("employer missing") << Overrides{{"employer", ""}} << "employer"
                                      << "employer is required";
    QTest::addRow("contract missing") << Overrides{{"contract_type", ""}} << "contract_type"
                                      << "is required";
    QTest::addRow("contract unknown") << Overrides{{"contract_type", "Permanent"}} << "contract_type"
                                      << "“Permanent” is not a contract type";
    QTest::addRow("closing missing") << Overrides{{"closing_date", ""}} << "closing_date"
                                     << "is required";
    QTest::addRow("closing not a date") << Overrides{{"closing_date", "2026-02-30"}} << "closing_date"
                                        << "“2026-02-30” is not a real date";
    QTest::addRow("closing UK order") << Overrides{{"closing_date", "27/03/2026"}} << "closing_date"
                                      << "not a real date written year-month-day";
    QTest::addRow("hours zero") << Overrides{{"hours_per_week", "0"}} << "hours_per_week"
                                << "“0” is not a number of hours a week above 0 and at most 80";
    QTest::addRow("hours too many") << Overrides{{"hours_per_week", "80.5"}} << "hours_per_week"
                                    << "“80.5” is not";
    QTest::addRow("hours text") << Overrides{{"hours_per_week", "full time"}} << "hours_per_week"
                                << "“full time” is not";
    QTest::addRow("salary negative") << Overrides{{"salary_min", "-1"}} << "salary_min"
                                     << "“-1” is not a salary";
    QTest::addRow("salary with pound sign") << Overrides{{"salary_max", "£23,000"}} << "salary_max"
                                            << "is not a salary";
    QTest::addRow("salary infinite") << Overrides{{"salary_max", "inf"}} << "salary_max"
                                     << "“inf” is not a salary";
    QTest::addRow("salary min above max") << Overrides{{"salary_min", "30000"}} << "salary_min"
                                          << "salary_min (30000) is more than salary_max (23000)";
    QTest::addRow("latitude outside UK") << Overrides{{"latitude", "48.9"}} << "latitude"
                                         << "“48.9” is not a latitude within the UK (49 to 61)";
    QTest::addRow("longitude outside UK") << Overrides{{"longitude", "2.6"}} << "longitude"
                                          << "is not a longitude within the UK (-9 to 2.5)";
    QTest::addRow("latitude alone") << Overrides{{"longitude", ""}} << "longitude"
                                    << "given together";
    QTest::addRow("longitude alone") << Overrides{{"latitude", ""}} << "latitude"
                                     << "given together";
    QTest::addRow("bad postcode") << Overrides{{"postcode", "QQ1 1AA"}} << "postcode"
                                  << "postcode such as LS1 4AP";
    QTest::addRow("no location") << Overrides{{"postcode", ""}, {"latitude", ""}, {"longitude", ""}} << "postcode"
                                 << "needs a location";
}

void TestVacancyCsv::rejectsBadRow()
{
    QFETCH(Overrides, overrides);
    QFETCH(QString, column);
    QFETCH(QString, messagePart);
    Overrides bad = overrides;
    if (!bad.contains("id"))
        bad.insert("id", "V2");
    const QByteArray bytes = csv({row(), row(bad), row({{"id", "V3"}})});

    VacancyCsv failing;
    const auto failed = readBytes(failing, bytes);
    QVERIFY(!failed);
    QCOMPARE(failed.error().code, ErrorCode::Invalid);
    QVERIFY2(failed.error().message.contains("line 4, " + column + ": "), qPrintable(failed.error().message));
    QVERIFY2(failed.error().message.contains(messagePart), qPrintable(failed.error().message));
    QCOMPARE(failing.problems().size(), 1);
    QCOMPARE(failing.problems().first().line, 4);
    QCOMPARE(failing.problems().first().column, column);
    QVERIFY2(failing.problems().first().message.contains(messagePart), qPrintable(failing.problems().first().message));

    VacancyCsv skipping;
    skipping.setInvalidRows(VacancyCsv::InvalidRows::Skip);
    const auto skipped = readBytes(skipping, bytes);
    QVERIFY(skipped);
    QCOMPARE(skipped->size(), 2);
    QCOMPARE(skipping.skippedRows(), 1);
}

void TestVacancyCsv::listsEveryBadRow()
{
    VacancyCsv reader;
    const auto read = readBytes(reader,
                                csv({row({{"id", "A"}, {"hours_per_week", "90"}}),
                                     row({{"id", "B"}}),
                                     row({{"id", "C"}, {"title", ""}, {"closing_date", "soon"}})}));
    QVERIFY(!read);
    QVERIFY2(read.error().message.startsWith("2 row(s) of the vacancies file break a rule. The first is line 2, "
                                             "hours_per_week: "),
             qPrintable(read.error().message));
    QCOMPARE(reader.skippedRows(), 2);
    QCOMPARE(reader.problems().size(), 3);
    QCOMPARE(reader.problems().at(0).line, 2);
    QCOMPARE(reader.problems().at(1).line, 6);
    QCOMPARE(reader.problems().at(1).column, QString("title"));
    QCOMPARE(reader.problems().at(2).line, 6);
    QCOMPARE(reader.problems().at(2).column, QString("closing_date"));
}

void TestVacancyCsv::skipModeCountsBadRows()
{
    QList<QStringList> rows;
    for (int i = 0; i < 10; ++i)
        rows.append(row({{"id", QString::number(i)}, {"contract_type", i % 3 == 0 ? "casual" : "temporary"}}));
    VacancyCsv reader;
    reader.setInvalidRows(VacancyCsv::InvalidRows::Skip);
    const auto read = readBytes(reader, csv(rows));
    QVERIFY(read);
    QCOMPARE(read->size(), 6);
    QCOMPARE(reader.skippedRows(), 4);
    QCOMPARE(reader.problems().size(), 4);
    QCOMPARE(reader.problems().at(1).line, 8);
    for (const Vacancy &v : read.value())
        QCOMPARE(v.contractType, ContractType::Temporary);
}

void TestVacancyCsv::missingRequiredColumnIsNamed()
{
    QStringList header = VacancyCsv::columns();
    header.removeAll("closing_date");
    QStringList fields = row();
    fields.removeLast();
    VacancyCsv reader;
    const auto read = readBytes(reader, csv({fields}, header));
    QVERIFY(!read);
    QCOMPARE(read.error().code, ErrorCode::Invalid);
    QVERIFY2(read.error().message.contains("required column “closing_date”"), qPrintable(read.error().message));
}

void TestVacancyCsv::optionalColumnsMayBeAbsent()
{
    VacancyCsv reader;
    const auto read = readBytes(reader,
                                "closing_date,contract_type,employer,title,id,postcode,extra\n"
                                "2026-01-31,apprenticeship,Acme,Apprentice,X9,CF10 1EP,ignored\n");
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first().outcode, QString("CF10"));
    QCOMPARE(read->first().contractType, ContractType::Apprenticeship);
    QVERIFY(read->first().skills.isEmpty());
}

void TestVacancyCsv::brokenQuotingFailsWholeRead()
{
    QByteArray bytes = csv({row()});
    bytes += "V2,\"Care Assistant,Acme,,,LS1,,,,,,permanent,2026-01-01\n";
    VacancyCsv reader;
    reader.setInvalidRows(VacancyCsv::InvalidRows::Skip);
    const auto read = readBytes(reader, bytes);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains("Line 4: a quoted field is not closed"), qPrintable(read.error().message));
}

void TestVacancyCsv::roundTrips()
{
    QVector<Vacancy> vacancies = SyntheticVacancies::generate(300, 7, QDate(2026, 1, 5));
    vacancies[0].description = "Line one\r\nline two, \"quoted\"\n";
    vacancies[1].description = "  kept with its edge spaces  ";
    vacancies[2].skills = QStringList{"a, with comma", "b \"quoted\""};
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath("vacancies.csv");
    QVERIFY(VacancyCsv::writeFile(path, vacancies));
    VacancyCsv reader;
    const auto read = reader.readFile(path);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->size(), vacancies.size());
    for (qsizetype i = 0; i < vacancies.size(); ++i)
        QVERIFY2(read->at(i) == vacancies.at(i), qPrintable(vacancies.at(i).id));
}

void TestVacancyCsv::writtenCellsCannotCarryFormulas()
{
    Vacancy v = SyntheticVacancies::generate(1, 7, QDate(2026, 1, 5)).first();
    v.id = "=cmd|' /C calc'!A0";
    v.title = "@SUM(1+1)";
    v.employer = "+1+1";
    v.description = "-1+1";
    v.longitude = -3.18;
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(VacancyCsv::write(&buffer, {v}));
    const QList<QByteArray> lines = buffer.data().split('\n');
    QVERIFY(lines.size() >= 2);
    QVERIFY2(lines.at(1).startsWith("'=cmd|' /C calc'!A0,'@SUM(1+1),'+1+1,'-1+1,"), lines.at(1).constData());
    QVERIFY2(lines.at(1).contains(",-3.18,"), lines.at(1).constData());
}

void TestVacancyCsv::syntheticRowsAreDeterministicAndValid()
{
    QByteArray first;
    QByteArray second;
    for (QByteArray *bytes : {&first, &second}) {
        QBuffer out(bytes);
        out.open(QIODevice::WriteOnly);
        QVERIFY(SyntheticVacancies::writeCsv(&out, 2000, 42, QDate(2026, 1, 5)));
    }
    QCOMPARE(first, second);
    QVERIFY(first.contains("\"\"Employer of the Year\"\""));
    QVERIFY(first.contains("\n\n"));

    VacancyCsv reader;
    const auto read = readBytes(reader, first);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().message));
    QCOMPARE(read->size(), 2000);
    int coordinatesOnly = 0;
    int postcodeOnly = 0;
    QSet<QString> titles;
    for (const Vacancy &v : read.value()) {
        coordinatesOnly += v.postcode.isEmpty() ? 1 : 0;
        postcodeOnly += v.hasCoordinates() ? 0 : 1;
        titles.insert(v.title);
        QVERIFY(v.closingDate > QDate(2026, 1, 5));
    }
    QVERIFY(coordinatesOnly > 100 && coordinatesOnly < 300);
    QVERIFY(postcodeOnly > 100 && postcodeOnly < 300);
    QVERIFY(titles.size() > 60);

    const QByteArray other = [] {
        QByteArray bytes;
        QBuffer out(&bytes);
        out.open(QIODevice::WriteOnly);
        (void)SyntheticVacancies::writeCsv(&out, 50, 43, QDate(2026, 1, 5));
        return bytes;
    }();
    QVERIFY(!first.startsWith(other));
}

void TestVacancyCsv::readSpeed()
{
    // Opt-in benchmark: WAYMARK_CSV_BENCH_ROWS=200000 ./TestVacancyCsv readSpeed
    const qint64 rows = qEnvironmentVariableIntValue("WAYMARK_CSV_BENCH_ROWS");
    if (rows <= 0)
        QSKIP("set WAYMARK_CSV_BENCH_ROWS to measure");
    QTemporaryDir dir;
    const QString path = dir.filePath("bench.csv");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(SyntheticVacancies::writeCsvFile(path, rows, 1, QDate(2026, 1, 5)));
    const qint64 writeMs = timer.restart();
    const double mb = double(QFileInfo(path).size()) / 1e6;

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader raw(&file);
    QVERIFY(raw.readHeader(VacancyCsv::requiredColumns()));
    CsvRecord record;
    while (raw.readRecord(record).value()) {
    }
    QCOMPARE(raw.recordCount(), rows);
    const qint64 rawMs = std::max<qint64>(1, timer.restart());

    VacancyCsv reader;
    const auto read = reader.readFile(path);
    const qint64 fullMs = std::max<qint64>(1, timer.elapsed());
    QVERIFY(read);
    QCOMPARE(read->size(), rows);
    qInfo("%lld rows, %.1f MB: generate+write %lld ms; CsvReader %lld ms (%.0f MB/s); VacancyCsv %lld ms (%.0f MB/s)",
          rows,
          mb,
          writeMs,
          rawMs,
          mb * 1000.0 / double(rawMs),
          fullMs,
          mb * 1000.0 / double(fullMs));
}

QTEST_APPLESS_MAIN(TestVacancyCsv)
#include "TestVacancyCsv.moc"
