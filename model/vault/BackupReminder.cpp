#include "model/vault/BackupReminder.h"

#include "model/vault/Database.h"

namespace
{
    const char *const DaysKey = "backup_reminder_days";
    const char *const LastBackupKey = "last_backup_at";
    const char *const CreatedKey = "created_at";

    Status setMeta(Database &db, const char *key, const QString &value)
    {
        Statement stmt = db.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES(?, ?)");
        stmt.bind(1, QString::fromLatin1(key)).bind(2, value);
        return stmt.exec();
    }

    QDateTime parseUtc(const QString &text)
    {
        QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid())
            when = QDateTime::fromString(text, Qt::ISODate);
        return when.isValid() ? when.toUTC() : QDateTime();
    }
} // namespace

BackupReminder::BackupReminder(Database &db)
    : m_db(db)
{}

Result<QString> BackupReminder::meta(const char *key) const
{
    Statement stmt = m_db.prepare("SELECT value FROM meta WHERE key = ?");
    stmt.bind(1, QString::fromLatin1(key));
    if (stmt.next())
        return stmt.text(0);
    // A read error is damage, never "not set".
    if (stmt.failed() || !stmt.isValid())
        return stmt.error();
    return QString();
}

Result<int> BackupReminder::days() const
{
    auto stored = meta(DaysKey);
    if (!stored)
        return stored.error();
    bool ok = false;
    const int days = stored->toInt(&ok);
    if (!ok || days < 0 || days > MaxDays)
        return DefaultDays;
    return days;
}

Status BackupReminder::setDays(int days)
{
    if (days < 0 || days > MaxDays)
        return Error{ErrorCode::Invalid,
                     tr("Choose between 0 and %1 days; 0 turns the backup reminder off.").arg(MaxDays)};
    return setMeta(m_db, DaysKey, QString::number(days));
}

Result<QDateTime> BackupReminder::lastBackup() const
{
    auto stored = meta(LastBackupKey);
    if (!stored)
        return stored.error();
    return parseUtc(stored.value());
}

Status BackupReminder::recordBackup(const QDateTime &when)
{
    return setMeta(m_db, LastBackupKey, when.toUTC().toString(Qt::ISODateWithMs));
}

Result<bool> BackupReminder::isDue(const QDateTime &now) const
{
    auto interval = days();
    if (!interval)
        return interval.error();
    auto last = lastBackup();
    if (!last)
        return last.error();
    auto created = meta(CreatedKey);
    if (!created)
        return created.error();
    return isDue(last.value(), parseUtc(created.value()), interval.value(), now);
}

bool BackupReminder::isDue(const QDateTime &lastBackup, const QDateTime &createdAt, int days, const QDateTime &now)
{
    if (days <= 0)
        return false;
    const QDateTime since = lastBackup.isValid() ? lastBackup : createdAt;
    if (!since.isValid())
        return true;
    return since.addDays(days) <= now;
}
