#include "model/matching/JobPostingReader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace
{
    // A complete posting as Find a Job or NHS Jobs publish them; tests change one property at a time.
    QJsonObject posting(const QJsonObject &overrides = {})
    {
        QJsonObject p{
            {"@context", "https://schema.org/"},
            {"@type", "JobPosting"},
            {"title", "Healthcare Assistant - Band 3"},
            {"description", "<p>Join our <b>ward</b> team.</p><ul><li>Personal care</li><li>Observations</li></ul>"},
            {"identifier", QJsonObject{{"@type", "PropertyValue"}, {"name", "NHS Jobs"}, {"value", "C9123-45"}}},
            {"hiringOrganization", QJsonObject{{"@type", "Organization"}, {"name", "Leeds Teaching Hospitals"}}},
            {"jobLocation",
             QJsonObject{{"@type", "Place"},
                         {"address", QJsonObject{{"@type", "PostalAddress"}, {"postalCode", "ls1 3ex"}}},
                         {"geo", QJsonObject{{"latitude", 53.8018}, {"longitude", -1.5518}}}}},
            {"baseSalary",
             QJsonObject{{"@type", "MonetaryAmount"},
                         {"currency", "GBP"},
                         {"value",
                          QJsonObject{{"@type", "QuantitativeValue"},
                                      {"minValue", 24071},
                                      {"maxValue", 25674},
                                      {"unitText", "YEAR"}}}}},
            {"employmentType", "FULL_TIME"},
            {"datePosted", "2026-03-01"},
            {"validThrough", "2026-03-27T23:59:00Z"},
        };
        for (auto it = overrides.begin(); it != overrides.end(); ++it) {
            // Null stands for "leave the property out": a QJsonObject does not hold an undefined value.
            if (it.value().isNull())
                p.remove(it.key());
            else
                p.insert(it.key(), it.value());
        }
        return p;
    }

    QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    Result<QVector<Vacancy>> readBytes(JobPostingReader &reader, QByteArray bytes)
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        return reader.read(&buffer);
    }

    QString firstProblem(const JobPostingReader &reader)
    {
        return reader.problems().isEmpty() ? QString() : reader.describe(reader.problems().first());
    }

    QJsonObject salary(const QJsonValue &value, const QString &unit = QString())
    {
        QJsonObject amount{{"@type", "MonetaryAmount"}, {"currency", "GBP"}, {"value", value}};
        if (!unit.isEmpty())
            amount.insert("unitText", unit);
        return amount;
    }

    QJsonObject quantity(const QJsonObject &fields)
    {
        QJsonObject q = fields;
        q.insert("@type", "QuantitativeValue");
        return q;
    }
} // namespace

class TestJobPostingReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsOneObject();
    void readsArray();
    void readsJsonLines();
    void convertsSalaryToYearly_data();
    void convertsSalaryToYearly();
    void mapsEmploymentType_data();
    void mapsEmploymentType();
    void readsDates_data();
    void readsDates();
    void readsIdentifierForms_data();
    void readsIdentifierForms();
    void derivedIdIsStable();
    void takesFirstUsableLocation_data();
    void takesFirstUsableLocation();
    void doubleEscapedDescriptionBecomesText();
    void rejectsBadRecord_data();
    void rejectsBadRecord();
    void skipsMalformedLineKeepingGoodOnes();
    void skipsBadArrayRecordWithItsNumber();
    void failModeNamesFirstProblem();
    void keepsFirstProblemsButCountsEveryBadRecord();
    void rejectsDuplicateIds();
    void rejectsHostileDocuments_data();
    void rejectsHostileDocuments();
    void hostileLineIsOnlyThatLine();
};

void TestJobPostingReader::readsOneObject()
{
    JobPostingReader reader;
    auto result = readBytes(reader, QJsonDocument(posting()).toJson(QJsonDocument::Indented));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(reader.layout(), JobPostingReader::Layout::Object);
    QCOMPARE(result->size(), 1);
    const Vacancy &v = result->first();
    QCOMPARE(v.id, QString("C9123-45"));
    QCOMPARE(v.title, QString("Healthcare Assistant - Band 3"));
    QCOMPARE(v.employer, QString("Leeds Teaching Hospitals"));
    QCOMPARE(v.description, QString("Join our ward team.\n\n• Personal care\n• Observations"));
    QVERIFY(v.skills.isEmpty());
    QCOMPARE(v.postcode, QString("LS1 3EX"));
    QCOMPARE(v.outcode, QString("LS1"));
    QCOMPARE(v.latitude, std::optional<double>(53.8018));
    QCOMPARE(v.longitude, std::optional<double>(-1.5518));
    QCOMPARE(v.salaryMin, std::optional<double>(24071));
    QCOMPARE(v.salaryMax, std::optional<double>(25674));
    QCOMPARE(v.hoursPerWeek, std::optional<double>(37.5));
    QCOMPARE(v.contractType, ContractType::Permanent);
    QCOMPARE(v.closingDate, QDate(2026, 3, 27));
}

void TestJobPostingReader::readsArray()
{
    QJsonArray array{posting(), posting({{"identifier", "B2"}, {"title", "Forklift Driver"}})};
    JobPostingReader reader;
    auto result = readBytes(reader, "\xEF\xBB\xBF\n  " + QJsonDocument(array).toJson());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(reader.layout(), JobPostingReader::Layout::Array);
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(1).id, QString("B2"));
    QCOMPARE(result->at(1).title, QString("Forklift Driver"));
}

void TestJobPostingReader::readsJsonLines()
{
    const QByteArray lines = "\xEF\xBB\xBF" + json(posting({{"identifier", "L1"}})) + "\n\n" +
                             json(posting({{"identifier", "L2"}})) + "\r\n" + json(posting({{"identifier", "L3"}}));
    JobPostingReader reader;
    auto result = readBytes(reader, lines);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(reader.layout(), JobPostingReader::Layout::Lines);
    QCOMPARE(result->size(), 3);
    QCOMPARE(result->at(2).id, QString("L3"));
}

void TestJobPostingReader::convertsSalaryToYearly_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<double>("minimum");
    QTest::addColumn<double>("maximum");

    QTest::addRow("yearly range")
        << QJsonObject{{"baseSalary",
                        salary(quantity({{"minValue", 22000}, {"maxValue", 24000}, {"unitText", "YEAR"}}))}}
        << 22000.0 << 24000.0;
    QTest::addRow("plain number, no unit, is yearly")
        << QJsonObject{{"baseSalary", salary(23500)}} << 23500.0 << 23500.0;
    QTest::addRow("number as text") << QJsonObject{{"baseSalary", salary("23500")}} << 23500.0 << 23500.0;
    QTest::addRow("hour, full time: 37.5 h a week, 52 weeks")
        << QJsonObject{{"baseSalary", salary(quantity({{"value", 12.00}, {"unitText", "HOUR"}}))}} << 23400.0
        << 23400.0;
    QTest::addRow("hour with the advert's hours")
        << QJsonObject{{"baseSalary", salary(quantity({{"value", 12.50}, {"unitText", "HOUR"}}))},
                       {"workHours", "20 hours per week"},
                       {"employmentType", "PART_TIME"}}
        << 13000.0 << 13000.0;
    QTest::addRow("hour unit on the MonetaryAmount")
        << QJsonObject{{"baseSalary", salary(11.44, "HOUR")}} << 22308.0 << 22308.0;
    QTest::addRow("day: 5 days, 52 weeks")
        << QJsonObject{{"baseSalary", salary(quantity({{"value", 100}, {"unitText", "DAY"}}))}} << 26000.0 << 26000.0;
    QTest::addRow("week: 52 weeks")
        << QJsonObject{{"baseSalary", salary(quantity({{"minValue", 450}, {"maxValue", 500}, {"unitText", "WEEK"}}))}}
        << 23400.0 << 26000.0;
    QTest::addRow("month: 12") << QJsonObject{{"baseSalary",
                                               salary(quantity({{"value", 2000}, {"unitText", "month"}}))}}
                               << 24000.0 << 24000.0;
}

void TestJobPostingReader::convertsSalaryToYearly()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(double, minimum);
    QFETCH(double, maximum);
    JobPostingReader reader;
    auto result = readBytes(reader, json(posting(overrides)));
    QVERIFY2(result.ok(), qPrintable(firstProblem(reader)));
    QCOMPARE(result->first().salaryMin, std::optional<double>(minimum));
    QCOMPARE(result->first().salaryMax, std::optional<double>(maximum));
}

void TestJobPostingReader::mapsEmploymentType_data()
{
    QTest::addColumn<QJsonValue>("type");
    QTest::addColumn<int>("contract");
    QTest::addColumn<double>("hours"); // 0: none

    QTest::addRow("full time") << QJsonValue("FULL_TIME") << int(ContractType::Permanent) << 37.5;
    QTest::addRow("part time") << QJsonValue("PART_TIME") << int(ContractType::Permanent) << 0.0;
    QTest::addRow("written loosely") << QJsonValue("full-time") << int(ContractType::Permanent) << 37.5;
    QTest::addRow("temporary") << QJsonValue("TEMPORARY") << int(ContractType::Temporary) << 0.0;
    QTest::addRow("full time and temporary")
        << QJsonValue(QJsonArray{"FULL_TIME", "TEMPORARY"}) << int(ContractType::Temporary) << 37.5;
    QTest::addRow("contractor") << QJsonValue("CONTRACTOR") << int(ContractType::FixedTerm) << 0.0;
    QTest::addRow("intern") << QJsonValue("INTERN") << int(ContractType::Temporary) << 0.0;
    QTest::addRow("volunteer") << QJsonValue("VOLUNTEER") << int(ContractType::Temporary) << 0.0;
    QTest::addRow("per diem") << QJsonValue("PER_DIEM") << int(ContractType::ZeroHours) << 0.0;
    QTest::addRow("other") << QJsonValue("OTHER") << int(ContractType::Permanent) << 0.0;
    QTest::addRow("absent") << QJsonValue(QJsonValue::Null) << int(ContractType::Permanent) << 0.0;
}

void TestJobPostingReader::mapsEmploymentType()
{
    QFETCH(QJsonValue, type);
    QFETCH(int, contract);
    QFETCH(double, hours);
    JobPostingReader reader;
    auto result = readBytes(reader, json(posting({{"employmentType", type}})));
    QVERIFY2(result.ok(), qPrintable(firstProblem(reader)));
    QCOMPARE(int(result->first().contractType), contract);
    QCOMPARE(result->first().hoursPerWeek, hours > 0 ? std::optional<double>(hours) : std::nullopt);
}

void TestJobPostingReader::readsDates_data()
{
    QTest::addColumn<QString>("validThrough");
    QTest::addColumn<QDate>("closing");
    QTest::addRow("date") << "2026-04-30" << QDate(2026, 4, 30);
    QTest::addRow("date-time UTC") << "2026-04-30T23:59:59Z" << QDate(2026, 4, 30);
    QTest::addRow("date-time with offset, the day written") << "2026-04-30T00:30:00+01:00" << QDate(2026, 4, 30);
    QTest::addRow("date-time with milliseconds") << "2026-04-30T17:00:00.000Z" << QDate(2026, 4, 30);
}

void TestJobPostingReader::readsDates()
{
    QFETCH(QString, validThrough);
    QFETCH(QDate, closing);
    JobPostingReader reader;
    auto result = readBytes(reader, json(posting({{"validThrough", validThrough}})));
    QVERIFY2(result.ok(), qPrintable(firstProblem(reader)));
    QCOMPARE(result->first().closingDate, closing);
}

void TestJobPostingReader::readsIdentifierForms_data()
{
    QTest::addColumn<QJsonValue>("identifier");
    QTest::addColumn<QString>("id");
    QTest::addRow("text") << QJsonValue("FAJ-7781") << "FAJ-7781";
    QTest::addRow("number") << QJsonValue(1234567) << "1234567";
    QTest::addRow("property value") << QJsonValue(QJsonObject{{"@type", "PropertyValue"}, {"value", 987}}) << "987";
    QTest::addRow("property value, name only") << QJsonValue(QJsonObject{{"name", "REQ-5"}}) << "REQ-5";
}

void TestJobPostingReader::readsIdentifierForms()
{
    QFETCH(QJsonValue, identifier);
    QFETCH(QString, id);
    JobPostingReader reader;
    auto result = readBytes(reader, json(posting({{"identifier", identifier}})));
    QVERIFY2(result.ok(), qPrintable(firstProblem(reader)));
    QCOMPARE(result->first().id, id);
}

void TestJobPostingReader::derivedIdIsStable()
{
    const QJsonObject record = posting({{"identifier", QJsonValue::Null}});
    JobPostingReader reader;
    auto first = readBytes(reader, json(record));
    QVERIFY(first.ok());
    const QString id = first->first().id;
    QVERIFY(id.startsWith("jp-"));
    QCOMPARE(id.size(), 27);
    // Same posting, keys in another order and other spacing: same id. A changed posting: another id.
    const QByteArray reordered = "{ \"validThrough\": \"2026-03-27T23:59:00Z\",\n" +
                                 json(record).mid(1).replace(",\"validThrough\":\"2026-03-27T23:59:00Z\"", "");
    auto second = readBytes(reader, reordered);
    QVERIFY2(second.ok(), qPrintable(firstProblem(reader)));
    QCOMPARE(second->first().id, id);
    auto changed = readBytes(reader, json(posting({{"identifier", QJsonValue::Null}, {"title", "Porter"}})));
    QVERIFY(changed.ok());
    QVERIFY(changed->first().id != id);
}

void TestJobPostingReader::takesFirstUsableLocation_data()
{
    QTest::addColumn<QJsonValue>("location");
    QTest::addColumn<QString>("postcode");
    QTest::addColumn<double>("latitude"); // 0: none

    QTest::addRow("array, first has no address")
        << QJsonValue(QJsonArray{QJsonObject{{"@type", "Place"}, {"name", "Head office"}},
                                 QJsonObject{{"address", QJsonObject{{"postalCode", "CF10 1EP"}}}}})
        << "CF10 1EP" << 0.0;
    QTest::addRow("geo as text") << QJsonValue(QJsonObject{
                                        {"geo", QJsonObject{{"latitude", "51.48"}, {"longitude", "-3.18"}}}})
                                 << "" << 51.48;
    QTest::addRow("outcode only") << QJsonValue(QJsonObject{{"address", QJsonObject{{"postalCode", "M1"}}}}) << "M1"
                                  << 0.0;
}

void TestJobPostingReader::takesFirstUsableLocation()
{
    QFETCH(QJsonValue, location);
    QFETCH(QString, postcode);
    QFETCH(double, latitude);
    JobPostingReader reader;
    auto result = readBytes(reader, json(posting({{"jobLocation", location}})));
    QVERIFY2(result.ok(), qPrintable(firstProblem(reader)));
    QCOMPARE(result->first().postcode, postcode);
    QCOMPARE(result->first().latitude, latitude != 0 ? std::optional<double>(latitude) : std::nullopt);
}

void TestJobPostingReader::doubleEscapedDescriptionBecomesText()
{
    JobPostingReader reader;
    auto result =
        readBytes(reader,
                  json(posting({{"description",
                                 "&amp;lt;p&amp;gt;Warehouse "
                                 "team.&amp;lt;/p&amp;gt;&amp;lt;ul&amp;gt;&amp;lt;li&amp;gt;Picking &amp;amp;amp; "
                                 "packing&amp;lt;/li&amp;gt;&amp;lt;/ul&amp;gt;"},
                                {"title", "Warehouse Operative &amp; Driver"}})));
    QVERIFY2(result.ok(), qPrintable(firstProblem(reader)));
    QCOMPARE(result->first().description, QString("Warehouse team.\n\n• Picking & packing"));
    QCOMPARE(result->first().title, QString("Warehouse Operative & Driver"));
}

void TestJobPostingReader::rejectsBadRecord_data()
{
    QTest::addColumn<QJsonObject>("overrides");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("says");

    QTest::addRow("title missing") << QJsonObject{{"title", QJsonValue::Null}} << "title"
                                   << "required";
    QTest::addRow("title a number") << QJsonObject{{"title", 42}} << "title"
                                    << "must be text";
    QTest::addRow("employer missing") << QJsonObject{{"hiringOrganization", QJsonValue::Null}}
                                      << "hiringOrganization.name"
                                      << "required";
    QTest::addRow("no closing date") << QJsonObject{{"validThrough", QJsonValue::Null}} << "validThrough"
                                     << "required";
    QTest::addRow("closing date not a date") << QJsonObject{{"validThrough", "27/03/2026"}} << "validThrough"
                                             << "not a date";
    QTest::addRow("closes before posted") << QJsonObject{{"validThrough", "2026-02-01"}} << "validThrough"
                                          << "before datePosted";
    QTest::addRow("bad employment type") << QJsonObject{{"employmentType", "WHENEVER"}} << "employmentType"
                                         << "not an employment type";
    QTest::addRow("salary unit unknown") << QJsonObject{{"baseSalary", salary(10, "FORTNIGHT")}}
                                         << "baseSalary.unitText"
                                         << "not a salary unit";
    QTest::addRow("salary in euros") << QJsonObject{{"baseSalary", QJsonObject{{"currency", "EUR"}, {"value", 30000}}}}
                                     << "baseSalary.currency"
                                     << "GBP";
    QTest::addRow("salary negative") << QJsonObject{{"baseSalary", salary(-5)}} << "baseSalary.minValue"
                                     << "salary in pounds";
    QTest::addRow("salary range upside down")
        << QJsonObject{{"baseSalary", salary(quantity({{"minValue", 30000}, {"maxValue", 20000}}))}}
        << "baseSalary.minValue"
        << "is more than";
    QTest::addRow("salary a list") << QJsonObject{{"baseSalary", QJsonArray{1, 2}}} << "baseSalary"
                                   << "MonetaryAmount";
    QTest::addRow("no location") << QJsonObject{{"jobLocation", QJsonValue::Null}} << "jobLocation.address.postalCode"
                                 << "needs a location";
    QTest::addRow("latitude outside the UK")
        << QJsonObject{{"jobLocation", QJsonObject{{"geo", QJsonObject{{"latitude", 40.7}, {"longitude", -1.0}}}}}}
        << "jobLocation.geo.latitude"
        << "latitude within the UK";
    QTest::addRow("latitude without longitude")
        << QJsonObject{{"jobLocation", QJsonObject{{"geo", QJsonObject{{"latitude", 53.0}}}}}}
        << "jobLocation.geo.longitude"
        << "together";
    QTest::addRow("bad postcode") << QJsonObject{{"jobLocation",
                                                  QJsonObject{{"address", QJsonObject{{"postalCode", "NOWHERE"}}}}}}
                                  << "jobLocation.address.postalCode"
                                  << "";
    QTest::addRow("id too long") << QJsonObject{{"identifier", QString(65, 'x')}} << "identifier"
                                 << "the most is 64";
    QTest::addRow("identifier a list") << QJsonObject{{"identifier", QJsonArray{"a"}}} << "identifier"
                                       << "PropertyValue";
    QTest::addRow("not a JobPosting") << QJsonObject{{"@type", "Event"}} << "@type"
                                      << "not a JobPosting";
}

void TestJobPostingReader::rejectsBadRecord()
{
    QFETCH(QJsonObject, overrides);
    QFETCH(QString, field);
    QFETCH(QString, says);
    JobPostingReader reader;
    auto result = readBytes(reader, json(posting(overrides)));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY(!reader.problems().isEmpty());
    QCOMPARE(reader.problems().first().column, field);
    QCOMPARE(reader.problems().first().line, 1);
    QVERIFY2(reader.problems().first().message.contains(says), qPrintable(reader.problems().first().message));
    QCOMPARE(reader.skippedRecords(), 1);
}

void TestJobPostingReader::skipsMalformedLineKeepingGoodOnes()
{
    const QByteArray lines = json(posting({{"identifier", "G1"}})) + "\n" + "{\"title\": \"Cleaner\", oops}\n" +
                             json(posting({{"identifier", "G2"}, {"title", 7}})) + "\n" +
                             json(posting({{"identifier", "G3"}})) + "\n";
    JobPostingReader reader;
    reader.setInvalidRows(JobPostingReader::InvalidRows::Skip);
    auto result = readBytes(reader, lines);
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 2);
    QCOMPARE(result->at(0).id, QString("G1"));
    QCOMPARE(result->at(1).id, QString("G3"));
    QCOMPARE(reader.skippedRecords(), 2);
    QCOMPARE(reader.problems().size(), 2);
    QCOMPARE(reader.problems().at(0).line, 2);
    QVERIFY(reader.describe(reader.problems().at(0)).startsWith("line 2: The line is not valid JSON"));
    QCOMPARE(reader.problems().at(1).line, 3);
    QCOMPARE(reader.describe(reader.problems().at(1)), QString("line 3, title: title must be text."));
}

void TestJobPostingReader::skipsBadArrayRecordWithItsNumber()
{
    QJsonArray array{posting({{"identifier", "A1"}}), QJsonValue("not an object"), posting({{"identifier", "A3"}})};
    JobPostingReader reader;
    reader.setInvalidRows(JobPostingReader::InvalidRows::Skip);
    auto result = readBytes(reader, QJsonDocument(array).toJson());
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 2);
    QCOMPARE(reader.problems().size(), 1);
    QCOMPARE(reader.describe(reader.problems().first()), QString("record 2: The record is not a JSON object."));
}

void TestJobPostingReader::failModeNamesFirstProblem()
{
    QJsonArray array{posting({{"identifier", "A1"}}),
                     posting({{"identifier", "A2"}, {"validThrough", "soon"}}),
                     posting({{"identifier", "A3"}, {"title", ""}})};
    JobPostingReader reader;
    auto result = readBytes(reader, QJsonDocument(array).toJson());
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.contains("The first: record 2, validThrough: “soon” is not a date"),
             qPrintable(result.error().message));
    QCOMPARE(reader.problems().size(), 2);
    QCOMPARE(reader.problems().at(1).line, 3);
}

void TestJobPostingReader::keepsFirstProblemsButCountsEveryBadRecord()
{
    // A hostile feed of bad records must not grow the problem list without bound, yet the count stays true;
    // a record with two faults is one bad record.
    const int bad = VacancyCsv::MaxProblems + 5;
    QJsonArray array{posting({{"identifier", "K0"}, {"title", ""}, {"validThrough", "soon"}})};
    for (int i = 1; i < bad; ++i)
        array.append(QJsonValue(i));
    array.append(posting({{"identifier", "K-good"}}));
    JobPostingReader reader;
    reader.setInvalidRows(JobPostingReader::InvalidRows::Skip);
    auto result = readBytes(reader, QJsonDocument(array).toJson());
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 1);
    QCOMPARE(reader.skippedRecords(), qint64(bad));
    QCOMPARE(reader.problems().size(), VacancyCsv::MaxProblems);
    QCOMPARE(reader.problems().at(0).line, 1);
    QCOMPARE(reader.problems().at(1).line, 1);
    QCOMPARE(reader.problems().at(2).line, 2);
}

void TestJobPostingReader::rejectsDuplicateIds()
{
    const QByteArray lines = json(posting({{"identifier", "D1"}})) + "\n" + json(posting({{"identifier", "D1"}}));
    JobPostingReader reader;
    reader.setInvalidRows(JobPostingReader::InvalidRows::Skip);
    auto result = readBytes(reader, lines);
    QVERIFY(result.ok());
    QCOMPARE(result->size(), 1);
    QCOMPARE(reader.describe(reader.problems().first()),
             QString("line 2, identifier: The id “D1” is already used on line 1."));
}

void TestJobPostingReader::rejectsHostileDocuments_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("says");

    QTest::addRow("empty") << QByteArray("  \n") << "empty";
    QTest::addRow("deep nesting") << QByteArray(100'000, '[') << "nest more than 16 deep on line 1";
    QTest::addRow("deep nesting in a record")
        << "[" + json(posting()) + ",\n{\"title\": " + QByteArray(40, '[') + QByteArray(40, ']') + "}]"
        << "nest more than 16 deep on line 2";
    QTest::addRow("huge string") << "{\"title\": \"" + QByteArray(2 << 20, 'a') + "\"}"
                                 << "longer than 1024 KB";
    QTest::addRow("not JSON") << QByteArray("[{\"title\": }]") << "not valid JSON";
    QTest::addRow("truncated") << QByteArray("[1, 2") << "not valid JSON";
}

void TestJobPostingReader::rejectsHostileDocuments()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, says);
    JobPostingReader reader;
    reader.setInvalidRows(JobPostingReader::InvalidRows::Skip);
    auto result = readBytes(reader, bytes);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
}

void TestJobPostingReader::hostileLineIsOnlyThatLine()
{
    JobPostingLimits limits;
    limits.maxDocumentBytes = 4096;
    limits.maxRecords = 3;
    const QByteArray good = json(posting({{"identifier", "H1"}}));
    const QByteArray lines = good + "\n" + "{\"a\":" + QByteArray(30, '[') + QByteArray(30, ']') + "}\n" +
                             "{\"title\": \"" + QByteArray(10'000, 'x') + "\"}\n" + "{}\n";
    JobPostingReader reader;
    reader.setLimits(limits);
    reader.setInvalidRows(JobPostingReader::InvalidRows::Skip);
    auto result = readBytes(reader, lines);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
    QCOMPARE(result->size(), 1);
    QCOMPARE(reader.skippedRecords(), 3);
    QVERIFY(reader.problems().at(0).message.contains("nest more than"));
    QCOMPARE(reader.problems().at(1).line, 3);
    QVERIFY(reader.problems().at(1).message.contains("longer than"));

    // One record more than allowed fails the whole read: a feed that large is not what it claims.
    auto tooMany = readBytes(reader, good + "\n" + good + "\n" + good + "\n" + good + "\n");
    QVERIFY(!tooMany.ok());
    QVERIFY2(tooMany.error().message.contains("more than 3 posting"), qPrintable(tooMany.error().message));

    limits.maxInputBytes = 1000;
    reader.setLimits(limits);
    auto tooBig = readBytes(reader, good + "\n" + good + "\n" + good + "\n");
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().message.contains("larger than"));
}

QTEST_GUILESS_MAIN(TestJobPostingReader)
#include "TestJobPostingReader.moc"
