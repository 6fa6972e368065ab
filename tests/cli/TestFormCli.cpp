#include "model/forms/FormExport.h"
#include "model/forms/FormStore.h"
#include "model/vault/AuditLog.h"
#include "model/vault/RecordStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli form and extract, run as the real binary. */
class TestFormCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listsTheBuiltInForms();
    void checkNamesTheLineOfABadDefinition();
    void extractsWithSpans();
    void extractsLineByLineAsJsonLines();
    void junkIsHandledInBoundedTime();
    void fillWritesAPdfWithAnswersAndPrefill();
    void fillWritesWelshForAWelshSpeaker();
    void fillWritesTheTakeAwaySummary();
    void fillListsEveryInvalidFieldAndWritesNothing();
    void fillRejectsBadInput_data();
    void fillRejectsBadInput();
    void fillLeavesNoFileWhenTheFolderIsUnwritable();
    void fillIsAudited();
    void finishKeepsANumberedVersionAndItsPdf();
    void finishKeepsNothingWhenThePdfOrTheAnswersAreRefused();

private:
    using Run = Fixtures::CliRun;
    Run cli(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
    /** The PDF's text, or a null array when pdftotext is not installed. */
    QByteArray pdfText(const QString &pdf);
    QStringList fill(const QString &person, const QString &form, const QString &answers, const QString &out);
    /** The person's finished versions as `form versions --json` lists them, and how many drafts they have. */
    QJsonArray finishedVersions(const QString &person);
    int draftCount(const QString &person);

    QTemporaryDir m_dir;
    QString m_vault;
    QString m_person;
    QString m_welshPerson;
    QString m_finishingPerson;
};

TestFormCli::Run TestFormCli::cli(const QStringList &args)
{
    return Fixtures::runCli(args, "correct horse battery staple");
}

QString TestFormCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    return Fixtures::writeFile(path, bytes) ? path : QString();
}

void TestFormCli::initTestCase()
{
    auto vault = Fixtures::create(m_dir, "forms");
    m_vault = vault->path();
    RecordStore &records = vault->records();
    m_person = records
                   .createPerson({{"given_name", "Ceri"},
                                  {"family_name", "Lloyd"},
                                  {"postcode", "CF10 1EP"},
                                  {"preferred_language", "en"}})
                   .value();
    QVERIFY(records.add(m_person, "job_goal", {{"title", "Care Assistant"}}).ok());
    m_welshPerson =
        records.createPerson({{"given_name", "Gwenllian"}, {"family_name", "Hughes"}, {"preferred_language", "cy"}})
            .value();
    QVERIFY(records.add(m_welshPerson, "job_goal", {{"title", "Gofalwr"}}).ok());
    m_finishingPerson = records.createPerson({{"given_name", "Owain"}, {"family_name", "Price"}}).value();
    QVERIFY(records.add(m_finishingPerson, "job_goal", {{"title", "Warehouse Operative"}}).ok());
}

QByteArray TestFormCli::pdfText(const QString &pdf)
{
    const QString tool = QStandardPaths::findExecutable("pdftotext");
    if (tool.isEmpty())
        return {};
    QProcess process;
    process.start(tool, {"-enc", "UTF-8", pdf, "-"});
    process.waitForFinished(60000);
    // Lines are wrapped to the page, so compare with single spaces.
    return process.readAllStandardOutput().simplified();
}

QStringList TestFormCli::fill(const QString &person, const QString &form, const QString &answers, const QString &out)
{
    return {"form", "fill", "--vault", m_vault, "--person", person, "--form", form, "--answers", answers, "--out", out};
}

QJsonArray TestFormCli::finishedVersions(const QString &person)
{
    const Run run = cli({"form", "versions", "--vault", m_vault, "--person", person, "--json"});
    if (run.exitCode != 0)
        qWarning("form versions: %s", run.err.constData());
    return QJsonDocument::fromJson(run.out).array();
}

int TestFormCli::draftCount(const QString &person)
{
    auto vault = Vault::open(m_vault, Fixtures::passphrase());
    if (!vault)
        return -1;
    FormStore store(vault.value()->database(), vault.value()->audit(), vault.value()->clock());
    auto drafts = store.drafts(person);
    return drafts ? int(drafts->size()) : -1;
}

void TestFormCli::listsTheBuiltInForms()
{
    const Run run = cli({"form", "list", "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray forms = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(forms.size(), 5);
    QStringList ids;
    for (const QJsonValue &f : forms)
        ids.append(f.toObject().value("id").toString());
    QVERIFY(ids.contains("action-plan") && ids.contains("cv") && ids.contains("work-health-plan"));
    const Run welsh = cli({"form", "list", "--language", "cy"});
    QVERIFY(welsh.out.contains("Cynllun"));
}

void TestFormCli::checkNamesTheLineOfABadDefinition()
{
    const QString bad = write("bad.json", "{\n\"format\": \"waymark-form/1\",\n\"id\": \"x\",,\n}");
    const Run run = cli({"form", "check", bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("line 3"), run.err.constData());
}

void TestFormCli::extractsWithSpans()
{
    const QString text = "She has her forklift licence and can do 16 hours a week. No car, so buses only.";
    const Run run = cli({"extract", "--text", write("note.txt", text.toUtf8()), "--json"});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray found = QJsonDocument::fromJson(run.out).object().value("suggestions").toArray();
    QStringList kinds;
    for (const QJsonValue &v : found) {
        const QJsonObject s = v.toObject();
        kinds.append(s.value("kind").toString());
        // The span points at the words it came from.
        QCOMPARE(text.mid(s.value("start").toInt(), s.value("length").toInt()), s.value("text").toString());
        QVERIFY(!s.value("sentence").toString().isEmpty());
    }
    QVERIFY2(kinds.contains("licence") && kinds.contains("hours") && kinds.contains("barrier"), run.out.constData());
}

void TestFormCli::extractsLineByLineAsJsonLines()
{
    const Run run = cli({"extract",
                         "--text",
                         write("lines.txt", "Worked in a warehouse, order picking.\n\nCan do mornings only.\n"),
                         "--lines",
                         "--json"});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    for (int i = 0; i < lines.size(); ++i)
        QCOMPARE(QJsonDocument::fromJson(lines.at(i)).object().value("line").toInt(), i + 1);
    QVERIFY(QJsonDocument::fromJson(lines.at(1)).object().value("suggestions").toArray().isEmpty());
    QVERIFY(!QJsonDocument::fromJson(lines.at(2)).object().value("suggestions").toArray().isEmpty());
}

void TestFormCli::junkIsHandledInBoundedTime()
{
    QByteArray junk(3 << 20, '\0');
    for (char &c : junk)
        c = char(QRandomGenerator::global()->bounded(256));
    QElapsedTimer timer;
    timer.start();
    const Run run = cli({"extract", "--text", write("junk.bin", junk), "--json"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(QJsonDocument::fromJson(run.out).isObject());
    QVERIFY(timer.elapsed() < 30000);
    QCOMPARE(cli({"extract", "--text", m_dir.filePath("missing.txt")}).exitCode, 1);
}

namespace
{
    // A valid action plan, apart from what the case fills in; Welsh letters prove the PDF's fonts.
    QByteArray actionPlanAnswers(const QDate &review)
    {
        return QJsonDocument(QJsonObject{{"weekly_activities", "Apply for three jobs a week at Dŵr Cymru & the tŷ"},
                                         {"coach_support", "Help with <b>interview</b> practice"},
                                         {"barriers", "transport,childcare"},
                                         {"review_date", review.toString(Qt::ISODate)},
                                         {"claimant_signature", "Ceri Lloyd"},
                                         {"coach_signature", "Test Coach"}})
            .toJson();
    }
} // namespace

void TestFormCli::fillWritesAPdfWithAnswersAndPrefill()
{
    const QDate review = QDate::currentDate().addDays(28);
    const QString pdf = m_dir.filePath("plan.pdf");
    const Run run = cli(fill(m_person, "action-plan", write("plan.json", actionPlanAnswers(review)), pdf));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(QFile::exists(pdf));
    QVERIFY2(run.err.contains("leaves the vault"), run.err.constData());
    // stderr holds the warning and nothing else (no platform chatter).
    QCOMPARE(run.err.trimmed().count('\n'), 0);
    const QByteArray text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian: poppler-utils)");
    const QString t = QString::fromUtf8(text);
    QVERIFY2(t.contains("Apply for three jobs a week at Dŵr Cymru & the tŷ"), text.constData());
    QVERIFY(t.contains("Help with <b>interview</b> practice"));
    QVERIFY(t.contains("Transport") && t.contains("Childcare"));
    QVERIFY(t.contains(QLocale(QLocale::English, QLocale::UnitedKingdom).toString(review, "d MMMM yyyy")));
    // Prefilled from the case: the name, postcode, job goal and the coach signed in.
    QVERIFY(t.contains("Lloyd") && t.contains("CF10 1EP") && t.contains("Care Assistant"));
    QVERIFY(t.contains("Test Coach"));
    QVERIFY(t.contains("Action plan") && t.contains("Date to review this plan"));
    QVERIFY(t.contains("Draft — not signed off"));
}

void TestFormCli::fillWritesWelshForAWelshSpeaker()
{
    const QString answers = write("plan-cy.json", actionPlanAnswers(QDate::currentDate().addDays(28)));
    const QString pdf = m_dir.filePath("plan-cy.pdf");
    const Run run = cli(fill(m_welshPerson, "action-plan", answers, pdf));
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian: poppler-utils)");
    const QString t = QString::fromUtf8(text);
    QVERIFY2(t.contains("Cynllun gweithredu") && t.contains("Dyddiad adolygu"), text.constData());
    QVERIFY(t.contains("Gofalwr") && t.contains("Dŵr Cymru"));
    QVERIFY(t.contains("Drafft — heb ei gymeradwyo"));
    QVERIFY(t.contains("Fersiwn y ffurflen"));
    QVERIFY(!t.contains("Date to review this plan"));

    // --language overrides the person's preference.
    const QString english = m_dir.filePath("plan-cy-en.pdf");
    QCOMPARE(cli(fill(m_welshPerson, "action-plan", answers, english) << "--language"
                                                                      << "en")
                 .exitCode,
             0);
    QVERIFY(QString::fromUtf8(pdfText(english)).contains("Date to review this plan"));
}

void TestFormCli::fillWritesTheTakeAwaySummary()
{
    const QString pdf = m_dir.filePath("summary.pdf");
    const Run run = cli(
        fill(m_person, "action-plan", write("summary.json", actionPlanAnswers(QDate::currentDate().addDays(7))), pdf)
        << "--summary");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QByteArray text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian: poppler-utils)");
    const QString t = QString::fromUtf8(text);
    QVERIFY2(t.contains("What we agreed") && t.contains("What happens next"), text.constData());
    QVERIFY(t.contains("tell your coach"));
    QVERIFY(t.contains("Apply for three jobs a week") && t.contains("Care Assistant"));
    // Not a summary field: the postcode stays on the full form.
    QVERIFY(!t.contains("CF10 1EP"));
}

void TestFormCli::fillListsEveryInvalidFieldAndWritesNothing()
{
    const QString pdf = m_dir.filePath("invalid.pdf");
    const QByteArray answers = QJsonDocument(QJsonObject{{"review_date", "2001-01-01"}}).toJson();
    const Run run = cli(fill(m_person, "action-plan", write("invalid.json", answers), pdf));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(pdf));
    for (const char *field : {"review_date: ", "weekly_activities: ", "claimant_signature: ", "coach_signature: "})
        QVERIFY2(run.err.contains(QByteArray("waymark-cli: ").append(field)), run.err.constData());
    QVERIFY(!run.err.contains("leaves the vault"));
}

void TestFormCli::fillRejectsBadInput_data()
{
    QTest::addColumn<QString>("person");
    QTest::addColumn<QString>("form");
    QTest::addColumn<QByteArray>("answers");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray valid = actionPlanAnswers(QDate::currentDate().addDays(28));
    QTest::addRow("unknown person") << "nobody"
                                    << "action-plan" << valid << QByteArray("no person with the id nobody");
    QTest::addRow("unknown form") << ""
                                  << "no-such-form" << valid << QByteArray("no form called \"no-such-form\"");
    QTest::addRow("bad JSON") << ""
                              << "action-plan" << QByteArray("{\"review_date\": ") << QByteArray("not valid JSON");
    QTest::addRow("not an object") << ""
                                   << "action-plan" << QByteArray("[\"a\"]") << QByteArray("must be a JSON object");
    QTest::addRow("unknown field") << ""
                                   << "action-plan" << QByteArray("{\"shoe_size\": \"9\"}")
                                   << QByteArray("shoe_size: the form action-plan has no such field");
    QTest::addRow("number, not text") << ""
                                      << "action-plan" << QByteArray("{\"work_search_hours\": 35}")
                                      << QByteArray("work_search_hours: the answer must be text");
}

void TestFormCli::fillRejectsBadInput()
{
    QFETCH(QString, person);
    QFETCH(QString, form);
    QFETCH(QByteArray, answers);
    QFETCH(QByteArray, expected);
    const QString pdf = m_dir.filePath("rejected.pdf");
    const Run run = cli(fill(person.isEmpty() ? m_person : person, form, write("rejected.json", answers), pdf));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), run.err.constData());
    QVERIFY(!QFile::exists(pdf));
}

void TestFormCli::fillLeavesNoFileWhenTheFolderIsUnwritable()
{
    // A "folder" that is a file cannot be written to, even by root (tests may run as root in containers).
    const QString notAFolder = write("not-a-folder", "x");
    const QString answers = write("locked.json", actionPlanAnswers(QDate::currentDate().addDays(28)));
    const Run run = cli(fill(m_person, "action-plan", answers, notAFolder + "/unsaved.pdf"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("could not be saved"), run.err.constData());
    QVERIFY(!run.err.contains("leaves the vault"));
    const QStringList left = QDir(m_dir.path()).entryList({"*unsaved*", "not-a-folder*"}, QDir::Files | QDir::Hidden);
    QCOMPARE(left, QStringList{"not-a-folder"});
}

void TestFormCli::fillIsAudited()
{
    const QString answers = write("audited.json", actionPlanAnswers(QDate::currentDate().addDays(28)));
    QCOMPARE(cli(fill(m_person, "action-plan", answers, m_dir.filePath("audited.pdf"))).exitCode, 0);
    QCOMPARE(cli(fill(m_person, "action-plan", answers, m_dir.filePath("audited-summary.pdf")) << "--summary").exitCode,
             0);
    auto vault = Vault::open(m_vault, Fixtures::passphrase());
    QVERIFY(vault.ok());
    auto entries = vault.value()->audit().entries(m_person);
    QVERIFY(entries.ok());
    QStringList details;
    for (const AuditEntry &e : entries.value()) {
        if (e.action == QLatin1String(FormExport::PdfSavedAction))
            details.append(e.detail);
    }
    QVERIFY2(details.contains("action-plan v1 draft"), qPrintable(details.join(" | ")));
    QVERIFY(details.contains("action-plan v1 draft summary"));
    // The fact of the export only: no file name.
    for (const QString &d : details)
        QVERIFY(!d.contains(".pdf"));
    QVERIFY(vault.value()->audit().verify().value().intact());
}

void TestFormCli::finishKeepsANumberedVersionAndItsPdf()
{
    const QString answers = write("finish.json", actionPlanAnswers(QDate::currentDate().addDays(28)));
    const QString pdf = m_dir.filePath("finished.pdf");
    const Run first = cli(fill(m_finishingPerson, "action-plan", answers, pdf) << "--finish");
    QVERIFY2(first.exitCode == 0, first.err.constData());
    QVERIFY2(first.out.contains("version 1"), first.out.constData());
    // Without --out it is kept and nothing is written; without either, it is a usage mistake.
    const QStringList keepOnly = {"form",
                                  "fill",
                                  "--vault",
                                  m_vault,
                                  "--person",
                                  m_finishingPerson,
                                  "--form",
                                  "action-plan",
                                  "--answers",
                                  answers};
    const Run second = cli(keepOnly + QStringList{"--finish"});
    QVERIFY2(second.exitCode == 0, second.err.constData());
    QVERIFY(second.out.contains("version 2"));
    QVERIFY(!second.err.contains("leaves the vault"));
    QCOMPARE(cli(keepOnly).exitCode, 2);

    const QJsonArray versions = finishedVersions(m_finishingPerson);
    QCOMPARE(versions.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject v = versions.at(i).toObject();
        QCOMPARE(v.value("number").toInt(), i + 1);
        QCOMPARE(v.value("form").toString(), QString("action-plan"));
        QCOMPARE(v.value("signed_by").toString(), QString("Test Coach"));
        QCOMPARE(v.value("device_counter").toInt(), i + 1);
    }
    QCOMPARE(draftCount(m_finishingPerson), 0);
    {
        // The PDF left the vault as finished version 1, and the audit says so.
        auto vault = Vault::open(m_vault, Fixtures::passphrase());
        QVERIFY(vault);
        const auto entries = vault.value()->audit().entries(m_finishingPerson);
        QVERIFY(entries);
        QStringList details;
        for (const AuditEntry &e : entries.value()) {
            if (e.action == QLatin1String(FormExport::PdfSavedAction))
                details.append(e.detail);
        }
        QCOMPARE(details, QStringList{"action-plan v1 #1"});
    }
    const QByteArray text = pdfText(pdf);
    if (text.isNull())
        QSKIP("pdftotext is not installed (Debian: poppler-utils)");
    QVERIFY2(text.contains("Finished version 1, signed off by Test Coach"), text.constData());
    QVERIFY(!text.contains("Draft"));
}

void TestFormCli::finishKeepsNothingWhenThePdfOrTheAnswersAreRefused()
{
    const int before = int(finishedVersions(m_finishingPerson).size());
    const QString notAFolder = write("not-a-folder-either", "x");
    const QString answers = write("refused.json", actionPlanAnswers(QDate::currentDate().addDays(28)));
    const Run unwritable = cli(fill(m_finishingPerson, "action-plan", answers, notAFolder + "/kept.pdf") << "--finish");
    QCOMPARE(unwritable.exitCode, 1);
    QVERIFY2(unwritable.err.contains("could not be saved"), unwritable.err.constData());
    QVERIFY(!unwritable.out.contains("version"));

    const QByteArray late = QJsonDocument(QJsonObject{{"review_date", "2001-01-01"}}).toJson();
    const Run invalid =
        cli(fill(m_finishingPerson, "action-plan", write("late.json", late), m_dir.filePath("late.pdf")) << "--finish");
    QCOMPARE(invalid.exitCode, 1);
    QVERIFY2(invalid.err.contains("review_date: "), invalid.err.constData());
    QVERIFY(!QFile::exists(m_dir.filePath("late.pdf")));

    QCOMPARE(finishedVersions(m_finishingPerson).size(), before);
    QCOMPARE(draftCount(m_finishingPerson), 0);
}

QTEST_GUILESS_MAIN(TestFormCli)
#include "TestFormCli.moc"
