#pragma once

#include "model/core/Result.h"
#include "model/matching/Taxonomy.h"

#include <QCoreApplication>

#include <functional>

class AuditLog;
class Database;

/**
 * The taxonomy a vault uses: an imported one (ESCO, a taxonomy bundle) kept in its tables, or the
 * built-in UK taxonomy when none has been imported. An import replaces the stored one whole.
 */
class TaxonomyStore
{
    Q_DECLARE_TR_FUNCTIONS(TaxonomyStore)

public:
    /** Called with the rows written so far and the total; return false to cancel. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /**
     * The stored taxonomy, or the built-in one when the vault holds none, with the courses that can be
     * offered: the built-in list and those from `courses` bundles, their skills mapped by label to it.
     */
    static Result<Taxonomy> load(Database &db);
    /** Whether the vault holds an imported taxonomy (else it uses the built-in one). */
    static Result<bool> hasStored(Database &db);

    /** Replaces the stored taxonomy inside the caller's transaction. */
    static Status write(Database &db, const Taxonomy &taxonomy, const Progress &progress = {});
    /** Replaces the stored taxonomy in its own transaction and audits it; on failure nothing changes. */
    static Status replace(Database &db, AuditLog &audit, const Taxonomy &taxonomy, const Progress &progress = {});
    /** Goes back to the built-in taxonomy. */
    static Status clear(Database &db, AuditLog &audit);

private:
    static Result<Taxonomy> loadConcepts(Database &db);
    static Status attachCourses(Database &db, Taxonomy &taxonomy);
};
