#include "model/core/DateText.h"

#include <QRegularExpression>

namespace
{
    const QRegularExpression &dayFirst()
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$"));
        return re;
    }

    const QRegularExpression &yearFirst()
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
        return re;
    }

    const QRegularExpression &shortYear()
    {
        static const QRegularExpression re(QStringLiteral("^\\d{1,2}([/.\\-])\\d{1,2}\\1\\d{2}(\\s.*)?$"));
        return re;
    }

    const QRegularExpression &clockTime()
    {
        static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
        return re;
    }
} // namespace

QString DateText::dateFormat(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::ShortFormat);
    // A format with "yy" but not "yyyy" gets the four-digit year.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    // What is shown must be what can be typed back: a locale whose short date has month names or puts the
    // month first (the C locale of a bare test machine, say) gets the day/month/year of the UK.
    const QDate probe(2026, 11, 22);
    if (parseDate(locale.toString(probe, format)) != probe)
        format = QStringLiteral("dd/MM/yyyy");
    return format;
}

QString DateText::timeFormat(const QLocale &)
{
    // The 24-hour clock to the minute, as every UK form writes it; seconds mean nothing in a caseload.
    return QStringLiteral("HH:mm");
}

QString DateText::date(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString DateText::dateTime(const QDateTime &when, const QLocale &locale)
{
    if (!when.isValid())
        return {};
    return locale.toString(when, dateFormat(locale) + QLatin1Char(' ') + timeFormat(locale));
}

QString DateText::fromStored(const QString &stored, const QLocale &locale)
{
    const QString value = stored.trimmed();
    if (value.size() == 10) {
        const QDate d = QDate::fromString(value, Qt::ISODate);
        return d.isValid() ? date(d, locale) : stored;
    }
    QDateTime when = QDateTime::fromString(value, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!when.isValid())
        return stored;
    return dateTime(when, locale);
}

QDate DateText::parseDate(const QString &text)
{
    const QString value = text.trimmed();
    if (const auto m = dayFirst().match(value); m.hasMatch())
        return QDate(m.captured(4).toInt(), m.captured(3).toInt(), m.captured(1).toInt());
    if (const auto m = yearFirst().match(value); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    return {};
}

QDateTime DateText::parseDateTime(const QString &text)
{
    QString value = text.trimmed();
    // ISO's "2026-03-27T14:30" as well as a space.
    const qsizetype t = value.indexOf(QLatin1Char('T'));
    if (t == 10)
        value[t] = QLatin1Char(' ');
    const qsizetype space = value.indexOf(QLatin1Char(' '));
    if (space < 0)
        return {};
    const QDate day = parseDate(value.left(space));
    const auto m = clockTime().match(value.mid(space + 1).trimmed());
    if (!day.isValid() || !m.hasMatch())
        return {};
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).isEmpty() ? 0 : m.captured(3).toInt());
    if (!time.isValid())
        return {};
    return QDateTime(day, time);
}

bool DateText::hasShortYear(const QString &text)
{
    return shortYear().match(text.trimmed()).hasMatch();
}
