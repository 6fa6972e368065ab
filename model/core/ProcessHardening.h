#pragma once

namespace ProcessHardening
{
    /**
     * Keeps personal data out of crash output and other processes: no core dumps, no ptrace
     * attach by other processes of the same user, and files created private to the user (umask 077).
     */
    void apply();
} // namespace ProcessHardening
