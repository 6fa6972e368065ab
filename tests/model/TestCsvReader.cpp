#include "model/io/CsvReader.h"
#include "model/io/CsvWriter.h"

#include <QBuffer>
#include <QTest>

namespace
{
    // Hands out a few bytes per read, so every record and field crosses buffer refills.
    class TrickleDevice : public QIODevice
    {
    public:
        explicit TrickleDevice(QByteArray data)
            : m_data(std::move(data))
        {
            open(QIODevice::ReadOnly | QIODevice::Unbuffered);
        }
        bool isSequential() const override { return true; }

    protected:
        qint64 readData(char *data, qint64 maxSize) override
        {
            const qint64 step = 1 + (m_pos % 7);
            const qint64 n = std::min({maxSize, step, qint64(m_data.size()) - m_pos});
            std::memcpy(data, m_data.constData() + m_pos, size_t(n));
            m_pos += n;
            return n;
        }
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        QByteArray m_data;
        qint64 m_pos = 0;
    };

    struct Read
    {
        QList<QStringList> records;
        QList<qint64> lines;
        std::optional<Error> error;
        qint64 errorLine = 0;
    };

    Read readAll(QIODevice *device, bool header, const QStringList &required = {}, const CsvLimits &limits = {})
    {
        Read out;
        CsvReader reader(device, limits);
        if (header) {
            if (Status s = reader.readHeader(required); !s) {
                out.error = s.error();
                out.errorLine = reader.errorLine();
                return out;
            }
        }
        CsvRecord record;
        for (;;) {
            Result<bool> got = reader.readRecord(record);
            if (!got) {
                out.error = got.error();
                out.errorLine = reader.errorLine();
                return out;
            }
            if (!got.value())
                return out;
            out.records.append(record.fields);
            out.lines.append(record.line);
        }
    }

    Read readBytes(const QByteArray &bytes, bool trickle, bool header = false, const QStringList &required = {})
    {
        if (trickle) {
            TrickleDevice device(bytes);
            return readAll(&device, header, required);
        }
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return readAll(&buffer, header, required);
    }
} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void matchesHeaderColumnsByName();
    void crossesChunkBoundaries();
    void limitsFieldSize();
    void limitsRecordCount();
    void limitsFieldsPerRecord();
    void cancelsFromProgress();
    void writerQuotesOnlyWhenNeeded_data();
    void writerQuotesOnlyWhenNeeded();
    void writerRoundTrips();
    void writerDefusesFormulas_data();
    void writerDefusesFormulas();
};

void TestCsvReader::parses_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QList<QStringList>>("records");
    QTest::addColumn<QList<qint64>>("lines");

    QTest::addRow("LF") << QByteArray("a,b\n1,2\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}}
                        << QList<qint64>{1, 2};
    QTest::addRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << QList<QStringList>{{"a", "b"}, {"1", "2"}}
                          << QList<qint64>{1, 2};
    QTest::addRow("no final line break") << QByteArray("a,b\n1,2") << QList<QStringList>{{"a", "b"}, {"1", "2"}}
                                         << QList<qint64>{1, 2};
    QTest::addRow("BOM stripped") << QByteArray("\xEF\xBB\xBFid,x\n1,2\n")
                                  << QList<QStringList>{{"id", "x"}, {"1", "2"}} << QList<qint64>{1, 2};
    QTest::addRow("quoted comma") << QByteArray("\"a,b\",c\n") << QList<QStringList>{{"a,b", "c"}} << QList<qint64>{1};
    QTest::addRow("doubled quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"\n")
                                    << QList<QStringList>{{"say \"hi\"", "\""}} << QList<qint64>{1};
    QTest::addRow("quoted newline keeps start line")
        << QByteArray("h\n\"one\ntwo\nthree\"\nnext\n") << QList<QStringList>{{"h"}, {"one\ntwo\nthree"}, {"next"}}
        << QList<qint64>{1, 2, 5};
    QTest::addRow("quoted CRLF kept") << QByteArray("\"a\r\nb\",c\r\nd,e\r\n")
                                      << QList<QStringList>{{"a\r\nb", "c"}, {"d", "e"}} << QList<qint64>{1, 3};
    QTest::addRow("empty fields") << QByteArray(",,\n\"\",x,\n") << QList<QStringList>{{"", "", ""}, {"", "x", ""}}
                                  << QList<qint64>{1, 2};
    QTest::addRow("blank lines skipped") << QByteArray("a\n\n\r\nb\n\n") << QList<QStringList>{{"a"}, {"b"}}
                                         << QList<qint64>{1, 4};
    QTest::addRow("lone CR ends a line") << QByteArray("a\rb\r") << QList<QStringList>{{"a"}, {"b"}}
                                         << QList<qint64>{1, 2};
    QTest::addRow("UTF-8") << QByteArray("caf\xC3\xA9,\"\xC2\xA3"
                                         "5\"\n")
                           << QList<QStringList>{{"café", "£5"}} << QList<qint64>{1};
    QTest::addRow("spaces kept") << QByteArray(" a , b\n") << QList<QStringList>{{" a ", " b"}} << QList<qint64>{1};
    QTest::addRow("quoted field at end of file")
        << QByteArray("a,\"b\"") << QList<QStringList>{{"a", "b"}} << QList<qint64>{1};
    QTest::addRow("empty input") << QByteArray() << QList<QStringList>{} << QList<qint64>{};
    QTest::addRow("only a BOM") << QByteArray("\xEF\xBB\xBF") << QList<QStringList>{} << QList<qint64>{};
}

void TestCsvReader::parses()
{
    QFETCH(QByteArray, input);
    QFETCH(QList<QStringList>, records);
    QFETCH(QList<qint64>, lines);
    for (const bool trickle : {false, true}) {
        const Read read = readBytes(input, trickle);
        QVERIFY2(!read.error, qPrintable(read.error ? read.error->message : QString()));
        QCOMPARE(read.records, records);
        QCOMPARE(read.lines, lines);
    }
}

void TestCsvReader::rejects_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QStringList>("required");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<QString>("messagePart");

    QTest::addRow("unterminated quote") << QByteArray("id,x\n1,2\n3,\"open\nstill open\n") << QStringList() << 3LL
                                        << "Line 3: a quoted field is not closed";
    QTest::addRow("quote inside unquoted field") << QByteArray("id,x\n1,ab\"c\"\n") << QStringList() << 2LL
                                                 << "Line 2: field 2 has a quote but does not start with one";
    QTest::addRow("characters after closing quote") << QByteArray("id,x\n1,2\n\"a\nb\"c,d\n") << QStringList() << 4LL
                                                    << "Line 4: field 1 has characters after its closing quote";
    QTest::addRow("space after closing quote")
        << QByteArray("id,x\n\"a\" ,b\n") << QStringList() << 2LL << "characters after its closing quote";
    QTest::addRow("too few fields") << QByteArray("id,x,y\n1,2,3\n4,5\n") << QStringList() << 3LL
                                    << "Line 3: this record has 2 fields but the header has 3.";
    QTest::addRow("too many fields") << QByteArray("id,x\n\"1\n\",2,3\n") << QStringList() << 2LL
                                     << "Line 2: this record has 3 fields but the header has 2.";
    QTest::addRow("invalid UTF-8") << QByteArray("id,x\n1,2\n3,caf\xE9\n") << QStringList() << 3LL
                                   << "Line 3: field 2 is not valid UTF-8 text.";
    QTest::addRow("invalid UTF-8 in quotes")
        << QByteArray("id,x\n\"\xFF\",2\n") << QStringList() << 2LL << "Line 2: field 1 is not valid UTF-8 text.";
    QTest::addRow("duplicate header") << QByteArray("id,x, id\n") << QStringList() << 1LL
                                      << "the header names the column “id” more than once";
    QTest::addRow("missing column") << QByteArray("id,x\n") << QStringList{"id", "title"} << 1LL
                                    << "the header lacks the required column “title”";
    QTest::addRow("missing columns") << QByteArray("x\n") << QStringList{"id", "title"} << 1LL
                                     << "the header lacks the required columns id, title";
    QTest::addRow("names are case-sensitive")
        << QByteArray("ID\n") << QStringList{"id"} << 1LL << "required column “id”";
    QTest::addRow("empty file") << QByteArray("") << QStringList{"id"} << 0LL << "The file is empty";
}

void TestCsvReader::rejects()
{
    QFETCH(QByteArray, input);
    QFETCH(QStringList, required);
    QFETCH(qint64, line);
    QFETCH(QString, messagePart);
    for (const bool trickle : {false, true}) {
        const Read read = readBytes(input, trickle, true, required);
        QVERIFY(read.error);
        QCOMPARE(read.error->code, ErrorCode::Invalid);
        QVERIFY2(read.error->message.contains(messagePart), qPrintable(read.error->message));
        QCOMPARE(read.errorLine, line);
    }
}

void TestCsvReader::matchesHeaderColumnsByName()
{
    QBuffer buffer;
    buffer.setData(" b ,a,c\n2,1,3\n");
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader({"a", "b"}));
    QCOMPARE(reader.header(), (QStringList{"b", "a", "c"}));
    QCOMPARE(reader.column("a"), 1);
    QCOMPARE(reader.column("b"), 0);
    QCOMPARE(reader.column("B"), -1);
    CsvRecord record;
    Result<bool> got = reader.readRecord(record);
    QVERIFY(got && got.value());
    QCOMPARE(record.value(reader.column("a")), QString("1"));
    QCOMPARE(record.value(reader.column("missing")), QString());
    QCOMPARE(record.line, 2);
    QCOMPARE(reader.recordCount(), 1);
}

void TestCsvReader::crossesChunkBoundaries()
{
    // About 3 MiB of records with quoted line breaks and doubled quotes, so several refills of the
    // 1 MiB buffer land inside fields, inside doubled quotes and between CR and LF.
    QByteArray bytes = "id,text\r\n";
    QList<QString> texts;
    QList<qint64> lines;
    qint64 line = 2;
    for (int i = 0; bytes.size() < 3 * CsvReader::ChunkBytes; ++i) {
        const QString text =
            QString("row %1 \"quoted\"\r\nsecond line, with comma %2").arg(i).arg(QString(i % 97, 'x'));
        texts.append(text);
        lines.append(line);
        bytes += QByteArray::number(i) + ",\"" + text.toUtf8().replace("\"", "\"\"") + "\"\r\n";
        line += 2;
    }
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QVERIFY(reader.readHeader({"id", "text"}));
    CsvRecord record;
    int n = 0;
    for (;;) {
        Result<bool> got = reader.readRecord(record);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().message));
        if (!got.value())
            break;
        QCOMPARE(record.fields.at(0), QString::number(n));
        QCOMPARE(record.fields.at(1), texts.at(n));
        QCOMPARE(record.line, lines.at(n));
        ++n;
    }
    QCOMPARE(n, texts.size());
    QCOMPARE(reader.bytesRead(), qint64(bytes.size()));
}

void TestCsvReader::limitsFieldSize()
{
    CsvLimits limits;
    limits.maxFieldBytes = 16;
    for (const QByteArray &input : {QByteArray("id\nshort\n12345678901234567\n"),
                                    QByteArray("id\nshort\n\"12345678901234567\"\n"),
                                    QByteArray("id\nshort\n\"1234567890\n1234567\n")}) {
        QBuffer buffer;
        buffer.setData(input);
        buffer.open(QIODevice::ReadOnly);
        const Read read = readAll(&buffer, true, {}, limits);
        QVERIFY(read.error);
        QVERIFY2(read.error->message.contains("Line 3: field 1 is larger than"), qPrintable(read.error->message));
        QCOMPARE(read.records.size(), 1);
    }
}

void TestCsvReader::limitsRecordCount()
{
    CsvLimits limits;
    limits.maxRecords = 2;
    QBuffer buffer;
    buffer.setData("id\n1\n2\n3\n");
    buffer.open(QIODevice::ReadOnly);
    const Read read = readAll(&buffer, true, {}, limits);
    QVERIFY(read.error);
    QCOMPARE(read.records.size(), 2);
    QCOMPARE(read.errorLine, 4);
    QVERIFY2(read.error->message.contains("more than 2 records"), qPrintable(read.error->message));
}

void TestCsvReader::limitsFieldsPerRecord()
{
    CsvLimits limits;
    limits.maxFieldsPerRecord = 3;
    QBuffer buffer;
    buffer.setData("a,b,c,d,e\n");
    buffer.open(QIODevice::ReadOnly);
    const Read read = readAll(&buffer, false, {}, limits);
    QVERIFY(read.error);
    QVERIFY2(read.error->message.contains("more than 3 fields"), qPrintable(read.error->message));
}

void TestCsvReader::cancelsFromProgress()
{
    QByteArray bytes = "id\n";
    while (bytes.size() < 3 * CsvReader::ChunkBytes)
        bytes += "some value\n";
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QList<qint64> seen;
    reader.setProgress([&seen](qint64 bytesRead) {
        seen.append(bytesRead);
        return seen.size() < 2;
    });
    QVERIFY(reader.readHeader());
    CsvRecord record;
    for (;;) {
        Result<bool> got = reader.readRecord(record);
        if (!got) {
            QCOMPARE(got.error().code, ErrorCode::Cancelled);
            break;
        }
        QVERIFY(got.value());
    }
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0), CsvReader::ChunkBytes);
    QVERIFY(reader.recordCount() > 0);
}

void TestCsvReader::writerQuotesOnlyWhenNeeded_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("plain") << QStringList{"a", "b c", ""} << QByteArray("a,b c,\n");
    QTest::addRow("comma") << QStringList{"a,b"} << QByteArray("\"a,b\"\n");
    QTest::addRow("quote") << QStringList{"say \"hi\""} << QByteArray("\"say \"\"hi\"\"\"\n");
    QTest::addRow("newline") << QStringList{"a\nb", "c\r\nd"} << QByteArray("\"a\nb\",\"c\r\nd\"\n");
    QTest::addRow("edge spaces") << QStringList{" a", "b "} << QByteArray("\" a\",\"b \"\n");
    QTest::addRow("UTF-8") << QStringList{"£5 café"}
                           << QByteArray("\xC2\xA3"
                                         "5 caf\xC3\xA9\n");
}

void TestCsvReader::writerQuotesOnlyWhenNeeded()
{
    QFETCH(QStringList, fields);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::formatRecord(fields), expected);
    QByteArray crlf = expected;
    crlf.chop(1);
    QCOMPARE(CsvWriter::formatRecord(fields, CsvWriter::LineEnding::CrLf), crlf + "\r\n");
}

void TestCsvReader::writerDefusesFormulas_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QByteArray>("expected");
    QTest::addRow("DDE command") << QStringLiteral("=cmd|' /C calc'!A0") << QByteArray("'=cmd|' /C calc'!A0\n");
    QTest::addRow("at function") << QStringLiteral("@SUM(1+1)") << QByteArray("'@SUM(1+1)\n");
    QTest::addRow("plus formula") << QStringLiteral("+1+cmd") << QByteArray("'+1+cmd\n");
    QTest::addRow("minus formula") << QStringLiteral("-2+3") << QByteArray("'-2+3\n");
    QTest::addRow("minus with comma") << QStringLiteral("-1,=A1") << QByteArray("\"'-1,=A1\"\n");
    QTest::addRow("phone number") << QStringLiteral("+44 29 2000 0000") << QByteArray("'+44 29 2000 0000\n");
    QTest::addRow("leading tab") << QStringLiteral("\t=1") << QByteArray("'\t=1\n");
    QTest::addRow("leading carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"\n");
    QTest::addRow("lone minus") << QStringLiteral("-") << QByteArray("'-\n");
    QTest::addRow("negative number kept") << QStringLiteral("-3.18") << QByteArray("-3.18\n");
    QTest::addRow("signed integer kept") << QStringLiteral("+5") << QByteArray("+5\n");
    QTest::addRow("exponent kept") << QStringLiteral("-1.5e+03") << QByteArray("-1.5e+03\n");
    QTest::addRow("formula later in the cell") << QStringLiteral("a=b") << QByteArray("a=b\n");
}

void TestCsvReader::writerDefusesFormulas()
{
    QFETCH(QString, field);
    QFETCH(QByteArray, expected);
    QCOMPARE(CsvWriter::formatRecord({field}), expected);

    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeRecord({QStringLiteral("x"), field}));
        QVERIFY(writer.finish());
    }
    QCOMPARE(bytes, "x," + expected);
}

void TestCsvReader::writerRoundTrips()
{
    const QList<QStringList> rows = {
        {"id", "text", "other"}, {"1", "multi\nline, \"quoted\"", ""}, {"2", " padded ", "£"}, {"3", "", "end\r\n"}};
    for (const auto ending : {CsvWriter::LineEnding::Lf, CsvWriter::LineEnding::CrLf}) {
        QByteArray bytes;
        {
            QBuffer out(&bytes);
            out.open(QIODevice::WriteOnly);
            CsvWriter writer(&out, ending);
            for (const QStringList &row : rows)
                QVERIFY(writer.writeRecord(row));
            QVERIFY(writer.finish());
        }
        const Read read = readBytes(bytes, true);
        QVERIFY(!read.error);
        QCOMPARE(read.records, rows);
        QCOMPARE(read.lines, (QList<qint64>{1, 2, 4, 5}));
    }
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
