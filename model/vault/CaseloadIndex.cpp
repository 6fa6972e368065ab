#include "model/vault/CaseloadIndex.h"

#include "model/vault/Database.h"
#include "model/vault/EntitySchema.h"

namespace
{
    void bindPerson(Statement &row, const QString &personId, const FieldMap &fields)
    {
        row.bind(1, personId);
        int index = 2;
        for (const char *name : {"given_name",
                                 "family_name",
                                 "preferred_name",
                                 "ni_number",
                                 "postcode",
                                 "status",
                                 "owner",
                                 "preferred_language"})
            row.bind(index++, fields.value(QLatin1String(name)));
    }

    void bindAppointment(Statement &row, const QString &appointmentId, const QString &personId, const FieldMap &fields)
    {
        const bool planned =
            fields.value(QStringLiteral("status"), QStringLiteral("planned")) == QLatin1String("planned");
        row.bind(1, appointmentId)
            .bind(2, personId)
            .bind(3, fields.value(QStringLiteral("starts_at")))
            .bind(4, planned ? 1 : 0);
    }

    /**
     * A note moves its person's last-note day on. OR FAIL rather than the default ABORT: for a one-row UPDATE
     * they do the same, but ABORT makes SQLite keep a statement journal that SQLCipher encrypts page by page.
     */
    Status noteWritten(Database &db, const QString &personId, const QString &createdAt)
    {
        Statement row =
            db.prepare("UPDATE OR FAIL person_index SET last_note = ? WHERE person_id = ? AND last_note < ?");
        const QString day = createdAt.left(10);
        row.bind(1, day).bind(2, personId).bind(3, day);
        return row.exec();
    }
} // namespace

Status CaseloadIndex::update(Database &db,
                             const QString &recordId,
                             const QString &personId,
                             const QString &kind,
                             const FieldMap &fields,
                             const QString &createdAt,
                             bool removed)
{
    if (kind == Kinds::Person) {
        Statement row = db.prepare(
            "INSERT OR REPLACE INTO person_index(person_id, given_name, family_name, preferred_name, ni_number, "
            "postcode, status, owner, preferred_language, last_note) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,"
            "coalesce((SELECT last_note FROM person_index WHERE person_id = ?1), ''))");
        bindPerson(row, recordId, fields);
        return row.exec();
    }
    if (kind == Kinds::Appointment) {
        if (removed) {
            Statement drop = db.prepare("DELETE FROM appointment_index WHERE appointment_id = ?");
            drop.bind(1, recordId);
            return drop.exec();
        }
        Statement row = db.prepare(
            "INSERT OR REPLACE INTO appointment_index(appointment_id, person_id, starts_at, planned) VALUES(?,?,?,?)");
        bindAppointment(row, recordId, personId, fields);
        return row.exec();
    }
    if (kind == Kinds::Note && !removed)
        return noteWritten(db, personId, createdAt);
    return {};
}

Status CaseloadIndex::add(Database &db,
                          const QString &recordId,
                          const QString &personId,
                          const QString &kind,
                          const FieldMap &fields,
                          const QString &createdAt)
{
    if (kind == Kinds::Person) {
        Statement row = db.prepare(
            "INSERT INTO person_index(person_id, given_name, family_name, preferred_name, ni_number, postcode, "
            "status, owner, preferred_language, last_note) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,'')");
        bindPerson(row, recordId, fields);
        return row.exec();
    }
    if (kind == Kinds::Appointment) {
        Statement row =
            db.prepare("INSERT INTO appointment_index(appointment_id, person_id, starts_at, planned) VALUES(?,?,?,?)");
        bindAppointment(row, recordId, personId, fields);
        return row.exec();
    }
    if (kind == Kinds::Note)
        return noteWritten(db, personId, createdAt);
    return {};
}
