#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli form and extract, run as the real binary. */
class TestFormCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheBuiltInForms();
    void checkNamesTheLineOfABadDefinition();
    void extractsWithSpans();
    void extractsLineByLineAsJsonLines();
    void junkIsHandledInBoundedTime();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args);
    QString write(const QString &name, const QByteArray &bytes);
    QTemporaryDir m_dir;
};

TestFormCli::Run TestFormCli::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove("WAYMARK_VAULT");
    process.setProcessEnvironment(env);
    process.start(WAYMARK_CLI_PATH, args);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

QString TestFormCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    return Fixtures::writeFile(path, bytes) ? path : QString();
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

QTEST_GUILESS_MAIN(TestFormCli)
#include "TestFormCli.moc"
