#include "NoteTimeFinder.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace
{
    int monthNumber(const QString &name)
    {
        static const QStringList months = {
            QStringLiteral("jan"),
            QStringLiteral("feb"),
            QStringLiteral("mar"),
            QStringLiteral("apr"),
            QStringLiteral("may"),
            QStringLiteral("jun"),
            QStringLiteral("jul"),
            QStringLiteral("aug"),
            QStringLiteral("sep"),
            QStringLiteral("oct"),
            QStringLiteral("nov"),
            QStringLiteral("dec"),
        };
        return int(months.indexOf(name.left(3).toLower())) + 1;
    }

    int weekdayNumber(const QString &name)
    {
        static const QStringList days = {
            QStringLiteral("mon"),
            QStringLiteral("tue"),
            QStringLiteral("wed"),
            QStringLiteral("thu"),
            QStringLiteral("fri"),
            QStringLiteral("sat"),
            QStringLiteral("sun"),
        };
        return int(days.indexOf(name.left(3).toLower())) + 1;
    }

    /** "three" -> 3, "18" -> 18, "a couple of" -> 2; 0 when not a number. */
    int numberValue(const QString &text)
    {
        static const QHash<QString, int> words = [] {
            QHash<QString, int> map;
            const char *names[] = {"zero",     "one",     "two",     "three",     "four",     "five",     "six",
                                   "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
                                   "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
            for (int i = 0; i <= 20; ++i)
                map.insert(QString::fromLatin1(names[i]), i);
            map.insert(QStringLiteral("thirty"), 30);
            map.insert(QStringLiteral("forty"), 40);
            map.insert(QStringLiteral("fifty"), 50);
            map.insert(QStringLiteral("a"), 1);
            map.insert(QStringLiteral("an"), 1);
            map.insert(QStringLiteral("a couple of"), 2);
            map.insert(QStringLiteral("couple of"), 2);
            map.insert(QStringLiteral("a few"), 3);
            return map;
        }();
        const QString t = text.simplified().toLower();
        bool ok = false;
        const int n = t.toInt(&ok);
        if (ok)
            return n;
        return words.value(t, 0);
    }

    /** The year for a day and month given without one: the occurrence nearest `today`. */
    QDate nearestDate(int day, int month, QDate today)
    {
        QDate best;
        for (int year = today.year() - 1; year <= today.year() + 1; ++year) {
            const QDate d(year, month, day);
            if (!d.isValid())
                continue;
            if (!best.isValid() || std::abs(d.daysTo(today)) < std::abs(best.daysTo(today)))
                best = d;
        }
        return best;
    }

    /** Marks a span as used; false when part of it already was (the span is then not used). */
    bool claim(QVector<bool> &taken, qsizetype start, qsizetype length)
    {
        for (qsizetype i = start; i < start + length; ++i) {
            if (taken.at(i))
                return false;
        }
        for (qsizetype i = start; i < start + length; ++i)
            taken[i] = true;
        return true;
    }

    const QString MonthPattern =
        QStringLiteral("(january|february|march|april|may|june|july|august|september|october|november|december|"
                       "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b");

    constexpr double PatternConfidence = ExtractedSuggestion::PatternConfidence;
    constexpr double FullTimeHours = 37.5;
    constexpr double MaxWeeklyHours = 60;
} // namespace

NoteTimeFinder::NoteTimeFinder(QDate today)
    : m_today(today.isValid() ? today : QDate::currentDate())
{}

void NoteTimeFinder::findHours(const QString &text, QVector<ExtractedSuggestion> &out) const
{
    static const QRegularExpression range(
        QStringLiteral(
            "\\b(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:-|\u2013|to|and|or|i|neu|a)\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*"
            "(?:hours?|hrs?|h|awr|o oriau)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    // Welsh beside English: "16 awr yr wythnos", "20 o oriau", "llawn amser".
    static const QRegularExpression single(
        QStringLiteral("\\b(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:hours?|hrs?|awr|o oriau)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression perWeek(
        QStringLiteral("\\b(?:do|work|manage|max(?:imum)?|up to|about|around)\\s+(\\d{1,2})\\s+(?:a|per)\\s+week\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fullTime(QStringLiteral("\\b(?:full[\\s-]?time|llawn[\\s-]?amser)\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notWeekly(
        QStringLiteral("^\\s*(?:a day|per day|each day|daily|a night|per night|shifts?|notice|ago|sleep|later|before|"
                       "after|at a time|a shift|per shift|long|each way|on my feet|standing|walking|travel|"
                       "y dydd|bob dydd|y diwrnod|y noson|bob nos|y shifft|o rybudd|yn ôl|o gwsg|o deithio|"
                       "bob ffordd|ar fy nhraed|ar ei draed|ar ei thraed)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekly(
        QStringLiteral("^\\s*(?:a week|per week|pw|p/w|weekly|yr wythnos|bob wythnos|pob wythnos|yr wsnos)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression forBefore(QStringLiteral("\\b(?:for|in|within|than)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fullTimeNegated(
        QStringLiteral("\\b(?:not|no|cant|can't|cannot|can\u2019t|unable to|too much|never|dim|ddim|nid|methu|heb|"
                       "gormod)\\b[^.;,]{0,15}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fullTimeNotHours(
        QStringLiteral("^\\s*(?:carer|student|education|course|study|studying|mum|dad|parent|college|university|"
                       "uni|care|gofalwr|myfyriwr|addysg|cwrs|coleg|prifysgol|mam|tad|rhiant)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    QVector<bool> taken(text.size(), false);
    const auto add = [&](double hours, qsizetype start, qsizetype length) {
        if (hours <= 0 || hours > MaxWeeklyHours || !claim(taken, start, length))
            return;
        ExtractedSuggestion s;
        s.kind = ExtractedSuggestion::Kind::Hours;
        s.value = QString::number(hours);
        s.start = start;
        s.length = length;
        s.confidence = PatternConfidence;
        out.append(s);
    };
    const auto plausible = [&](const QRegularExpressionMatch &m) {
        const QString after = text.mid(m.capturedEnd(), 20);
        if (notWeekly.match(after).hasMatch())
            return false;
        const QString before =
            text.mid(std::max<qsizetype>(0, m.capturedStart() - 10), std::min<qsizetype>(10, m.capturedStart()));
        return !forBefore.match(before).hasMatch() || weekly.match(after).hasMatch();
    };
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (plausible(m))
            add(m.captured(2).toDouble(), m.capturedStart(), m.capturedLength());
    }
    for (auto it = single.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (plausible(m))
            add(m.captured(1).toDouble(), m.capturedStart(), m.capturedLength());
    }
    for (auto it = perWeek.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(m.captured(1).toDouble(), m.capturedStart(1), m.capturedEnd() - m.capturedStart(1));
    }
    for (auto it = fullTime.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString before =
            text.mid(std::max<qsizetype>(0, m.capturedStart() - 30), std::min<qsizetype>(30, m.capturedStart()));
        if (fullTimeNegated.match(before).hasMatch() ||
            fullTimeNotHours.match(text.mid(m.capturedEnd(), 20)).hasMatch())
            continue;
        add(FullTimeHours, m.capturedStart(), m.capturedLength());
    }
}

void NoteTimeFinder::findDates(const QString &text, QVector<ExtractedSuggestion> &out) const
{
    static const QRegularExpression sinceMonth(
        QStringLiteral("\\bsince\\s+(?:(?:the\\s+)?(?:start|beginning|end|middle)\\s+of\\s+)?") + MonthPattern +
            QStringLiteral("(?:\\s+((?:19|20)\\d{2})\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sinceYear(QStringLiteral("\\bsince\\s+((?:19|20)\\d{2})\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sinceChristmas(QStringLiteral("\\bsince\\s+(?:last\\s+)?(?:christmas|xmas)\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayMonth(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?") +
                                                 MonthPattern + QStringLiteral("(?:,?\\s+((?:19|20)\\d{2})\\b)?"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDay(
        QStringLiteral("\\b(january|february|march|april|june|july|august|september|october|november|december)"
                       "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:hours?|hrs?|weeks?|days?|months?|years?|%))"
                       "(?:,?\\s+((?:19|20)\\d{2})\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b"));
    static const QRegularExpression tomorrow(QStringLiteral("\\btomorrow\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nextWeekday(
        QStringLiteral("\\b(?:next|this|this coming|coming)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|"
                       "sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    QVector<bool> taken(text.size(), false);
    const auto add = [&](const QString &value, qsizetype start, qsizetype length) {
        if (!claim(taken, start, length))
            return;
        ExtractedSuggestion s;
        s.kind = ExtractedSuggestion::Kind::Date;
        s.value = value;
        s.start = start;
        s.length = length;
        s.confidence = PatternConfidence;
        out.append(s);
    };
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };

    for (auto it = sinceMonth.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int month = monthNumber(m.captured(1));
        int year = m.captured(2).toInt();
        if (year == 0)
            year = month <= m_today.month() ? m_today.year() : m_today.year() - 1;
        add(QStringLiteral("since:%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')),
            m.capturedStart(),
            m.capturedLength());
    }
    for (auto it = sinceYear.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int year = m.captured(1).toInt();
        if (year <= m_today.year())
            add(QStringLiteral("since:%1").arg(year), m.capturedStart(), m.capturedLength());
    }
    for (auto it = sinceChristmas.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int year = m_today >= QDate(m_today.year(), 12, 25) ? m_today.year() : m_today.year() - 1;
        add(QStringLiteral("since:%1-12").arg(year), m.capturedStart(), m.capturedLength());
    }
    for (auto it = dayMonth.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int day = m.captured(1).toInt();
        const int month = monthNumber(m.captured(2));
        const int year = m.captured(3).toInt();
        // "may" is a verb more often than a month: "12 may be" is not a date.
        if (m.captured(2).compare(QLatin1String("may"), Qt::CaseInsensitive) == 0 && m.captured(3).isEmpty() &&
            text.mid(m.capturedEnd(), 4).trimmed().startsWith(QLatin1String("be")))
            continue;
        const QDate d = year ? QDate(year, month, day) : nearestDate(day, month, m_today);
        if (d.isValid())
            add(iso(d), m.capturedStart(), m.capturedLength());
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int month = monthNumber(m.captured(1));
        const int day = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        const QDate d = year ? QDate(year, month, day) : nearestDate(day, month, m_today);
        if (d.isValid())
            add(iso(d), m.capturedStart(), m.capturedLength());
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        const QDate d(year, m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid() && year >= 1950 && year <= m_today.year() + 10)
            add(iso(d), m.capturedStart(), m.capturedLength());
    }
    for (auto it = tomorrow.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(iso(m_today.addDays(1)), m.capturedStart(), m.capturedLength());
    }
    for (auto it = nextWeekday.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int weekday = weekdayNumber(m.captured(1));
        int ahead = (weekday - m_today.dayOfWeek() + 7) % 7;
        if (ahead == 0)
            ahead = 7;
        add(iso(m_today.addDays(ahead)), m.capturedStart(), m.capturedLength());
    }
}

void NoteTimeFinder::findDurations(const QString &text, QVector<ExtractedSuggestion> &out) const
{
    static const QRegularExpression amount(
        QStringLiteral("\\b(\\d{1,3}|a couple of|couple of|an|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                       "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                       "forty|fifty)\\s*\\+?\\s*(?:-\\s*)?(years?|yrs?|months?|mths?|weeks?|wks?|days?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prefix(
        QStringLiteral("\\b(?:for|over|last|past|next|nearly|almost|spent|another)\\b(?:\\s+(?:the|a|about|around|"
                       "nearly|almost|over|just|roughly|approx|approximately|another|last|past|next|well|good))*\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression afterPrefix(
        QStringLiteral("\\bafter\\s+(?:about\\s+|nearly\\s+|almost\\s+|over\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(
        QStringLiteral("^(?:'|\u2019)?\\s*(?:of\\s+)?(?:experience|exp\\b|out of work|unemployed|off work|off sick|"
                       "at\\b|as an?\\b|in the (?:job|role|trade|industry|army|forces|navy|raf|military|police)|"
                       "in (?:retail|care|hospitality|construction|security|admin|catering|logistics)\\b|working)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression outOfWork(
        QStringLiteral("^\\s*(?:out of work|unemployed|off|away|of unemployment)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression perUnit(
        QStringLiteral("(?:\\d|\\b(?:hours?|hrs?|times|shifts?|days?|once|twice|per|nights?|mornings?))\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rejected(
        QStringLiteral("^\\s*(?:ago|old|time|later|before|notice|'s time|\u2019s time)"),
        QRegularExpression::CaseInsensitiveOption);

    for (auto it = amount.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int n = numberValue(m.captured(1));
        if (n <= 0 || n > 99)
            continue;
        const QString after = text.mid(m.capturedEnd(), 30);
        if (rejected.match(after).hasMatch())
            continue;
        qsizetype beforeStart = std::max<qsizetype>(0, m.capturedStart() - 40);
        QString before = text.mid(beforeStart, m.capturedStart() - beforeStart);
        // Only the same clause counts.
        const qsizetype cut = std::max({before.lastIndexOf(QLatin1Char('.')),
                                        before.lastIndexOf(QLatin1Char(';')),
                                        before.lastIndexOf(QLatin1Char(',')),
                                        before.lastIndexOf(QLatin1Char('\n'))});
        if (cut >= 0)
            before = before.mid(cut + 1);
        // "16 hours a week", "twice a week": a rate, not a duration.
        if (numberValue(m.captured(1)) == 1 && !m.captured(1).at(0).isDigit() && perUnit.match(before).hasMatch())
            continue;
        const bool accepted = prefix.match(before).hasMatch() ||
                              (afterPrefix.match(before).hasMatch() && outOfWork.match(after).hasMatch()) ||
                              suffix.match(after).hasMatch();
        if (!accepted)
            continue;
        const QChar unit = m.captured(2).at(0).toUpper();
        const QString value = QStringLiteral("P%1%2").arg(n).arg(unit == QLatin1Char('Y')   ? QLatin1Char('Y')
                                                                 : unit == QLatin1Char('M') ? QLatin1Char('M')
                                                                 : unit == QLatin1Char('W') ? QLatin1Char('W')
                                                                                            : QLatin1Char('D'));
        ExtractedSuggestion s;
        s.kind = ExtractedSuggestion::Kind::Duration;
        s.value = value;
        s.start = m.capturedStart();
        s.length = m.capturedLength();
        s.confidence = PatternConfidence;
        out.append(s);
    }
}
