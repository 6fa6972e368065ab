#include "EmployerCommands.h"

#include "model/core/DateText.h"
#include "model/employers/EmployerDirectory.h"
#include "model/employers/PutForwards.h"
#include "model/vault/RecordStore.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

namespace
{
    /** A date option as YYYY-MM-DD; today when not given; an invalid date when given wrongly. */
    QDate dateOption(const CliContext &cli)
    {
        if (!cli.isSet(QStringLiteral("date")))
            return QDate::currentDate();
        return QDate::fromString(cli.value(QStringLiteral("date")), Qt::ISODate);
    }

    QCommandLineOption dateSpec(const char *description)
    {
        return CliOptions::option("date", description, QT_TRANSLATE_NOOP("waymark-cli", "date"));
    }

    QCommandLineOption employerOption()
    {
        return CliOptions::option("employer",
                                  QT_TRANSLATE_NOOP("waymark-cli", "The employer's id (from employer list)."),
                                  QT_TRANSLATE_NOOP("waymark-cli", "id"));
    }

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

    QJsonObject employerJson(const Employer &e)
    {
        return QJsonObject{{QStringLiteral("id"), e.id},
                           {QStringLiteral("own"), e.isOwn()},
                           {QStringLiteral("origin"), e.origin},
                           {QStringLiteral("name"), e.name},
                           {QStringLiteral("address"), e.address},
                           {QStringLiteral("postcode"), e.postcode},
                           {QStringLiteral("website"), e.website},
                           {QStringLiteral("notes"), e.notes},
                           {QStringLiteral("stored"), e.stored},
                           {QStringLiteral("open_vacancies"), e.openVacancies}};
    }

    QString dateText(QDate date)
    {
        return date.isValid() ? DateText::date(date) : QString();
    }
} // namespace

void EmployerListCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option("search",
                           QT_TRANSLATE_NOOP("waymark-cli", "Only employers whose name or address holds this."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("own", QT_TRANSLATE_NOOP("waymark-cli", "Only employers added on this device.")),
        CliOptions::option("with-vacancies",
                           QT_TRANSLATE_NOOP("waymark-cli", "Only employers with open vacancies now.")),
        CliOptions::json()};
}

int EmployerListCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    EmployerDirectory directory(vault.value()->database(), vault.value()->audit());
    EmployerFilter filter;
    filter.text = cli.value(QStringLiteral("search"));
    filter.ownOnly = cli.isSet(QStringLiteral("own"));
    filter.withVacanciesOnly = cli.isSet(QStringLiteral("with-vacancies"));
    auto employers = directory.list(filter);
    if (!employers)
        return cli.fail(employers.error());
    if (Status s = directory.recordListed(int(employers->size())); !s)
        return cli.fail(s.error());
    if (cli.json()) {
        QJsonArray array;
        for (const Employer &e : employers.value())
            array.append(employerJson(e));
        cli.outJson(array);
        return CliContext::ExitOk;
    }
    if (employers->isEmpty())
        cli.out(tr("No employers match."));
    for (const Employer &e : employers.value()) {
        cli.out(e.isOwn() ? tr("%1  %2 (your own), %n open vacancies", nullptr, e.openVacancies).arg(e.id, e.name)
                          : tr("%1  %2, %n open vacancies", nullptr, e.openVacancies).arg(e.id, e.name));
    }
    return CliContext::ExitOk;
}

void EmployerAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::option(
            "name", QT_TRANSLATE_NOOP("waymark-cli", "The employer's name."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("address",
                           QT_TRANSLATE_NOOP("waymark-cli", "Where the employer is."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("postcode",
                           QT_TRANSLATE_NOOP("waymark-cli", "The employer's postcode."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option(
            "website", QT_TRANSLATE_NOOP("waymark-cli", "A web address."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("notes",
                           QT_TRANSLATE_NOOP("waymark-cli", "Anything worth knowing about the employer."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::json()};
}

int EmployerAddCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("name"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    EmployerDirectory directory(vault.value()->database(), vault.value()->audit());
    Employer employer;
    employer.name = cli.value(QStringLiteral("name"));
    employer.address = cli.value(QStringLiteral("address"));
    employer.postcode = cli.value(QStringLiteral("postcode"));
    employer.website = cli.value(QStringLiteral("website"));
    employer.notes = cli.value(QStringLiteral("notes"));
    return printNewId(cli, directory.addOwn(employer), tr("Employer added: %1"));
}

void EmployerShowCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), employerOption(), CliOptions::json()};
}

int EmployerShowCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("employer"), &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    EmployerDirectory directory(vault.value()->database(), vault.value()->audit());
    const QString id = cli.value(QStringLiteral("employer"));
    auto employer = directory.get(id);
    if (!employer)
        return cli.fail(employer.error());
    auto summary = directory.summary(id);
    if (!summary)
        return cli.fail(summary.error());
    auto contacts = directory.contacts(id);
    if (!contacts)
        return cli.fail(contacts.error());
    auto engagements = directory.engagements(id);
    if (!engagements)
        return cli.fail(engagements.error());
    if (Status s = directory.recordViewed(id); !s)
        return cli.fail(s.error());

    if (cli.json()) {
        QJsonObject object = employerJson(employer.value());
        object.insert(QStringLiteral("put_forward"), summary->putForward);
        object.insert(QStringLiteral("interviews"), summary->interviews);
        object.insert(QStringLiteral("starts"), summary->starts);
        object.insert(QStringLiteral("engagement_count"), summary->engagements);
        object.insert(QStringLiteral("last_engagement"),
                      summary->lastEngagement.isValid() ? summary->lastEngagement.toString(Qt::ISODate) : QString());
        QJsonArray people;
        for (const EmployerContact &c : contacts.value())
            people.append(QJsonObject{{QStringLiteral("id"), c.id},
                                      {QStringLiteral("name"), c.name},
                                      {QStringLiteral("role"), c.role},
                                      {QStringLiteral("phone"), c.phone},
                                      {QStringLiteral("email"), c.email}});
        object.insert(QStringLiteral("contacts"), people);
        QJsonArray done;
        for (const Engagement &g : engagements.value())
            done.append(QJsonObject{{QStringLiteral("id"), g.id},
                                    {QStringLiteral("kind"), g.kind},
                                    {QStringLiteral("date"), g.on.toString(Qt::ISODate)},
                                    {QStringLiteral("note"), g.note},
                                    {QStringLiteral("by"), g.recordedBy}});
        object.insert(QStringLiteral("engagements"), done);
        cli.outJson(object);
        return CliContext::ExitOk;
    }
    cli.out(employer->isOwn() ? tr("%1 (your own)").arg(employer->name) : employer->name);
    if (!employer->address.isEmpty() || !employer->postcode.isEmpty())
        cli.out(tr("    Where: %1 %2").arg(employer->address, employer->postcode).trimmed());
    if (!employer->website.isEmpty())
        cli.out(tr("    Website: %1").arg(employer->website));
    cli.out(tr("    Open vacancies: %1").arg(summary->openVacancies));
    cli.out(tr("    People put forward: %1, interviews: %2, started: %3")
                .arg(summary->putForward)
                .arg(summary->interviews)
                .arg(summary->starts));
    cli.out(summary->lastEngagement.isValid()
                ? tr("    Last engagement: %1 (%2)")
                      .arg(dateText(summary->lastEngagement),
                           EmployerDirectory::engagementKindName(summary->lastEngagementKind))
                : tr("    No engagements recorded yet."));
    for (const EmployerContact &c : contacts.value())
        cli.out(tr("    Contact: %1, %2 %3 %4").arg(c.name, c.role, c.phone, c.email).trimmed());
    for (const Engagement &g : engagements.value())
        cli.out(
            tr("    %1  %2: %3").arg(dateText(g.on), EmployerDirectory::engagementKindName(g.kind), g.note).trimmed());
    return CliContext::ExitOk;
}

void EmployerEngageCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    employerOption(),
                    CliOptions::option("kind",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "What happened: called, visited, job_fair, work_trial or "
                                                         "vacancy_sourced."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "key")),
                    dateSpec(QT_TRANSLATE_NOOP("waymark-cli", "The day it happened (default today).")),
                    CliOptions::option("note",
                                       QT_TRANSLATE_NOOP("waymark-cli", "A short note of what came of it."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "text")),
                    CliOptions::json()};
}

int EmployerEngageCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"employer", "kind"}, &exitCode))
        return exitCode;
    const QDate on = dateOption(cli);
    if (!on.isValid())
        return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    EmployerDirectory directory(vault.value()->database(), vault.value()->audit());
    Engagement engagement;
    engagement.employerId = cli.value(QStringLiteral("employer"));
    engagement.kind = cli.value(QStringLiteral("kind"));
    engagement.on = on;
    engagement.note = cli.value(QStringLiteral("note"));
    engagement.recordedBy = vault.value()->ownerName();
    return printNewId(cli, directory.logEngagement(engagement), tr("Engagement recorded: %1"));
}

void EmployerContactCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        employerOption(),
        CliOptions::option(
            "name", QT_TRANSLATE_NOOP("waymark-cli", "The contact's name."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option("role",
                           QT_TRANSLATE_NOOP("waymark-cli", "Their role, such as store manager."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option(
            "phone", QT_TRANSLATE_NOOP("waymark-cli", "A phone number."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::option(
            "email", QT_TRANSLATE_NOOP("waymark-cli", "An email address."), QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::json()};
}

int EmployerContactCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"employer", "name"}, &exitCode))
        return exitCode;
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    EmployerDirectory directory(vault.value()->database(), vault.value()->audit());
    EmployerContact contact;
    contact.employerId = cli.value(QStringLiteral("employer"));
    contact.name = cli.value(QStringLiteral("name"));
    contact.role = cli.value(QStringLiteral("role"));
    contact.phone = cli.value(QStringLiteral("phone"));
    contact.email = cli.value(QStringLiteral("email"));
    return printNewId(cli, directory.addContact(contact), tr("Contact added: %1"));
}

void EmployerPutForwardCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::vault(),
        CliOptions::passphraseFile(),
        CliOptions::person(),
        CliOptions::option(
            "vacancy", QT_TRANSLATE_NOOP("waymark-cli", "The vacancy's id."), QT_TRANSLATE_NOOP("waymark-cli", "id")),
        CliOptions::option("consent-given",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "The person agreed to their details going to the employer for this job; "
                                             "it is recorded as consent beside it. Required.")),
        dateSpec(QT_TRANSLATE_NOOP("waymark-cli", "The day they were put forward (default today).")),
        CliOptions::option("notes",
                           QT_TRANSLATE_NOOP("waymark-cli", "Anything worth keeping about it."),
                           QT_TRANSLATE_NOOP("waymark-cli", "text")),
        CliOptions::json()};
}

int EmployerPutForwardCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"person", "vacancy"}, &exitCode))
        return exitCode;
    PutForwardRequest request;
    request.personId = cli.value(QStringLiteral("person"));
    request.vacancyId = cli.value(QStringLiteral("vacancy"));
    request.on = dateOption(cli);
    if (!request.on.isValid())
        return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    request.consentConfirmed = cli.isSet(QStringLiteral("consent-given"));
    request.notes = cli.value(QStringLiteral("notes"));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    EmployerDirectory directory(vault.value()->database(), vault.value()->audit());
    PutForwards putForwards(vault.value()->records(), vault.value()->audit(), directory);
    auto made = putForwards.putForward(request);
    if (!made)
        return cli.fail(made.error());
    auto vacancy = directory.vacancy(request.vacancyId);
    const QString employerId = vacancy ? EmployerDirectory::employerOf(vacancy.value()).id : QString();
    if (cli.json())
        cli.outJson(QJsonObject{{QStringLiteral("id"), made.value()}, {QStringLiteral("employer"), employerId}});
    else
        cli.out(tr("Put forward: %1 (employer %2)").arg(made.value(), employerId));
    return CliContext::ExitOk;
}

void EmployerOutcomeCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::person(),
                    CliOptions::option("put-forward",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The put-forward's id."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "id")),
                    CliOptions::option(
                        "outcome",
                        QT_TRANSLATE_NOOP("waymark-cli", "put_forward, interview, started, not_selected or withdrew."),
                        QT_TRANSLATE_NOOP("waymark-cli", "key")),
                    dateSpec(QT_TRANSLATE_NOOP("waymark-cli", "When it happened (default today)."))};
}

int EmployerOutcomeCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require({"person", "put-forward", "outcome"}, &exitCode))
        return exitCode;
    const QDate on = dateOption(cli);
    if (!on.isValid())
        return cli.usage(tr("--date must be a real date written as YYYY-MM-DD, for example 2026-12-07."));
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    EmployerDirectory directory(vault.value()->database(), vault.value()->audit());
    PutForwards putForwards(vault.value()->records(), vault.value()->audit(), directory);
    const QString outcome = cli.value(QStringLiteral("outcome"));
    if (Status s = putForwards.recordOutcome(
            cli.value(QStringLiteral("person")), cli.value(QStringLiteral("put-forward")), outcome, on);
        !s)
        return cli.fail(s.error());
    cli.out(tr("Outcome recorded: %1").arg(PutForwards::outcomeName(outcome)));
    return CliContext::ExitOk;
}
