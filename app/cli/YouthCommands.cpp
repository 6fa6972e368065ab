#include "YouthCommands.h"

#include "model/core/DateText.h"
#include "model/vault/Vault.h"
#include "model/youth/YouthGuarantee.h"
#include "model/youth/YouthGuaranteeModel.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    QString isoOrEmpty(QDate date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    YouthGuarantee youthOf(Vault &vault)
    {
        return YouthGuarantee(vault.database(), vault.records(), vault.audit());
    }

    QJsonObject settingsJson(const YouthSettings &settings)
    {
        return QJsonObject{{QStringLiteral("min_age"), settings.minAge},
                           {QStringLiteral("max_age"), settings.maxAge},
                           {QStringLiteral("weeks"), settings.weeks}};
    }
} // namespace

void YouthListCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("as-at",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The day to list as at (default today)."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "date")),
                    CliOptions::json()};
}

int YouthListCommand::run(CliContext &cli)
{
    QDate asAt = QDate::currentDate();
    if (cli.isSet(QStringLiteral("as-at"))) {
        asAt = QDate::fromString(cli.value(QStringLiteral("as-at")), Qt::ISODate);
        if (!asAt.isValid())
            return cli.usage(tr("--as-at must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    }
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    YouthGuarantee youth = youthOf(*vault.value());
    auto list = youth.list(asAt);
    if (!list)
        return cli.fail(list.error());
    // Showing the list is a view of these people, audited with counts only, as in the app.
    if (Status s = youth.recordViewed(list.value()); !s)
        return cli.fail(s.error());
    if (cli.json()) {
        QJsonArray array;
        for (const YouthEntry &e : list.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), e.personId},
                                     {QStringLiteral("name"), e.displayName},
                                     {QStringLiteral("age"), e.age},
                                     {QStringLiteral("activity"), e.activity},
                                     {QStringLiteral("activity_since"), isoOrEmpty(e.activitySince)},
                                     {QStringLiteral("joined_caseload"), isoOrEmpty(e.joinedCaseload)},
                                     {QStringLiteral("start"), isoOrEmpty(e.start)},
                                     {QStringLiteral("due_by"), isoOrEmpty(e.dueBy)},
                                     {QStringLiteral("offered_on"), isoOrEmpty(e.offeredOn)},
                                     {QStringLiteral("offer_type"), e.offerType},
                                     {QStringLiteral("offers"), e.offers},
                                     {QStringLiteral("status"), YouthGuarantee::statusKey(e.status)},
                                     {QStringLiteral("days_overdue"), e.daysOverdue(asAt)}});
        }
        cli.outJson(array);
        return CliContext::ExitOk;
    }
    if (list->isEmpty()) {
        cli.out(tr("Nobody on the caseload is in the youth guarantee's age band."));
        return CliContext::ExitOk;
    }
    for (const YouthEntry &e : list.value()) {
        cli.out(tr("%1  %2, %3: %4; due by %5; %6")
                    .arg(e.personId, e.displayName)
                    .arg(e.age)
                    .arg(YouthGuarantee::activityName(e.activity),
                         DateText::date(e.dueBy),
                         YouthGuaranteeModel::statusText(e, asAt)));
    }
    return CliContext::ExitOk;
}

void YouthOfferCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::person(),
        CliOptions::option("type",
                           QT_TRANSLATE_NOOP("waymark-cli", "job, apprenticeship, training or work_experience."),
                           QT_TRANSLATE_NOOP("waymark-cli", "key")),
        CliOptions::option("date",
                           QT_TRANSLATE_NOOP("waymark-cli", "The day the offer was made (default today)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "date")),
        CliOptions::option(
            "source",
            QT_TRANSLATE_NOOP("waymark-cli", "Where it came from: plan, referral, shortlist or other (the default)."),
            QT_TRANSLATE_NOOP("waymark-cli", "key")),
        CliOptions::option(
            "source-id",
            QT_TRANSLATE_NOOP("waymark-cli", "The plan action's or referral's id, or the shortlisted vacancy's id."),
            QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option("description",
                           QT_TRANSLATE_NOOP("waymark-cli", "What was offered, in a few words."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("outcome",
                           QT_TRANSLATE_NOOP("waymark-cli", "accepted or declined, when known."),
                           QT_TRANSLATE_NOOP("waymark-cli", "key")),
        CliOptions::json()};
}

int YouthOfferCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"person", "type"}, &exitCode))
        return exitCode;
    OfferRequest request;
    request.personId = cli.value(QStringLiteral("person"));
    request.type = cli.value(QStringLiteral("type"));
    if (cli.isSet(QStringLiteral("date"))) {
        request.offeredOn = QDate::fromString(cli.value(QStringLiteral("date")), Qt::ISODate);
        if (!request.offeredOn.isValid())
            return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    }
    if (cli.isSet(QStringLiteral("source")))
        request.source = cli.value(QStringLiteral("source"));
    request.sourceId = cli.value(QStringLiteral("source-id"));
    request.description = cli.value(QStringLiteral("description"));
    request.outcome = cli.value(QStringLiteral("outcome"));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    YouthGuarantee youth = youthOf(*vault.value());
    auto id = youth.recordOffer(request);
    if (!id)
        return cli.failFields(id.error(), Kinds::Offer);
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("id"), id.value()}});
    else
        cli.out(tr("Offer recorded: %1").arg(id.value()));
    return CliContext::ExitOk;
}

void YouthCandidatesCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::person(), CliOptions::json()};
}

int YouthCandidatesCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    YouthGuarantee youth = youthOf(*vault.value());
    auto candidates = youth.candidates(cli.value(QStringLiteral("person")));
    if (!candidates)
        return cli.fail(candidates.error());
    if (cli.json()) {
        QJsonArray array;
        for (const OfferCandidate &c : candidates.value()) {
            array.append(QJsonObject{{QStringLiteral("source"), c.source},
                                     {QStringLiteral("source_id"), c.sourceId},
                                     {QStringLiteral("type"), c.type},
                                     {QStringLiteral("date"), isoOrEmpty(c.date)},
                                     {QStringLiteral("description"), c.description}});
        }
        cli.outJson(array);
        return CliContext::ExitOk;
    }
    if (candidates->isEmpty())
        cli.out(tr("Nothing in the plan, referrals or shortlist to propose as an offer."));
    for (const OfferCandidate &c : candidates.value()) {
        cli.out(tr("%1 %2  %3 (%4, %5)")
                    .arg(c.source, c.sourceId, c.description, YouthGuarantee::offerTypeName(c.type))
                    .arg(c.date.isValid() ? DateText::date(c.date) : tr("no date")));
    }
    return CliContext::ExitOk;
}

void YouthSettingsCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("min-age",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The youngest age in the band."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "n")),
                    CliOptions::option("max-age",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The oldest age in the band."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "n")),
                    CliOptions::option("weeks",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "Weeks from joining the guarantee to the offer's due-by "
                                                         "date."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "n")),
                    CliOptions::json()};
}

int YouthSettingsCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    YouthGuarantee youth = youthOf(*vault.value());
    auto settings = youth.settings();
    if (!settings)
        return cli.fail(settings.error());
    YouthSettings wanted = settings.value();
    bool changing = false;
    const std::pair<const char *, int *> options[] = {
        {"min-age", &wanted.minAge}, {"max-age", &wanted.maxAge}, {"weeks", &wanted.weeks}};
    for (const auto &[name, target] : options) {
        if (!cli.isSet(QString::fromLatin1(name)))
            continue;
        bool ok = false;
        *target = cli.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok)
            return cli.usage(tr("--%1 must be a whole number.").arg(QString::fromLatin1(name)));
        changing = true;
    }
    if (changing) {
        if (Status s = youth.setSettings(wanted); !s)
            return cli.fail(s.error());
    }
    if (cli.json()) {
        cli.outJson(settingsJson(wanted));
        return CliContext::ExitOk;
    }
    cli.out(tr("Ages %1 to %2; an offer is due %n week(s) after joining the guarantee.", nullptr, wanted.weeks)
                .arg(wanted.minAge)
                .arg(wanted.maxAge));
    return CliContext::ExitOk;
}
