#pragma once

#include <QCoreApplication>
#include <QStringList>

struct MatchResult;

/** How a match result reads on screen, the same in the Matches tab and in Find people for a vacancy. */
class MatchExplanation
{
    Q_DECLARE_TR_FUNCTIONS(MatchExplanation)

public:
    /** A fraction in [0, 1] as a whole percentage. */
    static int percent(double fraction);
    /** Each part's share of the score, the skills matched and missing, and the notes, a line each. */
    static QStringList lines(const MatchResult &result);
};
