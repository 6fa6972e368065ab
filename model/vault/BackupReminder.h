#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

/**
 * When this vault was last backed up, after how many days without a backup its keeper wants reminding, and
 * whether that reminder is due. Both live in the vault's meta table (`last_backup_at`, `backup_reminder_days`),
 * so they travel with the vault and need no schema change. The decision is here; the GUI only shows it.
 */
class BackupReminder
{
    Q_DECLARE_TR_FUNCTIONS(BackupReminder)

public:
    static constexpr int DefaultDays = 7;
    static constexpr int MaxDays = 365;

    explicit BackupReminder(Database &db);

    /** Days without a backup before a reminder; 0 means never remind. DefaultDays when never set. */
    Result<int> days() const;
    /** Stores the number of days (0 to MaxDays); anything else is refused and nothing changes. */
    Status setDays(int days);
    /** When the last backup of this vault was made; a null QDateTime when there has never been one. */
    Result<QDateTime> lastBackup() const;
    /** Notes a backup made at `when`, inside the caller's transaction if there is one. */
    Status recordBackup(const QDateTime &when);
    /** Whether to remind now, from what the vault holds. */
    Result<bool> isDue(const QDateTime &now) const;

    /**
     * The rule: never when `days` is 0 or less; otherwise when `days` whole days have passed since the last
     * backup or, when there has been none, since the vault was made (a vault whose making is not recorded is
     * due at once).
     */
    static bool isDue(const QDateTime &lastBackup, const QDateTime &createdAt, int days, const QDateTime &now);

private:
    Result<QString> meta(const char *key) const;

    Database &m_db;
};
