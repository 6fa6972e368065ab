#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/core/HybridClock.h"
#include "model/crypto/SigningKey.h"
#include "model/forms/FormLibrary.h"
#include "model/forms/FormStore.h"
#include "model/io/PayloadArchive.h"
#include "model/session/BundleHandlers.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/Database.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * Forms in caseload sync (docs/bundles.md, Forms in caseload bundles): finished versions numbered alike on every
 * device, never changed by a bundle, sent only with consent when they are health data; drafts only between the
 * owner's own devices; hostile form entries refuse the whole bundle; erasure wins.
 */
class TestFormSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void versionsFinishedOnTwoDevicesAreNumberedAlike();
    void theSameVersionTwiceChangesNothing();
    void aBundleCannotAlterAFinishedVersion();
    void healthFormsTravelOnlyWithConsent();
    void draftsGoOnlyToTheOwnersOwnDevices();
    void concurrentDraftSavesKeepAConflict();
    void bundlesWithoutFormsStillImport();
    void hostileFormEntryRefusesTheWholeBundle_data();
    void hostileFormEntryRefusesTheWholeBundle();
    void erasureIsNotUndoneByForms();
    void ownDeviceMustShareTheSetting();

private:
    static void pair(Vault &a, Vault &b, bool own);
    static Result<ImportSummary> import(Vault &vault, const QByteArray &bundle);
    /** Exports everything pending from `from` to `to` and imports it there. */
    static Result<ImportSummary> sync(Vault &from, Vault &to);
    static FormDefinition builtIn(const QString &id);
    static std::unique_ptr<FormStore> store(Vault &vault);
    /** Starts and finishes the (health) conversation form for `person` on `vault`; returns the version. */
    static FormVersion finishConversation(Vault &vault, const QString &person, const QString &whatMatters);
    /** The number each finished version of `person` has on `vault`, by version id. */
    static QMap<QString, int> numbers(Vault &vault, const QString &person);
    static qint64 count(Vault &vault, const char *sql);
    /** A caseload/4 bundle from the GP to the coach carrying exactly these forms, as a rogue device might send. */
    QByteArray craftedBundle(const QVector<CaseloadForm> &finished,
                             const QVector<CaseloadForm> &drafts,
                             const QVector<CaseloadBundle::Item> &items = {},
                             const QByteArray &schema = "caseload/4") const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_gp;
    std::unique_ptr<Vault> m_coach;
    std::unique_ptr<Vault> m_laptop; // the coach's own second device
    QString m_person;
};

namespace
{
    QString peerId(Vault &vault)
    {
        return Minisign::keyIdHex(Minisign::keyIdFor(vault.devicePublicKey()));
    }
} // namespace

void TestFormSync::pair(Vault &a, Vault &b, bool own)
{
    for (auto [from, to] : {std::pair<Vault *, Vault *>{&a, &b}, std::pair<Vault *, Vault *>{&b, &a}}) {
        const QByteArray key = from->devicePublicKey();
        QVERIFY(CaseloadSync(*to).addPeer(
            {Minisign::keyIdFor(key), key}, from->ownerName(), from->setting(), Minisign::fingerprint(key), own));
    }
}

Result<ImportSummary> TestFormSync::import(Vault &vault, const QByteArray &bundle)
{
    return BundleHandlers::makeImporter(vault)->importBytes(bundle);
}

Result<ImportSummary> TestFormSync::sync(Vault &from, Vault &to)
{
    auto bundle = CaseloadSync(from).exportFor(peerId(to));
    if (!bundle)
        return bundle.error();
    return import(to, bundle.value());
}

FormDefinition TestFormSync::builtIn(const QString &id)
{
    const auto forms = FormLibrary::builtIn();
    for (const FormDefinition &f : forms.value()) {
        if (f.id == id)
            return f;
    }
    return {};
}

std::unique_ptr<FormStore> TestFormSync::store(Vault &vault)
{
    return std::make_unique<FormStore>(vault.database(), vault.audit(), vault.clock());
}

FormVersion TestFormSync::finishConversation(Vault &vault, const QString &person, const QString &whatMatters)
{
    const FormDefinition form = builtIn("health-work-conversation");
    auto forms = store(vault);
    auto draft = forms->saveDraft(
        {{},
         person,
         form.id,
         form.version,
         {},
         "en",
         {{"what_matters", whatMatters}, {"next_steps", "Talk to the employer"}, {"consent_share_gp", "no"}},
         {},
         {},
         {}});
    if (!draft)
        return {};
    auto finished = forms->finish(draft.value(), form, "Coach Jones", QDate::currentDate());
    return finished ? finished.value() : FormVersion{};
}

QMap<QString, int> TestFormSync::numbers(Vault &vault, const QString &person)
{
    QMap<QString, int> out;
    const auto versions = store(vault)->versions(person);
    for (const FormVersion &v : versions.value())
        out.insert(v.id, v.number);
    return out;
}

qint64 TestFormSync::count(Vault &vault, const char *sql)
{
    return vault.database().scalarInteger(sql).value();
}

QByteArray TestFormSync::craftedBundle(const QVector<CaseloadForm> &finished,
                                       const QVector<CaseloadForm> &drafts,
                                       const QVector<CaseloadBundle::Item> &items,
                                       const QByteArray &schema) const
{
    const SigningKey gp = SigningKey::fromSecret(std::move(m_gp->deviceSecretKey().value()));
    const SigningKey coach = SigningKey::fromSecret(std::move(m_coach->deviceSecretKey().value()));
    PayloadWriter writer(schema);
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
    writer.writeCount(0); // erasures
    writer.writeUInt(1);  // the sender's audit head: a sequence number and a 32-byte link
    writer.writeBytes(QByteArray(32, 'h'));
    if (schema == "caseload/4")
        CaseloadBundle::writeForms(writer, finished, drafts);
    BundleHeader header;
    header.kind = BundleKind::Caseload;
    header.publisher = m_gp->deviceId();
    return BundleFile::write(header, writer.finish(), {gp.keyId(), &gp.secretKey()}, coach.encryptionPublicKey())
        .value();
}

void TestFormSync::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_gp = Fixtures::create(*m_dir, "gp", VaultSetting::GpPractice);
    m_coach = Fixtures::create(*m_dir, "coach", VaultSetting::WorkCoach);
    m_laptop = Fixtures::create(*m_dir, "laptop", VaultSetting::WorkCoach);
    pair(*m_gp, *m_coach, false);
    pair(*m_coach, *m_laptop, true);
    m_person = m_gp->records().createPerson({{"given_name", "Siân"}, {"family_name", "Evans"}}).value();
}

void TestFormSync::cleanup()
{
    m_laptop.reset();
    m_coach.reset();
    m_gp.reset();
    m_dir.reset();
}

void TestFormSync::versionsFinishedOnTwoDevicesAreNumberedAlike()
{
    QVERIFY(m_gp->records().add(m_person, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
    const FormVersion first = finishConversation(*m_gp, m_person, "Getting back to work");
    QCOMPARE(first.number, 1);
    QVERIFY(sync(*m_gp, *m_coach));
    QCOMPARE(numbers(*m_coach, m_person), (QMap<QString, int>{{first.id, 1}}));

    // Offline, each device finishes what it calls version 2 of the same person's form.
    const FormVersion atGp = finishConversation(*m_gp, m_person, "Written at the practice");
    const FormVersion atCoach = finishConversation(*m_coach, m_person, "Written at the jobcentre");
    QCOMPARE(atGp.number, 2);
    QCOMPARE(atCoach.number, 2);
    QVERIFY(atGp.id != atCoach.id);
    QVERIFY(atGp.device != atCoach.device);

    auto toCoach = sync(*m_gp, *m_coach);
    QVERIFY2(toCoach, toCoach ? "" : qPrintable(toCoach.error().message));
    auto toGp = sync(*m_coach, *m_gp);
    QVERIFY2(toGp, toGp ? "" : qPrintable(toGp.error().message));

    // Both devices hold all three, numbered 1, 2 and 3 the same way (stamp, then device), whichever came first.
    const QMap<QString, int> onGp = numbers(*m_gp, m_person);
    QCOMPARE(onGp.size(), 3);
    QCOMPARE(numbers(*m_coach, m_person), onGp);
    QCOMPARE(onGp.value(first.id), 1);
    QCOMPARE(QSet<int>({onGp.value(atGp.id), onGp.value(atCoach.id)}), QSet<int>({2, 3}));
    QCOMPARE(onGp.value(atGp.id) < onGp.value(atCoach.id), atGp.hlc < atCoach.hlc);

    // Each says where a version from elsewhere came from, by the name this vault gave that device.
    const auto onCoach = store(*m_coach)->versions(m_person);
    for (const FormVersion &v : onCoach.value()) {
        QCOMPARE(v.isFromAnotherDevice(), v.id != atCoach.id);
        if (v.isFromAnotherDevice())
            QCOMPARE(v.receivedFromLabel, m_gp->ownerName());
    }
    // A version finished afterwards is numbered after all of them, on either device.
    QCOMPARE(finishConversation(*m_coach, m_person, "Later").number, 4);
}

void TestFormSync::theSameVersionTwiceChangesNothing()
{
    QVERIFY(m_gp->records().add(m_person, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
    finishConversation(*m_gp, m_person, "Getting back to work");
    const QByteArray once = CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value();
    // No receipt came back, so the next bundle carries the same version again, under another bundle id.
    const QByteArray again = CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value();
    auto first = import(*m_coach, once);
    QVERIFY(first);
    QCOMPARE(count(*m_coach, "SELECT count(*) FROM form_versions"), 1);
    const QByteArray before =
        Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta", "imported_bundles", "audit_anchors"});
    auto second = import(*m_coach, again);
    QVERIFY(second);
    QCOMPARE(second->added, 0);
    QCOMPARE(second->rejected, 0);
    QCOMPARE(Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta", "imported_bundles", "audit_anchors"}), before);
}

void TestFormSync::aBundleCannotAlterAFinishedVersion()
{
    QVERIFY(m_gp->records().add(m_person, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
    const FormVersion held = finishConversation(*m_gp, m_person, "Getting back to work");
    QVERIFY(sync(*m_gp, *m_coach));

    // The same id, other answers that would pass the form's checks: a rewrite, which the coach's vault refuses.
    CaseloadForm rewrite;
    rewrite.id = held.id;
    rewrite.personId = held.personId;
    rewrite.formId = held.formId;
    rewrite.formVersion = held.formVersion;
    rewrite.language = held.language;
    rewrite.answers = held.answers;
    rewrite.answers.insert("what_matters", "Something the patient never said");
    rewrite.hlc = held.hlc;
    rewrite.device = held.device;
    rewrite.signedBy = held.signedBy;
    rewrite.signedAt = held.signedAt;
    rewrite.deviceSeq = held.deviceSeq;
    // And a new id claiming the same device and counter.
    CaseloadForm impostor = rewrite;
    impostor.id = QStringLiteral("f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0");

    auto summary = import(*m_coach, craftedBundle({rewrite, impostor}, {}));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->rejected, 2);
    const QVector<FormVersion> versions = store(*m_coach)->versions(m_person).value();
    QCOMPARE(versions.size(), 1);
    QCOMPARE(versions.first().answers.value("what_matters"), QStringLiteral("Getting back to work"));
    QCOMPARE(count(*m_coach, "SELECT count(*) FROM quarantine"), 2);
}

void TestFormSync::healthFormsTravelOnlyWithConsent()
{
    const FormVersion plan = finishConversation(*m_gp, m_person, "Getting back to work");
    QVERIFY(plan.health);
    CaseloadSync gp(*m_gp);
    auto preview = gp.preview(peerId(*m_coach));
    QVERIFY(preview);
    QCOMPARE(preview->size(), 1);
    QVERIFY(preview->first().sectionsWithheld.contains("Finished forms"));
    QVERIFY(sync(*m_gp, *m_coach));
    QCOMPARE(count(*m_coach, "SELECT count(*) FROM form_versions"), 0);

    // With consent to share health data in force, the next export carries it.
    QVERIFY(m_gp->records().add(m_person, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
    preview = gp.preview(peerId(*m_coach));
    QVERIFY(preview->first().sectionsIncluded.contains("Finished forms"));
    QVERIFY(!preview->first().sectionsWithheld.contains("Finished forms"));
    QVERIFY(sync(*m_gp, *m_coach));
    const QVector<FormVersion> received = store(*m_coach)->versions(m_person).value();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received.first().id, plan.id);
    QCOMPARE(received.first().answers, plan.answers);
    QVERIFY(received.first().health);
}

void TestFormSync::draftsGoOnlyToTheOwnersOwnDevices()
{
    QVERIFY(sync(*m_gp, *m_coach)); // the person, so the coach has them
    const FormDefinition form = builtIn("health-work-conversation");
    auto draftId = store(*m_coach)->saveDraft(
        {{}, m_person, form.id, form.version, {}, "cy", {{"what_matters", "Half written"}}, {}, {}, {"what_matters"}});
    QVERIFY(draftId);

    // Not to a GP practice: the preview does not list drafts, and the bundle carries none.
    auto toGp = CaseloadSync(*m_coach).preview(peerId(*m_gp));
    QVERIFY(toGp);
    for (const ExportPreviewEntry &entry : toGp.value())
        QVERIFY(!entry.sectionsIncluded.contains("Form drafts"));
    QVERIFY(sync(*m_coach, *m_gp));
    QCOMPARE(count(*m_gp, "SELECT count(*) FROM form_drafts"), 0);

    // To the coach's own laptop, with its answers, language and ticks.
    auto toLaptop = CaseloadSync(*m_coach).preview(peerId(*m_laptop));
    QVERIFY(toLaptop->first().sectionsIncluded.contains("Form drafts"));
    QVERIFY(sync(*m_coach, *m_laptop));
    auto onLaptop = store(*m_laptop)->draft(draftId.value());
    QVERIFY(onLaptop);
    QCOMPARE(onLaptop->answers.value("what_matters"), QStringLiteral("Half written"));
    QCOMPARE(onLaptop->language, QStringLiteral("cy"));
    QCOMPARE(onLaptop->updateCase, QStringList({"what_matters"}));

    // Continued on the laptop, the newer save comes back; finished there, the draft goes on both.
    FormDraft continued = onLaptop.value();
    continued.answers.insert("next_steps", "Call the employer");
    continued.answers.insert("consent_share_gp", "no");
    QVERIFY(store(*m_laptop)->saveDraft(continued));
    QVERIFY(sync(*m_laptop, *m_coach));
    QCOMPARE(store(*m_coach)->draft(draftId.value())->answers.value("next_steps"), QStringLiteral("Call the employer"));
    QVERIFY(store(*m_laptop)->finish(draftId.value(), form, "Coach Jones", QDate::currentDate()));
    QVERIFY(
        m_coach->records().add(m_person, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
    QVERIFY(sync(*m_coach, *m_laptop)); // the consent, so the laptop may pass the health form back
    QVERIFY(sync(*m_laptop, *m_coach));
    QCOMPARE(store(*m_coach)->versions(m_person)->size(), 1);
    QCOMPARE(store(*m_coach)->drafts(m_person)->size(), 0);

    // Drafts from a device that is not one of the owner's are left out, and the summary says so.
    CaseloadForm foreign;
    foreign.id = QStringLiteral("d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1d1");
    foreign.personId = m_person;
    foreign.formId = form.id;
    foreign.formVersion = form.version;
    foreign.language = "en";
    foreign.answers = {{"what_matters", "From the practice"}};
    foreign.hlc = m_gp->clock().now();
    foreign.device = m_gp->deviceId();
    auto summary = import(*m_coach, craftedBundle({}, {foreign}));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(count(*m_coach, "SELECT count(*) FROM form_drafts"), 0);
    QVERIFY(summary->rejections.join('\n').contains("not marked as one of yours"));
}

void TestFormSync::concurrentDraftSavesKeepAConflict()
{
    QVERIFY(sync(*m_gp, *m_coach));
    const FormDefinition form = builtIn("health-work-conversation");
    auto draftId = store(*m_coach)->saveDraft(
        {{}, m_person, form.id, form.version, {}, "en", {{"what_matters", "First"}}, {}, {}, {}});
    QVERIFY(sync(*m_coach, *m_laptop));
    // Both devices save the same draft before they sync again.
    FormDraft onCoach = store(*m_coach)->draft(draftId.value()).value();
    onCoach.answers.insert("what_matters", "Typed on the desktop");
    QVERIFY(store(*m_coach)->saveDraft(onCoach));
    FormDraft onLaptop = store(*m_laptop)->draft(draftId.value()).value();
    onLaptop.answers.insert("what_matters", "Typed on the laptop");
    QTest::qWait(5); // the laptop's save is the newer one, by the clock
    QVERIFY(store(*m_laptop)->saveDraft(onLaptop));

    auto summary = sync(*m_laptop, *m_coach);
    QVERIFY(summary);
    QCOMPARE(summary->conflicts, 1);
    // The newest save is kept; the other answer waits in the conflicts list, and using it saves it into the draft.
    auto conflicts = CaseloadSync(*m_coach).conflicts().value();
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.first().kind, CaseloadSync::draftConflictKind());
    QCOMPARE(conflicts.first().keptValue, QStringLiteral("Typed on the laptop"));
    QCOMPARE(conflicts.first().otherValue, QStringLiteral("Typed on the desktop"));
    QVERIFY(CaseloadSync(*m_coach).resolveConflict(conflicts.first().id, true));
    QCOMPARE(store(*m_coach)->draft(draftId.value())->answers.value("what_matters"),
             QStringLiteral("Typed on the desktop"));
}

void TestFormSync::bundlesWithoutFormsStillImport()
{
    // A caseload/3 bundle, as builds before forms travelled write it: records and the audit head, nothing after.
    const QString stamp = m_gp->clock().now();
    CaseloadBundle::Item goal{"goal-1",
                              m_person,
                              Kinds::JobGoal,
                              "2026-01-01T00:00:00Z",
                              "GP",
                              {{"title", "Gardener", stamp, m_gp->deviceId()}}};
    auto summary = import(*m_coach, craftedBundle({}, {}, {goal}, "caseload/3"));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(m_coach->records().list(m_person, Kinds::JobGoal)->size(), 1);
    QCOMPARE(count(*m_coach, "SELECT count(*) FROM form_versions"), 0);
}

void TestFormSync::hostileFormEntryRefusesTheWholeBundle_data()
{
    QTest::addColumn<QString>("formId");
    QTest::addColumn<int>("formVersion");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("layout");
    QTest::addColumn<bool>("goodStamp");
    QTest::addColumn<QString>("reason");
    const QString conversation = "health-work-conversation";
    QTest::addRow("unknown form") << "made-up-form" << 1 << "what_matters"
                                  << "x"
                                  << "" << true << "no form";
    QTest::addRow("version not held") << conversation << 7 << "what_matters"
                                      << "x"
                                      << "" << true << "version 7";
    QTest::addRow("field not in the form") << conversation << 1 << "shoe_size"
                                           << "12"
                                           << "" << true << "not a field";
    QTest::addRow("oversized answer") << conversation << 1 << "next_steps" << QString(5000, 'x') << "" << true
                                      << "longer than";
    QTest::addRow("answer failing the form's checks") << conversation << 1 << "consent_share_gp"
                                                      << "perhaps"
                                                      << "" << true << "checks";
    QTest::addRow("layout not offered") << conversation << 1 << "what_matters"
                                        << "x"
                                        << "poster" << true << "layout";
    QTest::addRow("stamp from the future") << conversation << 1 << "what_matters"
                                           << "x"
                                           << "" << false << "ahead";
}

void TestFormSync::hostileFormEntryRefusesTheWholeBundle()
{
    QFETCH(QString, formId);
    QFETCH(int, formVersion);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, layout);
    QFETCH(bool, goodStamp);
    QFETCH(QString, reason);
    CaseloadForm form;
    form.id = QStringLiteral("abababababababababababababababab");
    form.personId = m_person;
    form.formId = formId;
    form.formVersion = formVersion;
    form.layout = layout;
    form.language = "en";
    form.answers = {{"what_matters", "Work"}, {"next_steps", "Call"}, {"consent_share_gp", "no"}};
    form.answers.insert(field, value);
    form.hlc = goodStamp ? m_gp->clock().now() : QStringLiteral("9999999999999-000000-") + m_gp->deviceId();
    form.device = m_gp->deviceId();
    form.signedBy = "Dr Rees";
    form.signedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    form.deviceSeq = 1;
    // The bundle also carries a good record: it must not arrive either.
    CaseloadBundle::Item goal{"goal-1",
                              m_person,
                              Kinds::JobGoal,
                              "2026-01-01",
                              "GP",
                              {{"title", "Gardener", m_gp->clock().now(), m_gp->deviceId()}}};
    const QByteArray before = Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"});
    auto summary = import(*m_coach, craftedBundle({form}, {}, {goal}));
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, ErrorCode::BundlePayload);
    QVERIFY2(summary.error().message.contains(reason), qPrintable(summary.error().message));
    QVERIFY(summary.error().message.contains("Nothing was changed"));
    QCOMPARE(Fixtures::databaseDigestExcept(*m_coach, {"audit", "meta"}), before);
}

void TestFormSync::erasureIsNotUndoneByForms()
{
    QVERIFY(m_gp->records().add(m_person, Kinds::Consent, {{"purpose", "share_health"}, {"agreed_on", "2026-01-01"}}));
    QVERIFY(sync(*m_gp, *m_coach));
    finishConversation(*m_gp, m_person, "Getting back to work");
    const QByteArray late = CaseloadSync(*m_gp).exportFor(peerId(*m_coach)).value();
    // The coach erases the person on request before the bundle with the form arrives.
    QVERIFY(m_coach->records().erasePerson(m_person));
    auto summary = import(*m_coach, late);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(count(*m_coach, "SELECT count(*) FROM form_versions"), 0);
    QVERIFY(summary->rejections.join('\n').contains("Forms skipped"));

    // Nor does a draft from the coach's own laptop bring them back.
    const FormDefinition form = builtIn("health-work-conversation");
    QVERIFY(store(*m_laptop)->saveDraft(
        {{}, m_person, form.id, form.version, {}, "en", {{"what_matters", "Still here?"}}, {}, {}, {}}));
    QVERIFY(sync(*m_laptop, *m_coach));
    QCOMPARE(count(*m_coach, "SELECT count(*) FROM form_drafts"), 0);
}

void TestFormSync::ownDeviceMustShareTheSetting()
{
    // A GP practice is never a work coach's own device, so it can never be sent the coach's drafts.
    const QByteArray key = m_gp->devicePublicKey();
    auto status = CaseloadSync(*m_laptop).addPeer(
        {Minisign::keyIdFor(key), key}, "Practice", VaultSetting::GpPractice, Minisign::fingerprint(key), true);
    QVERIFY(!status);
    QCOMPARE(status.error().code, ErrorCode::Invalid);
}

QTEST_GUILESS_MAIN(TestFormSync)
#include "TestFormSync.moc"
