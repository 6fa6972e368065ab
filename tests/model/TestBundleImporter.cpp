#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/io/PayloadArchive.h"
#include "model/matching/GeodataBundle.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The importer's order of checks, replay protection, quarantine and all-or-nothing application. */
class TestBundleImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAndQuarantinesBadItems();
    void sameBundleTwiceChangesNothing();
    void olderSequenceIsRefused();
    void untrustedSignerChangesNothing();
    void wrongKindIsRefused();
    void cancelLeavesVaultAsBefore();
    void oversizedCountFromTrustedKeyIsRefused();
    void importIsAudited();
    void damagedOrStaleFileChangesNothing_data();
    void damagedOrStaleFileChangesNothing();

private:
    QByteArray geodataBundle(quint64 sequence, const QVector<OutcodeCentroid> &items, const SigningKey &key);
    QByteArray signedPayload(quint64 sequence, const QByteArray &payload, const SigningKey &key);
    std::unique_ptr<BundleImporter> importer();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<SigningKey> m_publisher;
};

void TestBundleImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    QVERIFY(m_vault);
    m_publisher = std::make_unique<SigningKey>(SigningKey::generate());
    TrustStore trust(m_vault->database(), m_vault->audit());
    QVERIFY(trust.add(m_publisher->minisignKey(),
                      "ONS geography",
                      {BundleKind::Geodata},
                      Minisign::fingerprint(m_publisher->publicKey())));
}

void TestBundleImporter::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

std::unique_ptr<BundleImporter> TestBundleImporter::importer()
{
    auto importer = std::make_unique<BundleImporter>(*m_vault);
    importer->addHandler(std::make_unique<GeodataBundle>());
    return importer;
}

QByteArray TestBundleImporter::signedPayload(quint64 sequence, const QByteArray &payload, const SigningKey &key)
{
    BundleHeader header;
    header.kind = BundleKind::Geodata;
    header.sequence = sequence;
    header.publisher = "ONS";
    auto file = BundleFile::write(header, payload, {key.keyId(), &key.secretKey()});
    return file ? file.value() : QByteArray();
}

QByteArray
TestBundleImporter::geodataBundle(quint64 sequence, const QVector<OutcodeCentroid> &items, const SigningKey &key)
{
    return signedPayload(sequence, GeodataBundle::encode(items), key);
}

void TestBundleImporter::importsAndQuarantinesBadItems()
{
    const QByteArray bundle =
        geodataBundle(1,
                      {{"LS1", 53.797, -1.548}, {"CF10", 51.476, -3.177}, {"XX99Z!", 52.0, -1.0}, {"SA1", 40.0, -3.9}},
                      *m_publisher);
    auto summary = importer()->importBytes(bundle, BundleKind::Geodata);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 2);
    QCOMPARE(summary->rejected, 2);
    QCOMPARE(summary->rejections.size(), 2);
    QVERIFY(summary->text().contains("Rejected: 2"));
    auto leeds = GeodataBundle::lookup(m_vault->database(), "ls1");
    QVERIFY(leeds);
    QCOMPARE(leeds->latitude, 53.797);
    QVERIFY(!GeodataBundle::lookup(m_vault->database(), "SA1"));
    QCOMPARE(m_vault->database().scalarInteger("SELECT count(*) FROM quarantine").value(), qint64(2));

    auto second = importer()->importBytes(geodataBundle(2, {{"LS1", 53.8, -1.55}}, *m_publisher));
    QVERIFY(second);
    QCOMPARE(second->changed, 1);
}

void TestBundleImporter::sameBundleTwiceChangesNothing()
{
    const QByteArray bundle = geodataBundle(1, {{"LS1", 53.797, -1.548}}, *m_publisher);
    QVERIFY(importer()->importBytes(bundle));
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto again = importer()->importBytes(bundle);
    QCOMPARE(again.error().code, ErrorCode::BundleAlreadyImported);
    QVERIFY(again.error().message.contains("already imported"));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestBundleImporter::olderSequenceIsRefused()
{
    QVERIFY(importer()->importBytes(geodataBundle(10, {{"LS1", 53.797, -1.548}}, *m_publisher)));
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    for (quint64 sequence : {quint64(9), quint64(10)}) {
        auto older = importer()->importBytes(geodataBundle(sequence, {{"LS1", 50.0, -1.0}}, *m_publisher));
        QCOMPARE(older.error().code, ErrorCode::BundleReplay);
    }
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QVERIFY(importer()->importBytes(geodataBundle(11, {{"LS2", 53.8, -1.55}}, *m_publisher)));
}

void TestBundleImporter::untrustedSignerChangesNothing()
{
    const SigningKey stranger = SigningKey::generate();
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto result = importer()->importBytes(geodataBundle(1, {{"LS1", 53.797, -1.548}}, stranger));
    QCOMPARE(result.error().code, ErrorCode::BundleUnknownSigner);
    QVERIFY(result.error().message.contains(Minisign::keyIdHex(stranger.keyId())));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestBundleImporter::wrongKindIsRefused()
{
    auto result =
        importer()->importBytes(geodataBundle(1, {{"LS1", 53.797, -1.548}}, *m_publisher), BundleKind::Vacancies);
    QCOMPARE(result.error().code, ErrorCode::BundleWrongKind);
}

void TestBundleImporter::cancelLeavesVaultAsBefore()
{
    // Varied coordinates: a bundle of near-identical rows compresses past the zip-bomb ratio on purpose.
    QVector<OutcodeCentroid> many;
    for (int i = 1; i <= 3000; ++i)
        many.append({QStringLiteral("B%1").arg(i % 99 + 1) + QString(QChar(u'A' + i % 20)),
                     50.0 + (i * 7919 % 10007) / 1000.0,
                     -3.0 + (i * 104729 % 10009) / 5000.0});
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto result = importer()->importBytes(
        geodataBundle(1, many, *m_publisher), std::nullopt, [](int permille) { return permille < 500; });
    QVERIFY2(result.error().code == ErrorCode::Cancelled, qPrintable(result.error().message));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestBundleImporter::oversizedCountFromTrustedKeyIsRefused()
{
    // A leaked signing key must not be enough to exhaust memory: the count is capped before reading.
    PayloadWriter writer("geodata/1");
    writer.writeCount(50'000'000);
    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto result = importer()->importBytes(signedPayload(1, writer.finish(), *m_publisher));
    QCOMPARE(result.error().code, ErrorCode::BundlePayload);
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
}

void TestBundleImporter::importIsAudited()
{
    QVERIFY(importer()->importBytes(geodataBundle(1, {{"LS1", 53.797, -1.548}}, *m_publisher)));
    auto entries = m_vault->audit().entries();
    QCOMPARE(entries->first().action, QStringLiteral("import_bundle"));
    QCOMPARE(entries->first().detail, QStringLiteral("geodata 1"));
    QVERIFY(m_vault->audit().verify()->intact());
}

void TestBundleImporter::damagedOrStaleFileChangesNothing_data()
{
    // What each file becomes, and the start of what the person is told.
    QTest::addColumn<int>("damage");
    QTest::addColumn<QString>("message");
    QTest::addRow("a byte of the payload changed") << 0 << "This file has been changed since it was created";
    QTest::addRow("a byte of the signature changed") << 1 << "This file has been changed since it was created";
    QTest::addRow("cut short, as by an interrupted copy") << 2 << "This file is incomplete or damaged";
    QTest::addRow("not a bundle at all") << 3 << "This isn't a Waymark bundle. Check you picked the right file.";
    QTest::addRow("expired") << 4 << "This file expired on";
    QTest::addRow("dated in the future") << 5 << "This file's date is in the future.";
}

void TestBundleImporter::damagedOrStaleFileChangesNothing()
{
    QFETCH(int, damage);
    QFETCH(QString, message);
    BundleHeader header;
    header.kind = BundleKind::Geodata;
    header.sequence = 1;
    header.publisher = "ONS";
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (damage == 4) {
        header.createdAt = now - 7200;
        header.expiresAt = now - 3600;
    } else if (damage == 5) {
        header.createdAt = now + 3 * 86400;
    }
    auto written = BundleFile::write(
        header, GeodataBundle::encode({{"LS1", 53.797, -1.548}}), {m_publisher->keyId(), &m_publisher->secretKey()});
    QVERIFY(written);
    QByteArray file = written.value();
    if (damage == 0)
        file[BundleHeader::Size + 4] = char(file[BundleHeader::Size + 4] ^ 0x01);
    else if (damage == 1)
        file[file.size() - BundleFile::TrailerBytes - 10] =
            char(file[file.size() - BundleFile::TrailerBytes - 10] ^ 0x01);
    else if (damage == 2)
        file.truncate(file.size() / 2);
    else if (damage == 3)
        file = "outcode,latitude,longitude\nLS1,53.797,-1.548\n";

    const QByteArray before = Fixtures::databaseDigest(*m_vault);
    auto result = importer()->importBytes(file, BundleKind::Geodata);
    QVERIFY(!result);
    QVERIFY2(result.error().message.startsWith(message), qPrintable(result.error().message));
    QCOMPARE(Fixtures::databaseDigest(*m_vault), before);
    QVERIFY(!GeodataBundle::lookup(m_vault->database(), "LS1"));
}

QTEST_GUILESS_MAIN(TestBundleImporter)
#include "TestBundleImporter.moc"
