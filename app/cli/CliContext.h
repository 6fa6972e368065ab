#pragma once

#include "model/core/Result.h"
#include "model/core/SecureBytes.h"
#include "model/matching/Taxonomy.h"
#include "model/session/VaultServices.h"
#include "model/vault/EntitySchema.h"
#include "model/vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <initializer_list>
#include <memory>

/** A vault opened for one command, with the same services the GUI uses (VaultServices). */
struct OpenedVault
{
    std::unique_ptr<Vault> vault;
    // Declared after the vault so it is destroyed first: the services hold the vault.
    std::unique_ptr<VaultServices> services;
};

/**
 * What every command needs: its parsed options and argument, the vault path and passphrase sources, and the
 * output conventions (data on stdout; one "waymark-cli: ..." line on stderr when something fails).
 */
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    enum Exit
    {
        ExitOk = 0,
        ExitFailure = 1,
        ExitUsage = 2,
    };

    /** `declared` names the options the command took; asking about any other is "not set", not a Qt warning. */
    CliContext(const QCommandLineParser &parser, const QStringList &declared, const QString &argument = {});

    bool isSet(const QString &option) const { return m_declared.contains(option) && m_parser.isSet(option); }
    QString value(const QString &option) const { return isSet(option) ? m_parser.value(option) : QString(); }
    QStringList values(const QString &option) const { return isSet(option) ? m_parser.values(option) : QStringList(); }
    /** The command's positional argument (a file or a text), or empty. */
    QString argument() const { return m_argument; }
    /** Every argument, for a command that takes several (CommandSpec::severalArguments). */
    QStringList arguments() const { return m_arguments; }
    void setArguments(const QStringList &arguments) { m_arguments = arguments; }
    bool json() const { return isSet(QStringLiteral("json")); }

    /** --vault, else WAYMARK_VAULT; empty if neither is given. */
    QString vaultPath() const;
    /**
     * For commands that open the vault their own way (check, rekey, passphrase): ExitOk when --vault or
     * WAYMARK_VAULT names a vault; otherwise the exit code, after one line saying why (usage when none is named).
     */
    int requireVault() const;
    /** The current passphrase: --passphrase-file, else WAYMARK_PASSPHRASE, else a prompt (twice if `confirm`). */
    Result<SecureBytes> passphrase(bool confirm = false);
    /**
     * A passphrase for something new (a vault, a key): read as `passphrase(true)` reads, and refused with the same
     * advice the app shows when it is too short or too weak (judgedAsNew).
     */
    Result<SecureBytes> newPassphrase() { return judgedAsNew(passphrase(true)); }
    /** `read` unless it is too short or too weak for a new passphrase, in which case why, in the app's words. */
    static Result<SecureBytes> judgedAsNew(Result<SecureBytes> read);
    /**
     * Opens the vault named on the command line with the current passphrase; warns (one line on stderr) when
     * its key slot has a weaker key derivation than Waymark now uses.
     */
    Result<std::unique_ptr<Vault>> openVault();
    /** openVault() with a passphrase already read (for a command that needs it again afterwards). */
    Result<std::unique_ptr<Vault>> openVault(const SecureBytes &passphrase);
    /**
     * True if a vault opened on a full disk: it reads, but nothing can be saved. A command that succeeds then
     * ends with one line on stderr saying so (CommandRunner), so a read on a full disk is never silent.
     */
    bool openedOnFullDisk() const { return m_openedOnFullDisk; }
    /** The line for that case. */
    static QString fullDiskWarning();
    /** openVault(), with the vault's services: the taxonomy, forms, matching and stores, as the GUI has them. */
    Result<OpenedVault> openServices();
    /**
     * The taxonomy of the vault named on the command line (by VaultServices' policy: an imported one that
     * cannot be read is an error), or the built-in one when no vault is named.
     */
    Result<Taxonomy> taxonomy();

    void out(const QString &text) const;
    void outJson(const QJsonValue &value) const;
    /** Prints the error as one line on stderr; returns ExitFailure. */
    int fail(const Error &error) const;
    int fail(const QString &message, int exitCode = ExitFailure) const;
    /** fail() for when there is no command yet (dispatch and option errors). */
    static int report(const QString &message, int exitCode);
    /** One "waymark-cli: ..." line on stderr for a warning; the command goes on. */
    void warn(const QString &message) const;
    /** For invalid data: one line per field, labelled as the form labels it. */
    int failFields(const Error &error, const QString &kind) const;
    int usage(const QString &message) const { return fail(message, ExitUsage); }
    /** Checks a required option is present; on failure prints the usage line. */
    bool require(const QString &option, int *exitCode) const;
    /** require() for each of `options` in turn: false at the first one missing, with its usage line said. */
    bool require(std::initializer_list<const char *> options, int *exitCode) const;
    /** Adds each --set field=value to `fields`; false (with a usage message in `exitCode`) for one without "=". */
    bool fieldAssignments(FieldMap *fields, int *exitCode) const;

private:
    const QCommandLineParser &m_parser;
    QStringList m_declared;
    QString m_argument;
    QStringList m_arguments;
    bool m_openedOnFullDisk = false;
};
