#pragma once

#include "model/vault/EntitySchema.h"
#include "model/vault/Record.h"

#include <QWidget>

class QLabel;
class QPushButton;
class RecordForm;
class RecordStore;

/**
 * Edits, in place, a kind with one record per person (the profile, circumstances): a RecordForm
 * with Save (Ctrl+S while the page is shown, or Enter in a one-line field) and Revert. Problems stay
 * beside their fields and nothing is saved until the record validates.
 *
 * Object names: `<kind>SaveButton`, `<kind>RevertButton`, `<kind>SaveStatus`.
 */
class RecordFormPage : public QWidget
{
    Q_OBJECT

public:
    RecordFormPage(RecordStore &store,
                   const EntityKind &kind,
                   const QStringList &hiddenFields = {},
                   QWidget *parent = nullptr);

    RecordForm *form() const { return m_form; }
    const Record &record() const { return m_record; }

    /** Reads this person's record into the form, dropping any unsaved change. */
    void load(const QString &personId);
    /** Reloads only if the form holds no unsaved change (for changes made elsewhere). */
    void refresh();
    void clear();

    /** True while the form holds a change to a shown person's record that is not saved. */
    bool hasUnsavedChanges() const;
    /** Saves the changes; true if they were saved (or there were none). */
    bool save();
    void revert();

Q_SIGNALS:
    void saved();

private:
    void updateButtons();

    RecordStore &m_store;
    EntityKind m_kind;
    QString m_personId;
    Record m_record;
    RecordForm *m_form;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
};
