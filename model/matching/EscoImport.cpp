#include "model/matching/EscoImport.h"

#include "model/core/DisplaySafe.h"
#include "model/io/CsvReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace
{
    const QLatin1String EscoPrefix("http://data.europa.eu/esco/");

    QStringList labelLines(const QString &field)
    {
        QStringList out;
        for (const QString &line : field.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString trimmed = line.trimmed();
            if (!trimmed.isEmpty() && !out.contains(trimmed))
                out.append(trimmed);
        }
        return out;
    }

    /** Opens one CSV of the release and hands each record to `row`, naming the file in any error. */
    class EscoFile
    {
        Q_DECLARE_TR_FUNCTIONS(EscoImport)

    public:
        EscoFile(const QString &path, qint64 totalBytes, qint64 bytesBefore, const EscoImport::Progress &progress)
            : m_path(path)
            , m_totalBytes(totalBytes)
            , m_bytesBefore(bytesBefore)
            , m_progress(progress)
        {}

        /** `optional` columns follow `required` in the values handed to `row`, empty where the file lacks them. */
        template <typename Row>
        Status read(const QStringList &required, Row row, const QStringList &optional = {})
        {
            const QString name = QFileInfo(m_path).fileName();
            QFile file(m_path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{ErrorCode::Io, tr("%1 cannot be read: %2").arg(name, file.errorString())};
            CsvReader::Limits limits;
            limits.maxFieldBytes = 4 << 20;
            CsvReader reader(&file, limits);
            if (m_progress) {
                reader.setProgress([this, name](qint64 bytes) {
                    return m_progress(name, double(m_bytesBefore + bytes) / double(std::max<qint64>(1, m_totalBytes)));
                });
            }
            if (Status s = reader.readHeader(required); !s)
                return Error{s.error().code, tr("%1: %2").arg(name, s.error().message)};
            QVector<int> columns;
            for (const QString &column : required)
                columns.append(reader.column(column));
            for (const QString &column : optional)
                columns.append(reader.column(column));
            CsvRecord record;
            while (true) {
                auto more = reader.readRecord(record);
                if (!more)
                    return Error{more.error().code, tr("%1: %2").arg(name, more.error().message)};
                if (!more.value())
                    break;
                QStringList values;
                values.reserve(columns.size());
                // An ESCO folder is outside input like a bundle: its labels reach terminals and CSV files, so
                // escape sequences and bidi overrides go here, once (line feeds stay: altLabels is a list by line).
                for (int column : columns)
                    values.append(DisplaySafe::multiLine(record.value(column)));
                if (Status s = row(values, record.line); !s)
                    return Error{s.error().code,
                                 tr("%1, line %2: %3").arg(name).arg(record.line).arg(s.error().message)};
            }
            return {};
        }

    private:
        QString m_path;
        qint64 m_totalBytes;
        qint64 m_bytesBefore;
        const EscoImport::Progress &m_progress;
    };
} // namespace

QString EscoImport::idFromUri(const QString &uri)
{
    const QString trimmed = uri.trimmed();
    if (trimmed.startsWith(EscoPrefix))
        return QLatin1String("esco:") + trimmed.mid(EscoPrefix.size());
    return QLatin1String("esco:") + trimmed;
}

Result<Taxonomy> EscoImport::read(const QString &directory, const Progress &progress, Counts *countsOut)
{
    const QDir dir(directory);
    if (!dir.exists())
        return Error{ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(directory))};
    const QString skillsPath = dir.filePath(QStringLiteral("skills_en.csv"));
    const QString occupationsPath = dir.filePath(QStringLiteral("occupations_en.csv"));
    QString relationsPath = dir.filePath(QStringLiteral("occupationSkillRelations_en.csv"));
    if (!QFileInfo::exists(relationsPath))
        relationsPath = dir.filePath(QStringLiteral("occupationSkillRelations.csv"));
    const QString broaderPath = dir.filePath(QStringLiteral("broaderRelationsSkillPillar.csv"));
    const QString groupsPath = dir.filePath(QStringLiteral("skillGroups_en.csv"));
    const QString skillRelationsPath = dir.filePath(QStringLiteral("skillSkillRelations.csv"));
    for (const QString &path : {skillsPath, occupationsPath, relationsPath}) {
        if (!QFileInfo::exists(path))
            return Error{ErrorCode::NotFound,
                         tr("%1 is missing from the folder: an ESCO release needs skills_en.csv, occupations_en.csv "
                            "and occupationSkillRelations.csv.")
                             .arg(QFileInfo(path).fileName())};
    }
    QStringList paths = {skillsPath, occupationsPath, relationsPath};
    if (QFileInfo::exists(groupsPath))
        paths.prepend(groupsPath);
    if (QFileInfo::exists(broaderPath))
        paths.append(broaderPath);
    if (QFileInfo::exists(skillRelationsPath))
        paths.append(skillRelationsPath);
    qint64 totalBytes = 0;
    for (const QString &path : paths)
        totalBytes += QFileInfo(path).size();

    Taxonomy taxonomy;
    taxonomy.setSource(QStringLiteral("esco"));
    Counts counts;
    qint64 bytesBefore = 0;
    auto next = [&](const QString &path) {
        EscoFile file(path, totalBytes, bytesBefore, progress);
        bytesBefore += QFileInfo(path).size();
        return file;
    };

    const QString uriColumn = QStringLiteral("conceptUri");
    const QString labelColumn = QStringLiteral("preferredLabel");
    const QString altColumn = QStringLiteral("altLabels");
    // Older releases and trimmed extracts may lack it; a concept without one is still whole.
    const QStringList descriptionColumn{QStringLiteral("description")};

    if (paths.first() == groupsPath) {
        Status s =
            next(groupsPath).read({uriColumn, labelColumn, altColumn}, [&](const QStringList &v, qint64) -> Status {
                if (v.at(0).trimmed().isEmpty() || v.at(1).trimmed().isEmpty())
                    return Error{ErrorCode::Invalid, tr("a skill group needs a URI and a label")};
                taxonomy.addConcept(
                    {idFromUri(v.at(0)), v.at(1).trimmed(), ConceptType::Group, labelLines(v.at(2)), {}});
                return {};
            });
        if (!s)
            return s.error();
    }

    Status skills =
        next(skillsPath)
            .read(
                {uriColumn, QStringLiteral("skillType"), labelColumn, altColumn},
                [&](const QStringList &v, qint64) -> Status {
                    if (v.at(0).trimmed().isEmpty() || v.at(2).trimmed().isEmpty())
                        return Error{ErrorCode::Invalid, tr("a skill needs a URI and a preferred label")};
                    if (taxonomy.concepts().size() >= Taxonomy::MaxConcepts)
                        return Error{ErrorCode::Invalid, tr("more than %L1 skills").arg(Taxonomy::MaxConcepts)};
                    const ConceptType type = v.at(1).trimmed() == QLatin1String("skill/competence")
                                                 ? ConceptType::Skill
                                                 : ConceptType::Knowledge;
                    QStringList alts = labelLines(v.at(3));
                    alts.removeAll(v.at(2).trimmed());
                    taxonomy.addConcept({idFromUri(v.at(0)), v.at(2).trimmed(), type, alts, {}, v.at(4).trimmed()});
                    ++counts.skills;
                    return {};
                },
                descriptionColumn);
    if (!skills)
        return skills.error();

    Status occupations =
        next(occupationsPath)
            .read(
                {uriColumn, QStringLiteral("iscoGroup"), labelColumn, altColumn},
                [&](const QStringList &v, qint64) -> Status {
                    if (v.at(0).trimmed().isEmpty() || v.at(2).trimmed().isEmpty())
                        return Error{ErrorCode::Invalid, tr("an occupation needs a URI and a preferred label")};
                    if (taxonomy.occupations().size() >= Taxonomy::MaxOccupations)
                        return Error{ErrorCode::Invalid, tr("more than %L1 occupations").arg(Taxonomy::MaxOccupations)};
                    QStringList alts = labelLines(v.at(3));
                    alts.removeAll(v.at(2).trimmed());
                    Occupation occupation{
                        idFromUri(v.at(0)), v.at(2).trimmed(), v.at(1).trimmed(), alts, {}, {}, v.at(4).trimmed()};
                    // Older releases have no code column; occupation closeness then falls back to the ISCO group.
                    occupation.code = v.at(5).trimmed();
                    taxonomy.addOccupation(std::move(occupation));
                    ++counts.occupations;
                    return {};
                },
                {QStringLiteral("description"), QStringLiteral("code")});
    if (!occupations)
        return occupations.error();

    // Relations are gathered per occupation and set once, rather than copying an occupation per row.
    QHash<QString, QPair<QStringList, QStringList>> skillsByOccupation;
    Status relations =
        next(relationsPath)
            .read({QStringLiteral("occupationUri"), QStringLiteral("relationType"), QStringLiteral("skillUri")},
                  [&](const QStringList &v, qint64) -> Status {
                      const QString occupationId = idFromUri(v.at(0));
                      const QString skillId = idFromUri(v.at(2));
                      if (!taxonomy.occupation(occupationId) || !taxonomy.findConcept(skillId)) {
                          ++counts.skippedRelations;
                          return {};
                      }
                      const QString relation = v.at(1).trimmed();
                      auto &lists = skillsByOccupation[occupationId];
                      if (relation == QLatin1String("essential"))
                          lists.first.append(skillId);
                      else if (relation == QLatin1String("optional"))
                          lists.second.append(skillId);
                      else
                          return Error{ErrorCode::Invalid,
                                       tr("\"%1\" is not a relation type (essential or optional)").arg(relation)};
                      ++counts.relations;
                      return {};
                  });
    if (!relations)
        return relations.error();
    for (auto it = skillsByOccupation.constBegin(); it != skillsByOccupation.constEnd(); ++it) {
        Occupation occupation = *taxonomy.occupation(it.key());
        occupation.essentialSkills = it.value().first;
        occupation.optionalSkills = it.value().second;
        taxonomy.addOccupation(std::move(occupation));
    }

    if (QFileInfo::exists(broaderPath)) {
        QHash<QString, QString> broader;
        Status s = next(broaderPath)
                       .read({uriColumn, QStringLiteral("broaderUri")}, [&](const QStringList &v, qint64) -> Status {
                           const QString id = idFromUri(v.at(0));
                           const QString up = idFromUri(v.at(1));
                           if (!taxonomy.findConcept(id) || !taxonomy.findConcept(up) || id == up) {
                               ++counts.skippedRelations;
                               return {};
                           }
                           broader.insert(id, up);
                           return {};
                       });
        if (!s)
            return s.error();
        for (auto it = broader.constBegin(); it != broader.constEnd(); ++it) {
            // ESCO allows several broader concepts; keeping one each could close a loop, which is cut here.
            bool loops = false;
            for (QString up = it.value(); !up.isEmpty() && !loops; up = taxonomy.findConcept(up)->broaderId)
                loops = up == it.key();
            if (loops) {
                ++counts.skippedRelations;
                continue;
            }
            SkillConcept skillConcept = *taxonomy.findConcept(it.key());
            skillConcept.broaderId = it.value();
            taxonomy.addConcept(std::move(skillConcept));
        }
    }

    if (QFileInfo::exists(skillRelationsPath)) {
        // Gathered per skill and set once, as for occupations; a relation is kept once per pair.
        QHash<QString, QStringList> relatedBySkill;
        Status s =
            next(skillRelationsPath)
                .read({QStringLiteral("originalSkillUri"),
                       QStringLiteral("relationType"),
                       QStringLiteral("relatedSkillUri")},
                      [&](const QStringList &v, qint64) -> Status {
                          const QString relation = v.at(1).trimmed();
                          if (relation != QLatin1String("essential") && relation != QLatin1String("optional"))
                              return Error{ErrorCode::Invalid,
                                           tr("\"%1\" is not a relation type (essential or optional)").arg(relation)};
                          const QString id = idFromUri(v.at(0));
                          const QString related = idFromUri(v.at(2));
                          if (!taxonomy.findConcept(id) || !taxonomy.findConcept(related) || id == related) {
                              ++counts.skippedRelations;
                              return {};
                          }
                          QStringList &list = relatedBySkill[id];
                          if (!list.contains(related)) {
                              list.append(related);
                              ++counts.skillRelations;
                          }
                          return {};
                      });
        if (!s)
            return s.error();
        for (auto it = relatedBySkill.constBegin(); it != relatedBySkill.constEnd(); ++it) {
            SkillConcept skillConcept = *taxonomy.findConcept(it.key());
            skillConcept.relatedSkills = it.value();
            taxonomy.addConcept(std::move(skillConcept));
        }
    }

    if (taxonomy.concepts().isEmpty() || taxonomy.occupations().isEmpty())
        return Error{ErrorCode::Invalid, tr("The ESCO files hold no skills or no occupations.")};
    if (Status s = taxonomy.validate(); !s)
        return s.error();
    if (countsOut)
        *countsOut = counts;
    return taxonomy;
}
