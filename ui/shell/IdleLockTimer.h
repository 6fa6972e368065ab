#pragma once

#include <QDeadlineTimer>
#include <QObject>
#include <QTimer>

/**
 * Watches the whole application for keyboard and mouse activity and says when it has been idle
 * for the configured time, so the vault can lock itself when the laptop is left alone.
 */
class IdleLockTimer : public QObject
{
    Q_OBJECT

public:
    explicit IdleLockTimer(QObject *parent = nullptr);
    ~IdleLockTimer() override;

    void setTimeoutMinutes(int minutes);
    /** For tests: a timeout in milliseconds. */
    void setTimeoutMillis(int millis);
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    /** Milliseconds left before the timeout, never more than the timeout itself. */
    qint64 remainingMillis() const;
    /** The idle time that locks, in whole minutes rounded up, as the status bar states it. */
    int timeoutMinutes() const { return (m_timeoutMillis + 59999) / 60000; }

Q_SIGNALS:
    void idle();
    /** Started or stopped (an import pauses it), so what the status bar says can follow at once. */
    void activeChanged(bool active);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeoutMillis = 5 * 60 * 1000;
};
