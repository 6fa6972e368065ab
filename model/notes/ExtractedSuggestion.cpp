#include "ExtractedSuggestion.h"

QString ExtractedSuggestion::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Skill:
        return QStringLiteral("skill");
    case Kind::Licence:
        return QStringLiteral("licence");
    case Kind::JobGoal:
        return QStringLiteral("job_goal");
    case Kind::Hours:
        return QStringLiteral("hours");
    case Kind::Availability:
        return QStringLiteral("availability");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Duration:
        return QStringLiteral("duration");
    case Kind::Barrier:
        return QStringLiteral("barrier");
    case Kind::Qualification:
        return QStringLiteral("qualification");
    }
    return {};
}

QStringList ExtractedSuggestion::kindNames()
{
    QStringList names;
    for (Kind k : {Kind::Skill,
                   Kind::Licence,
                   Kind::JobGoal,
                   Kind::Hours,
                   Kind::Availability,
                   Kind::Date,
                   Kind::Duration,
                   Kind::Barrier,
                   Kind::Qualification})
        names.append(kindName(k));
    return names;
}
