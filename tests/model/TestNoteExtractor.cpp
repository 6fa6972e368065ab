#include "model/notes/NoteExtractor.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

namespace
{
    /** A Wednesday, so "next Tuesday" is six days on. */
    const QDate Today(2026, 3, 11);

    std::shared_ptr<const SkillNormaliser> builtInNormaliser()
    {
        static const std::shared_ptr<const SkillNormaliser> normaliser = [] {
            Result<Taxonomy> taxonomy = Taxonomy::builtIn();
            return std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(taxonomy.value()));
        }();
        return normaliser;
    }

    const NoteExtractor &extractor()
    {
        static const NoteExtractor e(builtInNormaliser(), Today);
        return e;
    }

    QStringList valuesOf(const QVector<ExtractedSuggestion> &found, ExtractedSuggestion::Kind kind)
    {
        QStringList out;
        for (const ExtractedSuggestion &s : found) {
            if (s.kind == kind)
                out.append(s.value);
        }
        return out;
    }

    QString describe(const QVector<ExtractedSuggestion> &found)
    {
        QStringList parts;
        for (const ExtractedSuggestion &s : found)
            parts.append(ExtractedSuggestion::kindName(s.kind) + QLatin1Char('=') + s.value);
        return parts.join(QStringLiteral("; "));
    }

    void printScores(const QString &title, const QMap<QString, ExtractionScore> &scores)
    {
        qInfo().noquote() << title;
        for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
            qInfo().noquote() << QStringLiteral("  %1 TP %2 FP %3 FN %4 P %5 R %6")
                                     .arg(it.key(), -14)
                                     .arg(it->truePositives, 3)
                                     .arg(it->falsePositives, 3)
                                     .arg(it->falseNegatives, 3)
                                     .arg(it->precision(), 0, 'f', 2)
                                     .arg(it->recall(), 0, 'f', 2);
        }
    }
} // namespace

class TestNoteExtractor : public QObject
{
    Q_OBJECT

private slots:
    void findsValuesOfEachKind_data();
    void findsValuesOfEachKind();
    void negatedLicencesAreNotSuggested_data();
    void negatedLicencesAreNotSuggested();
    void pastWorkIsNotAJobGoal();
    void spansPointAtTheText();
    void sentenceIsTheContainingSentence();
    void emptyTextGivesNothing();
    void tuneSetMeetsGoals();
    void heldOutSetIsReported();
    void largeTextIsBounded();
    void randomBytesDoNotCrash();
    void pathologicalTextIsBounded_data();
    void pathologicalTextIsBounded();
    void scoringCountsPerKind();
    void worksWithoutATaxonomy();
};

void TestNoteExtractor::findsValuesOfEachKind_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("value");

    QTest::newRow("hours can do") << "She can do 16 hours."
                                  << "hours"
                                  << "16";
    QTest::newRow("hours up to a week") << "Up to 20 hours a week."
                                        << "hours"
                                        << "20";
    QTest::newRow("hours range upper") << "Part-time, 16-20 hours."
                                       << "hours"
                                       << "20";
    QTest::newRow("hours range to") << "Looking at 16 to 24 hrs."
                                    << "hours"
                                    << "24";
    QTest::newRow("hours full time") << "Wants full time work."
                                     << "hours"
                                     << "37.5";
    QTest::newRow("hours full-time") << "Wants a full-time job."
                                     << "hours"
                                     << "37.5";
    QTest::newRow("availability mornings only") << "Mornings only."
                                                << "availability"
                                                << "mornings only";
    QTest::newRow("availability school hours") << "Can work school hours."
                                               << "availability"
                                               << "school hours";
    QTest::newRow("availability not weekends") << "Not weekends though."
                                               << "availability"
                                               << "not weekends";
    QTest::newRow("availability evenings") << "Available evenings."
                                           << "availability"
                                           << "evenings";
    QTest::newRow("since month this year") << "Off sick since March."
                                           << "date"
                                           << "since:2026-03";
    QTest::newRow("since month last year") << "Off sick since November."
                                           << "date"
                                           << "since:2025-11";
    QTest::newRow("since month with year") << "Out of work since June 2024."
                                           << "date"
                                           << "since:2024-06";
    QTest::newRow("since year") << "Unemployed since 2019."
                                << "date"
                                << "since:2019";
    QTest::newRow("on date") << "Course starts on 12 May 2026."
                             << "date"
                             << "2026-05-12";
    QTest::newRow("date without year") << "Review on 23 March."
                                       << "date"
                                       << "2026-03-23";
    QTest::newRow("numeric date") << "Next appointment 24/03/2026."
                                  << "date"
                                  << "2026-03-24";
    QTest::newRow("next tuesday") << "See you next Tuesday."
                                  << "date"
                                  << "2026-03-17";
    QTest::newRow("tomorrow") << "Call back tomorrow."
                              << "date"
                              << "2026-03-12";
    QTest::newRow("duration years in words") << "Carer for the last three years."
                                             << "duration"
                                             << "P3Y";
    QTest::newRow("duration months") << "Off sick for 18 months."
                                     << "duration"
                                     << "P18M";
    QTest::newRow("duration experience") << "Has 5 years experience in retail."
                                         << "duration"
                                         << "P5Y";
    QTest::newRow("barrier no car") << "Has no car."
                                    << "barrier"
                                    << "transport";
    QTest::newRow("barrier bus fare") << "Can't afford the bus fare."
                                      << "barrier"
                                      << "transport";
    QTest::newRow("barrier school run") << "Does the school run."
                                        << "barrier"
                                        << "childcare";
    QTest::newRow("barrier sofa surfing") << "Sofa surfing at the moment."
                                          << "barrier"
                                          << "housing";
    QTest::newRow("barrier back pain") << "Has back pain."
                                       << "barrier"
                                       << "health";
    QTest::newRow("skill") << "Good at customer service."
                           << "skill"
                           << "customer service";
    QTest::newRow("skill alternative label") << "Did lots of stocktaking."
                                             << "skill"
                                             << "stock counting";
    QTest::newRow("licence") << "Has a forklift licence."
                             << "licence"
                             << "forklift licence";
    QTest::newRow("licence CSCS") << "Holds a CSCS card."
                                  << "licence"
                                  << "CSCS card";
    QTest::newRow("qualification GCSE mapped") << "Has GCSE maths."
                                               << "qualification"
                                               << "GCSE maths grade 4";
    QTest::newRow("qualification NVQ text") << "Has an NVQ Level 2 in customer service."
                                            << "qualification"
                                            << "NVQ Level 2 in customer service";
    QTest::newRow("qualification coordinated GCSEs") << "Has GCSE English and maths."
                                                     << "qualification"
                                                     << "GCSE maths grade 4";
    QTest::newRow("qualification reordered NVQ") << "Did a Level 2 NVQ in professional cookery."
                                                 << "qualification"
                                                 << "NVQ Level 2 Professional Cookery";
    QTest::newRow("qualification degree") << "Has a degree in history."
                                          << "qualification"
                                          << "degree in history";
    QTest::newRow("job goal wants to work as") << "Wants to work as a cleaner."
                                               << "job_goal"
                                               << "cleaner";
    QTest::newRow("job goal interested in becoming") << "Interested in becoming a teaching assistant."
                                                     << "job_goal"
                                                     << "teaching assistant";
    QTest::newRow("job goal looking for work") << "Looking for warehouse work."
                                               << "job_goal"
                                               << "warehouse operative";
}

void TestNoteExtractor::findsValuesOfEachKind()
{
    QFETCH(QString, text);
    QFETCH(QString, kind);
    QFETCH(QString, value);
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    bool seen = false;
    for (const ExtractedSuggestion &s : found)
        seen = seen || (ExtractedSuggestion::kindName(s.kind) == kind && s.value == value);
    QVERIFY2(seen, qPrintable(describe(found)));
}

void TestNoteExtractor::negatedLicencesAreNotSuggested_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("doesn't have") << "He doesn't have a driving licence.";
    QTest::newRow("no") << "No forklift licence.";
    QTest::newRow("hasn't got") << "She hasn't got a CSCS card.";
    QTest::newRow("expired") << "His forklift licence has expired.";
    QTest::newRow("needs to get") << "Needs to get a CSCS card first.";
}

void TestNoteExtractor::negatedLicencesAreNotSuggested()
{
    QFETCH(QString, text);
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    QVERIFY2(valuesOf(found, ExtractedSuggestion::Kind::Licence).isEmpty(), qPrintable(describe(found)));
}

void TestNoteExtractor::pastWorkIsNotAJobGoal()
{
    QVERIFY(valuesOf(extractor().extract(QStringLiteral("He worked as a cleaner for years.")),
                     ExtractedSuggestion::Kind::JobGoal)
                .isEmpty());
    QVERIFY(valuesOf(extractor().extract(QStringLiteral("Used to be a care assistant.")),
                     ExtractedSuggestion::Kind::JobGoal)
                .isEmpty());
    QCOMPARE(valuesOf(extractor().extract(QStringLiteral("Used to be a cleaner; now wants to work as a barista.")),
                      ExtractedSuggestion::Kind::JobGoal),
             QStringList{QStringLiteral("barista")});
    // "no car" is a transport barrier even though "no" negates licences.
    QCOMPARE(valuesOf(extractor().extract(QStringLiteral("No car.")), ExtractedSuggestion::Kind::Barrier),
             QStringList{QStringLiteral("transport")});
    QVERIFY(
        valuesOf(extractor().extract(QStringLiteral("No childcare issues at all.")), ExtractedSuggestion::Kind::Barrier)
            .isEmpty());
    QVERIFY(valuesOf(extractor().extract(QStringLiteral("No transport issues, lives near a bus stop.")),
                     ExtractedSuggestion::Kind::Barrier)
                .isEmpty());
    // Someone else's condition is not the client's health barrier; caring for them is.
    QCOMPARE(valuesOf(extractor().extract(QStringLiteral("Carer for her mum who has MS.")),
                      ExtractedSuggestion::Kind::Barrier),
             QStringList{QStringLiteral("caring")});
    // A course in progress is not a qualification held.
    QVERIFY(extractor().extract(QStringLiteral("She is doing NVQ 3 in care.")).isEmpty());
}

void TestNoteExtractor::spansPointAtTheText()
{
    const QString text = QStringLiteral("Client has a Forklift Licence and can do 16 hours a week since March.");
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    QHash<QString, QString> spans;
    for (const ExtractedSuggestion &s : found)
        spans.insert(ExtractedSuggestion::kindName(s.kind), text.mid(s.start, s.length));
    QCOMPARE(spans.value(QStringLiteral("licence")), QStringLiteral("Forklift Licence"));
    QCOMPARE(spans.value(QStringLiteral("hours")), QStringLiteral("16 hours"));
    QCOMPARE(spans.value(QStringLiteral("date")), QStringLiteral("since March"));
    for (const ExtractedSuggestion &s : found) {
        if (s.kind == ExtractedSuggestion::Kind::Licence) {
            QCOMPARE(s.preferredLabel, QStringLiteral("forklift licence"));
            QVERIFY(!s.conceptId.isEmpty());
        }
    }
}

void TestNoteExtractor::sentenceIsTheContainingSentence()
{
    const QString text = QStringLiteral("First visit today. She has back pain and low mood.\nNext: CV help.");
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    QCOMPARE(found.size(), 1); // health, once
    QCOMPARE(found.first().value, QStringLiteral("health"));
    QCOMPARE(found.first().sentence, QStringLiteral("She has back pain and low mood."));
}

void TestNoteExtractor::emptyTextGivesNothing()
{
    QVERIFY(extractor().extract(QString()).isEmpty());
    QVERIFY(extractor().extract(QStringLiteral("   \n  ")).isEmpty());
    QVERIFY(extractor().extract(QStringLiteral("Client attended and we talked.")).isEmpty());
}

void TestNoteExtractor::tuneSetMeetsGoals()
{
    const Result<QVector<AnnotatedNote>> notes =
        NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_TEST_DATA "/extractor/tune.jsonl"));
    QVERIFY2(notes.ok(), notes.ok() ? "" : qPrintable(notes.error().message));
    QVERIFY(notes->size() >= 100);
    if (qEnvironmentVariableIsSet("WAYMARK_EXTRACTOR_VERBOSE")) {
        for (const AnnotatedNote &note : notes.value()) {
            QMap<QString, ExtractionScore> one;
            const QVector<ExtractedSuggestion> found = extractor().extract(note.text);
            NoteExtractor::score(found, note.expected, one);
            bool wrong = false;
            for (const ExtractionScore &s : one)
                wrong = wrong || s.falsePositives || s.falseNegatives;
            if (wrong)
                qInfo().noquote() << note.id << note.text << "\n    got:" << describe(found);
        }
    }
    const QMap<QString, ExtractionScore> scores = extractor().score(notes.value());
    printScores(QStringLiteral("tune set"), scores);
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        QVERIFY2(it->precision() >= 0.90, qPrintable(it.key() + QStringLiteral(" precision")));
        QVERIFY2(it->recall() >= 0.75, qPrintable(it.key() + QStringLiteral(" recall")));
    }
}

void TestNoteExtractor::heldOutSetIsReported()
{
    // Never tuned on: reported, not asserted beyond loading.
    const Result<QVector<AnnotatedNote>> notes =
        NoteExtractor::readAnnotated(QStringLiteral(WAYMARK_TEST_DATA "/extractor/heldout.jsonl"));
    QVERIFY(notes.ok());
    QVERIFY(notes->size() >= 50);
    printScores(QStringLiteral("held-out set"), extractor().score(notes.value()));
}

void TestNoteExtractor::largeTextIsBounded()
{
    QString text;
    const QString note = QStringLiteral(
        "Wants to work as a cleaner, can do 16 hours, no car, has a forklift licence and GCSE maths since March. ");
    while (text.size() < 5 * 1024 * 1024)
        text += note;
    QElapsedTimer timer;
    timer.start();
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    QVERIFY(!found.isEmpty());
    qInfo() << "5 MB text:" << timer.elapsed() << "ms";
    for (const ExtractedSuggestion &s : found)
        QVERIFY(s.start + s.length <= NoteExtractor::MaxInputChars);
}

void TestNoteExtractor::randomBytesDoNotCrash()
{
    QRandomGenerator random(42);
    QByteArray bytes(1024 * 1024, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    QElapsedTimer timer;
    timer.start();
    const QVector<ExtractedSuggestion> fromUtf8 = extractor().extract(QString::fromUtf8(bytes));
    const QVector<ExtractedSuggestion> fromLatin1 = extractor().extract(QString::fromLatin1(bytes));
    qInfo() << "1 MB random bytes twice:" << timer.elapsed() << "ms," << fromUtf8.size() + fromLatin1.size()
            << "suggestions";
}

void TestNoteExtractor::pathologicalTextIsBounded_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("one long word") << QString(NoteExtractor::MaxInputChars * 2, QLatin1Char('a'));
    QTest::newRow("digits") << QString(NoteExtractor::MaxInputChars, QLatin1Char('7'));
    QTest::newRow("qualification heads") << QStringLiteral("GCSE NVQ level 2 in ").repeated(20000);
    QTest::newRow("negations") << QStringLiteral("no not never doesn't ").repeated(20000);
    QTest::newRow("dates") << QStringLiteral("since March 12 May 2026 next Tuesday 1/2/2026 ").repeated(10000);
    QTest::newRow("no spaces") << QStringLiteral("forklift-licence/16hours,").repeated(20000);
}

void TestNoteExtractor::pathologicalTextIsBounded()
{
    QFETCH(QString, text);
    QElapsedTimer timer;
    timer.start();
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    for (const ExtractedSuggestion &s : found) {
        QVERIFY(s.start >= 0);
        QVERIFY(s.start + s.length <= std::min(text.size(), NoteExtractor::MaxInputChars));
    }
    qInfo() << QTest::currentDataTag() << timer.elapsed() << "ms";
}

void TestNoteExtractor::scoringCountsPerKind()
{
    ExtractedSuggestion hours;
    hours.kind = ExtractedSuggestion::Kind::Hours;
    hours.value = QStringLiteral("16");
    ExtractedSuggestion skill;
    skill.kind = ExtractedSuggestion::Kind::Skill;
    skill.value = QStringLiteral("Customer Service");
    ExtractedSuggestion date;
    date.kind = ExtractedSuggestion::Kind::Date;
    date.value = QStringLiteral("2026-03-01");
    QMap<QString, ExtractionScore> scores;
    NoteExtractor::score({hours, skill, date},
                         {{QStringLiteral("hours"), QStringLiteral("20")},
                          {QStringLiteral("skill"), QStringLiteral("customer service")},
                          {QStringLiteral("barrier"), QStringLiteral("transport")}},
                         scores);
    QCOMPARE(scores.value(QStringLiteral("skill")).truePositives, 1); // case-insensitive
    QCOMPARE(scores.value(QStringLiteral("hours")).falsePositives, 1);
    QCOMPARE(scores.value(QStringLiteral("hours")).falseNegatives, 1);
    QCOMPARE(scores.value(QStringLiteral("date")).falsePositives, 1);
    QCOMPARE(scores.value(QStringLiteral("barrier")).falseNegatives, 1);
    QCOMPARE(scores.value(QStringLiteral("barrier")).precision(), 1.0);
    QCOMPARE(scores.value(QStringLiteral("barrier")).recall(), 0.0);
}

void TestNoteExtractor::worksWithoutATaxonomy()
{
    const NoteExtractor bare(std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>()), Today);
    const QVector<ExtractedSuggestion> found =
        bare.extract(QStringLiteral("Wants to work as a cleaner, 16 hours, no car, has a degree in history."));
    QCOMPARE(valuesOf(found, ExtractedSuggestion::Kind::Hours), QStringList{QStringLiteral("16")});
    QCOMPARE(valuesOf(found, ExtractedSuggestion::Kind::Barrier), QStringList{QStringLiteral("transport")});
    QCOMPARE(valuesOf(found, ExtractedSuggestion::Kind::Qualification),
             QStringList{QStringLiteral("degree in history")});
    QVERIFY(valuesOf(found, ExtractedSuggestion::Kind::JobGoal).isEmpty());
}

QTEST_GUILESS_MAIN(TestNoteExtractor)
#include "TestNoteExtractor.moc"
