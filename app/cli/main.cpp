#include "model/core/ProcessHardening.h"
#include "model/core/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <memory>

#include "BundleCommands.h"
#include "CliContext.h"
#include "Commands.h"
#include "ExtractCommand.h"
#include "FormCommands.h"
#include "MatchCommands.h"
#include "SyncCommands.h"

namespace
{
    const char *const Context = "waymark-cli";
    QtMessageHandler previousHandler = nullptr;

    QString tr(const char *text)
    {
        return QCoreApplication::translate(Context, text);
    }

    void addOptions(QCommandLineParser &parser)
    {
        const auto option = [&](const char *name, const char *description, const char *valueName = nullptr) {
            QCommandLineOption o(QString::fromLatin1(name), tr(description));
            if (valueName)
                o.setValueName(tr(valueName));
            parser.addOption(o);
        };
        option("vault",
               QT_TRANSLATE_NOOP("waymark-cli", "The vault folder (or set WAYMARK_VAULT)."),
               QT_TRANSLATE_NOOP("waymark-cli", "path"));
        option("passphrase-file",
               QT_TRANSLATE_NOOP("waymark-cli",
                                 "Read the passphrase from the first line of <file> (or set WAYMARK_PASSPHRASE)."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("new-passphrase-file",
               QT_TRANSLATE_NOOP("waymark-cli", "vault passphrase: the new passphrase."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("setting",
               QT_TRANSLATE_NOOP("waymark-cli", "vault create: work-coach, gp-practice or admin."),
               QT_TRANSLATE_NOOP("waymark-cli", "setting"));
        option("owner",
               QT_TRANSLATE_NOOP("waymark-cli", "vault create, demo: who keeps the vault."),
               QT_TRANSLATE_NOOP("waymark-cli", "name"));
        option("kdf",
               QT_TRANSLATE_NOOP("waymark-cli", "vault create, demo: moderate (default), interactive or minimum."),
               QT_TRANSLATE_NOOP("waymark-cli", "cost"));
        option("status",
               QT_TRANSLATE_NOOP("waymark-cli", "person list: only open or closed cases."),
               QT_TRANSLATE_NOOP("waymark-cli", "status"));
        option("person", QT_TRANSLATE_NOOP("waymark-cli", "The person's id."), QT_TRANSLATE_NOOP("waymark-cli", "id"));
        option("given",
               QT_TRANSLATE_NOOP("waymark-cli", "person add: given name."),
               QT_TRANSLATE_NOOP("waymark-cli", "name"));
        option("family",
               QT_TRANSLATE_NOOP("waymark-cli", "person add: family name."),
               QT_TRANSLATE_NOOP("waymark-cli", "name"));
        option("set",
               QT_TRANSLATE_NOOP("waymark-cli", "person add: another field, e.g. postcode=CF10 1EP (repeatable)."),
               QT_TRANSLATE_NOOP("waymark-cli", "field=value"));
        option("yes", QT_TRANSLATE_NOOP("waymark-cli", "person erase: confirm the erasure."));
        option("out",
               QT_TRANSLATE_NOOP("waymark-cli", "person export, match --profiles, form fill: the file to write."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("format",
               QT_TRANSLATE_NOOP("waymark-cli",
                                 "person export: html (default) or json. bundle build-vacancies: csv or jobposting "
                                 "(default: from the file's first character)."),
               QT_TRANSLATE_NOOP("waymark-cli", "format"));
        option("people",
               QT_TRANSLATE_NOOP("waymark-cli", "demo: how many people to generate."),
               QT_TRANSLATE_NOOP("waymark-cli", "n"));
        option("vacancies",
               QT_TRANSLATE_NOOP("waymark-cli", "demo: also add this many synthetic vacancies in the demo towns."),
               QT_TRANSLATE_NOOP("waymark-cli", "n"));
        option("seed",
               QT_TRANSLATE_NOOP("waymark-cli", "demo: random seed (same seed, same caseload)."),
               QT_TRANSLATE_NOOP("waymark-cli", "n"));
        option("json", QT_TRANSLATE_NOOP("waymark-cli", "Print data as JSON."));
        option("key",
               QT_TRANSLATE_NOOP("waymark-cli",
                                 "bundle build-*, key export, key rotate: the publisher's (old) secret key file."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("minisign", QT_TRANSLATE_NOOP("waymark-cli", "key export: write the public key in minisign's format."));
        option("csv",
               QT_TRANSLATE_NOOP("waymark-cli",
                                 "bundle build-*: the CSV file to read (build-vacancies: or a JobPosting JSON feed)."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("publisher",
               QT_TRANSLATE_NOOP("waymark-cli", "bundle build-*: the publisher's name."),
               QT_TRANSLATE_NOOP("waymark-cli", "name"));
        option("sequence",
               QT_TRANSLATE_NOOP("waymark-cli", "bundle build-*: this bundle's number, higher than the last."),
               QT_TRANSLATE_NOOP("waymark-cli", "n"));
        option("expires",
               QT_TRANSLATE_NOOP("waymark-cli", "bundle build-*: the last day the bundle may be imported."),
               QT_TRANSLATE_NOOP("waymark-cli", "yyyy-mm-dd"));
        option("skip-invalid", QT_TRANSLATE_NOOP("waymark-cli", "bundle build-vacancies: leave out invalid rows."));
        option(
            "snapshot",
            QT_TRANSLATE_NOOP("waymark-cli", "bundle build-vacancies: a full list; anything left out is withdrawn."));
        option(
            "kinds",
            QT_TRANSLATE_NOOP("waymark-cli",
                              "trust add, key rotate: kinds of bundle to trust the key for, e.g. vacancies,geodata."),
            QT_TRANSLATE_NOOP("waymark-cli", "kinds"));
        option("label",
               QT_TRANSLATE_NOOP("waymark-cli", "trust add: a name for the key."),
               QT_TRANSLATE_NOOP("waymark-cli", "name"));
        option("fingerprint",
               QT_TRANSLATE_NOOP("waymark-cli", "trust add: the fingerprint the publisher gave you."),
               QT_TRANSLATE_NOOP("waymark-cli", "text"));
        option("device",
               QT_TRANSLATE_NOOP("waymark-cli", "sync preview, sync export: the device, as listed by sync devices."),
               QT_TRANSLATE_NOOP("waymark-cli", "id"));
        option("handover",
               QT_TRANSLATE_NOOP("waymark-cli", "sync export: hand the named people over to that device's owner."));
        option("conflict",
               QT_TRANSLATE_NOOP("waymark-cli", "sync resolve: the conflict's number."),
               QT_TRANSLATE_NOOP("waymark-cli", "n"));
        option("use-other", QT_TRANSLATE_NOOP("waymark-cli", "sync resolve: keep the other device's value."));
        option("esco",
               QT_TRANSLATE_NOOP("waymark-cli", "bundle build-taxonomy: sign the ESCO release in this folder."),
               QT_TRANSLATE_NOOP("waymark-cli", "folder"));
        option("builtin", QT_TRANSLATE_NOOP("waymark-cli", "bundle build-taxonomy: sign the built-in UK taxonomy."));
        option("form",
               QT_TRANSLATE_NOOP("waymark-cli", "bundle build-forms: a form definition to sign (repeatable)."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("dir",
               QT_TRANSLATE_NOOP("waymark-cli", "bundle build-forms: sign every .json form definition in this folder."),
               QT_TRANSLATE_NOOP("waymark-cli", "folder"));
        option("vacancy",
               QT_TRANSLATE_NOOP("waymark-cli", "match: rank the people on this caseload for this vacancy."),
               QT_TRANSLATE_NOOP("waymark-cli", "id"));
        option("profiles",
               QT_TRANSLATE_NOOP("waymark-cli", "match: rank vacancies for every profile in a profiles CSV file."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("top",
               QT_TRANSLATE_NOOP("waymark-cli", "match: how many results for each person or profile (default 10)."),
               QT_TRANSLATE_NOOP("waymark-cli", "n"));
        option("stats",
               QT_TRANSLATE_NOOP("waymark-cli", "match --profiles: print timing and memory figures on stderr."));
        option("text",
               QT_TRANSLATE_NOOP("waymark-cli", "extract: the text file to read suggestions from."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("lines", QT_TRANSLATE_NOOP("waymark-cli", "extract: treat every line as its own text."));
        option("language",
               QT_TRANSLATE_NOOP("waymark-cli",
                                 "form list: en (default) or cy; form fill: the PDF's language (default: the "
                                 "person's preference)."),
               QT_TRANSLATE_NOOP("waymark-cli", "code"));
        option("answers",
               QT_TRANSLATE_NOOP("waymark-cli", "form fill: a JSON object of field id to answer text."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("summary",
               QT_TRANSLATE_NOOP("waymark-cli", "form fill: write the person's take-away summary, not the form."));
        option("key-id",
               QT_TRANSLATE_NOOP("waymark-cli", "trust remove: the key's id as listed."),
               QT_TRANSLATE_NOOP("waymark-cli", "id"));
        option("new-key",
               QT_TRANSLATE_NOOP("waymark-cli",
                                 "key rotate: the new secret key file (its passphrase from --new-passphrase-file or "
                                 "WAYMARK_NEW_PASSPHRASE)."),
               QT_TRANSLATE_NOOP("waymark-cli", "file"));
        option("reason",
               QT_TRANSLATE_NOOP("waymark-cli", "key rotate: why the key is changing, one line."),
               QT_TRANSLATE_NOOP("waymark-cli", "text"));
    }
} // namespace

int main(int argc, char **argv)
{
    // Before anything else: private file permissions (umask 077), no core dumps of decrypted data.
    ProcessHardening::apply();
    // Rendering a PDF lays out text, which needs fonts and so a QGuiApplication; every other command keeps
    // the plain QCoreApplication. Under the offscreen platform no display is needed (fonts come from
    // fontconfig).
    bool rendersDocuments = false;
    for (int i = 1; i + 1 < argc; ++i)
        rendersDocuments =
            rendersDocuments || (std::strcmp(argv[i], "form") == 0 && std::strcmp(argv[i + 1], "fill") == 0);
    std::unique_ptr<QCoreApplication> application;
    if (rendersDocuments) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // A headless session often has no XDG_RUNTIME_DIR; Qt's warning about it would break the
        // one-line-on-stderr promise, so it alone is dropped while the platform starts.
        previousHandler =
            qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &context, const QString &message) {
                if (!message.contains(QLatin1String("XDG_RUNTIME_DIR")))
                    previousHandler(type, context, message);
            });
        application = std::make_unique<QGuiApplication>(argc, argv);
        qInstallMessageHandler(previousHandler);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("Waymark"));
    QCoreApplication::setApplicationName(QStringLiteral("waymark-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WAYMARK_VERSION));
    Translations::install(app, QString());
    // Informational log lines would break the one-line-on-stderr promise; QT_LOGGING_RULES can still turn them on.
    QLoggingCategory::setFilterRules(QStringLiteral("waymark.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Waymark's command line: an encrypted caseload vault.\n\n"
           "Commands:\n"
           "  vault create|check|rekey|passphrase\n"
           "  person list|show|add|erase|export\n"
           "  audit verify\n"
           "  demo --people N [--vacancies N] [--seed S]\n"
           "  key generate|export|fingerprint [FILE]\n"
           "  key rotate --key OLD.key --new-key NEW.key [--kinds K,...] [--reason TEXT] --out FILE.rotation\n"
           "  trust add FILE.pub|list|remove|rotate FILE.rotation\n"
           "  bundle build-vacancies|build-geodata|build-taxonomy|build-courses|build-forms|import FILE|detach FILE|"
           "quarantine\n"
           "  sync add-device FILE.pub|devices|preview|export|conflicts|resolve\n"
           "  taxonomy info|import-esco DIR|reset|map TEXT\n"
           "  match --person ID | --vacancy ID | --profiles FILE.csv --out FILE\n"
           "  form list|check FILE.json\n"
           "  form fill --person ID --form NAME --answers FILE.json --out FILE.pdf [--language en|cy] [--summary]"));
    parser.addPositionalArgument(
        QStringLiteral("command"),
        tr("vault, person, audit, demo, key, trust, bundle, sync, taxonomy, match, form or extract."));
    parser.addPositionalArgument(QStringLiteral("action"), tr("What to do, e.g. create or list."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    addOptions(parser);

    CliContext cli(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return cli.usage(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return CliContext::ExitOk;
    }
    if (parser.isSet(version)) {
        std::printf("waymark-cli %s\n", WAYMARK_VERSION);
        return CliContext::ExitOk;
    }

    const QStringList args = parser.positionalArguments();
    const QString command = args.value(0);
    const QString action = args.value(1);
    // key, trust and bundle commands may name a file as a third argument.
    const bool takesFile = command == QLatin1String("key") || command == QLatin1String("trust") ||
                           command == QLatin1String("bundle") || command == QLatin1String("sync") ||
                           command == QLatin1String("taxonomy") || command == QLatin1String("form");
    const int expected =
        command == QLatin1String("demo") || command == QLatin1String("match") || command == QLatin1String("extract")
            ? 1
            : 2;
    if (args.size() != expected && !(takesFile && args.size() == 3)) {
        return cli.usage(command.isEmpty() ? tr("Say what to do, e.g. waymark-cli person list. See --help.")
                                           : tr("Wrong number of arguments for %1. See --help.").arg(command));
    }
    if (command == QLatin1String("vault"))
        return VaultCommands::run(cli, action);
    if (command == QLatin1String("person"))
        return PersonCommands::run(cli, action);
    if (command == QLatin1String("audit"))
        return AuditCommands::run(cli, action);
    if (command == QLatin1String("demo"))
        return DemoCommand::run(cli);
    if (command == QLatin1String("key"))
        return KeyCommands::run(cli, action, args.value(2));
    if (command == QLatin1String("trust"))
        return TrustCommands::run(cli, action, args.value(2));
    if (command == QLatin1String("bundle"))
        return BundleCommands::run(cli, action, args.value(2));
    if (command == QLatin1String("sync"))
        return SyncCommands::run(cli, action, args.value(2));
    if (command == QLatin1String("taxonomy"))
        return TaxonomyCommands::run(cli, action, args.value(2));
    if (command == QLatin1String("match"))
        return MatchCommand::run(cli);
    if (command == QLatin1String("form"))
        return FormCommands::run(cli, action, args.value(2));
    if (command == QLatin1String("extract"))
        return ExtractCommand::run(cli);
    return cli.usage(tr("Unknown command \"%1\". Use vault, person, audit, demo, key, trust, bundle, sync, taxonomy, "
                        "match, form or extract.")
                         .arg(command));
}
