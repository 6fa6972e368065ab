#include "model/demo/SyntheticVacancies.h"
#include "model/matching/EscoImport.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/TaxonomyStore.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void builtInMeetsItsSize();
    void builtInCoversSyntheticVacancies();
    void parseTextNamesFileAndLine_data();
    void parseTextNamesFileAndLine();
    void normalisesLabels_data();
    void normalisesLabels();
    void unknownTextStaysFreeText();
    void typedSkillsAreOfferedTheConceptsTheyMayMean_data();
    void typedSkillsAreOfferedTheConceptsTheyMayMean();
    void mapsJobTitlesToOccupations();
    void importsEscoWithQuotedNewlines();
    void acceptsNewerRelationsFileName();
    void escoLabelsLoseTerminalControls();
    void badEscoLeavesTaxonomyAsItWas_data();
    void badEscoLeavesTaxonomyAsItWas();
    void storeRoundTrips();
    void importsSkillRelationsAndOccupationCodes();
    void badSkillRelationTypeFails();
    void storeRoundTripsRelationsAndCodes();
    void validateRejectsRelationToUnknownSkill();

private:
    std::shared_ptr<const Taxonomy> m_builtIn;
};

void TestTaxonomy::initTestCase()
{
    auto taxonomy = Taxonomy::builtIn();
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.ok() ? QString() : taxonomy.error().message));
    m_builtIn = std::make_shared<Taxonomy>(std::move(taxonomy).value());
}

void TestTaxonomy::builtInMeetsItsSize()
{
    int skills = 0;
    for (const SkillConcept &c : m_builtIn->concepts())
        skills += c.type == ConceptType::Group ? 0 : 1;
    QVERIFY2(skills >= 1500, qPrintable(QString::number(skills)));
    QVERIFY2(m_builtIn->occupations().size() >= 150, qPrintable(QString::number(m_builtIn->occupations().size())));
    QVERIFY(!m_builtIn->courses().isEmpty());
    QVERIFY(m_builtIn->validate().ok());
    QSet<QString> families;
    for (const Occupation &o : m_builtIn->occupations()) {
        QVERIFY2(!o.essentialSkills.isEmpty(), qPrintable(o.preferredLabel));
        families.insert(o.family);
    }
    for (const char *family : {"care",
                               "retail",
                               "hospitality",
                               "logistics",
                               "construction",
                               "cleaning",
                               "security",
                               "admin",
                               "customer-service",
                               "manufacturing",
                               "transport",
                               "education",
                               "health",
                               "digital"})
        QVERIFY2(families.contains(QString::fromLatin1(family)), family);
}

void TestTaxonomy::builtInCoversSyntheticVacancies()
{
    // Every label the vacancy generator uses maps without a fuzzy guess, so benchmark figures measure
    // the matcher and not the taxonomy's gaps.
    const SkillNormaliser normaliser(m_builtIn);
    const QVector<Vacancy> vacancies = SyntheticVacancies::generate(3000, 7, QDate(2026, 11, 1));
    QSet<QString> unmapped;
    QSet<QString> titles;
    for (const Vacancy &v : vacancies) {
        for (const QString &skill : v.skills) {
            const NormalisedLabel n = normaliser.skill(skill);
            if (!n.mapped() || n.how == LabelMatcher::How::Fuzzy)
                unmapped.insert(skill);
        }
        if (!normaliser.occupation(v.title).mapped())
            titles.insert(v.title);
    }
    QVERIFY2(unmapped.isEmpty(), qPrintable(QStringList(unmapped.values()).join(QLatin1String(", "))));
    QVERIFY2(titles.isEmpty(), qPrintable(QStringList(titles.values()).join(QLatin1String(", "))));
}

void TestTaxonomy::parseTextNamesFileAndLine_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad tag") << QByteArray("S|a|skill||\nX|b\n") << "t.txt, line 2";
    QTest::newRow("bad type") << QByteArray("# c\nS|a|skil||\n") << "t.txt, line 2";
    QTest::newRow("short skill") << QByteArray("S|a|skill\n") << "t.txt, line 1";
    QTest::newRow("unknown skill") << QByteArray("S|a|skill||\nO|job|care||a;b|\n") << "\"b\"";
    QTest::newRow("unknown broader") << QByteArray("S|a|skill|heading|\n") << "\"heading\"";
}

void TestTaxonomy::parseTextNamesFileAndLine()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    const auto parsed = Taxonomy::parseText({{QStringLiteral("t.txt"), text}});
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().code, ErrorCode::Invalid);
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

void TestTaxonomy::normalisesLabels_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<int>("how");
    const QByteArray text = "S|headings|group||\n"
                            "S|customer service|skill|headings|client care;customer care\n"
                            "S|forklift licence|licence|headings|FLT licence;counterbalance forklift\n"
                            "S|stock organisation|skill|headings|\n"
                            "S|safeguarding children|knowledge|headings|child protection\n";
    auto parsed = Taxonomy::parseText({{QStringLiteral("n.txt"), text}});
    QVERIFY(parsed.ok());
    QTest::newRow("exact") << "customer service"
                           << "customer service" << int(LabelMatcher::How::Exact);
    QTest::newRow("case and spaces") << "  Customer   SERVICE "
                                     << "customer service" << int(LabelMatcher::How::Exact);
    QTest::newRow("alternative") << "Client care"
                                 << "customer service" << int(LabelMatcher::How::Alternative);
    QTest::newRow("plural") << "forklift licences"
                            << "forklift licence" << int(LabelMatcher::How::Variant);
    QTest::newRow("american") << "forklift license"
                              << "forklift licence" << int(LabelMatcher::How::Variant);
    QTest::newRow("ize") << "Stock organizations"
                         << "stock organisation" << int(LabelMatcher::How::Variant);
    QTest::newRow("typo") << "safegaurding children"
                          << "safeguarding children" << int(LabelMatcher::How::Fuzzy);
    QTest::newRow("punctuation") << "F.L.T. licence"
                                 << "forklift licence" << int(LabelMatcher::How::Fuzzy);
}

void TestTaxonomy::normalisesLabels()
{
    QFETCH(QString, input);
    QFETCH(QString, preferred);
    QFETCH(int, how);
    const QByteArray text = "S|headings|group||\n"
                            "S|customer service|skill|headings|client care;customer care\n"
                            "S|forklift licence|licence|headings|FLT licence;counterbalance forklift\n"
                            "S|stock organisation|skill|headings|\n"
                            "S|safeguarding children|knowledge|headings|child protection\n";
    auto parsed = Taxonomy::parseText({{QStringLiteral("n.txt"), text}});
    const SkillNormaliser normaliser(std::make_shared<Taxonomy>(std::move(parsed).value()));
    const NormalisedLabel n = normaliser.skill(input);
    if (QTest::currentDataTag() == QByteArray("punctuation")) {
        // "F.L.T." splits into letters: no reliable match, so it must stay free text rather than guess.
        QVERIFY(!n.mapped() || n.label == preferred);
        return;
    }
    QCOMPARE(n.label, preferred);
    QCOMPARE(int(n.how), how);
    if (n.how == LabelMatcher::How::Fuzzy)
        QVERIFY(n.confidence > LabelMatcher::FuzzyThreshold - 1e-9 && n.confidence < 1);
    else
        QVERIFY(n.confidence >= LabelMatcher::VariantConfidence);
}

void TestTaxonomy::unknownTextStaysFreeText()
{
    const SkillNormaliser normaliser(m_builtIn);
    const NormalisedLabel a = normaliser.skill(QStringLiteral("Underwater basket weaving"));
    QVERIFY(!a.mapped());
    QCOMPARE(a.label, QStringLiteral("Underwater basket weaving"));
    // Free text still matches the same words elsewhere, whatever the case or plural.
    QCOMPARE(a.termKey(), normaliser.skill(QStringLiteral("underwater basket-weaving")).termKey());
    QVERIFY(a.termKey().startsWith(QLatin1String("text:")));
    // Junk and very long input are bounded and do not crash.
    QVERIFY(!normaliser.skill(QString(5000, QLatin1Char('x'))).mapped());
    QVERIFY(!normaliser.skill(QString()).mapped());
}

void TestTaxonomy::typedSkillsAreOfferedTheConceptsTheyMayMean_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("offered");
    QTest::addColumn<bool>("certain");
    // As coaches type them on the Work and skills tab (the demo caseload's own phrasings among them).
    QTest::addRow("the concept's own label") << "Customer service"
                                             << "customer service" << true;
    QTest::addRow("an alternative label") << "hoovering"
                                          << "vacuuming" << true;
    QTest::addRow("complaints, in other words") << "Dealing with complaints"
                                                << "complaint handling" << false;
    QTest::addRow("a computer, in plain words") << "Using a computer"
                                                << "IT literacy" << false;
    QTest::addRow("a language") << "Spoken Welsh"
                                << "Welsh language" << false;
    QTest::addRow("a licence by its use") << "Forklift driving"
                                          << "forklift licence" << false;
    QTest::addRow("awareness of one thing") << "Safeguarding awareness"
                                            << "safeguarding adults" << false;
}

void TestTaxonomy::typedSkillsAreOfferedTheConceptsTheyMayMean()
{
    QFETCH(QString, typed);
    QFETCH(QString, offered);
    QFETCH(bool, certain);
    const SkillNormaliser normaliser(m_builtIn);
    const QVector<NormalisedLabel> choices = normaliser.skillCandidates(typed);
    QStringList labels;
    for (const NormalisedLabel &choice : choices)
        labels.append(choice.label);
    QVERIFY2(labels.contains(offered), qPrintable(labels.join(QStringLiteral("; "))));
    QCOMPARE(choices.first().certain(), certain);
    // A choice is only offered: what is not certain never becomes the skill's mapping on its own.
    QCOMPARE(normaliser.skill(typed).mapped() && normaliser.skill(typed).certain(), certain);
    QVERIFY(choices.size() <= 6);
    for (const NormalisedLabel &choice : choices)
        QVERIFY(m_builtIn->findConcept(choice.id));
    QVERIFY(normaliser.skillCandidates(QStringLiteral("Underwater basket weaving")).isEmpty());
}

void TestTaxonomy::mapsJobTitlesToOccupations()
{
    const SkillNormaliser normaliser(m_builtIn);
    const NormalisedLabel care = normaliser.occupation(QStringLiteral("care assistants"));
    QVERIFY(care.mapped());
    QCOMPARE(care.label.toLower(), QStringLiteral("care assistant"));
}

void TestTaxonomy::importsEscoWithQuotedNewlines()
{
    QTemporaryDir dir;
    Fixtures::writeEscoRelease(dir.path());
    EscoImport::Counts counts;
    auto taxonomy = EscoImport::read(dir.path(), {}, &counts);
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.ok() ? QString() : taxonomy.error().message));
    QCOMPARE(counts.skills, 3);
    QCOMPARE(counts.occupations, 2);
    QCOMPARE(counts.relations, 3);
    QCOMPARE(counts.skippedRelations, 1);
    const SkillConcept *forklift = taxonomy->findConcept(QStringLiteral("esco:skill/s1"));
    QVERIFY(forklift);
    QCOMPARE(forklift->altLabels, QStringList({"drive forklift", "use forklift truck"}));
    QCOMPARE(forklift->broaderId, QStringLiteral("esco:skill/s2"));
    const Occupation *operatorJob = taxonomy->occupation(QStringLiteral("esco:occupation/o1"));
    QCOMPARE(operatorJob->essentialSkills, QStringList({"esco:skill/s1"}));
    QCOMPARE(operatorJob->optionalSkills, QStringList({"esco:skill/s2"}));
    const SkillNormaliser normaliser(std::make_shared<Taxonomy>(std::move(taxonomy).value()));
    QCOMPARE(normaliser.occupation(QStringLiteral("FLT drivers")).id, QStringLiteral("esco:occupation/o1"));
    QCOMPARE(normaliser.skill(QStringLiteral("Use forklift trucks")).id, QStringLiteral("esco:skill/s1"));
}

void TestTaxonomy::escoLabelsLoseTerminalControls()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::writeEscoRelease(dir.path()));
    // A label that would retitle a terminal and one reversed by a bidi override, as `taxonomy map` prints them.
    QFile skills(dir.filePath(QStringLiteral("skills_en.csv")));
    QVERIFY(skills.open(QIODevice::ReadOnly));
    QByteArray bytes = skills.readAll();
    skills.close();
    bytes.replace("warehouse operations", "warehouse \x1b]0;pwned\x07operations \xe2\x80\xaestock");
    QVERIFY(skills.open(QIODevice::WriteOnly | QIODevice::Truncate));
    skills.write(bytes);
    skills.close();

    auto taxonomy = EscoImport::read(dir.path());
    QVERIFY(taxonomy.ok());
    const QString label = taxonomy->labelOf(QStringLiteral("esco:skill/s2"));
    QCOMPARE(label, QStringLiteral("warehouse ]0;pwnedoperations stock"));
    // The list of alternative labels, one a line, is kept.
    QCOMPARE(taxonomy->findConcept(QStringLiteral("esco:skill/s1"))->altLabels.size(), 2);
}

void TestTaxonomy::acceptsNewerRelationsFileName()
{
    QTemporaryDir dir;
    Fixtures::writeEscoRelease(dir.path(), QStringLiteral("occupationSkillRelations_en.csv"));
    auto taxonomy = EscoImport::read(dir.path());
    QVERIFY(taxonomy.ok());
    QCOMPARE(taxonomy->occupation(QStringLiteral("esco:occupation/o2"))->essentialSkills.size(), 1);
}

void TestTaxonomy::badEscoLeavesTaxonomyAsItWas_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrong header") << "skills_en.csv" << QByteArray("uri,label\nx,y\n") << "preferredLabel";
    QTest::newRow("broken quoting") << "occupations_en.csv"
                                    << QByteArray("conceptUri,iscoGroup,preferredLabel,altLabels\nu,1,\"cook,x\n")
                                    << "occupations_en.csv";
    QTest::newRow("bad relation") << "occupationSkillRelations.csv"
                                  << QByteArray("occupationUri,relationType,skillType,skillUri\n"
                                                "http://data.europa.eu/esco/occupation/o1,sometimes,x,"
                                                "http://data.europa.eu/esco/skill/s1\n")
                                  << "line 2";
    QTest::newRow("missing file") << "skills_en.csv" << QByteArray() << "skills_en.csv";
}

void TestTaxonomy::badEscoLeavesTaxonomyAsItWas()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir vaultDir;
    auto vault = Fixtures::create(vaultDir);
    AuditLog audit(vault->database(), vault->deviceId(), QStringLiteral("admin"));
    QTemporaryDir good;
    Fixtures::writeEscoRelease(good.path());
    QVERIFY(TaxonomyStore::replace(vault->database(), audit, EscoImport::read(good.path()).value()).ok());
    const QByteArray before = Fixtures::databaseDigest(*vault);

    QTemporaryDir bad;
    Fixtures::writeEscoRelease(bad.path());
    if (content.isEmpty())
        QVERIFY(QFile::remove(bad.path() + "/" + file));
    else
        QVERIFY(Fixtures::writeFile(bad.path() + "/" + file, content));
    auto taxonomy = EscoImport::read(bad.path());
    QVERIFY(!taxonomy.ok());
    QVERIFY2(taxonomy.error().message.contains(expected), qPrintable(taxonomy.error().message));
    QCOMPARE(Fixtures::databaseDigest(*vault), before);
    QCOMPARE(TaxonomyStore::load(vault->database())->source(), QStringLiteral("esco"));
}

void TestTaxonomy::storeRoundTrips()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    QCOMPARE(TaxonomyStore::hasStored(vault->database()).value(), false);
    QCOMPARE(TaxonomyStore::load(vault->database())->occupations().size(), m_builtIn->occupations().size());

    AuditLog audit(vault->database(), vault->deviceId(), QStringLiteral("admin"));
    QVERIFY(TaxonomyStore::replace(vault->database(), audit, *m_builtIn).ok());
    auto loaded = TaxonomyStore::load(vault->database());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->concepts().size(), m_builtIn->concepts().size());
    for (int i = 0; i < m_builtIn->occupations().size(); i += 17) {
        const Occupation &a = m_builtIn->occupations().at(i);
        const Occupation *b = loaded->occupation(a.id);
        QVERIFY(b);
        QCOMPARE(b->essentialSkills, a.essentialSkills);
        QCOMPARE(b->altLabels, a.altLabels);
    }
    QCOMPARE(loaded->courses().size(), m_builtIn->courses().size());
    QVERIFY(TaxonomyStore::clear(vault->database(), audit).ok());
    QCOMPARE(TaxonomyStore::hasStored(vault->database()).value(), false);
    auto entries = audit.entries();
    QVERIFY(entries.ok());
    QStringList actions;
    for (const AuditEntry &e : entries.value())
        actions.append(e.action);
    QVERIFY(actions.contains(QStringLiteral("taxonomy_replace")));
    QVERIFY(actions.contains(QStringLiteral("taxonomy_builtin")));
}

namespace
{
    const QString RelationsRelease = QStringLiteral(WAYMARK_TEST_DATA "/esco-relations");
} // namespace

void TestTaxonomy::importsSkillRelationsAndOccupationCodes()
{
    EscoImport::Counts counts;
    auto taxonomy = EscoImport::read(RelationsRelease, {}, &counts);
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.ok() ? QString() : taxonomy.error().message));
    // The essential and the optional row for the same pair make one relation; the unknown skill is left out.
    QCOMPARE(counts.skillRelations, 1);
    QCOMPARE(counts.skippedRelations, 1);
    QCOMPARE(taxonomy->findConcept(QStringLiteral("esco:skill/s-personal"))->relatedSkills,
             QStringList({"esco:skill/s-hygiene"}));
    QVERIFY(taxonomy->findConcept(QStringLiteral("esco:skill/s-forklift"))->relatedSkills.isEmpty());
    const Occupation *hca = taxonomy->occupation(QStringLiteral("esco:occupation/o-hca"));
    QVERIFY(hca);
    QCOMPARE(hca->family, QStringLiteral("5321"));
    QCOMPARE(hca->code, QStringLiteral("5321.1"));
    QCOMPARE(taxonomy->occupation(QStringLiteral("esco:occupation/o-senior-hca"))->code, QStringLiteral("5321.1.1"));

    // A release without the code column or the relations file still reads, without them.
    QTemporaryDir dir;
    Fixtures::writeEscoRelease(dir.path());
    auto older = EscoImport::read(dir.path());
    QVERIFY(older.ok());
    for (const Occupation &o : older->occupations())
        QVERIFY(o.code.isEmpty());
}

void TestTaxonomy::badSkillRelationTypeFails()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::copyFolder(RelationsRelease, dir.path() + "/release"));
    QVERIFY(Fixtures::writeFile(dir.path() + "/release/skillSkillRelations.csv",
                                "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri\n"
                                "http://data.europa.eu/esco/skill/s-personal,x,sometimes,x,"
                                "http://data.europa.eu/esco/skill/s-hygiene\n"));
    auto taxonomy = EscoImport::read(dir.path() + "/release");
    QVERIFY(!taxonomy.ok());
    QVERIFY2(taxonomy.error().message.contains("skillSkillRelations.csv, line 2"),
             qPrintable(taxonomy.error().message));
}

void TestTaxonomy::storeRoundTripsRelationsAndCodes()
{
    QTemporaryDir dir;
    auto vault = Fixtures::create(dir);
    AuditLog audit(vault->database(), vault->deviceId(), QStringLiteral("admin"));
    auto esco = EscoImport::read(RelationsRelease);
    QVERIFY(esco.ok());
    QVERIFY(TaxonomyStore::replace(vault->database(), audit, esco.value()).ok());
    auto loaded = TaxonomyStore::load(vault->database());
    QVERIFY(loaded.ok());
    for (const SkillConcept &c : esco->concepts())
        QCOMPARE(loaded->findConcept(c.id)->relatedSkills, c.relatedSkills);
    for (const Occupation &o : esco->occupations())
        QCOMPARE(loaded->occupation(o.id)->code, o.code);
    QVERIFY(loaded->validate().ok());

    // Replacing the taxonomy replaces its relations too.
    QVERIFY(TaxonomyStore::replace(vault->database(), audit, *m_builtIn).ok());
    QCOMPARE(vault->database().scalarInteger("SELECT count(*) FROM taxonomy_skill_relations").value(), 0);
    QCOMPARE(vault->database().scalarInteger("SELECT count(*) FROM taxonomy_occupation_codes").value(), 0);
}

void TestTaxonomy::validateRejectsRelationToUnknownSkill()
{
    Taxonomy t;
    SkillConcept a{QStringLiteral("a"), QStringLiteral("alpha"), ConceptType::Skill, {}, {}};
    a.relatedSkills = {QStringLiteral("missing")};
    t.addConcept(a);
    const Status status = t.validate();
    QVERIFY(!status.ok());
    QVERIFY2(status.error().message.contains("missing"), qPrintable(status.error().message));
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "TestTaxonomy.moc"
