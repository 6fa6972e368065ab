#include "model/core/HtmlText.h"

#include <QTest>

class TestHtmlText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void convertsToText_data();
    void convertsToText();
    void decodesEntitiesOnce_data();
    void decodesEntitiesOnce();
    void hostileInputStaysLinear();
};

void TestHtmlText::convertsToText_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("text");

    QTest::addRow("plain text keeps its lines") << "Friendly team.\n\n\nApply   now.\nThanks"
                                                << "Friendly team.\n\nApply now.\nThanks";
    QTest::addRow("paragraphs") << "<p>First   paragraph.</p><p>Second\n paragraph.</p>"
                                << "First paragraph.\n\nSecond paragraph.";
    QTest::addRow("line breaks") << "Line one<br>Line two<BR/>Line three"
                                 << "Line one\nLine two\nLine three";
    QTest::addRow("list items become bullets")
        << "<p>You will:</p><ul><li>Support residents</li><li> Keep <b>records</b> </li></ul><p>Apply today</p>"
        << "You will:\n\n• Support residents\n• Keep records\n\nApply today";
    QTest::addRow("headings are paragraphs") << "<h2>About us</h2>We care.<h3>Benefits</h3>Pension"
                                             << "About us\n\nWe care.\n\nBenefits\n\nPension";
    QTest::addRow("inline tags join words") << "Ware<b>house</b> <i>operative</i>"
                                            << "Warehouse operative";
    QTest::addRow("script and style dropped")
        << "<style>p{color:red}</style><p>Hello</p><script>alert('<p>x</p>')</script><p>World</p>"
        << "Hello\n\nWorld";
    QTest::addRow("comments dropped") << "A<!-- <p>hidden</p> -->B"
                                      << "AB";
    QTest::addRow("attributes and links ignored") << R"(<a href="http://evil.example/">Apply</a> here)"
                                                  << "Apply here";
    QTest::addRow("escaped once") << "&lt;p&gt;Shift work&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Nights&lt;/li&gt;&lt;/ul&gt;"
                                  << "Shift work\n\n• Nights";
    QTest::addRow("escaped twice") << "&amp;lt;p&amp;gt;Fish &amp;amp;amp; chips&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;"
                                      "Next&amp;lt;/p&amp;gt;"
                                   << "Fish & chips\n\nNext";
    QTest::addRow("escaped three times") << "&amp;amp;lt;li&amp;amp;gt;Forklift"
                                         << "• Forklift";
    QTest::addRow("numeric escapes of tags") << "&#60;p&#62;One&#x3C;/p&#x3E;&#60;p&#62;Two"
                                             << "One\n\nTwo";
    QTest::addRow("escaped text that is not a tag stays text") << "Pay &lt;5 years &amp; more"
                                                               << "Pay <5 years & more";
    QTest::addRow("a lone less-than is text") << "<p>a < b and 3<5</p>"
                                              << "a < b and 3<5";
    QTest::addRow("unterminated tag drops the rest") << "Good text<p class=\"x"
                                                     << "Good text";
    QTest::addRow("non-breaking spaces fold") << "<p>&nbsp;£11.44&nbsp;&nbsp;per hour</p>"
                                              << "£11.44 per hour";
    QTest::addRow("table cells spaced") << "<table><tr><td>Pay</td><td>£24k</td></tr><tr><td>Hours</td><td>37.5</td>"
                                           "</tr></table>"
                                        << "Pay £24k\nHours 37.5";
    QTest::addRow("control characters removed") << QString("Care\u0007 assistant\u200B team") << "Care assistant team";
    QTest::addRow("Welsh letters") << "<p>Gweithiwr cymorth &ndash; Caerdydd &wcirc;</p>"
                                   << "Gweithiwr cymorth – Caerdydd ŵ";
}

void TestHtmlText::convertsToText()
{
    QFETCH(QString, html);
    QFETCH(QString, text);
    QCOMPARE(HtmlText::toText(html), text);
}

void TestHtmlText::decodesEntitiesOnce_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output");
    QTest::addRow("named") << "&pound;5 &amp; &quot;tips&quot; &rsquo;"
                           << "£5 & \"tips\" ’";
    QTest::addRow("decimal and hex") << "&#163;&#x20AC;&#X41;"
                                     << "£€A";
    QTest::addRow("double escape decoded once") << "&amp;lt;p&amp;gt;"
                                                << "&lt;p&gt;";
    QTest::addRow("unknown kept") << "&bogus; & &; &#;"
                                  << "&bogus; & &; &#;";
    QTest::addRow("bare legacy") << "AT&amp T &amp"
                                 << "AT& T &";
    QTest::addRow("out of range") << "&#0;&#xD800;&#99999999999999;"
                                  << "\uFFFD\uFFFD\uFFFD";
    QTest::addRow("windows-1252 range") << "&#150;&#147;x&#148;"
                                        << "–“x”";
}

void TestHtmlText::decodesEntitiesOnce()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QCOMPARE(HtmlText::decodeEntities(input), output);
}

void TestHtmlText::hostileInputStaysLinear()
{
    // Inputs that are quadratic or loop forever in a naive converter (unclosed '<', escapes nested past the
    // rounds allowed, endless '&'); a linear pass finishes each in milliseconds, well inside the test timeout.
    QCOMPARE(HtmlText::toText(QString("<a ").repeated(200'000)), QString());
    QCOMPARE(HtmlText::toText(QString(QString("<p>").repeated(100'000) + "x")), QString("x"));
    QCOMPARE(HtmlText::toText(QString("&").repeated(300'000)), QString("&").repeated(300'000));
    QCOMPARE(HtmlText::toText(QString("<script>" + QString("x").repeated(300'000))), QString());
    QCOMPARE(HtmlText::toText(QString("<p>" + QString("x").repeated(300'000) + "</p>")),
             QString("x").repeated(300'000));
    // Escaped six times: three rounds are undone, the rest stays text and never becomes a tag.
    QString nested = "<p>deep</p>";
    for (int i = 0; i < 6; ++i)
        nested = QString(nested).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    const QString text = HtmlText::toText(nested);
    QVERIFY(text.contains("deep"));
    QVERIFY(!text.contains('<'));
}

QTEST_APPLESS_MAIN(TestHtmlText)
#include "TestHtmlText.moc"
