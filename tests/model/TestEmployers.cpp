#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/caseload/PersonReport.h"
#include "model/core/DisplaySafe.h"
#include "model/crypto/Minisign.h"
#include "model/demo/DemoCaseload.h"
#include "model/demo/DemoEmployers.h"
#include "model/employers/EmployerCounts.h"
#include "model/employers/EmployerDirectory.h"
#include "model/employers/PutForwards.h"
#include "model/matching/VacancyBundle.h"
#include "model/session/BundleHandlers.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

namespace
{
    Vacancy vacancy(const QString &id, const QString &employer, int closingInDays = 30)
    {
        Vacancy v;
        v.id = id;
        v.title = QStringLiteral("Warehouse operative");
        v.employer = employer;
        v.description = QStringLiteral("Picking and packing.");
        v.closingDate = QDate::currentDate().addDays(closingInDays);
        v.postcode = QStringLiteral("CF10");
        v.outcode = QStringLiteral("CF10");
        // Placed by coordinates: the vault has no outcode centroids to place a postcode area by.
        v.latitude = 51.48;
        v.longitude = -3.18;
        return v;
    }

    QString peerId(Vault &vault)
    {
        return Minisign::keyIdHex(Minisign::keyIdFor(vault.devicePublicKey()));
    }
} // namespace

/** Employers, engagements and people put forward with consent (model/employers, docs/employers.md). */
class TestEmployers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void vacanciesNameEmployersByPublisherAndName();
    void seeingEmployersInVacanciesStoresNothing();
    void ownEmployersAreAddedAndChecked();
    void anEngagementStoresAVacancyEmployerUnderItsId();
    void aBadEngagementIsRefusedAndNothingChanges();
    void contactsStayOutOfTheAudit();
    void putForwardIsRefusedWithoutConsent();
    void putForwardIsRecordedOnBothSidesWithConsent();
    void outcomesAreCountedInTheSummaryAndThePeriod();
    void putForwardIsInTheRightOfAccessCopyAndTravelsInSync();
    void erasureRemovesPutForwardsAndTheEmployerStays();
    void hostileEmployerNamesFromBundlesAreMadeSafe();
    void theDemoVaultHasEmployersEngagementsAndOutcomes();

private:
    void addVacancies(const QByteArray &signer, const QVector<Vacancy> &vacancies);
    QString publisher(const QByteArray &signer) const { return Minisign::keyIdHex(signer); }
    QString addPerson(const QString &given);
    int count(const char *sql);
    int auditCount(const QLatin1String &action);
    PutForwardRequest request(const QString &person, const QString &vacancyId, bool consent = true) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<EmployerDirectory> m_directory;
    std::unique_ptr<PutForwards> m_putForwards;
    const QByteArray m_signerA = QByteArray(8, 'A');
    const QByteArray m_signerB = QByteArray(8, 'B');
};

void TestEmployers::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    m_directory = std::make_unique<EmployerDirectory>(m_vault->database(), m_vault->audit());
    m_putForwards = std::make_unique<PutForwards>(m_vault->records(), m_vault->audit(), *m_directory);
}

void TestEmployers::cleanup()
{
    m_putForwards.reset();
    m_directory.reset();
    m_vault.reset();
    m_dir.reset();
}

void TestEmployers::addVacancies(const QByteArray &signer, const QVector<Vacancy> &vacancies)
{
    // The vacancy handler writes them as an import of a bundle signed by `signer` would.
    VacancyBundle handler;
    handler.setContent(vacancies, VacancyBundle::Mode::Snapshot);
    BundleHeader header;
    header.publisher = QStringLiteral("Jobs feed");
    header.signerKeyId = signer;
    header.bundleId = QByteArray(16, signer.at(0));
    ImportSummary summary;
    Transaction transaction(m_vault->database());
    QVERIFY(handler.apply(m_vault->database(), header, summary, {}));
    QVERIFY(transaction.commit());
}

QString TestEmployers::addPerson(const QString &given)
{
    auto id = m_vault->records().createPerson({{"given_name", given}, {"family_name", "Prosser"}});
    return id ? id.value() : QString();
}

int TestEmployers::count(const char *sql)
{
    return int(m_vault->database().scalarInteger(sql).value());
}

int TestEmployers::auditCount(const QLatin1String &action)
{
    Statement rows = m_vault->database().prepare("SELECT count(*) FROM audit WHERE action = ?");
    rows.bind(1, QString(action));
    return rows.next() ? int(rows.integer(0)) : -1;
}

PutForwardRequest TestEmployers::request(const QString &person, const QString &vacancyId, bool consent) const
{
    PutForwardRequest r;
    r.personId = person;
    r.vacancyId = vacancyId;
    r.consentConfirmed = consent;
    return r;
}

void TestEmployers::vacanciesNameEmployersByPublisherAndName()
{
    addVacancies(m_signerA,
                 {vacancy("a1", "Acme Ltd"),
                  vacancy("a2", "ACME  limited"),
                  vacancy("a3", "Acme Ltd."),
                  vacancy("a4", "Becws Bach"),
                  vacancy("a5", "Closed Co", -3)});
    addVacancies(m_signerB, {vacancy("b1", "Acme Ltd")});

    auto all = m_directory->list();
    QVERIFY(all);
    QCOMPARE(all->size(), 3); // Acme from each publisher, and Becws Bach; a closed vacancy names no one
    QStringList origins;
    int acmeVacancies = 0;
    for (const Employer &e : all.value()) {
        QVERIFY(!e.stored);
        QVERIFY(!e.isOwn());
        QCOMPARE(e.id, EmployerDirectory::idFor(e.origin, e.name));
        if (e.name.startsWith("Acme", Qt::CaseInsensitive)) {
            origins << e.origin;
            acmeVacancies += e.openVacancies;
        }
    }
    origins.sort();
    QCOMPARE(origins, QStringList({publisher(m_signerA), publisher(m_signerB)}));
    QCOMPARE(acmeVacancies, 4);
    QVERIFY(EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd") !=
            EmployerDirectory::idFor(publisher(m_signerB), "Acme Ltd"));
    QCOMPARE(EmployerDirectory::idFor(publisher(m_signerA), "ACME  limited"),
             EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd."));

    EmployerFilter search;
    search.text = "becws";
    QCOMPARE(m_directory->list(search)->size(), 1);
    auto one = m_directory->get(EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd"));
    QVERIFY(one);
    QCOMPARE(one->openVacancies, 3);
    QCOMPARE(m_directory->summary(one->id)->openVacancies, 3);
}

void TestEmployers::seeingEmployersInVacanciesStoresNothing()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd"), vacancy("a2", "Becws Bach")});
    QCOMPARE(m_directory->list()->size(), 2);
    // Neither the import nor the listing writes employers: a row comes only when the coach records something.
    QCOMPARE(count("SELECT count(*) FROM employers"), 0);
    QCOMPARE(auditCount(AuditAction::EmployerAdded), 0);
    QVERIFY(!m_directory->get("no-such-employer"));
}

void TestEmployers::ownEmployersAreAddedAndChecked()
{
    Employer empty;
    empty.name = "  \u202e ";
    auto refused = m_directory->addOwn(empty);
    QVERIFY(!refused);
    QVERIFY(refused.error().fieldProblems.contains("name"));
    Employer badPostcode;
    badPostcode.name = "Riverside Care Home";
    badPostcode.postcode = "not a postcode";
    QVERIFY(!m_directory->addOwn(badPostcode));
    QCOMPARE(count("SELECT count(*) FROM employers"), 0);

    Employer own;
    own.name = "Riverside Care Home";
    own.postcode = "cf47 0aa";
    auto id = m_directory->addOwn(own);
    QVERIFY(id);
    auto stored = m_directory->get(id.value());
    QVERIFY(stored);
    QVERIFY(stored->isOwn());
    QVERIFY(stored->stored);
    QCOMPARE(stored->postcode, QStringLiteral("CF47 0AA"));
    QCOMPARE(stored->openVacancies, 0);
    Employer again;
    again.name = "RIVERSIDE care home";
    QVERIFY(!m_directory->addOwn(again));

    EmployerFilter own_only;
    own_only.ownOnly = true;
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd")});
    QCOMPARE(m_directory->list(own_only)->size(), 1);
    QCOMPARE(m_directory->list()->size(), 2);

    Employer changed = stored.value();
    changed.website = "https://riverside.example";
    QVERIFY(m_directory->update(changed));
    QCOMPARE(m_directory->get(id.value())->website, QStringLiteral("https://riverside.example"));
    QCOMPARE(auditCount(AuditAction::EmployerAdded), 1);
    QCOMPARE(auditCount(AuditAction::EmployerChanged), 1);
}

void TestEmployers::anEngagementStoresAVacancyEmployerUnderItsId()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd"), vacancy("a2", "Acme Ltd")});
    const QString id = EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd");
    Engagement visit;
    visit.employerId = id;
    visit.kind = "visited";
    visit.on = QDate::currentDate().addDays(-2);
    visit.note = "Met the store manager; two roles coming in January.";
    visit.recordedBy = "Test Coach";
    auto logged = m_directory->logEngagement(visit);
    QVERIFY(logged);
    Engagement call = visit;
    call.kind = "called";
    call.on = QDate::currentDate();
    call.note.clear();
    QVERIFY(m_directory->logEngagement(call));

    QCOMPARE(count("SELECT count(*) FROM employers"), 1);
    auto employer = m_directory->get(id);
    QVERIFY(employer->stored);
    QCOMPARE(employer->openVacancies, 2);
    QCOMPARE(m_directory->list()->size(), 1); // stored and seen are one employer
    auto engagements = m_directory->engagements(id);
    QCOMPARE(engagements->size(), 2);
    QCOMPARE(engagements->first().kind, QStringLiteral("called"));
    QCOMPARE(engagements->last().recordedBy, QStringLiteral("Test Coach"));
    auto summary = m_directory->summary(id);
    QCOMPARE(summary->engagements, 2);
    QCOMPARE(summary->lastEngagement, QDate::currentDate());
    QCOMPARE(summary->lastEngagementKind, QStringLiteral("called"));

    // The audit names the employer and engagement by id only.
    Statement rows = m_vault->database().prepare("SELECT object, detail FROM audit WHERE action = ?");
    rows.bind(1, QString(AuditAction::EmployerEngagement));
    int entries = 0;
    while (rows.next()) {
        ++entries;
        QCOMPARE(rows.text(0), id);
        QVERIFY(!rows.text(1).contains("Acme"));
        QVERIFY(!rows.text(1).contains("manager"));
    }
    QCOMPARE(entries, 2);
}

void TestEmployers::aBadEngagementIsRefusedAndNothingChanges()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd")});
    const QString id = EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd");
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    Engagement bad;
    bad.employerId = id;
    bad.kind = "lunch";
    QVERIFY(m_directory->logEngagement(bad).error().fieldProblems.contains("kind"));
    bad.kind = "visited";
    bad.on = QDate::currentDate().addDays(1);
    QVERIFY(m_directory->logEngagement(bad).error().fieldProblems.contains("date"));
    bad.on = QDate::currentDate();
    bad.note = QString(EmployerDirectory::MaxNoteLength + 1, 'x');
    QVERIFY(m_directory->logEngagement(bad).error().fieldProblems.contains("note"));
    bad.note.clear();
    bad.employerId = "nobody";
    QCOMPARE(m_directory->logEngagement(bad).error().code, ErrorCode::NotFound);
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestEmployers::contactsStayOutOfTheAudit()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd")});
    const QString id = EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd");
    EmployerContact contact;
    contact.employerId = id;
    contact.name = "Morwenna Tregarthen";
    contact.role = "Store manager";
    contact.email = "not an email";
    QVERIFY(!m_directory->addContact(contact));
    contact.email = "morwenna@acme.example";
    auto added = m_directory->addContact(contact);
    QVERIFY(added);
    contact.id = added.value();
    contact.phone = "029 2018 0000";
    QVERIFY(m_directory->updateContact(contact));
    auto contacts = m_directory->contacts(id);
    QCOMPARE(contacts->size(), 1);
    QCOMPARE(contacts->first().phone, QStringLiteral("029 2018 0000"));
    QVERIFY(m_directory->removeContact(contact.id));
    QCOMPARE(m_directory->contacts(id)->size(), 0);

    QCOMPARE(count("SELECT count(*) FROM audit WHERE object LIKE '%Morwenna%' OR detail LIKE '%Morwenna%' "
                   "OR detail LIKE '%acme.example%'"),
             0);
    QCOMPARE(auditCount(AuditAction::EmployerContactAdded), 1);
    QCOMPARE(auditCount(AuditAction::EmployerContactChanged), 1);
    QCOMPARE(auditCount(AuditAction::EmployerContactRemoved), 1);
}

void TestEmployers::putForwardIsRefusedWithoutConsent()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd"), vacancy("closed", "Acme Ltd", -1)});
    const QString person = addPerson("Carys");
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto refused = m_putForwards->putForward(request(person, "a1", false));
    QVERIFY(!refused);
    QVERIFY(refused.error().fieldProblems.contains("consent"));
    QCOMPARE(m_putForwards->putForward(request(person, "closed")).error().code, ErrorCode::NotAllowed);
    QCOMPARE(m_putForwards->putForward(request(person, "nope")).error().code, ErrorCode::NotFound);
    QCOMPARE(m_putForwards->putForward(request("nobody", "a1")).error().code, ErrorCode::NotFound);
    PutForwardRequest tomorrow = request(person, "a1");
    tomorrow.on = QDate::currentDate().addDays(1);
    QVERIFY(!m_putForwards->putForward(tomorrow));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestEmployers::putForwardIsRecordedOnBothSidesWithConsent()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd")});
    const QString person = addPerson("Carys");
    auto made = m_putForwards->putForward(request(person, "a1"));
    QVERIFY(made);
    const QString employerId = EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd");

    // The person's side: the put-forward, with the employer and job as they were, and the consent beside it.
    auto records = m_putForwards->forPerson(person);
    QCOMPARE(records->size(), 1);
    const Record &r = records->first();
    QCOMPARE(r.id, made.value());
    QCOMPARE(r.value("employer_id"), employerId);
    QCOMPARE(r.value("employer_name"), QStringLiteral("Acme Ltd"));
    QCOMPARE(r.value("vacancy_id"), QStringLiteral("a1"));
    QCOMPARE(r.value("vacancy_title"), QStringLiteral("Warehouse operative"));
    QCOMPARE(r.value("consent"), QStringLiteral("given"));
    QCOMPARE(r.value("outcome"), QStringLiteral("put_forward"));
    auto consents = m_vault->records().list(person, Kinds::Consent);
    QCOMPARE(consents->size(), 1);
    QCOMPARE(consents->first().value("purpose"), QStringLiteral("put_forward"));
    QVERIFY(consents->first().value("details").contains("Acme Ltd"));

    // What was put forward, to whom and with what consent stays as made: a generic edit cannot move it.
    for (const auto &[field, value] : QList<QPair<QString, QString>>{
             {"employer_id", "elsewhere"}, {"employer_name", "Other Ltd"}, {"vacancy_id", "b2"}, {"consent", ""}}) {
        const Status changed = m_vault->records().update(r.id, {{field, value}});
        QVERIFY2(!changed, qPrintable(field));
    }
    QCOMPARE(m_vault->records().get(r.id)->fields, r.fields);

    // The employer's side: stored, and counting the person.
    auto employer = m_directory->get(employerId);
    QVERIFY(employer->stored);
    QCOMPARE(m_directory->summary(employerId)->putForward, 1);

    // Audited by id; a second put-forward for the same job is refused while the first is open.
    Statement audit = m_vault->database().prepare("SELECT object, detail FROM audit WHERE action = ?");
    audit.bind(1, QString(AuditAction::PutForward));
    QVERIFY(audit.next());
    QCOMPARE(audit.text(0), person);
    QVERIFY(audit.text(1).contains(made.value()));
    QVERIFY(audit.text(1).contains(employerId));
    QVERIFY(!audit.text(1).contains("Acme"));
    QVERIFY(!m_putForwards->putForward(request(person, "a1")));
}

void TestEmployers::outcomesAreCountedInTheSummaryAndThePeriod()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd"), vacancy("a2", "Acme Ltd")});
    const QString employerId = EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd");
    const QDate today = QDate::currentDate();
    const QString carys = addPerson("Carys");
    const QString dai = addPerson("Dai");
    const QString eleri = addPerson("Eleri");
    PutForwardRequest first = request(carys, "a1");
    first.on = today.addDays(-10);
    const QString one = m_putForwards->putForward(first).value();
    const QString two = m_putForwards->putForward(request(dai, "a2")).value();
    const QString three = m_putForwards->putForward(request(eleri, "a1")).value();

    QVERIFY(m_putForwards->recordOutcome(carys, one, "interview", today.addDays(-5)));
    QVERIFY(m_putForwards->recordOutcome(carys, one, "started", today));
    QVERIFY(m_putForwards->recordOutcome(dai, two, "interview", today));
    QVERIFY(m_putForwards->recordOutcome(dai, two, "not_selected", today));
    QVERIFY(m_putForwards->recordOutcome(eleri, three, "withdrew", today));
    // Refused: someone else's put-forward, an unknown outcome, a day before it was made.
    QCOMPARE(m_putForwards->recordOutcome(dai, one, "started").error().code, ErrorCode::NotFound);
    QVERIFY(!m_putForwards->recordOutcome(carys, one, "hired"));
    QVERIFY(!m_putForwards->recordOutcome(carys, one, "interview", today.addDays(-20)));

    auto summary = m_directory->summary(employerId);
    QVERIFY(summary);
    QCOMPARE(summary->openVacancies, 2);
    QCOMPARE(summary->putForward, 3);
    QCOMPARE(summary->interviews, 2);
    QCOMPARE(summary->starts, 1);

    Engagement fair;
    fair.employerId = employerId;
    fair.kind = "job_fair";
    fair.on = today;
    QVERIFY(m_directory->logEngagement(fair));
    auto counts = EmployerCounts::forPeriod(m_vault->database(), today.addDays(-30), today);
    QVERIFY(counts);
    QCOMPARE(counts->total.putForward, 3);
    QCOMPARE(counts->total.interviews, 2);
    QCOMPARE(counts->total.starts, 1);
    QCOMPARE(counts->engagementsTotal, 1);
    const QString month = today.toString("yyyy-MM");
    QCOMPARE(counts->engagementsByMonth.value({month, "job_fair"}), 1);
    QCOMPARE(counts->outcomesByMonth.value(month).starts, 1);
    QCOMPARE(counts->perEmployer.value(employerId).outcomes.putForward, 3);
    QCOMPARE(counts->perEmployer.value(employerId).engagements.value("job_fair"), 1);
    QCOMPARE(counts->perEmployer.value(employerId).name, QStringLiteral("Acme Ltd"));
    // Only the period asked for: nothing happened before it.
    auto earlier = EmployerCounts::forPeriod(m_vault->database(), today.addDays(-60), today.addDays(-31));
    QCOMPARE(earlier->total.putForward, 0);
    QCOMPARE(earlier->engagementsTotal, 0);
}

void TestEmployers::putForwardIsInTheRightOfAccessCopyAndTravelsInSync()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd")});
    const QString person = addPerson("Carys");
    const QString made = m_putForwards->putForward(request(person, "a1")).value();

    auto report = PersonReport::build(*m_vault, person);
    QVERIFY(report);
    bool listed = false;
    for (const PersonReport::Section &section : report->sections()) {
        if (section.kind != Kinds::PutForward)
            continue;
        QCOMPARE(section.entries.size(), 1);
        listed = section.entries.first().id == made;
    }
    QVERIFY(listed);
    QVERIFY(report->toText().contains("Acme Ltd"));

    auto other = Fixtures::create(*m_dir, "other");
    for (auto [from, to] : {std::pair<Vault *, Vault *>{m_vault.get(), other.get()},
                            std::pair<Vault *, Vault *>{other.get(), m_vault.get()}}) {
        const QByteArray key = from->devicePublicKey();
        CaseloadSync sync(*to);
        QVERIFY(sync.addPeer(
            {Minisign::keyIdFor(key), key}, from->ownerName(), from->setting(), Minisign::fingerprint(key)));
    }
    CaseloadSync sync(*m_vault);
    auto bundle = sync.exportFor(peerId(*other));
    QVERIFY(bundle);
    QVERIFY(BundleHandlers::makeImporter(*other)->importBytes(bundle.value()));
    auto received = other->records().list(person, Kinds::PutForward);
    QVERIFY(received);
    QCOMPARE(received->size(), 1);
    QCOMPARE(received->first().value("employer_name"), QStringLiteral("Acme Ltd"));
}

void TestEmployers::erasureRemovesPutForwardsAndTheEmployerStays()
{
    addVacancies(m_signerA, {vacancy("a1", "Acme Ltd")});
    const QString person = addPerson("Carys");
    const QString stays = addPerson("Dai");
    const QString made = m_putForwards->putForward(request(person, "a1")).value();
    QVERIFY(m_putForwards->putForward(request(stays, "a1")));
    const QString employerId = EmployerDirectory::idFor(publisher(m_signerA), "Acme Ltd");
    QCOMPARE(m_directory->summary(employerId)->putForward, 2);

    QVERIFY(m_vault->records().erasePerson(person));
    QVERIFY(!m_vault->records().get(made));
    Statement left = m_vault->database().prepare("SELECT count(*) FROM records WHERE person_id = ?");
    left.bind(1, person);
    QVERIFY(left.next());
    QCOMPARE(left.integer(0), 0);
    auto employer = m_directory->get(employerId);
    QVERIFY(employer);
    QVERIFY(employer->stored);
    QCOMPARE(m_directory->summary(employerId)->putForward, 1);
}

void TestEmployers::hostileEmployerNamesFromBundlesAreMadeSafe()
{
    const QString bidi = QStringLiteral("Acme\u202e dtL\u202c \x1b]0;owned\x07Bakery");
    const QString longName = QString(5000, QLatin1Char('W')) + QStringLiteral(" Ltd");
    addVacancies(m_signerA,
                 {vacancy("a1", bidi), vacancy("a2", longName), vacancy("a3", QStringLiteral("\u202e\u2066 \t"))});
    auto all = m_directory->list();
    QVERIFY(all);
    QCOMPARE(all->size(), 2); // a name of nothing but controls names no employer
    for (const Employer &e : all.value()) {
        QVERIFY(e.name.size() <= EmployerDirectory::MaxNameLength);
        for (const QChar c : e.name)
            QVERIFY2(!DisplaySafe::isUnsafe(c), qPrintable(QString::number(c.unicode(), 16)));
        QVERIFY(!e.name.isEmpty());
        // Each can be engaged with and put forward to, and is stored as safe as it is shown.
        Engagement call;
        call.employerId = e.id;
        call.kind = "called";
        QVERIFY(m_directory->logEngagement(call));
        QCOMPARE(m_directory->get(e.id)->name, e.name);
    }
    const QString person = addPerson("Carys");
    auto made = m_putForwards->putForward(request(person, "a1"));
    QVERIFY(made);
    const QString stored = m_vault->records().get(made.value())->value("employer_name");
    for (const QChar c : stored)
        QVERIFY(!DisplaySafe::isUnsafe(c));
    QVERIFY(m_putForwards->putForward(request(person, "a2")));
}

void TestEmployers::theDemoVaultHasEmployersEngagementsAndOutcomes()
{
    QVERIFY(DemoCaseload::generate(*m_vault, 120, 7));
    QVERIFY(DemoCaseload::addVacancies(*m_vault, 300, 7));
    QVERIFY(DemoEmployers::generate(*m_vault, 7));
    QVERIFY(count("SELECT count(*) FROM employers WHERE origin = 'own'") >= 3);
    QVERIFY(count("SELECT count(*) FROM employers WHERE origin <> 'own'") >= 1);
    QVERIFY(count("SELECT count(*) FROM employer_engagements") >= 5);
    QVERIFY(count("SELECT count(*) FROM employer_contacts") >= 3);
    auto counts =
        EmployerCounts::forPeriod(m_vault->database(), QDate::currentDate().addDays(-120), QDate::currentDate());
    QVERIFY(counts);
    QVERIFY(counts->total.putForward >= 5);
    QVERIFY(counts->total.interviews >= 1);
    QVERIFY(counts->total.starts >= 1);
}

QTEST_GUILESS_MAIN(TestEmployers)
#include "TestEmployers.moc"
