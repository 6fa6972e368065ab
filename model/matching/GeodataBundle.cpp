#include "model/matching/GeodataBundle.h"

#include "model/core/Validators.h"
#include "model/io/PayloadArchive.h"
#include "model/vault/Database.h"

#include <QDateTime>

namespace
{
    // Great Britain, Northern Ireland, the Channel Islands and the Isle of Man, with a margin.
    bool insideUk(double latitude, double longitude)
    {
        return latitude >= 49.0 && latitude <= 61.0 && longitude >= -8.8 && longitude <= 2.0;
    }
} // namespace

QByteArray GeodataBundle::encode(const QVector<OutcodeCentroid> &centroids)
{
    PayloadWriter writer(QByteArrayLiteral("geodata/1"));
    writer.writeCount(quint64(centroids.size()));
    for (const OutcodeCentroid &c : centroids) {
        writer.writeString(c.outcode);
        writer.writeDouble(c.latitude);
        writer.writeDouble(c.longitude);
    }
    return writer.finish();
}

std::optional<OutcodeCentroid> GeodataBundle::lookup(Database &db, const QString &outcode)
{
    Statement row = db.prepare("SELECT latitude, longitude FROM outcodes WHERE outcode = ?");
    row.bind(1, outcode.trimmed().toUpper());
    if (!row.next())
        return std::nullopt;
    return OutcodeCentroid{outcode.trimmed().toUpper(), row.real(0), row.real(1)};
}

Status GeodataBundle::read(PayloadReader &reader)
{
    const quint64 count = reader.readCount(MaxOutcodes);
    m_items.clear();
    m_items.reserve(int(count));
    for (quint64 i = 0; i < count && reader.ok(); ++i) {
        OutcodeCentroid c;
        c.outcode = reader.readString(8);
        c.latitude = reader.readDouble();
        c.longitude = reader.readDouble();
        m_items.append(c);
    }
    return reader.ok() ? Status() : Status(reader.error());
}

Status
GeodataBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress)
{
    Statement existing = db.prepare("SELECT 1 FROM outcodes WHERE outcode = ?");
    Statement upsert =
        db.prepare("INSERT OR REPLACE INTO outcodes(outcode, latitude, longitude, updated_at) VALUES(?,?,?,?)");
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (int i = 0; i < m_items.size(); ++i) {
        const OutcodeCentroid &c = m_items.at(i);
        const auto outcode = Validators::outcode(c.outcode);
        QString problem;
        if (!outcode.valid || outcode.canonical != c.outcode.toUpper())
            problem = tr("%1 is not a postcode outward code").arg(c.outcode);
        else if (!insideUk(c.latitude, c.longitude))
            problem = tr("%1 is placed outside the UK").arg(c.outcode);
        if (!problem.isEmpty()) {
            const QByteArray content =
                QStringLiteral("%1,%2,%3").arg(c.outcode).arg(c.latitude).arg(c.longitude).toUtf8();
            if (auto status = quarantine(db, header, c.outcode, problem, content, summary); !status)
                return status;
            continue;
        }
        existing.reset();
        existing.bind(1, outcode.canonical);
        const bool known = existing.next();
        upsert.reset();
        upsert.bind(1, outcode.canonical).bind(2, c.latitude).bind(3, c.longitude).bind(4, now);
        if (auto status = upsert.exec(); !status)
            return status;
        ++(known ? summary.changed : summary.added);
        if (progress && i % 1000 == 0 && !progress(100 + int(900LL * i / std::max<qsizetype>(1, m_items.size()))))
            return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
    }
    return {};
}
