#include "model/matching/DistanceText.h"

#include <QLocale>

#include <cmath>

QString DistanceText::km(double kilometres)
{
    if (!std::isfinite(kilometres) || kilometres < 0)
        return tr("not known");
    if (kilometres < 1.0)
        return tr("under 1 km");
    if (kilometres < 9.95)
        return tr("%1 km").arg(QLocale().toString(kilometres, 'f', 1));
    return tr("%1 km").arg(QLocale().toString(std::round(kilometres), 'f', 0));
}
