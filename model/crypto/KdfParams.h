#pragma once

#include <QString>
#include <QtGlobal>

/** Argon2id cost. Stored in the slot so a later version can raise it at the next passphrase change. */
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    /** ~0.5–1 s and 256 MiB on a 2020s laptop: the default for real vaults. */
    static KdfParams moderate();
    static KdfParams interactive();
    /** libsodium's minimum: for tests and throwaway fixtures only. */
    static KdfParams minimum();
    /** Parses "moderate", "interactive" or "minimum"; moderate for anything else. */
    static KdfParams fromName(const QString &name);
};
