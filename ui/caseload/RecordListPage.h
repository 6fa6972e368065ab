#pragma once

#include "model/vault/EntitySchema.h"
#include "model/vault/Record.h"
#include "ui/caseload/ConceptField.h"

#include <QPointer>
#include <QVector>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QStandardItemModel;
class QTableView;
class RecordEditDialog;
class RecordStore;

/**
 * One list of records of a kind with many per person (work history, fit notes, appointments...):
 * a table by title field with Add, Edit and Remove. Add and Edit open a RecordEditDialog; Remove
 * asks first. In the table, Insert adds, Enter edits and Delete removes.
 *
 * Object names start with the kind's key: `<kind>View`, `<kind>AddButton`, `<kind>EditButton`,
 * `<kind>RemoveButton`.
 */
class RecordListPage : public QWidget
{
    Q_OBJECT

public:
    RecordListPage(RecordStore &store, const EntityKind &kind, QWidget *parent = nullptr);

    const EntityKind &kind() const { return m_kind; }
    /** Reads this person's records of the kind into the table. */
    void load(const QString &personId);
    /** Empties the table and closes any open dialog. */
    void clear();

    QTableView *view() const { return m_view; }
    QString currentRecordId() const;
    /** The dialog opened by Add or Edit, while it is open. */
    RecordEditDialog *openDialog() const { return m_dialog; }

    /** How a skill's taxonomy concept is looked up and shown; empty while the vault is locked. */
    void setConceptLookup(ConceptLookup lookup);
    /**
     * For a kind made by its own dialog (a referral checks consent): Add calls `handler` with the person's id
     * instead of opening the generic editor; it returns true when it added a record. Empty goes back to the editor.
     */
    using AddHandler = std::function<bool(const QString &personId)>;
    void setAddHandler(AddHandler handler) { m_addHandler = std::move(handler); }
    /**
     * Likewise for Edit: `handler` gets the record's id instead of the generic editor opening (a referral's outcome
     * moves its plan action); it returns true when it changed the record.
     */
    using EditHandler = std::function<bool(const QString &recordId)>;
    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }

    void addRecord();
    void editRecord();
    void removeRecord();

    /** How a stored value reads in a list: choice labels, yes or no in words, the first line of long text. */
    static QString displayValue(const FieldSpec &spec, const QString &value);

Q_SIGNALS:
    /** A record of this person was added, changed or removed here. */
    void recordsChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openEditor(const Record &record);
    void updateButtons();
    QVector<int> shownFields() const;

    RecordStore &m_store;
    EntityKind m_kind;
    QString m_personId;
    QVector<Record> m_records;
    QLabel *m_heading;
    QLabel *m_empty;
    QTableView *m_view;
    QStandardItemModel *m_model;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPointer<RecordEditDialog> m_dialog;
    ConceptLookup m_conceptLookup;
    AddHandler m_addHandler;
    EditHandler m_editHandler;
};
