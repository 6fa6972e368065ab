#include "ReportCommands.h"

#include "model/crypto/Minisign.h"
#include "model/reports/AggregateReport.h"
#include "model/reports/ReportBundle.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QSaveFile>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    QList<QCommandLineOption> periodOptions()
    {
        return {CliOptions::option("from",
                                   QT_TRANSLATE_NOOP("waymark-cli", "The first day of the period, as YYYY-MM-DD."),
                                   QT_TRANSLATE_NOOP("waymark-cli", "date")),
                CliOptions::option("to",
                                   QT_TRANSLATE_NOOP("waymark-cli", "The last day of the period, as YYYY-MM-DD."),
                                   QT_TRANSLATE_NOOP("waymark-cli", "date"))};
    }

    QCommandLineOption csvOption()
    {
        return CliOptions::option(
            "csv",
            QT_TRANSLATE_NOOP("waymark-cli", "Also write the report, as shown (small numbers hidden), to a CSV file."),
            QT_TRANSLATE_NOOP("waymark-cli", "file"));
    }

    /** The period asked for, or an exit code after saying what is wrong with it. */
    bool period(const CliContext &cli, QDate *from, QDate *to, int *exitCode)
    {
        if (!cli.require({"from", "to"}, exitCode))
            return false;
        *from = QDate::fromString(cli.value(QStringLiteral("from")), Qt::ISODate);
        *to = QDate::fromString(cli.value(QStringLiteral("to")), Qt::ISODate);
        if (!from->isValid() || !to->isValid() || *from > *to) {
            *exitCode = cli.usage(QCoreApplication::translate(
                "ReportCommands",
                "--from and --to must be real dates written as YYYY-MM-DD, the first on or before the second."));
            return false;
        }
        return true;
    }

    /** Prints a suppressed report as text or JSON and writes its CSV when asked. */
    int show(const CliContext &cli, const AggregateReport &report)
    {
        if (cli.isSet(QStringLiteral("csv"))) {
            const QString path = cli.value(QStringLiteral("csv"));
            if (Status s = report.writeCsv(path); !s)
                return cli.fail(s.error());
        }
        if (cli.json())
            cli.outJson(report.toJson());
        else
            cli.out(report.toText());
        return CliContext::ExitOk;
    }
} // namespace

void ReportCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile()};
    spec.options += periodOptions();
    spec.options += {CliOptions::json(), csvOption()};
}

int ReportCommand::run(CliContext &cli)
{
    int exitCode = 0;
    QDate from;
    QDate to;
    if (!period(cli, &from, &to, &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto report = ReportBuilder::standard(*vault.value()).build(from, to);
    if (!report)
        return cli.fail(report.error());
    return show(cli, report.value());
}

void ReportExportCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile()};
    spec.options += periodOptions();
    spec.options += {CliOptions::option("to-key",
                                        QT_TRANSLATE_NOOP("waymark-cli",
                                                          "The admin's vault key (.pub, from key export --minisign) "
                                                          "the report is sealed to: only that vault can read it."),
                                        QT_TRANSLATE_NOOP("waymark-cli", "file")),
                     CliOptions::out()};
}

int ReportExportCommand::run(CliContext &cli)
{
    int exitCode = 0;
    QDate from;
    QDate to;
    if (!period(cli, &from, &to, &exitCode))
        return exitCode;
    if (!cli.require({"to-key", "out"}, &exitCode))
        return exitCode;
    QFile keyFile(cli.value(QStringLiteral("to-key")));
    if (!keyFile.open(QIODevice::ReadOnly) || keyFile.size() > 64 * 1024)
        return cli.fail(tr("%1 could not be read as a public key.").arg(keyFile.fileName()));
    auto key = Minisign::parsePublicKey(keyFile.readAll());
    if (!key)
        return cli.fail(key.error());
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    auto raw = ReportBuilder::standard(*vault.value()).buildRaw(from, to);
    if (!raw)
        return cli.fail(raw.error());
    auto bundle = ReportBundle::write(*vault.value(), raw.value(), key.value());
    if (!bundle)
        return cli.fail(bundle.error());
    QSaveFile out(cli.value(QStringLiteral("out")));
    if (!out.open(QIODevice::WriteOnly) || out.write(bundle.value()) != bundle->size() || !out.commit())
        return cli.fail(tr("%1 could not be written.").arg(out.fileName()));
    cli.out(tr("Report for %1 to %2 sealed to key %3 and written to %4.")
                .arg(from.toString(Qt::ISODate),
                     to.toString(Qt::ISODate),
                     Minisign::keyIdHex(key->keyId),
                     cli.value(QStringLiteral("out"))));
    return CliContext::ExitOk;
}

void ReportMergeCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json(), csvOption()};
    spec.argumentSyntax = QStringLiteral("FILE.bundle…");
    spec.argumentDescription = tr("Report bundles from the devices, sealed to this vault.");
    spec.severalArguments = true;
}

int ReportMergeCommand::run(CliContext &cli)
{
    const QStringList files = cli.arguments();
    if (files.isEmpty())
        return cli.usage(tr("Name the report bundles to merge: report merge F1.bundle F2.bundle …"));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    ReportMerge merge(*vault.value());
    for (const QString &file : files) {
        if (Status s = merge.addFile(file); !s)
            return cli.fail(tr("%1: %2 Nothing was merged.").arg(file, s.error().message));
    }
    auto report = merge.merged();
    if (!report)
        return cli.fail(report.error());
    if (!cli.json()) {
        for (const MergedReportSource &source : merge.sources())
            cli.out(tr("From %1 (%2): %3 to %4")
                        .arg(source.label,
                             source.signer,
                             source.from.toString(Qt::ISODate),
                             source.to.toString(Qt::ISODate)));
    }
    return show(cli, report.value());
}
