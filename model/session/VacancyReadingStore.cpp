#include "model/session/VacancyReadingStore.h"

#include "model/matching/VacancyBundle.h"
#include "model/matching/VacancyReadingCodec.h"
#include "model/vault/Database.h"

namespace
{
    const char *const UnreadOpenRows = "SELECT v.row FROM vacancies v LEFT JOIN vacancy_readings r ON r.row = v.row "
                                       "WHERE v.withdrawn = 0 AND v.closing_date >= ?1 "
                                       "AND (r.row IS NULL OR r.stamp <> ?2)";
} // namespace

Result<qint64> VacancyReadingStore::refresh(Database &db,
                                            const VacancyReadingSource &reader,
                                            const QDate &today,
                                            const Progress &progress)
{
    const qint64 stamp = reader.stamp();
    QVector<qint64> rows;
    {
        Statement select = db.prepare(UnreadOpenRows);
        select.bind(1, today.toString(Qt::ISODate)).bind(2, stamp);
        while (select.next())
            rows.append(select.integer(0));
        if (select.failed())
            return select.error();
    }
    Statement fetch = db.prepare("SELECT v.title, v.skills, coalesce(d.description, '') FROM vacancies v "
                                 "LEFT JOIN vacancy_descriptions d ON d.row = v.row WHERE v.row = ?");
    // REPLACE is safe here: nothing triggers on this table, and a refresh is not the import's hot path.
    Statement write = db.prepare("INSERT OR REPLACE INTO vacancy_readings(row, stamp, occupation, confidence, "
                                 "title_evidence, skills) VALUES(?1,?2,?3,?4,?5,?6)");
    const qint64 total = rows.size();
    QVector<Vacancy> batch;
    QVector<const Vacancy *> pointers;
    for (qint64 from = 0; from < total; from += BatchSize) {
        if (progress && !progress(from, total))
            return Error{ErrorCode::Cancelled, tr("Reading the vacancies again was cancelled.")};
        const qint64 to = std::min(total, from + BatchSize);
        batch.clear();
        for (qint64 i = from; i < to; ++i) {
            fetch.reset();
            fetch.bind(1, rows.at(i));
            if (!fetch.next())
                return fetch.failed() ? fetch.error() : Error{ErrorCode::Damaged, tr("A vacancy could not be read.")};
            Vacancy v;
            v.title = fetch.text(0);
            v.skills = fetch.text(1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
            v.description = fetch.text(2);
            batch.append(std::move(v));
        }
        pointers.clear();
        for (const Vacancy &v : std::as_const(batch))
            pointers.append(&v);
        const QVector<VacancyReading> readings = reader.read(pointers);
        for (qint64 i = from; i < to; ++i) {
            const VacancyReading &reading = readings.at(i - from);
            write.reset();
            write.bind(1, rows.at(i))
                .bind(2, stamp)
                .bind(3, reading.occupationId)
                .bind(4, double(reading.occupationConfidence))
                .bind(5, reading.titleEvidence)
                .bind(6, VacancyReadingCodec::encodeSkills(reading.skills));
            if (auto status = write.exec(); !status)
                return status.error();
        }
    }
    if (progress)
        progress(total, total);
    return total;
}

Result<qint64> VacancyReadingStore::unreadCount(Database &db, qint64 stamp, const QDate &today)
{
    Statement count = db.prepare(QByteArray(QByteArray("SELECT count(*) FROM (") + UnreadOpenRows + ")").constData());
    count.bind(1, today.toString(Qt::ISODate)).bind(2, stamp);
    if (!count.next())
        return count.failed() ? Result<qint64>(count.error()) : Result<qint64>(qint64(0));
    return count.integer(0);
}

Result<VacancyText> VacancyReadingStore::load(Database &db, const QString &vacancyId, qint64 stamp)
{
    Statement select = db.prepare("SELECT v.title, coalesce(d.description, ''), r.stamp, r.occupation, r.confidence, "
                                  "r.title_evidence, r.skills FROM vacancies v "
                                  "LEFT JOIN vacancy_descriptions d ON d.row = v.row "
                                  "LEFT JOIN vacancy_readings r ON r.row = v.row "
                                  "WHERE v.id = ? ORDER BY v.withdrawn, v.row DESC LIMIT 1");
    select.bind(1, vacancyId);
    if (!select.next()) {
        if (select.failed())
            return select.error();
        return Error{ErrorCode::NotFound, tr("That vacancy is no longer in the vault.")};
    }
    VacancyText text;
    text.title = select.text(0);
    text.description = select.text(1);
    if (!select.isNull(2)) {
        if (select.integer(2) != stamp) {
            text.stale = true;
        } else {
            bool ok = false;
            text.reading.skills = VacancyReadingCodec::decodeSkills(select.view(6), &ok);
            text.reading.occupationId = select.text(3);
            text.reading.occupationConfidence = float(select.real(4));
            text.reading.titleEvidence = select.text(5);
            // A span past the end of the text it was read from cannot be shown; a damaged row reads as unread.
            for (const ReadSkill &skill : std::as_const(text.reading.skills)) {
                if (skill.end > text.description.size())
                    ok = false;
            }
            if (!ok)
                text.reading = {};
        }
    }
    return text;
}
