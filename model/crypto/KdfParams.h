#pragma once

#include <QtGlobal>

/** Argon2id cost. Stored in the slot so a later version can raise it at the next passphrase change. */
struct KdfParams
{
    quint64 opsLimit = 0;
    quint64 memLimit = 0;

    /** ~0.5–1 s and 256 MiB on a 2020s laptop: the default for real vaults and keys. */
    static KdfParams moderate();
    /** The cheapest cost Waymark offers (for slow machines and the demo): 64 MiB. */
    static KdfParams interactive();
    /**
     * libsodium's minimum (8 KiB, one pass: thousands of guesses a second). For tests and throwaway fixtures
     * only: no shipped command or dialog can choose it, and a vault that has it is warned about and raised.
     */
    static KdfParams minimum();
    /** The cost a weak slot is raised to: the current default. */
    static KdfParams recommended() { return moderate(); }

    /** Cheaper, in time or memory, than the cheapest cost Waymark offers (interactive). */
    bool isWeak() const;
    /** This cost raised to recommended() if it is weak; otherwise unchanged. Never lowers either limit. */
    KdfParams strengthened() const;

    friend bool operator==(const KdfParams &, const KdfParams &) = default;
};
