#pragma once

#include <QString>

/**
 * Disk space the vault keeps for its own audit trail. On a full disk a vault still opens for reading, and the
 * audit entries of what was read wait in memory (DeferredAudit) for space. A short-lived command, such as
 * `waymark-cli person list`, locks the vault before any space comes back; without somewhere to write them, its
 * reads would go unrecorded. So each vault folder holds a file of zeros, made while there is room; at lock, if
 * entries are still waiting, the file is removed and the room it held takes them (issue 13, reliability #5).
 * The file is made again at the next open that has room.
 *
 * It holds no data, only zeros; it is written 0600 like everything else in the folder, and a link in its place
 * is never followed (Vault refuses links among its own files).
 */
class AuditReserve
{
public:
    /** Far more than the entries of any session need: an entry with its index is under 1 KiB of pages. */
    static constexpr qint64 Bytes = 1 << 20;
    static QString fileName();

    /**
     * Makes sure the reserve is there, whole. Quietly leaves it out when there is no room: a full disk must not
     * stop a vault opening, and the next open tries again.
     */
    static void ensure(const QString &vaultPath);
    /** Removes the reserve to give its room to the audit log. False when there was none to remove. */
    static bool release(const QString &vaultPath);
    /** Whether the reserve is there, whole. */
    static bool isInPlace(const QString &vaultPath);
};
