#include "ui/caseload/RecordListPage.h"

#include "model/vault/RecordStore.h"
#include "ui/caseload/RecordEditDialog.h"
#include "ui/caseload/RecordForm.h"
#include "ui/widgets/MessageBox.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
    constexpr int RecordIdRole = Qt::UserRole + 1;
    constexpr int MaxColumns = 3;
} // namespace

RecordListPage::RecordListPage(RecordStore &store, const EntityKind &kind, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_kind(kind)
    , m_heading(new QLabel(kind.translatedLabel(), this))
    , m_empty(new QLabel(tr("Nothing recorded yet. Choose Add to record the first entry."), this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(this))
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
{
    setObjectName(m_kind.key + QStringLiteral("Page"));
    const QString label = m_kind.translatedLabel();

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setObjectName(m_kind.key + QStringLiteral("Heading"));
    m_heading->setBuddy(m_view);

    m_empty->setObjectName(m_kind.key + QStringLiteral("Empty"));
    m_empty->setWordWrap(true);

    QStringList headers;
    for (int index : shownFields())
        headers.append(m_kind.fields.at(index).translatedLabel());
    m_model->setHorizontalHeaderLabels(headers);

    m_view->setObjectName(m_kind.key + QStringLiteral("View"));
    m_view->setAccessibleName(label);
    m_view->setAccessibleDescription(tr("Press Insert to add an entry, Enter to change the selected one and Delete to "
                                        "remove it."));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->setMinimumHeight(m_view->verticalHeader()->defaultSectionSize() * 4);
    m_view->installEventFilter(this);

    m_add->setObjectName(m_kind.key + QStringLiteral("AddButton"));
    m_add->setAccessibleName(tr("Add to %1").arg(label));
    m_edit->setObjectName(m_kind.key + QStringLiteral("EditButton"));
    m_edit->setAccessibleName(tr("Change the selected entry in %1").arg(label));
    m_remove->setObjectName(m_kind.key + QStringLiteral("RemoveButton"));
    m_remove->setAccessibleName(tr("Remove the selected entry from %1").arg(label));

    connect(m_add, &QPushButton::clicked, this, &RecordListPage::addRecord);
    connect(m_edit, &QPushButton::clicked, this, &RecordListPage::editRecord);
    connect(m_remove, &QPushButton::clicked, this, &RecordListPage::removeRecord);
    connect(m_view, &QTableView::doubleClicked, this, &RecordListPage::editRecord);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RecordListPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_empty);
    layout->addWidget(m_view);
    layout->addLayout(buttons);

    setTabOrder(m_view, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_remove);
    updateButtons();
}

QVector<int> RecordListPage::shownFields() const
{
    // The title first, then the next few short fields, so each row reads as a one-line summary.
    QVector<int> shown;
    for (int i = 0; i < m_kind.fields.size(); ++i) {
        if (m_kind.fields.at(i).name == m_kind.titleField)
            shown.append(i);
    }
    for (int i = 0; i < m_kind.fields.size() && shown.size() < MaxColumns; ++i) {
        const FieldSpec &field = m_kind.fields.at(i);
        const bool shortField = field.type != FieldType::LongText && field.type != FieldType::MultiChoice &&
                                field.type != FieldType::Reference;
        if (field.name != m_kind.titleField && shortField)
            shown.append(i);
    }
    return shown;
}

QString RecordListPage::displayValue(const FieldSpec &spec, const QString &value)
{
    if (value.isEmpty())
        return {};
    switch (spec.type) {
    case FieldType::Choice:
        return spec.choiceLabel(value);
    case FieldType::MultiChoice: {
        QStringList labels;
        const QStringList keys = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &key : keys)
            labels.append(spec.choiceLabel(key.trimmed()));
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::YesNo:
        return value == QLatin1String("yes") ? tr("Yes") : value == QLatin1String("no") ? tr("No") : value;
    case FieldType::LongText:
        return value.section(QLatin1Char('\n'), 0, 0);
    default:
        return value;
    }
}

void RecordListPage::load(const QString &personId)
{
    m_personId = personId;
    m_records.clear();
    m_model->removeRows(0, m_model->rowCount());
    if (!personId.isEmpty()) {
        auto records = m_store.list(personId, m_kind.key);
        if (records)
            m_records = records.value();
    }
    const QVector<int> shown = shownFields();
    for (const Record &record : std::as_const(m_records)) {
        QList<QStandardItem *> row;
        for (int index : shown) {
            const FieldSpec &field = m_kind.fields.at(index);
            // A skill's concept reads as what matching does with it, never as a bare id or an empty cell.
            const QString shown =
                field.type == FieldType::Concept && m_conceptLookup
                    ? m_conceptLookup.describe(record.value(m_kind.titleField), record.value(field.name))
                    : displayValue(field, record.value(field.name));
            auto *item = new QStandardItem(shown);
            item->setData(record.id, RecordIdRole);
            item->setToolTip(field.type == FieldType::LongText ? record.value(field.name) : QString());
            row.append(item);
        }
        m_model->appendRow(row);
    }
    m_empty->setVisible(!personId.isEmpty() && m_records.isEmpty());
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    updateButtons();
}

void RecordListPage::setConceptLookup(ConceptLookup lookup)
{
    m_conceptLookup = std::move(lookup);
    if (!m_personId.isEmpty())
        load(m_personId);
}

void RecordListPage::clear()
{
    if (m_dialog) {
        m_dialog->reject();
        delete m_dialog;
    }
    load(QString());
}

QString RecordListPage::currentRecordId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(RecordIdRole).toString();
}

void RecordListPage::updateButtons()
{
    const bool hasPerson = !m_personId.isEmpty();
    const bool selected = !currentRecordId().isEmpty();
    m_add->setEnabled(hasPerson);
    m_edit->setEnabled(hasPerson && selected);
    m_remove->setEnabled(hasPerson && selected);
}

void RecordListPage::addRecord()
{
    if (m_personId.isEmpty())
        return;
    if (m_addHandler) {
        if (m_addHandler(m_personId)) {
            load(m_personId);
            Q_EMIT recordsChanged();
        }
        return;
    }
    Record record;
    record.personId = m_personId;
    record.kind = m_kind.key;
    openEditor(record);
}

void RecordListPage::editRecord()
{
    const QString id = currentRecordId();
    if (m_editHandler) {
        if (!id.isEmpty() && m_editHandler(id)) {
            load(m_personId);
            Q_EMIT recordsChanged();
        }
        return;
    }
    for (const Record &record : std::as_const(m_records)) {
        if (record.id == id) {
            openEditor(record);
            return;
        }
    }
}

void RecordListPage::openEditor(const Record &record)
{
    if (m_dialog)
        return;
    m_dialog = new RecordEditDialog(m_store, m_kind, m_personId, record, {}, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_conceptLookup)
        m_dialog->form()->setConceptLookup(m_conceptLookup);
    connect(m_dialog, &RecordEditDialog::recordSaved, this, [this](const QString &savedId) {
        load(m_personId);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (m_model->index(row, 0).data(RecordIdRole).toString() == savedId)
                m_view->selectRow(row);
        }
        Q_EMIT recordsChanged();
    });
    connect(m_dialog, &QDialog::finished, m_view, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    // open(), not exec(): no nested event loop, so a lock or a test can reach the dialog while it is up.
    m_dialog->open();
}

void RecordListPage::removeRecord()
{
    const QString id = currentRecordId();
    if (id.isEmpty())
        return;
    const QString title = m_view->selectionModel()->selectedRows().constFirst().data().toString();
    const QString question =
        title.isEmpty() ? tr("Remove the selected entry from %1? This cannot be undone.").arg(m_kind.translatedLabel())
                        : tr("Remove “%1” from %2? This cannot be undone.").arg(title, m_kind.translatedLabel());
    if (MessageBox::question(this, tr("Remove this entry?"), question) != QMessageBox::Yes)
        return;
    if (const Status status = m_store.remove(id); !status) {
        MessageBox::warning(this, tr("Could not remove the entry"), status.error().message);
        return;
    }
    load(m_personId);
    Q_EMIT recordsChanged();
}

bool RecordListPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Insert:
            addRecord();
            return true;
        case Qt::Key_Return:
        case Qt::Key_Enter:
            editRecord();
            return true;
        case Qt::Key_Delete:
            removeRecord();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}
