#pragma once

#include <QtGlobal>

/**
 * A test seam for a disk that fills up part way through a write: every database file is opened through a SQLite
 * VFS that passes each call to the system's own, except that once `bytes` have been written (to the database,
 * its write-ahead log or its journal, encrypted pages as they reach the disk) each further write fails with
 * SQLITE_FULL, as a full disk fails it. Unlike Database::simulateFullDisk(), which refuses a statement before it
 * starts, this fails SQLite in the middle of its own work: a page half way through a transaction, the journal or
 * the log at commit. Only builds with test hooks compile it in (WAYMARK_TEST_DISK_BUDGET for the command-line
 * tests).
 */
namespace DiskBudget
{
    /** Installs the VFS as the default for files opened from now on, with `bytes` left. Later calls reset it. */
    void install(qint64 bytes);
    /** Bytes written so far through the VFS, from the first install() (0 when never installed). */
    qint64 written();
} // namespace DiskBudget
