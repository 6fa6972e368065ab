#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/Minisign.h"
#include "model/crypto/SigningKey.h"
#include "model/demo/DemoCaseload.h"
#include "model/demo/DemoOutreach.h"
#include "model/forms/FormLibrary.h"
#include "model/forms/FormPrefill.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/PartnersBundle.h"
#include "model/outreach/Referrals.h"
#include "model/session/BundleHandlers.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

namespace
{
    bool refusedFor(const Result<QString> &result, const char *field)
    {
        return !result && result.error().fieldProblems.contains(QLatin1String(field));
    }

    ReferralRequest asked(const QString &person, const QString &partner, const QString &service)
    {
        ReferralRequest request;
        request.personId = person;
        request.partnerId = partner;
        request.service = service;
        return request;
    }
} // namespace

/** Local partners, referrals with consent and outreach sessions (model/outreach, docs/outreach.md). */
class TestOutreach : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ownPartnersAreAddedFoundAndFiltered();
    void aPartnerWithProblemsIsRefusedAndNothingChanges();
    void bundlePartnersReplaceThePublishersListAndKeepOwnOnes();
    void bundlePartnersAreCheckedStrippedAndQuarantined();
    void aBundlesPartnerCannotBeChangedHere();
    void referralNeedsConsentWhenThePartnerAsks();
    void referralRecordsConsentAndFeedsThePlan();
    void outcomesCloseOrDropThePlannedAction();
    void referralToAServiceNotOfferedIsRefused();
    void aReferralKeepsItsPartnerServiceAndConsentAsMade();
    void theReferralFormIsFilledFromTheLatestReferral();
    void aRepeatVenueFillsInWhatItHadLastTime();
    void sessionsAreCheckedAndLinkOnlyCaseloadPeople();
    void erasureRemovesThePersonFromSessionsAndReferrals();
    void theDemoVaultHasPartnersSessionsAndReferrals();

private:
    Result<ImportSummary> import(quint64 sequence, const QByteArray &payload);
    Partner partner(const QString &name, bool consent = true) const;
    QString addPerson(const QString &given);
    int count(const char *sql);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SigningKey> m_key;
    std::unique_ptr<PartnerDirectory> m_directory;
};

void TestOutreach::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_key = std::make_unique<SigningKey>(SigningKey::generate());
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(
        m_key->minisignKey(), "Partnerships team", {BundleKind::Partners}, Minisign::fingerprint(m_key->publicKey())));
    m_directory = std::make_unique<PartnerDirectory>(m_vault->database(), m_vault->audit());
}

void TestOutreach::cleanup()
{
    m_directory.reset();
    m_vault.reset();
    m_dir.reset();
}

Result<ImportSummary> TestOutreach::import(quint64 sequence, const QByteArray &payload)
{
    BundleHeader header;
    header.kind = BundleKind::Partners;
    header.sequence = sequence;
    header.publisher = "Partnerships team";
    auto bundle = BundleFile::write(header, payload, {m_key->keyId(), &m_key->secretKey()});
    return BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
}

Partner TestOutreach::partner(const QString &name, bool consent) const
{
    Partner p;
    p.name = name;
    p.kind = "charity";
    p.services = {"cv_help", "digital_skills"};
    p.languages = {"en", "cy"};
    p.postcode = "cf10 1aa";
    p.opening = "Tuesdays 10 to 12 at the library";
    p.consentNeeded = consent;
    return p;
}

QString TestOutreach::addPerson(const QString &given)
{
    auto id = m_vault->records().createPerson({{"given_name", given}, {"family_name", "Prosser"}});
    return id ? id.value() : QString();
}

int TestOutreach::count(const char *sql)
{
    return int(m_vault->database().scalarInteger(sql).value());
}

void TestOutreach::ownPartnersAreAddedFoundAndFiltered()
{
    auto first = m_directory->addOwn(partner("Cardiff Digital Hub"));
    QVERIFY(first);
    Partner food = partner("Splott Food Bank");
    food.kind = "food_bank";
    food.services = {"food"};
    food.languages = {"en"};
    QVERIFY(m_directory->addOwn(food));

    auto all = m_directory->list();
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->first().name, QStringLiteral("Cardiff Digital Hub"));
    QVERIFY(all->first().isOwn());
    QCOMPARE(all->first().postcode, QStringLiteral("CF10 1AA"));

    PartnerFilter welsh;
    welsh.language = "cy";
    QCOMPARE(m_directory->list(welsh)->size(), 1);
    PartnerFilter digital;
    digital.service = "digital_skills";
    QCOMPARE(m_directory->list(digital)->first().id, first.value());
    PartnerFilter text;
    text.text = "FOOD";
    QCOMPARE(m_directory->list(text)->first().name, QStringLiteral("Splott Food Bank"));
    PartnerFilter nothing;
    nothing.text = "leisure centre";
    QVERIFY(m_directory->list(nothing)->isEmpty());
    QCOMPARE(count("SELECT count(*) FROM audit WHERE action = 'partner_added'"), 2);
}

void TestOutreach::aPartnerWithProblemsIsRefusedAndNothingChanges()
{
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    Partner nameless = partner("  ");
    nameless.services = {"teleportation"};
    nameless.postcode = "not a postcode";
    nameless.languages = {"english"};
    auto refused = m_directory->addOwn(nameless);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    const QMap<QString, QString> problems = refused.error().fieldProblems;
    for (const char *field : {"name", "services", "postcode", "languages"})
        QVERIFY2(problems.contains(field), field);
    QVERIFY(problems.value("services").contains("teleportation"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestOutreach::bundlePartnersReplaceThePublishersListAndKeepOwnOnes()
{
    QVERIFY(m_directory->addOwn(partner("My church hall")));
    Partner college = partner("Coleg Caerdydd");
    college.id = "coleg";
    college.kind = "college";
    college.services = {"training", "welsh_for_work"};
    Partner library = partner("Central Library", false);
    library.id = "central_library";
    library.kind = "library";
    auto first = import(
        1, PartnersBundle::encode({college, library}, {{"welsh_for_work", "Welsh for work", "Cymraeg i'r gwaith"}}));
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    QCOMPARE(first->added, 2);
    QCOMPARE(m_directory->list()->size(), 3);
    QCOMPARE(m_directory->serviceName("welsh_for_work"), QStringLiteral("Welsh for work"));
    QVERIFY(m_directory->services()->size() > PartnerVocabulary::builtInServices().size());
    auto stored = m_directory->get(PartnersBundle::storedId(Minisign::keyIdHex(m_key->keyId()), "coleg"));
    QVERIFY(stored);
    QVERIFY(!stored->isOwn());

    // The next list from the same publisher replaces the last: the library is gone, the coach's own stays.
    college.name = "Coleg Caerdydd a'r Fro";
    auto second = import(2, PartnersBundle::encode({college}, {{"welsh_for_work", "Welsh for work", ""}}));
    QVERIFY(second);
    QCOMPARE(second->changed, 1);
    QCOMPARE(second->withdrawn, 1);
    QStringList names;
    const QVector<Partner> listed = m_directory->list().value();
    for (const Partner &p : listed)
        names.append(p.name);
    QCOMPARE(names, QStringList({"Coleg Caerdydd a'r Fro", "My church hall"}));
}

void TestOutreach::bundlePartnersAreCheckedStrippedAndQuarantined()
{
    Partner good = partner("Grangetown Hub\u202e evil");
    good.id = "hub";
    good.address = "1 High St\u001b[31m";
    Partner unknownService = partner("Mystery");
    unknownService.id = "mystery";
    unknownService.services = {"not_a_service"};
    Partner twice = partner("Again");
    twice.id = "hub";
    Partner badId = partner("Bad id");
    badId.id = "../../etc";
    auto summary = import(1, PartnersBundle::encode({good, unknownService, twice, badId}));
    QVERIFY(summary);
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->rejected, 3);
    QCOMPARE(count("SELECT count(*) FROM quarantine"), 3);
    const Partner stored = m_directory->list()->first();
    QVERIFY(!stored.name.contains(QChar(0x202e)));
    QVERIFY(!stored.address.contains(QChar(0x1b)));
    QCOMPARE(stored.postcode, QStringLiteral("CF10 1AA")); // sent as "cf10 1aa", stored as a typed one is

    // A payload cut short is refused whole: nothing of it is kept.
    const QByteArray before = Fixtures::databaseDigestExcept(*m_vault, {"audit", "meta"});
    QByteArray payload = PartnersBundle::encode({good});
    payload.chop(5);
    QVERIFY(!import(2, payload));
    QCOMPARE(Fixtures::databaseDigestExcept(*m_vault, {"audit", "meta"}), before);
}

void TestOutreach::aBundlesPartnerCannotBeChangedHere()
{
    Partner college = partner("Coleg");
    college.id = "coleg";
    QVERIFY(import(1, PartnersBundle::encode({college})));
    Partner stored = m_directory->list()->first();
    stored.name = "Renamed";
    const Status changed = m_directory->updateOwn(stored);
    QVERIFY(!changed);
    QCOMPARE(changed.error().code, ErrorCode::NotAllowed);
    QVERIFY(!m_directory->removeOwn(stored.id));
    QCOMPARE(m_directory->list()->first().name, QStringLiteral("Coleg"));
}

void TestOutreach::referralNeedsConsentWhenThePartnerAsks()
{
    const QString person = addPerson("Rhian");
    const QString partnerId = m_directory->addOwn(partner("Digital Hub", true)).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    ReferralRequest request = asked(person, partnerId, "cv_help");
    auto refused = referrals.refer(request);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::NotAllowed);
    QVERIFY(refused.error().message.contains("consent"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);

    // A partner that takes referrals without consent (signposting) needs none recorded.
    const QString library = m_directory->addOwn(partner("Library", false)).value();
    auto made = referrals.refer(asked(person, library, "digital_skills"));
    QVERIFY(made);
    QCOMPARE(m_vault->records().get(made.value())->value("consent"), QStringLiteral("not_needed"));
    QVERIFY(m_vault->records().list(person, Kinds::Consent)->isEmpty());
}

void TestOutreach::referralRecordsConsentAndFeedsThePlan()
{
    const QString person = addPerson("Rhian");
    const QString partnerId = m_directory->addOwn(partner("Digital Hub", true)).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    ReferralRequest request = asked(person, partnerId, "digital_skills");
    request.consentConfirmed = true;
    request.referredOn = QDate::currentDate().addDays(-1);
    auto made = referrals.refer(request);
    QVERIFY2(made, made ? "" : qPrintable(made.error().message));

    const Record referral = m_vault->records().get(made.value()).value();
    QCOMPARE(referral.value("partner_name"), QStringLiteral("Digital Hub"));
    QCOMPARE(referral.value("outcome"), QStringLiteral("referred"));
    QCOMPARE(referral.value("consent"), QStringLiteral("given"));
    QCOMPARE(referral.value("referred_on"), request.referredOn.toString(Qt::ISODate));

    const QVector<Record> consents = m_vault->records().list(person, Kinds::Consent).value();
    QCOMPARE(consents.size(), 1);
    QCOMPARE(consents.first().value("purpose"), QStringLiteral("referral"));
    QVERIFY(consents.first().value("details").contains("Digital Hub"));

    const Record action = m_vault->records().get(referral.value("action_id")).value();
    QCOMPARE(action.kind, Kinds::ActionItem);
    QCOMPARE(action.value("status"), QStringLiteral("open"));
    QCOMPARE(action.value("barrier"), QStringLiteral("digital"));
    QVERIFY(action.value("description").contains("Digital Hub"));

    // The audit names ids and whether consent was recorded; never the partner's or the person's name.
    auto entries = m_vault->audit().entries(person, 50).value();
    bool found = false;
    for (const auto &entry : entries) {
        if (entry.action == AuditAction::ReferralMade) {
            found = true;
            QVERIFY(entry.detail.contains("consent=given"));
            QVERIFY(!entry.detail.contains("Digital Hub"));
        }
    }
    QVERIFY(found);
}

void TestOutreach::outcomesCloseOrDropThePlannedAction()
{
    const QString person = addPerson("Rhian");
    const QString partnerId = m_directory->addOwn(partner("Digital Hub", false)).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    const QString first = referrals.refer(asked(person, partnerId, "cv_help")).value();
    const QString second = referrals.refer(asked(person, partnerId, "digital_skills")).value();

    QVERIFY(referrals.recordOutcome(first, "attended"));
    const QString firstAction = m_vault->records().get(first)->value("action_id");
    QCOMPARE(m_vault->records().get(firstAction)->value("status"), QStringLiteral("open"));
    QVERIFY(referrals.recordOutcome(first, "completed"));
    QCOMPARE(m_vault->records().get(firstAction)->value("status"), QStringLiteral("done"));
    QCOMPARE(m_vault->records().get(first)->value("outcome_on"), QDate::currentDate().toString(Qt::ISODate));

    QVERIFY(referrals.recordOutcome(second, "declined"));
    const QString secondAction = m_vault->records().get(second)->value("action_id");
    QCOMPARE(m_vault->records().get(secondAction)->value("status"), QStringLiteral("dropped"));

    const Status unknown = referrals.recordOutcome(second, "sanctioned");
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code, ErrorCode::Invalid);
    QCOMPARE(m_vault->records().get(second)->value("outcome"), QStringLiteral("declined"));
}

void TestOutreach::aReferralKeepsItsPartnerServiceAndConsentAsMade()
{
    const QString person = addPerson("Rhian");
    const QString askingPartner = m_directory->addOwn(partner("Food Bank", true)).value();
    const QString signposting = m_directory->addOwn(partner("Digital Hub", false)).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    const QString referral = referrals.refer(asked(person, signposting, "cv_help")).value();
    const Record before = m_vault->records().get(referral).value();
    QCOMPARE(before.value("consent"), QStringLiteral("not_needed"));

    // A generic edit would otherwise move the referral to a partner that asks for consent without it ever being
    // asked for, or turn "not needed" into "given" with no consent record behind it.
    const QList<QPair<QString, QString>> edits{{"partner_id", askingPartner},
                                               {"partner_name", "Food Bank"},
                                               {"service", "digital_skills"},
                                               {"consent", "given"}};
    for (const auto &[field, value] : edits) {
        const Status changed = m_vault->records().update(referral, {{field, value}});
        QVERIFY2(!changed, qPrintable(field));
        QCOMPARE(changed.error().code, ErrorCode::Invalid);
        QVERIFY(changed.error().fieldProblems.contains(field));
    }
    QCOMPARE(m_vault->records().get(referral)->fields, before.fields);

    // Saving the same values (as an editor that sends every field does) and following the outcome still work.
    QVERIFY(m_vault->records().update(referral, {{"partner_id", signposting}, {"notes", "Bring a CV"}}));
    QVERIFY(referrals.recordOutcome(referral, "attended", QDate::currentDate(), QStringLiteral("Went on Tuesday")));
    const Record after = m_vault->records().get(referral).value();
    QCOMPARE(after.value("outcome"), QStringLiteral("attended"));
    QCOMPARE(after.value("notes"), QStringLiteral("Went on Tuesday"));
    QCOMPARE(after.value("partner_id"), signposting);
}

void TestOutreach::theReferralFormIsFilledFromTheLatestReferral()
{
    const QString person = addPerson("Rhian");
    const QString library = m_directory->addOwn(partner("Library", false)).value();
    const QString hub = m_directory->addOwn(partner("Digital Hub", false)).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    ReferralRequest older = asked(person, hub, "cv_help");
    older.referredOn = QDate::currentDate().addDays(-10);
    older.notes = "Needs a CV";
    QVERIFY(referrals.refer(older));
    ReferralRequest newer = asked(person, library, "digital_skills");
    newer.referredOn = QDate::currentDate().addDays(-2);
    newer.notes = "Wants to learn email";
    QVERIFY(referrals.refer(newer));

    const auto forms = FormLibrary::builtIn();
    QVERIFY(forms);
    const auto form = std::find_if(
        forms.value().cbegin(), forms.value().cend(), [](const FormDefinition &f) { return f.id == "referral"; });
    QVERIFY(form != forms.value().cend());
    const auto filled = FormPrefill::fill(*form, m_vault->records(), person, "Coach Jones", QDate::currentDate());
    QVERIFY(filled);
    QCOMPARE(filled.value().value("service_name").value, QStringLiteral("Library"));
    QCOMPARE(filled.value().value("reason").value, QStringLiteral("Wants to learn email"));
    QVERIFY(filled.value().value("service_name").source.contains("Referral"));
}

void TestOutreach::referralToAServiceNotOfferedIsRefused()
{
    const QString person = addPerson("Rhian");
    const QString partnerId = m_directory->addOwn(partner("Digital Hub", false)).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    auto refused = referrals.refer(asked(person, partnerId, "housing"));
    QVERIFY(!refused);
    QVERIFY(refused.error().fieldProblems.contains("service"));
    ReferralRequest tomorrow = asked(person, partnerId, "cv_help");
    tomorrow.referredOn = QDate::currentDate().addDays(1);
    QVERIFY(refusedFor(referrals.refer(tomorrow), "referred_on"));
    QVERIFY(!referrals.refer(asked(person, "no-such-partner", "cv_help")));
    QVERIFY(!referrals.refer(asked("no-such-person", partnerId, "cv_help")));
    QVERIFY(referrals.forPerson(person)->isEmpty());
}

void TestOutreach::aRepeatVenueFillsInWhatItHadLastTime()
{
    OutreachSessions sessions(m_vault->database(), m_vault->audit());
    const QString partnerId = m_directory->addOwn(partner("Central Library", false)).value();
    OutreachSession first;
    first.heldOn = QDate::currentDate().addDays(-7);
    first.venue = "Central Library";
    first.partnerId = partnerId;
    first.hours = 2.5;
    first.seenNew = 4;
    first.seenReturning = 1;
    first.topics = {"cv_help", "digital_skills"};
    QVERIFY(sessions.record(first));

    auto repeat = sessions.repeatOf(" Central Library ");
    QVERIFY(repeat);
    QCOMPARE(repeat->partnerId, partnerId);
    QCOMPARE(repeat->hours, 2.5);
    QCOMPARE(repeat->topics, first.topics);
    QCOMPARE(repeat->heldOn, QDate::currentDate());
    QCOMPARE(repeat->seenNew, 0);
    repeat->seenNew = 2;
    QVERIFY(sessions.record(repeat.value()));

    auto fresh = sessions.repeatOf("Community hall");
    QVERIFY(fresh->partnerId.isEmpty());
    QCOMPARE(fresh->venue, QStringLiteral("Community hall"));
    QCOMPARE(sessions.venues().value(), QStringList({"Central Library"}));
    QCOMPARE(sessions.list()->size(), 2);
    QCOMPARE(sessions.list(QDate::currentDate(), QDate::currentDate())->size(), 1);
}

void TestOutreach::sessionsAreCheckedAndLinkOnlyCaseloadPeople()
{
    OutreachSessions sessions(m_vault->database(), m_vault->audit());
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    OutreachSession bad;
    bad.heldOn = QDate::currentDate().addDays(3);
    bad.venue = "";
    bad.hours = 0;
    bad.seenNew = -1;
    bad.topics = {"karaoke"};
    bad.partnerId = "nobody";
    auto refused = sessions.record(bad);
    QVERIFY(!refused);
    for (const char *field : {"held_on", "venue", "hours", "seen", "topics", "partner"})
        QVERIFY2(refused.error().fieldProblems.contains(field), field);

    OutreachSession stranger;
    stranger.heldOn = QDate::currentDate();
    stranger.venue = "Hall";
    stranger.hours = 1;
    stranger.seenNew = 3;
    stranger.personIds = {"not-on-the-caseload"};
    QVERIFY(sessions.record(stranger).error().fieldProblems.contains("people"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);

    stranger.personIds = {addPerson("Dewi")};
    QVERIFY(sessions.record(stranger));
    QCOMPARE(sessions.list()->first().personIds, stranger.personIds);
}

void TestOutreach::erasureRemovesThePersonFromSessionsAndReferrals()
{
    const QString person = addPerson("Dewi");
    const QString other = addPerson("Siân");
    OutreachSessions sessions(m_vault->database(), m_vault->audit());
    OutreachSession session;
    session.heldOn = QDate::currentDate();
    session.venue = "Hall";
    session.hours = 1;
    session.seenNew = 2;
    session.personIds = {person, other};
    const QString sessionId = sessions.record(session).value();
    const QString partnerId = m_directory->addOwn(partner("Hub", false)).value();
    Referrals referrals(m_vault->records(), m_vault->audit(), *m_directory);
    QVERIFY(referrals.refer(asked(person, partnerId, "cv_help")));

    QVERIFY(m_vault->records().erasePerson(person));
    const OutreachSession kept = sessions.list()->first();
    QCOMPARE(kept.id, sessionId);
    QCOMPARE(kept.personIds, QStringList({other}));
    QCOMPARE(kept.seenNew, 2); // the counts stay: they hold no one
    QCOMPARE(count("SELECT count(*) FROM records WHERE kind = 'referral'"), 0);
}

void TestOutreach::theDemoVaultHasPartnersSessionsAndReferrals()
{
    QVERIFY(DemoCaseload::generate(*m_vault, 60, 7));
    QVERIFY(DemoOutreach::generate(*m_vault, 7));
    QCOMPARE(m_directory->list()->size(), 8);
    OutreachSessions sessions(m_vault->database(), m_vault->audit());
    QCOMPARE(sessions.list()->size(), 12);
    const int referrals = count("SELECT count(*) FROM records WHERE kind = 'referral' AND deleted = 0");
    QVERIFY2(referrals >= 5, qPrintable(QString::number(referrals)));
    // Every referral to a partner that asks for consent has the consent recorded with it, naming the partner.
    const int withConsent = count("SELECT count(*) FROM fields WHERE name = 'consent' AND value = 'given'");
    QVERIFY(withConsent > 0);
    const int matched =
        count("SELECT count(*) FROM records r JOIN fields c ON c.record_id = r.id AND c.name = 'consent' AND c.value = "
              "'given' "
              "JOIN fields n ON n.record_id = r.id AND n.name = 'partner_name' WHERE r.kind = 'referral' AND EXISTS ("
              "SELECT 1 FROM records k JOIN fields d ON d.record_id = k.id AND d.name = 'details' "
              "WHERE k.person_id = r.person_id AND k.kind = 'consent' AND instr(d.value, n.value) > 0)");
    QCOMPARE(matched, withConsent);
    QVERIFY(m_vault->audit().verify()->intact());
}

QTEST_GUILESS_MAIN(TestOutreach)
#include "TestOutreach.moc"
