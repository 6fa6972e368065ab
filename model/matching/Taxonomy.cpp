#include "model/matching/Taxonomy.h"

#include "model/core/TextFolding.h"
#include "model/core/Translations.h"

#include <QDir>
#include <QFile>
#include <QSet>

namespace
{
    QStringList splitList(const QString &field);
} // namespace

void Taxonomy::addConcept(SkillConcept skillConcept)
{
    const auto it = m_conceptById.constFind(skillConcept.id);
    if (it != m_conceptById.constEnd()) {
        m_concepts[*it] = std::move(skillConcept);
        return;
    }
    m_conceptById.insert(skillConcept.id, int(m_concepts.size()));
    m_concepts.append(std::move(skillConcept));
}

void Taxonomy::addOccupation(Occupation occupation)
{
    const auto it = m_occupationById.constFind(occupation.id);
    if (it != m_occupationById.constEnd()) {
        m_occupations[*it] = std::move(occupation);
        return;
    }
    m_occupationById.insert(occupation.id, int(m_occupations.size()));
    m_occupations.append(std::move(occupation));
}

void Taxonomy::addCourse(Course course)
{
    m_courses.append(std::move(course));
}

void Taxonomy::clearCourses()
{
    m_courses.clear();
}

const SkillConcept *Taxonomy::findConcept(const QString &id) const
{
    const int index = conceptIndex(id);
    return index < 0 ? nullptr : &m_concepts.at(index);
}

const Occupation *Taxonomy::occupation(const QString &id) const
{
    const int index = occupationIndex(id);
    return index < 0 ? nullptr : &m_occupations.at(index);
}

QString Taxonomy::labelOf(const QString &conceptId) const
{
    const SkillConcept *c = findConcept(conceptId);
    return c ? c->preferredLabel : conceptId;
}

QString Taxonomy::labelOf(const QString &conceptId, LabelLanguage language) const
{
    if (language == LabelLanguage::Welsh) {
        if (const TranslatedLabels *welsh = welshLabels(conceptId); welsh && findConcept(conceptId))
            return welsh->preferred;
    }
    return labelOf(conceptId);
}

QString Taxonomy::occupationLabel(const QString &occupationId, LabelLanguage language) const
{
    const Occupation *o = occupation(occupationId);
    if (!o)
        return occupationId;
    if (language == LabelLanguage::Welsh) {
        if (const TranslatedLabels *welsh = welshLabels(occupationId))
            return welsh->preferred;
    }
    return o->preferredLabel;
}

bool Taxonomy::isTranslated(const QString &id, LabelLanguage language) const
{
    return language == LabelLanguage::English || welshLabels(id) != nullptr;
}

const TranslatedLabels *Taxonomy::welshLabels(const QString &id) const
{
    const auto it = m_welsh.constFind(id);
    return it == m_welsh.constEnd() ? nullptr : &*it;
}

LabelLanguage Taxonomy::displayLanguage()
{
    return Translations::language() == QLatin1String("cy") ? LabelLanguage::Welsh : LabelLanguage::English;
}

Status Taxonomy::addWelshLabels(const QString &file, const QByteArray &bytes)
{
    QHash<QString, QStringList> idsByLabel;
    for (const SkillConcept &c : std::as_const(m_concepts))
        idsByLabel[TextFolding::fold(c.preferredLabel)].append(c.id);
    for (const Occupation &o : std::as_const(m_occupations))
        idsByLabel[TextFolding::fold(o.preferredLabel)].append(o.id);

    QHash<QString, TranslatedLabels> welsh = m_welsh;
    const QList<QByteArray> lines = bytes.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString text = QString::fromUtf8(lines.at(i)).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = text.split(QLatin1Char('|'));
        const int line = i + 1;
        if (f.size() < 2 || f.size() > 3 || f.at(0).trimmed().isEmpty() || f.at(1).trimmed().isEmpty())
            return Error{ErrorCode::Invalid,
                         tr("%1, line %2: a Welsh label needs the English label and the Welsh one: "
                            "English|Welsh|alternatives")
                             .arg(file)
                             .arg(line)};
        const QStringList ids = idsByLabel.value(TextFolding::fold(f.at(0).trimmed()));
        if (ids.isEmpty())
            return Error{ErrorCode::Invalid,
                         tr("%1, line %2: \"%3\" is not a skill or occupation in the taxonomy.")
                             .arg(file)
                             .arg(line)
                             .arg(f.at(0).trimmed())};
        TranslatedLabels labels{f.at(1).trimmed(), splitList(f.value(2))};
        for (const QString &id : ids)
            welsh.insert(id, labels);
    }
    m_welsh = std::move(welsh);
    return {};
}

Status Taxonomy::validate() const
{
    for (const SkillConcept &c : m_concepts) {
        if (!c.broaderId.isEmpty() && !findConcept(c.broaderId))
            return Error{
                ErrorCode::Invalid,
                tr("The skill \"%1\" names a broader skillConcept that is not in the taxonomy.").arg(c.preferredLabel)};
        for (const QString &related : c.relatedSkills) {
            if (!findConcept(related))
                return Error{ErrorCode::Invalid,
                             tr("The skill \"%1\" is related to a skill that is not in the taxonomy (%2).")
                                 .arg(c.preferredLabel, related)};
        }
        // Walk up: a chain longer than the number of concepts has a cycle.
        QString up = c.broaderId;
        for (qsizetype steps = 0; !up.isEmpty(); ++steps) {
            if (steps > m_concepts.size())
                return Error{ErrorCode::Invalid,
                             tr("The skill \"%1\" is its own broader skillConcept.").arg(c.preferredLabel)};
            const SkillConcept *parent = findConcept(up);
            up = parent ? parent->broaderId : QString();
        }
    }
    for (const Occupation &o : m_occupations) {
        for (const QStringList *list : {&o.essentialSkills, &o.optionalSkills}) {
            for (const QString &id : *list) {
                if (!findConcept(id))
                    return Error{ErrorCode::Invalid,
                                 tr("The occupation \"%1\" needs a skill that is not in the taxonomy (%2).")
                                     .arg(o.preferredLabel, id)};
            }
        }
    }
    for (const Course &course : m_courses) {
        for (const QString &id : course.skills) {
            if (!findConcept(id))
                return Error{
                    ErrorCode::Invalid,
                    tr("The course \"%1\" teaches a skill that is not in the taxonomy (%2).").arg(course.title, id)};
        }
    }
    return {};
}

QString Taxonomy::slugId(const QString &prefix, const QString &label)
{
    const QString folded = TextFolding::fold(label);
    QString slug;
    slug.reserve(folded.size());
    bool dash = false;
    for (QChar c : folded) {
        if (c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#')) {
            if (dash && !slug.isEmpty())
                slug.append(QLatin1Char('-'));
            slug.append(c);
            dash = false;
        } else {
            dash = true;
        }
    }
    return prefix + slug;
}

QString Taxonomy::typeName(ConceptType type)
{
    switch (type) {
    case ConceptType::Skill:
        return QStringLiteral("skill");
    case ConceptType::Knowledge:
        return QStringLiteral("knowledge");
    case ConceptType::Licence:
        return QStringLiteral("licence");
    case ConceptType::Group:
        return QStringLiteral("group");
    }
    return QStringLiteral("skill");
}

std::optional<ConceptType> Taxonomy::typeFromName(QStringView name)
{
    for (ConceptType type : {ConceptType::Skill, ConceptType::Knowledge, ConceptType::Licence, ConceptType::Group}) {
        if (name == typeName(type))
            return type;
    }
    return std::nullopt;
}

namespace
{
    QStringList splitList(const QString &field)
    {
        QStringList out;
        for (const QString &part : field.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QString trimmed = part.trimmed();
            if (!trimmed.isEmpty())
                out.append(trimmed);
        }
        return out;
    }

    struct PendingOccupation
    {
        QString file;
        int line = 0;
        Occupation occupation;
        QStringList essentialLabels;
        QStringList optionalLabels;
    };

    struct PendingCourse
    {
        QString file;
        int line = 0;
        Course course;
        QStringList skillLabels;
    };
} // namespace

Result<Taxonomy> Taxonomy::parseText(const QList<QPair<QString, QByteArray>> &files)
{
    Taxonomy taxonomy;
    taxonomy.setSource(QStringLiteral("builtin"));
    // Skills are referred to by preferred label; the same skill may be declared in two files, and
    // then its alternative labels are merged.
    QHash<QString, QString> idByLabel;
    QHash<QString, QString> broaderLabel;
    QVector<PendingOccupation> occupations;
    QVector<PendingCourse> courses;

    auto fail = [](const QString &file, int line, const QString &why) {
        return Error{ErrorCode::Invalid, tr("%1, line %2: %3").arg(file).arg(line).arg(why)};
    };

    for (const auto &[file, bytes] : files) {
        const QList<QByteArray> lines = bytes.split('\n');
        for (int i = 0; i < lines.size(); ++i) {
            const QString text = QString::fromUtf8(lines.at(i)).trimmed();
            if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
                continue;
            const QStringList f = text.split(QLatin1Char('|'));
            const int line = i + 1;
            const QString tag = f.value(0);
            if (tag == QLatin1String("S")) {
                if (f.size() != 5 || f.at(1).trimmed().isEmpty())
                    return fail(file, line, tr("a skill needs five fields: S|label|type|broader|alternatives"));
                const auto type = typeFromName(f.at(2).trimmed());
                if (!type)
                    return fail(
                        file,
                        line,
                        tr("\"%1\" is not a skillConcept type (skill, knowledge, licence, group)").arg(f.at(2)));
                const QString label = f.at(1).trimmed();
                const QString key = TextFolding::fold(label);
                const QString id = idByLabel.value(key, slugId(QStringLiteral("uk:"), label));
                SkillConcept skillConcept;
                if (const SkillConcept *existing = taxonomy.findConcept(id))
                    skillConcept = *existing;
                skillConcept.id = id;
                skillConcept.preferredLabel = label;
                skillConcept.type = *type;
                for (const QString &alt : splitList(f.at(4))) {
                    if (!skillConcept.altLabels.contains(alt, Qt::CaseInsensitive))
                        skillConcept.altLabels.append(alt);
                }
                idByLabel.insert(key, id);
                if (!f.at(3).trimmed().isEmpty())
                    broaderLabel.insert(id, f.at(3).trimmed());
                taxonomy.addConcept(std::move(skillConcept));
            } else if (tag == QLatin1String("O")) {
                if (f.size() != 6 || f.at(1).trimmed().isEmpty())
                    return fail(file,
                                line,
                                tr("an occupation needs six fields: O|title|family|alternatives|essential|optional"));
                PendingOccupation pending{file, line, {}, splitList(f.at(4)), splitList(f.at(5))};
                pending.occupation.preferredLabel = f.at(1).trimmed();
                pending.occupation.id = slugId(QStringLiteral("uk-occ:"), pending.occupation.preferredLabel);
                pending.occupation.family = f.at(2).trimmed();
                pending.occupation.altLabels = splitList(f.at(3));
                occupations.append(std::move(pending));
            } else if (tag == QLatin1String("C")) {
                if (f.size() != 5 || f.at(1).trimmed().isEmpty())
                    return fail(file, line, tr("a course needs five fields: C|title|provider|length|skills"));
                PendingCourse pending{file, line, {}, splitList(f.at(4))};
                pending.course.title = f.at(1).trimmed();
                pending.course.id = slugId(QStringLiteral("uk-course:"), pending.course.title);
                pending.course.providerType = f.at(2).trimmed();
                pending.course.length = f.at(3).trimmed();
                courses.append(std::move(pending));
            } else {
                return fail(file, line, tr("a line must start with S, O or C"));
            }
        }
    }

    for (auto it = broaderLabel.constBegin(); it != broaderLabel.constEnd(); ++it) {
        const QString broaderId = idByLabel.value(TextFolding::fold(it.value()));
        if (broaderId.isEmpty())
            return Error{ErrorCode::Invalid, tr("The broader skillConcept \"%1\" is not defined.").arg(it.value())};
        SkillConcept skillConcept = *taxonomy.findConcept(it.key());
        skillConcept.broaderId = broaderId;
        taxonomy.addConcept(std::move(skillConcept));
    }
    auto resolve = [&](const QStringList &labels, QStringList &ids, const QString &file, int line) -> Status {
        for (const QString &label : labels) {
            const QString id = idByLabel.value(TextFolding::fold(label));
            if (id.isEmpty())
                return fail(file, line, tr("the skill \"%1\" is not defined").arg(label));
            if (!ids.contains(id))
                ids.append(id);
        }
        return {};
    };
    for (PendingOccupation &pending : occupations) {
        if (Status s = resolve(pending.essentialLabels, pending.occupation.essentialSkills, pending.file, pending.line);
            !s)
            return s.error();
        if (Status s = resolve(pending.optionalLabels, pending.occupation.optionalSkills, pending.file, pending.line);
            !s)
            return s.error();
        taxonomy.addOccupation(std::move(pending.occupation));
    }
    for (PendingCourse &pending : courses) {
        if (Status s = resolve(pending.skillLabels, pending.course.skills, pending.file, pending.line); !s)
            return s.error();
        taxonomy.addCourse(std::move(pending.course));
    }
    if (Status s = taxonomy.validate(); !s)
        return s.error();
    return taxonomy;
}

Result<Taxonomy> Taxonomy::builtIn()
{
    // Parsed once per process (thread-safe static); copies share the data.
    static const Result<Taxonomy> parsed = readBuiltIn();
    return parsed;
}

Result<Taxonomy> Taxonomy::readBuiltIn()
{
    QList<QPair<QString, QByteArray>> files;
    const QDir dir(QStringLiteral(":/taxonomy"));
    for (const QString &name : dir.entryList({QStringLiteral("*.txt")}, QDir::Files, QDir::Name)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, tr("The built-in taxonomy file %1 cannot be read.").arg(name)};
        files.append({name, file.readAll()});
    }
    if (files.isEmpty())
        return Error{ErrorCode::Internal, tr("The built-in taxonomy is missing from this build.")};
    Result<Taxonomy> taxonomy = parseText(files);
    if (!taxonomy)
        return taxonomy;
    // Welsh names, in a folder of their own so the loop above does not read them as taxonomy records.
    QFile welsh(QStringLiteral(":/taxonomy/cy/labels.txt"));
    if (!welsh.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Internal, tr("The built-in taxonomy's Welsh labels are missing from this build.")};
    if (Status s = taxonomy->addWelshLabels(QStringLiteral("cy/labels.txt"), welsh.readAll()); !s)
        return s.error();
    return taxonomy;
}
