#include "model/demo/SyntheticVacancies.h"
#include "model/matching/Vacancy.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/Database.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"
#include "ui/sync/ConflictsDialog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * A coach's week, end to end, with the real binary and, where a coach settles a conflict, the app's own view
 * offscreen (issue 14's scenario): four vaults on one machine, an admin, two
 * work coaches (A and B) and a GP practice. The admin's key is trusted after its fingerprint is compared; signed
 * vacancy (CSV and schema.org JobPosting), geodata, course and form bundles reach every vault; coach A records 40
 * claimants with work histories and notes and decides suggestions read from the notes; the practice sends a
 * consented plan; three cases are handed to coach B and edited on both sides offline; an erasure travels; a
 * bundle of changes withdraws 1,000 vacancies. At the end every vault verifies, and no personal marker the test
 * typed is in plaintext in any vault folder, in the temporary folder the commands used, or in anything they logged.
 *
 * The steps run in order and share the vaults, as one week does.
 */
class TestCoachWeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void adminKeyIsTrustedAfterComparingFingerprints();
    void publisherBundlesReachEveryVault();
    void coachRecordsClaimantsAndDecidesSuggestions();
    void consentedPlanTravelsFromThePractice();
    void handedOverCaseEditedOnBothSidesLosesNothing();
    void erasureReachesTheOtherCoach();
    void bundleOfChangesWithdrawsVacanciesFromMatching();
    void everyVaultVerifiesAndHoldsNoPlaintextMarkers();

private:
    static constexpr const char *Passphrase = "correct horse battery staple";
    /** Runs waymark-cli, keeping what it wrote to stderr (its log) for the plaintext check at the end. */
    Fixtures::CliRun cli(const QStringList &args);
    QJsonObject cliJson(const QStringList &args);
    QString makeVault(const QString &name, const QString &setting);
    /** Each of `a` and `b` adds the other as a sync device after comparing its fingerprint; returns b's id. */
    QString pair(const QString &a, const QString &aLabel, const QString &b, const QString &bLabel);
    QString deviceId(const QString &vault);
    /** Exports what `from` has for `toId`, imports it into `to`, and takes the receipt back. */
    void sync(const QString &from, const QString &toId, const QString &to, const QStringList &extra = {});
    QString build(const QString &kind, const QStringList &args, int sequence);
    void importEverywhere(const QString &bundle);
    /** Every value of `field` in the person's `kind` records, from person show --json. */
    QStringList values(const QString &vault, const QString &person, const QString &kind, const QString &field);
    QStringList matchedVacancies(const QString &vault, const QString &person, int top);
    QString marker(const QString &what);

    QTemporaryDir m_dir;
    QTemporaryDir m_childTemp;
    QString m_admin, m_coachA, m_coachB, m_practice;
    QString m_coachAId, m_coachBId;
    QString m_key;
    int m_sequence = 0;
    QByteArray m_logs;
    QStringList m_markers;
    QStringList m_claimants;
    /** What was typed about each claimant, checked again at the end: nothing typed may be lost. */
    struct Typed
    {
        QString employer;
        QString note;
    };
    QHash<QString, Typed> m_typed;
    QStringList m_handedOver;
    QString m_patientConsented, m_patientNotConsented;
};

Fixtures::CliRun TestCoachWeek::cli(const QStringList &args)
{
    Fixtures::CliRun run = Fixtures::runCli(args, Passphrase);
    m_logs += run.err;
    return run;
}

QJsonObject TestCoachWeek::cliJson(const QStringList &args)
{
    const Fixtures::CliRun run = cli(args + QStringList{"--json"});
    if (run.exitCode != 0)
        qWarning("%s failed: %s", qPrintable(args.mid(0, 2).join(u' ')), run.err.constData());
    return QJsonDocument::fromJson(run.out).object();
}

QString TestCoachWeek::marker(const QString &what)
{
    // Unusual enough that no other byte sequence in a vault folder or a log would hold it by chance.
    const QString text = QStringLiteral("Zq%1x%2").arg(what).arg(m_markers.size());
    m_markers.append(text);
    return text;
}

void TestCoachWeek::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_childTemp.isValid());
    // Whatever the commands write to a temporary folder lands here, where the last step looks for markers.
    qputenv("TMPDIR", QFile::encodeName(m_childTemp.path()));
}

QString TestCoachWeek::makeVault(const QString &name, const QString &setting)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".waymark"));
    const auto run =
        cli({"vault", "create", "--vault", path, "--setting", setting, "--owner", name, "--kdf", "minimum"});
    return run.exitCode == 0 ? path : QString();
}

QString TestCoachWeek::deviceId(const QString &vault)
{
    const QString out = vault + QStringLiteral(".pub");
    if (cli({"key", "export", "--minisign", "--vault", vault, "--out", out}).exitCode != 0)
        return {};
    return out;
}

QString TestCoachWeek::pair(const QString &a, const QString &aLabel, const QString &b, const QString &bLabel)
{
    const QString aKey = deviceId(a);
    const QString bKey = deviceId(b);
    const QJsonObject aPrint = cliJson({"key", "fingerprint", aKey});
    const QJsonObject bPrint = cliJson({"key", "fingerprint", bKey});
    const auto add = [&](const QString &vault,
                         const QString &key,
                         const QJsonObject &print,
                         const QString &label,
                         const QString &setting) {
        return cli({"sync",
                    "add-device",
                    key,
                    "--vault",
                    vault,
                    "--label",
                    label,
                    "--setting",
                    setting,
                    "--fingerprint",
                    print.value("fingerprint").toString()})
                   .exitCode == 0;
    };
    const QString aSetting = a == m_practice ? QStringLiteral("gp-practice") : QStringLiteral("work-coach");
    if (!add(a, bKey, bPrint, bLabel, QStringLiteral("work-coach")) || !add(b, aKey, aPrint, aLabel, aSetting))
        return {};
    return bPrint.value("key_id").toString();
}

void TestCoachWeek::sync(const QString &from, const QString &toId, const QString &to, const QStringList &extra)
{
    const QString bundle = m_dir.filePath(QStringLiteral("sync-%1.wmbundle").arg(++m_sequence));
    const auto exported =
        cli(QStringList{"sync", "export", "--vault", from, "--device", toId, "--out", bundle} + extra);
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    const QJsonObject imported = cliJson({"bundle", "import", bundle, "--vault", to});
    const QString receipt = imported.value("receipt").toString();
    QVERIFY2(QFile::exists(receipt), "no receipt was written");
    const auto delivered = cli({"bundle", "import", receipt, "--vault", from});
    QVERIFY2(delivered.exitCode == 0, delivered.err.constData());
}

QString TestCoachWeek::build(const QString &kind, const QStringList &args, int sequence)
{
    const QString out = m_dir.filePath(QStringLiteral("%1-%2.wmbundle").arg(kind).arg(sequence));
    const auto run = cli(
        QStringList{"bundle", "build-" + kind} + args +
        QStringList{
            "--key", m_key + ".key", "--publisher", "Admin", "--sequence", QString::number(sequence), "--out", out});
    if (run.exitCode != 0)
        qWarning("build-%s: %s", qPrintable(kind), run.err.constData());
    return run.exitCode == 0 ? out : QString();
}

void TestCoachWeek::importEverywhere(const QString &bundle)
{
    QVERIFY(!bundle.isEmpty());
    for (const QString &vault : {m_coachA, m_coachB, m_practice}) {
        const auto run = cli({"bundle", "import", bundle, "--vault", vault});
        QVERIFY2(run.exitCode == 0, run.err.constData());
    }
}

QStringList
TestCoachWeek::values(const QString &vault, const QString &person, const QString &kind, const QString &field)
{
    return Fixtures::reportValues(
        cli({"person", "show", "--vault", vault, "--person", person, "--json"}).out, kind, field);
}

QStringList TestCoachWeek::matchedVacancies(const QString &vault, const QString &person, int top)
{
    const QJsonObject matched = cliJson({"match", "--vault", vault, "--person", person, "--top", QString::number(top)});
    QStringList ids;
    for (const QJsonValue &r : matched.value("results").toArray())
        ids.append(r["vacancy_id"].toString());
    return ids;
}

void TestCoachWeek::adminKeyIsTrustedAfterComparingFingerprints()
{
    m_admin = makeVault("admin", "admin");
    m_coachA = makeVault("coach-a", "work-coach");
    m_coachB = makeVault("coach-b", "work-coach");
    m_practice = makeVault("practice", "gp-practice");
    QVERIFY(!m_admin.isEmpty() && !m_coachA.isEmpty() && !m_coachB.isEmpty() && !m_practice.isEmpty());

    m_key = m_dir.filePath("admin-publisher");
    const QJsonObject generated = cliJson({"key", "generate", "--out", m_key, "--kdf", "minimum"});
    const QString told = generated.value("fingerprint").toString();
    QVERIFY(!told.isEmpty());
    for (const QString &vault : {m_coachA, m_coachB, m_practice}) {
        // Each reads the fingerprint of the file they were sent and compares it with the one the admin read out.
        const QString read = cliJson({"key", "fingerprint", m_key + ".pub"}).value("fingerprint").toString();
        QCOMPARE(read, told);
        const QStringList trust = {"trust",
                                   "add",
                                   m_key + ".pub",
                                   "--vault",
                                   vault,
                                   "--kinds",
                                   "vacancies,geodata,courses,forms",
                                   "--label",
                                   "Admin"};
        // A fingerprint misheard by one character adds nothing.
        QString misheard = told;
        misheard[misheard.size() - 1] = misheard.endsWith(u'A') ? u'B' : u'A';
        QVERIFY(cli(trust + QStringList{"--fingerprint", misheard}).exitCode != 0);
        const auto trusted = cli(trust + QStringList{"--fingerprint", told});
        QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    }
    m_coachBId = pair(m_coachA, "Coach A", m_coachB, "Coach B");
    m_coachAId = pair(m_practice, "Practice", m_coachA, "Coach A");
    QVERIFY(!m_coachAId.isEmpty() && !m_coachBId.isEmpty());
}

void TestCoachWeek::publisherBundlesReachEveryVault()
{
    const QDate today = QDate::currentDate();
    // 19,900 rows as vacancies.csv and 100 as schema.org JobPosting JSON Lines: 20,000 in all.
    const QString csv = m_dir.filePath("vacancies.csv");
    QVERIFY(SyntheticVacancies::writeCsvFile(csv, 19900, 7, today));
    const QVector<Vacancy> generated = SyntheticVacancies::generate(19900, 7, today);
    QMap<QString, QPair<double, double>> outcodes;
    for (const Vacancy &v : generated) {
        const QString outcode = v.postcode.section(u' ', 0, 0).toUpper();
        if (v.hasCoordinates() && !outcode.isEmpty())
            outcodes.insert(outcode, qMakePair(*v.latitude, *v.longitude));
    }
    QByteArray geodata = "outcode,latitude,longitude\n";
    for (auto it = outcodes.cbegin(); it != outcodes.cend(); ++it)
        geodata +=
            it.key().toUtf8() + ',' + QByteArray::number(it->first) + ',' + QByteArray::number(it->second) + '\n';
    QByteArray postings;
    for (int i = 0; i < 100; ++i) {
        const QJsonObject posting{
            {"@type", "JobPosting"},
            {"identifier", QStringLiteral("JP%1").arg(i)},
            {"title", "Care Assistant &amp; Support Worker"},
            {"description", "<p>You will support people with <b>personal care</b> and help with meals.</p>"},
            {"hiringOrganization", QJsonObject{{"name", "Riverside Care"}}},
            {"jobLocation",
             QJsonObject{{"address", QJsonObject{{"postalCode", "CF10 1EP"}}},
                         {"geo", QJsonObject{{"latitude", 51.48}, {"longitude", -3.18}}}}},
            {"employmentType", "PART_TIME"},
            {"validThrough", today.addDays(30).toString(Qt::ISODate)}};
        postings += QJsonDocument(posting).toJson(QJsonDocument::Compact) + '\n';
    }
    const QString courses = Fixtures::fileIn(
        m_dir,
        "courses.csv",
        "id,title,provider,length,skills\nC1,Food hygiene,college,1 day,food safety\nC2,Forklift,employer,3 days,"
        "operate forklift\n");

    importEverywhere(build("geodata", {"--csv", Fixtures::fileIn(m_dir, "geodata.csv", geodata)}, 1));
    importEverywhere(build("vacancies", {"--csv", csv}, 2));
    importEverywhere(build("vacancies", {"--csv", Fixtures::fileIn(m_dir, "postings.jsonl", postings)}, 3));
    importEverywhere(build("courses", {"--csv", courses}, 4));
    importEverywhere(build("forms", {"--dir", QStringLiteral(WAYMARK_TEST_DATA "/../../resources/forms")}, 5));
    m_sequence = 5;

    const QJsonObject info = cliJson({"vacancies", "report", "--vault", m_coachB});
    QVERIFY2(!info.isEmpty(), m_logs.right(400).constData());
    auto opened = Vault::open(m_coachB, Fixtures::passphrase());
    QVERIFY(opened);
    QCOMPARE(opened.value()->database().scalarInteger("SELECT count(*) FROM vacancies").value(), 20000);
}

void TestCoachWeek::coachRecordsClaimantsAndDecidesSuggestions()
{
    const QStringList postcodes = {"LS1 4AP", "CF10 1EP", "M1 1AE", "B1 1BB", "NE1 4ST"};
    int accepted = 0;
    int rejected = 0;
    for (int i = 0; i < 40; ++i) {
        const QJsonObject person = cliJson({"person",
                                            "add",
                                            "--vault",
                                            m_coachA,
                                            "--given",
                                            marker("Given"),
                                            "--family",
                                            marker("Family"),
                                            "--set",
                                            "postcode=" + postcodes.at(i % postcodes.size()),
                                            "--set",
                                            "phone=0113496" + QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'))});
        const QString id = person.value("id").toString();
        QVERIFY(!id.isEmpty());
        m_claimants.append(id);
        m_typed[id] = {marker("Employer"),
                       marker("Note") + " has a forklift licence, can work 16 hours a week and is good at customer "
                                        "service."};
        for (const QStringList &record :
             {QStringList{"work_history", "job_title=Care assistant", "employer=" + m_typed[id].employer},
              QStringList{"job_goal", "title=Care assistant"}}) {
            QStringList args = {"record", "add", "--vault", m_coachA, "--person", id, "--kind", record.first()};
            for (const QString &field : record.mid(1))
                args << "--set" << field;
            QVERIFY(cli(args).exitCode == 0);
        }
        const QJsonObject note =
            cliJson({"note", "add", "--vault", m_coachA, "--person", id, "--text", m_typed[id].note});
        const QString noteId = note.value("id").toString();
        QVERIFY(!noteId.isEmpty());
        const QJsonArray suggestions = note.value("suggestions").toArray();
        QVERIFY2(!suggestions.isEmpty(), "a note about a licence, hours and a skill gave no suggestions");
        if (i >= 6)
            continue;
        // The first six people's notes are decided: the first suggestion that has a place in the case is
        // accepted, the next one is rejected.
        QStringList decided;
        for (const QJsonValue &s : suggestions) {
            if (!s["goes_to_case"].toBool())
                continue;
            const QString number = QString::number(s["number"].toInt());
            if (decided.isEmpty()) {
                const auto run = cli({"note", "accept", "--vault", m_coachA, "--note", noteId, "--suggestion", number});
                QVERIFY2(run.exitCode == 0, run.err.constData());
                ++accepted;
            } else {
                const auto run = cli({"note", "reject", "--vault", m_coachA, "--note", noteId, "--suggestion", number});
                QVERIFY2(run.exitCode == 0, run.err.constData());
                ++rejected;
                break;
            }
            decided.append(s["kind"].toString() + QLatin1Char(':') + s["value"].toString());
        }
        // Both decisions are in the person's suggestion history, for their right-of-access copy.
        const auto listed = cli({"person", "suggestions", "--vault", m_coachA, "--person", id, "--json"});
        QStringList decisions;
        for (const QJsonValue &entry : QJsonDocument::fromJson(listed.out).array())
            decisions.append(entry["decision"].toString());
        QVERIFY2(decisions.contains("accepted") && decisions.contains("rejected"), qPrintable(decisions.join(u',')));
    }
    QCOMPARE(accepted, 6);
    QCOMPARE(rejected, 6);
    // An accepted licence or skill is a record on the case now.
    const QString first = m_claimants.first();
    const QStringList skills = values(m_coachA, first, "skill", "label");
    const QStringList hours = values(m_coachA, first, "circumstances", "hours_available");
    QVERIFY2(!skills.isEmpty() || !hours.isEmpty(), "the accepted suggestion is not on the case");
    // A number that is not one of the note's suggestions is refused and changes nothing.
    QVERIFY(cli({"note", "accept", "--vault", m_coachA, "--note", "nope", "--suggestion", "1"}).exitCode != 0);

    // Matching, then an action plan and a CV for three people, saved as PDFs.
    const QStringList best = matchedVacancies(m_coachA, first, 10);
    QVERIFY(best.size() >= 2);
    // The best match is shortlisted in the plan, the second discussed; both decisions are in the history.
    const auto shortlisted =
        cli({"match", "shortlist", "--vault", m_coachA, "--person", first, "--vacancy", best.at(0)});
    QVERIFY2(shortlisted.exitCode == 0, shortlisted.err.constData());
    const auto discussed =
        cli({"match", "shortlist", "--vault", m_coachA, "--person", first, "--vacancy", best.at(1), "--discussed"});
    QVERIFY2(discussed.exitCode == 0, discussed.err.constData());
    const QStringList actions = values(m_coachA, first, "action_item", "description");
    QCOMPARE(actions.size(), 2);
    QVERIFY(actions.at(0).contains(best.at(0)) || actions.at(1).contains(best.at(0)));
    QVERIFY(actions.join(u' ').contains("Shortlisted: ") && actions.join(u' ').contains("Discussed with "));
    QVERIFY(cli({"match", "shortlist", "--vault", m_coachA, "--person", first, "--vacancy", "NO-SUCH"}).exitCode != 0);
    QCOMPARE(values(m_coachA, first, "action_item", "description").size(), 2);
    const QString review = QDate::currentDate().addDays(14).toString(Qt::ISODate);
    const QMap<QString, QString> answersFor = {
        {"action-plan",
         Fixtures::fileIn(m_dir,
                          "plan.json",
                          QJsonDocument(QJsonObject{{"weekly_activities", "Apply for three care jobs"},
                                                    {"review_date", review},
                                                    {"claimant_signature", "Signed by the claimant"},
                                                    {"coach_signature", "Coach A"}})
                              .toJson())},
        {"cv",
         Fixtures::fileIn(
             m_dir, "cv.json", QJsonDocument(QJsonObject{{"personal_profile", "Caring and reliable."}}).toJson())}};
    for (int i = 0; i < 3; ++i) {
        for (const QString &form : answersFor.keys()) {
            const QString &answers = answersFor.value(form);
            const QString pdf = m_dir.filePath(QStringLiteral("%1-%2.pdf").arg(form).arg(i));
            const auto run = cli({"form",
                                  "fill",
                                  "--vault",
                                  m_coachA,
                                  "--person",
                                  m_claimants.at(i),
                                  "--form",
                                  form,
                                  "--answers",
                                  answers,
                                  "--out",
                                  pdf});
            QVERIFY2(run.exitCode == 0, run.err.constData());
            QFile file(pdf);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY(file.read(5) == "%PDF-");
        }
    }
}

void TestCoachWeek::consentedPlanTravelsFromThePractice()
{
    m_patientConsented =
        cliJson({"person", "add", "--vault", m_practice, "--given", marker("Patient"), "--family", marker("Consented")})
            .value("id")
            .toString();
    m_patientNotConsented =
        cliJson({"person", "add", "--vault", m_practice, "--given", marker("Patient"), "--family", marker("Withheld")})
            .value("id")
            .toString();
    QVERIFY(!m_patientConsented.isEmpty() && !m_patientNotConsented.isEmpty());
    QVERIFY(cli({"record",
                 "add",
                 "--vault",
                 m_practice,
                 "--person",
                 m_patientConsented,
                 "--kind",
                 "consent",
                 "--set",
                 "purpose=share_health",
                 "--set",
                 "agreed_on=" + QDate::currentDate().toString(Qt::ISODate)})
                .exitCode == 0);
    // The GP fills and signs off a work and health plan for each (form fill --finish, the form editor's Finish);
    // only one patient agreed to share it.
    for (const QString &patient : {m_patientConsented, m_patientNotConsented}) {
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QJsonObject answers = {{"given_name", "Patient"},
                                     {"family_name", marker("PlanFor")},
                                     {"assessment_date", today},
                                     {"condition", marker("Condition")},
                                     {"assessment", "may_be_fit"},
                                     {"functional_effects", "Cannot lift heavy loads yet"},
                                     {"from_date", today},
                                     {"to_date", QDate::currentDate().addDays(28).toString(Qt::ISODate)},
                                     {"will_assess_again", "no"},
                                     {"clinician_name", "Dr Rees"},
                                     {"clinician_profession", "doctor"},
                                     {"clinician_signature", "Dr Rees"}};
        const QString file =
            Fixtures::fileIn(m_dir, "plan-" + patient + ".json", QJsonDocument(answers).toJson(QJsonDocument::Compact));
        const auto finished = cli({"form",
                                   "fill",
                                   "--vault",
                                   m_practice,
                                   "--person",
                                   patient,
                                   "--form",
                                   "work-health-plan",
                                   "--answers",
                                   file,
                                   "--finish"});
        QVERIFY2(finished.exitCode == 0, finished.err.constData());
        QFile::remove(file);
    }
    const QStringList patients = {"--person", m_patientConsented, "--person", m_patientNotConsented};
    sync(m_practice, m_coachAId, m_coachA, patients);
    const auto versions = cli({"form", "versions", "--vault", m_coachA, "--person", m_patientConsented, "--json"});
    QVERIFY2(versions.exitCode == 0, versions.err.constData());
    QCOMPARE(QJsonDocument::fromJson(versions.out).array().size(), 1);
    const auto withheld = cli({"form", "versions", "--vault", m_coachA, "--person", m_patientNotConsented, "--json"});
    QVERIFY(QJsonDocument::fromJson(withheld.out).array().isEmpty());
}

void TestCoachWeek::handedOverCaseEditedOnBothSidesLosesNothing()
{
    m_handedOver = m_claimants.mid(10, 3);
    QStringList people;
    for (const QString &id : std::as_const(m_handedOver))
        people << "--person" << id;
    sync(m_coachA, m_coachBId, m_coachB, people + QStringList{"--handover"});
    for (const QString &id : std::as_const(m_handedOver))
        QCOMPARE(values(m_coachB, id, "person", "family_name").size(), 1);

    // Offline on both sides: the same field (phone) and a field each (email on A, address on B), and a note each.
    const QString shared = m_handedOver.first();
    const QString noteA = marker("NoteA") + " called about the interview.";
    const QString noteB = marker("NoteB") + " brought her CSCS card.";
    QVERIFY(cli({"record",
                 "set",
                 "--vault",
                 m_coachA,
                 "--record",
                 shared,
                 "--set",
                 "phone=01134960999",
                 "--set",
                 "email=a@example.com"})
                .exitCode == 0);
    QVERIFY(cli({"record",
                 "set",
                 "--vault",
                 m_coachB,
                 "--record",
                 shared,
                 "--set",
                 "phone=02920180888",
                 "--set",
                 "address=" + marker("Address")})
                .exitCode == 0);
    QVERIFY(cli({"note", "add", "--vault", m_coachA, "--person", shared, "--text", noteA}).exitCode == 0);
    QVERIFY(cli({"note", "add", "--vault", m_coachB, "--person", shared, "--text", noteB}).exitCode == 0);

    // Both export before either imports; then each takes the other's, in both orders.
    const QString toB = m_dir.filePath("a-to-b.wmbundle");
    const QString toA = m_dir.filePath("b-to-a.wmbundle");
    QVERIFY(cli({"sync", "export", "--vault", m_coachA, "--device", m_coachBId, "--out", toB}).exitCode == 0);
    QVERIFY(cli({"sync", "export", "--vault", m_coachB, "--device", m_coachAId, "--out", toA}).exitCode == 0);
    QVERIFY(cli({"bundle", "import", toB, "--vault", m_coachB}).exitCode == 0);
    QVERIFY(cli({"bundle", "import", toA, "--vault", m_coachA}).exitCode == 0);

    // The phone number was changed on both: each side lists the conflict with both values, and nothing else.
    // The coaches settle on coach B's number: A takes the other device's value, B keeps its own.
    const QString chosen = QStringLiteral("02920180888");
    for (const QString &vault : {m_coachA, m_coachB}) {
        const QJsonArray conflicts =
            QJsonDocument::fromJson(cli({"sync", "conflicts", "--vault", vault, "--json"}).out).array();
        QCOMPARE(conflicts.size(), 1);
        const QJsonObject conflict = conflicts.first().toObject();
        QCOMPARE(conflict["person"].toString(), shared);
        QCOMPARE(conflict["field"].toString(), QStringLiteral("phone"));
        QCOMPARE((QSet<QString>{conflict["kept"].toString(), conflict["other"].toString()}),
                 (QSet<QString>{"01134960999", chosen}));
        const bool useOther = conflict["other"].toString() == chosen;
        if (vault == m_coachB) {
            QStringList resolve = {
                "sync", "resolve", "--vault", vault, "--conflict", QString::number(conflict["id"].toInteger())};
            if (useOther)
                resolve.append("--use-other");
            const auto resolved = cli(resolve);
            QVERIFY2(resolved.exitCode == 0, resolved.err.constData());
            continue;
        }
        // Coach A settles it in the app's conflicts view, as a coach would.
        auto opened = Vault::open(vault, Fixtures::passphrase());
        QVERIFY(opened);
        CaseloadSync caseload(*opened.value());
        ConflictsDialog dialog(*opened.value(), caseload);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableWidget *>("conflictsTable");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE((QSet<QString>{table->item(0, 3)->text(), table->item(0, 4)->text()}),
                 (QSet<QString>{"01134960999", chosen}));
        QTest::mouseClick(dialog.findChild<QPushButton *>(useOther ? "useOtherButton" : "keepButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(caseload.conflicts()->size(), 0);
    }
    sync(m_coachA, m_coachBId, m_coachB);
    sync(m_coachB, m_coachAId, m_coachA);
    sync(m_coachA, m_coachBId, m_coachB);
    for (const QString &vault : {m_coachA, m_coachB}) {
        QCOMPARE(values(vault, shared, "person", "phone"), QStringList{chosen});
        QCOMPARE(values(vault, shared, "person", "email"), QStringList{"a@example.com"});
        QCOMPARE(values(vault, shared, "person", "address").size(), 1);
        const QStringList notes = values(vault, shared, "note", "text");
        QVERIFY2(notes.contains(noteA) && notes.contains(noteB), qPrintable(notes.join(u'|')));
        QVERIFY(QJsonDocument::fromJson(cli({"sync", "conflicts", "--vault", vault, "--json"}).out).array().isEmpty());
    }
}

void TestCoachWeek::erasureReachesTheOtherCoach()
{
    const QString erased = m_handedOver.last();
    QVERIFY(cli({"person", "erase", "--vault", m_coachA, "--person", erased, "--yes"}).exitCode == 0);
    sync(m_coachA, m_coachBId, m_coachB);
    for (const QString &vault : {m_coachA, m_coachB}) {
        QVERIFY(cli({"person", "show", "--vault", vault, "--person", erased}).exitCode != 0);
        auto opened = Vault::open(vault, Fixtures::passphrase());
        QVERIFY(opened);
        Statement left = opened.value()->database().prepare("SELECT count(*) FROM records WHERE person_id = ?");
        left.bind(1, erased);
        QVERIFY(left.next());
        QCOMPARE(left.integer(0), 0);
    }
}

void TestCoachWeek::bundleOfChangesWithdrawsVacanciesFromMatching()
{
    // The 1,000 vacancies ranked first for one claimant are withdrawn by the publisher.
    const QString person = m_claimants.at(1);
    const QStringList before = matchedVacancies(m_coachA, person, 1000);
    QCOMPARE(before.size(), 1000);
    const QString withdraw = Fixtures::fileIn(m_dir, "withdraw.txt", before.join(u'\n').toUtf8());
    const QString delta = build("vacancies", {"--withdraw", withdraw}, ++m_sequence);
    QVERIFY(!delta.isEmpty());
    const QJsonObject imported = cliJson({"bundle", "import", delta, "--vault", m_coachA});
    QCOMPARE(imported.value("withdrawn").toInt(), 1000);
    const QStringList after = matchedVacancies(m_coachA, person, 1000);
    QVERIFY(!after.isEmpty());
    for (const QString &id : after)
        QVERIFY2(!before.contains(id), qPrintable(id + " was withdrawn but is still matched"));
}

void TestCoachWeek::everyVaultVerifiesAndHoldsNoPlaintextMarkers()
{
    // Every claimant still has the work history and the note typed about them (on coach B for those handed over),
    // except the one erased on request.
    const QString erased = m_handedOver.last();
    for (const QString &id : std::as_const(m_claimants)) {
        if (id == erased)
            continue;
        const QString &vault = m_handedOver.contains(id) ? m_coachB : m_coachA;
        QVERIFY(values(vault, id, "work_history", "employer").contains(m_typed.value(id).employer));
        QVERIFY(values(vault, id, "note", "text").contains(m_typed.value(id).note));
    }
    for (const QString &vault : {m_admin, m_coachA, m_coachB, m_practice}) {
        const auto audit = cli({"audit", "verify", "--vault", vault});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        const auto check = cli({"vault", "check", "--vault", vault});
        QVERIFY2(check.exitCode == 0, check.err.constData());
    }
    QVERIFY(m_markers.size() > 100);
    const auto scan = [this](const QString &folder) -> QString {
        QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = file.readAll();
            for (const QString &m : std::as_const(m_markers)) {
                // Also as UTF-16, the way a QString sits in memory and would sit in a careless dump.
                const QByteArray utf16(reinterpret_cast<const char *>(m.utf16()), m.size() * 2);
                if (bytes.contains(m.toUtf8()) || bytes.contains(utf16))
                    return file.fileName() + QStringLiteral(" holds ") + m;
            }
        }
        return QString();
    };
    // The scan finds a marker where there is one.
    Fixtures::fileIn(m_dir, "probe.txt", m_markers.first().toUtf8());
    QVERIFY(!scan(m_dir.path()).isEmpty());
    for (const QString &folder : {m_admin, m_coachA, m_coachB, m_practice, m_childTemp.path()}) {
        const QString found = scan(folder);
        QVERIFY2(found.isEmpty(), qPrintable(found));
    }
    for (const QString &m : std::as_const(m_markers))
        QVERIFY2(!m_logs.contains(m.toUtf8()), qPrintable(m + " was logged"));
}

QTEST_MAIN(TestCoachWeek)
#include "TestCoachWeek.moc"
