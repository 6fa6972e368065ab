#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

enum class FieldType
{
    Text,
    LongText,
    Date,
    DateTime,
    Decimal,
    Integer,
    YesNo,
    Choice,
    MultiChoice,
    NiNumber,
    Postcode,
    Email,
    Phone,
    Reference,
    /** A taxonomy concept's id, chosen for the text in the kind's title field (a skill's name). */
    Concept,
};

struct ChoiceSpec
{
    QString key;
    const char *label = nullptr; // translated in context "EntitySchema"
};

struct FieldSpec
{
    QString name;
    const char *label = nullptr;
    FieldType type = FieldType::Text;
    bool required = false;
    QVector<ChoiceSpec> choices;
    double minimum = 0;
    double maximum = 0;
    /** For dates: the name of a date field this one may not be before (e.g. end after start). */
    QString notBefore;
    int maxLength = 2000;
    /**
     * Kept as the record was made: changing it would make a different record (a referral to another partner, a
     * put-forward to another job, consent it never had). validate() refuses a change; editors show it read-only.
     */
    bool fixedOnceMade = false;

    QString translatedLabel() const;
    QString choiceLabel(const QString &key) const;
};

enum class Cardinality
{
    One,  // exactly one per person (the profile, circumstances)
    Many, // a list (work history, notes, ...)
};

/** One kind of record held about a person, described as data so storage, validation and forms share it. */
struct EntityKind
{
    QString key;
    const char *label = nullptr;
    Cardinality cardinality = Cardinality::Many;
    QVector<FieldSpec> fields;
    /** Notes: never edited or removed; corrections are new entries that reference the old. */
    bool appendOnly = false;
    /** Health data: special category; viewing it is audited separately, and it stays out of matching. */
    bool health = false;
    /** The field shown as the record's one-line title in lists. */
    QString titleField;

    const FieldSpec *field(const QString &name) const;
    QString translatedLabel() const;
};

using FieldMap = QMap<QString, QString>;

struct FieldProblem
{
    QString field;
    QString message;
};

/** The catalogue of record kinds and the rules that check them. */
class EntitySchema
{
    Q_DECLARE_TR_FUNCTIONS(EntitySchema)

public:
    static const EntitySchema &instance();

    const QVector<EntityKind> &kinds() const { return m_kinds; }
    const EntityKind *kind(const QString &key) const;

    /**
     * Checks `fields` against `kind` and puts each value into its canonical form. For a partial
     * update pass `existing` so required fields and cross-field rules see the whole record.
     */
    QVector<FieldProblem> validate(const EntityKind &kind, FieldMap &fields, const FieldMap &existing = {}) const;

private:
    EntitySchema();
    QVector<EntityKind> m_kinds;
};

namespace Kinds
{
    inline const QString Person = QStringLiteral("person");
    inline const QString Circumstances = QStringLiteral("circumstances");
    inline const QString WorkHistory = QStringLiteral("work_history");
    inline const QString Qualification = QStringLiteral("qualification");
    inline const QString Skill = QStringLiteral("skill");
    inline const QString HealthCondition = QStringLiteral("health_condition");
    inline const QString Adjustment = QStringLiteral("adjustment");
    inline const QString FitNote = QStringLiteral("fit_note");
    inline const QString JobGoal = QStringLiteral("job_goal");
    inline const QString ActionItem = QStringLiteral("action_item");
    inline const QString Note = QStringLiteral("note");
    inline const QString Appointment = QStringLiteral("appointment");
    inline const QString Consent = QStringLiteral("consent");
    inline const QString Referral = QStringLiteral("referral");
    inline const QString Offer = QStringLiteral("offer");
    inline const QString PutForward = QStringLiteral("put_forward");
} // namespace Kinds
