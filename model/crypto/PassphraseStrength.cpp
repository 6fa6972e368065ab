#include "model/crypto/PassphraseStrength.h"

#include <QSet>
#include <QStringList>

#include <cmath>

namespace
{
    bool isVeryCommon(const QString &lower)
    {
        static const QStringList common = {
            QStringLiteral("password"),
            QStringLiteral("passw0rd"),
            QStringLiteral("qwerty"),
            QStringLiteral("letmein"),
            QStringLiteral("welcome"),
            QStringLiteral("iloveyou"),
            QStringLiteral("123456"),
            QStringLiteral("abc123"),
            QStringLiteral("monkey"),
            QStringLiteral("football"),
            QStringLiteral("dragon"),
            QStringLiteral("sunshine"),
            QStringLiteral("jobcentre"),
            QStringLiteral("waymark"),
            QStringLiteral("cymru"),
        };
        for (const QString &word : common) {
            if (lower.contains(word))
                return true;
        }
        return false;
    }
} // namespace

PassphraseStrength::Estimate PassphraseStrength::estimate(const QString &passphrase)
{
    Estimate e;
    if (passphrase.size() < MinimumLength) {
        e.level = Level::TooShort;
        e.label = tr("Too short");
        e.advice = tr("Use at least %n characters. A few unrelated words together work well.", nullptr, MinimumLength);
        return e;
    }

    bool lower = false, upper = false, digit = false, other = false;
    QSet<QChar> distinct;
    int runs = 0;
    for (int i = 0; i < passphrase.size(); ++i) {
        const QChar c = passphrase.at(i);
        distinct.insert(c);
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
        if (i > 0 && (c == passphrase.at(i - 1) || c.unicode() == passphrase.at(i - 1).unicode() + 1))
            ++runs;
    }
    const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    // Repeats and sequences ("aaaa", "1234") add almost nothing, so count only the characters outside them.
    const int effectiveLength = std::max(1, int(passphrase.size()) - runs);
    e.bits = effectiveLength * std::log2(std::max(pool, 2)) * std::min(1.0, distinct.size() / 8.0);
    // People choose words, not random letters: a word is worth about as much as a pick from a
    // 8,000-word list (13 bits), however many letters it has.
    double wordBits = 0;
    int letters = 0;
    for (int i = 0; i <= passphrase.size(); ++i) {
        const QChar c = i < passphrase.size() ? passphrase.at(i) : QChar(u' ');
        if (c.isLetter()) {
            ++letters;
            continue;
        }
        if (letters > 0)
            wordBits += letters >= 3 ? 13.0 : 4.7 * letters;
        letters = 0;
        if (c.isDigit())
            wordBits += 3.3;
        else if (!c.isSpace() && i < passphrase.size())
            wordBits += 5.0;
    }
    if (upper)
        wordBits += 2.0;
    e.bits = std::min(e.bits, wordBits);
    if (isVeryCommon(passphrase.toLower()))
        e.bits = std::min(e.bits, 30.0);

    if (e.bits < 35) {
        e.level = Level::Weak;
        e.label = tr("Weak");
        e.advice = tr("Easy to guess. Add more words or avoid common words and sequences.");
    } else if (e.bits < 50) {
        e.level = Level::Fair;
        e.label = tr("Fair");
        e.advice = tr("Acceptable. Another word would make it much stronger.");
    } else if (e.bits < 70) {
        e.level = Level::Strong;
        e.label = tr("Strong");
        e.advice = tr("A good passphrase. Keep it somewhere only you can reach.");
    } else {
        e.level = Level::VeryStrong;
        e.label = tr("Very strong");
        e.advice = tr("An excellent passphrase.");
    }
    return e;
}
