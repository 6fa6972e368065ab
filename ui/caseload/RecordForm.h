#pragma once

#include "model/core/Result.h"
#include "model/vault/EntitySchema.h"

#include <QStringList>
#include <QVector>
#include <QWidget>

class ConceptField;
class QLabel;
struct ConceptLookup;

/**
 * An editor for one record, built from its EntityKind: a suitable editor per field type, a label
 * that is the editor's buddy, a "(required)" marker, and a problem label under each field that is
 * filled from Error::fieldProblems after a failed save. Editors are named after their field
 * (objectName = field name) and problem labels `<field>Error`, so tests and tools can find them.
 *
 * The form only shows and collects values; checking them is EntitySchema's job, through RecordStore.
 */
class RecordForm : public QWidget
{
    Q_OBJECT

public:
    /** `hiddenFields` are left out of the form (and out of values() and changes()). */
    explicit RecordForm(const EntityKind &kind, const QStringList &hiddenFields = {}, QWidget *parent = nullptr);

    const EntityKind &kind() const { return m_kind; }
    QStringList fieldNames() const;

    /** Loads `values` into the editors; what is loaded is the baseline for changes(). Clears problems. */
    void setValues(const FieldMap &values);
    /** Every shown field's value as the editors hold it; an empty string for a field left empty. */
    FieldMap values() const;
    /** Only the fields whose value differs from what setValues() loaded. */
    FieldMap changes() const;
    /** values() without the empty ones: what a new record should be created with. */
    FieldMap filledValues() const;
    bool isModified() const { return !changes().isEmpty(); }
    /** Empties every editor and problem, forgetting the baseline. */
    void clear();

    /** Shows each field problem beside its field and moves focus to the first; the rest goes in the summary. */
    void showProblems(const Error &error);
    void clearProblems();
    /** The translated problem shown beside `field`, or an empty string. */
    QString problem(const QString &field) const;

    QWidget *editor(const QString &field) const;
    QLabel *problemLabel(const QString &field) const;
    QLabel *summaryLabel() const { return m_summary; }
    void focusFirstField();
    /** Lets taxonomy concept fields look up what the name typed beside them means (see ConceptField). */
    void setConceptLookup(const ConceptLookup &lookup);

    /** Reads or writes one editor as the stored string for `spec` (shared with tests). */
    static QString editorValue(const FieldSpec &spec, const QWidget *editor);
    static void setEditorValue(const FieldSpec &spec, QWidget *editor, const QString &value);

Q_SIGNALS:
    /** The person changed a value (not emitted by setValues() or clear()). */
    void edited();
    /** Return was pressed in a one-line field: pages that edit in place save on it. */
    void submitted();

private:
    struct Row
    {
        int specIndex = -1;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };

    QWidget *createEditor(const FieldSpec &spec);
    void connectEdited(QWidget *editor);
    const Row *row(const QString &field) const;
    const FieldSpec &spec(const Row &row) const { return m_kind.fields.at(row.specIndex); }

    EntityKind m_kind;
    QVector<Row> m_rows;
    FieldMap m_loaded;
    QLabel *m_summary;
    QVector<ConceptField *> m_conceptFields;
    bool m_loading = false;
};
