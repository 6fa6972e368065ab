#pragma once

#include "model/vault/EntitySchema.h"
#include "model/vault/Record.h"

#include <QDialog>

class QDialogButtonBox;
class RecordForm;
class RecordStore;

/**
 * Adds or changes one record in a RecordForm. Save goes through RecordStore; if the record does not
 * validate, the dialog stays open with each problem beside its field and nothing is saved.
 * Enter saves, Escape cancels. For the person kind with no record, it creates a new person.
 */
class RecordEditDialog : public QDialog
{
    Q_OBJECT

public:
    /** `record` with an empty id adds a new record for `personId`; otherwise that record is changed. */
    RecordEditDialog(RecordStore &store,
                     const EntityKind &kind,
                     const QString &personId,
                     const Record &record,
                     const QStringList &hiddenFields = {},
                     QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    /** The id of the record added or changed, once saved. */
    QString savedRecordId() const { return m_savedId; }
    bool isNew() const { return m_record.id.isEmpty(); }

    /** Saves and closes if the record validates; otherwise shows the problems and stays open. */
    void accept() override;

Q_SIGNALS:
    void recordSaved(const QString &recordId);

private:
    RecordStore &m_store;
    EntityKind m_kind;
    QString m_personId;
    Record m_record;
    RecordForm *m_form;
    QDialogButtonBox *m_buttons;
    QString m_savedId;
};
