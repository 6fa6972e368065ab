#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

class Vault;

/** A place on the report's map: a partner, or a venue used in the period, at its postcode's outcode centre. */
struct ReportMapPoint
{
    enum class Kind
    {
        Partner,
        Venue,
    };
    Kind kind = Kind::Partner;
    QString label;
    QString outcode;
    double latitude = 0;
    double longitude = 0;
    /** Sessions held there in the period (venues only). */
    int sessions = 0;
};

/**
 * Places partners and venues by the outcode centres a geodata bundle gave the vault (GeodataBundle::lookup), with
 * no map tiles and no network. A partner needs a postcode; a venue is placed where its partner is. What cannot be
 * placed is counted, so the screen can say how many are missing.
 */
class ReportMap
{
    Q_DECLARE_TR_FUNCTIONS(ReportMap)

public:
    struct Points
    {
        QVector<ReportMapPoint> placed;
        int unplaced = 0;
    };
    static Result<Points> build(Vault &vault, QDate from, QDate to);
};
