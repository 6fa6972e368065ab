#include "model/vault/AuditAction.h"
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
    void actionNamesKeepTheirStoredValues_data();
    void actionNamesKeepTheirStoredValues();

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

void TestAuditLog::actionNamesKeepTheirStoredValues_data()
{
    // Vaults already hold these values and each row's hash covers them: a renamed constant must not rename the value.
    QTest::addColumn<QString>("constant");
    QTest::addColumn<QString>("stored");
    QTest::addRow("vault_create") << QString(AuditAction::VaultCreate) << QStringLiteral("vault_create");
    QTest::addRow("unlock") << QString(AuditAction::Unlock) << QStringLiteral("unlock");
    QTest::addRow("lock") << QString(AuditAction::Lock) << QStringLiteral("lock");
    QTest::addRow("passphrase_change") << QString(AuditAction::PassphraseChange) << QStringLiteral("passphrase_change");
    QTest::addRow("rekey") << QString(AuditAction::Rekey) << QStringLiteral("rekey");
    QTest::addRow("create") << QString(AuditAction::Create) << QStringLiteral("create");
    QTest::addRow("update") << QString(AuditAction::Update) << QStringLiteral("update");
    QTest::addRow("delete") << QString(AuditAction::Delete) << QStringLiteral("delete");
    QTest::addRow("view_person") << QString(AuditAction::ViewPerson) << QStringLiteral("view_person");
    QTest::addRow("view_health") << QString(AuditAction::ViewHealth) << QStringLiteral("view_health");
    QTest::addRow("erase") << QString(AuditAction::Erase) << QStringLiteral("erase");
    QTest::addRow("export_person") << QString(AuditAction::ExportPerson) << QStringLiteral("export_person");
    QTest::addRow("import") << QString(AuditAction::Import) << QStringLiteral("import");
    QTest::addRow("import_bundle") << QString(AuditAction::ImportBundle) << QStringLiteral("import_bundle");
    QTest::addRow("quarantine_export") << QString(AuditAction::QuarantineExport) << QStringLiteral("quarantine_export");
    QTest::addRow("trust_add") << QString(AuditAction::TrustAdd) << QStringLiteral("trust_add");
    QTest::addRow("trust_remove") << QString(AuditAction::TrustRemove) << QStringLiteral("trust_remove");
    QTest::addRow("trust_rotate") << QString(AuditAction::TrustRotate) << QStringLiteral("trust_rotate");
    QTest::addRow("export_bundle") << QString(AuditAction::ExportBundle) << QStringLiteral("export_bundle");
    QTest::addRow("handover_export") << QString(AuditAction::HandoverExport) << QStringLiteral("handover_export");
    QTest::addRow("resolve_conflict") << QString(AuditAction::ResolveConflict) << QStringLiteral("resolve_conflict");
    QTest::addRow("erase_received") << QString(AuditAction::EraseReceived) << QStringLiteral("erase_received");
    QTest::addRow("taxonomy_replace") << QString(AuditAction::TaxonomyReplace) << QStringLiteral("taxonomy_replace");
    QTest::addRow("taxonomy_builtin") << QString(AuditAction::TaxonomyBuiltin) << QStringLiteral("taxonomy_builtin");
    QTest::addRow("demo_vacancies") << QString(AuditAction::DemoVacancies) << QStringLiteral("demo_vacancies");
    QTest::addRow("suggestion_accepted") << QString(AuditAction::SuggestionAccepted)
                                         << QStringLiteral("suggestion_accepted");
    QTest::addRow("suggestion_edited") << QString(AuditAction::SuggestionEdited) << QStringLiteral("suggestion_edited");
    QTest::addRow("suggestion_rejected") << QString(AuditAction::SuggestionRejected)
                                         << QStringLiteral("suggestion_rejected");
    QTest::addRow("suggestion_used_in_form")
        << QString(AuditAction::SuggestionUsedInForm) << QStringLiteral("suggestion_used_in_form");
    QTest::addRow("form_started") << QString(AuditAction::FormStarted) << QStringLiteral("form_started");
    QTest::addRow("form_discarded") << QString(AuditAction::FormDiscarded) << QStringLiteral("form_discarded");
    QTest::addRow("form_finished") << QString(AuditAction::FormFinished) << QStringLiteral("form_finished");
    QTest::addRow("form_pdf_saved_outside_vault")
        << QString(AuditAction::FormPdfSavedOutsideVault) << QStringLiteral("form_pdf_saved_outside_vault");
    QTest::addRow("form_printed") << QString(AuditAction::FormPrinted) << QStringLiteral("form_printed");
}

void TestAuditLog::actionNamesKeepTheirStoredValues()
{
    QFETCH(QString, constant);
    QFETCH(QString, stored);
    QCOMPARE(constant, stored);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
