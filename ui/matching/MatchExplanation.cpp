#include "ui/matching/MatchExplanation.h"

#include "model/matching/MatchResultsModel.h"
#include "model/matching/Matcher.h"

#include <cmath>

int MatchExplanation::percent(double fraction)
{
    // One rounding rule for the list, the explanation and the bars.
    return MatchResultsModel::percent(fraction);
}

QStringList MatchExplanation::lines(const MatchResult &result)
{
    QStringList lines;
    lines << tr("How the score is made up:");
    for (const ScoreComponent &component : result.components) {
        lines << tr("• %1: %2% of the way there, %3% of the score")
                     .arg(Matcher::componentName(component.key),
                          QString::number(percent(component.value)),
                          QString::number(percent(result.share(component.key))));
    }
    lines << QString();
    lines << (result.matchedSkills.isEmpty()
                  ? tr("Skills they have that it asks for: none yet")
                  : tr("Skills they have that it asks for: %1").arg(result.matchedSkills.join(tr(", "))));
    lines << (result.missingSkills.isEmpty()
                  ? tr("Skills it asks for that they have not shown: none")
                  : tr("Skills it asks for that they have not shown: %1").arg(result.missingSkills.join(tr(", "))));
    if (!result.notes.isEmpty()) {
        lines << QString();
        for (const QString &note : result.notes)
            lines << tr("• %1").arg(note);
    }
    return lines;
}
