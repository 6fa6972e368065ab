#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../support/Fixtures.h"

/** The man pages the package ships are written from the command table: every command, every option. */
class TestManualPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyCommandHasASectionWithItsOptions();
    void guiPageNamesTheCli();

private:
    QTemporaryDir m_dir;
    QString m_cliPage;
    QString m_guiPage;
};

void TestManualPage::initTestCase()
{
    QProcess manual;
    manual.start(WAYMARK_CLI_MANUAL_PATH, {m_dir.path()});
    QVERIFY(manual.waitForFinished(60000));
    QCOMPARE(manual.exitCode(), 0);
    QFile cli(m_dir.filePath("waymark-cli.1"));
    QFile gui(m_dir.filePath("waymark.1"));
    QVERIFY(cli.open(QIODevice::ReadOnly) && gui.open(QIODevice::ReadOnly));
    m_cliPage = QString::fromUtf8(cli.readAll());
    m_guiPage = QString::fromUtf8(gui.readAll());
    QVERIFY(m_cliPage.startsWith(".TH WAYMARK-CLI 1 "));
}

void TestManualPage::everyCommandHasASectionWithItsOptions()
{
    const Fixtures::CliRun overview = Fixtures::runCli({"--help"});
    QCOMPARE(overview.exitCode, 0);
    static const QRegularExpression row("^  (\\S+(?: \\S+)?)\\s{2,}\\S");
    static const QRegularExpression longOption("(--[a-z-]+)");
    int commands = 0;
    for (const QString &line : QString::fromUtf8(overview.out).split('\n')) {
        const QRegularExpressionMatch match = row.match(line);
        if (!match.hasMatch() || match.captured(1).startsWith('-'))
            continue;
        const QString name = match.captured(1);
        ++commands;
        // The section runs from its heading to the next one.
        const QString heading = QString(".SS \"%1\"\n").arg(QString(name).replace('-', "\\-"));
        const qsizetype start = m_cliPage.indexOf(heading);
        QVERIFY2(start >= 0, qPrintable(name));
        const qsizetype end = m_cliPage.indexOf(".SS ", start + heading.size());
        const QString section = m_cliPage.mid(start, end < 0 ? -1 : end - start);
        const Fixtures::CliRun help = Fixtures::runCli(name.split(' ') + QStringList{"--help"});
        QCOMPARE(help.exitCode, 0);
        for (auto it = longOption.globalMatch(QString::fromUtf8(help.out)); it.hasNext();) {
            const QString option = it.next().captured(1);
            QVERIFY2(section.contains(QString(option).replace('-', "\\-")), qPrintable(name + ' ' + option));
        }
    }
    QVERIFY(commands >= 40);
}

void TestManualPage::guiPageNamesTheCli()
{
    QVERIFY(m_guiPage.startsWith(".TH WAYMARK 1 "));
    QVERIFY(m_guiPage.contains("\\-\\-vault"));
    QVERIFY(m_guiPage.contains(".BR waymark\\-cli (1)"));
}

QTEST_GUILESS_MAIN(TestManualPage)
#include "TestManualPage.moc"
