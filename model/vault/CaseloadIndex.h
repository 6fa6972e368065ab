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
} // namespace CaseloadIndex
