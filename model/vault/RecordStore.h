#pragma once

#include "model/core/Result.h"
#include "model/vault/Record.h"
#include "model/vault/RecordReader.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <QVector>

#include <functional>

class AuditLog;
class Database;
class HybridClock;

/**
 * Owns the SQL for people and every record about them. Each change is validated against
 * EntitySchema, stamped per field with the hybrid clock, and audited in the same transaction.
 */
class RecordStore : public QObject, public RecordReader
{
    Q_OBJECT

public:
    RecordStore(Database &db, AuditLog &audit, HybridClock &clock, QObject *parent = nullptr);

    /** Adds a person; status defaults to open, language to English, owner to the vault's user. */
    Result<QString> createPerson(FieldMap fields);
    Result<QString> add(const QString &personId, const QString &kind, FieldMap fields);
    /** Changes only the fields given; an empty value clears a field. */
    Status update(const QString &recordId, FieldMap changes);
    /** Removes a record (a tombstone, so devices that merge later learn of it). Notes cannot be removed. */
    Status remove(const QString &recordId);
    /** Adds a note that corrects `noteId`; the original stays as it was. */
    Result<QString> correctNote(const QString &noteId, const QString &text);

    Result<Record> get(const QString &recordId) const override;
    Result<QVector<Record>> list(const QString &personId, const QString &kind) const override;
    /** For kinds with one record per person: that record, or an empty one if none is stored yet. */
    Result<Record> single(const QString &personId, const QString &kind) const override;
    Result<QVector<Record>> allForPerson(const QString &personId) const;
    Result<QVector<PersonSummary>> caseload() const;
    Result<PersonSummary> summary(const QString &personId) const;
    Result<int> personCount() const;

    /** Audits that someone looked at a person (or at their health and work section). */
    Status recordView(const QString &personId, bool healthSection = false);
    /**
     * Erases a person and every record about them; the audit keeps only that an erasure happened. The erasure
     * itself (the person's random id and a clock stamp, no name) is kept, so caseload sync carries it to the
     * other devices and refuses records of the person that arrive later.
     */
    Status erasePerson(const QString &personId);

    /**
     * Many changes in one transaction; the callback's failure rolls all back. Each person added is announced
     * (personAdded) once after the commit, and each other person changed (personChanged) once.
     */
    Status inTransaction(const std::function<Status()> &work);
    /**
     * For a committed caseload import, which writes rows directly: announces each person erased
     * (personErased) and each other person whose records arrived or changed (personChanged).
     */
    void announceReceived(const QSet<QString> &changed, const QStringList &erased);
    /**
     * For a bulk load: where the ids of records created from now on come from, instead of a new
     * Crypto::randomId() each; an empty function goes back to that. Each id must be as random and as unique
     * as Crypto::randomId()'s (DemoCaseload hands out ids drawn that way in ascending order, so that SQLite
     * appends to its indexes instead of splitting pages all over them).
     */
    void setNewIdSource(std::function<QString()> source) { m_newId = std::move(source); }

Q_SIGNALS:
    void personChanged(const QString &personId);
    void personAdded(const QString &personId);
    void personErased(const QString &personId);

private:
    // A received erasure must remove exactly what a local one does, inside the importer's transaction.
    friend class CaseloadBundle;
    /**
     * Deletes every row about a person (records and fields, notes too, the indexes, form drafts and versions,
     * sync conflicts) and keeps the erasure: a stamp already held stays unless `hlc` is newer, so erasures
     * merge the same in any order. Runs in the caller's transaction. Returns whether any record was there.
     */
    static Result<bool> eraseRows(Database &db, const QString &personId, const QString &hlc, const QString &device);
    /** Keeps the erasure row for `personId`, or its newer stamp. */
    static Status recordErasure(Database &db, const QString &personId, const QString &hlc, const QString &device);
    Result<QString>
    insertRecord(const QString &personId, const QString &kind, const FieldMap &fields, const QString &recordId = {});
    Status writeFields(const QString &recordId, const FieldMap &fields, const QString &stamp, bool newRecord = false);
    Status runInTransaction(const std::function<Status()> &work);
    /** Keeps person_index and appointment_index in step with a record just written or removed. */
    Status indexRecord(const QString &recordId,
                       const QString &personId,
                       const QString &kind,
                       const FieldMap &fields,
                       const QString &createdAt,
                       bool removed);
    Result<QVector<PersonSummary>> summaries(const QString &onlyPersonId) const;
    Error invalid(const QVector<FieldProblem> &problems) const;

    Database &m_db;
    AuditLog &m_audit;
    HybridClock &m_clock;
    /** personChanged now, or once the outer transaction commits. */
    void announceChange(const QString &personId);
    /** personAdded now, or once the outer transaction commits. */
    void announceAdded(const QString &personId);

    std::function<QString()> m_newId;
    int m_transactionDepth = 0;
    QSet<QString> m_changedInTransaction;
    QStringList m_addedInTransaction;
};
