#include "ui/forms/FormEditor.h"

#include "model/core/DateText.h"
#include "model/forms/FormSuggestionTarget.h"
#include "model/forms/FormValidator.h"
#include "model/vault/RecordStore.h"
#include "ui/widgets/MessageBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
    constexpr QChar WarningSign(0x26A0);
    constexpr QChar Tick(0x2713);

    QString placeholderFor(FormFieldType type)
    {
        switch (type) {
        case FormFieldType::Date:
            return FormEditor::tr("DD/MM/YYYY");
        case FormFieldType::NiNumber:
            return FormEditor::tr("QQ 12 34 56 C");
        case FormFieldType::Postcode:
            return FormEditor::tr("For example, LS1 4AP");
        case FormFieldType::Phone:
            return FormEditor::tr("For example, 07700 900982");
        case FormFieldType::Email:
            return FormEditor::tr("name@example.com");
        default:
            return {};
        }
    }

    QString hintFor(FormFieldType type)
    {
        switch (type) {
        case FormFieldType::Date:
            return FormEditor::tr("Write the date as day/month/year, for example 27/3/2026.");
        case FormFieldType::SkillList:
            return FormEditor::tr("One item a line.");
        case FormFieldType::MultiChoice:
            return FormEditor::tr("Tick all that apply. Use the arrow keys to move and Space to tick.");
        case FormFieldType::Signature:
            return FormEditor::tr("Type the full name of the person agreeing.");
        default:
            return {};
        }
    }

    QString escapedLabel(QString text)
    {
        return text.replace(QLatin1Char('&'), QStringLiteral("&&"));
    }
} // namespace

FormEditor::FormEditor(const FormDefinition &form,
                       FormDraft draft,
                       QMap<QString, PrefilledValue> prefilled,
                       FormStore &store,
                       RecordStore &records,
                       QString signer,
                       QWidget *parent)
    : QWidget(parent)
    , m_form(form)
    , m_draft(std::move(draft))
    , m_prefilled(std::move(prefilled))
    , m_store(store)
    , m_records(records)
    , m_signer(std::move(signer))
    , m_today(QDate::currentDate())
    , m_summary(new QLabel(this))
    , m_saveState(new QLabel(this))
    , m_sections(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_previous(new QPushButton(tr("&Previous section"), this))
    , m_next(new QPushButton(tr("Ne&xt section"), this))
    , m_finish(new QPushButton(tr("&Finish and sign off…"), this))
    , m_close(new QPushButton(tr("C&lose form"), this))
    , m_autosave(new QTimer(this))
{
    setObjectName(QStringLiteral("formEditor"));
    setAccessibleName(tr("Form: %1").arg(text(m_form.title)));

    auto *title = new QLabel(QStringLiteral("<h2>%1</h2>").arg(text(m_form.title).toHtmlEscaped()), this);
    title->setObjectName(QStringLiteral("formTitle"));
    title->setTextFormat(Qt::RichText);
    auto *description = new QLabel(text(m_form.description), this);
    description->setWordWrap(true);

    // The GOV.UK error summary: a heading and one link per problem, reachable by Tab.
    m_summary->setObjectName(QStringLiteral("errorSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setFrameShape(QFrame::Box);
    m_summary->setFocusPolicy(Qt::StrongFocus);
    m_summary->setTextInteractionFlags(Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    m_summary->setAccessibleName(tr("There is a problem"));
    m_summary->hide();
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString &link) {
        focusField(link.section(QLatin1Char(':'), 1));
    });

    m_saveState->setObjectName(QStringLiteral("saveState"));

    m_sections->setObjectName(QStringLiteral("sectionList"));
    m_sections->setAccessibleName(tr("Sections of the form"));
    m_sections->setAccessibleDescription(tr("Choose a section to fill it in. Each shows whether it is complete."));
    for (int i = 0; i < m_form.sections.size(); ++i) {
        m_pageOfSection.append(m_pages->addWidget(buildSection(i)));
        m_sections->addItem(text(m_form.sections.at(i).title));
    }
    connect(m_sections, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            m_pages->setCurrentIndex(m_pageOfSection.value(row));
        m_previous->setEnabled(row > 0);
        m_next->setEnabled(row >= 0 && row + 1 < m_sections->count());
    });

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_sections);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    m_previous->setObjectName(QStringLiteral("previousSection"));
    m_next->setObjectName(QStringLiteral("nextSection"));
    m_finish->setObjectName(QStringLiteral("finishForm"));
    m_close->setObjectName(QStringLiteral("closeForm"));
    m_previous->setToolTip(QKeySequence(QStringLiteral("Ctrl+PgUp")).toString(QKeySequence::NativeText));
    m_next->setToolTip(QKeySequence(QStringLiteral("Ctrl+PgDown")).toString(QKeySequence::NativeText));
    connect(m_previous, &QPushButton::clicked, this, [this] { showSection(currentSection() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showSection(currentSection() + 1); });
    connect(m_finish, &QPushButton::clicked, this, [this] { finish(); });
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (saveDraft())
            Q_EMIT closeRequested();
    });
    auto *previousKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+PgUp")), this);
    previousKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(previousKey, &QShortcut::activated, m_previous, &QPushButton::click);
    auto *nextKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+PgDown")), this);
    nextKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(nextKey, &QShortcut::activated, m_next, &QPushButton::click);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch();
    buttons->addWidget(m_saveState);
    buttons->addWidget(m_close);
    buttons->addWidget(m_finish);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    // Tab goes through the form as it reads: the error summary, the sections, the fields, then the buttons below
    // them. The buttons were made first, so by default Tab reached Next, Finish and Close before any field.
    QList<QWidget *> order{m_summary, m_sections};
    for (const FieldRow &r : std::as_const(m_rows)) {
        order.append(r.editor);
        if (r.updateCase)
            order.append(r.updateCase);
    }
    order.append({m_previous, m_next, m_close, m_finish});
    for (qsizetype i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(AutosaveMillis);
    connect(m_autosave, &QTimer::timeout, this, &FormEditor::saveDraft);

    m_loading = true;
    for (const FieldRow &r : std::as_const(m_rows))
        setEditorValue(r, m_draft.answers.value(r.field->id));
    m_loading = false;
    refreshVisibility();
    refreshSections();
    refreshUpdateCaseBoxes();
    // A continued draft keeps the ticks it was saved with, for answers that still differ from the case.
    for (const QString &fieldId : std::as_const(m_draft.updateCase)) {
        if (const FieldRow *r = row(fieldId); r && r->updateCase && !r->updateCase->isHidden())
            r->updateCase->setChecked(true);
    }
    showSection(0);
}

QWidget *FormEditor::buildSection(int sectionIndex)
{
    const FormSection &section = m_form.sections.at(sectionIndex);
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    auto *heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(text(section.title).toHtmlEscaped()), content);
    heading->setTextFormat(Qt::RichText);
    layout->addWidget(heading);
    if (!text(section.help).isEmpty()) {
        auto *help = new QLabel(text(section.help), content);
        help->setWordWrap(true);
        layout->addWidget(help);
    }

    QWidget *previousEditor = nullptr;
    for (const FormField &field : section.fields) {
        FieldRow r;
        r.field = &field;
        r.section = sectionIndex;
        r.row = new QWidget(content);
        auto *rowLayout = new QVBoxLayout(r.row);
        rowLayout->setContentsMargins(0, 6, 0, 6);
        rowLayout->setSpacing(2);

        QString labelText = text(field.label);
        labelText = field.required ? tr("%1 (required)").arg(labelText) : tr("%1 (optional)").arg(labelText);
        auto *label = new QLabel(escapedLabel(labelText), r.row);
        label->setObjectName(field.id + QStringLiteral("Label"));
        label->setWordWrap(true);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        rowLayout->addWidget(label);

        QStringList description;
        if (!text(field.help).isEmpty()) {
            auto *help = new QLabel(text(field.help), r.row);
            help->setWordWrap(true);
            rowLayout->addWidget(help);
            description.append(text(field.help));
        }
        if (field.type == FormFieldType::Signature && !text(field.statement).isEmpty()) {
            auto *statement = new QLabel(text(field.statement), r.row);
            statement->setWordWrap(true);
            rowLayout->addWidget(statement);
            description.append(text(field.statement));
        }
        if (const QString hint = hintFor(field.type); !hint.isEmpty())
            description.append(hint);

        r.problem = new QLabel(r.row);
        r.problem->setObjectName(field.id + QStringLiteral("Error"));
        r.problem->setTextFormat(Qt::PlainText);
        r.problem->setWordWrap(true);
        r.problem->setFont(bold);
        r.problem->hide();
        rowLayout->addWidget(r.problem);

        r.editor = createEditor(field, r.row);
        r.editor->setObjectName(field.id);
        r.editor->installEventFilter(this);
        r.editor->setAccessibleName(text(field.label));
        rowLayout->addWidget(r.editor);
        label->setBuddy(r.editor);

        if (m_prefilled.contains(field.id)) {
            const PrefilledValue &prefilled = m_prefilled.value(field.id);
            r.source = new QLabel(tr("Filled in from the case: %1").arg(prefilled.source), r.row);
            r.source->setObjectName(field.id + QStringLiteral("Source"));
            r.source->setWordWrap(true);
            rowLayout->addWidget(r.source);
            description.append(r.source->text());
        }
        if (FormPrefill::canUpdateCase(field.prefill)) {
            r.updateCase = new QCheckBox(tr("Update the case too when the form is finished"), r.row);
            r.updateCase->setObjectName(field.id + QStringLiteral("UpdateCase"));
            r.updateCase->setAccessibleDescription(
                tr("Without this, changing the answer changes only the form, not the case."));
            rowLayout->addWidget(r.updateCase);
            // The tick is part of the draft: it is saved like an answer.
            connect(r.updateCase, &QCheckBox::toggled, this, [this] {
                if (!m_loading) {
                    m_saveState->setText(tr("Not saved yet"));
                    m_autosave->start();
                }
            });
        }
        r.editor->setAccessibleDescription(description.join(QLatin1Char(' ')));
        if (previousEditor)
            QWidget::setTabOrder(previousEditor, r.editor);
        previousEditor = r.updateCase ? static_cast<QWidget *>(r.updateCase) : r.editor;
        layout->addWidget(r.row);
        m_rows.append(r);
    }
    layout->addStretch();

    auto *scroll = new QScrollArea;
    // A container, not a control: out of the Tab order, where it took focus with no name and no ring.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Not a stop on the Tab path (it was an unnamed one before the fields): Tab goes to the fields inside.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidget(content);
    return scroll;
}

QWidget *FormEditor::createEditor(const FormField &field, QWidget *parent)
{
    switch (field.type) {
    case FormFieldType::MultiLine:
    case FormFieldType::SkillList: {
        auto *edit = new QPlainTextEdit(parent);
        edit->setTabChangesFocus(true);
        const int lines = edit->fontMetrics().lineSpacing();
        edit->setMinimumHeight(lines * 3 + 12);
        edit->setMaximumHeight(lines * 8 + 12);
        connect(edit, &QPlainTextEdit::textChanged, this, &FormEditor::onEdited);
        return edit;
    }
    case FormFieldType::YesNo:
    case FormFieldType::Choice: {
        auto *combo = new QComboBox(parent);
        combo->addItem(tr("(not answered)"), QString());
        if (field.type == FormFieldType::YesNo) {
            combo->addItem(tr("Yes"), QStringLiteral("yes"));
            combo->addItem(tr("No"), QStringLiteral("no"));
        } else {
            for (const FormChoice &choice : field.choices)
                combo->addItem(text(choice.label), choice.value);
        }
        connect(combo, &QComboBox::currentIndexChanged, this, &FormEditor::onEdited);
        return combo;
    }
    case FormFieldType::MultiChoice: {
        auto *list = new QListWidget(parent);
        for (const FormChoice &choice : field.choices) {
            auto *item = new QListWidgetItem(text(choice.label), list);
            item->setData(Qt::UserRole, choice.value);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
        const int rows = qMax(1, list->count());
        list->setMaximumHeight(list->sizeHintForRow(0) * qMin(rows, 9) + 2 * list->frameWidth() + 4);
        connect(list, &QListWidget::itemChanged, this, &FormEditor::onEdited);
        return list;
    }
    default: {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(placeholderFor(field.type));
        if (field.maxLength > 0)
            edit->setMaxLength(field.maxLength);
        connect(edit, &QLineEdit::textChanged, this, &FormEditor::onEdited);
        return edit;
    }
    }
}

QString FormEditor::editorValue(const FieldRow &r) const
{
    if (auto *edit = qobject_cast<QLineEdit *>(r.editor)) {
        // Answers hold ISO dates; what is not a date goes to the validator as typed, so it can say why.
        const QString text = edit->text().trimmed();
        if (r.field->type != FormFieldType::Date)
            return text;
        const QDate date = DateText::parseDate(text);
        return date.isValid() ? date.toString(Qt::ISODate) : text;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(r.editor)) {
        if (r.field->type != FormFieldType::SkillList)
            return edit->toPlainText().trimmed();
        QStringList items = edit->toPlainText().split(QLatin1Char('\n'));
        for (QString &item : items)
            item = item.trimmed();
        items.removeAll(QString());
        return items.join(QLatin1Char(';'));
    }
    if (auto *combo = qobject_cast<QComboBox *>(r.editor))
        return combo->currentData().toString();
    if (auto *list = qobject_cast<QListWidget *>(r.editor)) {
        QStringList values;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                values.append(list->item(i)->data(Qt::UserRole).toString());
        }
        return values.join(QLatin1Char(','));
    }
    return {};
}

void FormEditor::setEditorValue(const FieldRow &r, const QString &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(r.editor)) {
        edit->setText(r.field->type == FormFieldType::Date ? DateText::fromStored(value) : value);
    } else if (auto *edit = qobject_cast<QPlainTextEdit *>(r.editor)) {
        edit->setPlainText(r.field->type == FormFieldType::SkillList
                               ? value.split(QLatin1Char(';'), Qt::SkipEmptyParts).join(QLatin1Char('\n'))
                               : value);
    } else if (auto *combo = qobject_cast<QComboBox *>(r.editor)) {
        combo->setCurrentIndex(qMax(0, combo->findData(value)));
    } else if (auto *list = qobject_cast<QListWidget *>(r.editor)) {
        const QStringList values = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(values.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
        }
    }
}

const FormEditor::FieldRow *FormEditor::row(const QString &fieldId) const
{
    for (const FieldRow &r : m_rows) {
        if (r.field->id == fieldId)
            return &r;
    }
    return nullptr;
}

FormAnswers FormEditor::answers() const
{
    FormAnswers out;
    for (const FieldRow &r : m_rows) {
        const QString value = editorValue(r);
        if (!value.isEmpty())
            out.insert(r.field->id, value);
    }
    return out;
}

bool FormEditor::setAnswer(const QString &fieldId, const QString &value)
{
    const FieldRow *r = row(fieldId);
    if (!r)
        return false;
    if (r->field->type == FormFieldType::SkillList || r->field->type == FormFieldType::MultiChoice) {
        // Lists gain the value rather than lose what is there.
        const QChar separator = r->field->type == FormFieldType::SkillList ? QLatin1Char(';') : QLatin1Char(',');
        QStringList values = editorValue(*r).split(separator, Qt::SkipEmptyParts);
        if (!values.contains(value))
            values.append(value);
        setEditorValue(*r, values.join(separator));
    } else {
        setEditorValue(*r, value);
    }
    onEdited();
    return true;
}

bool FormEditor::acceptSuggestion(const ExtractedSuggestion &suggestion, const QString &value)
{
    const auto placement = FormSuggestionTarget::place(m_form, answers(), suggestion, value, m_lastFocusedField);
    if (!placement.isValid())
        return false;
    setAnswer(placement.fieldId, placement.value);
    return true;
}

bool FormEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn) {
        for (const FieldRow &r : std::as_const(m_rows)) {
            if (r.editor == watched)
                m_lastFocusedField = r.field->id;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FormEditor::onEdited()
{
    if (m_loading)
        return;
    m_saveState->setText(tr("Not saved yet"));
    m_autosave->start();
    refreshVisibility();
    refreshSections();
    refreshUpdateCaseBoxes();
    if (m_showProblems)
        showProblems(FormValidator::problems(m_form, answers(), m_draft.language, m_today));
}

void FormEditor::refreshVisibility()
{
    const FormAnswers current = answers();
    for (const FieldRow &r : std::as_const(m_rows))
        r.row->setVisible(m_form.isShown(*r.field, current));
    for (int i = 0; i < m_form.sections.size(); ++i) {
        const auto &condition = m_form.sections.at(i).showIf;
        m_sections->item(i)->setHidden(condition && !condition->holds(current));
    }
}

void FormEditor::refreshSections()
{
    const FormAnswers current = answers();
    const auto statuses = FormValidator::sections(m_form, current, m_draft.language, m_today);
    for (int i = 0; i < m_form.sections.size(); ++i) {
        const QString id = m_form.sections.at(i).id;
        QString status;
        for (const FormValidator::SectionStatus &s : statuses) {
            if (s.sectionId != id)
                continue;
            if (s.complete())
                status = QString(Tick) + QLatin1Char(' ') + tr("Complete");
            else if (m_showProblems && s.problems > 0)
                status = QString(WarningSign) + QLatin1Char(' ') + tr("%n problem(s)", nullptr, s.problems);
            else
                status = tr("%1 of %2 required answered").arg(s.answered).arg(s.required);
        }
        QListWidgetItem *item = m_sections->item(i);
        item->setText(QStringLiteral("%1\n%2").arg(text(m_form.sections.at(i).title), status));
        item->setData(Qt::AccessibleTextRole, tr("%1: %2").arg(text(m_form.sections.at(i).title), status));
        item->setData(Qt::UserRole, status);
    }
}

void FormEditor::refreshUpdateCaseBoxes()
{
    for (const FieldRow &r : std::as_const(m_rows)) {
        if (!r.updateCase)
            continue;
        const bool differs = editorValue(r) != m_prefilled.value(r.field->id).value;
        r.updateCase->setVisible(differs);
        if (!differs)
            r.updateCase->setChecked(false);
    }
}

QString FormEditor::sectionStatusText(int index) const
{
    QListWidgetItem *item = m_sections->item(index);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int FormEditor::sectionCount() const
{
    return m_sections->count();
}

int FormEditor::currentSection() const
{
    return m_sections->currentRow();
}

void FormEditor::showSection(int index)
{
    // Skip sections hidden by their condition, in the direction of travel.
    const int step = index < currentSection() ? -1 : 1;
    while (index >= 0 && index < m_sections->count() && m_sections->item(index)->isHidden())
        index += step;
    if (index < 0 || index >= m_sections->count())
        return;
    m_sections->setCurrentRow(index);
}

void FormEditor::focusField(const QString &fieldId)
{
    const FieldRow *r = row(fieldId);
    if (!r)
        return;
    showSection(r->section);
    if (auto *scroll = qobject_cast<QScrollArea *>(m_pages->currentWidget()))
        scroll->ensureWidgetVisible(r->editor);
    r->editor->setFocus(Qt::OtherFocusReason);
}

QWidget *FormEditor::editor(const QString &fieldId) const
{
    const FieldRow *r = row(fieldId);
    return r ? r->editor : nullptr;
}

QLabel *FormEditor::problemLabel(const QString &fieldId) const
{
    const FieldRow *r = row(fieldId);
    return r ? r->problem : nullptr;
}

QLabel *FormEditor::sourceLabel(const QString &fieldId) const
{
    const FieldRow *r = row(fieldId);
    return r ? r->source : nullptr;
}

QCheckBox *FormEditor::updateCaseBox(const QString &fieldId) const
{
    const FieldRow *r = row(fieldId);
    return r ? r->updateCase : nullptr;
}

bool FormEditor::saveDraft()
{
    m_autosave->stop();
    FormDraft draft = m_draft;
    draft.answers = answers();
    draft.updateCase.clear();
    for (const FieldRow &r : std::as_const(m_rows)) {
        if (r.updateCase && r.updateCase->isChecked() && !r.updateCase->isHidden())
            draft.updateCase.append(r.field->id);
    }
    auto saved = m_store.saveDraft(draft);
    if (!saved) {
        m_saveState->setText(QString(WarningSign) + QLatin1Char(' ') + tr("Not saved"));
        MessageBox::warning(this, tr("The draft was not saved"), saved.error().message);
        return false;
    }
    m_draft = draft;
    m_draft.id = saved.value();
    m_saveState->setText(tr("Draft saved"));
    return true;
}

void FormEditor::showProblems(const QMap<QString, QString> &problems)
{
    QStringList links;
    for (const FieldRow &r : std::as_const(m_rows)) {
        const QString problem = problems.value(r.field->id);
        r.problem->setText(problem.isEmpty() ? QString() : QString(WarningSign) + QLatin1Char(' ') + problem);
        r.problem->setVisible(!problem.isEmpty());
        if (!problem.isEmpty()) {
            // A message that already names the field ("Enter what the claimant will do each week") is not
            // prefixed with its label again; one that does not ("Enter a number…") is.
            const QString label = text(r.field->label);
            const QString line =
                problem.contains(label, Qt::CaseInsensitive) ? problem : label + QStringLiteral(": ") + problem;
            links.append(QStringLiteral("<li><a href=\"field:%1\">%2</a></li>").arg(r.field->id, line.toHtmlEscaped()));
        }
    }
    if (links.isEmpty()) {
        m_summary->hide();
        return;
    }
    m_summary->setText(QStringLiteral("<b>%1 %2</b><ul>%3</ul>")
                           .arg(QString(WarningSign), tr("There is a problem").toHtmlEscaped(), links.join(QString())));
    m_summary->setAccessibleDescription(
        tr("%n problem(s) to fix before the form can be finished.", nullptr, int(links.size())));
    m_summary->show();
}

Status FormEditor::applyCaseUpdates()
{
    for (const FieldRow &r : std::as_const(m_rows)) {
        if (!r.updateCase || !r.updateCase->isChecked() || r.row->isHidden())
            continue;
        if (Status s = FormPrefill::updateCase(m_records, m_draft.personId, r.field->prefill, editorValue(r)); !s)
            return s;
    }
    return {};
}

bool FormEditor::finish(bool confirm)
{
    m_showProblems = true;
    const auto problems = FormValidator::problems(m_form, answers(), m_draft.language, m_today);
    showProblems(problems);
    refreshSections();
    if (!problems.isEmpty()) {
        m_summary->setFocus(Qt::OtherFocusReason);
        return false;
    }
    if (confirm && !MessageBox::confirm(this,
                                        tr("Finish the form"),
                                        tr("Finish “%1” and sign it off as %2? The finished version cannot be changed "
                                           "afterwards; later changes make a new version.")
                                            .arg(text(m_form.title), m_signer),
                                        tr("&Finish and sign off"))) {
        return false;
    }
    if (!saveDraft())
        return false;
    // The case first: if the vault refuses a value the form stays a draft and nothing is signed off.
    if (Status s = applyCaseUpdates(); !s) {
        MessageBox::warning(
            this, tr("The case was not updated"), tr("%1 The form is still a draft.").arg(s.error().message));
        return false;
    }
    auto version = m_store.finish(m_draft.id, m_form, m_signer, m_today);
    if (!version) {
        if (!version.error().fieldProblems.isEmpty())
            showProblems(version.error().fieldProblems);
        else
            MessageBox::warning(this, tr("The form was not finished"), version.error().message);
        return false;
    }
    Q_EMIT finished(version.value());
    return true;
}
