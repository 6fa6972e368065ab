#include "model/core/HybridClock.h"

#include <QDateTime>

HybridClock::HybridClock(QString deviceId)
    : m_deviceId(std::move(deviceId))
{}

QString HybridClock::now()
{
    const qint64 wall = QDateTime::currentMSecsSinceEpoch();
    if (wall > m_lastMillis) {
        m_lastMillis = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return QStringLiteral("%1-%2-%3")
        .arg(m_lastMillis, 13, 10, QLatin1Char('0'))
        .arg(m_counter, 6, 10, QLatin1Char('0'))
        .arg(m_deviceId);
}

void HybridClock::observe(const QString &stamp)
{
    const qint64 millis = millisOf(stamp);
    const int counter = stamp.mid(14, 6).toInt();
    if (millis > m_lastMillis || (millis == m_lastMillis && counter > m_counter)) {
        m_lastMillis = millis;
        m_counter = counter;
    }
}

qint64 HybridClock::millisOf(const QString &stamp)
{
    return stamp.left(13).toLongLong();
}
