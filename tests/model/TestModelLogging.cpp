#include "model/bundles/BundleImporter.h"
#include "model/core/Log.h"
#include "model/crypto/Minisign.h"
#include "model/demo/SyntheticVacancies.h"
#include "model/forms/FormDefinition.h"
#include "model/forms/FormStore.h"
#include "model/matching/MatchingContext.h"
#include "model/session/BundleHandlers.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"
#include "model/vault/RecordStore.h"

#include <QMutex>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/**
 * The model's log lines for support: each says what happened with ids and counts, and never carries a name, an
 * answer or any other value from the vault (STYLE.md §10). The fixture's values are unusual words, so a leak shows.
 */
class TestModelLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void caseloadImportLogsCountsNotValues();
    void finishedFormLogsIdsNotAnswers();
    void rankingLogsCountsAndTime();
    void auditCheckLogsWhereTheChainBreaks();

private:
    struct Line
    {
        QString category;
        QString text;
    };
    static void capture(QtMsgType type, const QMessageLogContext &context, const QString &message);
    static QStringList linesIn(const char *category);
    static void verifyNoFixtureValues();

    static inline QMutex s_mutex;
    static inline QVector<Line> s_lines;
    static inline const QStringList FixtureValues{
        "Zebedee", "Quillfeather", "Lighthouse keeper", "Semaphore signalling", "Marmalade"};

    QtMessageHandler m_previous = nullptr;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_gp;
    std::unique_ptr<Vault> m_coach;
    QString m_personId;
};

void TestModelLogging::capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    QMutexLocker lock(&s_mutex);
    s_lines.append({QString::fromLatin1(context.category), message});
}

QStringList TestModelLogging::linesIn(const char *category)
{
    QMutexLocker lock(&s_mutex);
    QStringList found;
    for (const Line &line : std::as_const(s_lines)) {
        if (line.category == QLatin1String(category))
            found.append(line.text);
    }
    return found;
}

void TestModelLogging::verifyNoFixtureValues()
{
    QMutexLocker lock(&s_mutex);
    for (const Line &line : std::as_const(s_lines)) {
        for (const QString &value : FixtureValues)
            QVERIFY2(!line.text.contains(value, Qt::CaseInsensitive), qPrintable(line.category + ": " + line.text));
    }
}

void TestModelLogging::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_gp = Fixtures::create(*m_dir, "gp", VaultSetting::GpPractice);
    m_coach = Fixtures::create(*m_dir, "coach", VaultSetting::WorkCoach);
    QVERIFY(m_gp && m_coach);
    for (auto [from, to] : {std::pair<Vault *, Vault *>{m_gp.get(), m_coach.get()}, {m_coach.get(), m_gp.get()}}) {
        const QByteArray key = from->devicePublicKey();
        QVERIFY(CaseloadSync(*to).addPeer(
            {Minisign::keyIdFor(key), key}, from->ownerName(), from->setting(), Minisign::fingerprint(key)));
    }
    m_personId = m_gp->records().createPerson({{"given_name", "Zebedee"}, {"family_name", "Quillfeather"}}).value();
    QVERIFY(m_gp->records().add(m_personId, Kinds::JobGoal, {{"title", "Lighthouse keeper"}}));
    QMutexLocker lock(&s_mutex);
    s_lines.clear();
    m_previous = qInstallMessageHandler(capture);
}

void TestModelLogging::cleanup()
{
    qInstallMessageHandler(m_previous);
    m_gp.reset();
    m_coach.reset();
    m_dir.reset();
}

void TestModelLogging::caseloadImportLogsCountsNotValues()
{
    const QByteArray bundle =
        CaseloadSync(*m_gp).exportFor(Minisign::keyIdHex(Minisign::keyIdFor(m_coach->devicePublicKey()))).value();
    auto summary = BundleHandlers::makeImporter(*m_coach)->importBytes(bundle);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->added, 2); // the person and the job goal

    const QStringList imported = linesIn("waymark.model.bundles");
    QCOMPARE(imported.size(), 1);
    QVERIFY2(imported.first().contains("caseload bundle " + QString::fromLatin1(summary->bundleId.toHex())),
             qPrintable(imported.first()));
    QVERIFY2(imported.first().contains("added 2 changed 0"), qPrintable(imported.first()));
    const QStringList merged = linesIn("waymark.model.sync");
    QCOMPARE(merged.size(), 1);
    QVERIFY2(merged.first().contains("2 records received, 2 added, 0 changed, 0 conflicts"),
             qPrintable(merged.first()));
    QVERIFY(!merged.first().contains(m_personId));
    verifyNoFixtureValues();
}

void TestModelLogging::finishedFormLogsIdsNotAnswers()
{
    auto parsed = FormDefinition::parse(R"({"format": "waymark-form/1", "id": "log-form", "version": 3,
        "title": {"en": "Log", "cy": "Log"},
        "sections": [{"id": "s", "title": {"en": "S", "cy": "S"}, "fields": [
            {"id": "what", "type": "multiline", "label": {"en": "What", "cy": "Beth"}, "required": true}]}]})",
                                        "log.json");
    QVERIFY(parsed.ok());
    FormStore forms(m_gp->database(), m_gp->audit(), m_gp->clock());
    auto draft = forms.saveDraft(
        {{}, m_personId, "log-form", 3, {}, "en", {{"what", "Semaphore signalling and Marmalade"}}, {}, {}, {}});
    QVERIFY(draft.ok());
    auto finished = forms.finish(draft.value(), parsed.value(), "Coach Jones", QDate::currentDate());
    QVERIFY2(finished.ok(), qPrintable(finished.ok() ? QString() : finished.error().message));

    const QStringList lines = linesIn("waymark.model.forms");
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().contains("log-form version 3 number 1 record " + finished->id), qPrintable(lines.first()));
    QVERIFY(!lines.first().contains(m_personId));
    QVERIFY(!lines.first().contains("Coach Jones"));
    verifyNoFixtureValues();
}

void TestModelLogging::rankingLogsCountsAndTime()
{
    // Ranking logs at debug level, as it runs once a query; the test switches that on for itself.
    // Swapping the filter in re-filters every category at once, so the rules' filter is fetched first.
    static QLoggingCategory::CategoryFilter defaultFilter = nullptr;
    defaultFilter = QLoggingCategory::installFilter(nullptr);
    QLoggingCategory::installFilter([](QLoggingCategory *category) {
        defaultFilter(category);
        if (qstrcmp(category->categoryName(), "waymark.model.matching") == 0)
            category->setEnabled(QtDebugMsg, true);
    });
    const QDate today(2026, 11, 1);
    auto taxonomy = std::make_shared<const Taxonomy>(Taxonomy::builtIn().value());
    auto context = MatchingContext::fromVacancies(taxonomy, SyntheticVacancies::generate(200, 5, today), today);
    MatchProfile profile;
    profile.skills.append(context->normaliser().skill("forklift driving"));
    MatchOptions options;
    options.top = 7;
    const QVector<MatchResult> results = context->matcher().rank(profile, options);
    QLoggingCategory::installFilter(defaultFilter);

    const QStringList lines = linesIn("waymark.model.matching");
    QCOMPARE(lines.size(), 1);
    QVERIFY2(lines.first().startsWith(QStringLiteral("ranked %1 vacancies:").arg(context->index().size())),
             qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(QStringLiteral("looked at, %1 results in").arg(results.size())),
             qPrintable(lines.first()));
    QVERIFY(!lines.first().contains("forklift", Qt::CaseInsensitive));
}

void TestModelLogging::auditCheckLogsWhereTheChainBreaks()
{
    auto intact = m_gp->audit().verify();
    QVERIFY(intact && intact->intact());
    QVERIFY(m_gp->database().exec("DROP TRIGGER audit_no_update;"));
    QVERIFY(m_gp->database().exec("UPDATE audit SET detail = 'tampered' WHERE seq = 2;"));
    auto broken = m_gp->audit().verify();
    QVERIFY(broken && !broken->intact());

    const QStringList lines = linesIn("waymark.model.audit");
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), QStringLiteral("audit chain intact, %1 entries checked").arg(intact->rowsChecked));
    QCOMPARE(lines.at(1), QStringLiteral("audit chain broken at entry 2 after 2 entries checked"));
    verifyNoFixtureValues();
}

QTEST_GUILESS_MAIN(TestModelLogging)
#include "TestModelLogging.moc"
