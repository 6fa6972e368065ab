#include "model/core/DisplaySafe.h"

namespace
{
    // Here, not only behind isUnsafe(), so the scan of every string a bundle carries is inlined.
    constexpr bool unsafe(char16_t u)
    {
        return u < 0x20 || (u >= 0x7F && u <= 0x9F) || (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069);
    }

    enum class Lines
    {
        Single,
        Multi,
    };

    QString clean(const QString &text, Lines lines)
    {
        // Most text has nothing to remove: return it shared rather than copy every string a bundle carries.
        qsizetype first = 0;
        const char16_t *chars = QStringView(text).utf16();
        while (first < text.size() && !unsafe(chars[first]))
            ++first;
        if (first == text.size())
            return text;

        QString out;
        out.reserve(text.size());
        out.append(QStringView(text).left(first));
        for (qsizetype i = first; i < text.size(); ++i) {
            const QChar c = text.at(i);
            if (!unsafe(c.unicode())) {
                out.append(c);
                continue;
            }
            const char16_t u = c.unicode();
            if (lines == Lines::Multi) {
                if (u == u'\n' || u == u'\t')
                    out.append(c);
                else if (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                    continue; // the LF that follows is kept
            } else if (u == u'\n' || u == u'\t' || u == u'\r') {
                out.append(QLatin1Char(' '));
            }
        }
        return out;
    }
} // namespace

bool DisplaySafe::isUnsafe(QChar c)
{
    return unsafe(c.unicode());
}

QString DisplaySafe::singleLine(const QString &text)
{
    return clean(text, Lines::Single);
}

QString DisplaySafe::multiLine(const QString &text)
{
    return clean(text, Lines::Multi);
}
