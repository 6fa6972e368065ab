#pragma once

#include <QString>

/**
 * A hybrid logical clock: wall-clock milliseconds plus a counter, tagged with the device.
 * Its stamps sort as strings, so "last writer wins" is a string comparison when devices merge.
 */
class HybridClock
{
public:
    explicit HybridClock(QString deviceId = {});

    QString now();
    /** Moves the clock past a stamp seen from elsewhere, so later local stamps sort after it. */
    void observe(const QString &stamp);
    const QString &deviceId() const { return m_deviceId; }

    static qint64 millisOf(const QString &stamp);

private:
    QString m_deviceId;
    qint64 m_lastMillis = 0;
    int m_counter = 0;
};
