#include "ui/caseload/RecordEditDialog.h"

#include "model/vault/RecordStore.h"
#include "ui/caseload/RecordForm.h"
#include "ui/widgets/DialogSizer.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

RecordEditDialog::RecordEditDialog(RecordStore &store,
                                   const EntityKind &kind,
                                   const QString &personId,
                                   const Record &record,
                                   const QStringList &hiddenFields,
                                   QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_kind(kind)
    , m_personId(personId)
    , m_record(record)
    , m_form(new RecordForm(kind, hiddenFields, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recordEditDialog"));
    setWindowTitle(isNew() ? tr("Add to %1").arg(m_kind.translatedLabel())
                           : tr("Change an entry in %1").arg(m_kind.translatedLabel()));
    setAccessibleName(windowTitle());
    m_buttons->setObjectName(QStringLiteral("dialogButtons"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RecordEditDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RecordEditDialog::reject);

    // Long forms (a fit note) scroll rather than grow past a small or scaled screen.
    auto *scroll = new QScrollArea(this);
    // A container, not a control: out of the Tab order, where it took focus with no name and no ring.
    scroll->setFocusPolicy(Qt::NoFocus);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, not to their container
    scroll->setWidget(m_form);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll);
    layout->addWidget(m_buttons);

    m_form->setValues(m_record.fields);
    m_form->focusFirstField();
    DialogSizer::fitToText(this, 60);
}

void RecordEditDialog::accept()
{
    Error error;
    bool saved = false;
    if (isNew()) {
        const FieldMap fields = m_form->filledValues();
        auto added =
            m_kind.key == Kinds::Person ? m_store.createPerson(fields) : m_store.add(m_personId, m_kind.key, fields);
        if (added) {
            m_savedId = added.value();
            saved = true;
        } else {
            error = added.error();
        }
    } else {
        const Status status = m_store.update(m_record.id, m_form->changes());
        if (status) {
            m_savedId = m_record.id;
            saved = true;
        } else {
            error = status.error();
        }
    }
    if (!saved) {
        m_form->showProblems(error);
        return;
    }
    Q_EMIT recordSaved(m_savedId);
    QDialog::accept();
}
