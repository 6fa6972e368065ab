#include "FormCommands.h"

#include "model/forms/FormCatalogue.h"
#include "model/forms/FormLibrary.h"
#include "model/forms/FormStore.h"
#include "model/session/VaultServices.h"
#include "model/vault/Vault.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include "CliContext.h"
#include "CliOptions.h"

void FormListCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("language",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The titles' language: en (default) or cy."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "code")),
                    CliOptions::json()};
}

int FormListCommand::run(CliContext &cli)
{
    // A vault's catalogue holds forms from bundles beside the built-in ones; without a vault, the built-in ones.
    const auto load = [&cli]() -> Result<FormCatalogue> {
        if (cli.vaultPath().isEmpty())
            return FormCatalogue::builtIn();
        auto opened = cli.openServices();
        if (!opened)
            return opened.error();
        auto catalogue = opened->services->formCatalogue();
        if (!catalogue)
            return catalogue.error();
        return *catalogue.value();
    };
    const Result<FormCatalogue> catalogue = load();
    if (!catalogue)
        return cli.fail(catalogue.error());
    const QString language =
        cli.isSet(QStringLiteral("language")) ? cli.value(QStringLiteral("language")) : QStringLiteral("en");
    QJsonArray array;
    for (const FormDefinition *form : catalogue->latest()) {
        int fields = 0;
        for (const FormSection &section : form->sections)
            fields += int(section.fields.size());
        const QString source = catalogue->source(*form);
        if (cli.json()) {
            array.append(QJsonObject{{QStringLiteral("id"), form->id},
                                     {QStringLiteral("version"), form->version},
                                     {QStringLiteral("title"), form->title.in(language)},
                                     {QStringLiteral("audience"), QJsonArray::fromStringList(form->audience)},
                                     {QStringLiteral("sections"), int(form->sections.size())},
                                     {QStringLiteral("fields"), fields},
                                     {QStringLiteral("source"), source},
                                     {QStringLiteral("built_in"), catalogue->entry(*form)->isBuiltIn()}});
        } else {
            cli.out(tr("%1 (version %2): %3 — %n fields — %4", nullptr, fields)
                        .arg(form->id)
                        .arg(form->version)
                        .arg(form->title.in(language), source));
        }
    }
    if (cli.json())
        cli.outJson(array);
    return CliContext::ExitOk;
}

void FormVersionsCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::person(), CliOptions::json()};
}

int FormVersionsCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("person"), &exitCode))
        return exitCode;
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    auto versions = opened->services->formStore()->versions(cli.value(QStringLiteral("person")));
    if (!versions)
        return cli.fail(versions.error());
    QJsonArray array;
    for (const FormVersion &v : versions.value()) {
        // The number is computed from the versions held (FormVersion::number), so it can differ from what a device
        // showed before another device's versions arrived; the id and the device's counter never change.
        if (cli.json()) {
            array.append(QJsonObject{{QStringLiteral("id"), v.id},
                                     {QStringLiteral("form"), v.formId},
                                     {QStringLiteral("form_version"), v.formVersion},
                                     {QStringLiteral("number"), v.number},
                                     {QStringLiteral("signed_by"), v.signedBy},
                                     {QStringLiteral("signed_at"), v.signedAt},
                                     {QStringLiteral("device"), v.device},
                                     {QStringLiteral("device_counter"), double(v.deviceSeq)},
                                     {QStringLiteral("received_from"), v.receivedFrom},
                                     {QStringLiteral("received_from_label"), v.receivedFromLabel}});
        } else if (v.isFromAnotherDevice()) {
            cli.out(tr("%1 #%2: signed off by %3 at %4; from %5 (%6)")
                        .arg(v.formId)
                        .arg(v.number)
                        .arg(v.signedBy, v.signedAt, v.receivedFromLabel, v.id));
        } else {
            cli.out(tr("%1 #%2: signed off by %3 at %4 (%5)")
                        .arg(v.formId)
                        .arg(v.number)
                        .arg(v.signedBy, v.signedAt, v.id));
        }
    }
    if (cli.json())
        cli.outJson(array);
    else if (versions->isEmpty())
        cli.out(tr("No finished forms for this person."));
    return CliContext::ExitOk;
}

void FormCheckCommand::declare(CommandSpec &spec) const
{
    spec.argumentSyntax = QStringLiteral("FILE.json");
    spec.argumentDescription = tr("The form definition file.");
}

int FormCheckCommand::run(CliContext &cli)
{
    const QString path = cli.argument();
    if (path.isEmpty())
        return cli.usage(tr("Name the form definition to check: form check FILE.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(tr("%1 could not be read.").arg(path));
    auto form = FormDefinition::parse(file.read(FormDefinition::MaxBytes + 1), path);
    if (!form)
        return cli.fail(form.error());
    cli.out(tr("%1 version %2 is a valid form definition.").arg(form->id).arg(form->version));
    return CliContext::ExitOk;
}
