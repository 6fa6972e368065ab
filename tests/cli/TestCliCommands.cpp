#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** waymark-cli's command table: every command has its own options and --help, and dispatch finds each one. */
class TestCliCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void helpListsOnlyThatCommandsOptions_data();
    void helpListsOnlyThatCommandsOptions();
    void usageErrorsExitTwoWithOneLine_data();
    void usageErrorsExitTwoWithOneLine();
    void everyListedCommandRunsItsHelp();
    void groupHelpListsItsCommands();
    void keyExportFromPublicKeyNeedsNoPassphrase();
    void keyExportFromSecretKeyStillNeedsPassphrase();

private:
    /** The "name  summary" rows under "Commands:" in waymark-cli --help. */
    static QList<QPair<QString, QString>> listedCommands(const QByteArray &help);
};

QList<QPair<QString, QString>> TestCliCommands::listedCommands(const QByteArray &help)
{
    QList<QPair<QString, QString>> rows;
    const QStringList lines = QString::fromUtf8(help).split('\n');
    const qsizetype start = lines.indexOf("Commands:");
    static const QRegularExpression row("^  (\\S+(?: \\S+)?)\\s{2,}(\\S.*)$");
    for (qsizetype i = start + 1; start >= 0 && i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QRegularExpressionMatch match = row.match(lines.at(i));
        if (match.hasMatch())
            rows.append({match.captured(1), match.captured(2)});
    }
    return rows;
}

void TestCliCommands::helpListsOnlyThatCommandsOptions_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QStringList>("takes");
    QTest::addColumn<QStringList>("doesNotTake");
    QTest::addRow("trust add") << QStringList{"trust", "add"}
                               << QStringList{"--vault", "--kinds", "--label", "--fingerprint", "FILE.pub"}
                               << QStringList{"--csv", "--people", "--minisign", "--sequence", "--json"};
    QTest::addRow("key export") << QStringList{"key", "export"} << QStringList{"--minisign", "--key", "--out"}
                                << QStringList{"--kinds", "--given", "--csv"};
    QTest::addRow("person list") << QStringList{"person", "list"} << QStringList{"--status", "--json", "--vault"}
                                 << QStringList{"--given", "--yes", "--out", "--key"};
    QTest::addRow("bundle build-vacancies")
        << QStringList{"bundle", "build-vacancies"}
        << QStringList{"--csv", "--skip-invalid", "--snapshot", "--key", "--publisher", "--sequence", "--expires"}
        << QStringList{"--esco", "--builtin", "--form", "--vault"};
    QTest::addRow("match") << QStringList{"match"} << QStringList{"--person", "--vacancy", "--profiles", "--top"}
                           << QStringList{"--given", "--csv", "--yes"};
    QTest::addRow("key fingerprint") << QStringList{"key", "fingerprint"} << QStringList{"FILE.pub"}
                                     << QStringList{"--vault", "--passphrase-file", "--out"};
}

void TestCliCommands::helpListsOnlyThatCommandsOptions()
{
    QFETCH(QStringList, command);
    QFETCH(QStringList, takes);
    QFETCH(QStringList, doesNotTake);
    const Fixtures::CliRun run = Fixtures::runCli(command + QStringList{"--help"});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.err.isEmpty());
    const QString help = QString::fromUtf8(run.out);
    QVERIFY2(help.startsWith("Usage: waymark-cli " + command.join(' ') + " [options]"), qPrintable(help));
    for (const QString &option : takes)
        QVERIFY2(help.contains(option), qPrintable(option));
    // Whole option names: --format is not --form.
    for (const QString &option : doesNotTake)
        QVERIFY2(!help.contains(QRegularExpression(QRegularExpression::escape(option) + QStringLiteral("\\b(?!-)"))),
                 qPrintable(option));
}

void TestCliCommands::usageErrorsExitTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::addRow("unknown command") << QStringList{"frobnicate"} << "Unknown command \"frobnicate\"";
    QTest::addRow("unknown sub-command") << QStringList{"trust", "dance"} << "Unknown trust command \"dance\"";
    QTest::addRow("unknown option") << QStringList{"trust", "add", "k.pub", "--colour"}
                                    << "See waymark-cli trust add --help.";
    QTest::addRow("another command's option")
        << QStringList{"trust", "list", "--csv", "x.csv"} << "See waymark-cli trust list --help.";
    QTest::addRow("option before the command") << QStringList{"--json", "person", "list"} << "Say what to do";
    QTest::addRow("group alone") << QStringList{"bundle"} << "Wrong number of arguments for bundle";
    QTest::addRow("argument it does not take")
        << QStringList{"trust", "list", "extra"} << "Wrong number of arguments for trust list";
}

void TestCliCommands::usageErrorsExitTwoWithOneLine()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Fixtures::CliRun run = Fixtures::runCli(args);
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(run.err.startsWith("waymark-cli: "));
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliCommands::everyListedCommandRunsItsHelp()
{
    const Fixtures::CliRun overview = Fixtures::runCli({"--help"});
    QCOMPARE(overview.exitCode, 0);
    const auto commands = listedCommands(overview.out);
    // Every command in the table, from vault create to extract.
    QVERIFY2(commands.size() >= 40, overview.out.constData());
    QVERIFY(!overview.out.contains("--vault"));
    for (const auto &[name, summary] : commands) {
        const Fixtures::CliRun run = Fixtures::runCli(name.split(' ') + QStringList{"--help"});
        QVERIFY2(run.exitCode == 0, qPrintable(name + ": " + QString::fromUtf8(run.err)));
        const QStringList lines = QString::fromUtf8(run.out).split('\n');
        QVERIFY2(lines.value(0).startsWith("Usage: waymark-cli " + name + " [options]"), qPrintable(lines.value(0)));
        QCOMPARE(lines.value(1), summary);
    }
}

void TestCliCommands::groupHelpListsItsCommands()
{
    const auto all = listedCommands(Fixtures::runCli({"--help"}).out);
    const Fixtures::CliRun run = Fixtures::runCli({"sync", "--help"});
    QCOMPARE(run.exitCode, 0);
    const auto sync = listedCommands(run.out);
    QStringList expected;
    for (const auto &row : all) {
        if (row.first.startsWith("sync "))
            expected.append(row.first);
    }
    QStringList listed;
    for (const auto &row : sync)
        listed.append(row.first);
    QCOMPARE(listed, expected);
    QCOMPARE(listed.size(), 6);
}

void TestCliCommands::keyExportFromPublicKeyNeedsNoPassphrase()
{
    QTemporaryDir dir;
    const QString pass = dir.filePath("key.pass");
    QVERIFY(Fixtures::writeFile(pass, "publisher key passphrase\n"));
    const QString prefix = dir.filePath("dwp");
    const Fixtures::CliRun generated =
        Fixtures::runCli({"key", "generate", "--out", prefix, "--kdf", "minimum"}, {}, pass);
    QVERIFY2(generated.exitCode == 0, generated.err.constData());

    // No --passphrase-file, no WAYMARK_PASSPHRASE and no terminal: a secret key could not be opened.
    const QString exported = dir.filePath("exported.pub");
    const Fixtures::CliRun run =
        Fixtures::runCli({"key", "export", "--minisign", "--key", prefix + ".pub", "--out", exported});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QFile original(prefix + ".pub");
    QFile copy(exported);
    QVERIFY(original.open(QIODevice::ReadOnly) && copy.open(QIODevice::ReadOnly));
    QCOMPARE(copy.readAll(), original.readAll());
    QVERIFY(run.out.startsWith("Public key "));
    QVERIFY(generated.out.contains(run.out.mid(run.out.indexOf("Fingerprint: ")).trimmed()));
}

void TestCliCommands::keyExportFromSecretKeyStillNeedsPassphrase()
{
    QTemporaryDir dir;
    const QString pass = dir.filePath("key.pass");
    QVERIFY(Fixtures::writeFile(pass, "publisher key passphrase\n"));
    const QString prefix = dir.filePath("dwp");
    QCOMPARE(Fixtures::runCli({"key", "generate", "--out", prefix, "--kdf", "minimum"}, {}, pass).exitCode, 0);
    const QString exported = dir.filePath("exported.pub");
    const Fixtures::CliRun run =
        Fixtures::runCli({"key", "export", "--minisign", "--key", prefix + ".key", "--out", exported});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.errLines().size(), 1);
    QVERIFY(!QFile::exists(exported));
    // A file that is neither kind of key is refused as a public key would be, and nothing is written.
    const QString junk = dir.filePath("junk.pub");
    QVERIFY(Fixtures::writeFile(junk, "not a key\n"));
    const Fixtures::CliRun refused =
        Fixtures::runCli({"key", "export", "--minisign", "--key", junk, "--out", exported});
    QCOMPARE(refused.exitCode, 1);
    QCOMPARE(refused.errLines().size(), 1);
    QVERIFY(!QFile::exists(exported));
}

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
