#pragma once

#include "model/matching/SkillNormaliser.h"
#include "model/matching/Vacancy.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/**
 * What matching may know about a person, and nothing more. There is deliberately no place here for
 * age, date of birth, sex, ethnicity, religion, disability or health conditions: the builder never
 * reads them, so no score can depend on them. Adjustments appear only when the person chose to share
 * them for matching, and the coach can switch their effect off.
 */
struct MatchProfile
{
    /** Accepted skills, qualifications and licences, normalised. */
    QVector<NormalisedLabel> skills;
    /** Occupation ids (taxonomy) the person is aiming for, and ones they have done. */
    QStringList goalOccupations;
    QStringList historyOccupations;
    std::optional<double> latitude;
    std::optional<double> longitude;
    /** Hard limits: vacancies beyond them are left out. */
    std::optional<double> maxDistanceKm;
    std::optional<double> maxHours;
    /** Preferences: they score, they do not filter. */
    std::optional<double> hoursWanted;
    QSet<ContractType> contractTypes;
    std::optional<double> payFloor;
    /** Adjustment keys ("altered_hours", ...) the person agreed to use in matching. */
    QStringList sharedAdjustments;
    /** The coach's switch for the adjustments' effect. */
    bool useAdjustments = true;

    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }
};

/** Filters the coach sets on the results list; they narrow, they never score. */
struct MatchOptions
{
    int top = 50;
    /** Only these contract types; empty means any. */
    QSet<ContractType> onlyContracts;
    /** Only vacancies the vault received on or after this day. */
    QDate postedSince;
};
