#include "ui/shell/IdleLockTimer.h"

#include <QCoreApplication>
#include <QEvent>

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
    m_timer.start(m_timeoutMillis);
}

void IdleLockTimer::stop()
{
    m_timer.stop();
}

qint64 IdleLockTimer::remainingMillis() const
{
    return m_timer.isActive() ? m_timer.remainingTime() : 0;
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
