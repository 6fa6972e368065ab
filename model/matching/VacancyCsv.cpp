#include "model/matching/VacancyCsv.h"

#include "model/core/Validators.h"
#include "model/io/CsvWriter.h"
#include "model/matching/UkBounds.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <cmath>

namespace
{
    using UkBounds::MaxLatitude;
    using UkBounds::MaxLongitude;
    using UkBounds::MinLatitude;
    using UkBounds::MinLongitude;

    const QString ColId = QStringLiteral("id");
    const QString ColTitle = QStringLiteral("title");
    const QString ColEmployer = QStringLiteral("employer");
    const QString ColDescription = QStringLiteral("description");
    const QString ColSkills = QStringLiteral("skills");
    const QString ColPostcode = QStringLiteral("postcode");
    const QString ColLatitude = QStringLiteral("latitude");
    const QString ColLongitude = QStringLiteral("longitude");
    const QString ColHours = QStringLiteral("hours_per_week");
    const QString ColSalaryMin = QStringLiteral("salary_min");
    const QString ColSalaryMax = QStringLiteral("salary_max");
    const QString ColContract = QStringLiteral("contract_type");
    const QString ColClosing = QStringLiteral("closing_date");

    constexpr double MaxHours = 80.0;

    // Echoes a value in a message without letting a hostile field make the message huge.
    QString shown(const QString &value)
    {
        constexpr qsizetype Most = 40;
        return value.size() <= Most ? value : value.left(Most) + QStringLiteral("…");
    }

    QString number(double value)
    {
        return QString::number(value, 'f', QLocale::FloatingPointShortest);
    }

    QString optionalNumber(const std::optional<double> &value)
    {
        return value ? number(*value) : QString();
    }
} // namespace

QStringList VacancyCsv::columns()
{
    return {ColId,
            ColTitle,
            ColEmployer,
            ColDescription,
            ColSkills,
            ColPostcode,
            ColLatitude,
            ColLongitude,
            ColHours,
            ColSalaryMin,
            ColSalaryMax,
            ColContract,
            ColClosing};
}

QStringList VacancyCsv::requiredColumns()
{
    return {ColId, ColTitle, ColEmployer, ColContract, ColClosing};
}

QString VacancyCsv::contractTypeName(ContractType type)
{
    switch (type) {
    case ContractType::Permanent:
        return QStringLiteral("permanent");
    case ContractType::Temporary:
        return QStringLiteral("temporary");
    case ContractType::FixedTerm:
        return QStringLiteral("fixed-term");
    case ContractType::Apprenticeship:
        return QStringLiteral("apprenticeship");
    case ContractType::ZeroHours:
        return QStringLiteral("zero-hours");
    }
    return QString();
}

std::optional<ContractType> VacancyCsv::contractTypeFromName(const QString &name)
{
    for (ContractType type : {ContractType::Permanent,
                              ContractType::Temporary,
                              ContractType::FixedTerm,
                              ContractType::Apprenticeship,
                              ContractType::ZeroHours}) {
        if (name == contractTypeName(type))
            return type;
    }
    return std::nullopt;
}

Vacancy VacancyCsv::fromFields(const VacancyFields &fields, const VacancyFieldNames &names, const ProblemSink &problem)
{
    const auto required = [&](const QString &text, const QString &name) {
        QString value = text.trimmed();
        if (value.isEmpty())
            problem(name, tr("A value for %1 is required.").arg(name));
        return value;
    };
    const auto optionalNumber = [&](const QString &field,
                                    const QString &name,
                                    double minimum,
                                    double maximum,
                                    bool minimumIncluded,
                                    const QString &what) -> std::optional<double> {
        const QString text = field.trimmed();
        if (text.isEmpty())
            return std::nullopt;
        const std::optional<double> value = CsvReader::toNumber(text);
        if (!value || *value > maximum || *value < minimum || (!minimumIncluded && *value == minimum)) {
            problem(name, tr("“%1” is not %2.").arg(shown(text), what));
            return std::nullopt;
        }
        return value;
    };

    Vacancy v;
    v.id = required(fields.id, names.id);
    if (v.id.size() > MaxIdLength)
        problem(names.id, tr("The id is %1 characters long; the most is %2.").arg(v.id.size()).arg(MaxIdLength));
    v.title = required(fields.title, names.title);
    v.employer = required(fields.employer, names.employer);
    v.description = fields.description;

    for (const QStringView skill : QStringView(fields.skills).split(u';')) {
        const QStringView trimmed = skill.trimmed();
        if (!trimmed.isEmpty())
            v.skills.append(trimmed.toString());
    }

    const QString contract = required(fields.contract, names.contract);
    if (!contract.isEmpty()) {
        if (const auto type = contractTypeFromName(contract))
            v.contractType = *type;
        else
            problem(names.contract,
                    tr("“%1” is not a contract type: use permanent, temporary, fixed-term, apprenticeship or "
                       "zero-hours.")
                        .arg(shown(contract)));
    }

    const QString closing = required(fields.closing, names.closing);
    if (!closing.isEmpty()) {
        v.closingDate = closing.size() == 10 ? QDate::fromString(closing, Qt::ISODate) : QDate();
        if (!v.closingDate.isValid())
            problem(names.closing,
                    tr("“%1” is not a real date written year-month-day, such as 2026-03-27.").arg(shown(closing)));
    }

    v.hoursPerWeek = optionalNumber(fields.hours,
                                    names.hours,
                                    0.0,
                                    MaxHours,
                                    false,
                                    tr("a number of hours a week above 0 and at most %1").arg(MaxHours));
    const QString salaryWhat = tr("a salary in pounds a year: a number, 0 or more, without £ or commas");
    v.salaryMin = optionalNumber(fields.salaryMin, names.salaryMin, 0.0, HUGE_VAL, true, salaryWhat);
    v.salaryMax = optionalNumber(fields.salaryMax, names.salaryMax, 0.0, HUGE_VAL, true, salaryWhat);
    if (v.salaryMin && v.salaryMax && *v.salaryMin > *v.salaryMax)
        problem(names.salaryMin,
                tr("%1 (%2) is more than %3 (%4).")
                    .arg(names.salaryMin, number(*v.salaryMin), names.salaryMax, number(*v.salaryMax)));

    const bool hasLatitude = !fields.latitude.trimmed().isEmpty();
    const bool hasLongitude = !fields.longitude.trimmed().isEmpty();
    v.latitude = optionalNumber(fields.latitude,
                                names.latitude,
                                MinLatitude,
                                MaxLatitude,
                                true,
                                tr("a latitude within the UK (%1 to %2)").arg(MinLatitude).arg(MaxLatitude));
    v.longitude = optionalNumber(fields.longitude,
                                 names.longitude,
                                 MinLongitude,
                                 MaxLongitude,
                                 true,
                                 tr("a longitude within the UK (%1 to %2)").arg(MinLongitude).arg(MaxLongitude));
    if (hasLatitude != hasLongitude)
        problem(hasLatitude ? names.longitude : names.latitude,
                tr("latitude and longitude must be given together, or both left empty."));

    const QString postcode = fields.postcode.trimmed();
    if (!postcode.isEmpty()) {
        const Validators::Outcome full = Validators::postcode(postcode);
        if (full.valid) {
            v.postcode = full.canonical;
            v.outcode = full.canonical.section(QLatin1Char(' '), 0, 0);
        } else {
            const Validators::Outcome outward = Validators::outcode(postcode);
            if (outward.valid)
                v.postcode = v.outcode = outward.canonical;
            else
                problem(names.postcode, outward.message);
        }
    } else if (!hasLatitude && !hasLongitude) {
        problem(names.postcode, tr("A vacancy needs a location: a postcode, or a latitude and longitude."));
    }
    return v;
}

Result<QVector<Vacancy>> VacancyCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Could not open %1: %2").arg(path, file.errorString())};
    return read(&file);
}

Result<QVector<Vacancy>> VacancyCsv::read(QIODevice *device)
{
    m_problems.clear();

    CsvReader reader(device, m_limits);
    reader.setProgress(m_progress);
    if (Status header = reader.readHeader(requiredColumns()); !header)
        return header.error();

    const int cId = reader.column(ColId);
    const int cTitle = reader.column(ColTitle);
    const int cEmployer = reader.column(ColEmployer);
    const int cDescription = reader.column(ColDescription);
    const int cSkills = reader.column(ColSkills);
    const int cPostcode = reader.column(ColPostcode);
    const int cLatitude = reader.column(ColLatitude);
    const int cLongitude = reader.column(ColLongitude);
    const int cHours = reader.column(ColHours);
    const int cSalaryMin = reader.column(ColSalaryMin);
    const int cSalaryMax = reader.column(ColSalaryMax);
    const int cContract = reader.column(ColContract);
    const int cClosing = reader.column(ColClosing);

    QVector<Vacancy> vacancies;
    // Rows average near 1 KB; reserving avoids moving every vacancy as the list grows.
    if (!device->isSequential())
        vacancies.reserve(qsizetype(std::min<qint64>(device->size() / 1024 + 16, m_limits.maxRecords)));
    QHash<QString, qint64> idLines;
    CsvRecord record;
    const VacancyFieldNames names;

    for (;;) {
        Result<bool> got = reader.readRecord(record);
        if (!got)
            return got.error();
        if (!got.value())
            break;

        const qint64 problemsBefore = m_problems.count();
        const qint64 line = record.line;
        const auto problem = [&](const QString &column, const QString &message) {
            m_problems.add(line, column, message);
        };

        VacancyFields fields;
        fields.id = record.value(cId);
        fields.title = record.value(cTitle);
        fields.employer = record.value(cEmployer);
        fields.description = record.value(cDescription);
        fields.skills = record.value(cSkills);
        fields.postcode = record.value(cPostcode);
        fields.latitude = record.value(cLatitude);
        fields.longitude = record.value(cLongitude);
        fields.hours = record.value(cHours);
        fields.salaryMin = record.value(cSalaryMin);
        fields.salaryMax = record.value(cSalaryMax);
        fields.contract = record.value(cContract);
        fields.closing = record.value(cClosing);
        Vacancy v = fromFields(fields, names, problem);
        if (!v.id.isEmpty() && v.id.size() <= MaxIdLength) {
            const auto seen = idLines.constFind(v.id);
            if (seen != idLines.constEnd())
                problem(ColId, tr("The id “%1” is already used on line %2.").arg(v.id, QString::number(seen.value())));
            else
                idLines.insert(v.id, line);
        }

        if (m_problems.count() == problemsBefore)
            vacancies.append(std::move(v));
    }

    if (m_problems.rows() > 0 && m_mode == InvalidRows::Fail) {
        return Error{ErrorCode::Invalid,
                     m_problems.summary(tr("%n row(s) of the vacancies file break a rule. The first is line %1, %2: %3",
                                           nullptr,
                                           m_problems.rowsForPlural()))};
    }
    return vacancies;
}

QStringList VacancyCsv::toFields(const Vacancy &v)
{
    return {v.id,
            v.title,
            v.employer,
            v.description,
            v.skills.join(QLatin1Char(';')),
            v.postcode,
            optionalNumber(v.latitude),
            optionalNumber(v.longitude),
            optionalNumber(v.hoursPerWeek),
            optionalNumber(v.salaryMin),
            optionalNumber(v.salaryMax),
            contractTypeName(v.contractType),
            v.closingDate.toString(Qt::ISODate)};
}

Status VacancyCsv::write(QIODevice *device, const QVector<Vacancy> &vacancies)
{
    return CsvWriter::writeTable(
        device, columns(), vacancies.size(), [&](qsizetype i) { return toFields(vacancies.at(i)); });
}

Status VacancyCsv::writeFile(const QString &path, const QVector<Vacancy> &vacancies)
{
    return CsvWriter::saveFile(path, [&](QIODevice *device) { return write(device, vacancies); });
}
