#include "model/matching/JobPostingReader.h"

#include "model/core/HtmlText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace
{
    const QString KeyTitle = QStringLiteral("title");
    const QString KeyDescription = QStringLiteral("description");
    const QString KeyOrganisation = QStringLiteral("hiringOrganization");
    const QString KeyLocation = QStringLiteral("jobLocation");
    const QString KeySalary = QStringLiteral("baseSalary");
    const QString KeyEmployment = QStringLiteral("employmentType");
    const QString KeyValidThrough = QStringLiteral("validThrough");
    const QString KeyDatePosted = QStringLiteral("datePosted");
    const QString KeyIdentifier = QStringLiteral("identifier");
    const QString KeyWorkHours = QStringLiteral("workHours");

    /** The JobPosting properties that problems name, in place of the CSV's columns. */
    VacancyFieldNames postingNames()
    {
        VacancyFieldNames names;
        names.id = KeyIdentifier;
        names.title = KeyTitle;
        names.employer = QStringLiteral("hiringOrganization.name");
        names.postcode = QStringLiteral("jobLocation.address.postalCode");
        names.latitude = QStringLiteral("jobLocation.geo.latitude");
        names.longitude = QStringLiteral("jobLocation.geo.longitude");
        names.hours = KeyWorkHours;
        names.salaryMin = QStringLiteral("baseSalary.minValue");
        names.salaryMax = QStringLiteral("baseSalary.maxValue");
        names.contract = KeyEmployment;
        names.closing = KeyValidThrough;
        return names;
    }

    QString shown(const QString &value)
    {
        constexpr qsizetype Most = 40;
        return value.size() <= Most ? value : value.left(Most) + QStringLiteral("…");
    }

    QString number(double value)
    {
        return QString::number(value, 'g', QLocale::FloatingPointShortest);
    }

    qint64 lineAt(const QByteArray &bytes, qsizetype offset, qint64 firstLine)
    {
        return firstLine + bytes.left(std::clamp<qsizetype>(offset, 0, bytes.size())).count('\n');
    }

    using Sink = std::function<void(const QString &field, const QString &message)>;

    /** One JobPosting object to VacancyFields; every property that cannot be read goes to the sink. */
    class PostingMapper
    {
    public:
        PostingMapper(const QJsonObject &record, const Sink &problem)
            : m_record(record)
            , m_problem(problem)
        {}

        VacancyFields map(QDate *posted)
        {
            VacancyFields fields;
            fields.id = identifier();
            fields.title = singleLine(text(m_record.value(KeyTitle), KeyTitle));
            fields.employer = singleLine(employer());
            fields.description = HtmlText::toText(text(m_record.value(KeyDescription), KeyDescription));
            location(fields);
            employment(workHours(), fields);
            salary(fields);
            fields.closing = date(KeyValidThrough).toString(Qt::ISODate);
            *posted = date(KeyDatePosted);
            return fields;
        }

    private:
        QString text(const QJsonValue &value, const QString &field)
        {
            if (value.isUndefined() || value.isNull())
                return QString();
            if (!value.isString()) {
                m_problem(field, JobPostingReader::tr("%1 must be text.").arg(field));
                return QString();
            }
            return value.toString();
        }

        /** A property that may be a number or text holding one, as text for the shared checks. */
        QString numberText(const QJsonValue &value, const QString &field)
        {
            if (value.isDouble())
                return number(value.toDouble());
            if (value.isString())
                return value.toString().trimmed();
            if (!value.isUndefined() && !value.isNull())
                m_problem(field, JobPostingReader::tr("%1 must be a number.").arg(field));
            return QString();
        }

        static QString singleLine(const QString &html) { return HtmlText::toText(html).simplified(); }

        QString identifier()
        {
            const QJsonValue value = m_record.value(KeyIdentifier);
            if (value.isString())
                return value.toString();
            if (value.isDouble())
                return number(value.toDouble());
            if (value.isObject()) {
                const QJsonObject property = value.toObject();
                for (const QString &key : {QStringLiteral("value"), QStringLiteral("name")}) {
                    const QString id = numberText(property.value(key), KeyIdentifier + QLatin1Char('.') + key);
                    if (!id.isEmpty())
                        return id;
                }
            } else if (!value.isUndefined() && !value.isNull()) {
                m_problem(KeyIdentifier, JobPostingReader::tr("identifier must be text or a PropertyValue."));
                return QString();
            }
            return JobPostingReader::derivedId(m_record);
        }

        QString employer()
        {
            const QJsonValue value = m_record.value(KeyOrganisation);
            if (value.isObject())
                return text(value.toObject().value(QStringLiteral("name")), QStringLiteral("hiringOrganization.name"));
            return text(value, KeyOrganisation);
        }

        /** The first jobLocation with a postcode or coordinates; a place that has neither is passed over. */
        void location(VacancyFields &fields)
        {
            const QJsonValue value = m_record.value(KeyLocation);
            QJsonArray places;
            if (value.isArray())
                places = value.toArray();
            else if (value.isObject())
                places.append(value);
            else if (!value.isUndefined() && !value.isNull())
                m_problem(KeyLocation, JobPostingReader::tr("jobLocation must be a Place or a list of them."));

            for (qsizetype i = 0; i < std::min<qsizetype>(places.size(), JobPostingReader::MaxLocations); ++i) {
                if (!places.at(i).isObject())
                    continue;
                const QJsonObject place = places.at(i).toObject();
                const QJsonValue address = place.value(QStringLiteral("address"));
                QString postcode;
                if (address.isObject())
                    postcode = text(address.toObject().value(QStringLiteral("postalCode")),
                                    QStringLiteral("jobLocation.address.postalCode"));
                QString latitude;
                QString longitude;
                const QJsonValue geo = place.value(QStringLiteral("geo"));
                if (geo.isObject()) {
                    latitude = numberText(geo.toObject().value(QStringLiteral("latitude")),
                                          QStringLiteral("jobLocation.geo.latitude"));
                    longitude = numberText(geo.toObject().value(QStringLiteral("longitude")),
                                           QStringLiteral("jobLocation.geo.longitude"));
                }
                if (postcode.trimmed().isEmpty() && latitude.isEmpty() && longitude.isEmpty())
                    continue;
                fields.postcode = postcode;
                fields.latitude = latitude;
                fields.longitude = longitude;
                return;
            }
        }

        /** "37.5", "37.5 hours per week", "40 hrs a week", "16 hours pw"; a day's or a shift's hours are not weekly. */
        std::optional<double> workHours()
        {
            const QString hours = text(m_record.value(KeyWorkHours), KeyWorkHours);
            static const QRegularExpression weekly(
                QStringLiteral("^\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*$|(\\d{1,3}(?:\\.\\d+)?)\\s*(?:hours?|hrs?)\\s*"
                               "(?:(?:per|a|each|every|/)\\s*(?:week|wk)|pw|p/w|weekly)\\b"),
                QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch match = weekly.match(hours.left(200));
            if (!match.hasMatch())
                return std::nullopt;
            const QString figure = match.captured(1).isEmpty() ? match.captured(2) : match.captured(1);
            return CsvReader::toNumber(figure);
        }

        /**
         * employmentType to a contract type; FULL_TIME without stated hours means the standard week.
         * When several are given the most specific contract wins (TEMPORARY over FULL_TIME).
         */
        void employment(std::optional<double> hours, VacancyFields &fields)
        {
            const QJsonValue value = m_record.value(KeyEmployment);
            QJsonArray types;
            if (value.isArray())
                types = value.toArray();
            else if (!value.isUndefined() && !value.isNull())
                types.append(value);

            ContractType contract = ContractType::Permanent;
            bool fullTime = false;
            for (const QJsonValue &type : std::as_const(types)) {
                if (!type.isString()) {
                    m_problem(KeyEmployment, JobPostingReader::tr("employmentType must be text or a list of text."));
                    continue;
                }
                const QString name = type.toString()
                                         .trimmed()
                                         .toUpper()
                                         .replace(QLatin1Char('-'), QLatin1Char('_'))
                                         .replace(QLatin1Char(' '), QLatin1Char('_'));
                if (name == QLatin1String("FULL_TIME")) {
                    fullTime = true;
                } else if (name == QLatin1String("PART_TIME") || name == QLatin1String("OTHER")) {
                    // No contract of its own: the vacancy stays permanent unless another type says otherwise.
                } else if (name == QLatin1String("TEMPORARY") || name == QLatin1String("INTERN") ||
                           name == QLatin1String("VOLUNTEER")) {
                    contract = ContractType::Temporary;
                } else if (name == QLatin1String("CONTRACTOR")) {
                    contract = ContractType::FixedTerm;
                } else if (name == QLatin1String("PER_DIEM")) {
                    contract = ContractType::ZeroHours;
                } else {
                    m_problem(KeyEmployment,
                              JobPostingReader::tr("“%1” is not an employment type: use FULL_TIME, PART_TIME, "
                                                   "CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM or OTHER.")
                                  .arg(shown(type.toString())));
                }
            }
            if (!hours && fullTime)
                hours = JobPostingReader::StandardHoursPerWeek;
            if (hours)
                fields.hours = number(*hours);
            fields.contract = VacancyCsv::contractTypeName(contract);
            m_hours = hours.value_or(JobPostingReader::StandardHoursPerWeek);
        }

        /** baseSalary as pounds a year: a MonetaryAmount whose value is a number or a QuantitativeValue. */
        void salary(VacancyFields &fields)
        {
            const QJsonValue value = m_record.value(KeySalary);
            if (value.isUndefined() || value.isNull())
                return;
            if (!value.isObject()) {
                m_problem(KeySalary, JobPostingReader::tr("baseSalary must be a MonetaryAmount object."));
                return;
            }
            const QJsonObject amount = value.toObject();
            const QString currency =
                text(amount.value(QStringLiteral("currency")), QStringLiteral("baseSalary.currency"));
            if (!currency.isEmpty() && currency.trimmed().compare(QLatin1String("GBP"), Qt::CaseInsensitive) != 0) {
                m_problem(
                    QStringLiteral("baseSalary.currency"),
                    JobPostingReader::tr("The salary is in “%1”; only pounds (GBP) are read.").arg(shown(currency)));
                return;
            }

            QString unit = text(amount.value(QStringLiteral("unitText")), QStringLiteral("baseSalary.unitText"));
            QString minimum;
            QString maximum;
            const QJsonValue inner = amount.value(QStringLiteral("value"));
            if (inner.isObject()) {
                const QJsonObject quantity = inner.toObject();
                const QString innerUnit =
                    text(quantity.value(QStringLiteral("unitText")), QStringLiteral("baseSalary.value.unitText"));
                if (!innerUnit.isEmpty())
                    unit = innerUnit;
                const QString single =
                    numberText(quantity.value(QStringLiteral("value")), QStringLiteral("baseSalary.value.value"));
                minimum = numberText(quantity.value(QStringLiteral("minValue")), QStringLiteral("baseSalary.minValue"));
                maximum = numberText(quantity.value(QStringLiteral("maxValue")), QStringLiteral("baseSalary.maxValue"));
                if (minimum.isEmpty() && maximum.isEmpty())
                    minimum = maximum = single;
            } else {
                minimum = maximum = numberText(inner, QStringLiteral("baseSalary.value"));
            }
            if (minimum.isEmpty() && maximum.isEmpty()) {
                m_problem(KeySalary, JobPostingReader::tr("baseSalary has no value, minValue or maxValue."));
                return;
            }

            const std::optional<double> perYear = yearlyFactor(unit.trimmed().toUpper());
            if (!perYear) {
                m_problem(QStringLiteral("baseSalary.unitText"),
                          JobPostingReader::tr("“%1” is not a salary unit: use HOUR, DAY, WEEK, MONTH or YEAR.")
                              .arg(shown(unit)));
                return;
            }
            // A figure that is not a number is passed on as written, so the shared check names it.
            const auto yearly = [&](const QString &figure) {
                const std::optional<double> amountValue = CsvReader::toNumber(figure);
                if (!amountValue)
                    return figure;
                return number(std::round(*amountValue * *perYear * 100.0) / 100.0);
            };
            fields.salaryMin = yearly(minimum);
            fields.salaryMax = yearly(maximum);
        }

        std::optional<double> yearlyFactor(const QString &unit) const
        {
            if (unit.isEmpty() || unit == QLatin1String("YEAR"))
                return 1.0;
            if (unit == QLatin1String("MONTH"))
                return JobPostingReader::MonthsPerYear;
            if (unit == QLatin1String("WEEK"))
                return JobPostingReader::WeeksPerYear;
            if (unit == QLatin1String("DAY"))
                return JobPostingReader::DaysPerWeek * JobPostingReader::WeeksPerYear;
            if (unit == QLatin1String("HOUR"))
                return m_hours * JobPostingReader::WeeksPerYear;
            return std::nullopt;
        }

        /** A date ("2026-03-27") or a date-time ("2026-03-27T17:00:00Z"); the day is the one written. */
        QDate date(const QString &key)
        {
            const QString value = text(m_record.value(key), key).trimmed();
            if (value.isEmpty())
                return QDate();
            QDate day = value.size() == 10 ? QDate::fromString(value, Qt::ISODate) : QDate();
            if (!day.isValid() && value.size() > 10 && value.size() <= 40 && value.at(10) == QLatin1Char('T')) {
                const QDateTime moment = QDateTime::fromString(value, Qt::ISODateWithMs);
                if (moment.isValid())
                    day = QDate::fromString(value.left(10), Qt::ISODate);
            }
            if (!day.isValid())
                m_problem(key,
                          JobPostingReader::tr("“%1” is not a date or date-time such as 2026-03-27 or "
                                               "2026-03-27T17:00:00Z.")
                              .arg(shown(value)));
            return day;
        }

        const QJsonObject &m_record;
        const Sink &m_problem;
        double m_hours = JobPostingReader::StandardHoursPerWeek;
    };

    bool isJobPosting(const QJsonValue &type)
    {
        if (type.isString())
            return type.toString() == QLatin1String("JobPosting");
        if (type.isArray()) {
            for (const QJsonValue &one : type.toArray()) {
                if (one.toString() == QLatin1String("JobPosting"))
                    return true;
            }
        }
        return false;
    }

    qsizetype firstContent(const QByteArray &bytes)
    {
        qsizetype i = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (i < bytes.size() && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\r' || bytes[i] == '\n'))
            ++i;
        return i;
    }
} // namespace

bool JobPostingReader::looksLikeJson(const QByteArray &start)
{
    const qsizetype i = firstContent(start);
    return i < start.size() && (start[i] == '{' || start[i] == '[');
}

QString JobPostingReader::derivedId(const QJsonObject &record)
{
    // QJsonObject keeps its keys sorted, so the same posting gives the same id whatever its key order or spacing.
    const QByteArray canonical = QJsonDocument(record).toJson(QJsonDocument::Compact);
    const QByteArray digest = QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(24);
    return QStringLiteral("jp-") + QString::fromLatin1(digest);
}

QString JobPostingReader::describe(const RowProblem &problem) const
{
    if (m_layout == Layout::Lines) {
        if (problem.column.isEmpty())
            return tr("line %1: %2").arg(problem.line).arg(problem.message);
        return tr("line %1, %2: %3").arg(problem.line).arg(problem.column, problem.message);
    }
    if (problem.column.isEmpty())
        return tr("record %1: %2").arg(problem.line).arg(problem.message);
    return tr("record %1, %2: %3").arg(problem.line).arg(problem.column, problem.message);
}

Result<QVector<Vacancy>> JobPostingReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("Could not open %1: %2").arg(path, file.errorString())};
    return read(&file);
}

Result<QVector<Vacancy>> JobPostingReader::read(QIODevice *device)
{
    m_problems.clear();
    m_idPositions.clear();
    m_layout = Layout::Object;

    // The first line decides the layout: a whole object on it, with more after, is JSON Lines.
    QByteArray firstLine = device->readLine(m_limits.maxDocumentBytes + 1);
    const qsizetype start = firstContent(firstLine);
    if (start >= firstLine.size() && device->atEnd())
        return Error{ErrorCode::Invalid, tr("The feed is empty.")};
    // A pretty-printed object's first line ends in '{' or a key, never in the closing '}'.
    if (start < firstLine.size() && firstLine[start] == '{' && firstLine.trimmed().endsWith('}') &&
        firstLine.endsWith('\n') && !device->atEnd()) {
        m_layout = Layout::Lines;
        return readLines(device, std::move(firstLine));
    }
    if (firstLine.size() > m_limits.maxDocumentBytes)
        return Error{ErrorCode::Invalid,
                     tr("The feed is larger than %1 MB; give it as JSON Lines, one posting a line.")
                         .arg(m_limits.maxDocumentBytes >> 20)};
    const qint64 rest = m_limits.maxDocumentBytes - firstLine.size();
    QByteArray bytes = firstLine + device->read(rest + 1);
    if (bytes.size() > m_limits.maxDocumentBytes)
        return Error{ErrorCode::Invalid,
                     tr("The feed is larger than %1 MB; give it as JSON Lines, one posting a line.")
                         .arg(m_limits.maxDocumentBytes >> 20)};
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (Status shape = checkShape(bytes, 1); !shape)
        return shape.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (document.isNull())
        return Error{ErrorCode::Invalid,
                     tr("The feed is not valid JSON: %1 on line %2.")
                         .arg(parseError.errorString())
                         .arg(lineAt(bytes, parseError.offset, 1))};
    bytes.clear();

    QVector<Vacancy> vacancies;
    if (document.isObject()) {
        m_layout = Layout::Object;
        addRecord(document.object(), 1, vacancies);
    } else {
        m_layout = Layout::Array;
        const QJsonArray records = document.array();
        if (records.size() > m_limits.maxRecords)
            return Error{ErrorCode::Invalid,
                         tr("The feed holds more than %n posting(s).",
                            nullptr,
                            int(std::min<qint64>(m_limits.maxRecords, std::numeric_limits<int>::max())))};
        vacancies.reserve(records.size());
        for (qsizetype i = 0; i < records.size(); ++i)
            addRecord(records.at(i), i + 1, vacancies);
    }
    return finish(std::move(vacancies));
}

Result<QVector<Vacancy>> JobPostingReader::readLines(QIODevice *device, QByteArray line)
{
    QVector<Vacancy> vacancies;
    qint64 lineNumber = 1;
    qint64 total = 0;
    qint64 records = 0;
    for (;;) {
        total += line.size();
        if (total > m_limits.maxInputBytes)
            return Error{ErrorCode::Invalid, tr("The feed is larger than %1 MB.").arg(m_limits.maxInputBytes >> 20)};
        const bool complete = line.endsWith('\n') || device->atEnd();
        if (!complete) {
            // Too long: the rest of the line is read and dropped in bounded pieces.
            badLine(lineNumber, tr("The line is longer than %1 KB.").arg(m_limits.maxDocumentBytes >> 10));
            while (!line.endsWith('\n') && !device->atEnd()) {
                line = device->readLine(m_limits.maxDocumentBytes + 1);
                total += line.size();
                if (total > m_limits.maxInputBytes)
                    return Error{ErrorCode::Invalid,
                                 tr("The feed is larger than %1 MB.").arg(m_limits.maxInputBytes >> 20)};
            }
        } else if (firstContent(line) < line.size()) {
            if (lineNumber == 1 && line.startsWith("\xEF\xBB\xBF"))
                line.remove(0, 3);
            if (++records > m_limits.maxRecords)
                return Error{ErrorCode::Invalid,
                             tr("The feed holds more than %n posting(s).",
                                nullptr,
                                int(std::min<qint64>(m_limits.maxRecords, std::numeric_limits<int>::max())))};
            if (Status shape = checkShape(line, lineNumber); !shape) {
                badLine(lineNumber, shape.error().message);
            } else {
                QJsonParseError parseError;
                const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
                if (document.isNull())
                    badLine(lineNumber, tr("The line is not valid JSON: %1.").arg(parseError.errorString()));
                else if (!document.isObject())
                    badLine(lineNumber, tr("The record is not a JSON object."));
                else
                    addRecord(document.object(), lineNumber, vacancies);
            }
        }
        if (device->atEnd())
            break;
        line = device->readLine(m_limits.maxDocumentBytes + 1);
        ++lineNumber;
    }
    return finish(std::move(vacancies));
}

Status JobPostingReader::checkShape(const QByteArray &bytes, qint64 firstLine) const
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            if (inString && i - stringStart > m_limits.maxStringBytes)
                return Error{ErrorCode::Invalid,
                             tr("A string on line %1 is longer than %2 KB.")
                                 .arg(lineAt(bytes, stringStart, firstLine))
                                 .arg(m_limits.maxStringBytes >> 10)};
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            if (++depth > m_limits.maxDepth)
                return Error{ErrorCode::Invalid,
                             tr("Objects and arrays nest more than %1 deep on line %2.")
                                 .arg(m_limits.maxDepth)
                                 .arg(lineAt(bytes, i, firstLine))};
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return {};
}

void JobPostingReader::badLine(qint64 line, const QString &message)
{
    m_problems.add(line, message);
}

void JobPostingReader::addRecord(const QJsonValue &value, qint64 position, QVector<Vacancy> &out)
{
    QVector<RowProblem> problems;
    // One reason per property: "must be text" says more than the "is required" that follows from it.
    const Sink problem = [&](const QString &field, const QString &message) {
        for (const RowProblem &p : std::as_const(problems)) {
            if (p.column == field)
                return;
        }
        problems.append(RowProblem{position, field, message});
    };

    Vacancy vacancy;
    if (!value.isObject()) {
        problem(QString(), tr("The record is not a JSON object."));
    } else {
        const QJsonObject record = value.toObject();
        const QJsonValue type = record.value(QStringLiteral("@type"));
        if (!type.isUndefined() && !isJobPosting(type)) {
            problem(QStringLiteral("@type"),
                    tr("The record is a “%1”, not a JobPosting.")
                        .arg(shown(type.isString() ? type.toString() : QStringLiteral("?"))));
        } else {
            QDate posted;
            const VacancyFields fields = PostingMapper(record, problem).map(&posted);
            vacancy = VacancyCsv::fromFields(fields, postingNames(), problem);
            if (posted.isValid() && vacancy.closingDate.isValid() && vacancy.closingDate < posted)
                problem(KeyValidThrough,
                        tr("validThrough (%1) is before datePosted (%2).")
                            .arg(vacancy.closingDate.toString(Qt::ISODate), posted.toString(Qt::ISODate)));
            if (!vacancy.id.isEmpty() && vacancy.id.size() <= VacancyCsv::MaxIdLength) {
                const auto seen = m_idPositions.constFind(vacancy.id);
                if (seen == m_idPositions.constEnd())
                    m_idPositions.insert(vacancy.id, position);
                else if (m_layout == Layout::Lines)
                    problem(KeyIdentifier,
                            tr("The id “%1” is already used on line %2.").arg(vacancy.id).arg(seen.value()));
                else
                    problem(KeyIdentifier,
                            tr("The id “%1” is already used by record %2.").arg(vacancy.id).arg(seen.value()));
            }
        }
    }

    if (problems.isEmpty()) {
        out.append(std::move(vacancy));
        return;
    }
    for (const RowProblem &p : std::as_const(problems))
        m_problems.add(p.line, p.column, p.message);
}

Result<QVector<Vacancy>> JobPostingReader::finish(QVector<Vacancy> vacancies)
{
    if (m_problems.isEmpty() || m_mode == InvalidRows::Skip)
        return vacancies;
    const int count = m_problems.rowsForPlural();
    const QString first = describe(m_problems.list().first());
    if (m_layout == Layout::Lines)
        return Error{ErrorCode::Invalid,
                     tr("%n line(s) of the feed break a rule. The first: %1", nullptr, count).arg(first)};
    return Error{ErrorCode::Invalid,
                 tr("%n record(s) of the feed break a rule. The first: %1", nullptr, count).arg(first)};
}
