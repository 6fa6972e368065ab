#include "OutreachCommands.h"

#include "model/bundles/BundleFile.h"
#include "model/core/DateText.h"
#include "model/io/CsvReader.h"
#include "model/outreach/OutreachSessions.h"
#include "model/outreach/PartnerDirectory.h"
#include "model/outreach/PartnersBundle.h"
#include "model/outreach/Referrals.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    QStringList listOption(const CliContext &cli, const char *name)
    {
        QStringList items;
        for (const QString &value : cli.values(QString::fromLatin1(name))) {
            for (const QString &item : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                items.append(item.trimmed());
        }
        return items;
    }

    /** A date option as YYYY-MM-DD; `fallback` when not given; an invalid date when given wrongly. */
    QDate dateOption(const CliContext &cli, const char *name, QDate fallback)
    {
        const QString option = QString::fromLatin1(name);
        if (!cli.isSet(option))
            return fallback;
        return QDate::fromString(cli.value(option), Qt::ISODate);
    }

    QJsonArray jsonList(const QStringList &items)
    {
        return QJsonArray::fromStringList(items);
    }

    QJsonObject partnerJson(const Partner &p)
    {
        return QJsonObject{{QStringLiteral("id"), p.id},
                           {QStringLiteral("own"), p.isOwn()},
                           {QStringLiteral("name"), p.name},
                           {QStringLiteral("kind"), p.kind},
                           {QStringLiteral("services"), jsonList(p.services)},
                           {QStringLiteral("languages"), jsonList(p.languages)},
                           {QStringLiteral("address"), p.address},
                           {QStringLiteral("postcode"), p.postcode},
                           {QStringLiteral("opening"), p.opening},
                           {QStringLiteral("phone"), p.phone},
                           {QStringLiteral("email"), p.email},
                           {QStringLiteral("website"), p.website},
                           {QStringLiteral("how_to_refer"), p.howToRefer},
                           {QStringLiteral("consent_needed"), p.consentNeeded}};
    }

    /** What an add command prints: the new id alone as JSON, or `sentence` with the id in it. */
    int printNewId(const CliContext &cli, const Result<QString> &id, const QString &sentence)
    {
        if (!id)
            return cli.fail(id.error());
        if (cli.json())
            cli.outJson(QJsonObject{{QStringLiteral("id"), id.value()}});
        else
            cli.out(sentence.arg(id.value()));
        return CliContext::ExitOk;
    }

    QCommandLineOption partnerOption()
    {
        return CliOptions::option(
            "partner", QT_TRANSLATE_NOOP("waymark-cli", "The partner's id."), QT_TRANSLATE_NOOP("waymark-cli", "id"));
    }

    QCommandLineOption dateOptionSpec(const char *name, const char *description)
    {
        return CliOptions::option(name, description, QT_TRANSLATE_NOOP("waymark-cli", "date"));
    }
} // namespace

void PartnerListCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("search",
                           QT_TRANSLATE_NOOP("waymark-cli", "Only partners whose name, address or hours hold this."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("service",
                           QT_TRANSLATE_NOOP("waymark-cli", "Only partners offering this service (its key)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "key")),
        CliOptions::option("language",
                           QT_TRANSLATE_NOOP("waymark-cli", "Only partners working in this language (en, cy, …)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "code")),
        CliOptions::option("kind",
                           QT_TRANSLATE_NOOP("waymark-cli", "Only this kind of organisation (its key)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "key")),
        CliOptions::option("own", QT_TRANSLATE_NOOP("waymark-cli", "Only partners added on this device.")),
        CliOptions::json()};
}

int PartnerListCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    PartnerDirectory directory(vault.value()->database(), vault.value()->audit());
    PartnerFilter filter;
    filter.text = cli.value(QStringLiteral("search"));
    filter.service = cli.value(QStringLiteral("service"));
    filter.language = cli.value(QStringLiteral("language"));
    filter.kind = cli.value(QStringLiteral("kind"));
    filter.ownOnly = cli.isSet(QStringLiteral("own"));
    auto partners = directory.list(filter);
    if (!partners)
        return cli.fail(partners.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Partner &p : partners.value())
            array.append(partnerJson(p));
        cli.outJson(array);
        return CliContext::ExitOk;
    }
    if (partners->isEmpty())
        cli.out(tr("No partners match."));
    for (const Partner &p : partners.value()) {
        QStringList services;
        for (const QString &service : p.services)
            services.append(directory.serviceName(service));
        cli.out(tr("%1  %2 (%3)%4")
                    .arg(p.id,
                         p.name,
                         PartnerVocabulary::organisationKindName(p.kind),
                         p.isOwn() ? tr(", your own") : QString()));
        cli.out(tr("    Services: %1").arg(services.join(QStringLiteral(", "))));
        if (!p.opening.isEmpty())
            cli.out(tr("    When: %1").arg(p.opening));
        cli.out(p.consentNeeded ? tr("    Needs the person's consent to refer") : tr("    No consent needed to refer"));
    }
    return CliContext::ExitOk;
}

void PartnerAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option(
            "name", QT_TRANSLATE_NOOP("waymark-cli", "The partner's name."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("kind",
                           QT_TRANSLATE_NOOP("waymark-cli", "What kind of organisation: charity, college, library, …"),
                           QT_TRANSLATE_NOOP("waymark-cli", "key")),
        CliOptions::option("services",
                           QT_TRANSLATE_NOOP("waymark-cli", "The services offered, as keys separated by commas."),
                           QT_TRANSLATE_NOOP("waymark-cli", "keys")),
        CliOptions::option("languages",
                           QT_TRANSLATE_NOOP("waymark-cli", "Languages worked in, such as en,cy (default en)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "codes")),
        CliOptions::option("address",
                           QT_TRANSLATE_NOOP("waymark-cli", "Where the partner is."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("postcode",
                           QT_TRANSLATE_NOOP("waymark-cli", "The partner's postcode."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("opening",
                           QT_TRANSLATE_NOOP("waymark-cli", "When it is open, in words."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option(
            "phone", QT_TRANSLATE_NOOP("waymark-cli", "A phone number."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option(
            "email", QT_TRANSLATE_NOOP("waymark-cli", "An email address."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option(
            "website", QT_TRANSLATE_NOOP("waymark-cli", "A web address."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("how-to-refer",
                           QT_TRANSLATE_NOOP("waymark-cli", "How to refer someone, in words."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("no-consent-needed",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "The partner takes referrals without the person's consent "
                                             "being recorded (signposting only).")),
        CliOptions::json()};
}

int PartnerAddCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"name", "kind", "services"}, &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    PartnerDirectory directory(vault.value()->database(), vault.value()->audit());
    Partner partner;
    partner.name = cli.value(QStringLiteral("name"));
    partner.kind = cli.value(QStringLiteral("kind"));
    partner.services = listOption(cli, "services");
    partner.languages =
        cli.isSet(QStringLiteral("languages")) ? listOption(cli, "languages") : QStringList{QStringLiteral("en")};
    partner.address = cli.value(QStringLiteral("address"));
    partner.postcode = cli.value(QStringLiteral("postcode"));
    partner.opening = cli.value(QStringLiteral("opening"));
    partner.phone = cli.value(QStringLiteral("phone"));
    partner.email = cli.value(QStringLiteral("email"));
    partner.website = cli.value(QStringLiteral("website"));
    partner.howToRefer = cli.value(QStringLiteral("how-to-refer"));
    partner.consentNeeded = !cli.isSet(QStringLiteral("no-consent-needed"));
    return printNewId(cli, directory.addOwn(partner), tr("Partner added: %1"));
}

void PartnerRemoveCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), partnerOption()};
}

int PartnerRemoveCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("partner"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    PartnerDirectory directory(vault.value()->database(), vault.value()->audit());
    if (Status s = directory.removeOwn(cli.value(QStringLiteral("partner"))); !s)
        return cli.fail(s.error());
    cli.out(tr("Partner removed."));
    return CliContext::ExitOk;
}

void BundleBuildPartnersCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::option("csv",
                           QT_TRANSLATE_NOOP("waymark-cli", "The partners CSV file to read (docs/outreach.md)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::option(
            "services",
            QT_TRANSLATE_NOOP("waymark-cli", "A CSV of services to add to the built-in list: key, english, welsh."),
            QT_TRANSLATE_NOOP("waymark-cli", "file"))};
    addSigningOptions(spec);
}

int BundleBuildPartnersCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("csv"), &exitCode))
        return exitCode;

    QVector<VocabularyEntry> added;
    QStringList known = PartnerVocabulary::builtInServices();
    if (cli.isSet(QStringLiteral("services"))) {
        QFile file(cli.value(QStringLiteral("services")));
        if (!file.open(QIODevice::ReadOnly))
            return cli.fail(tr("%1 could not be read.").arg(file.fileName()));
        CsvReader reader(&file);
        const QStringList columns = {QStringLiteral("key"), QStringLiteral("english"), QStringLiteral("welsh")};
        if (auto status = reader.readHeader(columns); !status)
            return cli.fail(status.error());
        CsvRecord record;
        while (true) {
            auto more = reader.readRecord(record);
            if (!more)
                return cli.fail(more.error());
            if (!more.value())
                break;
            auto field = [&](int i) { return record.value(reader.column(columns.at(i))).trimmed(); };
            VocabularyEntry entry{field(0), field(1), field(2)};
            if (!PartnerVocabulary::isKey(entry.key) || entry.english.isEmpty())
                return cli.fail(tr("%1 line %2: a service needs a key of lower-case letters, digits and underscores "
                                   "and an English name.")
                                    .arg(file.fileName())
                                    .arg(record.line));
            added.append(entry);
            known.append(entry.key);
        }
    }

    QFile file(cli.value(QStringLiteral("csv")));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(tr("%1 could not be read.").arg(file.fileName()));
    CsvReader reader(&file);
    const QStringList columns = {
        QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"), QStringLiteral("services")};
    if (auto status = reader.readHeader(columns); !status)
        return cli.fail(status.error());
    QVector<Partner> partners;
    CsvRecord record;
    while (true) {
        auto more = reader.readRecord(record);
        if (!more)
            return cli.fail(more.error());
        if (!more.value())
            break;
        auto field = [&](const char *name) { return record.value(reader.column(QString::fromLatin1(name))).trimmed(); };
        auto list = [&](const char *name) {
            QStringList items;
            for (const QString &item : field(name).split(QLatin1Char(';'), Qt::SkipEmptyParts))
                items.append(item.trimmed());
            return items;
        };
        Partner p;
        p.id = field("id");
        p.name = field("name");
        p.kind = field("kind");
        p.services = list("services");
        p.languages =
            reader.column(QStringLiteral("languages")) < 0 ? QStringList{QStringLiteral("en")} : list("languages");
        p.address = field("address");
        p.postcode = field("postcode");
        p.opening = field("opening");
        p.phone = field("phone");
        p.email = field("email");
        p.website = field("website");
        p.howToRefer = field("how_to_refer");
        const QString consent = field("consent_needed").toLower();
        if (!consent.isEmpty() && consent != QLatin1String("yes") && consent != QLatin1String("no"))
            return cli.fail(tr("line %1: consent_needed must be yes or no.").arg(record.line));
        p.consentNeeded = consent != QLatin1String("no");
        if (!PartnerVocabulary::isKey(p.id.toLower()))
            return cli.fail(tr("line %1: a partner needs an id of letters, digits and underscores.").arg(record.line));
        if (const auto problems = PartnerDirectory::check(p, known); !problems.isEmpty())
            return cli.fail(tr("line %1: %2").arg(record.line).arg(problems.first()));
        partners.append(p);
    }
    const int status = write(cli, int(BundleKind::Partners), PartnersBundle::encode(partners, added));
    if (status == CliContext::ExitOk)
        cli.out(tr("%n partners signed into %1.", nullptr, int(partners.size())).arg(cli.value(QStringLiteral("out"))));
    return status;
}

void ReferralAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::person(),
        partnerOption(),
        CliOptions::option("service",
                           QT_TRANSLATE_NOOP("waymark-cli", "The service referred to (its key)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "key")),
        dateOptionSpec("date", QT_TRANSLATE_NOOP("waymark-cli", "The day of the referral (default today).")),
        CliOptions::option("consent-given",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "The person agreed to this referral; it is recorded as "
                                             "consent beside it.")),
        CliOptions::option("notes",
                           QT_TRANSLATE_NOOP("waymark-cli", "Anything the partner should know."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("no-plan", QT_TRANSLATE_NOOP("waymark-cli", "Do not add an action to the person's plan.")),
        CliOptions::json()};
}

int ReferralAddCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"person", "partner", "service"}, &exitCode))
        return exitCode;
    ReferralRequest request;
    request.personId = cli.value(QStringLiteral("person"));
    request.partnerId = cli.value(QStringLiteral("partner"));
    request.service = cli.value(QStringLiteral("service"));
    request.referredOn = dateOption(cli, "date", QDate::currentDate());
    if (!request.referredOn.isValid())
        return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    request.consentConfirmed = cli.isSet(QStringLiteral("consent-given"));
    request.notes = cli.value(QStringLiteral("notes"));
    request.addToPlan = !cli.isSet(QStringLiteral("no-plan"));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    PartnerDirectory directory(vault.value()->database(), vault.value()->audit());
    Referrals referrals(vault.value()->records(), vault.value()->audit(), directory);
    return printNewId(cli, referrals.refer(request), tr("Referral made: %1"));
}

void ReferralOutcomeCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("referral",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The referral's id."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "id")),
                    CliOptions::option("outcome",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "offered, attended, started, completed, did_not_attend or "
                                                         "declined."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "key")),
                    dateOptionSpec("date", QT_TRANSLATE_NOOP("waymark-cli", "When it happened (default today).")),
                    CliOptions::option("notes",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Replaces the referral's notes."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "text"))};
}

int ReferralOutcomeCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"referral", "outcome"}, &exitCode))
        return exitCode;
    const QDate on = dateOption(cli, "date", QDate::currentDate());
    if (!on.isValid())
        return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    PartnerDirectory directory(vault.value()->database(), vault.value()->audit());
    Referrals referrals(vault.value()->records(), vault.value()->audit(), directory);
    const QString outcome = cli.value(QStringLiteral("outcome"));
    const std::optional<QString> notes =
        cli.isSet(QStringLiteral("notes")) ? std::optional<QString>(cli.value(QStringLiteral("notes"))) : std::nullopt;
    if (Status s = referrals.recordOutcome(cli.value(QStringLiteral("referral")), outcome, on, notes); !s)
        return cli.fail(s.error());
    cli.out(tr("Outcome recorded: %1").arg(Referrals::outcomeName(outcome)));
    return CliContext::ExitOk;
}

void ReferralListCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::person(), CliOptions::json()};
}

int ReferralListCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    PartnerDirectory directory(vault.value()->database(), vault.value()->audit());
    Referrals referrals(vault.value()->records(), vault.value()->audit(), directory);
    auto list = referrals.forPerson(cli.value(QStringLiteral("person")));
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Record &r : list.value()) {
            QJsonObject object{{QStringLiteral("id"), r.id}};
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                object.insert(it.key(), it.value());
            array.append(object);
        }
        cli.outJson(array);
        return CliContext::ExitOk;
    }
    if (list->isEmpty())
        cli.out(tr("No referrals."));
    for (const Record &r : list.value()) {
        cli.out(tr("%1  %2 to %3 for %4: %5")
                    .arg(r.id,
                         DateText::fromStored(r.value(QStringLiteral("referred_on"))),
                         r.value(QStringLiteral("partner_name")),
                         directory.serviceName(r.value(QStringLiteral("service"))),
                         Referrals::outcomeName(r.value(QStringLiteral("outcome")))));
    }
    return CliContext::ExitOk;
}

void OutreachAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("venue",
                           QT_TRANSLATE_NOOP("waymark-cli", "Where the session was held."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        partnerOption(),
        dateOptionSpec("date", QT_TRANSLATE_NOOP("waymark-cli", "The day it was held (default today).")),
        CliOptions::option("hours",
                           QT_TRANSLATE_NOOP("waymark-cli", "How long it lasted, in hours (default: as last time)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::option("new",
                           QT_TRANSLATE_NOOP("waymark-cli", "How many people seen for the first time."),
                           QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::option("returning",
                           QT_TRANSLATE_NOOP("waymark-cli", "How many people seen before."),
                           QT_TRANSLATE_NOOP("waymark-cli", "n")),
        CliOptions::option("topics",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "Topics as keys separated by commas: cv_help, job_search, health_work, "
                                             "benefits_signposting, digital_skills (default: as last time)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "keys")),
        CliOptions::option("people",
                           QT_TRANSLATE_NOOP("waymark-cli", "Ids of people seen who are on the caseload, by commas."),
                           QT_TRANSLATE_NOOP("waymark-cli", "ids")),
        CliOptions::json()};
}

int OutreachAddCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("venue"), &exitCode))
        return exitCode;
    const QDate on = dateOption(cli, "date", QDate::currentDate());
    if (!on.isValid())
        return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    OutreachSessions sessions(vault.value()->database(), vault.value()->audit());
    auto session = sessions.repeatOf(cli.value(QStringLiteral("venue")), on);
    if (!session)
        return cli.fail(session.error());
    if (cli.isSet(QStringLiteral("partner")))
        session->partnerId = cli.value(QStringLiteral("partner"));
    if (cli.isSet(QStringLiteral("topics")))
        session->topics = listOption(cli, "topics");
    session->personIds = listOption(cli, "people");
    const std::pair<const char *, int *> counts[] = {{"new", &session->seenNew},
                                                     {"returning", &session->seenReturning}};
    for (const auto &[name, target] : counts) {
        if (!cli.isSet(QString::fromLatin1(name)))
            continue;
        bool ok = false;
        *target = cli.value(QString::fromLatin1(name)).toInt(&ok);
        if (!ok)
            return cli.usage(tr("--%1 must be a whole number.").arg(QString::fromLatin1(name)));
    }
    if (cli.isSet(QStringLiteral("hours"))) {
        bool ok = false;
        session->hours = cli.value(QStringLiteral("hours")).toDouble(&ok);
        if (!ok)
            return cli.usage(tr("--hours must be a number, such as 2 or 2.5."));
    }
    return printNewId(cli, sessions.record(session.value()), tr("Outreach session recorded: %1"));
}

void OutreachListCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    dateOptionSpec("from", QT_TRANSLATE_NOOP("waymark-cli", "The first day (YYYY-MM-DD).")),
                    dateOptionSpec("to", QT_TRANSLATE_NOOP("waymark-cli", "The last day (YYYY-MM-DD).")),
                    CliOptions::json()};
}

int OutreachListCommand::run(CliContext &cli)
{
    const QDate from = dateOption(cli, "from", QDate());
    const QDate to = dateOption(cli, "to", QDate());
    if ((cli.isSet(QStringLiteral("from")) && !from.isValid()) || (cli.isSet(QStringLiteral("to")) && !to.isValid()))
        return cli.usage(tr("--from and --to must be real dates written as YYYY-MM-DD."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    OutreachSessions sessions(vault.value()->database(), vault.value()->audit());
    auto list = sessions.list(from, to);
    if (!list)
        return cli.fail(list.error());
    if (cli.json()) {
        QJsonArray array;
        for (const OutreachSession &s : list.value()) {
            array.append(QJsonObject{{QStringLiteral("id"), s.id},
                                     {QStringLiteral("held_on"), s.heldOn.toString(Qt::ISODate)},
                                     {QStringLiteral("venue"), s.venue},
                                     {QStringLiteral("partner"), s.partnerId},
                                     {QStringLiteral("hours"), s.hours},
                                     {QStringLiteral("seen_new"), s.seenNew},
                                     {QStringLiteral("seen_returning"), s.seenReturning},
                                     {QStringLiteral("topics"), jsonList(s.topics)},
                                     {QStringLiteral("people"), jsonList(s.personIds)}});
        }
        cli.outJson(array);
        return CliContext::ExitOk;
    }
    if (list->isEmpty())
        cli.out(tr("No outreach sessions."));
    for (const OutreachSession &s : list.value()) {
        QStringList topics;
        for (const QString &topic : s.topics)
            topics.append(PartnerVocabulary::sessionTopicName(topic));
        cli.out(tr("%1  %2 at %3: %4 hours, %5 new and %6 returning; %7")
                    .arg(s.id, DateText::date(s.heldOn), s.venue)
                    .arg(s.hours)
                    .arg(s.seenNew)
                    .arg(s.seenReturning)
                    .arg(topics.join(QStringLiteral(", "))));
    }
    return CliContext::ExitOk;
}
