#include "model/notes/SuggestionApplier.h"
#include "model/notes/SuggestionAuditDetail.h"
#include "model/notes/SuggestionReport.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The Suggestions report: counts by kind from the audit, medians, fast acceptances, warnings and suppression. */
class TestSuggestionReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsEachDecisionByKind();
    void medianAndFastShareComeFromTheDecisionTimes();
    void warnsAboutRubberStampingOverTheLevel_data();
    void warnsAboutRubberStampingOverTheLevel();
    void tooFewDecisionsNeverWarn();
    void smallNumbersAreSuppressedEverywhere();
    void periodLeavesOutOtherDays();
    void csvIsDefused();
    void holdsNoPersonalValues();

private:
    void shown(const QString &counts);
    void decide(QLatin1String action, const QString &head, qint64 afterMs);
    SuggestionReport report(SuggestionReport::Options options = {}) const;
    const SuggestionReport::Row *row(const SuggestionReport &r, const QString &kind) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Vault> m_vault;
};

void TestSuggestionReport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_vault = Fixtures::create(*m_dir);
    QVERIFY(m_vault);
}

void TestSuggestionReport::cleanup()
{
    m_vault.reset();
    m_dir.reset();
}

void TestSuggestionReport::shown(const QString &counts)
{
    const SuggestionAuditDetail detail{counts, QStringLiteral("notes-1"), QStringLiteral("builtin-00000000"), -1};
    QVERIFY(m_vault->audit().append(AuditAction::SuggestionShown, QStringLiteral("a1b2"), detail.toString()));
}

void TestSuggestionReport::decide(QLatin1String action, const QString &head, qint64 afterMs)
{
    const SuggestionAuditDetail detail{head, QStringLiteral("notes-1"), QStringLiteral("builtin-00000000"), afterMs};
    QVERIFY(m_vault->audit().append(action, QStringLiteral("a1b2"), detail.toString()));
}

SuggestionReport TestSuggestionReport::report(SuggestionReport::Options options) const
{
    auto built = SuggestionReport::build(m_vault->audit(), options);
    if (!built)
        qFatal("report failed");
    return built.value();
}

const SuggestionReport::Row *TestSuggestionReport::row(const SuggestionReport &r, const QString &kind) const
{
    for (const SuggestionReport::Row &each : r.rows()) {
        if (each.kind == kind)
            return &each;
    }
    return nullptr;
}

void TestSuggestionReport::countsEachDecisionByKind()
{
    shown(QStringLiteral("skill=8,date=6"));
    shown(QStringLiteral("skill=2"));
    for (int i = 0; i < 5; ++i)
        decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label"), 4000);
    decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label:present"), 4000);
    decide(AuditAction::SuggestionEdited, QStringLiteral("skill:skill.label"), 9000);
    decide(AuditAction::SuggestionRejected, QStringLiteral("skill"), 3000);
    decide(AuditAction::SuggestionUsedInForm, QStringLiteral("date:form"), 5000);
    decide(AuditAction::SuggestionUsedInForm, QStringLiteral("date:form:edited"), 5000);
    decide(AuditAction::SuggestionRejected, QStringLiteral("date"), 5000);
    // Not a suggestion: never counted.
    QVERIFY(m_vault->audit().append(AuditAction::FormStarted, QStringLiteral("a1b2"), QStringLiteral("skill")));

    const SuggestionReport r = report();
    const auto *skill = row(r, QStringLiteral("skill"));
    QVERIFY(skill);
    QCOMPARE(skill->shown, 10);
    QCOMPARE(skill->acceptedUnchanged, 6);
    QCOMPARE(skill->changed, 1);
    QCOMPARE(skill->rejected, 1);
    const auto *date = row(r, QStringLiteral("date"));
    QVERIFY(date);
    QCOMPARE(date->shown, 6);
    QCOMPARE(date->acceptedUnchanged, 1);
    QCOMPARE(date->changed, 1);
    QCOMPARE(date->rejected, 1);
    // The tool's total follows its kinds.
    QCOMPARE(r.rows().size(), 3);
    QVERIFY(r.rows().last().kind.isEmpty());
    QCOMPARE(r.rows().last().shown, 16);
    QCOMPARE(r.total().decided(), 11);
}

void TestSuggestionReport::medianAndFastShareComeFromTheDecisionTimes()
{
    shown(QStringLiteral("skill=10"));
    // Accepted after 0.5, 1, 1.5, 3 and 6 s; rejected after 10 s; one acceptance from before times were kept.
    for (const qint64 ms : {500, 1000, 1500, 3000, 6000})
        decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label"), ms);
    decide(AuditAction::SuggestionRejected, QStringLiteral("skill"), 10000);
    QVERIFY(m_vault->audit().append(
        AuditAction::SuggestionAccepted, QStringLiteral("a1b2"), QStringLiteral("skill:skill.label")));

    // The row points into the report, so the report is kept for as long as the row is read.
    const SuggestionReport made = report();
    const auto *skill = row(made, QStringLiteral("skill"));
    QVERIFY(skill);
    QCOMPARE(skill->acceptedUnchanged, 6);
    // Six timed decisions: the median is halfway between 1.5 s and 3 s.
    QCOMPARE(skill->medianMs().value(), qint64(2250));
    // Three of five timed acceptances came within two seconds.
    QCOMPARE(skill->fastShare().value(), 0.6);
    QCOMPARE(made.cells(*skill).at(6), QStringLiteral("2.3"));
    QCOMPARE(made.cells(*skill).at(7), QStringLiteral("60%"));
}

void TestSuggestionReport::warnsAboutRubberStampingOverTheLevel_data()
{
    QTest::addColumn<int>("accepted");
    QTest::addColumn<int>("rejected");
    QTest::addColumn<qint64>("acceptMs");
    QTest::addColumn<bool>("acceptWarning");
    QTest::addColumn<bool>("fastWarning");
    QTest::addRow("considered") << 15 << 10 << qint64(8000) << false << false;
    QTest::addRow("nearly all accepted") << 24 << 1 << qint64(8000) << true << false;
    QTest::addRow("accepted at once") << 15 << 10 << qint64(900) << false << true;
    QTest::addRow("both") << 25 << 0 << qint64(900) << true << true;
}

void TestSuggestionReport::warnsAboutRubberStampingOverTheLevel()
{
    QFETCH(int, accepted);
    QFETCH(int, rejected);
    QFETCH(qint64, acceptMs);
    QFETCH(bool, acceptWarning);
    QFETCH(bool, fastWarning);
    shown(QStringLiteral("skill=%1").arg(accepted + rejected));
    for (int i = 0; i < accepted; ++i)
        decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label"), acceptMs);
    for (int i = 0; i < rejected; ++i)
        decide(AuditAction::SuggestionRejected, QStringLiteral("skill"), 8000);

    const SuggestionReport r = report();
    const QString all = r.warnings().join(QLatin1Char('\n'));
    QCOMPARE(all.contains(QStringLiteral("check they are being weighed")), acceptWarning);
    QCOMPARE(all.contains(QStringLiteral("within two seconds")), fastWarning);
    QCOMPARE(r.toText().contains(QStringLiteral("within two seconds of being shown")), fastWarning);
    QCOMPARE(r.toJson().value(QStringLiteral("warnings")).toArray().size(), int(acceptWarning) + int(fastWarning));

    // The levels come from the options: raised above what happened, nothing is said.
    SuggestionReport::Options lenient;
    lenient.acceptWarningPercent = 100;
    lenient.fastAcceptWarningPercent = 100;
    QVERIFY(report(lenient).warnings().isEmpty());
}

void TestSuggestionReport::tooFewDecisionsNeverWarn()
{
    shown(QStringLiteral("skill=19"));
    for (int i = 0; i < SuggestionReport::MinimumForWarning - 1; ++i)
        decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label"), 300);
    QVERIFY(report().warnings().isEmpty());
    decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label"), 300);
    QCOMPARE(report().warnings().size(), 2);
}

void TestSuggestionReport::smallNumbersAreSuppressedEverywhere()
{
    shown(QStringLiteral("skill=12,licence=3"));
    for (int i = 0; i < 3; ++i)
        decide(AuditAction::SuggestionRejected, QStringLiteral("licence"), 4000);
    for (int i = 0; i < 7; ++i)
        decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label"), 4000);

    const SuggestionReport r = report();
    const auto *licence = row(r, QStringLiteral("licence"));
    QVERIFY(licence);
    const QStringList cells = r.cells(*licence);
    QCOMPARE(cells.at(2), QStringLiteral("<5"));
    QCOMPARE(cells.at(3), QStringLiteral("0"));
    QCOMPARE(cells.at(5), QStringLiteral("<5"));
    // Three timed decisions are too few for a median.
    QVERIFY(!licence->medianMs());
    QCOMPARE(r.cells(*row(r, QStringLiteral("skill"))).at(3), QStringLiteral("7"));

    const QJsonArray rows = r.toJson().value(QStringLiteral("rows")).toArray();
    bool sawLicence = false;
    for (const QJsonValue &value : rows) {
        const QJsonObject object = value.toObject();
        if (object.value(QStringLiteral("kind")).toString() != QStringLiteral("licence"))
            continue;
        sawLicence = true;
        QCOMPARE(object.value(QStringLiteral("shown")).toString(), QStringLiteral("<5"));
        QCOMPARE(object.value(QStringLiteral("rejected")).toString(), QStringLiteral("<5"));
        QVERIFY(object.value(QStringLiteral("median_ms_to_decide")).isNull());
    }
    QVERIFY(sawLicence);

    const QString path = m_dir->filePath(QStringLiteral("report.csv"));
    QVERIFY(r.writeCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString csv = QString::fromUtf8(file.readAll());
    QVERIFY2(!csv.contains(QStringLiteral(",3,")), qPrintable(csv));
    QVERIFY(csv.contains(QStringLiteral("<5")));
}

void TestSuggestionReport::periodLeavesOutOtherDays()
{
    shown(QStringLiteral("skill=6"));
    decide(AuditAction::SuggestionAccepted, QStringLiteral("skill:skill.label"), 4000);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    SuggestionReport::Options options;
    options.from = today;
    options.to = today;
    QCOMPARE(report(options).total().shown, 6);
    options.from = today.addDays(1);
    options.to = today.addDays(7);
    QVERIFY(report(options).rows().isEmpty());
    QVERIFY(report(options).toText().contains(QStringLiteral("No suggestions were shown")));
    options.from = today.addDays(-7);
    options.to = today.addDays(-1);
    QCOMPARE(report(options).total().shown, 0);
}

void TestSuggestionReport::csvIsDefused()
{
    // A kind this build does not know is shown as written; a formula in it must not run in a spreadsheet.
    shown(QStringLiteral("=HYPERLINK(1)=7"));
    QCOMPARE(row(report(), QStringLiteral("=HYPERLINK(1)")), nullptr);
    decide(AuditAction::SuggestionRejected, QStringLiteral("=cmd|calc"), 4000);
    const SuggestionReport r = report();
    QVERIFY(row(r, QStringLiteral("=cmd|calc")));
    const QString path = m_dir->filePath(QStringLiteral("defused.csv"));
    QVERIFY(r.writeCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.size() >= 2);
    bool sawDefused = false;
    for (const QString &line : lines) {
        for (const QString &cell : line.split(QLatin1Char(','))) {
            QVERIFY2(!cell.startsWith(QLatin1Char('=')), qPrintable(line));
            sawDefused = sawDefused || cell.startsWith(QStringLiteral("'=cmd"));
        }
    }
    QVERIFY(sawDefused);
}

void TestSuggestionReport::holdsNoPersonalValues()
{
    RecordStore &store = m_vault->records();
    const QString person =
        store.createPerson({{"given_name", "Zebedeemarker"}, {"family_name", "Quillmarker"}}).value();
    SuggestionApplier applier(store, m_vault->audit());
    applier.setVersions(QStringLiteral("builtin-00000000"));
    QVector<ExtractedSuggestion> found;
    for (const char *value :
         {"Forkliftmarker", "Weldingmarker", "Plasteringmarker", "Joinerymarker", "Tilingmarker", "Roofingmarker"}) {
        ExtractedSuggestion s;
        s.kind = ExtractedSuggestion::Kind::Skill;
        s.value = QString::fromLatin1(value);
        s.sentence = QStringLiteral("Sentencemarker about the person.");
        found.append(s);
    }
    QVERIFY(applier.shown(person, found));
    for (int i = 0; i < 5; ++i)
        QVERIFY(applier.accept(person, found.at(i)));
    QVERIFY(applier.reject(person, found.at(5)));

    const SuggestionReport r = report();
    QCOMPARE(r.total().acceptedUnchanged, 5);
    const QString path = m_dir->filePath(QStringLiteral("private.csv"));
    QVERIFY(r.writeCsv(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString everything =
        r.toText() + QString::fromUtf8(QJsonDocument(r.toJson()).toJson()) + QString::fromUtf8(file.readAll());
    QVERIFY(!everything.contains(person));
    QVERIFY(!everything.contains(QStringLiteral("marker"), Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestSuggestionReport)
#include "TestSuggestionReport.moc"
