#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/SigningKey.h"
#include "model/demo/DemoCaseload.h"
#include "model/demo/SyntheticVacancies.h"
#include "model/matching/VacancyBundle.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * The two imports that write the most at once, a vacancy bundle and a caseload merge, stopped the hard ways: kill
 * -9 at random moments, and a disk that fills part way through (DiskBudget). Each time the vault opens, checks
 * clean, its audit chain holds, it has all of the bundle or none of it, and the same command run again completes,
 * a caseload's receipt included, which its sender accepts.
 *
 * `make test` tries a few moments and a few fill points; `make stress` tries 50 of each (WAYMARK_STRESS_POINTS).
 * The moments are drawn at random across a clean run's length; the seed is printed (and read from
 * WAYMARK_STRESS_SEED) so that a failure can be replayed.
 */
class TestImportUnderFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();
    void killedAtARandomMomentIsAllOrNothing_data();
    void killedAtARandomMomentIsAllOrNothing();
    void diskFillingPartWayIsAllOrNothing_data();
    void diskFillingPartWayIsAllOrNothing();

private:
    using RowCounts = QMap<QString, qint64>;
    /** One import to interrupt: a vault ready to take a bundle, and what it holds before and after a clean run. */
    struct Job
    {
        QString name;
        QString templateVault;
        QString bundle;
        /** For a caseload: the sending practice's vault, which must accept the receipt. */
        QString sender;
        RowCounts before;
        RowCounts after;
        qint64 cleanMs = 0;
        /** How much the vault's files grew in a clean run: a floor for the bytes it writes. */
        qint64 growth = 0;
    };

    /** A generous limit: under the sanitizers and a loaded machine one import takes minutes. */
    static Fixtures::CliRun cli(const QStringList &args) { return Fixtures::runCli(args, Passphrase, {}, 900000); }
    static RowCounts rowCounts(Database &db);
    static qint64 folderBytes(const QString &path);
    static int pointsPerJob(int quick);
    void measureCleanRun(Job &job);
    void prepareVacancies();
    void prepareCaseload();
    QString copyOf(const QString &vault, const QString &name);
    const Job &job(const QString &name) const { return name == m_vacancies.name ? m_vacancies : m_caseload; }
    /** Opens the vault as the next session would, and checks it is whole: the integrity check, the audit chain. */
    void verifyIntact(const QString &vault, RowCounts *counts);
    /**
     * The command run again, without the fault, completes (`alreadyAll`: the interrupted run had committed); a
     * caseload's receipt is accepted by its sender.
     */
    void verifyRetryCompletes(const Job &job, const QString &vault, bool alreadyAll = false);

    static constexpr const char *Passphrase = "correct horse battery staple";
#ifdef WAYMARK_SANITIZED
    // Under the sanitizers every command runs several times slower: smaller bundles, and the vacancies go through
    // the write-ahead log too (the bulk load's journal is interrupted by the plain build's run and make stress).
    static constexpr int VacancyCount = 5000;
    static constexpr int People = 300;
#else
    static constexpr int VacancyCount = 40000;
    static constexpr int People = 1500;
#endif
    QTemporaryDir m_dir;
    Job m_vacancies;
    Job m_caseload;
    quint32 m_seed = 0;
    int m_copies = 0;
    /** The copies the current row made, removed after it. */
    QStringList m_rowCopies;
    /** Where the kills landed: before the import's commit (the vault has none of it) or after (all of it). */
    int m_killsLeavingNone = 0;
    int m_killsLeavingAll = 0;
};

void TestImportUnderFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_seed = qEnvironmentVariableIsSet("WAYMARK_STRESS_SEED") ? qEnvironmentVariable("WAYMARK_STRESS_SEED").toUInt()
                                                              : QRandomGenerator::global()->generate();
    qInfo("WAYMARK_STRESS_SEED=%u", m_seed);
    prepareVacancies();
    if (QTest::currentTestFailed())
        return;
    prepareCaseload();
}

void TestImportUnderFaults::cleanup()
{
    qunsetenv("WAYMARK_TEST_DISK_BUDGET");
    // A stress run makes hundreds of copies of vaults up to 64 MB: each goes once its row is done.
    for (const QString &copy : std::as_const(m_rowCopies))
        QDir(copy).removeRecursively();
    m_rowCopies.clear();
}

void TestImportUnderFaults::cleanupTestCase()
{
    qInfo("%d kills left the vault without the bundle, %d with all of it", m_killsLeavingNone, m_killsLeavingAll);
}

int TestImportUnderFaults::pointsPerJob(int quick)
{
    const int asked = qEnvironmentVariableIntValue("WAYMARK_STRESS_POINTS");
    return asked > 0 ? asked : quick;
}

TestImportUnderFaults::RowCounts TestImportUnderFaults::rowCounts(Database &db)
{
    QStringList tables;
    {
        Statement list = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
        while (list.next())
            tables.append(list.text(0));
    }
    RowCounts counts;
    for (const QString &table : std::as_const(tables)) {
        // Opening and locking the vault writes to these whatever the import did.
        if (table == QLatin1String("audit") || table == QLatin1String("meta"))
            continue;
        const QByteArray sql = "SELECT count(*) FROM \"" + table.toUtf8() + '"';
        const auto rows = db.scalarInteger(sql.constData());
        counts.insert(table, rows ? rows.value() : -1);
    }
    return counts;
}

qint64 TestImportUnderFaults::folderBytes(const QString &path)
{
    qint64 total = 0;
    QDirIterator it(path, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        total += QFileInfo(it.next()).size();
    return total;
}

QString TestImportUnderFaults::copyOf(const QString &vault, const QString &name)
{
    const QString copy = m_dir.filePath(QStringLiteral("%1-%2.waymark").arg(name).arg(++m_copies));
    m_rowCopies.append(copy);
    return Fixtures::copyFolder(vault, copy) ? copy : QString();
}

void TestImportUnderFaults::prepareVacancies()
{
    m_vacancies.name = QStringLiteral("vacancies");
    auto key = SigningKey::generate();
    QVector<Vacancy> vacancies = SyntheticVacancies::generate(VacancyCount, m_seed, QDate::currentDate());
    for (Vacancy &v : vacancies) {
        if (!v.hasCoordinates()) {
            v.latitude = 52.5;
            v.longitude = -1.9;
        }
    }
    BundleHeader header;
    header.kind = BundleKind::Vacancies;
    header.sequence = 1;
    header.publisher = QStringLiteral("DWP");
    const QByteArray payload = VacancyBundle::encode(vacancies, VacancyBundle::Mode::Snapshot);
    // Large enough for the importer's bulk load (a rollback journal instead of the write-ahead log), so both of
    // its ways of writing are interrupted: the caseload merge below is small and goes through the log.
#ifndef WAYMARK_SANITIZED
    QVERIFY(quint64(payload.size()) > BundleImporter::BulkLoadBytes);
#endif
    auto bundle = BundleFile::write(header, payload, {key.keyId(), &key.secretKey()});
    QVERIFY(bundle);
    m_vacancies.bundle = Fixtures::fileIn(m_dir, QStringLiteral("vacancies.wmbundle"), bundle.value());
    {
        auto vault = Fixtures::create(m_dir, QStringLiteral("admin"), VaultSetting::Admin);
        QVERIFY(vault);
        TrustStore trust(vault->database(), vault->audit());
        QVERIFY(trust.add(key.minisignKey(), "DWP", {BundleKind::Vacancies}, Minisign::fingerprint(key.publicKey())));
        m_vacancies.before = rowCounts(vault->database());
        m_vacancies.templateVault = vault->path();
    }
    measureCleanRun(m_vacancies);
    QCOMPARE(m_vacancies.after.value(QStringLiteral("vacancies")), VacancyCount);
}

void TestImportUnderFaults::prepareCaseload()
{
    m_caseload.name = QStringLiteral("caseload");
    const Fixtures::PairedVaults pair = Fixtures::pairedVaultsWithCli(m_dir, Passphrase);
    QVERIFY(pair.ok());
    {
        auto practice = Vault::open(pair.gp, Fixtures::passphrase());
        QVERIFY(practice);
        QVERIFY(DemoCaseload::generate(*practice.value(), People, m_seed));
    }
    m_caseload.bundle = m_dir.filePath(QStringLiteral("to-coach.wmbundle"));
    const auto exported =
        cli({"sync", "export", "--vault", pair.gp, "--device", pair.coachId, "--out", m_caseload.bundle});
    QVERIFY2(exported.exitCode == 0, exported.err.constData());
    m_caseload.sender = pair.gp;
    m_caseload.templateVault = pair.coach;
    {
        auto coach = Vault::open(pair.coach, Fixtures::passphrase());
        QVERIFY(coach);
        m_caseload.before = rowCounts(coach.value()->database());
    }
    measureCleanRun(m_caseload);
    QVERIFY(m_caseload.after.value(QStringLiteral("records")) > People);
}

void TestImportUnderFaults::measureCleanRun(Job &job)
{
    const QString vault = copyOf(job.templateVault, job.name);
    QVERIFY(!vault.isEmpty());
    const qint64 bytesBefore = folderBytes(vault);
    QElapsedTimer timer;
    timer.start();
    const auto run = cli({"bundle", "import", job.bundle, "--vault", vault});
    job.cleanMs = timer.elapsed();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    job.growth = folderBytes(vault) - bytesBefore;
    auto opened = Vault::open(vault, Fixtures::passphrase());
    QVERIFY(opened);
    job.after = rowCounts(opened.value()->database());
    QVERIFY(job.after != job.before);
    qInfo("%s: a clean import takes %lld ms and grows the vault by %lld bytes",
          qPrintable(job.name),
          job.cleanMs,
          job.growth);
}

void TestImportUnderFaults::verifyIntact(const QString &vault, RowCounts *counts)
{
    auto opened = Vault::open(vault, Fixtures::passphrase());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    auto problems = opened.value()->integrityCheck();
    QVERIFY(problems);
    QVERIFY2(problems->isEmpty(), qPrintable(problems->join(u'\n')));
    auto chain = opened.value()->audit().verify();
    QVERIFY(chain);
    QVERIFY2(chain->intact(), qPrintable(chain->problems().join(u'\n')));
    *counts = rowCounts(opened.value()->database());
    // The vault is back on its write-ahead log, whichever journal the interrupted import was using.
    QCOMPARE(opened.value()->database().scalarText("PRAGMA journal_mode").value(), QStringLiteral("wal"));
}

void TestImportUnderFaults::verifyRetryCompletes(const Job &job, const QString &vault, bool alreadyAll)
{
    const auto retry = cli({"bundle", "import", job.bundle, "--vault", vault, "--json"});
    if (alreadyAll && job.sender.isEmpty()) {
        // A publisher's bundle that is already in is refused as a replay; a caseload's is taken again (below), so
        // that its receipt is written again.
        QVERIFY2(retry.err.contains("already imported this file"), retry.err.constData());
    } else {
        QVERIFY2(retry.exitCode == 0, retry.err.constData());
    }
    RowCounts counts;
    verifyIntact(vault, &counts);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(counts, job.after);
    if (job.sender.isEmpty())
        return;
    const QString receipt = QJsonDocument::fromJson(retry.out).object().value(QStringLiteral("receipt")).toString();
    QVERIFY(QFile::exists(receipt));
    const QString sender = copyOf(job.sender, QStringLiteral("sender"));
    const auto accepted = cli({"bundle", "import", receipt, "--vault", sender});
    QVERIFY2(accepted.exitCode == 0, accepted.err.constData());
    QVERIFY(QFile::remove(receipt));
}

void TestImportUnderFaults::killedAtARandomMomentIsAllOrNothing_data()
{
    QTest::addColumn<QString>("jobName");
    QTest::addColumn<int>("killAfterMs");
    QRandomGenerator random(m_seed);
    for (const Job *each : {&m_vacancies, &m_caseload}) {
        // From the first instant to just past a clean run's end, so the moments land in unlocking, verifying,
        // writing, committing and writing the receipt alike.
        const int span = int(each->cleanMs * 11 / 10) + 1;
        for (int i = 0; i < pointsPerJob(2); ++i) {
            const int ms = int(random.bounded(span));
            QTest::addRow("%s killed after %d ms", qPrintable(each->name), ms) << each->name << ms;
        }
    }
}

void TestImportUnderFaults::killedAtARandomMomentIsAllOrNothing()
{
    QFETCH(QString, jobName);
    QFETCH(int, killAfterMs);
    const Job &job = this->job(jobName);
    const QString vault = copyOf(job.templateVault, job.name);
    QVERIFY(!vault.isEmpty());

    QProcess import;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("WAYMARK_PASSPHRASE"), QString::fromLatin1(Passphrase));
    import.setProcessEnvironment(env);
    import.setStandardInputFile(QProcess::nullDevice());
    import.start(QStringLiteral(WAYMARK_CLI_PATH), {"bundle", "import", job.bundle, "--vault", vault});
    QVERIFY(import.waitForStarted());
    import.waitForFinished(killAfterMs);
    import.kill();
    import.waitForFinished(10000);

    RowCounts counts;
    verifyIntact(vault, &counts);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(counts == job.before || counts == job.after, "the vault holds part of the bundle");
    ++(counts == job.before ? m_killsLeavingNone : m_killsLeavingAll);
    verifyRetryCompletes(job, vault, counts == job.after);
}

void TestImportUnderFaults::diskFillingPartWayIsAllOrNothing_data()
{
    QTest::addColumn<QString>("jobName");
    QTest::addColumn<qint64>("budget");
    const int points = pointsPerJob(2);
    QRandomGenerator random(m_seed ^ 0x5eed);
    for (const Job *each : {&m_vacancies, &m_caseload}) {
        // Any budget below what a clean run grows the vault by runs out before the import can finish; the quick
        // run takes one early and one late, the stress run spreads them at random.
        for (int i = 0; i < points; ++i) {
            const double fraction = points == 2 ? (i == 0 ? 0.1 : 0.9) : random.bounded(1.0);
            const qint64 budget = qint64(double(each->growth) * fraction);
            QTest::addRow("%s with %lld bytes free", qPrintable(each->name), budget) << each->name << budget;
        }
    }
}

void TestImportUnderFaults::diskFillingPartWayIsAllOrNothing()
{
    QFETCH(QString, jobName);
    QFETCH(qint64, budget);
    const Job &job = this->job(jobName);
    const QString vault = copyOf(job.templateVault, job.name);
    QVERIFY(!vault.isEmpty());

    qputenv("WAYMARK_TEST_DISK_BUDGET", QByteArray::number(budget));
    const auto full = cli({"bundle", "import", job.bundle, "--vault", vault});
    qunsetenv("WAYMARK_TEST_DISK_BUDGET");
    QCOMPARE(full.exitCode, 1);
    QCOMPARE(full.errLines().size(), 1);
    QVERIFY2(full.err.contains("There is no space left on the disk."), full.err.constData());

    RowCounts counts;
    verifyIntact(vault, &counts);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(counts, job.before);
    // Space freed: the same command does the work.
    verifyRetryCompletes(job, vault);
}

QTEST_GUILESS_MAIN(TestImportUnderFaults)
#include "TestImportUnderFaults.moc"
