#pragma once

#include "model/core/Result.h"
#include "model/vault/EntitySchema.h"

class Database;

namespace CaseloadIndex
{
    /**
     * Keeps person_index and appointment_index (what the caseload list shows) in step with a record that
     * was just written, merged from another device, or removed. Call inside the same transaction.
     */
    Status update(Database &db,
                  const QString &recordId,
                  const QString &personId,
                  const QString &kind,
                  const FieldMap &fields,
                  const QString &createdAt,
                  bool removed);
    /**
     * The same for a record that was only now created with a new id, so it can have no index row yet. Plain
     * INSERTs instead of INSERT OR REPLACE: a REPLACE (like any statement that may abort after writing) makes
     * SQLite keep a statement journal, and SQLCipher encrypts every page written to it; for the demo caseload
     * that was about a sixth of the time (issue 14).
     */
    Status add(Database &db,
               const QString &recordId,
               const QString &personId,
               const QString &kind,
               const FieldMap &fields,
               const QString &createdAt);
} // namespace CaseloadIndex
