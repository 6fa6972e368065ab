#include "KdfChoice.h"

#include "CliContext.h"

Result<KdfParams> KdfChoice::fromOption(const CliContext &cli)
{
    const QString name =
        cli.isSet(QStringLiteral("kdf")) ? cli.value(QStringLiteral("kdf")) : QStringLiteral("moderate");
    if (name == QLatin1String("moderate"))
        return KdfParams::moderate();
    if (name == QLatin1String("interactive"))
        return KdfParams::interactive();
#ifdef WAYMARK_CLI_TEST_KDF
    if (name == QLatin1String("minimum"))
        return KdfParams::minimum();
#endif
    return Error{ErrorCode::Invalid, tr("--kdf must be moderate or interactive.")};
}

bool KdfChoice::warnsAbout(const KdfParams &cost)
{
#ifdef WAYMARK_CLI_TEST_KDF
    // The test build made this cost on purpose; the shipped binary's warning is tested with waymark-cli itself.
    if (cost == KdfParams::minimum())
        return false;
#endif
    return cost.isWeak();
}
