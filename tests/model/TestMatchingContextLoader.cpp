#include "model/demo/DemoCaseload.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/matching/TaxonomyStore.h"
#include "model/session/MatchingContextLoader.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The matching context read on a worker through a second connection, so the window never waits for it. */
class TestMatchingContextLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void readsOnAWorkerAndKeepsTheResult();
    void askingWhileReadingWaitsForTheSameRead();
    void invalidatingReadsTheVacanciesAgain();
    void readsWhileTheWindowWrites();
    void readsAfterTheKeyIsReplaced();
    void stopEndsTheReadBeforeALock();
    void withoutATaxonomyMatchingSaysSo();

private:
    int openVacancies(MatchingContextLoader &loader);
    /** The vault's taxonomy as a normaliser, built once, as the window keeps it; counts the times asked. */
    MatchingContextLoader::NormaliserSource normaliserSource();
    std::shared_ptr<const SkillNormaliser> m_normaliser;
    int m_normaliserAsked = 0;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestMatchingContextLoader::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 3000, 5));
}

MatchingContextLoader::NormaliserSource TestMatchingContextLoader::normaliserSource()
{
    return [this]() -> std::shared_ptr<const SkillNormaliser> {
        ++m_normaliserAsked;
        if (!m_normaliser) {
            auto taxonomy = TaxonomyStore::load(m_vault->database());
            if (taxonomy)
                m_normaliser = std::make_shared<const SkillNormaliser>(
                    std::make_shared<const Taxonomy>(std::move(taxonomy).value()));
        }
        return m_normaliser;
    };
}

void TestMatchingContextLoader::cleanup()
{
    m_normaliser.reset();
    m_normaliserAsked = 0;
    m_vault.reset();
    m_dir.reset();
}

int TestMatchingContextLoader::openVacancies(MatchingContextLoader &loader)
{
    auto context = loader.context();
    return context ? int(context.value()->index().size()) : -1;
}

void TestMatchingContextLoader::readsOnAWorkerAndKeepsTheResult()
{
    MatchingContextLoader loader(*m_vault, normaliserSource());
    QSignalSpy finished(&loader, &MatchingContextLoader::finished);
    QVERIFY(!loader.readyOrStart()); // reading has started on a worker
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(loader.readyOrStart());
    const int open = openVacancies(loader);
    QVERIFY2(open > 2000, qPrintable(QString::number(open))); // most synthetic vacancies are open
    // The same context each time: nothing is read again until invalidate().
    QCOMPARE(loader.context().value().get(), loader.context().value().get());
    // The taxonomy is not read a second time on the worker: matching uses the window's normaliser.
    QCOMPARE(&loader.context().value()->normaliser(), m_normaliser.get());
    QCOMPARE(m_normaliserAsked, 1);
    QVERIFY(loader.readyOrStart());
    QCOMPARE(finished.count(), 1);
}

void TestMatchingContextLoader::askingWhileReadingWaitsForTheSameRead()
{
    MatchingContextLoader loader(*m_vault, normaliserSource());
    QSignalSpy finished(&loader, &MatchingContextLoader::finished);
    QVERIFY(!loader.readyOrStart());
    const auto first = loader.context(); // waits for the worker rather than reading a second time
    QVERIFY(first);
    QVERIFY(first.value()->index().size() > 2000);
    // The watcher's own notice arrives later and neither replaces the result nor announces it again.
    QTest::qWait(50);
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    QCOMPARE(loader.context().value().get(), first.value().get());
}

void TestMatchingContextLoader::invalidatingReadsTheVacanciesAgain()
{
    MatchingContextLoader loader(*m_vault, normaliserSource());
    const int before = openVacancies(loader);
    QVERIFY(before > 2000);
    // An import withdraws half of them: what was read is kept until the window says it is out of date.
    QVERIFY(m_vault->database().exec("UPDATE vacancies SET withdrawn = 1 WHERE row % 2 = 0"));
    QVERIFY(loader.readyOrStart());
    QCOMPARE(openVacancies(loader), before);
    loader.invalidate();
    QVERIFY(!loader.readyOrStart()); // reading again, on a worker
    // A second import overtakes that read: it is stopped and its answer dropped.
    loader.invalidate();
    QVERIFY(!loader.isReading());
    const int after = openVacancies(loader);
    QVERIFY2(after > 0 && after < before * 2 / 3, qPrintable(QStringLiteral("%1 then %2").arg(before).arg(after)));
}

void TestMatchingContextLoader::readsWhileTheWindowWrites()
{
    // The worker's connection reads a snapshot while this thread's connection writes (write-ahead log).
    MatchingContextLoader loader(*m_vault, normaliserSource());
    QSignalSpy finished(&loader, &MatchingContextLoader::finished);
    QVERIFY(!loader.readyOrStart());
    for (int i = 0; i < 20; ++i)
        QVERIFY(m_vault->records().createPerson({{"given_name", "Writer"}, {"family_name", QString::number(i)}}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(loader.context());
    QVERIFY(openVacancies(loader) > 2000);
}

void TestMatchingContextLoader::readsAfterTheKeyIsReplaced()
{
    // The second connection opens with the database's current key, so a rekey must hand it the new one.
    QVERIFY(m_vault->rekey(Fixtures::passphrase()));
    MatchingContextLoader loader(*m_vault, normaliserSource());
    QSignalSpy finished(&loader, &MatchingContextLoader::finished);
    QVERIFY2(!loader.readyOrStart(), "the read connection did not open with the new key");
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY(openVacancies(loader) > 2000);
}

void TestMatchingContextLoader::stopEndsTheReadBeforeALock()
{
    auto loader = std::make_unique<MatchingContextLoader>(*m_vault, normaliserSource());
    QSignalSpy finished(loader.get(), &MatchingContextLoader::finished);
    QVERIFY(!loader->readyOrStart());
    loader->stop();
    QVERIFY(!loader->isReading());
    // The vault can lock now: its key and connection go, and nothing on a worker still uses them.
    m_vault.reset();
    QCoreApplication::processEvents();
    QCOMPARE(finished.count(), 0);
    loader.reset();
}

void TestMatchingContextLoader::withoutATaxonomyMatchingSaysSo()
{
    MatchingContextLoader loader(*m_vault, [] { return std::shared_ptr<const SkillNormaliser>(); });
    QVERIFY(loader.readyOrStart()); // nothing to read on a worker
    const auto context = loader.context();
    QVERIFY(!context);
    QVERIFY(context.error().message.contains(QStringLiteral("taxonomy")));
}

QTEST_GUILESS_MAIN(TestMatchingContextLoader)
#include "TestMatchingContextLoader.moc"
