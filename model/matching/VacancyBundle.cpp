#include "model/matching/VacancyBundle.h"

#include "model/core/Validators.h"
#include "model/io/PayloadArchive.h"
#include "model/matching/GeodataBundle.h"
#include "model/matching/VacancyCsv.h"
#include "model/matching/VacancyReadingCodec.h"
#include "model/vault/Database.h"

#include <QDateTime>
#include <QSet>

namespace
{
    void writeOptional(PayloadWriter &writer, const std::optional<double> &value)
    {
        writer.writeBool(value.has_value());
        if (value)
            writer.writeDouble(*value);
    }

    std::optional<double> readOptional(PayloadReader &reader)
    {
        if (!reader.readBool())
            return std::nullopt;
        return reader.readDouble();
    }

    void bindOptional(Statement &statement, int index, const std::optional<double> &value)
    {
        if (value)
            statement.bind(index, *value);
        else
            statement.bindNull(index);
    }
} // namespace

QByteArray VacancyBundle::encode(const QVector<Vacancy> &vacancies, Mode mode, const QStringList &withdrawn)
{
    PayloadWriter writer(QByteArrayLiteral("vacancies/1"));
    writer.writeUInt(quint64(mode));
    writer.writeCount(quint64(vacancies.size()));
    for (const Vacancy &v : vacancies) {
        writer.writeString(v.id);
        writer.writeString(v.title);
        writer.writeString(v.employer);
        writer.writeString(v.description);
        writer.writeCount(quint64(v.skills.size()));
        for (const QString &skill : v.skills)
            writer.writeString(skill);
        writer.writeString(v.postcode);
        writer.writeString(v.outcode);
        writeOptional(writer, v.latitude);
        writeOptional(writer, v.longitude);
        writeOptional(writer, v.hoursPerWeek);
        writeOptional(writer, v.salaryMin);
        writeOptional(writer, v.salaryMax);
        writer.writeUInt(quint64(v.contractType));
        writer.writeString(v.closingDate.toString(Qt::ISODate));
    }
    writer.writeCount(quint64(withdrawn.size()));
    for (const QString &id : withdrawn)
        writer.writeString(id);
    return writer.finish();
}

QString VacancyBundle::problemWith(const Vacancy &v)
{
    if (v.id.trimmed().isEmpty() || v.id.size() > VacancyCsv::MaxIdLength)
        return tr("the id must be 1 to %1 characters").arg(VacancyCsv::MaxIdLength);
    if (v.title.trimmed().isEmpty())
        return tr("the title is missing");
    if (v.employer.trimmed().isEmpty())
        return tr("the employer is missing");
    if (!v.closingDate.isValid())
        return tr("the closing date is not a real date");
    if (v.hoursPerWeek && (*v.hoursPerWeek <= 0 || *v.hoursPerWeek > 80))
        return tr("hours a week must be more than 0 and at most 80");
    if ((v.salaryMin && *v.salaryMin < 0) || (v.salaryMax && *v.salaryMax < 0))
        return tr("a salary cannot be negative");
    if (v.salaryMin && v.salaryMax && *v.salaryMin > *v.salaryMax)
        return tr("the lowest salary is more than the highest");
    if (v.latitude.has_value() != v.longitude.has_value())
        return tr("a location needs both latitude and longitude");
    if (v.hasCoordinates() && (*v.latitude < 49 || *v.latitude > 61 || *v.longitude < -9 || *v.longitude > 2.5))
        return tr("the location is outside the UK");
    if (!v.postcode.isEmpty() && !Validators::outcode(v.postcode).valid)
        return tr("the postcode is not a UK postcode");
    if (!v.hasCoordinates() && v.outcode.isEmpty())
        return tr("there is no location: give coordinates or a postcode");
    return {};
}

Status VacancyBundle::read(PayloadReader &reader)
{
    m_withdrawn.clear();
    const quint64 mode = reader.readUInt();
    if (mode > quint64(Mode::Delta)) {
        m_handover.finish();
        return Error{ErrorCode::BundlePayload, tr("The vacancy list is of an unknown type.")};
    }
    m_mode = Mode(mode);
    const quint64 count = reader.readCount(MaxVacancies);
    m_handover.expect(qsizetype(count));
    for (quint64 i = 0; i < count && reader.ok(); ++i) {
        if (i % ItemHandover<Parsed>::BatchSize == 0 && m_handover.stopped())
            break;
        Vacancy v;
        v.id = reader.readString(256);
        v.title = reader.readString(1024);
        v.employer = reader.readString(1024);
        v.description = reader.readText(64 * 1024);
        const quint64 skills = reader.readCount(MaxSkillsPerVacancy);
        for (quint64 s = 0; s < skills && reader.ok(); ++s)
            v.skills.append(reader.readString(256));
        v.postcode = reader.readString(16);
        v.outcode = reader.readString(8);
        v.latitude = readOptional(reader);
        v.longitude = readOptional(reader);
        v.hoursPerWeek = readOptional(reader);
        v.salaryMin = readOptional(reader);
        v.salaryMax = readOptional(reader);
        const quint64 contract = reader.readUInt();
        if (contract > quint64(ContractType::ZeroHours)) {
            m_handover.finish();
            return Error{ErrorCode::BundlePayload, tr("A vacancy has an unknown contract type.")};
        }
        v.contractType = ContractType(contract);
        v.closingDate = QDate::fromString(reader.readString(16), Qt::ISODate);
        if (reader.ok())
            m_handover.put(prepared(std::move(v)));
    }
    const quint64 withdrawn = reader.ok() ? reader.readCount(MaxVacancies) : 0;
    for (quint64 i = 0; i < withdrawn && reader.ok(); ++i)
        m_withdrawn.append(reader.readString(256));
    // Last, so that apply() sees the withdrawals once it has taken every vacancy.
    m_handover.finish();
    return reader.ok() ? Status() : Status(reader.error());
}

VacancyBundle::Parsed VacancyBundle::prepared(Vacancy vacancy)
{
    Parsed p;
    p.problem = problemWith(vacancy);
    p.skills = vacancy.skills.join(QLatin1Char(';'));
    p.closingDate = vacancy.closingDate.toString(Qt::ISODate);
    p.vacancy = std::move(vacancy);
    return p;
}

void VacancyBundle::setContent(QVector<Vacancy> vacancies, Mode mode, QStringList withdrawn)
{
    m_mode = mode;
    m_withdrawn = std::move(withdrawn);
    m_handover.start(vacancies.size());
    for (Vacancy &v : vacancies)
        m_handover.put(prepared(std::move(v)));
    m_handover.finish();
}

Status
VacancyBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress)
{
    // Unique per import (time and bundle id): a snapshot withdraws whatever this import did not touch, and
    // two imports within the same millisecond must not look alike.
    const QString stamp =
        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') + header.bundleIdHex().left(8);
    const QDate today = QDate::currentDate();
    // Vacancies belong to the key that signed them (BundleHeader::publisherKey), worked out once, not per row.
    const QString publisher = header.publisherKey();
    // Plain INSERT for a new vacancy and UPDATE for a known one: INSERT OR REPLACE would make SQLite keep a
    // statement journal, whose pages SQLCipher encrypts on every row.
    const char *const columns = "title = ?3, employer = ?4, skills = ?6, postcode = ?7, outcode = ?8, "
                                "latitude = ?9, longitude = ?10, hours = ?11, salary_min = ?12, salary_max = ?13, "
                                "contract_type = ?14, closing_date = ?15, withdrawn = 0, updated_at = ?16";
    Statement insert =
        db.prepare("INSERT INTO vacancies(publisher, id, title, employer, skills, postcode, outcode, latitude, "
                   "longitude, hours, salary_min, salary_max, contract_type, closing_date, withdrawn, updated_at) "
                   "VALUES(?1,?2,?3,?4,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,0,?16)");
    // Descriptions live apart (schema 8), keyed by the vacancy's row number (schema 12), so reading vacancies
    // for matching does not decrypt them.
    Statement insertText = db.prepare("INSERT INTO vacancy_descriptions(row, description) VALUES(?,?)");
    Statement updateText = db.prepare("UPDATE vacancy_descriptions SET description = ?2 WHERE row = ?1");
    Statement update = db.prepare(
        QByteArray(QByteArray("UPDATE vacancies SET ") + columns + " WHERE publisher = ?1 AND id = ?2").constData());
    // Known ids (with their row numbers) and placeable outcodes are read once, not queried for each of up to
    // two million rows.
    QHash<QString, qint64> known;
    {
        Statement ids = db.prepare("SELECT id, row FROM vacancies WHERE publisher = ?");
        ids.bind(1, publisher);
        while (ids.next())
            known.insert(ids.text(0), ids.integer(1));
    }
    QSet<QString> placeable;
    {
        Statement outcodes = db.prepare("SELECT outcode FROM outcodes");
        while (outcodes.next())
            placeable.insert(outcodes.text(0));
    }
    // What was read of a vacancy is written beside it: a new row's plainly, a known row's over its old reading (or
    // as a first one), and a known row read by nothing loses the reading of what it used to say.
    Statement insertReading = db.prepare("INSERT INTO vacancy_readings(row, stamp, occupation, confidence, "
                                         "title_evidence, skills) VALUES(?1,?2,?3,?4,?5,?6)");
    Statement updateReading = db.prepare("UPDATE vacancy_readings SET stamp = ?2, occupation = ?3, confidence = ?4, "
                                         "title_evidence = ?5, skills = ?6 WHERE row = ?1");
    Statement dropReading = db.prepare("DELETE FROM vacancy_readings WHERE row = ?");
    const qint64 readingStamp = m_reader ? m_reader->stamp() : 0;
    auto writeReading = [&](qint64 row, bool exists, const VacancyReading *reading) -> Status {
        if (!reading) {
            if (!exists)
                return {};
            dropReading.reset();
            dropReading.bind(1, row);
            return dropReading.exec();
        }
        for (Statement *s : {&updateReading, &insertReading}) {
            if (s == &updateReading && !exists)
                continue;
            s->reset();
            s->bind(1, row)
                .bind(2, readingStamp)
                .bind(3, reading->occupationId)
                .bind(4, double(reading->occupationConfidence))
                .bind(5, reading->titleEvidence)
                .bind(6, VacancyReadingCodec::encodeSkills(reading->skills));
            if (auto status = s->exec(); !status)
                return status;
            if (s == &updateReading && db.changes() > 0)
                return {};
        }
        return {};
    };
    QVector<const Vacancy *> toRead;
    QVector<VacancyReading> readings;
    QSet<QString> seen;
    const qsizetype total = std::max<qsizetype>(1, m_handover.expected());
    seen.reserve(total);
    // Vacancies arrive in batches while read() may still be parsing the rest on another thread.
    QVector<Parsed> batch;
    qsizetype i = -1;
    while (m_handover.take(batch)) {
        // The whole batch is read at once, so the reader can spread it over threads; the few that turn out to
        // be rejected below are read for nothing.
        readings.clear();
        if (m_reader) {
            toRead.clear();
            for (const Parsed &parsed : std::as_const(batch))
                toRead.append(&parsed.vacancy);
            readings = m_reader->read(toRead);
        }
        for (qsizetype b = 0; b < batch.size(); ++b) {
            const Parsed &parsed = batch.at(b);
            ++i;
            const Vacancy &v = parsed.vacancy;
            QString problem = parsed.problem;
            if (problem.isEmpty() && seen.contains(v.id))
                problem = tr("the id %1 appears twice").arg(v.id);
            if (problem.isEmpty() && !v.hasCoordinates() && !placeable.contains(v.outcode.toUpper()))
                problem =
                    tr("the postcode area %1 cannot be placed: import a postcode locations bundle").arg(v.outcode);
            if (!problem.isEmpty()) {
                const QByteArray content = VacancyCsv::toFields(v).join(QLatin1Char('\t')).toUtf8();
                if (auto status = quarantine(db, header, v.id, problem, content, summary); !status)
                    return status;
                continue;
            }
            seen.insert(v.id);
            const auto knownRow = known.constFind(v.id);
            const bool exists = knownRow != known.constEnd();
            Statement &write = exists ? update : insert;
            write.reset();
            write.bind(1, publisher)
                .bind(2, v.id)
                .bind(3, v.title)
                .bind(4, v.employer)
                .bind(6, parsed.skills)
                .bind(7, v.postcode)
                .bind(8, v.outcode);
            bindOptional(write, 9, v.latitude);
            bindOptional(write, 10, v.longitude);
            bindOptional(write, 11, v.hoursPerWeek);
            bindOptional(write, 12, v.salaryMin);
            bindOptional(write, 13, v.salaryMax);
            write.bind(14, VacancyCsv::contractTypeName(v.contractType)).bind(15, parsed.closingDate).bind(16, stamp);
            if (auto status = write.exec(); !status)
                return status;
            Statement &text = exists ? updateText : insertText;
            text.reset();
            const qint64 row = exists ? knownRow.value() : db.lastInsertRowId();
            text.bind(1, row).bind(2, v.description);
            if (auto status = text.exec(); !status)
                return status;
            if (auto status = writeReading(row, exists, b < readings.size() ? &readings.at(b) : nullptr); !status)
                return status;
            ++(exists ? summary.changed : summary.added);
            if (v.closingDate < today)
                ++summary.expired;
            if (progress && i % 2000 == 0 && !progress(100 + int(850 * i / total)))
                return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
        }
    }

    Statement withdraw = db.prepare(
        "UPDATE vacancies SET withdrawn = 1, updated_at = ? WHERE publisher = ? AND id = ? AND withdrawn = 0");
    for (const QString &id : std::as_const(m_withdrawn)) {
        withdraw.reset();
        withdraw.bind(1, stamp).bind(2, publisher).bind(3, id);
        if (auto status = withdraw.exec(); !status)
            return status;
        summary.withdrawn += db.changes();
    }
    if (m_mode == Mode::Snapshot) {
        // Everything of this publisher's that the snapshot did not carry has been withdrawn.
        Statement rest =
            db.prepare("UPDATE vacancies SET withdrawn = 1 WHERE publisher = ? AND withdrawn = 0 AND updated_at <> ?");
        rest.bind(1, publisher).bind(2, stamp);
        if (auto status = rest.exec(); !status)
            return status;
        summary.withdrawn += db.changes();
    }
    // A withdrawn or closed vacancy is no longer matched, so what was read of it goes (its description stays
    // for history until the purge below).
    Statement dropReadings = db.prepare("DELETE FROM vacancy_readings WHERE row IN "
                                        "(SELECT row FROM vacancies WHERE withdrawn = 1 OR closing_date < ?)");
    dropReadings.bind(1, today.toString(Qt::ISODate));
    if (auto status = dropReadings.exec(); !status)
        return status;
    // History is kept for a while after a vacancy closes (a coach may need to see what was applied for),
    // then it goes: whatever closed more than RetentionDays ago, from any publisher.
    const QString cutOff = today.addDays(-RetentionDays).toString(Qt::ISODate);
    Statement purgeText =
        db.prepare("DELETE FROM vacancy_descriptions WHERE row IN (SELECT row FROM vacancies WHERE closing_date < ?)");
    purgeText.bind(1, cutOff);
    if (auto status = purgeText.exec(); !status)
        return status;
    Statement purge = db.prepare("DELETE FROM vacancies WHERE closing_date < ?");
    purge.bind(1, cutOff);
    return purge.exec();
}
