#include "BundleCommands.h"

#include "model/bundles/BundleFile.h"
#include "model/bundles/BundleImporter.h"
#include "model/bundles/KeyRotation.h"
#include "model/bundles/QuarantineStore.h"
#include "model/bundles/TrustStore.h"
#include "model/crypto/KdfParams.h"
#include "model/crypto/SigningKey.h"
#include "model/forms/FormsBundle.h"
#include "model/io/CsvReader.h"
#include "model/matching/EscoImport.h"
#include "model/matching/GeodataBundle.h"
#include "model/matching/TaxonomyBundle.h"
#include "model/matching/VacancyBundle.h"
#include "model/matching/VacancyCsv.h"
#include "model/matching/VacancyFeed.h"
#include "model/session/BundleHandlers.h"
#include "model/sync/CaseloadSync.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

#include <cstdio>
#include <unistd.h>

#include "CliContext.h"
#include "CliOptions.h"
#include "KdfChoice.h"
#include "PassphraseReader.h"

namespace
{
    Status writeFile(const QString &path, const QByteArray &bytes)
    {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{ErrorCode::Io,
                         QCoreApplication::translate("BundleCommands", "%1 could not be written.").arg(path)};
        return {};
    }

    Result<QByteArray> readSmallFile(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("BundleCommands", "%1 could not be read.").arg(path)};
        if (file.size() > 64 * 1024)
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("BundleCommands", "%1 is too large to be a key.").arg(path)};
        return file.readAll();
    }

    Result<SigningKey> loadSigningKey(CliContext &cli)
    {
        auto passphrase = cli.passphrase();
        if (!passphrase)
            return passphrase.error();
        KdfParams cost;
        auto key = SigningKey::readSecretFile(cli.value(QStringLiteral("key")), passphrase.value(), &cost);
        // Like a weak vault slot (issue 13 #7): a stolen copy of this file could be opened by guessing quickly.
        if (key && KdfChoice::warnsAbout(cost)) {
            cli.warn(QCoreApplication::translate(
                "BundleCommands",
                "This secret key file is protected with a much cheaper passphrase cost than Waymark uses now, so a "
                "stolen copy could be opened by guessing. Make a new key with 'waymark-cli key generate' and move "
                "trust to it with 'waymark-cli key rotate'."));
        }
        return key;
    }

    /** A visible line from the terminal; refuses when there is no terminal, so scripts must pass the option. */
    Result<QString> readLine(const QString &label)
    {
        if (!isatty(fileno(stdin))) {
            return Error{ErrorCode::Invalid,
                         QCoreApplication::translate("TrustCommands",
                                                     "Give the fingerprint you were given with --fingerprint.")};
        }
        std::fprintf(stderr, "%s ", qPrintable(label));
        char buffer[256] = {};
        if (!std::fgets(buffer, sizeof buffer, stdin))
            return Error{ErrorCode::Invalid, QCoreApplication::translate("TrustCommands", "No fingerprint was typed.")};
        return QString::fromUtf8(buffer).trimmed();
    }

    QList<BundleKind> parseKinds(const QString &text, QString *unknown)
    {
        QList<BundleKind> kinds;
        for (const QString &key : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (auto kind = BundleKinds::fromKey(key.trimmed()))
                kinds.append(*kind);
            else
                *unknown = key.trimmed();
        }
        return kinds;
    }

    /**
     * bundle build-forms: the definitions named by --form (repeatable) and those in --dir, each checked as the
     * importer will check it, so a publisher learns of a bad definition (file, line, reason) before anyone else.
     */
    int buildForms(CliContext &cli, const std::function<int(const QByteArray &payload)> &sign)
    {
        QStringList paths = cli.values(QStringLiteral("form"));
        if (cli.isSet(QStringLiteral("dir"))) {
            const QDir dir(cli.value(QStringLiteral("dir")));
            if (!dir.exists())
                return cli.fail(QCoreApplication::translate("BundleCommands", "%1 is not a folder.").arg(dir.path()));
            for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
                paths.append(dir.filePath(name));
        }
        if (paths.isEmpty())
            return cli.usage(QCoreApplication::translate(
                "BundleCommands", "Name the definitions to sign: --form FILE (repeatable) or --dir DIR."));
        if (quint64(paths.size()) > FormsBundle::MaxForms)
            return cli.fail(
                QCoreApplication::translate("BundleCommands", "A forms bundle holds at most %1 definitions.")
                    .arg(FormsBundle::MaxForms));
        QVector<FormFile> files;
        QHash<QString, QString> versions; // "id version" to the file that holds it
        for (const QString &path : std::as_const(paths)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return cli.fail(QCoreApplication::translate("BundleCommands", "%1 could not be read.").arg(path));
            const QByteArray json = file.read(FormDefinition::MaxBytes + 1);
            auto form = FormDefinition::parse(json, path);
            if (!form)
                return cli.fail(form.error());
            const QString key = form->id + QLatin1Char(' ') + QString::number(form->version);
            if (versions.contains(key))
                return cli.fail(
                    QCoreApplication::translate("BundleCommands", "%1 and %2 are both version %3 of the form %4.")
                        .arg(versions.value(key), path)
                        .arg(form->version)
                        .arg(form->id));
            versions.insert(key, path);
            // Only the file's name travels: where it sat on the publisher's disk is nobody else's business.
            files.append({QFileInfo(path).fileName(), json});
        }
        const int status = sign(FormsBundle::encode(files));
        if (status == CliContext::ExitOk)
            cli.out(QCoreApplication::translate(
                        "BundleCommands", "%n form definitions signed into %1.", nullptr, int(files.size()))
                        .arg(cli.value(QStringLiteral("out"))));
        return status;
    }
} // namespace

void KeyGenerateCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::option("out",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "Where to write the key: <prefix>.key (secret) and "
                                                         "<prefix>.pub (public)."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "prefix")),
                    CliOptions::passphraseFile(),
                    CliOptions::kdf(),
                    CliOptions::json()};
}

int KeyGenerateCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    const QString prefix = cli.value(QStringLiteral("out"));
    if (QFile::exists(prefix + QStringLiteral(".key")))
        return cli.fail(tr("%1.key already exists; choose another name.").arg(prefix));
    const auto kdf = KdfChoice::fromOption(cli);
    if (!kdf)
        return cli.usage(kdf.error().message);
    auto passphrase = cli.newPassphrase();
    if (!passphrase)
        return cli.fail(passphrase.error());
    const SigningKey key = SigningKey::generate();
    if (auto status = key.writeSecretFile(prefix + QStringLiteral(".key"), passphrase.value(), kdf.value()); !status)
        return cli.fail(status.error());
    if (auto status = writeFile(prefix + QStringLiteral(".pub"), key.publicKeyFile()); !status)
        return cli.fail(status.error());
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("key_id"), Minisign::keyIdHex(key.keyId())},
                                {QStringLiteral("fingerprint"), Minisign::fingerprint(key.publicKey())},
                                {QStringLiteral("secret_key"), QString(prefix + QStringLiteral(".key"))},
                                {QStringLiteral("public_key"), QString(prefix + QStringLiteral(".pub"))}});
    } else {
        cli.out(
            tr("Key %1 written to %2.key (secret) and %2.pub (public).").arg(Minisign::keyIdHex(key.keyId()), prefix));
        cli.out(tr("Fingerprint: %1").arg(Minisign::fingerprint(key.publicKey())));
    }
    return CliContext::ExitOk;
}

void KeyExportCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::option("minisign", QT_TRANSLATE_NOOP("waymark-cli", "Write the public key in minisign's format.")),
        CliOptions::option("key",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "A publisher's key file: the secret key, or its public "
                                             "key (.pub), which needs no passphrase. Without it, the "
                                             "vault's device key."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::out(),
        CliOptions::vault(),
        CliOptions::passphraseFile()};
}

int KeyExportCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    if (!cli.isSet(QStringLiteral("minisign")))
        return cli.usage(tr("Say which format: key export --minisign."));
    Minisign::PublicKey publicKey;
    if (cli.isSet(QStringLiteral("key"))) {
        auto bytes = readSmallFile(cli.value(QStringLiteral("key")));
        if (!bytes)
            return cli.fail(bytes.error());
        if (SigningKey::isSecretFile(bytes.value())) {
            auto key = loadSigningKey(cli);
            if (!key)
                return cli.fail(key.error());
            publicKey = key->minisignKey();
        } else {
            // A public key is not sealed, so exporting it asks for no passphrase; it is checked as any other .pub.
            auto key = Minisign::parsePublicKey(bytes.value());
            if (!key)
                return cli.fail(key.error());
            publicKey = key.value();
        }
    } else {
        // The vault's own device key: what colleagues trust for caseload bundles from this device.
        auto vault = cli.openVault();
        if (!vault)
            return cli.fail(vault.error());
        const QByteArray devicePublic = vault.value()->devicePublicKey();
        publicKey = {Minisign::keyIdFor(devicePublic), devicePublic};
    }
    if (auto status = writeFile(cli.value(QStringLiteral("out")), Minisign::publicKeyFile(publicKey)); !status)
        return cli.fail(status.error());
    cli.out(tr("Public key %1 written. Fingerprint: %2")
                .arg(Minisign::keyIdHex(publicKey.keyId), Minisign::fingerprint(publicKey.key)));
    return CliContext::ExitOk;
}

void KeyFingerprintCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::json()};
    spec.argumentSyntax = QStringLiteral("FILE.pub");
    spec.argumentDescription = tr("The public key file.");
}

int KeyFingerprintCommand::run(CliContext &cli)
{
    const QString path = cli.argument();
    if (path.isEmpty())
        return cli.usage(tr("Name the public key file: key fingerprint FILE.pub"));
    auto bytes = readSmallFile(path);
    if (!bytes)
        return cli.fail(bytes.error());
    auto key = Minisign::parsePublicKey(bytes.value());
    if (!key)
        return cli.fail(key.error());
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("key_id"), Minisign::keyIdHex(key->keyId)},
                                {QStringLiteral("fingerprint"), Minisign::fingerprint(key->key)}});
        return CliContext::ExitOk;
    }
    cli.out(tr("Key %1, fingerprint %2").arg(Minisign::keyIdHex(key->keyId), Minisign::fingerprint(key->key)));
    return CliContext::ExitOk;
}

void KeyRotateCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::option("key",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The old secret key file."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "file")),
                    CliOptions::passphraseFile(),
                    CliOptions::option("new-key",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "The new secret key file (its passphrase from "
                                                         "--new-passphrase-file or WAYMARK_NEW_PASSPHRASE)."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "file")),
                    CliOptions::newPassphraseFile(),
                    CliOptions::kinds(),
                    CliOptions::option("reason",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Why the key is changing, one line."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "text")),
                    CliOptions::out()};
}

int KeyRotateCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("key"), &exitCode) || !cli.require(QStringLiteral("new-key"), &exitCode) ||
        !cli.require(QStringLiteral("out"), &exitCode))
        return exitCode;
    const QString out = cli.value(QStringLiteral("out"));
    if (QFile::exists(out))
        return cli.fail(tr("%1 already exists; choose another name.").arg(out));
    QString unknown;
    const QList<BundleKind> kinds = parseKinds(cli.value(QStringLiteral("kinds")), &unknown);
    if (!unknown.isEmpty())
        return cli.usage(tr("Unknown kind of bundle \"%1\".").arg(unknown));
    auto oldKey = loadSigningKey(cli);
    if (!oldKey)
        return cli.fail(oldKey.error());
    // The two keys have passphrases of their own; the new one comes the way vault passphrase's new one does.
    Result<SecureBytes> newPassphrase = SecureBytes();
    if (cli.isSet(QStringLiteral("new-passphrase-file"))) {
        newPassphrase = PassphraseReader::fromFile(cli.value(QStringLiteral("new-passphrase-file")));
    } else {
        newPassphrase = PassphraseReader::takeFromEnvironment("WAYMARK_NEW_PASSPHRASE");
        if (newPassphrase->isEmpty())
            newPassphrase = PassphraseReader::prompt(tr("The new key's passphrase:"));
    }
    if (!newPassphrase)
        return cli.fail(newPassphrase.error());
    auto newKey = SigningKey::readSecretFile(cli.value(QStringLiteral("new-key")), newPassphrase.value());
    if (!newKey)
        return cli.fail(newKey.error());
    auto statement = KeyRotation::make(
        oldKey.value(), newKey.value(), kinds, cli.value(QStringLiteral("reason")), QDateTime::currentDateTimeUtc());
    if (!statement)
        return cli.fail(statement.error());
    if (auto status = writeFile(out, statement.value()); !status)
        return cli.fail(status.error());
    cli.out(tr("Key change statement written to %1.").arg(out));
    cli.out(tr("Old key %1, fingerprint %2")
                .arg(Minisign::keyIdHex(oldKey->keyId()), Minisign::fingerprint(oldKey->publicKey())));
    cli.out(tr("New key %1, fingerprint %2")
                .arg(Minisign::keyIdHex(newKey->keyId()), Minisign::fingerprint(newKey->publicKey())));
    return CliContext::ExitOk;
}

void TrustAddCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::kinds(),
                    CliOptions::label(),
                    CliOptions::fingerprint()};
    spec.argumentSyntax = QStringLiteral("FILE.pub");
    spec.argumentDescription = tr("The publisher's public key file.");
}

int TrustAddCommand::run(CliContext &cli)
{
    const QString path = cli.argument();
    int exitCode = 0;
    if (path.isEmpty())
        return cli.usage(tr("Name the public key file: trust add FILE.pub --kinds vacancies --label NAME"));
    if (!cli.require(QStringLiteral("kinds"), &exitCode) || !cli.require(QStringLiteral("label"), &exitCode))
        return exitCode;
    auto bytes = readSmallFile(path);
    if (!bytes)
        return cli.fail(bytes.error());
    auto key = Minisign::parsePublicKey(bytes.value());
    if (!key)
        return cli.fail(key.error());
    QString unknown;
    const QList<BundleKind> kinds = parseKinds(cli.value(QStringLiteral("kinds")), &unknown);
    if (!unknown.isEmpty())
        return cli.usage(tr("Unknown kind of bundle \"%1\".").arg(unknown));
    QString confirmed = cli.value(QStringLiteral("fingerprint"));
    if (confirmed.isEmpty()) {
        // Interactive: show the fingerprint and have the admin type the one they were given.
        std::fprintf(
            stderr,
            "%s\n",
            qPrintable(
                tr("Key %1 has fingerprint %2.").arg(Minisign::keyIdHex(key->keyId), Minisign::fingerprint(key->key))));
        auto typed = readLine(tr("Type the fingerprint the publisher gave you:"));
        if (!typed)
            return cli.fail(typed.error());
        confirmed = typed.value();
    }
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    TrustStore trust(vault.value()->database(), vault.value()->audit());
    if (auto status = trust.add(key.value(), cli.value(QStringLiteral("label")), kinds, confirmed); !status) {
        Error error = status.error();
        if (trust.isTrusted(key->keyId)) {
            error.message += QLatin1Char('\n') + tr("To change it, run waymark-cli trust remove --key-id %1, then "
                                                    "trust add again.")
                                                     .arg(Minisign::keyIdHex(key->keyId));
        }
        return cli.fail(error);
    }
    cli.out(tr("Key %1 is now trusted.").arg(Minisign::keyIdHex(key->keyId)));
    return CliContext::ExitOk;
}

void TrustListCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
}

int TrustListCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    TrustStore trust(vault.value()->database(), vault.value()->audit());
    auto keys = trust.list();
    if (!keys)
        return cli.fail(keys.error());
    QJsonArray array;
    for (const TrustedKey &key : keys.value()) {
        QStringList kinds;
        for (BundleKind kind : key.kinds)
            kinds.append(BundleKinds::key(kind));
        if (cli.json()) {
            array.append(QJsonObject{{QStringLiteral("key_id"), Minisign::keyIdHex(key.keyId)},
                                     {QStringLiteral("label"), key.label},
                                     {QStringLiteral("fingerprint"), key.fingerprint()},
                                     {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)}});
        } else {
            cli.out(
                QStringLiteral("%1  %2  %3  %4")
                    .arg(Minisign::keyIdHex(key.keyId), key.fingerprint(), kinds.join(QLatin1Char(',')), key.label));
        }
    }
    if (cli.json())
        cli.outJson(array);
    return CliContext::ExitOk;
}

void TrustRemoveCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("key-id",
                                       QT_TRANSLATE_NOOP("waymark-cli", "The key's id as listed."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "id"))};
}

int TrustRemoveCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("key-id"), &exitCode))
        return exitCode;
    QByteArray keyId = QByteArray::fromHex(cli.value(QStringLiteral("key-id")).toLatin1());
    std::reverse(keyId.begin(), keyId.end()); // shown as minisign shows it, stored little-endian
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    TrustStore trust(vault.value()->database(), vault.value()->audit());
    if (auto status = trust.remove(keyId); !status)
        return cli.fail(status.error());
    cli.out(tr("Key %1 is no longer trusted.").arg(cli.value(QStringLiteral("key-id"))));
    return CliContext::ExitOk;
}

void TrustRotateCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
    spec.argumentSyntax = QStringLiteral("FILE.rotation");
    spec.argumentDescription = tr("The key change statement the publisher sent.");
}

int TrustRotateCommand::run(CliContext &cli)
{
    const QString path = cli.argument();
    if (path.isEmpty())
        return cli.usage(tr("Name the key change statement: trust rotate FILE.rotation"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(tr("%1 could not be read.").arg(path));
    // One byte over the cap is enough for the parser to refuse it as too large.
    auto statement = KeyRotation::parse(file.read(KeyRotation::MaxBytes + 1));
    if (!statement)
        return cli.fail(statement.error());
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    TrustStore trust(vault.value()->database(), vault.value()->audit());
    auto moved = trust.rotate(statement.value());
    if (!moved)
        return cli.fail(moved.error());
    QStringList kinds;
    for (BundleKind kind : moved.value())
        kinds.append(BundleKinds::key(kind));
    const Minisign::PublicKey &oldKey = statement->oldKey();
    const Minisign::PublicKey &newKey = statement->newKey();
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("old_key_id"), Minisign::keyIdHex(oldKey.keyId)},
                                {QStringLiteral("old_fingerprint"), Minisign::fingerprint(oldKey.key)},
                                {QStringLiteral("new_key_id"), Minisign::keyIdHex(newKey.keyId)},
                                {QStringLiteral("new_fingerprint"), Minisign::fingerprint(newKey.key)},
                                {QStringLiteral("kinds"), QJsonArray::fromStringList(kinds)},
                                {QStringLiteral("reason"), statement->reason()}});
        return CliContext::ExitOk;
    }
    cli.out(tr("Old key %1, fingerprint %2").arg(Minisign::keyIdHex(oldKey.keyId), Minisign::fingerprint(oldKey.key)));
    cli.out(tr("New key %1, fingerprint %2").arg(Minisign::keyIdHex(newKey.keyId), Minisign::fingerprint(newKey.key)));
    if (!statement->reason().isEmpty())
        cli.out(tr("Reason given: %1").arg(statement->reason()));
    cli.out(
        tr("Key %1 is now trusted for %2 in place of key %3, which is no longer trusted.")
            .arg(Minisign::keyIdHex(newKey.keyId), kinds.join(QStringLiteral(", ")), Minisign::keyIdHex(oldKey.keyId)));
    return CliContext::ExitOk;
}

void BundleBuildCommand::addSigningOptions(CommandSpec &spec)
{
    spec.options += {CliOptions::secretKey(),
                     CliOptions::passphraseFile(),
                     CliOptions::option("publisher",
                                        QT_TRANSLATE_NOOP("waymark-cli", "The publisher's name."),
                                        QT_TRANSLATE_NOOP("waymark-cli", "name")),
                     CliOptions::option("sequence",
                                        QT_TRANSLATE_NOOP("waymark-cli", "This bundle's number, higher than the last."),
                                        QT_TRANSLATE_NOOP("waymark-cli", "n")),
                     CliOptions::option("expires",
                                        QT_TRANSLATE_NOOP("waymark-cli", "The last day the bundle may be imported."),
                                        QT_TRANSLATE_NOOP("waymark-cli", "yyyy-mm-dd")),
                     CliOptions::out()};
}

int BundleBuildCommand::write(CliContext &cli, int kind, const QByteArray &payload)
{
    int exitCode = 0;
    if (!cli.require({"key", "publisher", "sequence", "out"}, &exitCode))
        return exitCode;
    bool ok = false;
    const quint64 sequence = cli.value(QStringLiteral("sequence")).toULongLong(&ok);
    if (!ok || sequence == 0)
        return cli.usage(tr("--sequence must be a whole number above 0, higher than the last one published."));
    BundleHeader header;
    header.kind = BundleKind(kind);
    header.sequence = sequence;
    header.publisher = cli.value(QStringLiteral("publisher"));
    if (cli.isSet(QStringLiteral("expires"))) {
        const QDate date = QDate::fromString(cli.value(QStringLiteral("expires")), Qt::ISODate);
        if (!date.isValid())
            return cli.usage(tr("--expires must be a date written as yyyy-mm-dd."));
        header.expiresAt = date.endOfDay(QTimeZone::utc()).toSecsSinceEpoch();
    }
    auto key = loadSigningKey(cli);
    if (!key)
        return cli.fail(key.error());
    auto bundle = BundleFile::write(header, payload, {key->keyId(), &key->secretKey()});
    if (!bundle)
        return cli.fail(bundle.error());
    if (auto status = writeFile(cli.value(QStringLiteral("out")), bundle.value()); !status)
        return cli.fail(status.error());
    return CliContext::ExitOk;
}

void BundleBuildVacanciesCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::option("csv",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "The vacancies file to read: vacancies.csv or a schema.org "
                                             "JobPosting JSON feed (one object, an array or JSON Lines)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::option(
            "format",
            QT_TRANSLATE_NOOP("waymark-cli", "csv or jobposting (default: from the file's first character)."),
            QT_TRANSLATE_NOOP("waymark-cli", "format")),
        CliOptions::option("skip-invalid", QT_TRANSLATE_NOOP("waymark-cli", "Leave out invalid rows.")),
        CliOptions::option("snapshot",
                           QT_TRANSLATE_NOOP("waymark-cli", "A full list; anything left out is withdrawn.")),
        CliOptions::option("withdraw",
                           QT_TRANSLATE_NOOP("waymark-cli",
                                             "A file of vacancy ids to withdraw, one a line (a bundle of changes; "
                                             "--csv is then optional)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file"))};
    addSigningOptions(spec);
}

namespace
{
    /** The ids in a --withdraw file, one a line, blank lines left out. */
    Result<QStringList> withdrawnIds(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return Error{ErrorCode::Io, BundleBuildVacanciesCommand::tr("%1 could not be read.").arg(path)};
        QStringList ids;
        while (!file.atEnd()) {
            const QString id = QString::fromUtf8(file.readLine()).trimmed();
            if (!id.isEmpty())
                ids.append(id);
        }
        return ids;
    }
} // namespace

int BundleBuildVacanciesCommand::run(CliContext &cli)
{
    int exitCode = 0;
    const bool withdrawing = cli.isSet(QStringLiteral("withdraw"));
    if (!withdrawing && !cli.require(QStringLiteral("csv"), &exitCode))
        return exitCode;
    if (withdrawing && cli.isSet(QStringLiteral("snapshot")))
        return cli.usage(tr("--withdraw is for a bundle of changes: a snapshot withdraws what it leaves out."));
    QStringList withdrawn;
    if (withdrawing) {
        auto ids = withdrawnIds(cli.value(QStringLiteral("withdraw")));
        if (!ids)
            return cli.fail(ids.error());
        withdrawn = ids.value();
    }
    VacancyFeed reader;
    if (cli.isSet(QStringLiteral("format"))) {
        const auto format = VacancyFeed::formatFromName(cli.value(QStringLiteral("format")));
        if (!format)
            return cli.usage(tr("--format for build-vacancies must be csv or jobposting."));
        reader.setFormat(*format);
    }
    if (cli.isSet(QStringLiteral("skip-invalid")))
        reader.setInvalidRows(VacancyCsv::InvalidRows::Skip);
    Result<QVector<Vacancy>> vacancies = QVector<Vacancy>();
    if (cli.isSet(QStringLiteral("csv")))
        vacancies = reader.readFile(cli.value(QStringLiteral("csv")));
    // Every bad row or record with its position and reason, then the one-line verdict.
    for (const QString &problem : reader.problems())
        std::fprintf(stderr, "%s\n", qPrintable(problem));
    if (!vacancies)
        return cli.fail(vacancies.error());
    const auto mode =
        cli.isSet(QStringLiteral("snapshot")) ? VacancyBundle::Mode::Snapshot : VacancyBundle::Mode::Delta;
    const int status =
        write(cli, int(BundleKind::Vacancies), VacancyBundle::encode(vacancies.value(), mode, withdrawn));
    if (status != CliContext::ExitOk)
        return status;
    cli.out(tr("%n vacancies signed into %1.", nullptr, int(vacancies->size())).arg(cli.value(QStringLiteral("out"))));
    if (!withdrawn.isEmpty())
        cli.out(tr("%n vacancies withdrawn by it.", nullptr, int(withdrawn.size())));
    if (reader.skipped() > 0)
        cli.out(tr("%n invalid rows skipped.", nullptr, int(reader.skipped())));
    return CliContext::ExitOk;
}

void BundleBuildGeodataCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::option(
        "csv", QT_TRANSLATE_NOOP("waymark-cli", "The CSV file to read."), QT_TRANSLATE_NOOP("waymark-cli", "file"))};
    addSigningOptions(spec);
}

int BundleBuildGeodataCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("csv"), &exitCode))
        return exitCode;
    QFile file(cli.value(QStringLiteral("csv")));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(tr("%1 could not be read.").arg(file.fileName()));
    CsvReader reader(&file);
    const QStringList columns = {QStringLiteral("outcode"), QStringLiteral("latitude"), QStringLiteral("longitude")};
    if (auto status = reader.readHeader(columns); !status)
        return cli.fail(status.error());
    QVector<OutcodeCentroid> centroids;
    CsvRecord record;
    while (true) {
        auto more = reader.readRecord(record);
        if (!more)
            return cli.fail(more.error());
        if (!more.value())
            break;
        const auto latitude = CsvReader::toNumber(record.value(reader.column(columns.at(1))));
        const auto longitude = CsvReader::toNumber(record.value(reader.column(columns.at(2))));
        if (!latitude || !longitude)
            return cli.fail(tr("line %1: latitude and longitude must be numbers.").arg(record.line));
        centroids.append({record.value(reader.column(columns.at(0))).trimmed().toUpper(), *latitude, *longitude});
    }
    const int status = write(cli, int(BundleKind::Geodata), GeodataBundle::encode(centroids));
    if (status == CliContext::ExitOk)
        cli.out(
            tr("%n outcodes signed into %1.", nullptr, int(centroids.size())).arg(cli.value(QStringLiteral("out"))));
    return status;
}

void BundleImportCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(), CliOptions::passphraseFile(), CliOptions::json()};
    spec.argumentSyntax = QStringLiteral("FILE");
    spec.argumentDescription = tr("The bundle file.");
}

int BundleImportCommand::run(CliContext &cli)
{
    const QString path = cli.argument();
    if (path.isEmpty())
        return cli.usage(tr("Name the bundle file: bundle import FILE --vault PATH"));
    auto opened = cli.openServices();
    if (!opened)
        return cli.fail(opened.error());
    const auto &vault = opened->vault;
    auto importer = opened->services->bundleImporter();
    auto summary = importer->importFile(path);
    if (!summary)
        return cli.fail(summary.error());
    // A caseload's sender learns it arrived only from a receipt, written beside the bundle.
    QString receiptPath;
    if (summary->kind == BundleKind::Caseload) {
        auto receipt = CaseloadSync(*vault).receiptFor(summary->bundleId, summary->maxHlc);
        if (!receipt)
            return cli.fail(receipt.error());
        receiptPath = path + QStringLiteral(".receipt");
        if (auto status = writeFile(receiptPath, receipt.value()); !status)
            return cli.fail(status.error());
    }
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("kind"), BundleKinds::key(summary->kind)},
                                {QStringLiteral("conflicts"), summary->conflicts},
                                {QStringLiteral("receipt"), receiptPath},
                                {QStringLiteral("already_imported"), summary->alreadyImported},
                                {QStringLiteral("publisher"), summary->publisher},
                                {QStringLiteral("sequence"), qint64(summary->sequence)},
                                {QStringLiteral("added"), summary->added},
                                {QStringLiteral("changed"), summary->changed},
                                {QStringLiteral("withdrawn"), summary->withdrawn},
                                {QStringLiteral("expired"), summary->expired},
                                {QStringLiteral("rejected"), summary->rejected}});
    } else {
        cli.out(summary->text());
        if (!receiptPath.isEmpty())
            cli.out(tr("Send the receipt %1 back to the sender, so their device knows these changes arrived.")
                        .arg(receiptPath));
    }
    return CliContext::ExitOk;
}

void BundleDetachCommand::declare(CommandSpec &spec) const
{
    spec.argumentSyntax = QStringLiteral("FILE");
    spec.argumentDescription = tr("The bundle file.");
}

int BundleDetachCommand::run(CliContext &cli)
{
    const QString path = cli.argument();
    if (path.isEmpty())
        return cli.usage(tr("Name the bundle file: bundle detach FILE"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(tr("%1 could not be read.").arg(path));
    auto parts = BundleFile::detach(file.readAll());
    if (!parts)
        return cli.fail(parts.error());
    const QString signedPath = path + QStringLiteral(".signed");
    if (auto status = writeFile(signedPath, parts->first); !status)
        return cli.fail(status.error());
    if (auto status = writeFile(signedPath + QStringLiteral(".minisig"), parts->second); !status)
        return cli.fail(status.error());
    cli.out(tr("Wrote %1 and %1.minisig. Check them with: minisign -V -m %1 -p PUBLIC_KEY.pub").arg(signedPath));
    return CliContext::ExitOk;
}

void BundleQuarantineCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("out",
                                       QT_TRANSLATE_NOOP("waymark-cli",
                                                         "Write the items set aside to this CSV file, to send back "
                                                         "to the sender."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "file")),
                    CliOptions::json()};
}

int BundleQuarantineCommand::run(CliContext &cli)
{
    auto vault = cli.openVault();
    if (!vault)
        return cli.fail(vault.error());
    Database &db = vault.value()->database();
    if (cli.isSet(QStringLiteral("out"))) {
        const QString path = cli.value(QStringLiteral("out"));
        if (auto status = QuarantineStore::exportCsv(db, vault.value()->audit(), path); !status)
            return cli.fail(status.error());
        cli.out(tr("Items set aside written to %1. The file is outside the encrypted vault: send it to the sender "
                   "and then delete it.")
                    .arg(path));
        return CliContext::ExitOk;
    }
    auto items = QuarantineStore::list(db);
    if (!items)
        return cli.fail(items.error());
    QJsonArray array;
    for (const QuarantinedItem &item : items.value()) {
        if (cli.json()) {
            array.append(QJsonObject{{QStringLiteral("received_at"), item.receivedAt},
                                     {QStringLiteral("kind"), item.kind},
                                     {QStringLiteral("publisher"), item.publisher},
                                     {QStringLiteral("bundle_id"), QString::fromLatin1(item.bundleId.toHex())},
                                     {QStringLiteral("item"), item.item},
                                     {QStringLiteral("reason"), item.reason},
                                     {QStringLiteral("content"), QString::fromUtf8(item.content)}});
        } else {
            cli.out(QStringLiteral("%1  %2  %3  %4: %5")
                        .arg(item.receivedAt, item.kind, item.publisher, item.item, item.reason));
        }
    }
    if (cli.json())
        cli.outJson(array);
    else if (items->isEmpty())
        cli.out(tr("Nothing has been set aside."));
    return CliContext::ExitOk;
}

void BundleBuildTaxonomyCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::option("esco",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Sign the ESCO release in this folder."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "folder")),
                    CliOptions::option("builtin", QT_TRANSLATE_NOOP("waymark-cli", "Sign the built-in UK taxonomy."))};
    addSigningOptions(spec);
}

int BundleBuildTaxonomyCommand::run(CliContext &cli)
{
    const bool esco = cli.isSet(QStringLiteral("esco"));
    if (esco == cli.isSet(QStringLiteral("builtin")))
        return cli.usage(tr("Say which taxonomy to sign: --esco DIR or --builtin."));
    Result<Taxonomy> taxonomy = esco ? EscoImport::read(cli.value(QStringLiteral("esco"))) : Taxonomy::builtIn();
    if (!taxonomy)
        return cli.fail(taxonomy.error());
    const int status = write(cli, int(BundleKind::Taxonomy), TaxonomyBundle::encode(taxonomy.value()));
    if (status == CliContext::ExitOk)
        cli.out(tr("Taxonomy (%L1 concepts, %L2 occupations) signed into %3.")
                    .arg(taxonomy->concepts().size())
                    .arg(taxonomy->occupations().size())
                    .arg(cli.value(QStringLiteral("out"))));
    return status;
}

void BundleBuildCoursesCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::option(
        "csv", QT_TRANSLATE_NOOP("waymark-cli", "The CSV file to read."), QT_TRANSLATE_NOOP("waymark-cli", "file"))};
    addSigningOptions(spec);
}

int BundleBuildCoursesCommand::run(CliContext &cli)
{
    int exitCode = 0;
    if (!cli.require(QStringLiteral("csv"), &exitCode))
        return exitCode;
    QFile file(cli.value(QStringLiteral("csv")));
    if (!file.open(QIODevice::ReadOnly))
        return cli.fail(tr("%1 could not be read.").arg(file.fileName()));
    CsvReader reader(&file);
    const QStringList columns = {QStringLiteral("id"),
                                 QStringLiteral("title"),
                                 QStringLiteral("provider"),
                                 QStringLiteral("length"),
                                 QStringLiteral("skills")};
    if (auto status = reader.readHeader(columns); !status)
        return cli.fail(status.error());
    QVector<CourseOffer> courses;
    CsvRecord record;
    while (true) {
        auto more = reader.readRecord(record);
        if (!more)
            return cli.fail(more.error());
        if (!more.value())
            break;
        auto field = [&](int i) { return record.value(reader.column(columns.at(i))).trimmed(); };
        CourseOffer course{field(0), field(1), field(2), field(3), {}};
        for (const QString &skill : field(4).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            course.skillLabels.append(skill.trimmed());
        if (course.id.isEmpty() || course.title.isEmpty() || course.skillLabels.isEmpty())
            return cli.fail(tr("line %1: a course needs an id, a title and at least one skill.").arg(record.line));
        courses.append(course);
    }
    const int status = write(cli, int(BundleKind::Courses), CoursesBundle::encode(courses));
    if (status == CliContext::ExitOk)
        cli.out(tr("%n courses signed into %1.", nullptr, int(courses.size())).arg(cli.value(QStringLiteral("out"))));
    return status;
}

void BundleBuildFormsCommand::declare(CommandSpec &spec) const
{
    spec.options = {
        CliOptions::option("form",
                           QT_TRANSLATE_NOOP("waymark-cli", "A form definition to sign (repeatable)."),
                           QT_TRANSLATE_NOOP("waymark-cli", "file")),
        CliOptions::option("dir",
                           QT_TRANSLATE_NOOP("waymark-cli", "Sign every .json form definition in this folder."),
                           QT_TRANSLATE_NOOP("waymark-cli", "folder"))};
    addSigningOptions(spec);
}

int BundleBuildFormsCommand::run(CliContext &cli)
{
    return buildForms(cli, [&cli](const QByteArray &payload) { return write(cli, int(BundleKind::Forms), payload); });
}
