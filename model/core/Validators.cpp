#include "model/core/Validators.h"

#include "model/core/DateText.h"

#include <QRegularExpression>

namespace
{
    QString squeeze(const QString &input)
    {
        QString out;
        out.reserve(input.size());
        for (QChar c : input) {
            if (!c.isSpace())
                out.append(c.toUpper());
        }
        return out;
    }

    Validators::Outcome good(const QString &canonical)
    {
        return {true, canonical, {}};
    }

    Validators::Outcome bad(const QString &message)
    {
        return {false, {}, message};
    }
} // namespace

Validators::Outcome Validators::niNumber(const QString &input)
{
    static const QRegularExpression shape(QStringLiteral("^([A-Z]{2})([0-9]{6})([A-D])$"));
    const QString value = squeeze(input);
    const auto match = shape.match(value);
    const QString message =
        tr("This National Insurance number should look like QQ 12 34 56 C: two letters, six digits, then A, B, C "
           "or D.");
    if (!match.hasMatch())
        return bad(message);
    // HMRC never issues these letters or prefixes (temporary and administrative numbers).
    const QString prefix = match.captured(1);
    static const QString neverFirst = QStringLiteral("DFIQUV");
    static const QString neverSecond = QStringLiteral("DFIQUVO");
    static const QStringList neverPrefix = {QStringLiteral("BG"),
                                            QStringLiteral("GB"),
                                            QStringLiteral("KN"),
                                            QStringLiteral("NK"),
                                            QStringLiteral("NT"),
                                            QStringLiteral("TN"),
                                            QStringLiteral("ZZ")};
    if (neverFirst.contains(prefix.at(0)) || neverSecond.contains(prefix.at(1)) || neverPrefix.contains(prefix)) {
        return bad(
            tr("%1 is not a prefix used for National Insurance numbers. Check the first two letters.").arg(prefix));
    }
    return good(value);
}

QString Validators::formatNiNumber(const QString &canonical)
{
    if (canonical.size() != 9)
        return canonical;
    return canonical.left(2) + QLatin1Char(' ') + canonical.mid(2, 2) + QLatin1Char(' ') + canonical.mid(4, 2) +
           QLatin1Char(' ') + canonical.mid(6, 2) + QLatin1Char(' ') + canonical.right(1);
}

Validators::Outcome Validators::postcode(const QString &input)
{
    static const QRegularExpression shape(
        QStringLiteral("^(GIR0AA|[A-PR-UWYZ][0-9][0-9]?[0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?[0-9]["
                       "ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][0-9][A-HJKPSTUW][0-9][ABD-HJLNP-UW-Z]{2}|[A-PR-UWYZ][A-HK-Y][0-"
                       "9][ABEHMNPRVWXY][0-9][ABD-HJLNP-UW-Z]{2})$"));
    const QString value = squeeze(input);
    if (!shape.match(value).hasMatch())
        return bad(tr("This postcode should look like LS1 4AP or CF10 1EP. Check it and try again."));
    return good(value.left(value.size() - 3) + QLatin1Char(' ') + value.right(3));
}

Validators::Outcome Validators::outcode(const QString &input)
{
    static const QRegularExpression shape(QStringLiteral("^[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-Z]?$"));
    const QString value = squeeze(input);
    if (shape.match(value).hasMatch())
        return good(value);
    const Outcome full = postcode(input);
    if (full.valid)
        return good(full.canonical.section(QLatin1Char(' '), 0, 0));
    return bad(tr("This should be a postcode such as LS1 4AP, or the first part of one such as LS1."));
}

namespace
{
    QString dateMessage(const QString &value)
    {
        if (DateText::hasShortYear(value))
            return Validators::tr("Write the year in full, for example 27/3/2026.");
        return Validators::tr("Enter a real date, for example 27/3/2026.");
    }
} // namespace

Validators::Outcome Validators::isoDate(const QString &input)
{
    const QString value = input.trimmed();
    const QDate date = QDate::fromString(value, Qt::ISODate);
    if (!date.isValid() || value.size() != 10)
        return bad(dateMessage(value));
    return good(date.toString(Qt::ISODate));
}

Validators::Outcome Validators::date(const QString &input)
{
    const QDate date = DateText::parseDate(input);
    if (!date.isValid())
        return bad(dateMessage(input));
    return good(date.toString(Qt::ISODate));
}

Validators::Outcome Validators::dateTime(const QString &input)
{
    const QDateTime when = DateText::parseDateTime(input);
    if (!when.isValid()) {
        if (DateText::hasShortYear(input))
            return bad(tr("Write the year in full, for example 27/3/2026 14:30."));
        return bad(tr("Enter a real date and time, for example 27/3/2026 14:30."));
    }
    return good(when.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

Validators::Outcome Validators::email(const QString &input)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    const QString value = input.trimmed();
    if (!shape.match(value).hasMatch())
        return bad(tr("This email address should look like name@example.co.uk."));
    return good(value);
}

Validators::Outcome Validators::ukPhone(const QString &input)
{
    QString digits;
    for (QChar c : input) {
        if (c.isDigit())
            digits.append(c);
        else if (!c.isSpace() && c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('(') &&
                 c != QLatin1Char(')'))
            return bad(tr("This phone number should contain only digits, spaces and a leading +, like 07700 900123."));
    }
    if (input.trimmed().startsWith(QLatin1Char('+'))) {
        if (!digits.startsWith(QLatin1String("44")))
            return good(QLatin1Char('+') + digits); // international numbers are kept as typed
        digits = QLatin1Char('0') + digits.mid(2);
    }
    if (!digits.startsWith(QLatin1Char('0')) || digits.size() < 10 || digits.size() > 11)
        return bad(tr("This phone number should have 10 or 11 digits and start with 0, like 07700 900123."));
    return good(digits);
}

Validators::Outcome Validators::decimal(const QString &input, double minimum, double maximum)
{
    bool ok = false;
    const double value = input.trimmed().toDouble(&ok);
    if (!ok || value < minimum || value > maximum)
        return bad(tr("This should be a number from %1 to %2.").arg(minimum).arg(maximum));
    return good(QString::number(value));
}

Validators::Outcome Validators::integer(const QString &input, qint64 minimum, qint64 maximum)
{
    bool ok = false;
    const qint64 value = input.trimmed().toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        return bad(tr("This should be a whole number from %1 to %2.").arg(minimum).arg(maximum));
    return good(QString::number(value));
}
