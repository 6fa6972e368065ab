#include "ui/shell/IdleLockTimer.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

IdleLockTimer::IdleLockTimer(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLockTimer::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleLockTimer::~IdleLockTimer()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLockTimer::setTimeoutMinutes(int minutes)
{
    setTimeoutMillis(std::max(1, minutes) * 60 * 1000);
}

void IdleLockTimer::setTimeoutMillis(int millis)
{
    m_timeoutMillis = millis;
    if (m_timer.isActive())
        m_timer.start(m_timeoutMillis);
}

void IdleLockTimer::start()
{
    const bool was = m_timer.isActive();
    m_timer.start(m_timeoutMillis);
    if (!was)
        Q_EMIT activeChanged(true);
}

void IdleLockTimer::stop()
{
    const bool was = m_timer.isActive();
    m_timer.stop();
    if (was)
        Q_EMIT activeChanged(false);
}

qint64 IdleLockTimer::remainingMillis() const
{
    // A coarse timer may fire up to 5% late, and says so in its remaining time; people set whole minutes.
    return m_timer.isActive() ? std::min<qint64>(m_timer.remainingTime(), m_timeoutMillis) : 0;
}

bool IdleLockTimer::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive())
            m_timer.start(m_timeoutMillis);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
