#include "model/demo/SyntheticVacancies.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/Taxonomy.h"
#include "model/session/AdvertHighlights.h"
#include "model/session/FeedReport.h"
#include "model/vault/RecordStore.h"
#include "ui/matching/AdvertTextView.h"
#include "ui/matching/MatchesPage.h"
#include "ui/matching/VacancyReportDialog.h"

#include <QLabel>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>
#include <QTreeWidget>

#include "../support/Fixtures.h"
#include "AccessibilityCheck.h"

/** Issue 12 §5: the advert text with its recognised skills highlighted, and the admin's vacancies report. */
class TestAdvertTextView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void highlightsEachStatedSkillWithItsConceptAndConfidence();
    void listsTheRecognisedSkillsUnderTheText();
    void showsAdvertMarkupAsText();
    void staleReadingHighlightsNothingAndSaysWhy();
    void matchesPageShowsTheSelectedVacancysAdvert();
    void reportDialogShowsTheCountsAndUnmappedTitles();

private:
    QString conceptId(const QString &label) const;
    VacancyText careAdvert() const;

    std::shared_ptr<Taxonomy> m_taxonomy;
};

void TestAdvertTextView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    auto builtIn = Taxonomy::builtIn();
    QVERIFY(builtIn);
    m_taxonomy = std::make_shared<Taxonomy>(builtIn.value());
    QVERIFY(!conceptId("infection control").isEmpty());
}

QString TestAdvertTextView::conceptId(const QString &label) const
{
    for (const SkillConcept &c : m_taxonomy->concepts()) {
        if (c.preferredLabel == label)
            return c.id;
    }
    return {};
}

VacancyText TestAdvertTextView::careAdvert() const
{
    VacancyText text;
    text.title = "Care Assistant";
    text.description = "Join our home.\nYou will have experience of infection control and manual handling.";
    const qint32 infection = qint32(text.description.indexOf("infection control"));
    const qint32 handling = qint32(text.description.indexOf("manual handling"));
    text.reading.occupationId = m_taxonomy->occupations().first().id;
    text.reading.skills = {
        {conceptId("infection control"), SkillSource::Stated, 0.92f, infection, infection + 17},
        {conceptId("manual handling"), SkillSource::Stated, 0.81f, handling, handling + 15},
        // Implied by the occupation: nothing in the text to highlight.
        {conceptId("personal care"), SkillSource::Implied, 0.9f, -1, -1},
        // A span past the end of the text (a damaged row) is never drawn.
        {conceptId("first aid"), SkillSource::Stated, 0.9f, 500, 510},
    };
    return text;
}

void TestAdvertTextView::highlightsEachStatedSkillWithItsConceptAndConfidence()
{
    AdvertTextView view;
    const VacancyText text = careAdvert();
    view.showAdvert(text, *m_taxonomy);
    QCOMPARE(view.highlights().size(), 2);
    const int infection = int(text.description.indexOf("infection control"));
    QCOMPARE(view.toolTipAt(infection), QStringLiteral("infection control (92% sure)"));
    QCOMPARE(view.toolTipAt(infection + 16), QStringLiteral("infection control (92% sure)"));
    QCOMPARE(view.toolTipAt(int(text.description.indexOf("manual handling"))),
             QStringLiteral("manual handling (81% sure)"));
    QVERIFY(view.toolTipAt(0).isEmpty());
    QVERIFY(view.toolTipAt(infection - 2).isEmpty());
    auto *browser = view.findChild<QTextBrowser *>("advertText");
    QVERIFY(browser);
    QCOMPARE(browser->toPlainText(), text.description);
    QVERIFY(AccessibilityCheck::problems(&view).isEmpty());
}

void TestAdvertTextView::listsTheRecognisedSkillsUnderTheText()
{
    AdvertTextView view;
    view.showAdvert(careAdvert(), *m_taxonomy);
    auto *list = view.findChild<QLabel *>("recognisedSkillsLabel");
    QVERIFY(list);
    // The list is joined as the locale joins lists ("a, b and c" in English; the test locale may be C).
    const QString items =
        QLocale().createSeparatedList({QStringLiteral("infection control (92% sure)"), "manual handling (81% sure)"});
    QCOMPARE(list->text(), QStringLiteral("Recognised skills: %1.").arg(items));
    QCOMPARE(list->accessibleName(), list->text());

    VacancyText none = careAdvert();
    none.reading.skills.clear();
    view.showAdvert(none, *m_taxonomy);
    QVERIFY(view.highlights().isEmpty());
    QCOMPARE(list->text(), AdvertHighlights::summary({}));
}

void TestAdvertTextView::showsAdvertMarkupAsText()
{
    AdvertTextView view;
    VacancyText text;
    text.description = QString::fromUtf8("<b>Bold</b> <a href=\"http://x\">link</a>\u202e reversed");
    view.showAdvert(text, *m_taxonomy);
    // Shown as the characters it holds, never rendered: and without the direction override.
    QCOMPARE(view.findChild<QTextBrowser *>("advertText")->toPlainText(),
             QStringLiteral("<b>Bold</b> <a href=\"http://x\">link</a> reversed"));
}

void TestAdvertTextView::staleReadingHighlightsNothingAndSaysWhy()
{
    AdvertTextView view;
    VacancyText text = careAdvert();
    text.reading = {};
    text.stale = true;
    view.showAdvert(text, *m_taxonomy);
    QVERIFY(view.highlights().isEmpty());
    QCOMPARE(view.findChild<QLabel *>("recognisedSkillsLabel")->text(), AdvertHighlights::summary({}, true));
}

void TestAdvertTextView::matchesPageShowsTheSelectedVacancysAdvert()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    const QString person = vault->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}).value();
    QVERIFY(vault->records().add(person, "skill", {{"label", "infection control"}, {"source", "self_reported"}}));
    const QDate today = QDate::currentDate();
    auto context = MatchingContext::fromVacancies(m_taxonomy, SyntheticVacancies::generate(200, 3, today), today);
    MatchesPage page(vault->records(), QStringLiteral("claimant"));
    page.setMatching(
        [context]() -> Result<std::shared_ptr<const MatchingContext>> { return context; },
        [&](const QString &id) {
            return MatchProfileBuilder(vault->records(), vault->database(), context->normaliser()).build(id);
        });
    QStringList asked;
    page.setAdvertSource([&](const QString &vacancyId) -> Result<VacancyText> {
        asked.append(vacancyId);
        return careAdvert();
    });
    page.setPerson(person);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY(!page.isBusy() && !page.results().isEmpty());
    auto *list = page.findChild<QTreeView *>("matchList");
    list->setCurrentIndex(list->model()->index(0, 0));
    // The one vacancy selected is asked for, by its id, and shown with its highlights.
    QVERIFY(!asked.isEmpty());
    QCOMPARE(asked.constLast(), context->index().entry(page.results().first().vacancy).id);
    QVERIFY(page.advertView()->isVisible());
    QCOMPARE(page.advertView()->highlights().size(), 2);
}

void TestAdvertTextView::reportDialogShowsTheCountsAndUnmappedTitles()
{
    FeedReport report;
    report.vacancies = 4;
    report.read = 4;
    report.withOccupation = 3;
    report.medianStated = 2;
    report.medianImplied = 7.5;
    report.unmappedTitles = {{"Xylophone Tuner", 1}};
    report.unmappedTitleCount = 1;
    VacancyReportDialog dialog(report);
    QCOMPARE(dialog.findChild<QLabel *>("occupationValue")->text(), FeedReport::share(3, 4));
    QVERIFY(dialog.findChild<QLabel *>("occupationValue")->text().contains("75%"));
    QVERIFY(dialog.findChild<QLabel *>("skillsValue")->text().contains("7.5"));
    auto *titles = dialog.findChild<QTreeWidget *>("unmappedList");
    QCOMPARE(titles->topLevelItemCount(), 1);
    QCOMPARE(titles->topLevelItem(0)->text(0), QStringLiteral("Xylophone Tuner"));
    QCOMPARE(titles->topLevelItem(0)->text(1), QStringLiteral("1"));
    QVERIFY2(AccessibilityCheck::problems(&dialog).isEmpty(),
             qPrintable(AccessibilityCheck::problems(&dialog).join('\n')));
}

QTEST_MAIN(TestAdvertTextView)
#include "TestAdvertTextView.moc"
