#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/EscoImport.h"
#include "model/matching/TaxonomyBundle.h"
#include "model/matching/TaxonomyStore.h"
#include "model/session/BundleHandlers.h"
#include "model/vault/Database.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** `taxonomy` and `courses` bundles, signed and imported through the real importer. */
class TestTaxonomyBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void taxonomyRoundTrips();
    void unknownSkillsAreLeftOutAndQuarantined();
    void untrustedKindIsRefusedAndChangesNothing();
    void coursesMapByLabelAndReplaceThePublishersList();
    void coursesFollowTheTaxonomyInUse();

private:
    Result<ImportSummary> import(quint64 sequence, const QByteArray &payload, BundleKind kind);
    int count(const char *sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SigningKey> m_key;
};

void TestTaxonomyBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    m_key = std::make_unique<SigningKey>(SigningKey::generate());
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(m_key->minisignKey(),
                      "Skills team",
                      {BundleKind::Taxonomy, BundleKind::Courses},
                      Minisign::fingerprint(m_key->publicKey())));
}

void TestTaxonomyBundle::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

Result<ImportSummary> TestTaxonomyBundle::import(quint64 sequence, const QByteArray &payload, BundleKind kind)
{
    BundleHeader header;
    header.kind = kind;
    header.sequence = sequence;
    header.publisher = "Skills team";
    auto bundle = BundleFile::write(header, payload, {m_key->keyId(), &m_key->secretKey()});
    return BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
}

int TestTaxonomyBundle::count(const char *sql)
{
    return int(m_vault->database().scalarInteger(sql).value());
}

void TestTaxonomyBundle::taxonomyRoundTrips()
{
    QTemporaryDir esco;
    QVERIFY(Fixtures::writeEscoRelease(esco.path()));
    const Taxonomy sent = EscoImport::read(esco.path()).value();
    auto summary = import(1, TaxonomyBundle::encode(sent), BundleKind::Taxonomy);
    QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().message));
    QCOMPARE(summary->added, int(sent.concepts().size() + sent.occupations().size()));
    const Taxonomy got = TaxonomyStore::load(m_vault->database()).value();
    QCOMPARE(got.source(), QStringLiteral("esco"));
    QCOMPARE(got.concepts().size(), sent.concepts().size());
    for (const SkillConcept &c : sent.concepts()) {
        QCOMPARE(got.findConcept(c.id)->altLabels, c.altLabels);
        QCOMPARE(got.findConcept(c.id)->broaderId, c.broaderId);
        QCOMPARE(int(got.findConcept(c.id)->type), int(c.type));
    }
    for (const Occupation &o : sent.occupations())
        QCOMPARE(got.occupation(o.id)->essentialSkills, o.essentialSkills);
    // The same sequence again is a replay.
    QCOMPARE(import(1, TaxonomyBundle::encode(sent), BundleKind::Taxonomy).error().code, ErrorCode::BundleReplay);
}

void TestTaxonomyBundle::unknownSkillsAreLeftOutAndQuarantined()
{
    Taxonomy t;
    t.setSource("test");
    t.addConcept({"a", "alpha", ConceptType::Skill, {}, {}});
    t.addConcept({"", "nameless", ConceptType::Skill, {}, {}});
    t.addOccupation({"job", "Job", "x", {}, {"a", "missing"}, {}});
    t.addOccupation({"", "No id", "x", {}, {"a"}, {}});
    auto summary = import(1, TaxonomyBundle::encode(t), BundleKind::Taxonomy);
    QVERIFY(summary.ok());
    const Taxonomy got = TaxonomyStore::load(m_vault->database()).value();
    QCOMPARE(got.concepts().size(), 1);
    QCOMPARE(got.occupation("job")->essentialSkills, QStringList({"a"}));
    QCOMPARE(count("SELECT count(*) FROM quarantine"), 3);
    QCOMPARE(summary->rejected, 2);
}

void TestTaxonomyBundle::untrustedKindIsRefusedAndChangesNothing()
{
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto summary = import(1, TaxonomyBundle::encode(Taxonomy::builtIn().value()), BundleKind::Geodata);
    QVERIFY(!summary.ok());
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestTaxonomyBundle::coursesMapByLabelAndReplaceThePublishersList()
{
    const int builtInCourses = int(TaxonomyStore::load(m_vault->database())->courses().size());
    QVector<CourseOffer> courses = {
        {"fork", "Forklift basics", "college", "3 days", {"Forklift licence", "order picking"}},
        {"none", "Basket weaving", "online", "1 day", {"underwater basket weaving"}},
        {"", "No id", "online", "1 day", {"order picking"}},
    };
    auto summary = import(1, CoursesBundle::encode(courses), BundleKind::Courses);
    QVERIFY(summary.ok());
    QCOMPARE(summary->added, 2);
    QCOMPARE(summary->rejected, 1);
    Taxonomy got = TaxonomyStore::load(m_vault->database()).value();
    // The course whose only skill is unknown to the taxonomy cannot close any gap, so it is not offered.
    QCOMPARE(int(got.courses().size()), builtInCourses + 1);
    const Course &fork = got.courses().last();
    QCOMPARE(fork.title, QStringLiteral("Forklift basics"));
    QCOMPARE(fork.skills.size(), 2);
    QVERIFY(got.validate().ok());

    // A snapshot: the next list from the same publisher replaces this one.
    auto second = import(2,
                         CoursesBundle::encode({{"fork", "Forklift refresher", "college", "1 day", {"order picking"}}}),
                         BundleKind::Courses);
    QVERIFY(second.ok());
    QCOMPARE(second->changed, 1);
    QCOMPARE(second->withdrawn, 1);
    got = TaxonomyStore::load(m_vault->database()).value();
    QCOMPARE(got.courses().last().title, QStringLiteral("Forklift refresher"));
    QCOMPARE(count("SELECT count(*) FROM bundle_courses"), 1);
}

void TestTaxonomyBundle::coursesFollowTheTaxonomyInUse()
{
    QVERIFY(import(1,
                   CoursesBundle::encode({{"fork", "Forklift course", "college", "3 days", {"operate forklift"}}}),
                   BundleKind::Courses)
                .ok());
    // Under the built-in taxonomy "operate forklift" names nothing; under the ESCO one it is a skill.
    Taxonomy builtIn = TaxonomyStore::load(m_vault->database()).value();
    bool offered = false;
    for (const Course &c : builtIn.courses())
        offered = offered || c.title == QLatin1String("Forklift course");
    QVERIFY(!offered);
    QTemporaryDir esco;
    QVERIFY(Fixtures::writeEscoRelease(esco.path()));
    QVERIFY(TaxonomyStore::replace(m_vault->database(), m_vault->audit(), EscoImport::read(esco.path()).value()).ok());
    const Taxonomy withEsco = TaxonomyStore::load(m_vault->database()).value();
    QCOMPARE(withEsco.courses().size(), 1);
    QCOMPARE(withEsco.courses().first().skills, QStringList({"esco:skill/s1"}));
}

QTEST_GUILESS_MAIN(TestTaxonomyBundle)
#include "TestTaxonomyBundle.moc"
