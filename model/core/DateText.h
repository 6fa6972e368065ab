#pragma once

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QString>

/**
 * Dates as people read and type them. Stored values are always ISO ("2026-03-27", "2026-03-27 14:30"); on
 * screen they follow the interface's locale with a four-digit year (Qt's Welsh short format has a two-digit
 * one, and "22/11/26" is ambiguous), and people may type day/month/year as they write it, or the ISO form.
 */
namespace DateText
{
    /**
     * The locale's short date format, with the year always in four digits ("dd/MM/yyyy" in en_GB and cy);
     * day/month/year where the locale's form could not be typed back.
     */
    QString dateFormat(const QLocale &locale = QLocale());
    /** "HH:mm" in every locale Waymark speaks. */
    QString timeFormat(const QLocale &locale = QLocale());

    QString date(const QDate &date, const QLocale &locale = QLocale());
    QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());

    /** A stored ISO date or "yyyy-MM-dd HH:mm" value as people read it; text that is neither is returned as is. */
    QString fromStored(const QString &stored, const QLocale &locale = QLocale());

    /**
     * What people type: day/month/year with '/', '.' or '-' between (the year in four digits), or ISO
     * year-month-day. An invalid date when it is neither or is not a real date.
     */
    QDate parseDate(const QString &text);
    /** parseDate() then a time as H:mm or HH:mm (or ISO "T" form); invalid when either part is. */
    QDateTime parseDateTime(const QString &text);
    /** True when the text looks like a day/month/year date with a two-digit year, which is refused as ambiguous. */
    bool hasShortYear(const QString &text);
} // namespace DateText
