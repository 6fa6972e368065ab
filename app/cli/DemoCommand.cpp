#include "model/demo/DemoCaseload.h"
#include "model/demo/DemoEmployers.h"
#include "model/demo/DemoOutreach.h"
#include "model/demo/DemoYouth.h"
#include "model/vault/Vault.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

#include "CliContext.h"
#include "CliOptions.h"
#include "Commands.h"
#include "KdfChoice.h"

void DemoCommand::declare(CommandSpec &spec) const
{
    spec.options = {CliOptions::vault(),
                    CliOptions::passphraseFile(),
                    CliOptions::option("people",
                                       QT_TRANSLATE_NOOP("waymark-cli", "How many people to generate."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "n")),
                    CliOptions::option(
                        "vacancies",
                        QT_TRANSLATE_NOOP("waymark-cli", "Also add this many synthetic vacancies in the demo towns."),
                        QT_TRANSLATE_NOOP("waymark-cli", "n")),
                    CliOptions::option("seed",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Random seed (same seed, same caseload)."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "n")),
                    CliOptions::option("owner",
                                       QT_TRANSLATE_NOOP("waymark-cli", "Who keeps the vault."),
                                       QT_TRANSLATE_NOOP("waymark-cli", "name")),
                    CliOptions::kdf(),
                    CliOptions::json()};
}

int DemoCommand::run(CliContext &cli)
{
    const QString path = cli.vaultPath();
    if (path.isEmpty())
        return cli.usage(tr("Say which vault to fill with --vault PATH."));
    bool ok = false;
    const int people = cli.isSet(QStringLiteral("people")) ? cli.value(QStringLiteral("people")).toInt(&ok) : 100;
    if (cli.isSet(QStringLiteral("people")) && (!ok || people < 0 || people > 1000000))
        return cli.usage(tr("--people must be a whole number from 0 to 1000000."));
    const quint32 seed = cli.isSet(QStringLiteral("seed")) ? cli.value(QStringLiteral("seed")).toUInt(&ok) : 1;
    if (cli.isSet(QStringLiteral("seed")) && !ok)
        return cli.usage(tr("--seed must be a whole number."));
    const int vacancies =
        cli.isSet(QStringLiteral("vacancies")) ? cli.value(QStringLiteral("vacancies")).toInt(&ok) : 0;
    if (cli.isSet(QStringLiteral("vacancies")) && (!ok || vacancies < 0 || vacancies > 1000000))
        return cli.usage(tr("--vacancies must be a whole number from 0 to 1000000."));
    const auto kdf = KdfChoice::fromOption(cli);
    if (!kdf)
        return cli.usage(kdf.error().message);

    QElapsedTimer timer;
    timer.start();
    std::unique_ptr<Vault> vault;
    if (Vault::looksLikeVault(path)) {
        auto opened = cli.openVault();
        if (!opened)
            return cli.fail(opened.error());
        vault = std::move(opened.value());
    } else {
        auto passphrase = cli.newPassphrase();
        if (!passphrase)
            return cli.fail(passphrase.error());
        VaultOptions options;
        options.kdf = kdf.value();
        options.ownerName = cli.isSet(QStringLiteral("owner")) ? cli.value(QStringLiteral("owner")) : tr("Demo coach");
        auto created = Vault::create(path, passphrase.value(), options);
        if (!created)
            return cli.fail(created.error());
        vault = std::move(created.value());
    }

    // Progress only where someone is watching; redirected output stays clean.
    const bool showProgress = isatty(STDERR_FILENO) && !cli.json();
    const auto progress = [&](int done) {
        if (showProgress && (done % 500 == 0 || done == people))
            std::fprintf(stderr, "\r%d / %d", done, people);
    };
    if (auto status = DemoCaseload::generate(*vault, people, seed, progress); !status)
        return cli.fail(status.error());
    if (showProgress)
        std::fprintf(stderr, "\n");
    // Partners, outreach sessions and referrals, so the outreach screens show something on first open.
    if (people > 0) {
        if (auto status = DemoOutreach::generate(*vault, seed); !status)
            return cli.fail(status.error());
        // Young people in the youth guarantee's band in every state, so its view shows something real too.
        if (auto status = DemoYouth::generate(*vault, seed); !status)
            return cli.fail(status.error());
    }
    if (vacancies > 0) {
        if (auto status = DemoCaseload::addVacancies(*vault, vacancies, seed); !status)
            return cli.fail(status.error());
    }
    // Employers (own ones, and those the demo vacancies name), engagements and people put forward.
    if (people > 0) {
        if (auto status = DemoEmployers::generate(*vault, seed); !status)
            return cli.fail(status.error());
    }
    vault.reset(); // lock, so the time includes closing the database
    const double seconds = double(timer.elapsed()) / 1000.0;
    if (cli.json()) {
        cli.outJson(QJsonObject{{QStringLiteral("people"), people}, {QStringLiteral("seconds"), seconds}});
    } else {
        cli.out(tr("Added %n synthetic people in %1 s.", nullptr, people).arg(seconds, 0, 'f', 1));
    }
    return CliContext::ExitOk;
}
