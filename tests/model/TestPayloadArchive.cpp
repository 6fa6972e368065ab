#include "model/io/PayloadArchive.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

/** The bounded payload reader: hostile counts, lengths, versions and trailing bytes are refused, never obeyed. */
class TestPayloadArchive : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryType();
    void roundTripsExtremeNumbers();
    void refusesMalformedNumbers_data();
    void refusesMalformedNumbers();
    void refusesCountOverLimit();
    void refusesCountThePayloadCannotHold();
    void refusesHugeStringLength();
    void refusesTrailingJunk();
    void refusesTruncation();
    void refusesNewerArchiveVersion();
    void refusesOtherSchema();
    void refusesHugeHeaderLength();
    void survivesRandomMutations();
    void refusesMalformedUtf8_data();
    void refusesMalformedUtf8();
    void stringsLoseControlAndBidiCharacters();

private:
    QByteArray sample() const;
};

void TestPayloadArchive::refusesMalformedUtf8_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("Welsh") << QByteArray("Ll\xc5\xb5yn") << true;
    QTest::newRow("byte-order mark kept as text") << QByteArray("\xef\xbb\xbfHi") << true;
    QTest::newRow("cut-off sequence") << QByteArray("caf\xc3") << false;
    QTest::newRow("bad continuation") << QByteArray("\xc3\x28") << false;
    QTest::newRow("overlong slash") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("Latin-1") << QByteArray("Si\xe2n") << false;
}

void TestPayloadArchive::refusesMalformedUtf8()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    PayloadWriter writer("test-schema/1");
    writer.writeBytes(bytes);
    PayloadReader reader(writer.finish(), "test-schema/1");
    const QString text = reader.readString();
    QCOMPARE(reader.ok(), valid);
    if (valid)
        QCOMPARE(text.toUtf8(), bytes);
}

QByteArray TestPayloadArchive::sample() const
{
    PayloadWriter writer("test-schema/1");
    writer.writeCount(3);
    writer.writeString(QString::fromUtf8("Siân"));
    writer.writeString(QString());
    writer.writeString("line one\nline two, with \"quotes\"");
    writer.writeInt(-42);
    writer.writeDouble(51.4816);
    writer.writeBool(true);
    writer.writeBytes(QByteArray("\x00\x01\xff", 3));
    return writer.finish();
}

void TestPayloadArchive::roundTripsEveryType()
{
    PayloadReader reader(sample(), "test-schema/1");
    QCOMPARE(reader.readCount(10), quint64(3));
    QCOMPARE(reader.readString(), QString::fromUtf8("Siân"));
    QCOMPARE(reader.readString(), QString());
    QCOMPARE(reader.readText(), QStringLiteral("line one\nline two, with \"quotes\""));
    QCOMPARE(reader.readInt(), qint64(-42));
    QCOMPARE(reader.readDouble(), 51.4816);
    QCOMPARE(reader.readBool(), true);
    QCOMPARE(reader.readBytes(10), QByteArray("\x00\x01\xff", 3));
    QVERIFY(reader.finish());
}

void TestPayloadArchive::roundTripsExtremeNumbers()
{
    // Boost writes doubles in scientific form with every digit needed; the reader must give back the same bits.
    const QList<double> doubles = {0.0, -0.0, 0.1, -51.4816, 1e-310, 1.7976931348623157e308, 2.2250738585072014e-308};
    PayloadWriter writer("s");
    writer.writeUInt(std::numeric_limits<quint64>::max());
    writer.writeInt(std::numeric_limits<qint64>::min());
    writer.writeInt(std::numeric_limits<qint64>::max());
    for (double d : doubles)
        writer.writeDouble(d);
    PayloadReader reader(writer.finish(), "s");
    QCOMPARE(reader.readUInt(), std::numeric_limits<quint64>::max());
    QCOMPARE(reader.readInt(), std::numeric_limits<qint64>::min());
    QCOMPARE(reader.readInt(), std::numeric_limits<qint64>::max());
    for (double d : doubles) {
        const double read = reader.readDouble();
        QCOMPARE(std::signbit(read), std::signbit(d));
        QCOMPARE(read, d);
    }
    QVERIFY2(reader.finish(), qPrintable(reader.error().message));
}

void TestPayloadArchive::refusesMalformedNumbers_data()
{
    // Each row replaces the number that the writer wrote (written as `written`) with `text`.
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("asDouble");
    QTest::newRow("one past the largest count") << QByteArray("18446744073709551616") << false;
    QTest::newRow("a negative count") << QByteArray("-1") << false;
    QTest::newRow("a plus sign") << QByteArray("+1") << false;
    QTest::newRow("hexadecimal") << QByteArray("0x10") << false;
    QTest::newRow("letters after digits") << QByteArray("12ab") << false;
    QTest::newRow("a comma for the decimal point") << QByteArray("51,5") << true;
    QTest::newRow("infinity") << QByteArray("inf") << true;
    QTest::newRow("not a number") << QByteArray("nan") << true;
    QTest::newRow("beyond a double") << QByteArray("1e999") << true;
}

void TestPayloadArchive::refusesMalformedNumbers()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, asDouble);
    PayloadWriter writer("s");
    if (asDouble)
        writer.writeDouble(12345.0);
    else
        writer.writeUInt(12345);
    QByteArray bytes = writer.finish();
    const QByteArray written = asDouble ? QByteArray("1.23450000000000000e+04") : QByteArray("12345");
    const QByteArray from = QByteArray(" ") + written + ' ';
    QVERIFY2(bytes.contains(from), bytes.constData());
    bytes.replace(from, QByteArray(QByteArray(" ") + text + ' '));
    PayloadReader reader(bytes, "s");
    if (asDouble)
        reader.readDouble();
    else
        reader.readUInt();
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().message.contains("number"), qPrintable(reader.error().message));
}

void TestPayloadArchive::refusesCountOverLimit()
{
    PayloadWriter writer("s");
    writer.writeCount(50'000'000);
    PayloadReader reader(writer.finish(), "s");
    QCOMPARE(reader.readCount(200'000), quint64(0));
    QVERIFY(!reader.ok());
    QCOMPARE(reader.error().code, ErrorCode::BundlePayload);
    QVERIFY(reader.error().message.contains("more items than allowed"));
}

void TestPayloadArchive::refusesCountThePayloadCannotHold()
{
    // Within the kind's limit, but a few bytes cannot hold a million items: refused before anyone reserves room.
    PayloadWriter writer("s");
    writer.writeCount(1'000'000);
    writer.writeString("x");
    PayloadReader reader(writer.finish(), "s");
    QCOMPARE(reader.readCount(2'000'000), quint64(0));
    QVERIFY(!reader.ok());
    QVERIFY2(reader.error().message.contains("than the rest of the payload can hold"),
             qPrintable(reader.error().message));

    // A count the payload does hold is read as before, down to items of two bytes ("0 ").
    PayloadWriter exact("s");
    exact.writeCount(1000);
    for (int i = 0; i < 1000; ++i)
        exact.writeUInt(0);
    PayloadReader fits(exact.finish(), "s");
    QCOMPARE(fits.readCount(1000), quint64(1000));
    QVERIFY(fits.remainingBytes() >= 2000);
    for (int i = 0; i < 1000; ++i)
        QCOMPARE(fits.readUInt(), quint64(0));
    QVERIFY(fits.finish());
}

void TestPayloadArchive::refusesHugeStringLength()
{
    // Hand-made: a length of 10^12 followed by almost nothing.
    PayloadWriter writer("s");
    writer.writeUInt(1'000'000'000'000ULL);
    PayloadReader reader(writer.finish(), "s");
    reader.readString();
    QVERIFY(!reader.ok());
    PayloadWriter writer2("s");
    writer2.writeString(QString(2000, QLatin1Char('x')));
    PayloadReader capped(writer2.finish(), "s");
    capped.readString(100);
    QVERIFY(!capped.ok());
}

void TestPayloadArchive::refusesTrailingJunk()
{
    PayloadReader reader(sample() + "123 junk", "test-schema/1");
    reader.readCount(10);
    for (int i = 0; i < 3; ++i)
        reader.readString();
    reader.readInt();
    reader.readDouble();
    reader.readBool();
    reader.readBytes(10);
    QVERIFY(!reader.finish());
}

void TestPayloadArchive::refusesTruncation()
{
    const QByteArray bytes = sample();
    for (int length = 0; length < bytes.size() - 2; length += 3) {
        PayloadReader reader(bytes.left(length), "test-schema/1");
        reader.readCount(10);
        for (int i = 0; i < 3; ++i)
            reader.readString();
        reader.readInt();
        reader.readDouble();
        reader.readBool();
        reader.readBytes(10);
        QVERIFY2(!reader.finish(), qPrintable(QString::number(length)));
    }
}

void TestPayloadArchive::refusesNewerArchiveVersion()
{
    QByteArray bytes = sample();
    const int at = bytes.indexOf("serialization::archive ");
    QVERIFY(at >= 0);
    const int versionAt = at + int(qstrlen("serialization::archive "));
    const int versionEnd = bytes.indexOf(' ', versionAt);
    bytes.replace(versionAt, versionEnd - versionAt, "99");
    PayloadReader reader(bytes, "test-schema/1");
    QVERIFY(!reader.ok());
}

void TestPayloadArchive::refusesOtherSchema()
{
    PayloadReader reader(sample(), "vacancies/1");
    QVERIFY(!reader.ok());
}

void TestPayloadArchive::refusesHugeHeaderLength()
{
    // Found by FuzzPayloadReader: Boost reads its header string with a length from the bytes, so a
    // changed length asks for petabytes (under ASan: allocation-size-too-big) before our bounds apply.
    QByteArray bytes = sample();
    QVERIFY(bytes.startsWith("22 serialization::archive "));
    bytes.replace(0, 2, "2200005999999999");
    PayloadReader reader(bytes, "test-schema/1");
    QVERIFY(!reader.ok());
    QVERIFY(reader.error().message.contains("not an archive"));
}

void TestPayloadArchive::survivesRandomMutations()
{
    // A small in-test fuzz. The reader's contract for hostile bytes: it never crashes or reads past a limit, and
    // every archive is either refused with a BundlePayload error (after which every read gives an empty value)
    // or read whole into values within the limits it was given.
    const QByteArray bytes = sample();
    constexpr quint64 MaxCount = 10;
    constexpr int MaxStringBytes = 4096;
    constexpr int MaxBytes = 16;
    QRandomGenerator random(1234);
    int refused = 0;
    int accepted = 0;
    for (int round = 0; round < 3000; ++round) {
        QByteArray mutated = bytes;
        const int edits = 1 + int(random.bounded(4));
        for (int e = 0; e < edits; ++e)
            mutated[int(random.bounded(mutated.size()))] = char(random.bounded(256));
        const QByteArray context = "round " + QByteArray::number(round) + ": " + mutated.toPercentEncoding();

        PayloadReader reader(mutated, "test-schema/1");
        // Once the reader has failed, it hands out nothing it did not check.
        bool handedOutAfterFailure = false;
        auto emptyOnceFailed = [&](bool failedBefore, bool empty) {
            handedOutAfterFailure = handedOutAfterFailure || (failedBefore && !empty);
        };
        bool failed = !reader.ok();
        const quint64 count = reader.readCount(MaxCount);
        emptyOnceFailed(failed, count == 0);
        QVERIFY2(count <= MaxCount, context.constData());
        QStringList strings;
        for (quint64 i = 0; i < count; ++i) {
            failed = !reader.ok();
            strings.append(reader.readString(MaxStringBytes));
            emptyOnceFailed(failed, strings.last().isEmpty());
        }
        failed = !reader.ok();
        const qint64 integer = reader.readInt();
        emptyOnceFailed(failed, integer == 0);
        failed = !reader.ok();
        const double number = reader.readDouble();
        emptyOnceFailed(failed, number == 0.0);
        failed = !reader.ok();
        const bool flag = reader.readBool();
        emptyOnceFailed(failed, !flag);
        failed = !reader.ok();
        const QByteArray blob = reader.readBytes(MaxBytes);
        emptyOnceFailed(failed, blob.isEmpty());
        const Status finished = reader.finish();
        QVERIFY2(!handedOutAfterFailure, context.constData());

        if (!finished) {
            ++refused;
            QVERIFY2(!reader.ok(), context.constData());
            QCOMPARE(finished.error().code, ErrorCode::BundlePayload);
            QVERIFY2(!finished.error().message.isEmpty(), context.constData());
            continue;
        }
        ++accepted;
        QVERIFY2(reader.ok(), context.constData());
        QCOMPARE(strings.size(), qsizetype(count));
        for (const QString &text : std::as_const(strings)) {
            // Valid UTF-8 decodes and encodes back to the same bytes, so this is the length that was read.
            QVERIFY2(text.toUtf8().size() <= MaxStringBytes, context.constData());
            QVERIFY2(!text.contains(QChar::ReplacementCharacter), context.constData());
        }
        QVERIFY2(std::isfinite(number), context.constData());
        QVERIFY2(blob.size() <= MaxBytes, context.constData());
    }
    // Both outcomes happen, so neither branch above was checked vacuously.
    QVERIFY(refused > 0);
    QVERIFY(accepted > 0);
    QCOMPARE(refused + accepted, 3000);
}

void TestPayloadArchive::stringsLoseControlAndBidiCharacters()
{
    const QString hostile = QStringLiteral("\x1b]0;owned\acv\u202Efdp.exe\nnext");
    PayloadWriter writer("test-schema/1");
    writer.writeString(hostile);
    writer.writeString(hostile);
    PayloadReader reader(writer.finish(), "test-schema/1");
    QCOMPARE(reader.readString(), QStringLiteral("]0;ownedcvfdp.exe next"));
    QCOMPARE(reader.readText(), QStringLiteral("]0;ownedcvfdp.exe\nnext"));
    QVERIFY(reader.finish());
}

QTEST_APPLESS_MAIN(TestPayloadArchive)
#include "TestPayloadArchive.moc"
