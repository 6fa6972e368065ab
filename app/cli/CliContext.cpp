#include "CliContext.h"

#include "model/crypto/PassphraseStrength.h"
#include "model/matching/SkillNormaliser.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#include "KdfChoice.h"
#include "PassphraseReader.h"

namespace
{
    void write(std::FILE *stream, const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stream);
        std::fflush(stream);
    }
} // namespace

CliContext::CliContext(const QCommandLineParser &parser, const QStringList &declared, const QString &argument)
    : m_parser(parser)
    , m_declared(declared)
    , m_argument(argument)
{}

QString CliContext::vaultPath() const
{
    if (isSet(QStringLiteral("vault")))
        return value(QStringLiteral("vault"));
    return qEnvironmentVariable("WAYMARK_VAULT");
}

Result<SecureBytes> CliContext::passphrase(bool confirm)
{
    if (isSet(QStringLiteral("passphrase-file")))
        return PassphraseReader::fromFile(value(QStringLiteral("passphrase-file")));
    SecureBytes fromEnvironment = PassphraseReader::takeFromEnvironment("WAYMARK_PASSPHRASE");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return PassphraseReader::prompt(tr("Passphrase:"), confirm ? tr("Passphrase again:") : QString());
}

Result<SecureBytes> CliContext::judgedAsNew(Result<SecureBytes> read)
{
    if (!read)
        return read;
    // Judged on a copy that lives only for this check, as the app's strength meter judges what is typed.
    const auto estimate = PassphraseStrength::estimate(
        QString::fromUtf8(reinterpret_cast<const char *>(read->data()), qsizetype(read->size())));
    if (!estimate.acceptable())
        return Error{ErrorCode::Invalid,
                     tr("That passphrase is too weak: it is rated “%1”. %2 Nothing was created or changed.")
                         .arg(estimate.label.toLower(), estimate.advice)};
    return read;
}

int CliContext::requireVault() const
{
    const QString path = vaultPath();
    if (path.isEmpty())
        return usage(tr("Say which vault to use with --vault PATH or WAYMARK_VAULT."));
    if (!Vault::looksLikeVault(path))
        return fail(tr("%1 is not a Waymark vault.").arg(path));
    return ExitOk;
}

Result<std::unique_ptr<Vault>> CliContext::openVault()
{
    const QString path = vaultPath();
    if (path.isEmpty())
        return Error{ErrorCode::Invalid, tr("Say which vault to use with --vault PATH or WAYMARK_VAULT.")};
    // Checked before asking for a passphrase, so nobody types one for a folder that is not a vault.
    if (!Vault::looksLikeVault(path))
        return Error{ErrorCode::NotAVault, tr("%1 is not a Waymark vault.").arg(path)};
    auto secret = passphrase();
    if (!secret)
        return secret.error();
    return openVault(secret.value());
}

Result<std::unique_ptr<Vault>> CliContext::openVault(const SecureBytes &passphrase)
{
    const QString path = vaultPath();
    if (path.isEmpty())
        return Error{ErrorCode::Invalid, tr("Say which vault to use with --vault PATH or WAYMARK_VAULT.")};
    if (!Vault::looksLikeVault(path))
        return Error{ErrorCode::NotAVault, tr("%1 is not a Waymark vault.").arg(path)};
    auto vault = Vault::open(path, passphrase);
    if (vault && !vault.value()->canSaveChanges())
        m_openedOnFullDisk = true;
    if (vault && KdfChoice::warnsAbout(vault.value()->keySlotCost())) {
        warn(tr("Warning: this vault's passphrase is protected by a cheaper key derivation than Waymark now uses, "
                "so a stolen copy is easier to break. Run waymark-cli vault passphrase (or vault rekey, which keeps "
                "the passphrase) to strengthen it."));
    }
    return vault;
}

QString CliContext::fullDiskWarning()
{
    return tr("There is no space left on the disk, so changes can't be saved. Reading works; free some space to "
              "save again.");
}

Result<OpenedVault> CliContext::openServices()
{
    auto vault = openVault();
    if (!vault)
        return vault.error();
    OpenedVault opened;
    opened.vault = std::move(vault).value();
    opened.services = std::make_unique<VaultServices>(*opened.vault);
    return opened;
}

Result<Taxonomy> CliContext::taxonomy()
{
    if (vaultPath().isEmpty())
        return Taxonomy::builtIn();
    auto opened = openServices();
    if (!opened)
        return opened.error();
    auto normaliser = opened->services->normaliser();
    if (!normaliser)
        return normaliser.error();
    return normaliser.value()->taxonomy();
}

void CliContext::out(const QString &text) const
{
    write(stdout, text.endsWith(QLatin1Char('\n')) ? text : text + QLatin1Char('\n'));
}

void CliContext::outJson(const QJsonValue &value) const
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    write(stdout, QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

int CliContext::fail(const Error &error) const
{
    return fail(error.message);
}

int CliContext::fail(const QString &message, int exitCode) const
{
    return report(message, exitCode);
}

int CliContext::report(const QString &message, int exitCode)
{
    // One line, always: scripts read stderr line by line.
    QString line = message.simplified();
    write(stderr, QStringLiteral("waymark-cli: ") + line + QLatin1Char('\n'));
    return exitCode;
}

void CliContext::warn(const QString &message) const
{
    write(stderr, QStringLiteral("waymark-cli: ") + message.simplified() + QLatin1Char('\n'));
}

int CliContext::failFields(const Error &error, const QString &kind) const
{
    if (error.code != ErrorCode::Invalid || error.fieldProblems.isEmpty())
        return fail(error);
    const EntityKind *spec = EntitySchema::instance().kind(kind);
    for (auto it = error.fieldProblems.cbegin(); it != error.fieldProblems.cend(); ++it) {
        const FieldSpec *field = spec ? spec->field(it.key()) : nullptr;
        const QString label = field ? field->translatedLabel() : it.key();
        write(stderr,
              QStringLiteral("waymark-cli: ") + tr("%1: %2").arg(label, it.value().simplified()) + QLatin1Char('\n'));
    }
    return ExitFailure;
}

bool CliContext::require(const QString &option, int *exitCode) const
{
    if (isSet(option) && !value(option).isEmpty())
        return true;
    *exitCode = usage(tr("This command needs --%1.").arg(option));
    return false;
}

bool CliContext::fieldAssignments(FieldMap *fields, int *exitCode) const
{
    for (const QString &assignment : values(QStringLiteral("set"))) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *exitCode = usage(tr("--set needs field=value, for example --set postcode=\"CF10 1EP\"."));
            return false;
        }
        fields->insert(assignment.left(equals).trimmed(), assignment.mid(equals + 1));
    }
    return true;
}

bool CliContext::require(std::initializer_list<const char *> options, int *exitCode) const
{
    for (const char *option : options) {
        if (!require(QString::fromLatin1(option), exitCode))
            return false;
    }
    return true;
}
