#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

enum class ConceptType
{
    Skill,
    Knowledge,
    Licence,
    Group,
};

/** A skill, knowledge area, licence or a heading that groups them (broader/narrower hierarchy). */
struct SkillConcept
{
    QString id;
    QString preferredLabel;
    ConceptType type = ConceptType::Skill;
    QStringList altLabels;
    /** The broader concept's id, or empty at the top. */
    QString broaderId;
    /**
     * What the concept means, in a sentence or two (ESCO's description; empty in the built-in taxonomy).
     * Weaker evidence than a label: SkillLinker uses its words to choose between candidates. Defaulted so
     * brace initialisers that stop at broaderId stay warning-free.
     */
    QString description = {};
    /**
     * Skills ESCO relates to this one (skillSkillRelations.csv, essential or optional), by id. Matching reads a
     * relation both ways. The built-in taxonomy has none: there, skills under the same group heading are related
     * (SkillRelations). Defaulted so aggregate initialisers that stop before it stay warning-free.
     */
    QStringList relatedSkills = {};
};

struct Occupation
{
    QString id;
    QString preferredLabel;
    /** A family such as "care" or "logistics" for the built-in taxonomy; the ISCO group for ESCO. */
    QString family;
    QStringList altLabels;
    /** Concept ids. */
    QStringList essentialSkills;
    QStringList optionalSkills;
    /** What the occupation does (ESCO's description; empty in the built-in taxonomy). */
    QString description = {};
    /**
     * ESCO's code, the ISCO unit group and the occupation's place under it ("5321.1" is a healthcare assistant,
     * "5321.1.2" narrower than it); empty in the built-in taxonomy. Used for occupation closeness.
     */
    QString code = {};
};

/** A course a coach can refer someone to, and the concepts it teaches. */
struct Course
{
    QString id;
    QString title;
    QString providerType;
    QString length;
    QStringList skills;
};

/**
 * Skills, occupations and courses, with lookups by id. The built-in UK taxonomy ships in
 * resources/taxonomy/ as text (docs/taxonomy.md); an imported one (ESCO, a taxonomy bundle) lives
 * in the vault and replaces it there (TaxonomyStore).
 */
class Taxonomy
{
    Q_DECLARE_TR_FUNCTIONS(Taxonomy)

public:
    static constexpr qsizetype MaxConcepts = 200'000;
    static constexpr qsizetype MaxOccupations = 50'000;

    QString source() const { return m_source; }
    void setSource(const QString &source) { m_source = source; }

    /** Adds or replaces by id. */
    void addConcept(SkillConcept skillConcept);
    void addOccupation(Occupation occupation);
    void addCourse(Course course);
    void clearCourses();

    const QVector<SkillConcept> &concepts() const { return m_concepts; }
    const QVector<Occupation> &occupations() const { return m_occupations; }
    const QVector<Course> &courses() const { return m_courses; }
    const SkillConcept *findConcept(const QString &id) const;
    const Occupation *occupation(const QString &id) const;
    int conceptIndex(const QString &id) const { return m_conceptById.value(id, -1); }
    int occupationIndex(const QString &id) const { return m_occupationById.value(id, -1); }
    bool isEmpty() const { return m_concepts.isEmpty() && m_occupations.isEmpty(); }

    /** A concept's label, or the id itself when the concept is unknown. */
    QString labelOf(const QString &conceptId) const;

    /** Fails on a reference to an unknown concept, or a broader cycle; the message names the first problem. */
    Status validate() const;

    /**
     * Parses the built-in text format: `S|label|type|broader label|alt;alt`,
     * `O|label|family|alt;alt|essential;...|optional;...` and `C|title|provider|length|skills`.
     * Skills are referred to by preferred label; ids are made from labels ("uk:" + a slug).
     * Errors name the file and line.
     */
    static Result<Taxonomy> parseText(const QList<QPair<QString, QByteArray>> &files);
    /** The built-in UK taxonomy from the resources compiled into the model library. */
    static Result<Taxonomy> builtIn();

    static QString slugId(const QString &prefix, const QString &label);
    static QString typeName(ConceptType type);
    static std::optional<ConceptType> typeFromName(QStringView name);

private:
    static Result<Taxonomy> readBuiltIn();

    QString m_source;
    QVector<SkillConcept> m_concepts;
    QVector<Occupation> m_occupations;
    QVector<Course> m_courses;
    QHash<QString, int> m_conceptById;
    QHash<QString, int> m_occupationById;
};
