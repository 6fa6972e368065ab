#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/demo/DemoCaseload.h"
#include "model/forms/FormCatalogue.h"
#include "model/forms/FormStore.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/notes/NoteExtractor.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/VaultServices.h"
#include "model/session/VaultSession.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The one service graph of an unlocked vault, shared by the GUI and waymark-cli. */
class TestVaultServices : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsTheTaxonomyOnceForEveryService();
    void aVaultWithoutAnImportedTaxonomyUsesTheBuiltInOne();
    void anUnreadableStoredTaxonomyIsDamageNotAFallback();
    void droppingImportedDataReadsAgainAndSaysSo();
    void offersTheStoresWidgetsAndCommandsNeed();
    void matchesAPersonThroughTheSharedContext();
    void theSessionCreatesServicesOnUnlockAndDropsThemOnLock();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestVaultServices::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
}

void TestVaultServices::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestVaultServices::readsTheTaxonomyOnceForEveryService()
{
    VaultServices services(*m_vault);
    auto first = services.normaliser();
    auto second = services.normaliser();
    QVERIFY(first);
    QVERIFY(second);
    QCOMPARE(first.value().get(), second.value().get());

    auto extractor = services.noteExtractor();
    QVERIFY(extractor);
    QCOMPARE(services.noteExtractor().value().get(), extractor.value().get());

    // Matching uses the same normaliser, so the notes and the matches agree on what a skill is.
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 50, 3));
    auto context = services.matchingContexts().context();
    QVERIFY2(context, qPrintable(context ? QString() : context.error().message));
    QCOMPARE(&context.value()->normaliser(), first.value().get());
}

void TestVaultServices::aVaultWithoutAnImportedTaxonomyUsesTheBuiltInOne()
{
    VaultServices services(*m_vault);
    auto normaliser = services.normaliser();
    QVERIFY(normaliser);
    auto builtIn = Taxonomy::builtIn();
    QVERIFY(builtIn);
    QCOMPARE(normaliser.value()->taxonomy().source(), builtIn->source());
}

void TestVaultServices::anUnreadableStoredTaxonomyIsDamageNotAFallback()
{
    // The vault says it holds an imported taxonomy, but its concepts cannot be read.
    QVERIFY(m_vault->database().exec("INSERT INTO taxonomy_info (key, value) VALUES ('source', 'ESCO v1.1.1')"));
    QVERIFY(m_vault->database().exec("ALTER TABLE taxonomy_concepts RENAME TO taxonomy_concepts_lost"));

    VaultServices services(*m_vault);
    auto normaliser = services.normaliser();
    QVERIFY(!normaliser);
    QCOMPARE(normaliser.error().code, ErrorCode::Damaged);
    QCOMPARE(normaliser.error().message, VaultServices::taxonomyUnreadableMessage());
    // Everything built on the taxonomy says the same, rather than quietly using the built-in one.
    QVERIFY(!services.noteExtractor());
    QVERIFY(!services.matchingContexts().context());
    QVERIFY(!services.workHistorySuggestions(QStringLiteral("nobody")));
}

void TestVaultServices::droppingImportedDataReadsAgainAndSaysSo()
{
    VaultServices services(*m_vault);
    QSignalSpy dropped(&services, &VaultServices::importedDataDropped);
    auto before = services.normaliser();
    auto catalogueBefore = services.formCatalogue();
    QVERIFY(before);
    QVERIFY(catalogueBefore);
    const SkillNormaliser *old = before.value().get();

    services.dropImportedData();
    QCOMPARE(dropped.count(), 1);
    auto after = services.normaliser();
    QVERIFY(after);
    QVERIFY(after.value().get() != old);
    QVERIFY(services.formCatalogue().value().get() != catalogueBefore.value().get());
}

void TestVaultServices::offersTheStoresWidgetsAndCommandsNeed()
{
    VaultServices services(*m_vault);
    QVERIFY(services.formStore());
    QVERIFY(services.trustStore());
    QVERIFY(services.bundleImporter());
    auto catalogue = services.formCatalogue();
    QVERIFY(catalogue);
    QVERIFY(!catalogue.value()->latest().isEmpty());
}

void TestVaultServices::matchesAPersonThroughTheSharedContext()
{
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 200, 3));
    QVERIFY(DemoCaseload::generate(*m_vault, 3));
    auto people = m_vault->records().caseload();
    QVERIFY(people);
    QVERIFY(!people.value().isEmpty());

    VaultServices services(*m_vault);
    auto profile = services.matchProfile(people.value().first().id);
    QVERIFY2(profile, qPrintable(profile ? QString() : profile.error().message));
    QVERIFY(!profile.value().skills.isEmpty());
    QVERIFY(services.workHistorySuggestions(people.value().first().id));
}

void TestVaultServices::theSessionCreatesServicesOnUnlockAndDropsThemOnLock()
{
    const QString path = m_vault->path();
    m_vault.reset();
    VaultSession session;
    session.setPath(path);
    QCOMPARE(session.services(), nullptr);
    QVERIFY(session.unlock(Fixtures::passphrase()));
    QVERIFY(session.services());
    QCOMPARE(&session.services()->vault(), session.vault());
    session.lock();
    QCOMPARE(session.services(), nullptr);
}

QTEST_GUILESS_MAIN(TestVaultServices)
#include "TestVaultServices.moc"
