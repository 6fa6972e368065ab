#include "VacancyCommands.h"

#include "model/session/FeedReport.h"
#include "model/session/VacancyReader.h"
#include "model/session/VaultServices.h"
#include "model/vault/Vault.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    QCommandLineOption publisherOption()
    {
        return CliOptions::option(
            "publisher",
            QT_TRANSLATE_NOOP("waymark-cli", "Only the vacancies signed by this key id (as trust list shows it)."),
            QT_TRANSLATE_NOOP("waymark-cli", "key id"));
    }

    QCommandLineOption topOption()
    {
        return CliOptions::option(
            "top",
            QT_TRANSLATE_NOOP("waymark-cli", "Show this many of the titles that mapped to nothing (default 10)."),
            QT_TRANSLATE_NOOP("waymark-cli", "n"));
    }
} // namespace

void VacancyReportCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json(), publisherOption(), topOption()};
}

int VacancyReportCommand::run(CliContext &cli)
{
    int top = 10;
    if (cli.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = cli.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 0 || top > 1000)
            return cli.usage(tr("--top takes a whole number from 0 to 1000."));
    }
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    auto reader = opened->services->vacancyReader();
    if (!reader)
        return cli.fail(reader.error());
    auto report = FeedReport::compute(opened->vault->database(),
                                      reader.value()->stamp(),
                                      QDate::currentDate(),
                                      cli.value(QStringLiteral("publisher")).toUpper(),
                                      top);
    if (!report)
        return cli.fail(report.error());
    const FeedReport &r = report.value();
    if (cli.json()) {
        QJsonArray titles;
        for (const auto &[title, count] : r.unmappedTitles)
            titles.append(QJsonObject{{QStringLiteral("title"), title}, {QStringLiteral("vacancies"), count}});
        cli.outJson(QJsonObject{{QStringLiteral("vacancies"), r.vacancies},
                                {QStringLiteral("read"), r.read},
                                {QStringLiteral("withOccupation"), r.withOccupation},
                                {QStringLiteral("medianStatedSkills"), r.medianStated},
                                {QStringLiteral("medianImpliedSkills"), r.medianImplied},
                                {QStringLiteral("medianListedSkills"), r.medianListed},
                                {QStringLiteral("unmappedTitleCount"), r.unmappedTitleCount},
                                {QStringLiteral("unmappedTitles"), titles}});
        return CliContext::ExitOk;
    }
    cli.out(r.text());
    return CliContext::ExitOk;
}

void VacancyReadCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile()};
}

int VacancyReadCommand::run(CliContext &cli)
{
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    QElapsedTimer timer;
    timer.start();
    auto read = opened->services->rereadVacancies();
    if (!read)
        return cli.fail(read.error());
    cli.out(tr("%n vacancies read in %1 s.", nullptr, int(read.value())).arg(timer.elapsed() / 1000.0, 0, 'f', 1));
    return CliContext::ExitOk;
}
