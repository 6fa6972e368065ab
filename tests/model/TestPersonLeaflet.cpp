#include "model/session/PersonLeaflet.h"

#include <QTest>

/**
 * The leaflet for the person (issue 17 §4): in English and in Welsh whatever the interface language, saying that
 * a person decides, what the software reads and never reads, and how to ask for a review and for their data.
 */
class TestPersonLeaflet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void englishNamesTheRights();
    void welshIsWelshThroughout();
    void unknownLanguageReadsAsEnglish();
    void htmlIsPlainAndPrintable_data();
    void htmlIsPlainAndPrintable();
};

void TestPersonLeaflet::englishNamesTheRights()
{
    const PersonLeaflet leaflet = PersonLeaflet::build("en");
    QCOMPARE(leaflet.language(), QStringLiteral("en"));
    const QString text = leaflet.toText();
    // A person decides; the software only suggests, and never decides benefits or sanctions.
    QVERIFY(text.contains("Waymark only suggests"));
    QVERIFY(text.contains("A person decides"));
    QVERIFY(text.contains("sanction"));
    // What it reads and never reads.
    QVERIFY(text.contains("it never reads your name"));
    QVERIFY(text.contains("health"));
    // The right to ask for a review, to disagree, and to a copy of their data.
    QVERIFY(text.contains("looked at again by a person"));
    QVERIFY(text.contains("ask for a copy of everything held about you"));
    QVERIFY(text.contains("Suggestions made about you"));
    QVERIFY(text.contains("Data (Use and Access) Act 2025"));
    QVERIFY(text.contains("ico.org.uk"));
}

void TestPersonLeaflet::welshIsWelshThroughout()
{
    const PersonLeaflet english = PersonLeaflet::build("en");
    const PersonLeaflet welsh = PersonLeaflet::build("cy");
    QCOMPARE(welsh.language(), QStringLiteral("cy"));
    QCOMPARE(welsh.sections().size(), english.sections().size());
    // Every heading and paragraph translated, not left in English.
    QVERIFY(welsh.title() != english.title());
    for (int i = 0; i < english.sections().size(); ++i) {
        QVERIFY2(welsh.sections().at(i).heading != english.sections().at(i).heading,
                 qPrintable(english.sections().at(i).heading));
        QCOMPARE(welsh.sections().at(i).paragraphs.size(), english.sections().at(i).paragraphs.size());
        for (int p = 0; p < english.sections().at(i).paragraphs.size(); ++p)
            QVERIFY2(welsh.sections().at(i).paragraphs.at(p) != english.sections().at(i).paragraphs.at(p),
                     qPrintable(english.sections().at(i).paragraphs.at(p)));
    }
    const QString text = welsh.toText();
    // The review and the copy of their data, in Welsh.
    QVERIFY(text.contains(QStringLiteral("edrych eto")));
    QVERIFY(text.contains(QStringLiteral("copi")));
    QVERIFY(text.contains("ico.org.uk"));
    QVERIFY(welsh.toHtml().contains("<html lang=\"cy\">"));
}

void TestPersonLeaflet::unknownLanguageReadsAsEnglish()
{
    QCOMPARE(PersonLeaflet::build("fr").toText(), PersonLeaflet::build("en").toText());
    QVERIFY(PersonLeaflet::isLanguage("cy"));
    QVERIFY(!PersonLeaflet::isLanguage("fr"));
}

void TestPersonLeaflet::htmlIsPlainAndPrintable_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << "en";
    QTest::newRow("Welsh") << "cy";
}

void TestPersonLeaflet::htmlIsPlainAndPrintable()
{
    QFETCH(QString, language);
    const PersonLeaflet leaflet = PersonLeaflet::build(language);
    const QString html = leaflet.toHtml();
    QVERIFY(html.startsWith("<!DOCTYPE html>"));
    QVERIFY(html.contains("<h1>" + leaflet.title().toHtmlEscaped() + "</h1>"));
    for (const PersonLeaflet::Section &section : leaflet.sections())
        QVERIFY(html.contains("<h2>" + section.heading.toHtmlEscaped() + "</h2>"));
    QVERIFY(!html.contains("<script"));
    QVERIFY(!html.contains("http"));
}

QTEST_GUILESS_MAIN(TestPersonLeaflet)
#include "TestPersonLeaflet.moc"
