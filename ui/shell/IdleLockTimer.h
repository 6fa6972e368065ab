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
    /** Milliseconds left before the timeout, for the status bar. */
    qint64 remainingMillis() const;

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_timeoutMillis = 5 * 60 * 1000;
};
