#include "model/vault/RecordStore.h"

#include "model/core/HybridClock.h"
#include "model/core/SecureBytes.h"
#include "model/vault/AuditAction.h"
#include "model/vault/AuditLog.h"
#include "model/vault/CaseloadIndex.h"
#include "model/vault/Database.h"
#include "model/vault/SuggestionHistory.h"

#include <QDateTime>
#include <QHash>

namespace
{
    QString nowUtc()
    {
        // Formatting the time costs more than the rest of adding a record's row, and a bulk load adds hundreds
        // a second: the text is made once a second. One thread uses a vault at a time, but this is per thread.
        thread_local qint64 lastSecond = -1;
        thread_local QString lastText;
        const qint64 second = QDateTime::currentSecsSinceEpoch();
        if (second != lastSecond) {
            lastSecond = second;
            lastText = QDateTime::fromSecsSinceEpoch(second, Qt::UTC).toString(Qt::ISODate);
        }
        return lastText;
    }

    QString notFound()
    {
        return RecordStore::tr("That record no longer exists. It may have been removed.");
    }

    Result<QVector<Record>> readRecords(Statement &rows)
    {
        // Rows come ordered by record, one per field: fold them into records.
        QVector<Record> records;
        while (rows.next()) {
            const QString id = rows.text(0);
            if (records.isEmpty() || records.last().id != id) {
                Record r;
                r.id = id;
                r.personId = rows.text(1);
                r.kind = rows.text(2);
                r.createdAt = rows.text(3);
                r.createdBy = rows.text(4);
                r.updatedAt = rows.text(5);
                records.append(r);
            }
            if (!rows.isNull(6) && !rows.text(7).isEmpty())
                records.last().fields.insert(rows.text(6), rows.text(7));
        }
        if (rows.failed())
            return rows.error();
        return records;
    }

    constexpr const char *RecordColumns =
        "SELECT r.id, r.person_id, r.kind, r.created_at, r.created_by, r.updated_at, f.name, f.value "
        "FROM records r LEFT JOIN fields f ON f.record_id = r.id ";
} // namespace

QString PersonSummary::documentName() const
{
    const QString first = preferredName.isEmpty() ? givenName : preferredName;
    return QStringList{first, familyName}.join(QLatin1Char(' ')).trimmed();
}

QString PersonSummary::displayName() const
{
    const QString given = preferredName.isEmpty() ? givenName : preferredName;
    return familyName + QStringLiteral(", ") + given;
}

RecordStore::RecordStore(Database &db, AuditLog &audit, HybridClock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_audit(audit)
    , m_clock(clock)
{}

Error RecordStore::invalid(const QVector<FieldProblem> &problems) const
{
    Error error{ErrorCode::Invalid, problems.constFirst().message};
    for (const FieldProblem &p : problems)
        error.fieldProblems.insert(p.field, p.message);
    if (problems.size() > 1)
        error.message = tr("%n fields need attention. The first: %1", nullptr, int(problems.size()))
                            .arg(problems.constFirst().message);
    return error;
}

Status RecordStore::runInTransaction(const std::function<Status()> &work)
{
    if (m_transactionDepth > 0)
        return work();
    Transaction transaction(m_db);
    if (!transaction.beginStatus())
        return transaction.beginStatus();
    ++m_transactionDepth;
    Status status = work();
    --m_transactionDepth;
    // People added or changed inside the transaction are announced once it has committed (a person added
    // is not also announced as changed), and not at all if it did not.
    const QStringList added = std::exchange(m_addedInTransaction, {});
    QSet<QString> changed = std::exchange(m_changedInTransaction, {});
    if (!status)
        return status;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    for (const QString &personId : added) {
        changed.remove(personId);
        Q_EMIT personAdded(personId);
    }
    for (const QString &personId : std::as_const(changed))
        Q_EMIT personChanged(personId);
    return {};
}

void RecordStore::announceReceived(const QSet<QString> &changed, const QStringList &erased)
{
    for (const QString &personId : erased)
        Q_EMIT personErased(personId);
    for (const QString &personId : changed) {
        if (!erased.contains(personId))
            Q_EMIT personChanged(personId);
    }
}

void RecordStore::announceAdded(const QString &personId)
{
    if (m_transactionDepth > 0)
        m_addedInTransaction.append(personId);
    else
        Q_EMIT personAdded(personId);
}

void RecordStore::announceChange(const QString &personId)
{
    if (m_transactionDepth > 0)
        m_changedInTransaction.insert(personId);
    else
        Q_EMIT personChanged(personId);
}

Status RecordStore::inTransaction(const std::function<Status()> &work)
{
    return runInTransaction(work);
}

Status RecordStore::indexRecord(const QString &recordId,
                                const QString &personId,
                                const QString &kind,
                                const FieldMap &fields,
                                const QString &createdAt,
                                bool removed)
{
    return CaseloadIndex::update(m_db, recordId, personId, kind, fields, createdAt, removed);
}

Status RecordStore::writeFields(const QString &recordId, const FieldMap &fields, const QString &stamp, bool newRecord)
{
    // A new record has no fields to replace. Plain INSERT also spares SQLite a statement journal, whose pages
    // SQLCipher would encrypt on every write. A known record's field is updated, or inserted when new: never
    // INSERT OR REPLACE, whose delete would slip past the triggers that keep notes append-only.
    Statement insert = m_db.prepare("INSERT INTO fields(record_id, name, value, hlc, device) VALUES(?,?,?,?,?)");
    Statement update = m_db.prepare("UPDATE fields SET value = ?3, hlc = ?4, device = ?5 WHERE record_id = ?1 AND "
                                    "name = ?2");
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!newRecord) {
            update.reset();
            update.bind(1, recordId).bind(2, it.key()).bind(3, it.value()).bind(4, stamp).bind(5, m_clock.deviceId());
            if (auto status = update.exec(); !status)
                return status;
            if (m_db.changes() > 0)
                continue;
        }
        insert.reset();
        insert.bind(1, recordId).bind(2, it.key()).bind(3, it.value()).bind(4, stamp).bind(5, m_clock.deviceId());
        if (auto status = insert.exec(); !status)
            return status;
    }
    return {};
}

Result<QString>
RecordStore::insertRecord(const QString &personId, const QString &kind, const FieldMap &fields, const QString &recordId)
{
    const QString id = !recordId.isEmpty() ? recordId : m_newId ? m_newId() : Crypto::randomId();
    const QString stamp = m_clock.now();
    const QString created = nowUtc();
    Statement insert = m_db.prepare(
        "INSERT INTO records(id, person_id, kind, created_at, created_by, updated_at) VALUES(?,?,?,?,?,?)");
    insert.bind(1, id)
        .bind(2, personId.isEmpty() ? id : personId)
        .bind(3, kind)
        .bind(4, created)
        .bind(5, m_audit.actor())
        .bind(6, created);
    if (auto status = insert.exec(); !status)
        return status.error();
    if (auto status = writeFields(id, fields, stamp, true); !status)
        return status.error();
    if (auto status = CaseloadIndex::add(m_db, id, personId.isEmpty() ? id : personId, kind, fields, created); !status)
        return status.error();
    if (auto status = m_audit.append(AuditAction::Create, personId.isEmpty() ? id : personId, kind); !status)
        return status.error();
    return id;
}

Result<QString> RecordStore::createPerson(FieldMap fields)
{
    const EntityKind &kind = *EntitySchema::instance().kind(Kinds::Person);
    if (fields.value(QStringLiteral("status")).isEmpty())
        fields.insert(QStringLiteral("status"), QStringLiteral("open"));
    if (fields.value(QStringLiteral("preferred_language")).isEmpty())
        fields.insert(QStringLiteral("preferred_language"), QStringLiteral("en"));
    if (fields.value(QStringLiteral("owner")).isEmpty())
        fields.insert(QStringLiteral("owner"), m_audit.actor());
    if (const auto problems = EntitySchema::instance().validate(kind, fields); !problems.isEmpty())
        return invalid(problems);

    QString id;
    const Status status = runInTransaction([&]() -> Status {
        auto inserted = insertRecord(QString(), Kinds::Person, fields);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!status)
        return status.error();
    announceAdded(id);
    return id;
}

Result<QString> RecordStore::add(const QString &personId, const QString &kindKey, FieldMap fields)
{
    const EntityKind *kind = EntitySchema::instance().kind(kindKey);
    if (!kind || kindKey == Kinds::Person)
        return Error{ErrorCode::Invalid, tr("Waymark does not know that kind of record.")};
    if (const auto problems = EntitySchema::instance().validate(*kind, fields); !problems.isEmpty())
        return invalid(problems);

    QString id;
    const Status status = runInTransaction([&]() -> Status {
        // Existence checks only: reading the whole person (as get() does) for every record added was a large
        // share of the time to generate a demo caseload.
        Statement person = m_db.prepare("SELECT 1 FROM records WHERE id = ? AND kind = 'person' AND deleted = 0");
        person.bind(1, personId);
        if (!person.next())
            return person.failed() ? person.error() : Error{ErrorCode::NotFound, notFound()};
        if (kind->cardinality == Cardinality::One) {
            Statement existing =
                m_db.prepare("SELECT 1 FROM records WHERE person_id = ? AND kind = ? AND deleted = 0 LIMIT 1");
            existing.bind(1, personId).bind(2, kindKey);
            if (existing.next())
                return Error{ErrorCode::NotAllowed, tr("This person already has that record; change it instead.")};
            if (existing.failed())
                return existing.error();
        }
        auto inserted = insertRecord(personId, kindKey, fields);
        if (!inserted)
            return inserted.error();
        id = inserted.value();
        return {};
    });
    if (!status)
        return status.error();
    announceChange(personId);
    return id;
}

Status RecordStore::update(const QString &recordId, FieldMap changes)
{
    auto record = get(recordId);
    if (!record)
        return record.error();
    const EntityKind *kind = EntitySchema::instance().kind(record->kind);
    if (!kind)
        return Error{ErrorCode::Invalid, tr("Waymark does not know that kind of record.")};
    if (kind->appendOnly)
        return Error{ErrorCode::NotAllowed, tr("Notes cannot be changed. Add a correction instead.")};
    if (const auto problems = EntitySchema::instance().validate(*kind, changes, record->fields); !problems.isEmpty())
        return invalid(problems);

    // Only fields whose value really changes get a new clock stamp, so merges stay precise.
    FieldMap changed;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        if (record->fields.value(it.key()) != it.value())
            changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return {};

    const Status status = runInTransaction([&]() -> Status {
        if (auto s = writeFields(recordId, changed, m_clock.now()); !s)
            return s;
        Statement touch = m_db.prepare("UPDATE records SET updated_at = ? WHERE id = ?");
        touch.bind(1, nowUtc()).bind(2, recordId);
        if (auto s = touch.exec(); !s)
            return s;
        FieldMap merged = record->fields;
        for (auto it = changed.cbegin(); it != changed.cend(); ++it)
            merged.insert(it.key(), it.value());
        if (auto s = indexRecord(recordId, record->personId, record->kind, merged, record->createdAt, false); !s)
            return s;
        return m_audit.append(AuditAction::Update,
                              record->personId,
                              record->kind + QLatin1Char(':') + QStringList(changed.keys()).join(QLatin1Char(',')));
    });
    if (status)
        announceChange(record->personId);
    return status;
}

Status RecordStore::remove(const QString &recordId)
{
    auto record = get(recordId);
    if (!record)
        return record.error();
    const EntityKind *kind = EntitySchema::instance().kind(record->kind);
    if (kind && kind->appendOnly)
        return Error{ErrorCode::NotAllowed, tr("Notes cannot be removed. Add a correction instead.")};
    if (record->kind == Kinds::Person)
        return Error{ErrorCode::NotAllowed, tr("A person is closed or erased, not removed.")};

    const Status status = runInTransaction([&]() -> Status {
        Statement tombstone = m_db.prepare("UPDATE records SET deleted = 1, updated_at = ? WHERE id = ?");
        tombstone.bind(1, nowUtc()).bind(2, recordId);
        if (auto s = tombstone.exec(); !s)
            return s;
        // Values go; the tombstone's clock tells merging devices the removal is newer than their copy.
        Statement clear = m_db.prepare("DELETE FROM fields WHERE record_id = ?");
        clear.bind(1, recordId);
        if (auto s = clear.exec(); !s)
            return s;
        if (auto s = writeFields(recordId, {{QStringLiteral("_deleted"), QStringLiteral("1")}}, m_clock.now()); !s)
            return s;
        if (auto s = indexRecord(recordId, record->personId, record->kind, {}, record->createdAt, true); !s)
            return s;
        return m_audit.append(AuditAction::Delete, record->personId, record->kind);
    });
    if (status)
        announceChange(record->personId);
    return status;
}

Result<QString> RecordStore::correctNote(const QString &noteId, const QString &text)
{
    auto original = get(noteId);
    if (!original)
        return original.error();
    if (original->kind != Kinds::Note)
        return Error{ErrorCode::Invalid, tr("Only notes are corrected this way.")};
    return add(original->personId, Kinds::Note, {{QStringLiteral("text"), text}, {QStringLiteral("corrects"), noteId}});
}

Result<Record> RecordStore::get(const QString &recordId) const
{
    Statement rows =
        m_db.prepare(QByteArray(QByteArray(RecordColumns) + "WHERE r.id = ? AND r.deleted = 0").constData());
    rows.bind(1, recordId);
    auto records = readRecords(rows);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return Error{ErrorCode::NotFound, notFound()};
    return records->constFirst();
}

Result<QVector<Record>> RecordStore::list(const QString &personId, const QString &kind) const
{
    Statement rows =
        m_db.prepare(QByteArray(QByteArray(RecordColumns) +
                                "WHERE r.person_id = ? AND r.kind = ? AND r.deleted = 0 ORDER BY r.created_at, r.rowid")
                         .constData());
    rows.bind(1, personId).bind(2, kind);
    return readRecords(rows);
}

Result<Record> RecordStore::single(const QString &personId, const QString &kind) const
{
    auto records = list(personId, kind);
    if (!records)
        return records.error();
    if (records->isEmpty()) {
        Record empty;
        empty.personId = personId;
        empty.kind = kind;
        return empty;
    }
    return records->constFirst();
}

Result<QVector<Record>> RecordStore::allForPerson(const QString &personId) const
{
    Statement rows =
        m_db.prepare(QByteArray(QByteArray(RecordColumns) +
                                "WHERE r.person_id = ? AND r.deleted = 0 ORDER BY r.kind, r.created_at, r.rowid")
                         .constData());
    rows.bind(1, personId);
    return readRecords(rows);
}

Result<QVector<PersonSummary>> RecordStore::caseload() const
{
    return summaries(QString());
}

Result<QVector<PersonSummary>> RecordStore::summaries(const QString &onlyPersonId) const
{
    // From the compact indexes that every write keeps in step (schema 4), not from the fields table.
    QVector<PersonSummary> people;
    QHash<QString, int> indexOf;
    Statement rows =
        onlyPersonId.isEmpty()
            ? m_db.prepare(
                  "SELECT person_id, given_name, family_name, preferred_name, ni_number, postcode, status, owner, "
                  "preferred_language, last_note FROM person_index")
            : m_db.prepare(
                  "SELECT person_id, given_name, family_name, preferred_name, ni_number, postcode, status, owner, "
                  "preferred_language, last_note FROM person_index WHERE person_id = ?");
    if (!onlyPersonId.isEmpty())
        rows.bind(1, onlyPersonId);
    while (rows.next()) {
        PersonSummary p;
        p.id = rows.text(0);
        p.givenName = rows.text(1);
        p.familyName = rows.text(2);
        p.preferredName = rows.text(3);
        p.niNumber = rows.text(4);
        p.postcode = rows.text(5);
        p.status = rows.text(6);
        p.owner = rows.text(7);
        p.preferredLanguage = rows.text(8);
        p.lastNote = rows.text(9);
        indexOf.insert(p.id, int(people.size()));
        people.append(std::move(p));
    }
    if (rows.failed())
        return rows.error();

    // "Next" depends on the time of asking, so it is worked out here from the appointment index.
    const QString now = QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    Statement next =
        onlyPersonId.isEmpty()
            ? m_db.prepare(
                  "SELECT person_id, min(starts_at) FROM appointment_index WHERE planned = 1 AND starts_at >= ? "
                  "GROUP BY person_id")
            : m_db.prepare(
                  "SELECT person_id, min(starts_at) FROM appointment_index WHERE planned = 1 AND starts_at >= ? "
                  "AND person_id = ? GROUP BY person_id");
    next.bind(1, now);
    if (!onlyPersonId.isEmpty())
        next.bind(2, onlyPersonId);
    while (next.next()) {
        const auto it = indexOf.constFind(next.text(0));
        if (it != indexOf.constEnd())
            people[*it].nextAppointment = next.text(1);
    }
    if (next.failed())
        return next.error();
    return people;
}

Result<PersonSummary> RecordStore::summary(const QString &personId) const
{
    auto people = summaries(personId);
    if (!people)
        return people.error();
    if (people->isEmpty())
        return Error{ErrorCode::NotFound, notFound()};
    return people->constFirst();
}

Result<int> RecordStore::personCount() const
{
    auto count = m_db.scalarInteger("SELECT count(*) FROM records WHERE kind = 'person' AND deleted = 0");
    if (!count)
        return count.error();
    return static_cast<int>(count.value());
}

Status RecordStore::recordView(const QString &personId, bool healthSection)
{
    return m_audit.append(healthSection ? AuditAction::ViewHealth : AuditAction::ViewPerson, personId);
}

Result<bool> RecordStore::eraseRows(Database &db, const QString &personId, const QString &hlc, const QString &device)
{
    // The erasure is recorded first: the triggers that keep notes and finished forms from being deleted (schema
    // 15) let a delete through only for a person with an erasure row.
    if (auto s = recordErasure(db, personId, hlc, device); !s)
        return s.error();
    Statement fields = db.prepare("DELETE FROM fields WHERE record_id IN (SELECT id FROM records WHERE person_id = ?)");
    fields.bind(1, personId);
    if (auto s = fields.exec(); !s)
        return s.error();
    Statement records = db.prepare("DELETE FROM records WHERE person_id = ?");
    records.bind(1, personId);
    if (auto s = records.exec(); !s)
        return s.error();
    const bool present = db.changes() > 0;
    // Conflicts keep both values of a field, so they are personal data too.
    for (const char *sql : {"DELETE FROM person_index WHERE person_id = ?",
                            "DELETE FROM appointment_index WHERE person_id = ?",
                            "DELETE FROM form_drafts WHERE person_id = ?",
                            "DELETE FROM form_versions WHERE person_id = ?",
                            "DELETE FROM conflicts WHERE person_id = ?",
                            "DELETE FROM outreach_session_people WHERE person_id = ?"}) {
        Statement index = db.prepare(sql);
        index.bind(1, personId);
        if (auto s = index.exec(); !s)
            return s.error();
    }
    // What was suggested about them, in the words shown, is about them too (issue 17 §4).
    if (auto s = SuggestionHistory::eraseFor(db, personId); !s)
        return s.error();
    return present;
}

Status RecordStore::recordErasure(Database &db, const QString &personId, const QString &hlc, const QString &device)
{
    // No UPSERT in SQLite 3.15: insert when new, otherwise keep the newer stamp.
    Statement held = db.prepare("SELECT hlc FROM person_erasures WHERE person_id = ?");
    held.bind(1, personId);
    if (!held.next()) {
        if (held.failed())
            return held.error();
        Statement insert = db.prepare("INSERT INTO person_erasures(person_id, hlc, device) VALUES(?,?,?)");
        insert.bind(1, personId).bind(2, hlc).bind(3, device);
        return insert.exec();
    }
    if (hlc > held.text(0)) {
        Statement newer = db.prepare("UPDATE person_erasures SET hlc = ?, device = ? WHERE person_id = ?");
        newer.bind(1, hlc).bind(2, device).bind(3, personId);
        return newer.exec();
    }
    return {};
}

Status RecordStore::erasePerson(const QString &personId)
{
    auto person = get(personId);
    if (!person || person->kind != Kinds::Person)
        return Error{ErrorCode::NotFound, notFound()};
    const Status status = runInTransaction([&]() -> Status {
        if (auto erased = eraseRows(m_db, personId, m_clock.now(), m_clock.deviceId()); !erased)
            return erased.error();
        return m_audit.append(AuditAction::Erase, personId);
    });
    if (!status)
        return status;
    // Erased values must not linger in the write-ahead log either.
    (void)m_db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
    Q_EMIT personErased(personId);
    return status;
}
