#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The audit chain: every change is logged, no values are, and tampering shows at the first broken link. */
class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void logsChangesWithoutValues();
    void intactChainVerifies();
    void detectsChangedRow();
    void detectsRemovedRow();
    void detectsRemovedLastRow();
    void refusesUpdateThroughSql();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    void dropGuards();
};

void TestAuditLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
    auto id = m_vault->records().createPerson({{"given_name", "Gwen"}, {"family_name", "SECRETSURNAME"}});
    QVERIFY(id);
    QVERIFY(m_vault->records().add(id.value(), Kinds::Note, {{"text", "SECRETNOTE"}}));
    QVERIFY(m_vault->records().recordView(id.value()));
    QVERIFY(m_vault->records().update(id.value(), {{"preferred_name", "SECRETPREFERRED"}}));
}

void TestAuditLog::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestAuditLog::dropGuards()
{
    // An attacker with the key could drop the triggers; the chain must still show what they did.
    QVERIFY(m_vault->database().exec("DROP TRIGGER audit_no_update; DROP TRIGGER audit_no_delete;"));
}

void TestAuditLog::logsChangesWithoutValues()
{
    auto entries = m_vault->audit().entries();
    QVERIFY(entries);
    QStringList actions;
    for (const AuditEntry &e : entries.value()) {
        actions.prepend(e.action);
        for (const QString &text : {e.object, e.detail, e.actor}) {
            QVERIFY(!text.contains("SECRET"));
        }
    }
    QCOMPARE(actions, (QStringList{"vault_create", "create", "create", "view_person", "update"}));
    QCOMPARE(entries->first().detail, QStringLiteral("person:preferred_name"));
}

void TestAuditLog::intactChainVerifies()
{
    auto result = m_vault->audit().verify();
    QVERIFY(result);
    QVERIFY2(result->intact(), qPrintable(result->problem));
    QCOMPARE(result->rowsChecked, qint64(5));
}

void TestAuditLog::detectsChangedRow()
{
    dropGuards();
    QVERIFY(m_vault->database().exec("UPDATE audit SET action = 'view_person' WHERE seq = 3"));
    auto result = m_vault->audit().verify();
    QVERIFY(!result->intact());
    QCOMPARE(result->firstBrokenSeq, qint64(3));
    QVERIFY(!result->problem.isEmpty());
}

void TestAuditLog::detectsRemovedRow()
{
    dropGuards();
    QVERIFY(m_vault->database().exec("DELETE FROM audit WHERE seq = 2"));
    auto result = m_vault->audit().verify();
    QCOMPARE(result->firstBrokenSeq, qint64(2));
}

void TestAuditLog::detectsRemovedLastRow()
{
    dropGuards();
    QVERIFY(m_vault->database().exec("DELETE FROM audit WHERE seq = 5"));
    auto result = m_vault->audit().verify();
    QCOMPARE(result->firstBrokenSeq, qint64(5));
}

void TestAuditLog::refusesUpdateThroughSql()
{
    QVERIFY(!m_vault->database().exec("UPDATE audit SET actor = 'someone else'"));
    QVERIFY(!m_vault->database().exec("DELETE FROM audit"));
    QVERIFY(m_vault->audit().verify()->intact());
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
