#include "model/bundles/BundleFile.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/Minisign.h"
#include "model/crypto/SigningKey.h"
#include "model/io/PayloadArchive.h"
#include "model/outreach/OutreachSessions.h"
#include "model/reports/AggregateReport.h"
#include "model/reports/ReportBundle.h"
#include "model/reports/ReportTables.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"
#include "../support/SuppressionAudit.h"

namespace
{
    Minisign::PublicKey keyOf(Vault &vault)
    {
        return {Minisign::keyIdFor(vault.devicePublicKey()), vault.devicePublicKey()};
    }

    struct HostileTable
    {
        QString key = "outreach.people_by_venue";
        QStringList rows = {"a", "b"};
        QStringList columns = {"new", "returning"};
        QVector<qint64> counts = {1, 2, 3, 4};
    };

    QByteArray payloadOf(const QVector<HostileTable> &tables,
                         const QString &from = "2026-01-01",
                         const QString &to = "2026-01-31",
                         quint64 declaredTables = 0)
    {
        PayloadWriter writer(ReportBundle::schema());
        writer.writeString(from);
        writer.writeString(to);
        writer.writeCount(declaredTables ? declaredTables : quint64(tables.size()));
        for (const HostileTable &t : tables) {
            writer.writeString(t.key);
            writer.writeString("Title");
            writer.writeString("Rows");
            writer.writeString("Columns");
            writer.writeCount(quint64(t.rows.size()));
            for (const QString &row : t.rows) {
                writer.writeString(row);
                writer.writeString(row.toUpper());
            }
            writer.writeCount(quint64(t.columns.size()));
            for (const QString &column : t.columns) {
                writer.writeString(column);
                writer.writeString(column.toUpper());
            }
            for (const qint64 count : t.counts)
                writer.writeInt(count);
        }
        return writer.finish();
    }
} // namespace

/** Report bundles: sealed to the admin, signed by the device, read as hostile, merged (docs/reports.md). */
class TestReportBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void aReportTravelsSealedAndMergesExactly();
    void mergingSumsBeforeSuppressing();
    void aReportFromAnUntrustedDeviceIsRefused();
    void theSameReportTwiceIsRefused();
    void aTamperedReportIsRefused();
    void aReportNotSealedOrSealedToAnotherVaultIsRefused();
    void hostilePayloadsAreRefused_data();
    void hostilePayloadsAreRefused();
    void exportAndMergeAreAuditedByIdOnly();

private:
    std::unique_ptr<Vault> makeCoach(const QString &name, bool trusted = true);
    void addSession(Vault &vault, const QString &venue, int seenNew, int seenReturning);
    QByteArray exportFrom(Vault &vault, QDate from = {}, QDate to = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_admin;
    std::vector<std::unique_ptr<Vault>> m_coaches;
    QDate m_from;
    QDate m_to;
};

void TestReportBundle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReportBundle::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_admin = Fixtures::create(*m_dir, "admin", VaultSetting::Admin);
    const QDate today = QDate::currentDate();
    m_from = QDate(today.year(), today.month(), 1).addMonths(-1);
    m_to = m_from.addMonths(1).addDays(-1);
}

void TestReportBundle::cleanup()
{
    m_coaches.clear();
    m_admin.reset();
    m_dir.reset();
}

std::unique_ptr<Vault> TestReportBundle::makeCoach(const QString &name, bool trusted)
{
    auto coach = Fixtures::create(*m_dir, name);
    if (trusted) {
        TrustStore trust(m_admin->database(), m_admin->audit());
        const Minisign::PublicKey key = keyOf(*coach);
        if (!trust.add(key, name, {BundleKind::Report}, Minisign::fingerprint(key.key)))
            return {};
    }
    return coach;
}

void TestReportBundle::addSession(Vault &vault, const QString &venue, int seenNew, int seenReturning)
{
    OutreachSessions sessions(vault.database(), vault.audit());
    OutreachSession s;
    s.venue = venue;
    s.heldOn = m_from.addDays(2);
    s.hours = 2;
    s.seenNew = seenNew;
    s.seenReturning = seenReturning;
    QVERIFY(sessions.record(s));
}

QByteArray TestReportBundle::exportFrom(Vault &vault, QDate from, QDate to)
{
    auto raw = ReportBuilder::standard(vault).buildRaw(from.isValid() ? from : m_from, to.isValid() ? to : m_to);
    if (!raw)
        return {};
    auto bundle = ReportBundle::write(vault, raw.value(), keyOf(*m_admin));
    return bundle ? bundle.value() : QByteArray();
}

void TestReportBundle::aReportTravelsSealedAndMergesExactly()
{
    auto coach = makeCoach("coach");
    QVERIFY(coach);
    addSession(*coach, "Tremorfa Community Centre", 3, 1);
    const QByteArray bundle = exportFrom(*coach);
    QVERIFY(!bundle.isEmpty());
    // Sealed: the venue, its counts' labels and the table keys cannot be read from the file.
    QVERIFY(!bundle.contains("Tremorfa"));
    QVERIFY(!bundle.contains("people_by_venue"));

    ReportMerge merge(*m_admin);
    QVERIFY(merge.add(bundle));
    QCOMPARE(merge.sources().size(), 1);
    QCOMPARE(merge.sources().first().label, QString("coach"));
    auto merged = merge.merged();
    QVERIFY(merged);
    const AggregateTable *venues = merged->table(ReportTableKeys::PeopleByVenue);
    QVERIFY(venues);
    const int row = venues->rowIndex("tremorfa community centre");
    QVERIFY(row >= 0);
    QCOMPARE(venues->rowLabel(row), QString("Tremorfa Community Centre"));
    QCOMPARE(venues->value(row, venues->columnIndex("new")), qint64(3));
    QCOMPARE(venues->state(row, venues->columnIndex("new")), AggregateTable::CellState::Small);
    QCOMPARE(merged->from, m_from);
    QCOMPARE(merged->devices.size(), 1);
}

void TestReportBundle::mergingSumsBeforeSuppressing()
{
    QVector<QByteArray> bundles;
    for (const char *name : {"one", "two", "three"}) {
        m_coaches.push_back(makeCoach(name));
        QVERIFY(m_coaches.back());
        addSession(*m_coaches.back(), "Central Library", 2, 3); // small on each device
        if (QLatin1String(name) == QLatin1String("three")) {
            addSession(*m_coaches.back(), "Market Hall", 9, 1);
            addSession(*m_coaches.back(), "Town Hall", 5, 7);
        }
        bundles.append(exportFrom(*m_coaches.back()));
    }
    ReportMerge merge(*m_admin);
    for (const QByteArray &bundle : bundles)
        QVERIFY(merge.add(bundle));
    auto merged = merge.merged();
    QVERIFY(merged);
    QCOMPARE(merged->devices.size(), 3);
    const AggregateTable *venues = merged->table(ReportTableKeys::PeopleByVenue);
    const int library = venues->rowIndex("central library");
    // 2 + 2 + 2 and 3 + 3 + 3: shown after the sum, though each device's own count was under 5.
    QCOMPARE(venues->text(library, venues->columnIndex("new")), QLocale().toString(6));
    QCOMPARE(venues->text(library, venues->columnIndex("returning")), QLocale().toString(9));
    const int hall = venues->rowIndex("market hall");
    QCOMPARE(venues->state(hall, venues->columnIndex("returning")), AggregateTable::CellState::Small);
    for (const AggregateTable &t : merged->tables)
        QVERIFY2(SuppressionAudit::firstLeak(t).isEmpty(), qPrintable(SuppressionAudit::firstLeak(t)));
}

void TestReportBundle::aReportFromAnUntrustedDeviceIsRefused()
{
    auto stranger = makeCoach("stranger", false);
    addSession(*stranger, "Central Library", 20, 20);
    ReportMerge merge(*m_admin);
    const Status added = merge.add(exportFrom(*stranger));
    QVERIFY(!added);
    QCOMPARE(added.error().code, ErrorCode::BundleUnknownSigner);
    QVERIFY(!added.error().message.isEmpty());
    QVERIFY(merge.sources().isEmpty());
    QVERIFY(!merge.merged());
}

void TestReportBundle::theSameReportTwiceIsRefused()
{
    auto coach = makeCoach("coach");
    addSession(*coach, "Central Library", 20, 20);
    const QByteArray bundle = exportFrom(*coach);
    ReportMerge merge(*m_admin);
    QVERIFY(merge.add(bundle));
    const Status again = merge.add(bundle);
    QVERIFY(!again);
    QCOMPARE(again.error().code, ErrorCode::BundleAlreadyImported);
    // Exported again (a new bundle id) for an overlapping period: still the same people.
    const Status overlapping = merge.add(exportFrom(*coach, m_from.addDays(10), m_to.addDays(20)));
    QVERIFY(!overlapping);
    QVERIFY(overlapping.error().message.contains("coach"));
    // The next month from the same device is fine.
    const QByteArray nextMonth = exportFrom(*coach, m_to.addDays(1), m_to.addMonths(1));
    QVERIFY(merge.add(nextMonth));
    QCOMPARE(merge.sources().size(), 2);
    // Merged months read in order, whichever report brought them first.
    ReportMerge reversed(*m_admin);
    QVERIFY(reversed.add(nextMonth));
    QVERIFY(reversed.add(bundle));
    auto merged = reversed.merged();
    QVERIFY(merged);
    const AggregateTable *sessions = merged->table(ReportTableKeys::SessionsByVenueMonth);
    QStringList sorted = sessions->columnKeys();
    sorted.sort();
    QCOMPARE(sessions->columnKeys(), sorted);
    QCOMPARE(sessions->columnCount(), 2);
    QCOMPARE(merged->from, m_from);
    QCOMPARE(merged->to, m_to.addMonths(1));
}

void TestReportBundle::aTamperedReportIsRefused()
{
    auto coach = makeCoach("coach");
    addSession(*coach, "Central Library", 20, 20);
    QByteArray bundle = exportFrom(*coach);
    for (const qsizetype at : {qsizetype(20), qsizetype(BundleHeader::Size + 10), bundle.size() - 30}) {
        QByteArray tampered = bundle;
        tampered[at] = char(tampered[at] ^ 0x01);
        ReportMerge merge(*m_admin);
        QVERIFY(!merge.add(tampered));
        QVERIFY(merge.sources().isEmpty());
    }
    ReportMerge merge(*m_admin);
    QVERIFY(!merge.add(bundle.left(bundle.size() / 2)));
    QVERIFY(!merge.add(QByteArray()));
}

void TestReportBundle::aReportNotSealedOrSealedToAnotherVaultIsRefused()
{
    auto coach = makeCoach("coach");
    addSession(*coach, "Central Library", 20, 20);
    auto raw = ReportBuilder::standard(*coach).buildRaw(m_from, m_to);
    QVERIFY(raw);
    // Signed by the device but not sealed.
    auto secret = coach->deviceSecretKey();
    QVERIFY(secret);
    const SigningKey device = SigningKey::fromSecret(std::move(secret.value()));
    BundleHeader header;
    header.kind = BundleKind::Report;
    auto plain = BundleFile::write(header, ReportBundle::encode(raw.value()), {device.keyId(), &device.secretKey()});
    QVERIFY(plain);
    ReportMerge merge(*m_admin);
    const Status unsealed = merge.add(plain.value());
    QVERIFY(!unsealed);
    QCOMPARE(unsealed.error().code, ErrorCode::BundleNotForThisDevice);
    // Sealed to some other vault's key.
    auto other = makeCoach("other", false);
    auto sealedElsewhere = ReportBundle::write(*coach, raw.value(), keyOf(*other));
    QVERIFY(sealedElsewhere);
    QVERIFY(!merge.add(sealedElsewhere.value()));
    QVERIFY(merge.sources().isEmpty());
}

void TestReportBundle::hostilePayloadsAreRefused_data()
{
    QTest::addColumn<QByteArray>("payload");
    HostileTable good;
    QTest::addRow("the same table twice") << payloadOf({good, good});
    HostileTable twiceRow = good;
    twiceRow.rows = {"a", "a"};
    QTest::addRow("a row twice") << payloadOf({twiceRow});
    HostileTable twiceColumn = good;
    twiceColumn.columns = {"new", "new"};
    QTest::addRow("a column twice") << payloadOf({twiceColumn});
    HostileTable negative = good;
    negative.counts = {1, -2, 3, 4};
    QTest::addRow("a negative count") << payloadOf({negative});
    HostileTable huge = good;
    huge.counts = {1, 2, std::numeric_limits<qint64>::max(), 4};
    QTest::addRow("a huge count") << payloadOf({huge});
    HostileTable shortCounts = good;
    shortCounts.counts = {1, 2, 3};
    QTest::addRow("too few counts") << payloadOf({shortCounts});
    HostileTable badKey = good;
    badKey.key = "Not A Key!";
    QTest::addRow("a table key that is not a key") << payloadOf({badKey});
    QTest::addRow("dates out of order") << payloadOf({good}, "2026-02-01", "2026-01-01");
    QTest::addRow("not a date") << payloadOf({good}, "yesterday", "2026-01-01");
    QTest::addRow("more tables declared than there are") << payloadOf({good}, "2026-01-01", "2026-01-31", 3);
    QTest::addRow("too many tables") << payloadOf({}, "2026-01-01", "2026-01-31", ReportBundle::MaxTables + 1);
    HostileTable wide = good;
    wide.rows.clear();
    for (int r = 0; r < 1000; ++r)
        wide.rows.append(QString::number(r));
    wide.columns.clear();
    for (int c = 0; c < 300; ++c)
        wide.columns.append(QStringLiteral("c%1").arg(c));
    wide.counts = {};
    QTest::addRow("more cells than allowed") << payloadOf({wide});
    QTest::addRow("another schema") << PayloadWriter("partners/1").finish();
    QTest::addRow("empty") << QByteArray();
    QByteArray trailing = payloadOf({good});
    trailing.append("extra");
    QTest::addRow("bytes after the end") << trailing;
}

void TestReportBundle::hostilePayloadsAreRefused()
{
    QFETCH(QByteArray, payload);
    const auto decoded = ReportBundle::decode(payload);
    QVERIFY(!decoded);
    QVERIFY(!decoded.error().message.isEmpty());
    // And the well-formed one is read.
    QVERIFY(ReportBundle::decode(payloadOf({HostileTable()})));
}

void TestReportBundle::exportAndMergeAreAuditedByIdOnly()
{
    auto coach = makeCoach("coach");
    addSession(*coach, "Secret Venue", 17, 23);
    const QByteArray bundle = exportFrom(*coach);
    auto exported = coach->audit().entries();
    QVERIFY(exported);
    const AuditEntry &last =
        exported->last().action == AuditAction::ReportExported ? exported->last() : exported->first();
    QCOMPARE(last.action, QString(AuditAction::ReportExported));
    QVERIFY(!last.object.isEmpty());
    QVERIFY(last.detail.contains(Minisign::keyIdHex(keyOf(*m_admin).keyId)));
    QVERIFY(!last.detail.contains("Secret"));

    ReportMerge merge(*m_admin);
    QVERIFY(merge.add(bundle));
    QVERIFY(merge.merged());
    auto entries = m_admin->audit().entries();
    QVERIFY(entries);
    bool found = false;
    for (const AuditEntry &entry : entries.value()) {
        if (entry.action != AuditAction::ReportsMerged)
            continue;
        found = true;
        QVERIFY(entry.detail.contains(last.object));
        QVERIFY(!entry.detail.contains("Secret"));
        // Past the bundle ids (hex, which may hold any digits), no count: not the 17 nor the 23 seen.
        QString rest = entry.detail;
        rest.remove(last.object);
        QVERIFY2(!rest.contains("17") && !rest.contains("23"), qPrintable(rest));
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestReportBundle)
#include "TestReportBundle.moc"
