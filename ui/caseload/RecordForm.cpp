#include "ui/caseload/RecordForm.h"

#include "model/core/DateText.h"
#include "ui/caseload/ConceptField.h"
#include "ui/widgets/ClearButton.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace
{
    constexpr const char *BaseDescription = "waymarkBaseDescription";
    constexpr QChar WarningSign(0x26A0);

    QString hintFor(const FieldSpec &spec)
    {
        switch (spec.type) {
        case FieldType::Date:
            return RecordForm::tr("Write the date as day/month/year, for example 27/3/2026. Leave it empty if it is "
                                  "not known.");
        case FieldType::DateTime:
            return RecordForm::tr("Write the date and time as day/month/year hours:minutes, for example "
                                  "27/3/2026 14:30.");
        case FieldType::NiNumber:
            return RecordForm::tr("For example, QQ 12 34 56 C.");
        case FieldType::Postcode:
            return RecordForm::tr("For example, LS1 4AP.");
        case FieldType::Email:
            return RecordForm::tr("For example, name@example.com.");
        case FieldType::Phone:
            return RecordForm::tr("A UK phone number, for example 07700 900982.");
        case FieldType::Decimal:
        case FieldType::Integer:
            return RecordForm::tr("A number.");
        case FieldType::MultiChoice:
            return RecordForm::tr("Tick all that apply. Use the arrow keys to move and Space to tick.");
        default:
            return {};
        }
    }

    QString placeholderFor(const FieldSpec &spec)
    {
        switch (spec.type) {
        case FieldType::Date:
            return RecordForm::tr("DD/MM/YYYY");
        case FieldType::DateTime:
            return RecordForm::tr("DD/MM/YYYY HH:MM");
        case FieldType::NiNumber:
            return RecordForm::tr("QQ 12 34 56 C");
        default:
            return {};
        }
    }

    QString joinSentences(const QString &first, const QString &second)
    {
        if (first.isEmpty())
            return second;
        if (second.isEmpty())
            return first;
        return first + QLatin1Char(' ') + second;
    }

    QString withWarningSign(const QString &message)
    {
        return QString(WarningSign) + QLatin1Char(' ') + message;
    }

    /**
     * A field's label, above its field. QLabel guesses a narrow width for word-wrapped text, and the form gives a
     * label above its field no more than that guess, so "Enw cyntaf (gofynnol)" broke over three lines with the
     * whole row free. This label asks for its text on one line and wraps only when the form is narrower.
     */
    class FieldLabel : public QLabel
    {
    public:
        FieldLabel(const QString &text, QWidget *parent)
            : QLabel(text, parent)
        {
            setWordWrap(true);
        }

        QSize sizeHint() const override
        {
            QString shown = text();
            shown.replace(QStringLiteral("&&"), QStringLiteral("&"));
            const QMargins margins = contentsMargins();
            const int width = fontMetrics().horizontalAdvance(shown) + margins.left() + margins.right() + 2 * margin();
            return {width, heightForWidth(width)};
        }
    };
} // namespace

RecordForm::RecordForm(const EntityKind &kind, const QStringList &hiddenFields, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_summary(new QLabel(this))
{
    setObjectName(m_kind.key + QStringLiteral("Form"));

    m_summary->setObjectName(QStringLiteral("formProblems"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Problems to fix before saving"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_summary->hide();

    // Each label above its field, as GOV.UK forms have them: the label gets the form's whole width, so a long
    // Welsh label ("Enw cyntaf (gofynnol)") reads on one line instead of wrapping word by word in a narrow column
    // beside the field (issue 16 #19).
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    for (int i = 0; i < m_kind.fields.size(); ++i) {
        const FieldSpec &field = m_kind.fields.at(i);
        if (hiddenFields.contains(field.name))
            continue;

        QWidget *editor = createEditor(field);
        editor->setObjectName(field.name);
        editor->setAccessibleName(field.translatedLabel());
        QString description = hintFor(field);
        if (field.required)
            description = joinSentences(tr("Required."), description);
        editor->setProperty(BaseDescription, description);
        editor->setAccessibleDescription(description);
        if (const QString hint = hintFor(field); !hint.isEmpty())
            editor->setToolTip(hint);
        connectEdited(editor);

        QString labelText = field.translatedLabel();
        labelText.replace(QLatin1Char('&'), QStringLiteral("&&"));
        if (field.required)
            labelText = tr("%1 (required)").arg(labelText);
        auto *label = new FieldLabel(labelText, this);
        label->setObjectName(field.name + QStringLiteral("Label"));
        label->setBuddy(editor);

        auto *problem = new QLabel(this);
        problem->setObjectName(field.name + QStringLiteral("Error"));
        problem->setTextFormat(Qt::PlainText);
        problem->setWordWrap(true);
        problem->setFont(bold);
        problem->hide();

        // A layout, not a widget, holds the field and its message: the label stays the editor's sibling, which
        // is where Qt's accessibility looks for a buddy. Without that a combo box was read only as its value.
        auto *cell = new QVBoxLayout;
        cell->setContentsMargins(0, 0, 0, 0);
        cell->setSpacing(2);
        cell->addWidget(editor);
        if (field.type == FieldType::Concept) {
            auto *status = new QLabel(this);
            status->setObjectName(field.name + QStringLiteral("Status"));
            cell->addWidget(status);
        }
        cell->addWidget(problem);
        form->addRow(label, cell);

        m_rows.append({i, editor, problem});
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(form);

    // A concept field follows the name typed in the kind's title field (a skill's concept, its label).
    for (const Row &r : std::as_const(m_rows)) {
        if (spec(r).type != FieldType::Concept)
            continue;
        const Row *name = row(m_kind.titleField);
        auto *field = new ConceptField(qobject_cast<QComboBox *>(r.editor),
                                       findChild<QLabel *>(spec(r).name + QStringLiteral("Status")),
                                       name ? qobject_cast<QLineEdit *>(name->editor) : nullptr,
                                       this);
        QWidget *editor = r.editor;
        auto describe = [editor](const QString &status) {
            editor->setProperty(BaseDescription, status);
            editor->setAccessibleDescription(status);
        };
        describe(field->status()->text());
        connect(field, &ConceptField::statusChanged, editor, describe);
        m_conceptFields.append(field);
    }

    // Tab order follows the fields as listed, whatever the layout nesting.
    for (int i = 1; i < m_rows.size(); ++i)
        setTabOrder(m_rows.at(i - 1).editor, m_rows.at(i).editor);
}

QWidget *RecordForm::createEditor(const FieldSpec &field)
{
    switch (field.type) {
    case FieldType::LongText: {
        auto *edit = new QPlainTextEdit(this);
        // Tab moves on to the next field, as in every other editor of the form.
        edit->setTabChangesFocus(true);
        const int lines = edit->fontMetrics().lineSpacing();
        edit->setMinimumHeight(lines * 3 + 12);
        edit->setMaximumHeight(lines * 7 + 12);
        return edit;
    }
    case FieldType::Choice:
    case FieldType::YesNo: {
        auto *combo = new QComboBox(this);
        if (!field.required)
            combo->addItem(tr("(not set)"), QString());
        if (field.type == FieldType::YesNo) {
            combo->addItem(tr("Yes"), QStringLiteral("yes"));
            combo->addItem(tr("No"), QStringLiteral("no"));
        } else {
            for (const ChoiceSpec &choice : field.choices)
                combo->addItem(field.choiceLabel(choice.key), choice.key);
        }
        combo->setCurrentIndex(field.required ? -1 : 0);
        return combo;
    }
    case FieldType::MultiChoice: {
        auto *list = new QListWidget(this);
        for (const ChoiceSpec &choice : field.choices) {
            auto *item = new QListWidgetItem(field.choiceLabel(choice.key), list);
            item->setData(Qt::UserRole, choice.key);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        const int rows = qMax(1, list->count());
        list->setMaximumHeight(list->sizeHintForRow(0) * qMin(rows, 8) + 2 * list->frameWidth() + 4);
        return list;
    }
    case FieldType::Reference: {
        auto *edit = new QLineEdit(this);
        edit->setReadOnly(true);
        return edit;
    }
    case FieldType::Concept: {
        // Its items are the concepts the name may mean; ConceptField fills them as the name is typed.
        auto *combo = new QComboBox(this);
        combo->addItem(QString(), QString());
        return combo;
    }
    default: {
        auto *edit = new QLineEdit(this);
        edit->setPlaceholderText(placeholderFor(field));
        if (field.type == FieldType::Date || field.type == FieldType::DateTime)
            ClearButton::enable(edit,
                                tr("Clear %1", "the clear button in a date field; %1 is the field's label")
                                    .arg(field.translatedLabel()));
        return edit;
    }
    }
}

void RecordForm::connectEdited(QWidget *editor)
{
    auto notify = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        connect(line, &QLineEdit::textChanged, this, notify);
        connect(line, &QLineEdit::returnPressed, this, &RecordForm::submitted);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        connect(text, &QPlainTextEdit::textChanged, this, notify);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, notify);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        connect(list, &QListWidget::itemChanged, this, notify);
    }
}

QString RecordForm::editorValue(const FieldSpec &spec, const QWidget *editor)
{
    if (const auto *line = qobject_cast<const QLineEdit *>(editor)) {
        // Dates are shown as people write them and stored as ISO; text that is not a date goes to the
        // validator as typed, so its message can say what is wrong.
        const QString text = line->text().trimmed();
        if (spec.type == FieldType::Date) {
            const QDate date = DateText::parseDate(text);
            return date.isValid() ? date.toString(Qt::ISODate) : text;
        }
        if (spec.type == FieldType::DateTime) {
            const QDateTime when = DateText::parseDateTime(text);
            return when.isValid() ? when.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : text;
        }
        return text;
    }
    if (const auto *text = qobject_cast<const QPlainTextEdit *>(editor))
        return text->toPlainText().trimmed();
    if (const auto *combo = qobject_cast<const QComboBox *>(editor))
        return combo->currentIndex() < 0 ? QString() : combo->currentData().toString();
    if (const auto *list = qobject_cast<const QListWidget *>(editor)) {
        QStringList keys;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                keys.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return keys.join(QLatin1Char(','));
    }
    return {};
}

void RecordForm::setEditorValue(const FieldSpec &spec, QWidget *editor, const QString &value)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        const bool isDate = spec.type == FieldType::Date || spec.type == FieldType::DateTime;
        line->setText(isDate ? DateText::fromStored(value) : value);
        line->setCursorPosition(0);
    } else if (auto *text = qobject_cast<QPlainTextEdit *>(editor)) {
        text->setPlainText(value);
    } else if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        int index = combo->findData(value);
        if (index < 0 && !value.isEmpty()) {
            // A value this version does not know (from a newer device, say) is kept, not silently dropped.
            combo->addItem(spec.choiceLabel(value), value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(value.isEmpty() && spec.required ? -1 : index);
    } else if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QStringList keys = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &key : keys)
            key = key.trimmed();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            const QString key = item->data(Qt::UserRole).toString();
            item->setCheckState(keys.removeAll(key) > 0 ? Qt::Checked : Qt::Unchecked);
        }
        for (const QString &unknown : std::as_const(keys)) {
            auto *item = new QListWidgetItem(spec.choiceLabel(unknown), list);
            item->setData(Qt::UserRole, unknown);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
        }
    }
}

QStringList RecordForm::fieldNames() const
{
    QStringList names;
    for (const Row &r : m_rows)
        names.append(spec(r).name);
    return names;
}

void RecordForm::setValues(const FieldMap &values)
{
    m_loading = true;
    m_loaded.clear();
    for (const Row &r : m_rows) {
        setEditorValue(spec(r), r.editor, values.value(spec(r).name));
        m_loaded.insert(spec(r).name, editorValue(spec(r), r.editor));
        // Kept as the record was made once it has a value (EntitySchema refuses a change), so not offered as editable.
        r.editor->setEnabled(!spec(r).fixedOnceMade || values.value(spec(r).name).isEmpty());
    }
    for (ConceptField *field : std::as_const(m_conceptFields))
        field->refresh();
    m_loading = false;
    clearProblems();
}

FieldMap RecordForm::values() const
{
    FieldMap result;
    for (const Row &r : m_rows)
        result.insert(spec(r).name, editorValue(spec(r), r.editor));
    return result;
}

FieldMap RecordForm::changes() const
{
    FieldMap result;
    for (const Row &r : m_rows) {
        const QString value = editorValue(spec(r), r.editor);
        if (value != m_loaded.value(spec(r).name))
            result.insert(spec(r).name, value);
    }
    return result;
}

FieldMap RecordForm::filledValues() const
{
    FieldMap result;
    for (const Row &r : m_rows) {
        const QString value = editorValue(spec(r), r.editor);
        if (!value.isEmpty())
            result.insert(spec(r).name, value);
    }
    return result;
}

void RecordForm::setConceptLookup(const ConceptLookup &lookup)
{
    m_loading = true;
    for (ConceptField *field : std::as_const(m_conceptFields))
        field->setLookup(lookup);
    m_loading = false;
}

void RecordForm::clear()
{
    setValues({});
}

void RecordForm::clearProblems()
{
    for (const Row &r : m_rows) {
        r.problem->clear();
        r.problem->hide();
        r.editor->setAccessibleDescription(r.editor->property(BaseDescription).toString());
    }
    m_summary->clear();
    m_summary->hide();
}

void RecordForm::showProblems(const Error &error)
{
    clearProblems();
    QWidget *first = nullptr;
    int shown = 0;
    QStringList elsewhere;
    for (auto it = error.fieldProblems.cbegin(); it != error.fieldProblems.cend(); ++it) {
        if (!row(it.key()))
            elsewhere.append(it.value());
    }
    for (const Row &r : m_rows) {
        const QString message = error.fieldProblems.value(spec(r).name);
        if (message.isEmpty())
            continue;
        r.problem->setText(withWarningSign(message));
        r.problem->show();
        r.editor->setAccessibleDescription(joinSentences(message, r.editor->property(BaseDescription).toString()));
        if (!first)
            first = r.editor;
        ++shown;
    }

    QStringList summary;
    if (shown > 0)
        summary.append(tr("%n problem(s) to fix before saving. Each is shown beside its field.", nullptr, shown));
    summary.append(elsewhere);
    if (shown == 0 && elsewhere.isEmpty())
        summary.append(error.message);
    m_summary->setText(withWarningSign(summary.join(QLatin1Char('\n'))));
    m_summary->show();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

QString RecordForm::problem(const QString &field) const
{
    const Row *r = row(field);
    if (!r || r->problem->isHidden())
        return {};
    return r->problem->text();
}

const RecordForm::Row *RecordForm::row(const QString &field) const
{
    for (const Row &r : m_rows) {
        if (spec(r).name == field)
            return &r;
    }
    return nullptr;
}

QWidget *RecordForm::editor(const QString &field) const
{
    const Row *r = row(field);
    return r ? r->editor : nullptr;
}

QLabel *RecordForm::problemLabel(const QString &field) const
{
    const Row *r = row(field);
    return r ? r->problem : nullptr;
}

void RecordForm::focusFirstField()
{
    if (!m_rows.isEmpty())
        m_rows.constFirst().editor->setFocus(Qt::OtherFocusReason);
}
