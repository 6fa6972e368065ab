#include "model/matching/TaxonomyStore.h"

#include "model/matching/LabelMatcher.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/Database.h"

#include <QSet>

namespace
{
    const QChar ListSeparator = QLatin1Char('\n');

    QStringList splitList(const QString &text)
    {
        return text.split(ListSeparator, Qt::SkipEmptyParts);
    }

    Status clearTables(Database &db)
    {
        for (const char *sql : {"DELETE FROM taxonomy_concepts",
                                "DELETE FROM taxonomy_occupations",
                                "DELETE FROM taxonomy_courses",
                                "DELETE FROM taxonomy_skill_relations",
                                "DELETE FROM taxonomy_occupation_codes",
                                "DELETE FROM taxonomy_info"}) {
            if (Status s = db.exec(sql); !s)
                return s;
        }
        return {};
    }
} // namespace

Result<bool> TaxonomyStore::hasStored(Database &db)
{
    auto count = db.scalarInteger("SELECT count(*) FROM taxonomy_info WHERE key = 'source'");
    if (!count)
        return count.error();
    return count.value() > 0;
}

Result<Taxonomy> TaxonomyStore::load(Database &db)
{
    auto taxonomy = loadConcepts(db);
    if (!taxonomy)
        return taxonomy.error();
    if (Status s = attachCourses(db, taxonomy.value()); !s)
        return s.error();
    return taxonomy;
}

Status TaxonomyStore::attachCourses(Database &db, Taxonomy &taxonomy)
{
    // Courses name their skills by label, so one list serves whichever taxonomy is in use.
    QVector<QPair<Course, QStringList>> offers;
    auto builtIn = Taxonomy::builtIn();
    if (!builtIn)
        return builtIn.error();
    for (const Course &course : builtIn->courses()) {
        QStringList labels;
        for (const QString &id : course.skills)
            labels.append(builtIn->labelOf(id));
        offers.append({course, labels});
    }
    for (const Course &course : taxonomy.courses()) {
        QStringList labels;
        for (const QString &id : course.skills)
            labels.append(taxonomy.labelOf(id));
        offers.append({course, labels});
    }
    Statement rows =
        db.prepare("SELECT publisher, id, title, provider, length, skills FROM bundle_courses ORDER BY rowid");
    while (rows.next()) {
        offers.append(
            {Course{rows.text(0) + QLatin1Char('/') + rows.text(1), rows.text(2), rows.text(3), rows.text(4), {}},
             splitList(rows.text(5))});
    }
    if (rows.failed())
        return rows.error();

    QHash<QString, QString> idByLabel;
    for (const SkillConcept &c : taxonomy.concepts()) {
        idByLabel.insert(LabelMatcher::normalise(c.preferredLabel), c.id);
        for (const QString &alt : c.altLabels)
            idByLabel.insert(LabelMatcher::normalise(alt), c.id);
    }
    for (const SkillConcept &c : taxonomy.concepts())
        idByLabel.insert(LabelMatcher::normalise(c.preferredLabel), c.id); // preferred labels win
    taxonomy.clearCourses();
    QSet<QString> ids;
    for (auto &[course, labels] : offers) {
        if (ids.contains(course.id))
            continue;
        course.skills.clear();
        for (const QString &label : labels) {
            const QString id = idByLabel.value(LabelMatcher::normalise(label));
            if (!id.isEmpty() && !course.skills.contains(id))
                course.skills.append(id);
        }
        if (course.skills.isEmpty())
            continue;
        ids.insert(course.id);
        taxonomy.addCourse(course);
    }
    return {};
}

Result<Taxonomy> TaxonomyStore::loadConcepts(Database &db)
{
    auto stored = hasStored(db);
    if (!stored)
        return stored.error();
    if (!stored.value())
        return Taxonomy::builtIn();

    Taxonomy taxonomy;
    auto source = db.scalarText("SELECT value FROM taxonomy_info WHERE key = 'source'");
    if (!source)
        return source.error();
    taxonomy.setSource(source.value());

    Statement concepts =
        db.prepare("SELECT id, type, label, alt_labels, broader, description FROM taxonomy_concepts ORDER BY rowid");
    while (concepts.next()) {
        SkillConcept c;
        c.id = concepts.text(0);
        c.type = Taxonomy::typeFromName(concepts.text(1)).value_or(ConceptType::Skill);
        c.preferredLabel = concepts.text(2);
        c.altLabels = splitList(concepts.text(3));
        c.broaderId = concepts.text(4);
        c.description = concepts.text(5);
        taxonomy.addConcept(std::move(c));
    }
    if (concepts.failed())
        return concepts.error();
    // Relations are set per skill once all are read, in the order they were written.
    QHash<QString, QStringList> relatedBySkill;
    Statement relations = db.prepare("SELECT skill, related FROM taxonomy_skill_relations ORDER BY rowid");
    while (relations.next())
        relatedBySkill[relations.text(0)].append(relations.text(1));
    if (relations.failed())
        return relations.error();
    for (auto it = relatedBySkill.constBegin(); it != relatedBySkill.constEnd(); ++it) {
        if (const SkillConcept *found = taxonomy.findConcept(it.key())) {
            SkillConcept c = *found;
            c.relatedSkills = it.value();
            taxonomy.addConcept(std::move(c));
        }
    }

    Statement occupations =
        db.prepare("SELECT id, label, family, alt_labels, essential, optional, description FROM taxonomy_occupations "
                   "ORDER BY rowid");
    while (occupations.next()) {
        Occupation o;
        o.id = occupations.text(0);
        o.preferredLabel = occupations.text(1);
        o.family = occupations.text(2);
        o.altLabels = splitList(occupations.text(3));
        o.essentialSkills = splitList(occupations.text(4));
        o.optionalSkills = splitList(occupations.text(5));
        o.description = occupations.text(6);
        taxonomy.addOccupation(std::move(o));
    }
    if (occupations.failed())
        return occupations.error();
    Statement codes = db.prepare("SELECT occupation, code FROM taxonomy_occupation_codes");
    while (codes.next()) {
        if (const Occupation *found = taxonomy.occupation(codes.text(0))) {
            Occupation o = *found;
            o.code = codes.text(1);
            taxonomy.addOccupation(std::move(o));
        }
    }
    if (codes.failed())
        return codes.error();

    Statement courses = db.prepare("SELECT id, title, provider, length, skills FROM taxonomy_courses ORDER BY rowid");
    while (courses.next()) {
        taxonomy.addCourse(
            {courses.text(0), courses.text(1), courses.text(2), courses.text(3), splitList(courses.text(4))});
    }
    if (courses.failed())
        return courses.error();
    return taxonomy;
}

Status TaxonomyStore::write(Database &db, const Taxonomy &taxonomy, const Progress &progress)
{
    if (Status s = clearTables(db); !s)
        return s;
    const qint64 total = taxonomy.concepts().size() + taxonomy.occupations().size() + taxonomy.courses().size();
    qint64 done = 0;
    auto step = [&]() -> Status {
        ++done;
        if (progress && done % 1000 == 0 && !progress(done, total))
            return Error{ErrorCode::Cancelled, tr("The taxonomy import was cancelled; the taxonomy is as it was.")};
        return {};
    };

    Statement skillConcept = db.prepare(
        "INSERT INTO taxonomy_concepts(id, type, label, alt_labels, broader, description) VALUES(?,?,?,?,?,?)");
    for (const SkillConcept &c : taxonomy.concepts()) {
        skillConcept.bind(1, c.id)
            .bind(2, Taxonomy::typeName(c.type))
            .bind(3, c.preferredLabel)
            .bind(4, c.altLabels.join(ListSeparator))
            .bind(5, c.broaderId)
            .bind(6, c.description);
        if (Status s = skillConcept.exec(); !s)
            return s;
        skillConcept.reset();
        if (Status s = step(); !s)
            return s;
    }
    Statement occupation =
        db.prepare("INSERT INTO taxonomy_occupations(id, label, family, alt_labels, essential, optional, description) "
                   "VALUES(?,?,?,?,?,?,?)");
    for (const Occupation &o : taxonomy.occupations()) {
        occupation.bind(1, o.id)
            .bind(2, o.preferredLabel)
            .bind(3, o.family)
            .bind(4, o.altLabels.join(ListSeparator))
            .bind(5, o.essentialSkills.join(ListSeparator))
            .bind(6, o.optionalSkills.join(ListSeparator))
            .bind(7, o.description);
        if (Status s = occupation.exec(); !s)
            return s;
        occupation.reset();
        if (Status s = step(); !s)
            return s;
    }
    Statement relation = db.prepare("INSERT INTO taxonomy_skill_relations(skill, related) VALUES(?,?)");
    for (const SkillConcept &c : taxonomy.concepts()) {
        for (const QString &related : c.relatedSkills) {
            relation.bind(1, c.id).bind(2, related);
            if (Status s = relation.exec(); !s)
                return s;
            relation.reset();
        }
    }
    Statement code = db.prepare("INSERT INTO taxonomy_occupation_codes(occupation, code) VALUES(?,?)");
    for (const Occupation &o : taxonomy.occupations()) {
        if (o.code.isEmpty())
            continue;
        code.bind(1, o.id).bind(2, o.code);
        if (Status s = code.exec(); !s)
            return s;
        code.reset();
    }
    Statement course =
        db.prepare("INSERT INTO taxonomy_courses(id, title, provider, length, skills) VALUES(?,?,?,?,?)");
    for (const Course &c : taxonomy.courses()) {
        course.bind(1, c.id)
            .bind(2, c.title)
            .bind(3, c.providerType)
            .bind(4, c.length)
            .bind(5, c.skills.join(ListSeparator));
        if (Status s = course.exec(); !s)
            return s;
        course.reset();
        if (Status s = step(); !s)
            return s;
    }
    Statement info = db.prepare("INSERT INTO taxonomy_info(key, value) VALUES('source', ?)");
    info.bind(1, taxonomy.source().isEmpty() ? QStringLiteral("imported") : taxonomy.source());
    return info.exec();
}

Status TaxonomyStore::replace(Database &db, AuditLog &audit, const Taxonomy &taxonomy, const Progress &progress)
{
    Transaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status s = write(db, taxonomy, progress); !s)
        return s;
    const QString detail = QStringLiteral("%1 concepts, %2 occupations, %3 courses")
                               .arg(taxonomy.concepts().size())
                               .arg(taxonomy.occupations().size())
                               .arg(taxonomy.courses().size());
    if (Status s = audit.append(AuditAction::TaxonomyReplace, taxonomy.source(), detail); !s)
        return s;
    return transaction.commit();
}

Status TaxonomyStore::clear(Database &db, AuditLog &audit)
{
    Transaction transaction(db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    if (Status s = clearTables(db); !s)
        return s;
    if (Status s = audit.append(AuditAction::TaxonomyBuiltin); !s)
        return s;
    return transaction.commit();
}
