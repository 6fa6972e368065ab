#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

enum class ContractType
{
    Permanent,
    Temporary,
    FixedTerm,
    Apprenticeship,
    ZeroHours,
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

    bool hasCoordinates() const { return latitude.has_value() && longitude.has_value(); }
    friend bool operator==(const Vacancy &, const Vacancy &) = default;
};
