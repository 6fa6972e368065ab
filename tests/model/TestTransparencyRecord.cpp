#include "model/core/EngineVersion.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/Taxonomy.h"
#include "model/matching/TaxonomyStore.h"
#include "model/matching/TaxonomyVersion.h"
#include "model/session/TransparencyRecord.h"
#include "model/vault/EntitySchema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The transparency record: every ATRS section, and the facts it states come from the build and the vault. */
class TestTransparencyRecord : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hasEveryAtrsSection();
    void statesTheEngineVersions();
    void statesTheVaultsTaxonomy();
    void neverReadIsWhatTheProfileBuilderDeclares();
    void qualityFiguresAreTheShippedOnes();
    void missingOrHostileFiguresSaySo_data();
    void missingOrHostileFiguresSaySo();
    void jsonHasTheSameSections();
    void htmlEscapesEveryValue();
};

void TestTransparencyRecord::hasEveryAtrsSection()
{
    const TransparencyRecord record = TransparencyRecord::build(TransparencyFacts::current());
    const QMap<QString, QStringList> expected{
        {"tier1", {"summary", "why"}},
        {"owner", {"owner", "software"}},
        {"tools", {"matching", "note_suggestions", "form_prefill", "not"}},
        {"human", {"decisions", "oversight"}},
        {"data", {"matching_reads", "never_read", "never_read_proof", "notes_reads", "prefill_reads"}},
        {"limits", {"limits"}},
        {"risks", {"rubber_stamping", "unfairness", "wrong_facts", "privacy"}},
        {"versions", {"app_version", "matching_engine", "note_engine", "prefill_engine", "builtin_taxonomy"}},
        {"quality", {"measured"}},
    };
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        const TransparencyRecord::Section *section = record.section(it.key());
        QVERIFY2(section, qPrintable(it.key()));
        QVERIFY(!section->title.isEmpty());
        for (const QString &key : it.value()) {
            const auto found = std::find_if(
                section->items.cbegin(), section->items.cend(), [&](const auto &item) { return item.key == key; });
            QVERIFY2(found != section->items.cend(), qPrintable(it.key() + "/" + key));
            QVERIFY2(!found->heading.isEmpty() && !found->text.isEmpty(), qPrintable(key));
        }
    }
    // What the tools are not is said in plain words.
    const QString text = record.toText();
    QVERIFY(text.contains("never decides"));
    QVERIFY(text.contains("entitlement, requirements, sanctions"));
}

void TestTransparencyRecord::statesTheEngineVersions()
{
    const TransparencyRecord record = TransparencyRecord::build(TransparencyFacts::current());
    const QString text = record.toText();
    QCOMPARE(record.facts().noteEngine, QString(EngineVersion::NoteExtractor));
    QCOMPARE(record.facts().matchingEngine, QString(EngineVersion::Matching));
    QCOMPARE(record.facts().prefillEngine, QString(EngineVersion::FormPrefill));
    QCOMPARE(record.facts().appVersion, QStringLiteral(WAYMARK_VERSION));
    for (const QString &fact : {QString(EngineVersion::NoteExtractor),
                                QString(EngineVersion::Matching),
                                QString(EngineVersion::FormPrefill),
                                QStringLiteral(WAYMARK_VERSION)})
        QVERIFY2(text.contains(fact), qPrintable(fact));
    auto builtIn = Taxonomy::builtIn();
    QVERIFY(builtIn);
    QVERIFY(text.contains(TaxonomyVersion::of(builtIn.value())));
    QVERIFY(text.contains("No vault is open."));
}

void TestTransparencyRecord::statesTheVaultsTaxonomy()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QVERIFY(vault);
    auto inUse = TaxonomyStore::load(vault->database());
    QVERIFY(inUse);
    const QString builtInVersion = TaxonomyVersion::of(inUse.value());
    QVERIFY(builtInVersion.startsWith("builtin-"));
    QString text = TransparencyRecord::build(TransparencyFacts::current(&inUse.value(), false)).toText();
    QVERIFY(text.contains(builtInVersion + " (the built-in list)"));

    // An imported taxonomy is named by its own version, and said to be imported.
    Taxonomy imported;
    imported.setSource("ESCO v1.2.0");
    imported.addConcept({"esco:1", "use spreadsheets software", ConceptType::Skill, {}, {}});
    QVERIFY(TaxonomyStore::replace(vault->database(), vault->audit(), imported));
    auto stored = TaxonomyStore::load(vault->database());
    QVERIFY(stored);
    const QString importedVersion = TaxonomyVersion::of(stored.value());
    QVERIFY2(importedVersion.startsWith("esco-v1-2-0-"), qPrintable(importedVersion));
    QVERIFY(importedVersion != builtInVersion);
    text = TransparencyRecord::build(TransparencyFacts::current(&stored.value(), true)).toText();
    QVERIFY(text.contains(importedVersion + " (imported into this vault)"));
}

void TestTransparencyRecord::neverReadIsWhatTheProfileBuilderDeclares()
{
    const TransparencyFacts facts = TransparencyFacts::current();
    const auto &declared = MatchProfileBuilder::neverRead();
    QCOMPARE(facts.neverRead.size(), declared.size());
    for (int i = 0; i < declared.size(); ++i) {
        const EntityKind *kind = EntitySchema::instance().kind(declared.at(i).kind);
        QVERIFY(kind);
        const QString expected = declared.at(i).field.isEmpty() ? kind->translatedLabel()
                                                                : kind->field(declared.at(i).field)->translatedLabel();
        QVERIFY2(facts.neverRead.at(i).contains(expected), qPrintable(facts.neverRead.at(i)));
    }
    const TransparencyRecord record = TransparencyRecord::build(facts);
    const auto &items = record.section("data")->items;
    const auto neverRead =
        std::find_if(items.cbegin(), items.cend(), [](const auto &item) { return item.key == "never_read"; });
    QVERIFY(neverRead != items.cend());
    for (const QString &field : facts.neverRead)
        QVERIFY(neverRead->text.contains(field));
    QVERIFY(neverRead->text.contains("Date of birth"));
}

void TestTransparencyRecord::qualityFiguresAreTheShippedOnes()
{
    // The build embeds resources/quality/last-bench.json; the record shows its date and commit.
    QFile source(QStringLiteral(WAYMARK_TEST_DATA "/../../resources/quality/last-bench.json"));
    const QualityFigures shipped = QualityFigures::shipped();
    if (!source.exists()) {
        QVERIFY(!shipped.present);
        return;
    }
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QualityFigures fromSource = QualityFigures::fromJson(source.readAll());
    QVERIFY(fromSource.present);
    QVERIFY(shipped.present);
    QCOMPARE(shipped.measuredOn, fromSource.measuredOn);
    QCOMPARE(shipped.commit, fromSource.commit);
    QVERIFY(!shipped.figures.isEmpty());
    const QString text = TransparencyRecord::build(TransparencyFacts::current()).toText();
    QVERIFY2(text.contains(QStringLiteral("Measured on %1 at commit %2.")
                               .arg(fromSource.measuredOn.toString(Qt::ISODate), fromSource.commit)),
             qPrintable(text));
    for (const QualityFigures::Figure &figure : shipped.figures)
        QVERIFY(
            text.contains(TransparencyRecord::figureLabel(figure.key) + ": " + QString::number(figure.value, 'f', 2)));
}

void TestTransparencyRecord::missingOrHostileFiguresSaySo_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("missing") << QByteArray();
    QTest::addRow("not JSON") << QByteArray("measured yesterday");
    QTest::addRow("no date") << QByteArray("{\"commit\": \"0123abc\", \"figures\": []}");
    QTest::addRow("commit not hex") << QByteArray("{\"measured_on\": \"2026-12-07\", \"commit\": \"<b>x</b>\"}");
    QTest::addRow("too big") << QByteArray("{\"measured_on\": \"2026-12-07\", \"commit\": \"0123abc\", \"pad\": \"") +
                                    QByteArray(70000, 'x') + QByteArray("\"}");
}

void TestTransparencyRecord::missingOrHostileFiguresSaySo()
{
    QFETCH(QByteArray, json);
    TransparencyFacts facts = TransparencyFacts::current();
    facts.quality = QualityFigures::fromJson(json);
    QVERIFY(!facts.quality.present);
    const QString text = TransparencyRecord::build(facts).toText();
    QVERIFY(text.contains("No quality figures were shipped with this build."));
    QVERIFY(!text.contains("Measured on"));
}

void TestTransparencyRecord::jsonHasTheSameSections()
{
    QualityFigures quality = QualityFigures::fromJson(
        "{\"measured_on\": \"2026-12-07\", \"commit\": \"0123456789ab\", \"figures\": [{\"key\": "
        "\"extractor_heldout_precision\", \"value\": 0.96}, {\"key\": \"Bad Key!\", \"value\": 1}]}");
    QVERIFY(quality.present);
    QCOMPARE(quality.figures.size(), 1);
    TransparencyFacts facts = TransparencyFacts::current();
    facts.quality = quality;
    const TransparencyRecord record = TransparencyRecord::build(facts);
    const QJsonDocument document = QJsonDocument::fromJson(QJsonDocument(record.toJson()).toJson());
    QVERIFY(document.isObject());
    const QJsonArray sections = document.object().value("sections").toArray();
    QCOMPARE(sections.size(), record.sections().size());
    for (int i = 0; i < sections.size(); ++i) {
        QCOMPARE(sections.at(i).toObject().value("key").toString(), record.sections().at(i).key);
        QCOMPARE(sections.at(i).toObject().value("items").toArray().size(), record.sections().at(i).items.size());
    }
    const QJsonObject jsonFacts = document.object().value("facts").toObject();
    QCOMPARE(jsonFacts.value("note_engine").toString(), QString(EngineVersion::NoteExtractor));
    QCOMPARE(jsonFacts.value("quality_measured_on").toString(), QStringLiteral("2026-12-07"));
    QCOMPARE(jsonFacts.value("quality_commit").toString(), QStringLiteral("0123456789ab"));
    QCOMPARE(jsonFacts.value("matching_never_reads").toArray().size(), MatchProfileBuilder::neverRead().size());
}

void TestTransparencyRecord::htmlEscapesEveryValue()
{
    TransparencyFacts facts = TransparencyFacts::current();
    facts.appVersion = "<script>1</script>";
    const QString html = TransparencyRecord::build(facts).toHtml();
    QVERIFY(!html.contains("<script>"));
    QVERIFY(html.contains("&lt;script&gt;"));
}

QTEST_GUILESS_MAIN(TestTransparencyRecord)
#include "TestTransparencyRecord.moc"
