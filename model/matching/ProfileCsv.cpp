#include "model/matching/ProfileCsv.h"

#include "model/io/CsvWriter.h"
#include "model/matching/UkBounds.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <limits>

namespace
{
    using UkBounds::MaxLatitude;
    using UkBounds::MaxLongitude;
    using UkBounds::MinLatitude;
    using UkBounds::MinLongitude;

    const QString ColProfileId = QStringLiteral("profile_id");
    const QString ColSkills = QStringLiteral("skills");
    const QString ColLatitude = QStringLiteral("latitude");
    const QString ColLongitude = QStringLiteral("longitude");
    const QString ColMaxDistance = QStringLiteral("max_distance_km");
    const QString ColMaxHours = QStringLiteral("max_hours");

    constexpr double MaxDistanceKm = 2000.0;
    constexpr double MaxWeekHours = 168.0;

    QString shown(const QString &value)
    {
        constexpr qsizetype Most = 40;
        return value.size() <= Most ? value : value.left(Most) + QStringLiteral("…");
    }
} // namespace

QStringList ProfileCsv::requiredColumns()
{
    return {ColProfileId, ColSkills, ColLatitude, ColLongitude};
}

QStringList ProfileCsv::resultColumns()
{
    return {
        QStringLiteral("profile_id"), QStringLiteral("rank"), QStringLiteral("vacancy_id"), QStringLiteral("score")};
}

QStringList ProfileCsv::resultFields(const ResultRow &row)
{
    return {row.profileId,
            QString::number(row.rank),
            row.vacancyId,
            QString::number(row.score, 'f', QLocale::FloatingPointShortest)};
}

Result<QVector<ProfileCsv::Profile>> ProfileCsv::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Could not open %1: %2").arg(path, file.errorString())};
    return read(&file);
}

Result<QVector<ProfileCsv::Profile>> ProfileCsv::read(QIODevice *device)
{
    m_problems.clear();

    CsvReader reader(device, m_limits);
    if (Status header = reader.readHeader(requiredColumns()); !header)
        return header.error();
    const int cId = reader.column(ColProfileId);
    const int cSkills = reader.column(ColSkills);
    const int cLatitude = reader.column(ColLatitude);
    const int cLongitude = reader.column(ColLongitude);
    const int cMaxDistance = reader.column(ColMaxDistance);
    const int cMaxHours = reader.column(ColMaxHours);

    QVector<Profile> profiles;
    QHash<QString, qint64> idLines;
    CsvRecord record;
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
        // A number in [minimum, maximum]; when `minimumIncluded` is false it must be above minimum.
        const auto number = [&](int column,
                                const QString &name,
                                double minimum,
                                double maximum,
                                bool minimumIncluded,
                                bool required,
                                const QString &what) -> std::optional<double> {
            const QString text = record.value(column).trimmed();
            if (text.isEmpty()) {
                if (required)
                    problem(name, tr("A value for %1 is required.").arg(name));
                return std::nullopt;
            }
            const std::optional<double> parsed = CsvReader::toNumber(text);
            const double value = parsed.value_or(0.0);
            if (!parsed || value > maximum || value < minimum || (!minimumIncluded && value == minimum)) {
                problem(name, tr("“%1” is not %2.").arg(shown(text), what));
                return std::nullopt;
            }
            return value;
        };

        Profile p;
        p.line = line;
        p.id = record.value(cId).trimmed();
        if (p.id.isEmpty()) {
            problem(ColProfileId, tr("A value for %1 is required.").arg(ColProfileId));
        } else {
            const auto seen = idLines.constFind(p.id);
            if (seen != idLines.constEnd())
                problem(ColProfileId,
                        tr("The profile id “%1” is already used on line %2.")
                            .arg(shown(p.id), QString::number(seen.value())));
            else
                idLines.insert(p.id, line);
        }
        const QString skills = record.value(cSkills);
        for (const QStringView skill : QStringView(skills).split(u';')) {
            const QStringView trimmed = skill.trimmed();
            if (!trimmed.isEmpty())
                p.skills.append(trimmed.toString());
        }
        const auto latitude = number(cLatitude,
                                     ColLatitude,
                                     MinLatitude,
                                     MaxLatitude,
                                     true,
                                     true,
                                     tr("a latitude within the UK (%1 to %2)").arg(MinLatitude).arg(MaxLatitude));
        const auto longitude = number(cLongitude,
                                      ColLongitude,
                                      MinLongitude,
                                      MaxLongitude,
                                      true,
                                      true,
                                      tr("a longitude within the UK (%1 to %2)").arg(MinLongitude).arg(MaxLongitude));
        p.latitude = latitude.value_or(0.0);
        p.longitude = longitude.value_or(0.0);
        p.maxDistanceKm = number(cMaxDistance,
                                 ColMaxDistance,
                                 0.0,
                                 MaxDistanceKm,
                                 false,
                                 false,
                                 tr("a distance in kilometres above 0 and at most %1").arg(MaxDistanceKm));
        p.maxHours = number(cMaxHours,
                            ColMaxHours,
                            0.0,
                            MaxWeekHours,
                            false,
                            false,
                            tr("a number of hours a week above 0 and at most %1").arg(MaxWeekHours));

        if (m_problems.count() == problemsBefore) {
            profiles.append(std::move(p));
            continue;
        }
    }

    if (m_problems.rows() > 0 && m_mode == InvalidRows::Fail) {
        return Error{ErrorCode::Invalid,
                     m_problems.summary(tr("%n row(s) of the profiles file break a rule. The first is line %1, %2: %3",
                                           nullptr,
                                           m_problems.rowsForPlural()))};
    }
    return profiles;
}

Status ProfileCsv::writeResults(QIODevice *device, const QVector<ResultRow> &rows)
{
    return CsvWriter::writeTable(
        device, resultColumns(), rows.size(), [&](qsizetype i) { return resultFields(rows.at(i)); });
}

Status ProfileCsv::writeResultsFile(const QString &path, const QVector<ResultRow> &rows)
{
    return CsvWriter::saveFile(path, [&](QIODevice *device) { return writeResults(device, rows); });
}
