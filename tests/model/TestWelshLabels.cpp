#include "model/demo/SyntheticVacancies.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSet>
#include <QTest>

/** Welsh names for the built-in taxonomy (issue 16 §20): shown in a Welsh interface, never used to match. */
class TestWelshLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void welshNamesForBuiltInOccupationAndSkills();
    void englishWhenEnglishIsChosen();
    void displayFollowsTheInterfaceLanguage();
    void everyOccupationAndLicenceHasWelsh();
    void everyEssentialSkillHasWelsh();
    void welshFileNamesOnlyTaxonomyLabels();
    void orphanLineFailsAndChangesNothing();
    void escoConceptIsMarkedUntranslated();
    void matchScoresAreTheSameInBothLanguages();
    void untranslatedTaxonomyIsSaidOnceInAWelshExplanation();

private:
    static void useWelsh() { QLocale::setDefault(QLocale(QLocale::Welsh, QLocale::UnitedKingdom)); }
    static Taxonomy withoutWelsh();

    std::shared_ptr<const Taxonomy> m_taxonomy;
};

void TestWelshLabels::initTestCase()
{
    auto taxonomy = Taxonomy::builtIn();
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.ok() ? QString() : taxonomy.error().message));
    m_taxonomy = std::make_shared<const Taxonomy>(std::move(taxonomy).value());
}

void TestWelshLabels::cleanup()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

Taxonomy TestWelshLabels::withoutWelsh()
{
    // The same records read as an imported taxonomy would be: parseText reads no Welsh names.
    QList<QPair<QString, QByteArray>> files;
    const QDir dir(QStringLiteral(":/taxonomy"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            files.append({name, file.readAll()});
    }
    auto parsed = Taxonomy::parseText(files);
    return parsed.ok() ? std::move(parsed).value() : Taxonomy();
}

void TestWelshLabels::welshNamesForBuiltInOccupationAndSkills()
{
    QCOMPARE(m_taxonomy->occupationLabel(QStringLiteral("uk-occ:care-assistant"), LabelLanguage::Welsh),
             QStringLiteral("Cynorthwyydd gofal"));
    QCOMPARE(m_taxonomy->occupationLabel(QStringLiteral("uk-occ:healthcare-assistant"), LabelLanguage::Welsh),
             QStringLiteral("Cynorthwyydd gofal iechyd"));
    QCOMPARE(m_taxonomy->labelOf(QStringLiteral("uk:customer-service"), LabelLanguage::Welsh),
             QStringLiteral("Gwasanaeth cwsmeriaid"));
    QCOMPARE(m_taxonomy->labelOf(QStringLiteral("uk:first-aid"), LabelLanguage::Welsh),
             QStringLiteral("Cymorth cyntaf"));
    const TranslatedLabels *licence = m_taxonomy->welshLabels(QStringLiteral("uk:full-uk-driving-licence"));
    QVERIFY(licence);
    QVERIFY(licence->alternatives.contains(QStringLiteral("trwydded yrru")));
}

void TestWelshLabels::englishWhenEnglishIsChosen()
{
    QCOMPARE(m_taxonomy->occupationLabel(QStringLiteral("uk-occ:care-assistant"), LabelLanguage::English),
             QStringLiteral("care assistant"));
    QCOMPARE(m_taxonomy->labelOf(QStringLiteral("uk:customer-service"), LabelLanguage::English),
             QStringLiteral("customer service"));
    QCOMPARE(m_taxonomy->labelOf(QStringLiteral("uk:customer-service")), QStringLiteral("customer service"));
    // An unknown id reads as itself in either language.
    QCOMPARE(m_taxonomy->labelOf(QStringLiteral("uk:no-such-skill"), LabelLanguage::Welsh),
             QStringLiteral("uk:no-such-skill"));
}

void TestWelshLabels::displayFollowsTheInterfaceLanguage()
{
    QCOMPARE(Taxonomy::displayLanguage(), LabelLanguage::English);
    QCOMPARE(m_taxonomy->displayLabel(QStringLiteral("uk:first-aid")), QStringLiteral("first aid"));
    useWelsh();
    QCOMPARE(Taxonomy::displayLanguage(), LabelLanguage::Welsh);
    QCOMPARE(m_taxonomy->displayLabel(QStringLiteral("uk:first-aid")), QStringLiteral("Cymorth cyntaf"));
    QCOMPARE(m_taxonomy->displayOccupationLabel(QStringLiteral("uk-occ:cleaner")), QStringLiteral("Glanhawr"));
}

void TestWelshLabels::everyOccupationAndLicenceHasWelsh()
{
    QStringList missing;
    for (const Occupation &o : m_taxonomy->occupations()) {
        if (!m_taxonomy->isTranslated(o.id, LabelLanguage::Welsh))
            missing << o.preferredLabel;
    }
    for (const SkillConcept &c : m_taxonomy->concepts()) {
        if (c.type == ConceptType::Licence && !m_taxonomy->isTranslated(c.id, LabelLanguage::Welsh))
            missing << c.preferredLabel;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
}

void TestWelshLabels::everyEssentialSkillHasWelsh()
{
    QSet<QString> missing;
    for (const Occupation &o : m_taxonomy->occupations()) {
        for (const QString &id : o.essentialSkills) {
            if (!m_taxonomy->isTranslated(id, LabelLanguage::Welsh))
                missing.insert(m_taxonomy->labelOf(id));
        }
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.cbegin(), missing.cend()).join(QStringLiteral(", "))));
}

void TestWelshLabels::welshFileNamesOnlyTaxonomyLabels()
{
    // Read the shipped file again onto the bare records: it loads, so every English label it names exists.
    QFile file(QStringLiteral(":/taxonomy/cy/labels.txt"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    Taxonomy taxonomy = withoutWelsh();
    QVERIFY(!taxonomy.isEmpty());
    const Status read = taxonomy.addWelshLabels(QStringLiteral("cy/labels.txt"), file.readAll());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    QCOMPARE(taxonomy.allWelshLabels().size(), m_taxonomy->allWelshLabels().size());
    QVERIFY(taxonomy.allWelshLabels().size() > 1000);
}

void TestWelshLabels::orphanLineFailsAndChangesNothing()
{
    Taxonomy taxonomy = withoutWelsh();
    const Status read = taxonomy.addWelshLabels(QStringLiteral("cy.txt"),
                                                QByteArrayLiteral("# header\n"
                                                                  "care assistant|Cynorthwyydd gofal|\n"
                                                                  "underwater basket weaving|Gwehyddu basgedi|\n"));
    QVERIFY(!read.ok());
    QVERIFY(read.error().message.contains(QStringLiteral("cy.txt, line 3")));
    QVERIFY(read.error().message.contains(QStringLiteral("underwater basket weaving")));
    QVERIFY(taxonomy.allWelshLabels().isEmpty());

    const Status missingWelsh = taxonomy.addWelshLabels(QStringLiteral("cy.txt"), QByteArrayLiteral("cleaner\n"));
    QVERIFY(!missingWelsh.ok());
    QVERIFY(taxonomy.allWelshLabels().isEmpty());
}

void TestWelshLabels::escoConceptIsMarkedUntranslated()
{
    Taxonomy esco;
    esco.setSource(QStringLiteral("esco"));
    const QString id = QStringLiteral("http://data.europa.eu/esco/skill/abc");
    esco.addConcept({id, QStringLiteral("provide customer service"), ConceptType::Skill, {}, {}});
    QVERIFY(!esco.isTranslated(id, LabelLanguage::Welsh));
    QVERIFY(esco.isTranslated(id, LabelLanguage::English));
    QCOMPARE(esco.labelOf(id, LabelLanguage::Welsh), QStringLiteral("provide customer service"));
    QVERIFY(m_taxonomy->isTranslated(QStringLiteral("uk:customer-service"), LabelLanguage::Welsh));
}

void TestWelshLabels::matchScoresAreTheSameInBothLanguages()
{
    const QDate today(2026, 11, 1);
    const auto context = MatchingContext::fromVacancies(m_taxonomy, SyntheticVacancies::generate(800, 5, today), today);
    MatchProfile profile;
    for (const QString &skill : {QStringLiteral("customer service"),
                                 QStringLiteral("manual handling"),
                                 QStringLiteral("first aid"),
                                 QStringLiteral("food hygiene level 2")})
        profile.skills.append(context->normaliser().skill(skill));
    profile.goalOccupations.append(QStringLiteral("uk-occ:care-assistant"));
    MatchOptions options;
    options.top = 50;

    const QVector<MatchResult> english = context->matcher().rank(profile, options);
    useWelsh();
    const QVector<MatchResult> welsh = context->matcher().rank(profile, options);
    QVERIFY(!english.isEmpty());
    QCOMPARE(welsh.size(), english.size());
    bool namesDiffer = false;
    for (int i = 0; i < english.size(); ++i) {
        QCOMPARE(welsh.at(i).vacancy, english.at(i).vacancy);
        QCOMPARE(welsh.at(i).score, english.at(i).score);
        QCOMPARE(welsh.at(i).missingTermKeys, english.at(i).missingTermKeys);
        namesDiffer = namesDiffer || welsh.at(i).matchedSkills != english.at(i).matchedSkills;
    }
    // The control: the language did reach the explanation, so equal scores are not an accident.
    QVERIFY(namesDiffer);
    bool sawWelsh = false;
    for (const MatchResult &r : welsh)
        sawWelsh = sawWelsh || r.matchedSkills.contains(QStringLiteral("Gwasanaeth cwsmeriaid"));
    QVERIFY(sawWelsh);
}

void TestWelshLabels::untranslatedTaxonomyIsSaidOnceInAWelshExplanation()
{
    const QDate today(2026, 11, 1);
    const auto bare = std::make_shared<const Taxonomy>(withoutWelsh());
    const auto context = MatchingContext::fromVacancies(bare, SyntheticVacancies::generate(300, 7, today), today);
    MatchProfile profile;
    profile.skills.append(context->normaliser().skill(QStringLiteral("customer service")));
    MatchOptions options;
    options.top = 10;
    const auto countNotes = [&] {
        int notes = 0;
        for (const MatchResult &r : context->matcher().rank(profile, options)) {
            for (const QString &note : r.notes)
                notes += note.contains(QStringLiteral("English only")) ? 1 : 0;
            if (r.notes.count() != QSet<QString>(r.notes.cbegin(), r.notes.cend()).size())
                return -1;
        }
        return notes;
    };
    QCOMPARE(countNotes(), 0);
    useWelsh();
    QCOMPARE(countNotes(), 10);
}

QTEST_GUILESS_MAIN(TestWelshLabels)
#include "TestWelshLabels.moc"
