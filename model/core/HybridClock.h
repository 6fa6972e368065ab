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

    /** How far a stamp from elsewhere may run ahead of this device's wall clock: a day. */
    static constexpr qint64 MaxAheadMillis = 24 * 60 * 60 * 1000;

    enum class StampCheck
    {
        Ok,
        Malformed,
        TooFarAhead,
    };

    QString now();
    /**
     * Moves the clock past a stamp seen from elsewhere, so later local stamps sort after it. A stamp check()
     * refuses changes nothing and returns false: one from the year 2286 must not drag this vault's clock along.
     */
    bool observe(const QString &stamp);
    const QString &deviceId() const { return m_deviceId; }

    static qint64 millisOf(const QString &stamp);
    /** A device id as vaults make them: 16 lower-case hex digits. */
    static bool isDeviceId(const QString &id);
    /**
     * Strictly `millis-counter-device`: 13 digits, a dash, 6 digits, a dash, a device id, nothing else. Stamps
     * sort as strings, so anything looser (`~~~~`) could beat every real change.
     */
    static bool isWellFormed(const QString &stamp);
    /** Well formed, and no more than MaxAheadMillis ahead of `nowMillis` (this device's wall clock). */
    static StampCheck check(const QString &stamp, qint64 nowMillis);
    static StampCheck check(const QString &stamp);

private:
    QString m_deviceId;
    qint64 m_lastMillis = 0;
    int m_counter = 0;
};
