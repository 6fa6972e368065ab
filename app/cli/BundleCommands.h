#pragma once

#include <QByteArray>
#include <QCoreApplication>

#include "Command.h"

// Each class keeps the translation context its messages had before the commands were split (see Commands.h).

/** waymark-cli key generate */
class KeyGenerateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli key export --minisign: from a secret key, a public key (.pub) or the vault's device key */
class KeyExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli key fingerprint FILE.pub */
class KeyFingerprintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli key rotate */
class KeyRotateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KeyCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli trust add FILE.pub */
class TrustAddCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli trust list */
class TrustListCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli trust remove */
class TrustRemoveCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli trust rotate FILE.rotation */
class TrustRotateCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TrustCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** What every bundle build-* command shares: the signing options and signing the payload into --out. */
class BundleBuildCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

protected:
    /** --key, --passphrase-file, --publisher, --sequence, --expires and --out, after the command's own. */
    static void addSigningOptions(CommandSpec &spec);
    static int write(CliContext &cli, int kind, const QByteArray &payload);
};

/** waymark-cli bundle build-vacancies */
class BundleBuildVacanciesCommand : public BundleBuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle build-geodata */
class BundleBuildGeodataCommand : public BundleBuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle build-taxonomy */
class BundleBuildTaxonomyCommand : public BundleBuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle build-courses */
class BundleBuildCoursesCommand : public BundleBuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle build-forms */
class BundleBuildFormsCommand : public BundleBuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle import FILE */
class BundleImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle detach FILE */
class BundleDetachCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};

/** waymark-cli bundle quarantine */
class BundleQuarantineCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BundleCommands)

public:
    void declare(CommandSpec &spec) const override;
    int run(CliContext &cli) override;
};
