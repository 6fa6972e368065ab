#include "model/core/DisplaySafe.h"

#include <QTest>

/** Text from bundles and other devices loses what could drive a terminal or reorder what a person reads. */
class TestDisplaySafe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleLine_data();
    void singleLine();
    void multiLine_data();
    void multiLine();
    void everyUnsafeCharacterIsRemoved();
};

void TestDisplaySafe::singleLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("plain Welsh is untouched") << QString::fromUtf8("Llŷr Siân") << QString::fromUtf8("Llŷr Siân");
    QTest::addRow("window title escape") << QStringLiteral("\x1b]0;owned\areport.pdf")
                                         << QStringLiteral("]0;ownedreport.pdf");
    QTest::addRow("cursor movement") << QStringLiteral("DWP\x1b[2K\x1b[1A") << QStringLiteral("DWP[2K[1A");
    QTest::addRow("C1 CSI and DEL") << QStringLiteral("a\u009b31mb\x7f") << QStringLiteral("a31mb");
    QTest::addRow("bidi override hides an extension")
        << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoicefdp.exe");
    QTest::addRow("bidi isolates") << QStringLiteral("\u2066a\u2067b\u2068c\u2069") << QStringLiteral("abc");
    QTest::addRow("line breaks and tabs become spaces")
        << QStringLiteral("one\ntwo\tthree\r\nfour") << QStringLiteral("one two three  four");
    QTest::addRow("right-to-left text itself is kept") << QString::fromUtf8("مرحبا") << QString::fromUtf8("مرحبا");
}

void TestDisplaySafe::singleLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DisplaySafe::singleLine(text), expected);
}

void TestDisplaySafe::multiLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::addRow("lines and tabs kept") << QStringLiteral("Days\tnights\nDBS paid")
                                         << QStringLiteral("Days\tnights\nDBS paid");
    QTest::addRow("CR LF becomes LF") << QStringLiteral("one\r\ntwo") << QStringLiteral("one\ntwo");
    QTest::addRow("lone CR removed, it would overwrite the line")
        << QStringLiteral("safe\rfake") << QStringLiteral("safefake");
    QTest::addRow("escape and override removed")
        << QStringLiteral("Apply\x1b]0;x\a now\n\u202Etxt") << QStringLiteral("Apply]0;x now\ntxt");
}

void TestDisplaySafe::multiLine()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(DisplaySafe::multiLine(text), expected);
}

void TestDisplaySafe::everyUnsafeCharacterIsRemoved()
{
    QString all;
    for (char16_t u = 0; u < 0x20; ++u)
        all.append(QChar(u));
    for (char16_t u = 0x7F; u <= 0x9F; ++u)
        all.append(QChar(u));
    for (char16_t u = 0x202A; u <= 0x202E; ++u)
        all.append(QChar(u));
    for (char16_t u = 0x2066; u <= 0x2069; ++u)
        all.append(QChar(u));
    QCOMPARE(DisplaySafe::singleLine(all), QStringLiteral("   ")); // tab, LF, CR
    QCOMPARE(DisplaySafe::multiLine(all), QStringLiteral("\t\n"));
    QVERIFY(!DisplaySafe::isUnsafe(QChar(u' ')));
    QVERIFY(!DisplaySafe::isUnsafe(QChar(u'\u00a0')));
    QVERIFY(!DisplaySafe::isUnsafe(QChar(u'\u200f'))); // a plain right-to-left mark only affects punctuation
}

QTEST_APPLESS_MAIN(TestDisplaySafe)
#include "TestDisplaySafe.moc"
