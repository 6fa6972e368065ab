#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>

class Database;

/**
 * The vault's schema and its forward migrations. Version N is reached by running migrations
 * 1..N in order, so a vault of any earlier version opens in this build; never edit a
 * migration that has shipped, add the next one.
 */
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(Schema)

public:
    static constexpr int CurrentVersion = 23;

    /** The version stored in the database (PRAGMA user_version). */
    static Result<int> versionOf(Database &db);
    /** Brings the schema up to `target` (CurrentVersion unless a test asks for an older one), in one transaction. */
    static Status migrate(Database &db, int target = CurrentVersion);
};
