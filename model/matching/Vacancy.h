#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

enum class ContractType
{
    Permanent,
    Temporary,
    FixedTerm,
    Apprenticeship,
    ZeroHours,
};

/** Where a vacancy's skill came from (issue 12 §2), strongest evidence first. */
enum class SkillSource : quint8
{
    /** The feed's own skills column. */
    Listed,
    /** Read from the advert's words by the skill linker. */
    Stated,
    /** Essential to the occupation its title maps to, not said in the advert. */
    Implied,
};

/** One skill Waymark read into a vacancy, with its evidence. */
struct ReadSkill
{
    QString conceptId;
    SkillSource source = SkillSource::Stated;
    /** 0..1: 1 when listed; the linker's calibrated confidence when stated; the title mapping's when implied. */
    float confidence = 1;
    /** Stated only: the span of Vacancy::description it was read from, as UTF-16 offsets; -1 otherwise. */
    qint32 begin = -1;
    qint32 end = -1;

    friend bool operator==(const ReadSkill &, const ReadSkill &) = default;
};

/**
 * What Waymark understood of a vacancy at import (VacancyUnderstanding): the occupation its title maps
 * to and the skills its advert states or implies, each with evidence. Empty until it has been read.
 */
struct VacancyReading
{
    /** Taxonomy occupation id, or empty when the title maps to none. */
    QString occupationId;
    /** 0..1, from JobTitleNormaliser. */
    float occupationConfidence = 0;
    /** The words of the title that matched (TitleMatch::matchedText), shown as the evidence. */
    QString titleEvidence;
    /** One per concept, the strongest evidence kept: listed before stated before implied. */
    QVector<ReadSkill> skills;

    bool isEmpty() const { return occupationId.isEmpty() && skills.isEmpty(); }
    friend bool operator==(const VacancyReading &, const VacancyReading &) = default;
};

/** One advertised job, as read from vacancies.csv (docs/csv-formats.md). */
struct Vacancy
{
    QString id;
    QString title;
    QString employer;
    QString description;
    QStringList skills;
    /** Canonical full postcode ("LS1 4AP") or outcode ("LS1") as given; empty when none. */
    QString postcode;
    /** Outward code of `postcode` ("LS1"); empty when there is no postcode. */
    QString outcode;
    /** WGS84 degrees; both set or neither. */
    std::optional<double> latitude;
    std::optional<double> longitude;
    std::optional<double> hoursPerWeek;
    /** Pounds per year. */
    std::optional<double> salaryMin;
    std::optional<double> salaryMax;
    ContractType contractType = ContractType::Permanent;
    QDate closingDate;
    /** What was understood of it; empty when not (yet) read. Not part of any feed format. */
    VacancyReading reading;

    bool hasCoordinates() const { return latitude.has_value() && longitude.has_value(); }
    friend bool operator==(const Vacancy &, const Vacancy &) = default;
};
