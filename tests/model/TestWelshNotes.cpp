#include "model/notes/NoteExtractor.h"
#include "model/notes/SuggestionApplier.h"

#include <QLocale>
#include <QTest>

#include "../support/Fixtures.h"

namespace
{
    const QDate Today(2026, 3, 11);

    const NoteExtractor &extractor()
    {
        static const std::shared_ptr<const NoteExtractor> e = Fixtures::builtInExtractor(Today);
        return *e;
    }

    QString describe(const QVector<ExtractedSuggestion> &found)
    {
        QStringList parts;
        for (const ExtractedSuggestion &s : found)
            parts.append(ExtractedSuggestion::kindName(s.kind) + QLatin1Char('=') + s.value);
        return parts.join(QStringLiteral("; "));
    }

    bool has(const QVector<ExtractedSuggestion> &found, ExtractedSuggestion::Kind kind, const QString &value)
    {
        return std::any_of(found.cbegin(), found.cend(), [&](const ExtractedSuggestion &s) {
            return s.kind == kind && s.value.compare(value, Qt::CaseInsensitive) == 0;
        });
    }
} // namespace

/** Notes written in Welsh get suggestions as English ones do (issue 16 §21). */
class TestWelshNotes : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void findsWelshValuesOfEachKind_data();
    void findsWelshValuesOfEachKind();
    void welshNegationIsRespected_data();
    void welshNegationIsRespected();
    void welshCuesAreRead();
    void mutatedWordsOnlyReachWelshPhrases();
    void welshSuggestionIsKeptInEnglishAndShownInWelsh();
    void englishNotesReadAsBefore();
};

void TestWelshNotes::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestWelshNotes::findsWelshValuesOfEachKind_data()
{
    using Kind = ExtractedSuggestion::Kind;
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("value");

    // Soft mutation after "ei" (his): trwydded -> drwydded; the label's "yrru" is already mutated.
    QTest::newRow("licence, soft mutation")
        << "Mae ganddo ei drwydded yrru lawn ers 2019." << Kind::Licence << "full UK driving licence";
    QTest::newRow("licence, radical") << "Trwydded fforch godi gyda hi, wedi'i hadnewyddu." << Kind::Licence
                                      << "forklift licence";
    QTest::newRow("licence, nasal mutation")
        << "Mae ei cherdyn CSCS yn ddilys tan fis Mai." << Kind::Licence << "CSCS card";
    QTest::newRow("barrier, soft mutation after heb")
        << "Mae hi heb gar ar hyn o bryd." << Kind::Barrier << "transport";
    QTest::newRow("barrier, childcare") << "Anodd trefnu gofal plant yn ystod gwyliau'r ysgol." << Kind::Barrier
                                        << "childcare";
    QTest::newRow("barrier, aspirate mutation") << "Mae'n gofalu am ei thad bob prynhawn." << Kind::Barrier << "caring";
    QTest::newRow("availability") << "Ar gael boreau yn unig oherwydd y plant." << Kind::Availability
                                  << "mornings only";
    QTest::newRow("availability, negative")
        << "Methu gweithio ar benwythnosau." << Kind::Availability << "not weekends";
    QTest::newRow("hours") << "Eisiau gweithio 16 awr yr wythnos." << Kind::Hours << "16";
    QTest::newRow("hours, full time") << "Mae'n chwilio am waith llawn amser." << Kind::Hours << "37.5";
    QTest::newRow("skill") << "Profiad da o wasanaeth cwsmeriaid mewn siop." << Kind::Skill << "customer service";
    QTest::newRow("job goal, mutated occupation")
        << "Hoffai fod yn gynorthwyydd gofal iechyd." << Kind::JobGoal << "healthcare assistant";
}

void TestWelshNotes::findsWelshValuesOfEachKind()
{
    QFETCH(QString, text);
    QFETCH(ExtractedSuggestion::Kind, kind);
    QFETCH(QString, value);
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    QVERIFY2(has(found, kind, value), qPrintable(describe(found)));
}

void TestWelshNotes::welshNegationIsRespected_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("dim") << "Dim trwydded yrru eto.";
    QTest::newRow("heb, mutated") << "Heb drwydded yrru lawn.";
    QTest::newRow("does dim") << "Does ganddo ddim trwydded yrru.";
    QTest::newRow("angen") << "Angen trwydded yrru ar gyfer y swydd.";
}

void TestWelshNotes::welshNegationIsRespected()
{
    QFETCH(QString, text);
    const QVector<ExtractedSuggestion> found = extractor().extract(text);
    QVERIFY2(!has(found, ExtractedSuggestion::Kind::Licence, QStringLiteral("full UK driving licence")),
             qPrintable(describe(found)));
}

void TestWelshNotes::welshCuesAreRead()
{
    const NoteCues cues;
    const QVector<NoteToken> negated = NoteTokenizer::tokenize(QStringLiteral("Dim trwydded yrru eto."));
    QVERIFY(cues.negatedBefore(negated, 1));
    const QVector<NoteToken> goal = NoteTokenizer::tokenize(QStringLiteral("Hoffai fod yn gynorthwyydd gofal iechyd."));
    QCOMPARE(cues.jobCueBefore(goal, 3), 1);
}

void TestWelshNotes::mutatedWordsOnlyReachWelshPhrases()
{
    // "dry" and "ban" would de-mutate to "try" and "pan"; an English word never reaches an English label that way.
    const QVector<ExtractedSuggestion> english = extractor().extract(QStringLiteral("He has a dry sense of humour."));
    QVERIFY2(english.isEmpty(), qPrintable(describe(english)));
    // The mutated form reaches the Welsh name, and the radical one still matches as written.
    QVERIFY(has(extractor().extract(QStringLiteral("Mae ganddi dystysgrif cymorth cyntaf.")),
                ExtractedSuggestion::Kind::Licence,
                QStringLiteral("first aid")));
}

void TestWelshNotes::welshSuggestionIsKeptInEnglishAndShownInWelsh()
{
    QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom));
    const std::shared_ptr<const NoteExtractor> welshInterface = Fixtures::builtInExtractor(Today);
    const QVector<ExtractedSuggestion> found =
        welshInterface->extract(QStringLiteral("Mae ganddo drwydded yrru lawn a thystysgrif cymorth cyntaf."));
    const auto licence = std::find_if(found.cbegin(), found.cend(), [](const ExtractedSuggestion &s) {
        return s.conceptId == QLatin1String("uk:full-uk-driving-licence");
    });
    QVERIFY2(licence != found.cend(), qPrintable(describe(found)));
    QCOMPARE(licence->value, QStringLiteral("full UK driving licence"));
    QCOMPARE(SuggestionApplier::defaultValue(*licence), QStringLiteral("full UK driving licence"));
    QCOMPARE(SuggestionApplier::displayValue(*licence), QStringLiteral("Trwydded yrru lawn yn y DU"));
}

void TestWelshNotes::englishNotesReadAsBefore()
{
    const QVector<ExtractedSuggestion> found = extractor().extract(
        QStringLiteral("Has a full UK driving licence but no car. Can do mornings only, about 16 hours a week."));
    QVERIFY2(has(found, ExtractedSuggestion::Kind::Licence, QStringLiteral("full UK driving licence")),
             qPrintable(describe(found)));
    QVERIFY(has(found, ExtractedSuggestion::Kind::Barrier, QStringLiteral("transport")));
    QVERIFY(has(found, ExtractedSuggestion::Kind::Availability, QStringLiteral("mornings only")));
    QVERIFY(has(found, ExtractedSuggestion::Kind::Hours, QStringLiteral("16")));
    QVERIFY(!has(extractor().extract(QStringLiteral("No driving licence yet.")),
                 ExtractedSuggestion::Kind::Licence,
                 QStringLiteral("full UK driving licence")));
}

QTEST_GUILESS_MAIN(TestWelshNotes)
#include "TestWelshNotes.moc"
