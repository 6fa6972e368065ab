#pragma once

#include "model/core/Result.h"
#include "model/crypto/KdfParams.h"

#include <QCoreApplication>

class CliContext;

/**
 * Which key-derivation costs the command line offers, and which it warns about. Compiled into each executable
 * rather than the command library: waymark-cli offers only the shipped costs (moderate, interactive), while the
 * test build (waymark-cli-test, never installed) is compiled with WAYMARK_CLI_TEST_KDF and also takes "minimum",
 * so the CLI tests stay fast without the shipped binary being able to make a vault that is cheap to attack.
 */
class KdfChoice
{
    Q_DECLARE_TR_FUNCTIONS(KdfChoice)

public:
    /** The cost named by --kdf (moderate when it is not given), or a usage error naming the choices. */
    static Result<KdfParams> fromOption(const CliContext &cli);
    /** Whether a vault opened with a key slot of this cost gets the "strengthen it" warning. */
    static bool warnsAbout(const KdfParams &cost);
};
