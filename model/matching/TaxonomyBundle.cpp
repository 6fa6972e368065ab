#include "model/matching/TaxonomyBundle.h"

#include "model/io/PayloadArchive.h"
#include "model/matching/TaxonomyStore.h"
#include "model/vault/Database.h"

#include <QSet>

namespace
{
    constexpr int MaxIdBytes = 300;
    constexpr int MaxLabelBytes = 1000;

    void writeList(PayloadWriter &writer, const QStringList &list)
    {
        writer.writeCount(quint64(list.size()));
        for (const QString &item : list)
            writer.writeString(item);
    }

    QStringList readList(PayloadReader &reader, quint64 maximum, int maxBytes)
    {
        QStringList out;
        const quint64 count = reader.readCount(maximum);
        for (quint64 i = 0; i < count && reader.ok(); ++i)
            out.append(reader.readString(maxBytes));
        return out;
    }

    bool progressed(const ImportProgress &progress, qsizetype done, qsizetype total)
    {
        return !progress || done % 1000 != 0 || progress(100 + int(800LL * done / std::max<qsizetype>(1, total)));
    }
} // namespace

QByteArray TaxonomyBundle::encode(const Taxonomy &taxonomy)
{
    PayloadWriter writer(QByteArrayLiteral("taxonomy/1"));
    writer.writeString(taxonomy.source());
    writer.writeCount(quint64(taxonomy.concepts().size()));
    for (const SkillConcept &c : taxonomy.concepts()) {
        writer.writeString(c.id);
        writer.writeUInt(quint64(c.type));
        writer.writeString(c.preferredLabel);
        writeList(writer, c.altLabels.mid(0, qsizetype(MaxLabels)));
        writer.writeString(c.broaderId);
    }
    writer.writeCount(quint64(taxonomy.occupations().size()));
    for (const Occupation &o : taxonomy.occupations()) {
        writer.writeString(o.id);
        writer.writeString(o.preferredLabel);
        writer.writeString(o.family);
        writeList(writer, o.altLabels.mid(0, qsizetype(MaxLabels)));
        writeList(writer, o.essentialSkills);
        writeList(writer, o.optionalSkills);
    }
    return writer.finish();
}

Status TaxonomyBundle::read(PayloadReader &reader)
{
    m_source = reader.readString(64);
    m_concepts.clear();
    m_occupations.clear();
    const quint64 concepts = reader.readCount(quint64(Taxonomy::MaxConcepts));
    for (quint64 i = 0; i < concepts && reader.ok(); ++i) {
        SkillConcept c;
        c.id = reader.readString(MaxIdBytes);
        const quint64 type = reader.readUInt();
        if (type > quint64(ConceptType::Group))
            return Error{ErrorCode::BundlePayload, tr("A concept has an unknown type.")};
        c.type = ConceptType(type);
        c.preferredLabel = reader.readString(MaxLabelBytes);
        c.altLabels = readList(reader, MaxLabels, MaxLabelBytes);
        c.broaderId = reader.readString(MaxIdBytes);
        m_concepts.append(std::move(c));
    }
    const quint64 occupations = reader.readCount(quint64(Taxonomy::MaxOccupations));
    for (quint64 i = 0; i < occupations && reader.ok(); ++i) {
        Occupation o;
        o.id = reader.readString(MaxIdBytes);
        o.preferredLabel = reader.readString(MaxLabelBytes);
        o.family = reader.readString(64);
        o.altLabels = readList(reader, MaxLabels, MaxLabelBytes);
        o.essentialSkills = readList(reader, MaxSkillsPerOccupation, MaxIdBytes);
        o.optionalSkills = readList(reader, MaxSkillsPerOccupation, MaxIdBytes);
        m_occupations.append(std::move(o));
    }
    return reader.ok() ? Status() : Status(reader.error());
}

Status
TaxonomyBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress)
{
    Taxonomy taxonomy;
    taxonomy.setSource(m_source.trimmed().isEmpty() ? header.publisher : m_source.trimmed());
    const qsizetype total = m_concepts.size() + m_occupations.size();
    qsizetype done = 0;
    for (const SkillConcept &c : std::as_const(m_concepts)) {
        if (!progressed(progress, ++done, total))
            return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
        if (c.id.trimmed().isEmpty() || c.preferredLabel.trimmed().isEmpty() || taxonomy.findConcept(c.id)) {
            const QString reason = taxonomy.findConcept(c.id) ? tr("the concept id %1 appears twice").arg(c.id)
                                                              : tr("a concept needs an id and a label");
            if (Status s = quarantine(db, header, c.id, reason, c.preferredLabel.toUtf8(), summary); !s)
                return s;
            continue;
        }
        taxonomy.addConcept(c);
    }
    // Broader links to concepts that were not kept are cut, and so are loops.
    for (const SkillConcept &c : taxonomy.concepts()) {
        bool cut = !c.broaderId.isEmpty() && !taxonomy.findConcept(c.broaderId);
        for (QString up = c.broaderId; !cut && !up.isEmpty(); up = taxonomy.findConcept(up)->broaderId) {
            if (up == c.id)
                cut = true;
            else if (!taxonomy.findConcept(up))
                break;
        }
        if (cut) {
            SkillConcept copy = c;
            copy.broaderId.clear();
            taxonomy.addConcept(copy);
        }
    }
    for (Occupation o : std::as_const(m_occupations)) {
        if (!progressed(progress, ++done, total))
            return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
        if (o.id.trimmed().isEmpty() || o.preferredLabel.trimmed().isEmpty() || taxonomy.occupation(o.id)) {
            if (Status s = quarantine(db,
                                      header,
                                      o.id,
                                      tr("an occupation needs a unique id and a label"),
                                      o.preferredLabel.toUtf8(),
                                      summary);
                !s)
                return s;
            continue;
        }
        int unknown = 0;
        for (QStringList *list : {&o.essentialSkills, &o.optionalSkills}) {
            const qsizetype before = list->size();
            list->removeIf([&](const QString &id) { return !taxonomy.findConcept(id); });
            unknown += int(before - list->size());
        }
        if (unknown > 0) {
            // The occupation is kept without those skills; the record of what was left out goes to quarantine.
            if (Status s =
                    quarantine(db,
                               header,
                               o.id,
                               tr("%n skills it names are not in the bundle and were left out", nullptr, unknown),
                               o.preferredLabel.toUtf8(),
                               summary);
                !s)
                return s;
            --summary.rejected;
        }
        taxonomy.addOccupation(std::move(o));
    }
    if (taxonomy.concepts().isEmpty())
        return Error{ErrorCode::BundlePayload, tr("The taxonomy bundle holds no usable concepts.")};
    if (Status s = TaxonomyStore::write(db, taxonomy); !s)
        return s;
    summary.added = int(taxonomy.concepts().size() + taxonomy.occupations().size());
    return {};
}

QByteArray CoursesBundle::encode(const QVector<CourseOffer> &courses)
{
    PayloadWriter writer(QByteArrayLiteral("courses/1"));
    writer.writeCount(quint64(courses.size()));
    for (const CourseOffer &c : courses) {
        writer.writeString(c.id);
        writer.writeString(c.title);
        writer.writeString(c.providerType);
        writer.writeString(c.length);
        writeList(writer, c.skillLabels);
    }
    return writer.finish();
}

Status CoursesBundle::read(PayloadReader &reader)
{
    m_courses.clear();
    const quint64 count = reader.readCount(MaxCourses);
    for (quint64 i = 0; i < count && reader.ok(); ++i) {
        CourseOffer c;
        c.id = reader.readString(MaxIdBytes);
        c.title = reader.readString(MaxLabelBytes);
        c.providerType = reader.readString(64);
        c.length = reader.readString(64);
        c.skillLabels = readList(reader, MaxSkillsPerCourse, MaxLabelBytes);
        m_courses.append(std::move(c));
    }
    return reader.ok() ? Status() : Status(reader.error());
}

Status
CoursesBundle::apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress)
{
    const QString publisher = header.publisherKey();
    Statement removed = db.prepare("DELETE FROM bundle_courses WHERE publisher = ?");
    removed.bind(1, publisher);
    if (Status s = removed.exec(); !s)
        return s;
    summary.withdrawn = db.changes();
    Statement insert =
        db.prepare("INSERT INTO bundle_courses(publisher, id, title, provider, length, skills) VALUES(?,?,?,?,?,?)");
    QSet<QString> seen;
    for (qsizetype i = 0; i < m_courses.size(); ++i) {
        const CourseOffer &c = m_courses.at(i);
        if (!progressed(progress, i + 1, m_courses.size()))
            return Error{ErrorCode::Cancelled, tr("The import was cancelled. Nothing was changed.")};
        QString problem;
        if (c.id.trimmed().isEmpty() || c.title.trimmed().isEmpty())
            problem = tr("a course needs an id and a title");
        else if (seen.contains(c.id))
            problem = tr("the course id %1 appears twice").arg(c.id);
        else if (c.skillLabels.isEmpty())
            problem = tr("the course teaches no skills");
        if (!problem.isEmpty()) {
            if (Status s = quarantine(db, header, c.id, problem, c.title.toUtf8(), summary); !s)
                return s;
            continue;
        }
        seen.insert(c.id);
        insert.reset();
        insert.bind(1, publisher)
            .bind(2, c.id)
            .bind(3, c.title)
            .bind(4, c.providerType)
            .bind(5, c.length)
            .bind(6, c.skillLabels.join(QLatin1Char('\n')));
        if (Status s = insert.exec(); !s)
            return s;
        ++summary.added;
    }
    // A course that was there before and is again is a change, not a withdrawal and an addition.
    const int again = std::min(summary.withdrawn, summary.added);
    summary.changed = again;
    summary.added -= again;
    summary.withdrawn -= again;
    return {};
}
