#include "model/bundles/BundleImporter.h"
#include "model/bundles/KeyRotation.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/matching/GeodataBundle.h"
#include "model/matching/VacancyBundle.h"
#include "model/session/BundleHandlers.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

class TestVacancyBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void problemWith_data();
    void problemWith();
    void importsDeltaAndQuarantinesBadRows();
    void snapshotWithdrawsWhatItLeavesOut();
    void explicitWithdrawalAndExpiry();
    void closedVacanciesGoAfterTheRetentionTime();
    void descriptionsMoveApartOnUpgrade();
    void descriptionsFollowTheirVacancyOnRenumbering();
    void lateMalformedPayloadChangesNothing();
    void anotherKeyCannotSpeakForAPublisher();
    void sequencesFromTwoToTheSixtyThreeAreRefused();
    void keyRotationHandsOnTheStream();

private:
    Result<ImportSummary> import(quint64 sequence, const QByteArray &payload, BundleKind kind = BundleKind::Vacancies);
    Result<ImportSummary>
    importSigned(const SigningKey &key, const QString &publisher, quint64 sequence, const QByteArray &payload);
    static Vacancy vacancy(const QString &id, const QString &outcode = {});
    int count(const char *sql);
    /** A vacancy's description, found through its row number as the matching and purge code find it. */
    static QString descriptionOf(Database &db, const QString &id);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SigningKey> m_key;
};

void TestVacancyBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    m_key = std::make_unique<SigningKey>(SigningKey::generate());
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(m_key->minisignKey(),
                      "DWP",
                      {BundleKind::Vacancies, BundleKind::Geodata},
                      Minisign::fingerprint(m_key->publicKey())));
}

void TestVacancyBundle::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestVacancyBundle::lateMalformedPayloadChangesNothing()
{
    // Parsing overlaps writing, so thousands of rows are written before the reader meets the bad item near
    // the end; the importer checks the reader before committing and the whole import rolls back.
    QVector<Vacancy> vacancies;
    for (int i = 0; i < 5000; ++i)
        vacancies.append(vacancy(QStringLiteral("V%1").arg(i)));
    QByteArray payload = VacancyBundle::encode(vacancies, VacancyBundle::Mode::Snapshot);
    const QByteArray lastId = "5 V4999";
    const qsizetype at = payload.lastIndexOf(lastId);
    QVERIFY(at > 0);
    payload.truncate(at); // the last vacancy and everything after it are gone: a count the payload does not hold
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto summary = import(1, payload);
    QVERIFY(!summary);
    QVERIFY2(summary.error().code == ErrorCode::BundlePayload || summary.error().code == ErrorCode::BundleLimits,
             qPrintable(summary.error().message));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QCOMPARE(count("SELECT count(*) FROM vacancies"), 0);
}

Vacancy TestVacancyBundle::vacancy(const QString &id, const QString &outcode)
{
    Vacancy v;
    v.id = id;
    v.title = "Care assistant";
    v.employer = QString::fromUtf8("Tŷ Gwyn Care");
    v.description = "Days and nights, full training.\nDBS paid.";
    v.skills = {"personal care", "manual handling"};
    if (outcode.isEmpty()) {
        v.latitude = 51.48;
        v.longitude = -3.18;
    } else {
        v.postcode = outcode;
        v.outcode = outcode;
    }
    v.hoursPerWeek = 30;
    v.salaryMin = 22000;
    v.salaryMax = 24000;
    v.contractType = ContractType::Permanent;
    v.closingDate = QDate::currentDate().addDays(30);
    return v;
}

Result<ImportSummary> TestVacancyBundle::importSigned(const SigningKey &key,
                                                      const QString &publisher,
                                                      quint64 sequence,
                                                      const QByteArray &payload)
{
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = sequence;
    header.publisher = publisher;
    auto bundle = BundleFile::write(header, payload, {key.keyId(), &key.secretKey()});
    return BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
}

void TestVacancyBundle::anotherKeyCannotSpeakForAPublisher()
{
    // A second key, trusted for vacancies under its own name, signs a snapshot that claims to be DWP's.
    const SigningKey rogue = SigningKey::generate();
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(
        trust.add(rogue.minisignKey(), "Agency", {BundleKind::Vacancies}, Minisign::fingerprint(rogue.publicKey())));
    QVERIFY(import(1, VacancyBundle::encode({vacancy("A"), vacancy("B")}, VacancyBundle::Mode::Snapshot)));

    Vacancy fake = vacancy("A");
    fake.title = "Send your bank details";
    auto summary =
        importSigned(rogue, "DWP", 99, VacancyBundle::encode({fake, vacancy("X")}, VacancyBundle::Mode::Snapshot));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->publisher, QStringLiteral("Agency")); // the trusted label, never the header's claim
    QCOMPARE(summary->withdrawn, 0);
    QCOMPARE(summary->added, 2);

    // DWP's vacancies are untouched and still DWP's; the rogue's are under its own key.
    const QString dwp = Minisign::keyIdHex(m_key->keyId());
    const QString agency = Minisign::keyIdHex(rogue.keyId());
    Statement rows =
        m_vault->database().prepare("SELECT publisher, id, title, withdrawn FROM vacancies ORDER BY rowid");
    QStringList seen;
    while (rows.next()) {
        seen << QStringLiteral("%1 %2 %3 %4")
                    .arg(rows.text(0) == dwp      ? "dwp"
                         : rows.text(0) == agency ? "agency"
                                                  : "other",
                         rows.text(1),
                         rows.text(2))
                    .arg(rows.integer(3));
    }
    QCOMPARE(seen,
             (QStringList{"dwp A Care assistant 0",
                          "dwp B Care assistant 0",
                          "agency A Send your bank details 0",
                          "agency X Care assistant 0"}));
    auto publisher = m_vault->database().scalarText("SELECT publisher FROM imported_bundles WHERE sequence = 99");
    QCOMPARE(publisher.value(), QStringLiteral("Agency"));

    // Nor did the rogue's number 99 take over DWP's stream: DWP's number 2 still imports.
    auto next = import(2, VacancyBundle::encode({vacancy("A")}, VacancyBundle::Mode::Snapshot));
    QVERIFY2(next, next ? "" : qPrintable(next.error().message));
    QCOMPARE(next->publisher, QStringLiteral("DWP"));
    QCOMPARE(next->withdrawn, 1);
    QCOMPARE(count("SELECT count(*) FROM vacancies WHERE withdrawn = 0"), 3);
}

void TestVacancyBundle::sequencesFromTwoToTheSixtyThreeAreRefused()
{
    QVERIFY(import(1, VacancyBundle::encode({vacancy("A")}, VacancyBundle::Mode::Delta)));
    for (const quint64 sequence : {std::numeric_limits<quint64>::max(), quint64(1) << 63}) {
        const QByteArray before = Fixtures::databaseDigest(*m_vault);
        auto refused = import(sequence, VacancyBundle::encode({vacancy("B")}, VacancyBundle::Mode::Delta));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::BundleLimits);
        QVERIFY2(refused.error().message.contains(QString::number(sequence)), qPrintable(refused.error().message));
        QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    }
    // The stream is not blocked: the next honest number still imports, and the largest allowed one too.
    QVERIFY(import(2, VacancyBundle::encode({vacancy("C")}, VacancyBundle::Mode::Delta)));
    const quint64 largest = quint64(std::numeric_limits<qint64>::max());
    QVERIFY(import(largest, VacancyBundle::encode({vacancy("D")}, VacancyBundle::Mode::Delta)));
    QCOMPARE(quint64(m_vault->database().scalarInteger("SELECT last_sequence FROM bundle_streams").value()), largest);
}

void TestVacancyBundle::keyRotationHandsOnTheStream()
{
    // Streams are keyed by the signing key, so a key change statement must move them to the new key: its
    // first snapshot withdraws what the old key published, and an old number is still a replay.
    QVERIFY(import(5, VacancyBundle::encode({vacancy("A"), vacancy("B")}, VacancyBundle::Mode::Snapshot)));
    const SigningKey next = SigningKey::generate();
    auto made = KeyRotation::make(*m_key, next, {BundleKind::Vacancies}, {}, QDateTime::currentDateTimeUtc());
    QVERIFY(made);
    auto statement = KeyRotation::parse(made.value());
    QVERIFY(statement);
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.rotate(statement.value()));

    auto replay = importSigned(next, "DWP", 5, VacancyBundle::encode({vacancy("Z")}, VacancyBundle::Mode::Snapshot));
    QVERIFY(!replay);
    QCOMPARE(replay.error().code, ErrorCode::BundleReplay);
    auto snapshot = importSigned(next, "DWP", 6, VacancyBundle::encode({vacancy("A")}, VacancyBundle::Mode::Snapshot));
    QVERIFY2(snapshot, snapshot ? "" : qPrintable(snapshot.error().message));
    QCOMPARE(snapshot->changed, 1);
    QCOMPARE(snapshot->withdrawn, 1);
    QCOMPARE(count("SELECT count(*) FROM vacancies"), 2);
}

Result<ImportSummary> TestVacancyBundle::import(quint64 sequence, const QByteArray &payload, BundleKind kind)
{
    BundleHeader header;
    header.kind = kind;
    header.sequence = sequence;
    header.publisher = "DWP";
    auto bundle = BundleFile::write(header, payload, {m_key->keyId(), &m_key->secretKey()});
    return BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
}

int TestVacancyBundle::count(const char *sql)
{
    return int(m_vault->database().scalarInteger(sql).value());
}

void TestVacancyBundle::problemWith_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<bool>("acceptable");
    QTest::addRow("good") << 0 << true;
    QTest::addRow("no title") << 1 << false;
    QTest::addRow("hours over 80") << 2 << false;
    QTest::addRow("min over max salary") << 3 << false;
    QTest::addRow("outside the UK") << 4 << false;
    QTest::addRow("no location") << 5 << false;
    QTest::addRow("id too long") << 6 << false;
    QTest::addRow("latitude without longitude") << 7 << false;
}

void TestVacancyBundle::problemWith()
{
    QFETCH(int, change);
    QFETCH(bool, acceptable);
    Vacancy v = vacancy("V1");
    switch (change) {
    case 1:
        v.title.clear();
        break;
    case 2:
        v.hoursPerWeek = 81;
        break;
    case 3:
        v.salaryMin = 30000;
        break;
    case 4:
        v.latitude = 40.0;
        break;
    case 5:
        v.latitude.reset();
        v.longitude.reset();
        break;
    case 6:
        v.id = QString(65, 'x');
        break;
    case 7:
        v.longitude.reset();
        break;
    }
    QCOMPARE(VacancyBundle::problemWith(v).isEmpty(), acceptable);
}

void TestVacancyBundle::importsDeltaAndQuarantinesBadRows()
{
    QVERIFY(import(1, GeodataBundle::encode({{"LS1", 53.797, -1.548}}), BundleKind::Geodata));
    Vacancy bad = vacancy("V3");
    bad.hoursPerWeek = 0;
    const QVector<Vacancy> list = {vacancy("V1"), vacancy("V2", "LS1"), bad, vacancy("V4", "ZE1"), vacancy("V1")};
    auto summary = import(1, VacancyBundle::encode(list, VacancyBundle::Mode::Delta));
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 2);
    QCOMPARE(summary->rejected, 3); // bad hours, an outcode nobody placed, a repeated id
    QCOMPARE(count("SELECT count(*) FROM vacancies"), 2);
    QCOMPARE(count("SELECT count(*) FROM quarantine"), 3);
    QCOMPARE(m_vault->database().scalarText("SELECT employer FROM vacancies WHERE id = 'V1'").value(),
             QString::fromUtf8("Tŷ Gwyn Care"));

    Vacancy changed = vacancy("V1");
    changed.title = "Senior care assistant";
    auto second = import(2, VacancyBundle::encode({changed}, VacancyBundle::Mode::Delta));
    QCOMPARE(second->changed, 1);
    QCOMPARE(m_vault->database().scalarText("SELECT title FROM vacancies WHERE id = 'V1'").value(),
             QStringLiteral("Senior care assistant"));
    QCOMPARE(count("SELECT count(*) FROM vacancies WHERE withdrawn = 0"), 2);

    // A changed description replaces the vacancy's own, not another's, and adds no row.
    Vacancy described = vacancy("V2", "LS1");
    described.description = "Nights on a quiet ward.";
    QVERIFY(import(3, VacancyBundle::encode({described}, VacancyBundle::Mode::Delta)));
    QCOMPARE(descriptionOf(m_vault->database(), "V2"), QStringLiteral("Nights on a quiet ward."));
    QCOMPARE(descriptionOf(m_vault->database(), "V1"), vacancy("V1").description);
    QCOMPARE(count("SELECT count(*) FROM vacancy_descriptions"), 2);
}

void TestVacancyBundle::snapshotWithdrawsWhatItLeavesOut()
{
    QVERIFY(
        import(1, VacancyBundle::encode({vacancy("A"), vacancy("B"), vacancy("C")}, VacancyBundle::Mode::Snapshot)));
    auto summary = import(2, VacancyBundle::encode({vacancy("A"), vacancy("D")}, VacancyBundle::Mode::Snapshot));
    QVERIFY(summary);
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->changed, 1);
    QCOMPARE(summary->withdrawn, 2);
    QCOMPARE(count("SELECT count(*) FROM vacancies WHERE withdrawn = 0"), 2);
    QCOMPARE(count("SELECT count(*) FROM vacancies"), 4); // withdrawn ones stay for history
}

void TestVacancyBundle::explicitWithdrawalAndExpiry()
{
    Vacancy old = vacancy("OLD");
    old.closingDate = QDate::currentDate().addDays(-1);
    auto first = import(1, VacancyBundle::encode({vacancy("A"), old}, VacancyBundle::Mode::Delta));
    QCOMPARE(first->expired, 1);
    auto second = import(2, VacancyBundle::encode({}, VacancyBundle::Mode::Delta, {"A", "NOT-THERE"}));
    QCOMPARE(second->withdrawn, 1);
    QCOMPARE(count("SELECT withdrawn FROM vacancies WHERE id = 'A'"), 1);
}

void TestVacancyBundle::closedVacanciesGoAfterTheRetentionTime()
{
    Vacancy recent = vacancy("RECENT");
    recent.closingDate = QDate::currentDate().addDays(-30);
    Vacancy ancient = vacancy("ANCIENT");
    ancient.closingDate = QDate::currentDate().addDays(-VacancyBundle::RetentionDays - 1);
    // The bundle carrying the ancient one is applied; the purge at its end then removes it.
    QVERIFY(import(1, VacancyBundle::encode({vacancy("OPEN"), recent, ancient}, VacancyBundle::Mode::Delta)).ok());
    QCOMPARE(count("SELECT count(*) FROM vacancies WHERE id = 'ANCIENT'"), 0);
    QCOMPARE(count("SELECT count(*) FROM vacancies WHERE id = 'RECENT'"), 1);
    QCOMPARE(count("SELECT count(*) FROM vacancies WHERE id = 'OPEN'"), 1);
    // Its description went with it; the others keep theirs.
    QCOMPARE(count("SELECT count(*) FROM vacancy_descriptions"), 2);
    QCOMPARE(count("SELECT count(*) FROM vacancies v JOIN vacancy_descriptions d ON d.row = v.row"), 2);
}

void TestVacancyBundle::descriptionsMoveApartOnUpgrade()
{
    QTemporaryDir dir;
    QString path;
    {
        auto old = Fixtures::create(dir, "old", VaultSetting::Admin, 7);
        path = old->path();
        QVERIFY(
            old->database()
                .exec("INSERT INTO vacancies(publisher, id, title, employer, description, skills, postcode, outcode, "
                      "latitude, longitude, hours, salary_min, salary_max, contract_type, closing_date, withdrawn, "
                      "updated_at) VALUES('DWP', 'V1', 'Cook', 'Caffi', 'Busy kitchen.', 'food preparation', '', '', "
                      "51.5, -3.2, 30, NULL, NULL, 'permanent', '2099-01-01', 0, '2026-11-01')")
                .ok());
    }
    auto upgraded = Vault::open(path, Fixtures::passphrase());
    QVERIFY(upgraded.ok());
    Database &db = upgraded.value()->database();
    QCOMPARE(descriptionOf(db, "V1"), QStringLiteral("Busy kitchen."));
    QCOMPARE(db.scalarText("SELECT title FROM vacancies WHERE id = 'V1'").value(), QStringLiteral("Cook"));
    QVERIFY(!db.scalarText("SELECT description FROM vacancies").ok());
}

void TestVacancyBundle::descriptionsFollowTheirVacancyOnRenumbering()
{
    // Schema 12 numbers the vacancies and keys descriptions by that number. The descriptions are stored here
    // in the opposite order to their vacancies, so matching them up by position would swap them.
    QTemporaryDir dir;
    QString path;
    {
        auto old = Fixtures::create(dir, "old", VaultSetting::Admin, 11);
        path = old->path();
        for (const char *id : {"V1", "V2"}) {
            const QByteArray insert = QByteArray("INSERT INTO vacancies(publisher, id, title, employer, skills, "
                                                 "postcode, outcode, latitude, longitude, hours, salary_min, "
                                                 "salary_max, contract_type, closing_date, withdrawn, updated_at) "
                                                 "VALUES('DWP', '") +
                                      id +
                                      "', 'Cook', 'Caffi', '', '', '', 51.5, -3.2, 30, NULL, NULL, 'permanent', "
                                      "'2099-01-01', 0, '2026-11-01')";
            QVERIFY(old->database().exec(insert.constData()).ok());
        }
        QVERIFY(old->database()
                    .exec("INSERT INTO vacancy_descriptions(publisher, id, description) VALUES('DWP', 'V2', 'Second.'),"
                          "('DWP', 'V1', 'First.')")
                    .ok());
    }
    auto upgraded = Vault::open(path, Fixtures::passphrase());
    QVERIFY(upgraded.ok());
    Database &db = upgraded.value()->database();
    QCOMPARE(descriptionOf(db, "V1"), QStringLiteral("First."));
    QCOMPARE(descriptionOf(db, "V2"), QStringLiteral("Second."));
    QVERIFY(!db.scalarText("SELECT id FROM vacancy_descriptions").ok());
}

QString TestVacancyBundle::descriptionOf(Database &db, const QString &id)
{
    Statement read =
        db.prepare("SELECT d.description FROM vacancies v JOIN vacancy_descriptions d ON d.row = v.row WHERE v.id = ?");
    read.bind(1, id);
    return read.next() ? read.text(0) : QString();
}

QTEST_GUILESS_MAIN(TestVacancyBundle)
#include "TestVacancyBundle.moc"
