#include "NoteTokenizer.h"

#include "model/matching/LabelMatcher.h"

#include <QHash>

#include <algorithm>

namespace
{
    bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#');
    }

    bool isApostrophe(QChar c)
    {
        return c == QLatin1Char('\'') || c == QChar(0x2019);
    }

    /** How strongly a character separates the words around it (see NoteToken::breakBefore). */
    int breakStrength(QChar c)
    {
        switch (c.unicode()) {
        case '.':
        case '!':
        case '?':
        case ';':
        case ':':
        case '\n':
        case '\r':
        case 0x2022: // bullet
            return 2;
        case ',':
        case '(':
        case ')':
        case '[':
        case ']':
        case '"':
        case '/':
        case 0x2013: // en dash
        case 0x2014: // em dash
            return 1;
        default:
            return 0;
        }
    }

    /** Bounds the cache on hostile text made of millions of distinct words. */
    constexpr qsizetype MaxCachedKeys = 100000;
} // namespace

QVector<NoteToken> NoteTokenizer::tokenize(const QString &text)
{
    QVector<NoteToken> tokens;
    QHash<QString, QString> keyCache;
    int pendingBreak = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('&')) {
            tokens.append({i, i + 1, QStringLiteral("and"), pendingBreak, false, false, false});
            pendingBreak = 0;
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            pendingBreak = std::max(pendingBreak, breakStrength(c));
            ++i;
            continue;
        }
        const qsizetype start = i;
        QString raw;
        bool hasLower = false;
        bool hasUpper = false;
        bool technical = false;
        while (i < n) {
            const QChar d = text.at(i);
            if (isWordChar(d)) {
                technical = technical || (d.isUpper() && i > start) || d.isDigit() || d == QLatin1Char('#') ||
                            d == QLatin1Char('+');
                raw.append(d);
                hasLower = hasLower || d.isLower();
                hasUpper = hasUpper || d.isUpper();
                ++i;
            } else if (isApostrophe(d) && i + 1 < n && text.at(i + 1).isLetter() && !raw.isEmpty()) {
                ++i; // "doesn't" -> "doesnt", as LabelMatcher::normalise does
            } else {
                break;
            }
        }
        auto cached = keyCache.constFind(raw);
        if (cached == keyCache.constEnd()) {
            QString key = LabelMatcher::variantKey(raw);
            if (keyCache.size() < MaxCachedKeys)
                cached = keyCache.insert(raw, key);
            tokens.append({start, i, key, pendingBreak, hasUpper && !hasLower, text.at(start).isUpper(), technical});
        } else {
            tokens.append(
                {start, i, *cached, pendingBreak, hasUpper && !hasLower, text.at(start).isUpper(), technical});
        }
        pendingBreak = 0;
    }
    return tokens;
}

QStringList NoteTokenizer::keyWords(const QString &phrase)
{
    return LabelMatcher::variantKey(phrase).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool NoteTokenizer::phraseEndsAt(const QVector<NoteToken> &tokens, int at, const QVector<QStringList> &phrases)
{
    for (const QStringList &words : phrases) {
        const int first = at - int(words.size()) + 1;
        if (first < 0)
            continue;
        bool same = true;
        for (int k = 0; k < words.size() && same; ++k) {
            same = tokens.at(first + k).key == words.at(k) && (k == 0 || tokens.at(first + k).breakBefore < 2);
        }
        if (same)
            return true;
    }
    return false;
}

bool NoteTokenizer::phraseStartsAt(const QVector<NoteToken> &tokens, int at, const QVector<QStringList> &phrases)
{
    for (const QStringList &words : phrases) {
        if (at + words.size() > tokens.size())
            continue;
        bool same = true;
        for (int k = 0; k < words.size() && same; ++k)
            same = tokens.at(at + k).key == words.at(k) && (k == 0 || tokens.at(at + k).breakBefore < 2);
        if (same)
            return true;
    }
    return false;
}
