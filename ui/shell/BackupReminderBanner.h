#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;

/**
 * A quiet, non-modal reminder in the status bar that the vault has not been backed up for a while, with a
 * "Back up now" button. Whether it is due is BackupReminder's decision; this only shows it.
 */
class BackupReminderBanner : public QWidget
{
    Q_OBJECT

public:
    explicit BackupReminderBanner(QWidget *parent = nullptr);

    /** Shows the reminder for a vault last backed up at `lastBackup` (null: never) as of `now`. */
    void showReminder(const QDateTime &lastBackup, const QDateTime &now);

Q_SIGNALS:
    void backupRequested();

private:
    QLabel *m_text;
};
