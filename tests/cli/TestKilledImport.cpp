#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/demo/SyntheticVacancies.h"
#include "model/matching/VacancyBundle.h"
#include "model/vault/Database.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** An import killed half way (kill -9, not a polite cancel) leaves a vault that opens, checks clean, and has all or
 * none. */
class TestKilledImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedImportIsAllOrNothing_data();
    void killedImportIsAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_bundle;
    std::unique_ptr<SigningKey> m_key;
    quint64 m_plainBytes = 0;
    static constexpr int Count = 60000;
};

void TestKilledImport::initTestCase()
{
    m_key = std::make_unique<SigningKey>(SigningKey::generate());
    QVector<Vacancy> vacancies = SyntheticVacancies::generate(Count, 11, QDate::currentDate());
    for (Vacancy &v : vacancies) {
        if (!v.hasCoordinates()) {
            v.latitude = 52.5;
            v.longitude = -1.9;
        }
    }
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = 1;
    header.publisher = "DWP";
    const QByteArray payload = VacancyBundle::encode(vacancies, VacancyBundle::Mode::Snapshot);
    m_plainBytes = quint64(payload.size());
    auto bundle = BundleFile::write(header, payload, {m_key->keyId(), &m_key->secretKey()});
    QVERIFY(bundle);
    m_bundle = m_dir.filePath("big.wmbundle");
    QFile file(m_bundle);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bundle.value());
}

void TestKilledImport::killedImportIsAllOrNothing_data()
{
    QTest::addColumn<int>("killAfterMs");
    for (int ms : {150, 400, 800, 1500, 2500})
        QTest::addRow("killed after %d ms", ms) << ms;
}

void TestKilledImport::killedImportIsAllOrNothing()
{
    QFETCH(int, killAfterMs);
    const QString name = QStringLiteral("v%1").arg(killAfterMs);
    {
        auto vault = Fixtures::create(m_dir, name, VaultSetting::Admin);
        QVERIFY(vault);
        TrustStore trust(vault->database(), vault->audit());
        QVERIFY(
            trust.add(m_key->minisignKey(), "DWP", {BundleKind::Vacancies}, Minisign::fingerprint(m_key->publicKey())));
    }
    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("WAYMARK_PASSPHRASE", "correct horse battery staple");
    import.setProcessEnvironment(env);
    import.start(WAYMARK_CLI_PATH, {"bundle", "import", m_bundle, "--vault", Fixtures::pathIn(m_dir, name)});
    QVERIFY(import.waitForStarted());
    QTest::qWait(killAfterMs);
    import.kill();
    import.waitForFinished(10000);

    auto vault = Vault::open(Fixtures::pathIn(m_dir, name), Fixtures::passphrase());
    QVERIFY2(vault, vault ? "" : qPrintable(vault.error().message));
    auto problems = vault.value()->integrityCheck();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join('\n')));
    const qint64 rows = vault.value()->database().scalarInteger("SELECT count(*) FROM vacancies").value();
    const qint64 imported = vault.value()->database().scalarInteger("SELECT count(*) FROM imported_bundles").value();
    QVERIFY2((rows == 0 && imported == 0) || (rows == Count && imported == 1), qPrintable(QString::number(rows)));
    // A bundle this large is written with a rollback journal (BulkLoadJournal); a kill part way leaves a hot
    // journal that the open above rolled back, and the vault is back on its write-ahead log.
    QVERIFY(m_plainBytes > BundleImporter::BulkLoadBytes);
    QCOMPARE(vault.value()->database().scalarText("PRAGMA journal_mode").value(), QStringLiteral("wal"));
    QVERIFY(!QFile::exists(Vault::databasePath(Fixtures::pathIn(m_dir, name)) + QStringLiteral("-journal")));
}

QTEST_GUILESS_MAIN(TestKilledImport)
#include "TestKilledImport.moc"
