#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

/** A text shown to people, in English and Welsh (both required by the format). */
struct LocalText
{
    QString en;
    QString cy;
    /** The Welsh text for "cy", else the English. */
    QString in(const QString &language) const { return language == QLatin1String("cy") && !cy.isEmpty() ? cy : en; }
};

enum class FormFieldType
{
    Text,
    MultiLine,
    Number,
    Date,
    YesNo,
    Choice,
    MultiChoice,
    NiNumber,
    Postcode,
    Phone,
    Email,
    SkillList,
    Signature,
};

/** A form's answers: field id to value (multichoice values joined by ',', skill lists by ';'). */
using FormAnswers = QMap<QString, QString>;

/** showIf, and requiredIf's condition: about one earlier field's answer. */
struct FormCondition
{
    enum class Op
    {
        Equals,
        Contains,
        In,
        NotEmpty,
    };
    QString field;
    Op op = Op::Equals;
    QStringList values;

    bool holds(const FormAnswers &answers) const;
};

struct FormRule
{
    enum class Kind
    {
        Min,
        Max,
        MinLength,
        MaxLength,
        Pattern,
        NotBefore,
        NotAfter,
        RequiredIf,
    };
    Kind kind = Kind::Min;
    double number = 0;
    /** Pattern text, or the other date field's id (or "today"). */
    QString text;
    FormCondition condition;
    LocalText message;
};

struct FormChoice
{
    QString value;
    LocalText label;
};

struct FormField
{
    QString id;
    FormFieldType type = FormFieldType::Text;
    LocalText label;
    LocalText help;
    /** For signatures: what the person agrees to. */
    LocalText statement;
    bool required = false;
    QVector<FormChoice> choices;
    std::optional<double> minimum;
    std::optional<double> maximum;
    int maxLength = 200;
    QVector<FormRule> rules;
    std::optional<FormCondition> showIf;
    /** Where the case holds the value (FormPrefill::paths()), or empty. */
    QString prefill;
    /** Listed in the take-away summary for the person (FormDocument::takeAwaySummary). */
    bool summary = false;
    int line = 0;

    const FormChoice *choice(const QString &value) const;
};

struct FormSection
{
    QString id;
    LocalText title;
    LocalText help;
    std::optional<FormCondition> showIf;
    QVector<FormField> fields;
};

struct FormLayout
{
    QString id;
    LocalText title;
};

/**
 * One form as data (docs/forms.md, format waymark-form/1): sections of typed fields with labels in
 * English and Welsh, validation rules, conditions and prefill bindings. parse() checks everything the
 * format promises and names the line of the first problem, so a bad definition never loads.
 */
class FormDefinition
{
    Q_DECLARE_TR_FUNCTIONS(FormDefinition)

public:
    static constexpr qsizetype MaxBytes = 1 << 20;

    QString id;
    int version = 0;
    LocalText title;
    LocalText description;
    QStringList audience;
    /**
     * Whether the answers are health data (`"health": true`): a finished version then leaves the vault in a caseload
     * bundle only with the person's `share_health` consent in force, as health records do.
     */
    bool health = false;
    QVector<FormLayout> layouts;
    QVector<FormSection> sections;

    static Result<FormDefinition> parse(const QByteArray &json, const QString &fileName);

    const FormField *field(const QString &id) const;
    const FormSection *sectionOf(const QString &fieldId) const;
    /** Whether a field is shown with these answers (its section's condition and its own). */
    bool isShown(const FormField &field, const FormAnswers &answers) const;

    static QString typeName(FormFieldType type);
    static std::optional<FormFieldType> typeFromName(const QString &name);
};
