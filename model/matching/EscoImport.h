#pragma once

#include "model/core/Result.h"
#include "model/matching/Taxonomy.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

/**
 * Reads the ESCO classification from its published CSV release (skills_en.csv, occupations_en.csv,
 * occupationSkillRelations.csv or occupationSkillRelations_en.csv, and broaderRelationsSkillPillar.csv,
 * skillGroups_en.csv and skillSkillRelations.csv when present) into a Taxonomy, with each occupation's
 * ESCO code when the release gives one. Fields may hold quoted newlines; alternative
 * labels are one per line inside their field; a skill's or occupation's description is read when the file has
 * that column. Ids keep the part of the concept URI after
 * "http://data.europa.eu/esco/", prefixed "esco:".
 *
 * Nothing is written here: the caller stores the result (TaxonomyStore::replace), so a bad file
 * leaves the vault's taxonomy as it was.
 */
class EscoImport
{
    Q_DECLARE_TR_FUNCTIONS(EscoImport)

public:
    /** Called with the file being read and the fraction of all files read so far; return false to cancel. */
    using Progress = std::function<bool(const QString &file, double fraction)>;

    struct Counts
    {
        qint64 skills = 0;
        qint64 occupations = 0;
        qint64 relations = 0;
        /** Skill-to-skill relations (skillSkillRelations.csv), each pair once. */
        qint64 skillRelations = 0;
        /** Relations or broader links to concepts not in the release, left out. */
        qint64 skippedRelations = 0;
    };

    static Result<Taxonomy> read(const QString &directory, const Progress &progress = {}, Counts *counts = nullptr);

    static QString idFromUri(const QString &uri);
};
