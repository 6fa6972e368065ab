#include "model/forms/FormDefinition.h"

#include "model/forms/FormPrefill.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace
{
    struct TypeName
    {
        FormFieldType type;
        const char *name;
    };

    constexpr TypeName TypeNames[] = {
        {FormFieldType::Text, "text"},
        {FormFieldType::MultiLine, "multiline"},
        {FormFieldType::Number, "number"},
        {FormFieldType::Date, "date"},
        {FormFieldType::YesNo, "yesno"},
        {FormFieldType::Choice, "choice"},
        {FormFieldType::MultiChoice, "multichoice"},
        {FormFieldType::NiNumber, "ni_number"},
        {FormFieldType::Postcode, "postcode"},
        {FormFieldType::Phone, "phone"},
        {FormFieldType::Email, "email"},
        {FormFieldType::SkillList, "skill_list"},
        {FormFieldType::Signature, "signature"},
    };

    const QStringList Audiences = {
        QStringLiteral("work-coach"), QStringLiteral("gp-practice"), QStringLiteral("admin")};

    /** Finds where things are in the file, for messages: JSON objects carry no positions. */
    class Locator
    {
    public:
        explicit Locator(const QByteArray &json)
            : m_json(json)
        {}

        int lineOfOffset(qsizetype offset) const { return 1 + int(m_json.left(offset).count('\n')); }

        /** The line of `"id": "<id>"`, searching from the line of the last thing found. */
        int lineOfId(const QString &id)
        {
            const QRegularExpression re(QStringLiteral("\"id\"\\s*:\\s*\"%1\"").arg(QRegularExpression::escape(id)));
            const QString text = QString::fromUtf8(m_json);
            QRegularExpressionMatch match = re.match(text, m_from);
            if (!match.hasMatch())
                match = re.match(text);
            if (!match.hasMatch())
                return m_lastLine;
            m_from = match.capturedStart();
            m_lastLine = 1 + int(QStringView(text).left(m_from).count(QLatin1Char('\n')));
            return m_lastLine;
        }

    private:
        QByteArray m_json;
        qsizetype m_from = 0;
        int m_lastLine = 1;
    };

    class Parser
    {
        Q_DECLARE_TR_FUNCTIONS(FormDefinition)

    public:
        Parser(const QByteArray &json, const QString &fileName)
            : m_locator(json)
            , m_fileName(fileName)
        {}

        Result<FormDefinition> run(const QJsonObject &root)
        {
            FormDefinition form;
            if (root.value(QStringLiteral("format")).toString() != QLatin1String("waymark-form/1"))
                return fail(1, tr("\"format\" must be \"waymark-form/1\""));
            form.id = root.value(QStringLiteral("id")).toString();
            if (!QRegularExpression(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$")).match(form.id).hasMatch())
                return fail(1, tr("\"id\" must be lower-case letters, digits and hyphens"));
            const int line = m_locator.lineOfId(form.id);
            form.version = root.value(QStringLiteral("version")).toInt(0);
            if (form.version < 1)
                return fail(line, tr("\"version\" must be a whole number from 1"));
            if (!text(root, QStringLiteral("title"), form.title, true, line))
                return m_error;
            if (!text(root, QStringLiteral("description"), form.description, false, line))
                return m_error;
            for (const QJsonValue &a : root.value(QStringLiteral("audience")).toArray()) {
                if (!Audiences.contains(a.toString()))
                    return fail(line,
                                tr("\"%1\" is not an audience (work-coach, gp-practice, admin)").arg(a.toString()));
                form.audience.append(a.toString());
            }
            const QJsonValue health = root.value(QStringLiteral("health"));
            if (!health.isUndefined() && !health.isBool())
                return fail(line, tr("\"health\" must be true or false"));
            form.health = health.toBool(false);
            for (const QJsonValue &l : root.value(QStringLiteral("layouts")).toArray()) {
                FormLayout layout;
                layout.id = l.toObject().value(QStringLiteral("id")).toString();
                if (layout.id.isEmpty() || !text(l.toObject(), QStringLiteral("title"), layout.title, true, line))
                    return m_error.code == ErrorCode::Invalid ? m_error
                                                              : fail(line, tr("a layout needs an id and a title"));
                form.layouts.append(layout);
            }
            const QJsonArray sections = root.value(QStringLiteral("sections")).toArray();
            if (sections.isEmpty())
                return fail(line, tr("a form needs at least one section"));
            // Sections and fields are named apart: a "skills" section may hold a "skills" field.
            QSet<QString> sectionIds;
            QSet<QString> ids;
            for (const QJsonValue &s : sections) {
                const QJsonObject o = s.toObject();
                FormSection section;
                section.id = o.value(QStringLiteral("id")).toString();
                const int sectionLine = m_locator.lineOfId(section.id);
                if (!validId(section.id) || sectionIds.contains(section.id))
                    return fail(sectionLine,
                                tr("section \"%1\": an id must be unique, in lower case with _").arg(section.id));
                sectionIds.insert(section.id);
                if (!text(o, QStringLiteral("title"), section.title, true, sectionLine) ||
                    !text(o, QStringLiteral("help"), section.help, false, sectionLine))
                    return m_error;
                if (o.contains(QStringLiteral("showIf"))) {
                    auto condition = this->condition(o.value(QStringLiteral("showIf")).toObject(), form, sectionLine);
                    if (!condition)
                        return condition.error();
                    section.showIf = condition.value();
                }
                const QJsonArray fields = o.value(QStringLiteral("fields")).toArray();
                if (fields.isEmpty())
                    return fail(sectionLine, tr("section \"%1\" has no fields").arg(section.id));
                form.sections.append(section);
                for (const QJsonValue &f : fields) {
                    auto field = this->field(f.toObject(), form, ids);
                    if (!field)
                        return field.error();
                    form.sections.last().fields.append(field.value());
                }
            }
            return form;
        }

    private:
        Error fail(int line, const QString &why)
        {
            m_error = Error{ErrorCode::Invalid, tr("%1, line %2: %3").arg(m_fileName).arg(line).arg(why)};
            return m_error;
        }

        static bool validId(const QString &id)
        {
            static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
            return re.match(id).hasMatch();
        }

        bool text(const QJsonObject &o, const QString &key, LocalText &out, bool required, int line)
        {
            if (!o.contains(key)) {
                if (required)
                    fail(line, tr("\"%1\" is missing").arg(key));
                return !required;
            }
            const QJsonObject t = o.value(key).toObject();
            out.en = t.value(QStringLiteral("en")).toString().trimmed();
            out.cy = t.value(QStringLiteral("cy")).toString().trimmed();
            if (out.en.isEmpty() || out.cy.isEmpty()) {
                fail(line, tr("\"%1\" needs both English (en) and Welsh (cy) text").arg(key));
                return false;
            }
            return true;
        }

        Result<FormCondition> condition(const QJsonObject &o, const FormDefinition &form, int line)
        {
            FormCondition c;
            c.field = o.value(QStringLiteral("field")).toString();
            if (!form.field(c.field))
                return fail(line, tr("a condition names \"%1\", which is not a field defined before it").arg(c.field));
            if (o.contains(QStringLiteral("equals"))) {
                c.op = FormCondition::Op::Equals;
                c.values = {o.value(QStringLiteral("equals")).toVariant().toString()};
            } else if (o.contains(QStringLiteral("contains"))) {
                c.op = FormCondition::Op::Contains;
                c.values = {o.value(QStringLiteral("contains")).toString()};
            } else if (o.contains(QStringLiteral("in"))) {
                c.op = FormCondition::Op::In;
                for (const QJsonValue &v : o.value(QStringLiteral("in")).toArray())
                    c.values.append(v.toVariant().toString());
            } else if (o.value(QStringLiteral("notEmpty")).toBool()) {
                c.op = FormCondition::Op::NotEmpty;
            } else {
                return fail(line, tr("a condition needs equals, contains, in or notEmpty"));
            }
            return c;
        }

        Result<FormField> field(const QJsonObject &o, const FormDefinition &form, QSet<QString> &ids)
        {
            FormField f;
            f.id = o.value(QStringLiteral("id")).toString();
            f.line = m_locator.lineOfId(f.id);
            const int line = f.line;
            if (!validId(f.id) || ids.contains(f.id))
                return fail(line, tr("field \"%1\": an id must be unique, in lower case with _").arg(f.id));
            ids.insert(f.id);
            const auto type = FormDefinition::typeFromName(o.value(QStringLiteral("type")).toString());
            if (!type)
                return fail(line,
                            tr("field \"%1\": \"%2\" is not a field type")
                                .arg(f.id, o.value(QStringLiteral("type")).toString()));
            f.type = *type;
            if (!text(o, QStringLiteral("label"), f.label, true, line) ||
                !text(o, QStringLiteral("help"), f.help, false, line) ||
                !text(o, QStringLiteral("statement"), f.statement, f.type == FormFieldType::Signature, line))
                return m_error;
            f.required = o.value(QStringLiteral("required")).toBool(false);
            if (o.contains(QStringLiteral("min")))
                f.minimum = o.value(QStringLiteral("min")).toDouble();
            if (o.contains(QStringLiteral("max")))
                f.maximum = o.value(QStringLiteral("max")).toDouble();
            f.maxLength = o.value(QStringLiteral("maxLength")).toInt(f.type == FormFieldType::MultiLine ? 4000 : 200);
            if (f.type == FormFieldType::Choice || f.type == FormFieldType::MultiChoice) {
                for (const QJsonValue &c : o.value(QStringLiteral("choices")).toArray()) {
                    FormChoice choice;
                    choice.value = c.toObject().value(QStringLiteral("value")).toString();
                    if (choice.value.isEmpty() ||
                        !text(c.toObject(), QStringLiteral("label"), choice.label, true, line))
                        return m_error.message.isEmpty()
                                   ? fail(line, tr("field \"%1\": a choice needs a value and a label").arg(f.id))
                                   : m_error;
                    f.choices.append(choice);
                }
                if (f.choices.size() < 2)
                    return fail(line, tr("field \"%1\": a choice field needs at least two choices").arg(f.id));
            }
            for (const QJsonValue &r : o.value(QStringLiteral("rules")).toArray()) {
                auto rule = this->rule(r.toObject(), f, form, line);
                if (!rule)
                    return rule.error();
                f.rules.append(rule.value());
            }
            if (o.contains(QStringLiteral("showIf"))) {
                auto c = condition(o.value(QStringLiteral("showIf")).toObject(), form, line);
                if (!c)
                    return c.error();
                f.showIf = c.value();
            }
            if (o.contains(QStringLiteral("summary")) && !o.value(QStringLiteral("summary")).isBool())
                return fail(line, tr("field \"%1\": \"summary\" must be true or false").arg(f.id));
            f.summary = o.value(QStringLiteral("summary")).toBool(false);
            f.prefill = o.value(QStringLiteral("prefill")).toString();
            if (!f.prefill.isEmpty() && !FormPrefill::isKnownPath(f.prefill))
                return fail(line, tr("field \"%1\": prefill path \"%2\" does not exist").arg(f.id, f.prefill));
            return f;
        }

        Result<FormRule> rule(const QJsonObject &o, const FormField &f, const FormDefinition &form, int line)
        {
            static const QMap<QString, FormRule::Kind> kinds = {
                {QStringLiteral("min"), FormRule::Kind::Min},
                {QStringLiteral("max"), FormRule::Kind::Max},
                {QStringLiteral("minLength"), FormRule::Kind::MinLength},
                {QStringLiteral("maxLength"), FormRule::Kind::MaxLength},
                {QStringLiteral("pattern"), FormRule::Kind::Pattern},
                {QStringLiteral("notBefore"), FormRule::Kind::NotBefore},
                {QStringLiteral("notAfter"), FormRule::Kind::NotAfter},
                {QStringLiteral("requiredIf"), FormRule::Kind::RequiredIf},
            };
            const QString kind = o.value(QStringLiteral("kind")).toString();
            if (!kinds.contains(kind))
                return fail(line, tr("field \"%1\": \"%2\" is not a rule kind").arg(f.id, kind));
            FormRule rule;
            rule.kind = kinds.value(kind);
            if (!text(o, QStringLiteral("message"), rule.message, true, line))
                return m_error;
            const QJsonValue value = o.value(QStringLiteral("value"));
            switch (rule.kind) {
            case FormRule::Kind::Min:
            case FormRule::Kind::Max:
            case FormRule::Kind::MinLength:
            case FormRule::Kind::MaxLength:
                if (!value.isDouble())
                    return fail(line, tr("field \"%1\": rule %2 needs a number").arg(f.id, kind));
                rule.number = value.toDouble();
                break;
            case FormRule::Kind::Pattern:
                rule.text = value.toString();
                if (!QRegularExpression(rule.text).isValid())
                    return fail(line, tr("field \"%1\": the pattern is not a valid regular expression").arg(f.id));
                break;
            case FormRule::Kind::NotBefore:
            case FormRule::Kind::NotAfter:
                rule.text = value.toString();
                if (rule.text != QLatin1String("today") &&
                    (!form.field(rule.text) || form.field(rule.text)->type != FormFieldType::Date))
                    return fail(line,
                                tr("field \"%1\": rule %2 needs \"today\" or an earlier date field").arg(f.id, kind));
                break;
            case FormRule::Kind::RequiredIf: {
                auto c = condition(value.toObject(), form, line);
                if (!c)
                    return c.error();
                rule.condition = c.value();
                break;
            }
            }
            return rule;
        }

        Locator m_locator;
        QString m_fileName;
        Error m_error;
    };
} // namespace

bool FormCondition::holds(const FormAnswers &answers) const
{
    const QString value = answers.value(field).trimmed();
    switch (op) {
    case Op::Equals:
        return value == values.value(0);
    case Op::Contains:
        return value.split(QLatin1Char(','), Qt::SkipEmptyParts).contains(values.value(0));
    case Op::In:
        return values.contains(value);
    case Op::NotEmpty:
        return !value.isEmpty();
    }
    return false;
}

const FormChoice *FormField::choice(const QString &value) const
{
    for (const FormChoice &c : choices) {
        if (c.value == value)
            return &c;
    }
    return nullptr;
}

Result<FormDefinition> FormDefinition::parse(const QByteArray &json, const QString &fileName)
{
    if (json.size() > MaxBytes)
        return Error{ErrorCode::Invalid, tr("%1 is larger than a form definition may be.").arg(fileName)};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        return Error{
            ErrorCode::Invalid,
            tr("%1, line %2: %3").arg(fileName).arg(Locator(json).lineOfOffset(error.offset)).arg(error.errorString())};
    }
    if (!document.isObject())
        return Error{ErrorCode::Invalid, tr("%1, line 1: a form definition is a JSON object").arg(fileName)};
    return Parser(json, fileName).run(document.object());
}

const FormField *FormDefinition::field(const QString &fieldId) const
{
    for (const FormSection &s : sections) {
        for (const FormField &f : s.fields) {
            if (f.id == fieldId)
                return &f;
        }
    }
    return nullptr;
}

const FormSection *FormDefinition::sectionOf(const QString &fieldId) const
{
    for (const FormSection &s : sections) {
        for (const FormField &f : s.fields) {
            if (f.id == fieldId)
                return &s;
        }
    }
    return nullptr;
}

bool FormDefinition::isShown(const FormField &f, const FormAnswers &answers) const
{
    const FormSection *section = sectionOf(f.id);
    if (section && section->showIf && !section->showIf->holds(answers))
        return false;
    return !f.showIf || f.showIf->holds(answers);
}

QString FormDefinition::typeName(FormFieldType type)
{
    for (const TypeName &t : TypeNames) {
        if (t.type == type)
            return QString::fromLatin1(t.name);
    }
    return QStringLiteral("text");
}

std::optional<FormFieldType> FormDefinition::typeFromName(const QString &name)
{
    for (const TypeName &t : TypeNames) {
        if (name == QLatin1String(t.name))
            return t.type;
    }
    return std::nullopt;
}
