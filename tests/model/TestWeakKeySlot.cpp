#include "model/crypto/KeySlot.h"
#include "model/vault/Vault.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

Q_DECLARE_METATYPE(KdfParams)

/**
 * A key slot cheaper to attack than anything Waymark offers (the tests' own minimum cost) is reported at open
 * and raised to the recommended cost by the next passphrase change or rekey; a shipped cost is kept as chosen.
 */
class TestWeakKeySlot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void weakIsBelowTheCheapestShippedCost_data();
    void weakIsBelowTheCheapestShippedCost();
    void strengthenedRaisesOnlyWeakCostsAndNeverLowers_data();
    void strengthenedRaisesOnlyWeakCostsAndNeverLowers();
    void openReportsTheSlotsCost();
    void passphraseChangeRaisesAWeakSlot();
    void rekeyRaisesAWeakSlot();
    void passphraseChangeKeepsAShippedCost();

private:
    static std::unique_ptr<Vault> createWith(const QTemporaryDir &dir, const KdfParams &cost);
};

void TestWeakKeySlot::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

std::unique_ptr<Vault> TestWeakKeySlot::createWith(const QTemporaryDir &dir, const KdfParams &cost)
{
    VaultOptions options;
    options.kdf = cost;
    auto vault = Vault::create(Fixtures::pathIn(dir), Fixtures::passphrase(), options);
    return vault ? std::move(vault.value()) : nullptr;
}

void TestWeakKeySlot::weakIsBelowTheCheapestShippedCost_data()
{
    QTest::addColumn<KdfParams>("cost");
    QTest::addColumn<bool>("weak");
    const KdfParams interactive = KdfParams::interactive();
    QTest::addRow("minimum") << KdfParams::minimum() << true;
    QTest::addRow("interactive") << interactive << false;
    QTest::addRow("moderate") << KdfParams::moderate() << false;
    QTest::addRow("one pass fewer") << KdfParams{interactive.opsLimit - 1, interactive.memLimit} << true;
    QTest::addRow("less memory") << KdfParams{interactive.opsLimit, interactive.memLimit / 2} << true;
    QTest::addRow("unset") << KdfParams{} << true;
}

void TestWeakKeySlot::weakIsBelowTheCheapestShippedCost()
{
    QFETCH(KdfParams, cost);
    QFETCH(bool, weak);
    QCOMPARE(cost.isWeak(), weak);
}

void TestWeakKeySlot::strengthenedRaisesOnlyWeakCostsAndNeverLowers_data()
{
    QTest::addColumn<KdfParams>("cost");
    QTest::addColumn<KdfParams>("expected");
    const KdfParams moderate = KdfParams::moderate();
    QTest::addRow("minimum") << KdfParams::minimum() << moderate;
    QTest::addRow("interactive") << KdfParams::interactive() << KdfParams::interactive();
    QTest::addRow("moderate") << moderate << moderate;
    QTest::addRow("many passes, little memory") << KdfParams{moderate.opsLimit * 4, KdfParams::minimum().memLimit}
                                                << KdfParams{moderate.opsLimit * 4, moderate.memLimit};
    QTest::addRow("stronger than moderate") << KdfParams{moderate.opsLimit * 2, moderate.memLimit * 2}
                                            << KdfParams{moderate.opsLimit * 2, moderate.memLimit * 2};
}

void TestWeakKeySlot::strengthenedRaisesOnlyWeakCostsAndNeverLowers()
{
    QFETCH(KdfParams, cost);
    QFETCH(KdfParams, expected);
    const KdfParams result = cost.strengthened();
    QCOMPARE(result.opsLimit, expected.opsLimit);
    QCOMPARE(result.memLimit, expected.memLimit);
    QVERIFY(!result.isWeak());
}

void TestWeakKeySlot::openReportsTheSlotsCost()
{
    QTemporaryDir dir;
    QVERIFY(Fixtures::create(dir));
    auto vault = Vault::open(Fixtures::pathIn(dir), Fixtures::passphrase());
    QVERIFY(vault);
    QVERIFY(vault.value()->keySlotCost() == KdfParams::minimum());
    QVERIFY(vault.value()->keySlotCost().isWeak());
}

void TestWeakKeySlot::passphraseChangeRaisesAWeakSlot()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    {
        auto vault = Fixtures::create(dir);
        QVERIFY(vault);
        QVERIFY(vault->changePassphrase(Fixtures::passphrase(), Fixtures::passphrase("a new one")));
        QVERIFY(vault->keySlotCost() == KdfParams::recommended());
    }
    auto stored = KeySlot::paramsOf(Vault::slotPath(path));
    QVERIFY(stored);
    QCOMPARE(stored->opsLimit, KdfParams::recommended().opsLimit);
    QCOMPARE(stored->memLimit, KdfParams::recommended().memLimit);
    auto reopened = Vault::open(path, Fixtures::passphrase("a new one"));
    QVERIFY(reopened);
    QVERIFY(!reopened.value()->keySlotCost().isWeak());
}

void TestWeakKeySlot::rekeyRaisesAWeakSlot()
{
    QTemporaryDir dir;
    const QString path = Fixtures::pathIn(dir);
    {
        auto vault = Fixtures::create(dir);
        QVERIFY(vault);
        QVERIFY(vault->rekey(Fixtures::passphrase()));
        QVERIFY(vault->keySlotCost() == KdfParams::recommended());
    }
    auto stored = KeySlot::paramsOf(Vault::slotPath(path));
    QVERIFY(stored);
    QCOMPARE(stored->opsLimit, KdfParams::recommended().opsLimit);
    QCOMPARE(stored->memLimit, KdfParams::recommended().memLimit);
    QVERIFY(Vault::open(path, Fixtures::passphrase()));
}

void TestWeakKeySlot::passphraseChangeKeepsAShippedCost()
{
    // Interactive is a cost Waymark offers (for slow machines): a passphrase change keeps what was chosen.
    QTemporaryDir dir;
    auto vault = createWith(dir, KdfParams::interactive());
    QVERIFY(vault);
    QVERIFY(vault->changePassphrase(Fixtures::passphrase(), Fixtures::passphrase("a new one")));
    auto stored = KeySlot::paramsOf(Vault::slotPath(vault->path()));
    QVERIFY(stored);
    QCOMPARE(stored->opsLimit, KdfParams::interactive().opsLimit);
    QCOMPARE(stored->memLimit, KdfParams::interactive().memLimit);
}

QTEST_GUILESS_MAIN(TestWeakKeySlot)
#include "TestWeakKeySlot.moc"
