#include "model/matching/EscoImport.h"
#include "model/matching/TaxonomyStore.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Vault.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** ESCO's descriptions of skills and occupations: read when the release has them, and kept by the vault. */
class TestEscoImportDescriptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsSkillAndOccupationDescriptions();
    void readsReleaseWithoutDescriptionColumn();
    void storeKeepsDescriptions();
};

void TestEscoImportDescriptions::readsSkillAndOccupationDescriptions()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::writeEscoRelease(dir.path()));
    const Result<Taxonomy> taxonomy = EscoImport::read(dir.path());
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.ok() ? QString() : taxonomy.error().message));
    // A quoted field with a newline is read whole; a concept without one keeps an empty description.
    QCOMPARE(taxonomy->findConcept(QStringLiteral("esco:skill/s1"))->description,
             QStringLiteral("Drive a forklift, safely.\nTwo lines."));
    QCOMPARE(taxonomy->findConcept(QStringLiteral("esco:skill/s2"))->description, QString());
    // Still there after the broader link and the occupation's skills were set on copies.
    QCOMPARE(taxonomy->occupation(QStringLiteral("esco:occupation/o1"))->description, QStringLiteral("x"));
    QCOMPARE(taxonomy->occupation(QStringLiteral("esco:occupation/o2"))->description, QStringLiteral("y"));
}

void TestEscoImportDescriptions::readsReleaseWithoutDescriptionColumn()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::writeEscoRelease(dir.path()));
    QVERIFY(Fixtures::writeFile(dir.path() + QStringLiteral("/skills_en.csv"),
                                "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\n"
                                "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s1,skill/competence,"
                                "cross-sector,operate forklift,drive forklift\n"
                                "KnowledgeSkillCompetence,http://data.europa.eu/esco/skill/s2,knowledge,"
                                "sector-specific,warehouse operations,\n"));
    const Result<Taxonomy> taxonomy = EscoImport::read(dir.path());
    QVERIFY2(taxonomy.ok(), qPrintable(taxonomy.ok() ? QString() : taxonomy.error().message));
    QCOMPARE(taxonomy->findConcept(QStringLiteral("esco:skill/s1"))->preferredLabel,
             QStringLiteral("operate forklift"));
    QCOMPARE(taxonomy->findConcept(QStringLiteral("esco:skill/s1"))->description, QString());
}

void TestEscoImportDescriptions::storeKeepsDescriptions()
{
    QTemporaryDir vaultDir;
    auto vault = Fixtures::create(vaultDir);
    QVERIFY(vault);
    AuditLog audit(vault->database(), vault->deviceId(), QStringLiteral("admin"));
    QTemporaryDir dir;
    QVERIFY(Fixtures::writeEscoRelease(dir.path()));
    const Result<Taxonomy> taxonomy = EscoImport::read(dir.path());
    QVERIFY(taxonomy.ok());
    QVERIFY(TaxonomyStore::replace(vault->database(), audit, taxonomy.value()).ok());

    const Result<Taxonomy> loaded = TaxonomyStore::load(vault->database());
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->findConcept(QStringLiteral("esco:skill/s1"))->description,
             QStringLiteral("Drive a forklift, safely.\nTwo lines."));
    QCOMPARE(loaded->findConcept(QStringLiteral("esco:skill/s2"))->description, QString());
    QCOMPARE(loaded->occupation(QStringLiteral("esco:occupation/o1"))->description, QStringLiteral("x"));
}

QTEST_GUILESS_MAIN(TestEscoImportDescriptions)
#include "TestEscoImportDescriptions.moc"
