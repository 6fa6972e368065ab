#pragma once

#include "model/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;
class SecureBytes;
class Database;

/** One prepared statement; finalised when it goes out of scope. Always bind, never splice text. */
class Statement
{
public:
    /** `cached`: the statement belongs to the database's cache and goes back to it (reset) instead of being finalised.
     */
    Statement(Database *db, sqlite3_stmt *stmt, bool cached = false);
    ~Statement();
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    Statement(Statement &&other) noexcept;

    bool isValid() const { return m_stmt != nullptr; }
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const QByteArray &value);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, static_cast<qint64>(value)); }
    Statement &bind(int index, double value);
    Statement &bindNull(int index);
    Statement &bindOptional(int index, const QString &value);

    /** Advances one row: true while a row is there, false when done or on error (see error()). */
    bool next();
    /** Runs to completion, for statements that return no rows. */
    Status exec();
    void reset();

    QString text(int column) const;
    QByteArray blob(int column) const;
    /** The column's bytes without a copy; valid until the next next(), reset() or destruction. */
    QByteArrayView view(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

    bool failed() const { return m_failed; }
    Error error() const;

private:
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
    int m_rc = 0;
    bool m_cached = false;
};

/**
 * An open SQLCipher database. Owns the sqlite3 handle; nothing outside model/ sees SQL.
 * Opened with a raw 32-byte key, so SQLCipher's own KDF is not used (the key slot does that).
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /** Opens (or creates) `path` with `key`; checks SQLCipher is really in use and the key reads page 1. */
    static Result<std::unique_ptr<Database>> open(const QString &path, const SecureBytes &key, bool create);

    Statement prepare(const char *sql);
    Status exec(const char *sql);
    /** Runs every statement in `sql`; for schema scripts. */
    Status execScript(const QString &sql);
    Result<QString> scalarText(const char *sql);
    Result<qint64> scalarInteger(const char *sql);

    Status begin();
    Status commit();
    void rollback();

    /** Replaces the database key (PRAGMA rekey); the file is re-encrypted in place. */
    Status rekey(const SecureBytes &newKey);
    /**
     * Copies this database, page by page, into `target` with SQLite's online backup API, while this connection
     * stays open and usable. Both must have the same key and page size (SQLCipher copies pages as they are).
     * `keepGoing(copied, total)` is asked between steps; returning false stops with ErrorCode::Cancelled.
     */
    Status copyInto(Database &target, const std::function<bool(qint64 copied, qint64 total)> &keepGoing = {});
    /** For tests: a page budget that makes the next write fail as a full disk would. */
    Status setMaxPageCount(qint64 pages);
    /**
     * For tests: every statement that would write fails with SQLITE_FULL, as on a full disk, while reads work.
     * A page budget (setMaxPageCount) fails only writes that grow the file; this fails them all, every time.
     * Process-wide, so it also reaches connections opened inside Vault::open. Builds with test hooks also turn
     * it on from the environment (WAYMARK_TEST_DISK_FULL=1), for the command-line tests.
     */
    static void simulateFullDisk(bool full);
    static bool fullDiskSimulated();
    /** A file was removed to make room (AuditReserve): a simulated full disk has room again. */
    static void noteSpaceFreed();
    /**
     * Called before a write transaction begins, and by writers that run outside one (see beforeWrite()), so that
     * work held back while nothing could be written (audit entries on a full disk) goes in first. Not re-entered.
     */
    void setBeforeWrite(std::function<void()> hook) { m_beforeWrite = std::move(hook); }
    /** Runs the before-write hook if no transaction is open (inside one, the transaction's own begin ran it). */
    void beforeWrite();
    /** True when no transaction is open: each statement is its own. */
    bool inAutocommit() const;

    /** Rows changed by the last INSERT, UPDATE or DELETE. */
    int changes() const;
    /** The rowid (INTEGER PRIMARY KEY) of the last row this connection inserted. */
    qint64 lastInsertRowId() const;
    /** `table`, if known, is named in the message when the error is damage. */
    Error errorFromCode(int rc, const QString &table = {}) const;
    QString lastErrorText() const;
    sqlite3 *handle() const { return m_db; }

private:
    friend class Statement;
    explicit Database(sqlite3 *db);
    /** Takes back a cached statement when its Statement goes out of scope. */
    void release(sqlite3_stmt *stmt);

    struct CachedStatement
    {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };
    // Preparing is a large share of the cost of a small insert, and the same few statements run for every
    // record, so prepared statements are kept, keyed by their SQL text. Bounded, because a few callers build SQL.
    static constexpr int MaxCachedStatements = 128;
    QHash<QByteArray, CachedStatement> m_statements;
    sqlite3 *m_db = nullptr;
    std::function<void()> m_beforeWrite;
    bool m_inBeforeWrite = false;
};

/**
 * Raises SQLite's page cache for one large transaction and puts it back when it goes out of scope. With
 * the default 2 MB cache, a transaction that grows the database by hundreds of megabytes evicts pages
 * that SQLCipher must encrypt, spill and decrypt again many times over; sized to the work, that happens
 * once, at commit.
 */
class LargeTransactionCache
{
public:
    LargeTransactionCache(Database &db, qint64 kibibytes);
    ~LargeTransactionCache();
    LargeTransactionCache(const LargeTransactionCache &) = delete;
    LargeTransactionCache &operator=(const LargeTransactionCache &) = delete;

private:
    Database &m_db;
    std::optional<qint64> m_previous;
};

/**
 * For a bulk load (a large bundle import): a rollback journal instead of the write-ahead log while it
 * lives, so each new page is written once rather than to the log and then again at the checkpoint. Just
 * as atomic and durable (synchronous stays FULL; a crash leaves a hot journal that the next open rolls
 * back). Must be made outside a transaction; the write-ahead log comes back when it goes.
 */
class BulkLoadJournal
{
public:
    explicit BulkLoadJournal(Database &db);
    ~BulkLoadJournal();
    BulkLoadJournal(const BulkLoadJournal &) = delete;
    BulkLoadJournal &operator=(const BulkLoadJournal &) = delete;

private:
    Database &m_db;
    bool m_switched = false;
};

/** Begins a transaction and rolls it back unless commit() is called. */
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &beginStatus() const { return m_begin; }
    Status commit();

private:
    Database &m_db;
    Status m_begin;
    bool m_done = false;
};
