#include "WelshMutation.h"

namespace
{
    bool isVowel(QChar c)
    {
        return QStringView(u"aeiouwy").contains(c);
    }
} // namespace

QStringList WelshMutation::radicals(const QString &word)
{
    QStringList out;
    // Welsh words are at least two letters after a mutation; a shorter token ("a", "i") is left alone.
    if (word.size() < 2 || !word.at(0).isLetter())
        return out;
    const auto add = [&](const QString &prefix, qsizetype drop) {
        const QString radical = prefix + word.mid(drop);
        if (radical != word && !out.contains(radical))
            out.append(radical);
    };
    const auto starts = [&](const char *prefix) { return word.startsWith(QLatin1String(prefix)); };

    // Nasal mutation: c -> ngh, t -> nh, p -> mh, g -> ng, d -> n, b -> m.
    if (starts("ngh"))
        add(QStringLiteral("c"), 3);
    else if (starts("ng"))
        add(QStringLiteral("g"), 2);
    else if (starts("nh"))
        add(QStringLiteral("t"), 2);
    else if (starts("mh"))
        add(QStringLiteral("p"), 2);

    // Aspirate mutation: c -> ch, t -> th, p -> ph.
    if (starts("ch"))
        add(QStringLiteral("c"), 2);
    else if (starts("th"))
        add(QStringLiteral("t"), 2);
    else if (starts("ph"))
        add(QStringLiteral("p"), 2);

    // Soft mutation: t -> d, c -> g, p -> b, b -> f, d -> dd, m -> f, ll -> l, rh -> r, g -> (nothing).
    if (starts("dd")) {
        add(QStringLiteral("d"), 2);
    } else if (starts("d")) {
        add(QStringLiteral("t"), 1);
    } else if (starts("g")) {
        add(QStringLiteral("c"), 1);
    } else if (starts("b")) {
        add(QStringLiteral("p"), 1);
    } else if (starts("f") && !starts("ff")) {
        add(QStringLiteral("b"), 1);
        add(QStringLiteral("m"), 1);
    } else if (starts("l") && !starts("ll")) {
        add(QStringLiteral("ll"), 1);
    } else if (starts("r") && !starts("rh")) {
        add(QStringLiteral("rh"), 1);
    }
    // The nasal "n" and "m" (d -> n, b -> m) after "fy" and "yn" ("yn Nhreforys", "fy nghar" handled above).
    if (starts("n") && !starts("ng") && !starts("nh"))
        add(QStringLiteral("d"), 1);
    if (starts("m") && !starts("mh"))
        add(QStringLiteral("b"), 1);
    // Soft mutation drops an initial g: "gyrru" -> "yrru", "gwaith" -> "waith", "glan" -> "lan", "gradd" -> "radd".
    if (isVowel(word.at(0)) || (starts("l") && !starts("ll")) || (starts("r") && !starts("rh")))
        add(QStringLiteral("g"), 0);
    // h- before a vowel after "ei" (her), "ein", "eu": "ei hoed" -> "oed".
    if (word.size() > 2 && word.at(0) == QLatin1Char('h') && isVowel(word.at(1)))
        add(QString(), 1);
    return out;
}
