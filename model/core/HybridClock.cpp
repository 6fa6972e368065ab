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

bool HybridClock::observe(const QString &stamp)
{
    if (check(stamp) != StampCheck::Ok)
        return false;
    const qint64 millis = millisOf(stamp);
    const int counter = stamp.mid(14, 6).toInt();
    if (millis > m_lastMillis || (millis == m_lastMillis && counter > m_counter)) {
        m_lastMillis = millis;
        m_counter = counter;
    }
    return true;
}

bool HybridClock::isDeviceId(const QString &id)
{
    if (id.size() != 16)
        return false;
    for (const QChar c : id) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

bool HybridClock::isWellFormed(const QString &stamp)
{
    if (stamp.size() != 13 + 1 + 6 + 1 + 16 || stamp.at(13) != u'-' || stamp.at(20) != u'-')
        return false;
    for (int i = 0; i < 20; ++i) {
        if (i != 13 && !(stamp.at(i) >= u'0' && stamp.at(i) <= u'9'))
            return false;
    }
    return isDeviceId(stamp.mid(21));
}

HybridClock::StampCheck HybridClock::check(const QString &stamp, qint64 nowMillis)
{
    if (!isWellFormed(stamp))
        return StampCheck::Malformed;
    if (millisOf(stamp) > nowMillis + MaxAheadMillis)
        return StampCheck::TooFarAhead;
    return StampCheck::Ok;
}

HybridClock::StampCheck HybridClock::check(const QString &stamp)
{
    return check(stamp, QDateTime::currentMSecsSinceEpoch());
}

qint64 HybridClock::millisOf(const QString &stamp)
{
    return stamp.left(13).toLongLong();
}
