#include "TodayCommand.h"

#include "model/core/DateText.h"
#include "model/forms/FormCatalogue.h"
#include "model/matching/MatchingContext.h"
#include "model/session/DayDigest.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/NewVacancyFits.h"
#include "model/session/VaultServices.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    constexpr int MaxWeeks = 104;

    QJsonObject sectionJson(const DigestSectionItems &section, const DayDigestOptions &options)
    {
        QJsonArray items;
        for (const DigestItem &item : section.items) {
            items.append(QJsonObject{
                {QStringLiteral("person"), item.personId.isEmpty() ? QJsonValue() : QJsonValue(item.personId)},
                {QStringLiteral("name"), item.personName.isEmpty() ? QJsonValue() : QJsonValue(item.personName)},
                {QStringLiteral("what"), item.what},
                {QStringLiteral("when"), item.when.isEmpty() ? QJsonValue() : QJsonValue(item.when)},
                {QStringLiteral("opens"), DayDigest::key(item.opens)}});
        }
        return QJsonObject{{QStringLiteral("section"), DayDigest::key(section.section)},
                           {QStringLiteral("title"), DayDigest::title(section.section, options)},
                           {QStringLiteral("total"), section.total},
                           {QStringLiteral("items"), items}};
    }

    /** The new vacancies that fit someone; empty, without reading the vacancies, when the last import added none. */
    Result<DigestSectionItems> vacancyFits(OpenedVault &opened, const DayDigestOptions &options)
    {
        auto fresh = NewVacancyFits::latestImport(opened.vault->database());
        if (!fresh)
            return fresh.error();
        DigestSectionItems none;
        none.section = DigestSection::NewVacancyFits;
        if (fresh->ids.isEmpty())
            return none;
        auto context = opened.services->matchingContexts().context();
        if (!context)
            return context.error();
        VaultServices &services = *opened.services;
        const SkillNormaliser &normaliser = context.value()->normaliser();
        auto people = NewVacancyFits::candidates(
            opened.vault->database(), [&](const QString &id) { return services.matchProfile(id, normaliser); });
        if (!people)
            return people.error();
        return NewVacancyFits::find(*context.value(), fresh.value(), people.value(), options);
    }
} // namespace

void TodayCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("date",
                           QT_TRANSLATE_NOOP("waymark-cli", "The day to show, as YYYY-MM-DD (default today)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "date")),
        CliOptions::option(
            "weeks",
            QT_TRANSLATE_NOOP("waymark-cli", "List open cases not contacted for this many weeks or more (default 4)."),
            QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::json()};
}

int TodayCommand::run(CliContext &cli)
{
    DayDigestOptions options;
    options.today = QDate::currentDate();
    if (cli.isSet(QStringLiteral("date"))) {
        options.today = QDate::fromString(cli.value(QStringLiteral("date")), Qt::ISODate);
        if (!options.today.isValid())
            return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    }
    if (cli.isSet(QStringLiteral("weeks"))) {
        bool ok = false;
        options.notContactedWeeks = cli.value(QStringLiteral("weeks")).toInt(&ok);
        if (!ok || options.notContactedWeeks < 1 || options.notContactedWeeks > MaxWeeks)
            return cli.usage(tr("--weeks must be a whole number from 1 to %1.").arg(MaxWeeks));
    }
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    auto catalogue = opened->services->formCatalogue();
    auto sections = DayDigest::build(*opened->vault, options, catalogue ? catalogue.value().get() : nullptr);
    if (!sections)
        return cli.fail(sections.error());
    if (DayDigest::sectionsFor(opened->vault->setting()).contains(DigestSection::NewVacancyFits)) {
        auto fits = vacancyFits(opened.value(), options);
        if (!fits)
            return cli.fail(fits.error());
        sections->append(std::move(fits.value()));
    }
    auto empty = DayDigest::caseloadEmpty(*opened->vault);
    if (!empty)
        return cli.fail(empty.error());

    if (cli.json()) {
        QJsonArray array;
        for (const DigestSectionItems &section : sections.value())
            array.append(sectionJson(section, options));
        cli.outJson(QJsonObject{{QStringLiteral("date"), options.today.toString(Qt::ISODate)},
                                {QStringLiteral("caseload_empty"), empty.value()},
                                {QStringLiteral("sections"), array}});
        return CliContext::ExitOk;
    }
    cli.out(tr("Your day: %1").arg(DateText::date(options.today)));
    if (empty.value())
        cli.out(tr("The caseload is empty. Add someone with \"person add\", or import a caseload bundle with "
                   "\"bundle import\"."));
    for (const DigestSectionItems &section : sections.value()) {
        cli.out(QString());
        cli.out(tr("%1 (%2)").arg(DayDigest::title(section.section, options)).arg(section.total));
        if (section.items.isEmpty())
            cli.out(tr("  Nothing."));
        for (const DigestItem &item : section.items) {
            const QString when = item.when.isEmpty() ? QString() : DateText::fromStored(item.when);
            if (item.personName.isEmpty())
                cli.out(when.isEmpty() ? tr("  %1").arg(item.what) : tr("  %1 %2").arg(when, item.what));
            else
                cli.out(tr("  %1 %2: %3 [%4]").arg(when, item.personName, item.what, item.personId));
        }
        if (section.total > section.items.size())
            cli.out(tr("  … and %n more", nullptr, int(section.total - section.items.size())));
    }
    return CliContext::ExitOk;
}
