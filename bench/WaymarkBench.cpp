// Benchmarks for README's table. Each prints one line "name: value unit" and a verdict against its goal.
#include "model/CaseFilterProxy.h"
#include "model/CaseListModel.h"
#include "model/Settings.h"
#include "model/VaultSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QSysInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace
{
    QTextStream out(stdout);
    const QByteArray Passphrase = "benchmark passphrase for ten thousand";

    void report(const QString &name, double value, const QString &unit, const QString &goal, bool met)
    {
        out << QStringLiteral("%1: %2 %3 (goal %4: %5)\n")
                   .arg(name,
                        QString::number(value, 'f', 2),
                        unit,
                        goal,
                        met ? QStringLiteral("met") : QStringLiteral("NOT met"));
        out.flush();
    }

    SecureBytes passphrase()
    {
        QByteArray copy = Passphrase;
        return SecureBytes::takeFrom(copy);
    }

    double median(std::vector<double> values)
    {
        std::sort(values.begin(), values.end());
        return values.empty() ? 0 : values[values.size() / 2];
    }
} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString vaultPath = dir.filePath(QStringLiteral("bench.waymark"));
    const int people = qEnvironmentVariableIntValue("WAYMARK_BENCH_PEOPLE") > 0
                           ? qEnvironmentVariableIntValue("WAYMARK_BENCH_PEOPLE")
                           : 10000;
    out << QStringLiteral("Waymark benchmarks, %1 people, %2, %3 cores\n")
               .arg(people)
               .arg(QSysInfo::prettyProductName())
               .arg(QThread::idealThreadCount());

    // 1. waymark-cli demo --people N, end to end (including Argon2id at the default cost).
    {
        QFile passFile(dir.filePath(QStringLiteral("pass.txt")));
        passFile.open(QIODevice::WriteOnly);
        passFile.write(Passphrase);
        passFile.close();
        QElapsedTimer timer;
        timer.start();
        QProcess demo;
        demo.start(QStringLiteral(WAYMARK_CLI_PATH),
                   {QStringLiteral("demo"),
                    QStringLiteral("--vault"),
                    vaultPath,
                    QStringLiteral("--people"),
                    QString::number(people),
                    QStringLiteral("--passphrase-file"),
                    passFile.fileName()});
        demo.waitForFinished(600000);
        const double seconds = timer.elapsed() / 1000.0;
        if (demo.exitCode() != 0) {
            out << "demo failed: " << demo.readAllStandardError() << "\n";
            return 1;
        }
        report(QStringLiteral("waymark-cli demo --people %1").arg(people),
               seconds,
               QStringLiteral("s"),
               QStringLiteral("< 10 s"),
               seconds < 10);
    }

    // 2. Unlock to caseload visible, with key derivation timed apart.
    Settings settings(dir.filePath(QStringLiteral("settings.ini")), nullptr);
    VaultSession session;
    session.setPath(vaultPath);
    MainWindow window(session, settings);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QElapsedTimer timer;
    timer.start();
    if (!session.unlock(passphrase())) {
        out << "unlock failed\n";
        return 1;
    }
    auto *view = window.findChild<QTableView *>(QStringLiteral("caseloadView"));
    view->viewport()->repaint();
    QCoreApplication::processEvents();
    const double total = timer.elapsed();
    const double kdf = double(session.lastKdfMillis());
    out << QStringLiteral("Argon2id key derivation at unlock: %1 ms\n").arg(kdf);
    out << QStringLiteral("  of which opening the vault and loading the caseload model: %1 ms\n")
               .arg(session.lastLoadMillis());
    report(QStringLiteral("unlock to caseload visible, beyond Argon2id (%1 rows)").arg(view->model()->rowCount()),
           total - kdf,
           QStringLiteral("ms"),
           QStringLiteral("< 300 ms"),
           total - kdf < 300);

    // 3. One keystroke in the search box: filter and re-sort the visible table, then paint it.
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchEdit"));
    std::vector<double> keystrokes;
    for (const QString &query : {QStringLiteral("evans"),
                                 QStringLiteral("sian"),
                                 QStringLiteral("ab 12"),
                                 QStringLiteral("cf10"),
                                 QStringLiteral("llyr jones")}) {
        search->clear();
        QCoreApplication::processEvents();
        for (QChar c : query) {
            QElapsedTimer key;
            key.start();
            QTest::keyClick(search, c.toLatin1());
            view->viewport()->repaint();
            keystrokes.push_back(key.nsecsElapsed() / 1e6);
            if (qEnvironmentVariableIsSet("WAYMARK_BENCH_VERBOSE"))
                out << QStringLiteral("  '%1' -> %2 rows: %3 ms\n")
                           .arg(search->text())
                           .arg(view->model()->rowCount())
                           .arg(keystrokes.back());
        }
    }
    const double worst = *std::max_element(keystrokes.begin(), keystrokes.end());
    report(QStringLiteral("search keystroke, median of %1").arg(keystrokes.size()),
           median(keystrokes),
           QStringLiteral("ms"),
           QStringLiteral("< 16 ms"),
           median(keystrokes) < 16);
    report(
        QStringLiteral("search keystroke, worst"), worst, QStringLiteral("ms"), QStringLiteral("< 16 ms"), worst < 16);
    session.lock();
    return 0;
}
