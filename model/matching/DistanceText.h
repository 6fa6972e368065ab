#pragma once

#include <QCoreApplication>
#include <QString>

/**
 * A distance as a person reads it. Distances come from postcode-district centroids, so two places in the same
 * district are "0.0 km" apart by arithmetic but not in life: under a kilometre is said as such, and tenths are
 * shown only where they mean something (under 10 km).
 */
class DistanceText
{
    Q_DECLARE_TR_FUNCTIONS(DistanceText)

public:
    /** "under 1 km", "3.4 km", "23 km". */
    static QString km(double kilometres);
};
