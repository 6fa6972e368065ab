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

/**
 * The language a concept's or an occupation's name is shown in. Only display follows it: stored data,
 * matching and exports use ids and the English preferred label.
 */
enum class LabelLanguage
{
    English,
    Welsh,
};

/** A concept's or an occupation's names in one other language (resources/taxonomy/cy/labels.txt). */
struct TranslatedLabels
{
    QString preferred;
    QStringList alternatives;
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
    /** A concept's label in `language`; the English one when it has none there (an ESCO concept). */
    QString labelOf(const QString &conceptId, LabelLanguage language) const;
    /** An occupation's title in `language`, falling back to English; the id itself when it is unknown. */
    QString occupationLabel(const QString &occupationId, LabelLanguage language) const;
    /** The label to show people: the concept's label in the interface language (Translations::language()). */
    QString displayLabel(const QString &conceptId) const { return labelOf(conceptId, displayLanguage()); }
    /** The occupation's title in the interface language. */
    QString displayOccupationLabel(const QString &occupationId) const
    {
        return occupationLabel(occupationId, displayLanguage());
    }
    /**
     * Whether a concept or an occupation has a name of its own in `language` (always in English). ESCO and
     * imported taxonomies have no Welsh, so a Welsh interface says those names are in English only.
     */
    bool isTranslated(const QString &id, LabelLanguage language) const;
    /** The Welsh names of a concept or an occupation, or null. */
    const TranslatedLabels *welshLabels(const QString &id) const;
    /** Every Welsh name, by concept or occupation id. */
    const QHash<QString, TranslatedLabels> &allWelshLabels() const { return m_welsh; }
    /** Welsh when the interface is in Welsh, else English. */
    static LabelLanguage displayLanguage();

    /**
     * Reads Welsh names (`english preferred label|Welsh label|Welsh alternative;...`) onto this taxonomy's
     * concepts and occupations, matched by their folded English preferred label (a label naming both a
     * concept and an occupation names both). Fails on a line naming nothing in the taxonomy, so the file
     * cannot drift from it; the message names the file and line.
     */
    Status addWelshLabels(const QString &file, const QByteArray &bytes);

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
    QHash<QString, TranslatedLabels> m_welsh;
};
