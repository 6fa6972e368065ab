#include "model/bundles/BundleImporter.h"
#include "model/bundles/QuarantineStore.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/io/CsvReader.h"
#include "model/io/CsvWriter.h"
#include "model/matching/VacancyBundle.h"
#include "model/session/BundleHandlers.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** Items set aside by a real bundle import: listed with their bundle's kind and publisher, exported as CSV. */
class TestQuarantineStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyVaultListsNothing();
    void listShowsTheBadVacancy();
    void exportWritesCsvAndAudits();
    void exportToAFolderThatIsNotThereFails();
    void exportCannotCarryFormulas();
    void hostileTextIsStoredAndListedClean();
    void rowsStoredRawBeforeAreListedClean();

private:
    void importOneBadVacancy(const QString &badId = QStringLiteral("BAD1"));
    static Vacancy vacancy(const QString &id);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SigningKey> m_key;
    QByteArray m_bundleId;
};

void TestQuarantineStore::init()
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

void TestQuarantineStore::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

Vacancy TestQuarantineStore::vacancy(const QString &id)
{
    Vacancy v;
    v.id = id;
    v.title = "Care assistant";
    v.employer = QString::fromUtf8("Tŷ Gwyn Care");
    v.description = "Days and nights, full training.\nDBS paid.";
    v.skills = {"personal care", "manual handling"};
    v.latitude = 51.48;
    v.longitude = -3.18;
    v.hoursPerWeek = 30;
    v.salaryMin = 22000;
    v.salaryMax = 24000;
    v.contractType = ContractType::Permanent;
    v.closingDate = QDate::currentDate().addDays(30);
    return v;
}

void TestQuarantineStore::importOneBadVacancy(const QString &badId)
{
    Vacancy bad = vacancy(badId);
    bad.hoursPerWeek = 0;
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = 1;
    header.publisher = "DWP";
    auto bundle = BundleFile::write(header,
                                    VacancyBundle::encode({vacancy("GOOD1"), bad}, VacancyBundle::Mode::Delta),
                                    {m_key->keyId(), &m_key->secretKey()});
    QVERIFY(bundle);
    auto summary = BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 1);
    QCOMPARE(summary->rejected, 1);
    m_bundleId = summary->bundleId;
}

void TestQuarantineStore::emptyVaultListsNothing()
{
    auto items = QuarantineStore::list(m_vault->database());
    QVERIFY(items);
    QVERIFY(items->isEmpty());
}

void TestQuarantineStore::listShowsTheBadVacancy()
{
    importOneBadVacancy();
    auto items = QuarantineStore::list(m_vault->database());
    QVERIFY2(items, items ? "" : qPrintable(items.error().message));
    QCOMPARE(items->size(), 1);
    const QuarantinedItem &item = items->first();
    QCOMPARE(item.kind, QStringLiteral("vacancies"));
    QCOMPARE(item.publisher, QStringLiteral("DWP"));
    QCOMPARE(item.item, QStringLiteral("BAD1"));
    QCOMPARE(item.bundleId, m_bundleId);
    QVERIFY(!item.reason.isEmpty());
    const QString expectedReason =
        m_vault->database().scalarText("SELECT reason FROM quarantine WHERE item = 'BAD1'").value();
    QCOMPARE(item.reason, expectedReason);
    QVERIFY(!item.receivedAt.isEmpty());
}

void TestQuarantineStore::exportWritesCsvAndAudits()
{
    importOneBadVacancy();
    auto items = QuarantineStore::list(m_vault->database());
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    const QuarantinedItem item = items->first();

    const QString path = m_dir->filePath("quarantine.csv");
    const Status status = QuarantineStore::exportCsv(m_vault->database(), m_vault->audit(), path);
    QVERIFY2(status, status ? "" : qPrintable(status.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());
    CsvReader reader(&file);
    QVERIFY(reader.readHeader(QuarantineStore::csvHeader()));
    CsvRecord record;
    auto more = reader.readRecord(record);
    QVERIFY(more && more.value());
    auto field = [&](const char *name) { return record.value(reader.column(QString::fromLatin1(name))); };
    QCOMPARE(field("received_at"), item.receivedAt);
    QCOMPARE(field("kind"), QStringLiteral("vacancies"));
    QCOMPARE(field("publisher"), QStringLiteral("DWP"));
    QCOMPARE(field("bundle_id"), QString::fromLatin1(m_bundleId.toHex()));
    QCOMPARE(field("item"), QStringLiteral("BAD1"));
    QCOMPARE(field("reason"), item.reason);
    QCOMPARE(field("content"), QString::fromUtf8(item.content));
    more = reader.readRecord(record);
    QVERIFY(more && !more.value());

    file.seek(0);
    QCOMPARE(file.readLine().trimmed(), QByteArray("received_at,kind,publisher,bundle_id,item,reason,content"));

    auto entries = m_vault->audit().entries();
    QVERIFY(entries);
    bool audited = false;
    for (const AuditEntry &entry : entries.value())
        audited = audited || entry.action == QLatin1String("quarantine_export");
    QVERIFY(audited);
}

void TestQuarantineStore::exportToAFolderThatIsNotThereFails()
{
    importOneBadVacancy();
    const QString path = m_dir->filePath("no-such-folder/quarantine.csv");
    QVERIFY(!QuarantineStore::exportCsv(m_vault->database(), m_vault->audit(), path));
    QVERIFY(!QFile::exists(path));
    auto entries = m_vault->audit().entries();
    QVERIFY(entries);
    for (const AuditEntry &entry : entries.value())
        QVERIFY(entry.action != QLatin1String("quarantine_export"));
}

void TestQuarantineStore::exportCannotCarryFormulas()
{
    // A publisher's bundle chooses the item id and the content; a spreadsheet opening the export must run neither.
    Vacancy bad = vacancy("=cmd|' /C calc'!A0");
    bad.title = "@SUM(1+1)";
    bad.hoursPerWeek = 0;
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = 1;
    header.publisher = "DWP";
    auto bundle = BundleFile::write(
        header, VacancyBundle::encode({bad}, VacancyBundle::Mode::Delta), {m_key->keyId(), &m_key->secretKey()});
    QVERIFY(bundle);
    auto summary = BundleHandlers::makeImporter(*m_vault)->importBytes(bundle.value());
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->rejected, 1);

    const QString path = m_dir->filePath("quarantine.csv");
    QVERIFY(QuarantineStore::exportCsv(m_vault->database(), m_vault->audit(), path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QVERIFY(reader.readHeader(QuarantineStore::csvHeader()));
    CsvRecord record;
    auto more = reader.readRecord(record);
    QVERIFY(more && more.value());
    QCOMPARE(record.value(reader.column(QStringLiteral("item"))), QStringLiteral("'=cmd|' /C calc'!A0"));
    for (const QString &cell : std::as_const(record.fields))
        QVERIFY2(!CsvWriter::startsLikeAFormula(cell), qPrintable(cell));
}

void TestQuarantineStore::hostileTextIsStoredAndListedClean()
{
    importOneBadVacancy(QStringLiteral("\x1b]0;owned\aBAD\u202E1"));
    auto stored = m_vault->database().scalarText("SELECT item || reason FROM quarantine");
    QVERIFY(stored);
    QVERIFY2(!stored->contains(QChar(0x1b)) && !stored->contains(QChar(0x202E)), qPrintable(stored.value()));
    QVERIFY(stored->startsWith(QStringLiteral("]0;ownedBAD1")));
    // The good vacancy beside it keeps its description's lines.
    auto description = m_vault->database().scalarText(
        "SELECT d.description FROM vacancy_descriptions d JOIN vacancies v ON v.row = d.row WHERE v.id = 'GOOD1'");
    QVERIFY(description);
    QCOMPARE(description.value(), QStringLiteral("Days and nights, full training.\nDBS paid."));
}

void TestQuarantineStore::rowsStoredRawBeforeAreListedClean()
{
    importOneBadVacancy();
    // As an older version would have stored them.
    QVERIFY(m_vault->database().exec(
        "UPDATE quarantine SET item = 'BAD1' || char(27) || ']0;x' || char(7), reason = 'bad' || char(8238) || 'txt'"));
    auto items = QuarantineStore::list(m_vault->database());
    QVERIFY(items);
    QCOMPARE(items->size(), 1);
    QCOMPARE(items->first().item, QStringLiteral("BAD1]0;x"));
    QCOMPARE(items->first().reason, QStringLiteral("badtxt"));
}

QTEST_GUILESS_MAIN(TestQuarantineStore)
#include "TestQuarantineStore.moc"
