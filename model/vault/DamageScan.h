#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/**
 * Finds which parts of a vault's database can't be read. SQLCipher checks each page's HMAC as it decrypts it, and
 * a page that fails (one changed byte is enough) makes any statement touching it fail; SQLite's integrity check
 * then stops or lists page numbers nobody can act on. So every table is read in full, every column of every row
 * (large values live on pages of their own), and every index from end to end, and each one that fails is named.
 */
class DamageScan
{
    Q_DECLARE_TR_FUNCTIONS(DamageScan)

public:
    /**
     * One translated line per table or index that can't be read, then SQLite's own findings if it has any and
     * nothing was named; empty if all is well. An error only if the list of tables itself can't be read.
     */
    static Result<QStringList> run(Database &db);
};
