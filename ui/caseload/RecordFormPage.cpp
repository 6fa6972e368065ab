#include "ui/caseload/RecordFormPage.h"

#include "model/vault/RecordStore.h"
#include "ui/caseload/RecordForm.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

RecordFormPage::RecordFormPage(RecordStore &store,
                               const EntityKind &kind,
                               const QStringList &hiddenFields,
                               QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_kind(kind)
    , m_form(new RecordForm(kind, hiddenFields, this))
    , m_status(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("&Revert"), this))
{
    setObjectName(m_kind.key + QStringLiteral("Page"));

    m_save->setObjectName(m_kind.key + QStringLiteral("SaveButton"));
    m_save->setAccessibleName(tr("Save %1").arg(m_kind.translatedLabel()));
    m_save->setToolTip(
        tr("Save the changes (%1)").arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    m_revert->setObjectName(m_kind.key + QStringLiteral("RevertButton"));
    m_revert->setAccessibleName(tr("Revert %1 to what was saved").arg(m_kind.translatedLabel()));
    m_status->setObjectName(m_kind.key + QStringLiteral("SaveStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    // A window shortcut on a page only fires while the page is shown, so each tab's Save owns Ctrl+S in turn.
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(m_kind.key + QStringLiteral("SaveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, &RecordFormPage::save);

    connect(m_save, &QPushButton::clicked, this, &RecordFormPage::save);
    connect(m_revert, &QPushButton::clicked, this, &RecordFormPage::revert);
    connect(m_form, &RecordForm::submitted, this, &RecordFormPage::save);
    connect(m_form, &RecordForm::edited, this, [this] {
        m_status->clear();
        updateButtons();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_status, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_form);
    layout->addLayout(buttons);
    layout->addStretch();
    updateButtons();
}

void RecordFormPage::load(const QString &personId)
{
    m_personId = personId;
    m_record = Record();
    m_status->clear();
    if (!personId.isEmpty()) {
        auto record = m_kind.key == Kinds::Person ? m_store.get(personId) : m_store.single(personId, m_kind.key);
        if (record)
            m_record = record.value();
    }
    m_form->setValues(m_record.fields);
    updateButtons();
}

void RecordFormPage::refresh()
{
    if (!m_form->isModified())
        load(m_personId);
}

void RecordFormPage::clear()
{
    load(QString());
}

bool RecordFormPage::hasUnsavedChanges() const
{
    return !m_personId.isEmpty() && m_form->isModified();
}

bool RecordFormPage::save()
{
    if (m_personId.isEmpty())
        return false;
    const FieldMap changes = m_form->changes();
    if (changes.isEmpty()) {
        m_form->clearProblems();
        m_status->setText(tr("There are no changes to save."));
        return true;
    }
    Status status;
    if (m_record.id.isEmpty()) {
        auto added = m_store.add(m_personId, m_kind.key, m_form->filledValues());
        if (!added)
            status = added.error();
    } else {
        status = m_store.update(m_record.id, changes);
    }
    if (!status) {
        m_status->setText(tr("Not saved."));
        m_form->showProblems(status.error());
        return false;
    }
    load(m_personId);
    m_status->setText(tr("Saved."));
    Q_EMIT saved();
    return true;
}

void RecordFormPage::revert()
{
    load(m_personId);
    m_status->setText(tr("Changes undone."));
}

void RecordFormPage::updateButtons()
{
    const bool hasPerson = !m_personId.isEmpty();
    m_save->setEnabled(hasPerson);
    m_revert->setEnabled(hasPerson && m_form->isModified());
}
