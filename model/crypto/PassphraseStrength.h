#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * A rough strength estimate for a new passphrase, to guide (not block) the person choosing it:
 * length and variety of characters, with penalties for repeats, sequences and very common choices.
 */
class PassphraseStrength
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseStrength)

public:
    enum class Level
    {
        TooShort,
        Weak,
        Fair,
        Strong,
        VeryStrong,
    };

    struct Estimate
    {
        Level level = Level::TooShort;
        double bits = 0;
        QString label;  // translated, e.g. "Strong"
        QString advice; // translated, one sentence
        bool acceptable() const { return level >= Level::Fair; }
    };

    static constexpr int MinimumLength = 10;
    static Estimate estimate(const QString &passphrase);
};
