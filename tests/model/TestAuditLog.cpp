#include "model/core/SecureBytes.h"
#include "model/crypto/KeySlot.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

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
    void cutTailIsFoundAtTheNextOpen();
    void headLeftBehindByACrashIsNotACut();
    void rewrittenHeadIsFoundAtTheNextOpen();
    void keyedChainCannotBeRechainedWithoutTheKey();
    void chainKeySurvivesRekey();
    void actionNamesKeepTheirStoredValues_data();
    void actionNamesKeepTheirStoredValues();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    void dropGuards();
    /** Locks the vault and opens its database as someone holding the key would, behind Waymark's back. */
    std::unique_ptr<Database> lockAndOpenRaw();
    void reopen();
};

namespace
{
    // The link every row had before schema 16, as anyone can compute it: BLAKE2b over the row and the previous link.
    QByteArray plainLink(const QByteArray &previous, Statement &row)
    {
        QByteArray bytes = previous;
        bytes.append(QByteArray::number(row.integer(0))).append(';');
        for (int column = 1; column <= 6; ++column) {
            const QByteArray utf8 = row.text(column).toUtf8();
            if (column == 6 && utf8.isEmpty())
                break;
            bytes.append(QByteArray::number(utf8.size())).append(':').append(utf8);
        }
        return Crypto::hash(bytes, 32);
    }
} // namespace

std::unique_ptr<Database> TestAuditLog::lockAndOpenRaw()
{
    m_vault.reset();
    const QString path = Fixtures::pathIn(*m_dir);
    auto key = KeySlot::unwrap(Vault::slotPath(path), Fixtures::passphrase());
    if (!key)
        return nullptr;
    auto db = Database::open(Vault::databasePath(path), key.value(), false);
    return db ? std::move(db.value()) : nullptr;
}

void TestAuditLog::reopen()
{
    auto vault = Vault::open(Fixtures::pathIn(*m_dir), Fixtures::passphrase());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    m_vault = std::move(vault.value());
}

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

void TestAuditLog::cutTailIsFoundAtTheNextOpen()
{
    // Entries 1-5 from init(), 6 the lock. Someone with the key removes 4-6 and puts the delete trigger back; the
    // head kept in meta still says 6. Opening used to chain `unlock` from entry 3 and move the head over the gap.
    {
        auto db = lockAndOpenRaw();
        QVERIFY(db);
        QVERIFY(db->exec("DROP TRIGGER audit_no_delete; DELETE FROM audit WHERE seq > 3; "
                         "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
                         "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;"));
    }
    reopen();
    auto result = m_vault->audit().verify();
    QVERIFY(result);
    QVERIFY(!result->intact());
    QCOMPARE(result->firstBrokenSeq, qint64(0)); // the links themselves are whole: only the record tells
    QCOMPARE(result->cuts.size(), 1);
    QCOMPARE(result->cuts.first().lastKept, qint64(3));
    QCOMPARE(result->cuts.first().missing, qint64(3));
    QCOMPARE(result->cuts.first().seq, qint64(4));
    QVERIFY2(result->problems().first().contains("3 entries after entry 3 were removed"),
             qPrintable(result->problems().first()));
    auto entries = m_vault->audit().entries();
    QCOMPARE(entries->at(1).action, QString(AuditAction::AuditTailCut));
    QCOMPARE(entries->at(0).action, QString(AuditAction::Unlock));

    // The record is part of the chain, so the problem stays reported after later opens and by the vault check.
    m_vault.reset();
    reopen();
    QCOMPARE(m_vault->audit().verify()->cuts.size(), 1);
    auto problems = m_vault->integrityCheck();
    QVERIFY(problems);
    QCOMPARE(problems->size(), 1);
    QVERIFY(problems->first().contains("cut"));
}

void TestAuditLog::headLeftBehindByACrashIsNotACut()
{
    // Row and head are separate writes outside a transaction: a crash between them leaves the head one behind,
    // still naming an entry that is there as it was. That is not a removal.
    {
        auto db = lockAndOpenRaw();
        QVERIFY(db);
        Statement row = db->prepare("SELECT hash FROM audit WHERE seq = 5");
        QVERIFY(row.next());
        Statement head = db->prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'");
        head.bind(1, QStringLiteral("5:") + QString::fromLatin1(row.blob(0).toHex()));
        QVERIFY(head.exec());
    }
    reopen();
    auto result = m_vault->audit().verify();
    QVERIFY2(result->intact(), qPrintable(result->problems().join('\n')));
}

void TestAuditLog::rewrittenHeadIsFoundAtTheNextOpen()
{
    // The head names an entry that is there, but with another link: the log was rewritten from there on.
    {
        auto db = lockAndOpenRaw();
        QVERIFY(db);
        QVERIFY(db->exec("UPDATE meta SET value = '5:00' WHERE key = 'audit_head'"));
    }
    reopen();
    auto result = m_vault->audit().verify();
    QCOMPARE(result->cuts.size(), 1);
    QCOMPARE(result->cuts.first().missing, qint64(0));
    QVERIFY2(result->problems().first().contains("removed or rewritten"), qPrintable(result->problems().first()));
}

void TestAuditLog::keyedChainCannotBeRechainedWithoutTheKey()
{
    // The attack a plain hash chain allows: change an entry, then recompute every link after it and the head.
    QCOMPARE(m_vault->audit().chain().keyedFrom(), qint64(1));
    auto db = lockAndOpenRaw();
    QVERIFY(db);
    QVERIFY(db->exec("DROP TRIGGER audit_no_update; UPDATE audit SET action = 'lock' WHERE seq = 4;"));
    QByteArray previous(32, '\0');
    qint64 last = 0;
    {
        Statement rows = db->prepare("SELECT seq, ts, actor, device, action, object, detail FROM audit ORDER BY seq");
        while (rows.next()) {
            const QByteArray link = plainLink(previous, rows);
            Statement fix = db->prepare("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?");
            fix.bind(1, previous).bind(2, link).bind(3, rows.integer(0));
            QVERIFY(fix.exec());
            previous = link;
            last = rows.integer(0);
        }
    }
    {
        Statement head = db->prepare("UPDATE meta SET value = ? WHERE key = 'audit_head'");
        head.bind(1, QString::number(last) + QLatin1Char(':') + QString::fromLatin1(previous.toHex()));
        QVERIFY(head.exec());
    }
    db.reset();

    reopen();
    auto result = m_vault->audit().verify();
    QVERIFY(!result->intact());
    QCOMPARE(result->firstBrokenSeq, qint64(1)); // no link recomputed without the key is one the chain accepts
}

void TestAuditLog::chainKeySurvivesRekey()
{
    QVERIFY(m_vault->rekey(Fixtures::passphrase()));
    QVERIFY(m_vault->records().createPerson({{"given_name", "Iolo"}, {"family_name", "Rees"}}));
    m_vault.reset();
    reopen();
    auto result = m_vault->audit().verify();
    QVERIFY2(result->intact(), qPrintable(result->problems().join('\n')));
    QVERIFY(result->rowsChecked > 8);
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
    QTest::addRow("audit_tail_cut") << QString(AuditAction::AuditTailCut) << QStringLiteral("audit_tail_cut");
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
    QTest::addRow("fairness_check") << QString(AuditAction::FairnessCheck) << QStringLiteral("fairness_check");
    QTest::addRow("suggestion_shown") << QString(AuditAction::SuggestionShown) << QStringLiteral("suggestion_shown");
    QTest::addRow("suggestion_accepted") << QString(AuditAction::SuggestionAccepted)
                                         << QStringLiteral("suggestion_accepted");
    QTest::addRow("suggestion_edited") << QString(AuditAction::SuggestionEdited) << QStringLiteral("suggestion_edited");
    QTest::addRow("suggestion_rejected") << QString(AuditAction::SuggestionRejected)
                                         << QStringLiteral("suggestion_rejected");
    QTest::addRow("suggestion_used_in_form")
        << QString(AuditAction::SuggestionUsedInForm) << QStringLiteral("suggestion_used_in_form");
    QTest::addRow("suggestion_disputed") << QString(AuditAction::SuggestionDisputed)
                                         << QStringLiteral("suggestion_disputed");
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
