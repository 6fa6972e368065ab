#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/core/HybridClock.h"
#include "model/crypto/SigningKey.h"
#include "model/io/PayloadArchive.h"
#include "model/session/BundleHandlers.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Caseloads between devices: consent-filtered export, field-level merge, conflicts, receipts, order-independence. */
class TestCaseloadSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void exportLeavesOutWhatHasNoConsent();
    void mergesAndIsIdempotent();
    void lostReceiptIsMadeAgain();
    void onlyReceiptMarksDelivered();
    void concurrentEditsKeepConflict();
    void handoverMovesOwner();
    void mergeOrderDoesNotMatter_data();
    void mergeOrderDoesNotMatter();
    void recipientIsTheOnlyReader();
    void erasureReachesOtherDevice();
    void laterEditsDoNotResurrectErased();
    void erasureImportIsIdempotent();
    void erasureWinsInEitherOrder();
    void readsBundlesFromBuildsBeforeErasures();
    void bundleCannotRewriteKeptRecords();
    void stampsAreCheckedBeforeTheyCount();
    void refusesCaseloadNotEncryptedForThisDevice();
    void fieldValuesLoseEscapesAndKeepLines();
    void bundlesAndReceiptsCarryTheSendersAuditHead();
    void refusesAMalformedAuditHead();

private:
    static void pair(Vault &a, Vault &b);
    static Result<ImportSummary> import(Vault &vault, const QByteArray &bundle);
    static QByteArray fieldsDigest(Vault &vault);
    /** The plain payload of a bundle, opened as its recipient would. */
    static QByteArray payloadOf(Vault &recipient, const QByteArray &bundle);
    static qint64 recordsOf(Vault &vault, const QString &personId);
    /** A caseload/2 bundle from the GP's device to the coach's carrying exactly `items`, as a rogue device might. */
    QByteArray craftedBundle(const QVector<CaseloadBundle::Item> &items,
                             quint64 sequence,
                             const QVector<CaseloadBundle::Erasure> &erasures = {}) const;
    /**
     * Closes `hub`, copies it, and imports `a` then `b` into it and `b` then `a` into the copy, so a test
     * can compare the two orders. Both stay open in `first` and `second`.
     */
    void importBothOrders(std::unique_ptr<Vault> &hub,
                          const QByteArray &a,
                          const QByteArray &b,
                          std::unique_ptr<Vault> &first,
                          std::unique_ptr<Vault> &second);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_gp;
    std::unique_ptr<Vault> m_coach;
    QString m_personId;
};

void TestCaseloadSync::pair(Vault &a, Vault &b)
{
    // Each learns the other's device key, as an admin would after comparing fingerprints.
    for (auto [from, to] : {std::pair<Vault *, Vault *>{&a, &b}, std::pair<Vault *, Vault *>{&b, &a}}) {
        const QByteArray key = from->devicePublicKey();
        CaseloadSync sync(*to);
        QVERIFY(sync.addPeer(
            {Minisign::keyIdFor(key), key}, from->ownerName(), from->setting(), Minisign::fingerprint(key)));
    }
}

Result<ImportSummary> TestCaseloadSync::import(Vault &vault, const QByteArray &bundle)
{
    return BundleHandlers::makeImporter(vault)->importBytes(bundle);
}

void TestCaseloadSync::importBothOrders(std::unique_ptr<Vault> &hub,
                                        const QByteArray &a,
                                        const QByteArray &b,
                                        std::unique_ptr<Vault> &first,
                                        std::unique_ptr<Vault> &second)
{
    hub.reset();
    QVERIFY(Fixtures::copyFolder(Fixtures::pathIn(*m_dir, "hub"), m_dir->filePath("hub2.waymark")));
    QFile::remove(m_dir->filePath("hub2.waymark/.lock"));
    auto one = Vault::open(Fixtures::pathIn(*m_dir, "hub"), Fixtures::passphrase());
    auto two = Vault::open(m_dir->filePath("hub2.waymark"), Fixtures::passphrase());
    QVERIFY(one && two);
    first = std::move(one).value();
    second = std::move(two).value();
    QVERIFY(import(*first, a));
    QVERIFY(import(*first, b));
    QVERIFY(import(*second, b));
    QVERIFY(import(*second, a));
}

QByteArray TestCaseloadSync::fieldsDigest(Vault &vault)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    Statement rows = vault.database().prepare(
        "SELECT f.record_id, f.name, f.value, f.hlc, r.deleted FROM fields f JOIN records r ON r.id = f.record_id "
        "ORDER BY f.record_id, f.name");
    while (rows.next()) {
        for (int c = 0; c < 5; ++c)
            hash.addData(QByteArray(rows.text(c).toUtf8() + '\x1f'));
    }
    Statement erasures =
        vault.database().prepare("SELECT person_id, hlc, device FROM person_erasures ORDER BY person_id");
    while (erasures.next()) {
        for (int c = 0; c < 3; ++c)
            hash.addData(QByteArray(erasures.text(c).toUtf8() + '\x1e'));
    }
    return hash.result();
}

QByteArray TestCaseloadSync::payloadOf(Vault &recipient, const QByteArray &bundle)
{
    TrustStore trust(recipient.database(), recipient.audit());
    auto authentic = BundleFile::authenticate(bundle, trust.lookup(), QDateTime::currentSecsSinceEpoch());
    if (!authentic)
        return {};
    const SigningKey device = SigningKey::fromSecret(std::move(recipient.deviceSecretKey().value()));
    const SecureBytes secret = device.encryptionSecretKey();
    auto payload = BundleFile::openPayload(authentic.value(), device.encryptionPublicKey(), &secret);
    return payload ? payload.value() : QByteArray();
}

qint64 TestCaseloadSync::recordsOf(Vault &vault, const QString &personId)
{
    Statement count = vault.database().prepare("SELECT count(*) FROM records WHERE person_id = ?");
    count.bind(1, personId);
    return count.next() ? count.integer(0) : -1;
}

QString peerId(Vault &vault)
{
    return Minisign::keyIdHex(Minisign::keyIdFor(vault.devicePublicKey()));
}

void TestCaseloadSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_gp = Fixtures::create(*m_dir, "gp", VaultSetting::GpPractice);
    m_coach = Fixtures::create(*m_dir, "coach", VaultSetting::WorkCoach);
    pair(*m_gp, *m_coach);
    m_personId = m_gp->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}).value();
    QVERIFY(m_gp->records().add(m_personId, Kinds::Note, {{"text", "Discussed phased return"}}));
    QVERIFY(m_gp->records().add(m_personId, Kinds::HealthCondition, {{"description", "Back pain"}}));
    QVERIFY(m_gp->records().add(m_personId, Kinds::JobGoal, {{"title", "Warehouse operative"}}));
}

void TestCaseloadSync::cleanup()
{
    m_gp.reset();
    m_coach.reset();
    m_dir.reset();
}

void TestCaseloadSync::exportLeavesOutWhatHasNoConsent()
{
    CaseloadSync sync(*m_gp);
    auto preview = sync.preview(peerId(*m_coach));
    QVERIFY(preview);
    QCOMPARE(preview->size(), 1);
    QVERIFY(preview->first().sectionsIncluded.contains("Job goals"));
    QVERIFY(preview->first().sectionsWithheld.contains("Notes"));
    QVERIFY(preview->first().sectionsWithheld.contains("Conditions affecting work"));

    QVERIFY(import(*m_coach, sync.exportFor(peerId(*m_coach)).value()));
    QCOMPARE(m_coach->records().list(m_personId, Kinds::JobGoal)->size(), 1);
    QCOMPARE(m_coach->records().list(m_personId, Kinds::Note)->size(), 0);
    QCOMPARE(m_coach->records().list(m_personId, Kinds::HealthCondition)->size(), 0);

    // With consent recorded, the next export carries them.
    QVERIFY(
        m_gp->records().add(m_personId, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
    QVERIFY(m_gp->records().add(
        m_personId, Kinds::Consent, {{"purpose", "share_with_coach"}, {"agreed_on", "2026-01-01"}}));
    auto full = sync.preview(peerId(*m_coach));
    QVERIFY(full->first().sectionsIncluded.contains("Conditions affecting work"));
    QVERIFY(full->first().sectionsWithheld.isEmpty());
}

void TestCaseloadSync::mergesAndIsIdempotent()
{
    const QByteArray bundle = CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value();
    auto summary = import(*m_coach, bundle);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 2); // the person and the job goal
    QCOMPARE(m_coach->records().caseload()->size(), 1);
    // The same file again changes nothing but the audit log (its receipt is made again: lostReceiptIsMadeAgain).
    const QByteArray before = Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"});
    auto repeat = import(*m_coach, bundle);
    QVERIFY(repeat);
    QVERIFY(repeat->alreadyImported);
    QCOMPARE(repeat->added + repeat->changed + repeat->conflicts, 0);
    QCOMPARE(Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"}), before);
}

void TestCaseloadSync::lostReceiptIsMadeAgain()
{
    CaseloadSync sender(*m_gp);
    const QByteArray bundle = sender.exportFor(peerId(*m_coach)).value();
    auto first = import(*m_coach, bundle);
    QVERIFY(first);
    QVERIFY(!first->maxHlc.isEmpty());
    const QByteArray kept = Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"});
    const qint64 audited = m_coach->audit().entries({}, 100000)->size();

    // The import committed and the process died before its receipt was written: the same file again.
    auto again = import(*m_coach, bundle);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QVERIFY(again->alreadyImported);
    QCOMPARE(again->bundleId, first->bundleId);
    QCOMPARE(again->maxHlc, first->maxHlc);
    QVERIFY(again->text().contains("already imported"));
    QCOMPARE(Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"}), kept); // no second import recorded
    const auto entries = m_coach->audit().entries({}, 100000).value();
    QCOMPARE(entries.size(), audited + 1);
    QCOMPARE(entries.first().action, QStringLiteral("receipt_remade"));

    // The receipt made again is one the sender accepts: its changes count as delivered.
    QCOMPARE(sender.preview(peerId(*m_coach))->size(), 1);
    auto receipt = CaseloadSync(*m_coach).receiptFor(again->bundleId, again->maxHlc);
    QVERIFY(receipt);
    auto delivered = import(*m_gp, receipt.value());
    QVERIFY2(delivered, delivered ? "" : qPrintable(delivered.error().message));
    QCOMPARE(delivered->rejected, 0);
    QCOMPARE(sender.preview(peerId(*m_coach))->size(), 0);
}

void TestCaseloadSync::onlyReceiptMarksDelivered()
{
    CaseloadSync sender(*m_gp);
    auto first = sender.exportFor(peerId(*m_coach));
    auto again = sender.preview(peerId(*m_coach));
    QCOMPARE(again->size(), 1); // exporting alone marks nothing delivered
    auto summary = import(*m_coach, first.value());
    QVERIFY(summary);
    auto receipt = CaseloadSync(*m_coach).receiptFor(summary->bundleId, summary->maxHlc);
    QVERIFY(receipt);
    QVERIFY(import(*m_gp, receipt.value()));
    QCOMPARE(sender.preview(peerId(*m_coach))->size(), 0);
    QVERIFY(m_gp->records().update(m_personId, {{"preferred_name", "Sia"}}));
    auto next = sender.preview(peerId(*m_coach));
    QCOMPARE(next->size(), 1);
    QCOMPARE(next->first().records, 1);
}

void TestCaseloadSync::concurrentEditsKeepConflict()
{
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QVERIFY(m_coach->records().update(m_personId, {{"preferred_name", "Coach's choice"}}));
    QTest::qWait(5);
    QVERIFY(m_gp->records().update(m_personId, {{"preferred_name", "GP's choice"}}));
    auto summary = import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value());
    QVERIFY(summary);
    QCOMPARE(summary->conflicts, 1);
    QCOMPARE(m_coach->records().get(m_personId)->value("preferred_name"), QStringLiteral("GP's choice"));
    CaseloadSync sync(*m_coach);
    auto conflicts = sync.conflicts();
    QCOMPARE(conflicts->size(), 1);
    QCOMPARE(conflicts->first().otherValue, QStringLiteral("Coach's choice"));
    QCOMPARE(conflicts->first().otherDevice, peerId(*m_coach)); // the losing value was this device's own
    QVERIFY(sync.resolveConflict(conflicts->first().id, true));
    QCOMPARE(m_coach->records().get(m_personId)->value("preferred_name"), QStringLiteral("Coach's choice"));
    QCOMPARE(sync.conflicts()->size(), 0);
}

void TestCaseloadSync::handoverMovesOwner()
{
    auto bundle = CaseloadSync(*m_gp).exportFor(peerId(*m_coach), {m_personId}, true);
    QVERIFY(bundle);
    QCOMPARE(m_gp->records().get(m_personId)->value("owner"), m_coach->ownerName());
    QVERIFY(import(*m_coach, bundle.value()));
    QCOMPARE(m_coach->records().get(m_personId)->value("owner"), m_coach->ownerName());
    QCOMPARE(m_gp->audit().entries(peerId(*m_coach))->first().action, QStringLiteral("handover_export"));
}

void TestCaseloadSync::mergeOrderDoesNotMatter_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed = 1; seed <= 12; ++seed)
        QTest::addRow("history %u", seed) << seed;
}

void TestCaseloadSync::mergeOrderDoesNotMatter()
{
    // Two senders edit the same people at random; a third device merges A then B, a copy of it B then A.
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    auto hub = Fixtures::create(*m_dir, "hub", VaultSetting::WorkCoach);
    pair(*m_gp, *hub);
    pair(*m_coach, *hub);
    QVERIFY(m_gp->records().add(
        m_personId, Kinds::Consent, {{"purpose", "share_with_coach"}, {"agreed_on", "2026-01-01"}}));
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QVERIFY(import(*hub, CaseloadSync(*m_gp).exportFor(peerId(*hub)).value()));

    const QStringList names = {"Ann", "Bea", "Cai", "Dai", "Eli"};
    // From history 9 on, one device also erases the person at a random step; earlier histories are unchanged.
    const int eraseAt = seed > 8 ? int(random.bounded(20)) : -1;
    Vault *eraser = nullptr;
    for (int step = 0; step < 20; ++step) {
        Vault &editor = random.bounded(2) ? *m_gp : *m_coach;
        if (step == eraseAt) {
            QVERIFY(editor.records().erasePerson(m_personId));
            eraser = &editor;
            continue;
        }
        if (&editor == eraser)
            continue; // the person is gone there
        switch (random.bounded(3)) {
        case 0:
            QVERIFY(editor.records().update(m_personId, {{"preferred_name", names.at(int(random.bounded(5)))}}));
            break;
        case 1:
            QVERIFY(editor.records().add(m_personId, Kinds::Note, {{"text", QStringLiteral("note %1").arg(step)}}));
            break;
        default:
            QVERIFY(editor.records().add(
                m_personId, Kinds::Skill, {{"label", names.at(int(random.bounded(5)))}, {"source", "self_reported"}}));
        }
    }
    const QByteArray fromGp = CaseloadSync(*m_gp).exportFor(peerId(*hub)).value();
    const QByteArray fromCoach = CaseloadSync(*m_coach).exportFor(peerId(*hub)).value();
    std::unique_ptr<Vault> first;
    std::unique_ptr<Vault> second;
    importBothOrders(hub, fromGp, fromCoach, first, second);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(fieldsDigest(*first), fieldsDigest(*second));
    if (eraser) {
        QCOMPARE(recordsOf(*first, m_personId), qint64(0));
        QCOMPARE(recordsOf(*second, m_personId), qint64(0));
        return;
    }
    // Notes are append-only and never lost: every note from both sides is there.
    QCOMPARE(first->records().list(m_personId, Kinds::Note)->size(),
             m_gp->records().list(m_personId, Kinds::Note)->size() +
                 m_coach->records().list(m_personId, Kinds::Note)->size() - 1);
}

void TestCaseloadSync::recipientIsTheOnlyReader()
{
    auto stranger = Fixtures::create(*m_dir, "stranger", VaultSetting::WorkCoach);
    pair(*m_gp, *stranger);
    const QByteArray bundle = CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value();
    QVERIFY(!bundle.contains("Evans"));
    auto result = import(*stranger, bundle);
    QCOMPARE(result.error().code, ErrorCode::BundleNotForThisDevice);
}

void TestCaseloadSync::erasureReachesOtherDevice()
{
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QCOMPARE(m_coach->records().caseload()->size(), 1);
    QVERIFY(m_gp->records().erasePerson(m_personId));

    CaseloadSync sync(*m_gp);
    auto preview = sync.preview(peerId(*m_coach));
    QVERIFY(preview);
    QCOMPARE(preview->size(), 1);
    QVERIFY(preview->first().erasure);
    QCOMPARE(preview->first().personId, m_personId);
    QVERIFY(!preview->first().displayName.contains("Evans"));

    const QByteArray bundle = sync.exportFor(peerId(*m_coach)).value();
    const QByteArray payload = payloadOf(*m_coach, bundle);
    QVERIFY(payload.contains("caseload/4"));
    QVERIFY(payload.contains(m_personId.toUtf8()));
    QVERIFY(!payload.contains("Evans"));
    QVERIFY(!payload.contains("Si\xc3\xa2n"));

    auto summary = import(*m_coach, bundle);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(m_coach->records().caseload()->size(), 0);
    QCOMPARE(recordsOf(*m_coach, m_personId), qint64(0));
    QCOMPARE(m_coach->database().scalarInteger("SELECT count(*) FROM person_erasures").value(), qint64(1));
    auto entries = m_coach->audit().entries(m_personId);
    QCOMPARE(entries->first().action, QStringLiteral("erase_received"));
    QVERIFY(entries->first().detail.isEmpty());
    QVERIFY(m_coach->audit().verify()->intact());

    // The receipt covers the erasure's stamp: the sender stops sending it.
    QVERIFY(import(*m_gp, CaseloadSync(*m_coach).receiptFor(summary->bundleId, summary->maxHlc).value()));
    QCOMPARE(sync.preview(peerId(*m_coach))->size(), 0);
}

void TestCaseloadSync::laterEditsDoNotResurrectErased()
{
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    // The coach works on the person before the erasure reaches it; the GP erases them meanwhile.
    QVERIFY(m_coach->records().update(m_personId, {{"preferred_name", "Sia"}}));
    QVERIFY(m_coach->records().add(m_personId, Kinds::Skill, {{"label", "Forklift"}, {"source", "self_reported"}}));
    const QByteArray edits = CaseloadSync(*m_coach).exportFor(peerId(*m_gp)).value();
    QVERIFY(m_gp->records().erasePerson(m_personId));

    auto summary = import(*m_gp, edits);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 0);
    QCOMPARE(summary->changed, 0);
    QVERIFY(!summary->rejections.isEmpty()); // the skipped records are reported
    QCOMPARE(recordsOf(*m_gp, m_personId), qint64(0));
    QCOMPARE(m_gp->records().caseload()->size(), 0);

    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QCOMPARE(recordsOf(*m_coach, m_personId), qint64(0));
    QCOMPARE(m_coach->records().caseload()->size(), 0);
    // Nothing about the person is left to send back.
    auto back = CaseloadSync(*m_coach).preview(peerId(*m_gp));
    for (const ExportPreviewEntry &entry : back.value())
        QVERIFY(entry.erasure);
}

void TestCaseloadSync::erasureImportIsIdempotent()
{
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QVERIFY(m_gp->records().erasePerson(m_personId));
    CaseloadSync sync(*m_gp);
    const QByteArray first = sync.exportFor(peerId(*m_coach)).value();
    const QByteArray second = sync.exportFor(peerId(*m_coach)).value(); // no receipt yet: the erasure repeats
    QVERIFY(payloadOf(*m_coach, second).contains(m_personId.toUtf8()));

    QVERIFY(import(*m_coach, first));
    const QByteArray vault = Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"});
    const QByteArray fields = fieldsDigest(*m_coach);
    QVERIFY(import(*m_coach, first)->alreadyImported); // only its receipt is made again
    QCOMPARE(Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"}), vault);

    auto again = import(*m_coach, second);
    QVERIFY(again);
    QVERIFY(again->rejections.isEmpty()); // nobody erased twice
    QCOMPARE(fieldsDigest(*m_coach), fields);
    int received = 0;
    const auto entries = m_coach->audit().entries(m_personId);
    for (const AuditEntry &entry : entries.value())
        received += entry.action == QLatin1String("erase_received") ? 1 : 0;
    QCOMPARE(received, 1);
}

void TestCaseloadSync::erasureWinsInEitherOrder()
{
    // A hub holds the person; the GP erases them while the coach edits them. Either bundle may come first.
    auto hub = Fixtures::create(*m_dir, "hub", VaultSetting::WorkCoach);
    pair(*m_gp, *hub);
    pair(*m_coach, *hub);
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QVERIFY(import(*hub, CaseloadSync(*m_gp).exportFor(peerId(*hub)).value()));
    QVERIFY(m_coach->records().update(m_personId, {{"preferred_name", "Sia"}}));
    QVERIFY(m_coach->records().add(m_personId, Kinds::JobGoal, {{"title", "Driver"}}));
    QVERIFY(m_gp->records().erasePerson(m_personId));
    const QByteArray erasure = CaseloadSync(*m_gp).exportFor(peerId(*hub)).value();
    const QByteArray edits = CaseloadSync(*m_coach).exportFor(peerId(*hub)).value();
    std::unique_ptr<Vault> first;
    std::unique_ptr<Vault> second;
    importBothOrders(hub, erasure, edits, first, second);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(fieldsDigest(*first), fieldsDigest(*second));
    for (Vault *vault : {first.get(), second.get()}) {
        QCOMPARE(recordsOf(*vault, m_personId), qint64(0));
        QCOMPARE(vault->records().caseload()->size(), 0);
        QCOMPARE(vault->database().scalarInteger("SELECT count(*) FROM conflicts").value(), qint64(0));
    }
}

void TestCaseloadSync::readsBundlesFromBuildsBeforeErasures()
{
    // A device not yet updated still writes caseload/1 (the same payload without the erasures): it is read
    // and merged. An unknown later version is refused and changes nothing.
    const SigningKey gp = SigningKey::fromSecret(std::move(m_gp->deviceSecretKey().value()));
    const SigningKey coach = SigningKey::fromSecret(std::move(m_coach->deviceSecretKey().value()));
    const auto bundleOf = [&](const QByteArray &schema, quint64 sequence) {
        PayloadWriter writer(schema);
        writer.writeString(m_gp->deviceId());
        writer.writeCount(1);
        writer.writeString("older-build-person");
        writer.writeString("older-build-person");
        writer.writeString(Kinds::Person);
        writer.writeString("2026-11-01T09:00:00Z");
        writer.writeString("Older build");
        const QList<QPair<QString, QString>> fields = {
            {"given_name", "Ffion"}, {"family_name", "Older"}, {"status", "open"}};
        writer.writeCount(quint64(fields.size()));
        for (const auto &[name, value] : fields) {
            writer.writeString(name);
            writer.writeString(value);
            writer.writeString("1762000000000-000000-" + m_gp->deviceId());
            writer.writeString(m_gp->deviceId());
        }
        BundleHeader header;
        header.kind = BundleKind::Caseload;
        header.publisher = m_gp->deviceId();
        header.sequence = sequence;
        return BundleFile::write(header, writer.finish(), {gp.keyId(), &gp.secretKey()}, coach.encryptionPublicKey())
            .value();
    };

    const QByteArray before = Fixtures::databaseDigest(*m_coach);
    auto refused = import(*m_coach, bundleOf("caseload/9", 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::BundlePayload);
    QCOMPARE(Fixtures::databaseDigest(*m_coach), before);

    auto summary = import(*m_coach, bundleOf("caseload/1", 2));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 1);
    auto person = m_coach->records().summary("older-build-person");
    QVERIFY(person);
    QCOMPARE(person->familyName, QStringLiteral("Older"));
}

QByteArray TestCaseloadSync::craftedBundle(const QVector<CaseloadBundle::Item> &items,
                                           quint64 sequence,
                                           const QVector<CaseloadBundle::Erasure> &erasures) const
{
    const SigningKey gp = SigningKey::fromSecret(std::move(m_gp->deviceSecretKey().value()));
    const SigningKey coach = SigningKey::fromSecret(std::move(m_coach->deviceSecretKey().value()));
    PayloadWriter writer("caseload/2");
    writer.writeString(m_gp->deviceId());
    writer.writeCount(quint64(items.size()));
    for (const CaseloadBundle::Item &item : items) {
        writer.writeString(item.id);
        writer.writeString(item.personId);
        writer.writeString(item.kind);
        writer.writeString(item.createdAt);
        writer.writeString(item.createdBy);
        writer.writeCount(quint64(item.fields.size()));
        for (const CaseloadBundle::Field &f : item.fields) {
            writer.writeString(f.name);
            writer.writeString(f.value);
            writer.writeString(f.hlc);
            writer.writeString(f.device);
        }
    }
    writer.writeCount(quint64(erasures.size()));
    for (const CaseloadBundle::Erasure &e : erasures) {
        writer.writeString(e.personId);
        writer.writeString(e.hlc);
        writer.writeString(e.device);
    }
    BundleHeader header;
    header.kind = BundleKind::Caseload;
    header.publisher = m_gp->deviceId();
    header.sequence = sequence;
    return BundleFile::write(header, writer.finish(), {gp.keyId(), &gp.secretKey()}, coach.encryptionPublicKey())
        .value();
}

void TestCaseloadSync::bundleCannotRewriteKeptRecords()
{
    // A trusted device reuses the ids of a note and a consent record held here, with newer stamps.
    const QString person = m_coach->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Jones"}}).value();
    const QString note = m_coach->records().add(person, Kinds::Note, {{"text", "Original"}}).value();
    const QString consent =
        m_coach->records()
            .add(person, Kinds::Consent, {{"purpose", "share_with_gp"}, {"agreed_on", "2026-01-01"}})
            .value();
    const QString newer = QStringLiteral("%1-000000-%2")
                              .arg(QDateTime::currentMSecsSinceEpoch() + 1000, 13, 10, QLatin1Char('0'))
                              .arg(m_gp->deviceId());
    const auto item = [&](const QString &id, const QString &kind, const QList<QPair<QString, QString>> &fields) {
        CaseloadBundle::Item i{id, person, kind, "2026-01-01T00:00:00Z", "GP", {}};
        for (const auto &[name, value] : fields)
            i.fields.append({name, value, newer, m_gp->deviceId()});
        return i;
    };
    const QByteArray noteBefore = m_coach->database()
                                      .scalarText("SELECT group_concat(value || hlc) FROM fields "
                                                  "WHERE record_id IN (SELECT id FROM records WHERE "
                                                  "kind IN ('note', 'consent'))")
                                      .value()
                                      .toUtf8();

    auto summary = import(*m_coach,
                          craftedBundle({item(note, Kinds::Note, {{"text", "Rewritten"}}),
                                         item(note, Kinds::Note, {{"_deleted", "1"}}),
                                         item(note, Kinds::Note, {{"corrects", consent}}),
                                         item(consent, Kinds::Consent, {{"agreed_on", "2020-01-01"}}),
                                         item(consent, Kinds::Consent, {{"_deleted", "1"}}),
                                         item("new-note", Kinds::Note, {{"text", "A new note"}})},
                                        1));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->rejected, 5);
    QCOMPARE(summary->added, 1); // the rest of the bundle still applies
    QCOMPARE(m_coach->records().get(note)->value("text"), QStringLiteral("Original"));
    QVERIFY(!m_coach->records().get(note)->value("corrects").size());
    QCOMPARE(m_coach->records().get(consent)->value("agreed_on"), QStringLiteral("2026-01-01"));
    QCOMPARE(m_coach->database().scalarInteger("SELECT count(*) FROM records WHERE deleted <> 0").value(), 0);
    QCOMPARE(m_coach->database()
                 .scalarText("SELECT group_concat(value || hlc) FROM fields WHERE record_id IN (SELECT id FROM "
                             "records WHERE kind IN ('note', 'consent') AND id <> 'new-note')")
                 .value()
                 .toUtf8(),
             noteBefore);
    // Both versions are kept, for a person to compare.
    Statement kept = m_coach->database().prepare("SELECT content FROM quarantine WHERE item = ? ORDER BY id");
    kept.bind(1, note);
    QVERIFY(kept.next());
    const QByteArray content = kept.blob(0);
    QVERIFY2(content.contains("Original") && content.contains("Rewritten"), content.constData());

    // Adding to a consent (a withdrawal recorded elsewhere) is not a change to what was agreed.
    auto withdrawal =
        import(*m_coach, craftedBundle({item(consent, Kinds::Consent, {{"withdrawn_on", "2026-02-01"}})}, 2));
    QVERIFY2(withdrawal, withdrawal ? "" : qPrintable(withdrawal.error().message));
    QCOMPARE(withdrawal->rejected, 0);
    QCOMPARE(m_coach->records().get(consent)->value("withdrawn_on"), QStringLiteral("2026-02-01"));
}

void TestCaseloadSync::stampsAreCheckedBeforeTheyCount()
{
    // Stamps sort as strings: "~~~~" would beat every real change, and a stamp in 2286 would win and drag this
    // vault's clock along, so that every later local change were stamped in 2286 too.
    const QString person = m_coach->records().createPerson({{"given_name", "Rhys"}, {"family_name", "Jones"}}).value();
    const QString gp = m_gp->deviceId();
    const QString valid = QStringLiteral("%1-000000-%2")
                              .arg(QDateTime::currentMSecsSinceEpoch() + 1000, 13, 10, QLatin1Char('0'))
                              .arg(gp);
    const QString future = QStringLiteral("9999999999999-000000-") + gp;
    const auto change = [&](const QString &value, const QString &hlc, const QString &device) {
        return CaseloadBundle::Item{
            person, person, Kinds::Person, "2026-01-01T00:00:00Z", "GP", {{"given_name", value, hlc, device}}};
    };
    const QByteArray before = fieldsDigest(*m_coach);
    auto summary =
        import(*m_coach,
               craftedBundle({change("Tilde", QString(29, u'~'), gp),
                              change("Future", future, gp),
                              change("Two days",
                                     QStringLiteral("%1-000000-%2")
                                         .arg(QDateTime::currentMSecsSinceEpoch() + 2 * HybridClock::MaxAheadMillis,
                                              13,
                                              10,
                                              QLatin1Char('0'))
                                         .arg(gp),
                                     gp),
                              change("Other device", valid, "0123456789abcdef"),
                              change("Short", valid.mid(1), gp),
                              change("Trailing", valid + " ", gp)},
                             1,
                             {{person, future, gp}}));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->rejected, 7);
    QCOMPARE(fieldsDigest(*m_coach), before);
    QCOMPARE(m_coach->records().get(person)->value("given_name"), QStringLiteral("Rhys"));
    QVERIFY(summary->maxHlc.isEmpty());
    // The clock was not dragged forward: the next local change is stamped about now.
    QVERIFY(m_coach->records().update(person, {{"preferred_name", "R"}}));
    Statement stamp = m_coach->database().prepare("SELECT hlc FROM fields WHERE name = 'preferred_name'");
    QVERIFY(stamp.next());
    QVERIFY2(HybridClock::millisOf(stamp.text(0)) < QDateTime::currentMSecsSinceEpoch() + 60000,
             qPrintable(stamp.text(0)));

    // A good stamp still wins as before.
    auto good = import(*m_coach, craftedBundle({change("Rhodri", valid, gp)}, 2));
    QVERIFY2(good, good ? "" : qPrintable(good.error().message));
    QCOMPARE(good->rejected, 0);
    QCOMPARE(m_coach->records().get(person)->value("given_name"), QStringLiteral("Rhodri"));
}

void TestCaseloadSync::refusesCaseloadNotEncryptedForThisDevice()
{
    // Signed by a trusted device but sent in clear: the payload is a valid caseload that would otherwise merge.
    const SigningKey gp = SigningKey::fromSecret(std::move(m_gp->deviceSecretKey().value()));
    const QByteArray encrypted = CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value();
    const QByteArray payload = payloadOf(*m_coach, encrypted);
    QVERIFY(!payload.isEmpty());
    BundleHeader header;
    header.kind = BundleKind::Caseload;
    header.publisher = m_gp->deviceId();
    const QByteArray clear = BundleFile::write(header, payload, {gp.keyId(), &gp.secretKey()}).value();

    const QByteArray before = Fixtures::databaseDigest(*m_coach);
    auto refused = import(*m_coach, clear);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::BundleNotForThisDevice);
    QVERIFY2(refused.error().message.contains("not encrypted"), qPrintable(refused.error().message));
    QCOMPARE(Fixtures::databaseDigest(*m_coach), before);
    QCOMPARE(m_coach->records().caseload()->size(), 0);

    // The same payload encrypted to this device imports.
    QVERIFY(import(*m_coach, encrypted));
    QCOMPARE(m_coach->records().caseload()->size(), 1);
}

void TestCaseloadSync::fieldValuesLoseEscapesAndKeepLines()
{
    // Another device is as hostile as any bundle: its text must not drive a terminal or reorder what is read,
    // but a value's own lines survive.
    QVERIFY(m_gp->records().add(
        m_personId, Kinds::JobGoal, {{"title", QStringLiteral("Driver\x1b]0;owned\a\nHGV class 2\u202Eevird")}}));
    QVERIFY(import(*m_coach, CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value()));
    QStringList titles;
    const auto goals = m_coach->records().list(m_personId, Kinds::JobGoal);
    QVERIFY(goals);
    for (const Record &goal : goals.value())
        titles.append(goal.value("title"));
    QVERIFY2(titles.contains(QStringLiteral("Driver]0;owned\nHGV class 2evird")), qPrintable(titles.join(u'|')));
}

namespace
{
    QStringList anchorsIn(Vault &vault)
    {
        QStringList out;
        Statement rows = vault.database().prepare("SELECT device_id, seq, hex(hash) FROM audit_anchors ORDER BY seq");
        while (rows.next())
            out << rows.text(0) + ' ' + QString::number(rows.integer(1)) + ' ' + rows.text(2).toLower();
        return out;
    }

    QString headOf(Vault &vault)
    {
        auto head = vault.audit().head();
        return QString::number(head->seq) + ' ' + QString::fromLatin1(head->hash.toHex());
    }
} // namespace

void TestCaseloadSync::bundlesAndReceiptsCarryTheSendersAuditHead()
{
    // Each side keeps the other's head as the signed bundle or receipt carried it: an anchor outside its vault.
    const QString gpHead = headOf(*m_gp);
    auto bundle = CaseloadSync(*m_gp).exportFor(peerId(*m_coach));
    QVERIFY(bundle);
    auto summary = import(*m_coach, bundle.value());
    QVERIFY(summary);
    QCOMPARE(anchorsIn(*m_coach), QStringList{peerId(*m_gp) + ' ' + gpHead});

    const QString coachHead = headOf(*m_coach);
    auto receipt = CaseloadSync(*m_coach).receiptFor(summary->bundleId, summary->maxHlc);
    QVERIFY(receipt);
    QVERIFY(import(*m_gp, receipt.value()));
    QCOMPARE(anchorsIn(*m_gp), QStringList{peerId(*m_coach) + ' ' + coachHead});

    // A bundle from a build before the head (caseload/2) still imports, and leaves no anchor.
    CaseloadBundle::Item item{"older-item", m_personId, Kinds::JobGoal, "2026-11-01T09:00:00Z", "GP", {}};
    item.fields.append({"title", "Driver", "1762000000000-000000-" + m_gp->deviceId(), m_gp->deviceId()});
    auto older = import(*m_coach, craftedBundle({item}, 7));
    QVERIFY2(older, older ? "" : qPrintable(older.error().message));
    QCOMPARE(anchorsIn(*m_coach).size(), 1);

    // And so does a receipt/1.
    auto another = CaseloadSync(*m_gp).exportFor(peerId(*m_coach));
    QVERIFY(another);
    auto secondSummary = import(*m_coach, another.value());
    QVERIFY(secondSummary);
    const SigningKey coach = SigningKey::fromSecret(std::move(m_coach->deviceSecretKey().value()));
    PayloadWriter writer("receipt/1");
    writer.writeBytes(secondSummary->bundleId);
    writer.writeString(secondSummary->maxHlc);
    BundleHeader header;
    header.kind = BundleKind::Receipt;
    header.publisher = m_coach->deviceId();
    header.sequence = 2;
    auto oldReceipt =
        import(*m_gp, BundleFile::write(header, writer.finish(), {coach.keyId(), &coach.secretKey()}).value());
    QVERIFY2(oldReceipt, oldReceipt ? "" : qPrintable(oldReceipt.error().message));
    QCOMPARE(oldReceipt->changed, 1);
    QCOMPARE(anchorsIn(*m_gp).size(), 1);
}

void TestCaseloadSync::refusesAMalformedAuditHead()
{
    const SigningKey coach = SigningKey::fromSecret(std::move(m_coach->deviceSecretKey().value()));
    auto bundle = CaseloadSync(*m_gp).exportFor(peerId(*m_coach));
    QVERIFY(bundle);
    auto summary = import(*m_coach, bundle.value());
    QVERIFY(summary);
    const QByteArray before = Fixtures::databaseDigest(*m_gp);
    quint64 sequence = 10;
    for (const auto &[seq, hash] : QList<QPair<quint64, QByteArray>>{
             {0, QByteArray(32, 'x')}, {quint64(1) << 63, QByteArray(32, 'x')}, {5, QByteArray(31, 'x')}}) {
        PayloadWriter writer("receipt/2");
        writer.writeBytes(summary->bundleId);
        writer.writeString(summary->maxHlc);
        writer.writeUInt(seq);
        writer.writeBytes(hash);
        BundleHeader header;
        header.kind = BundleKind::Receipt;
        header.publisher = m_coach->deviceId();
        header.sequence = ++sequence;
        auto refused =
            import(*m_gp, BundleFile::write(header, writer.finish(), {coach.keyId(), &coach.secretKey()}).value());
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::BundlePayload);
        QCOMPARE(Fixtures::databaseDigest(*m_gp), before);
    }
}

QTEST_GUILESS_MAIN(TestCaseloadSync)
#include "TestCaseloadSync.moc"
