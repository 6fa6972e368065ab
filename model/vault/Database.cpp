#include "model/vault/Database.h"

#include "model/core/Log.h"
#include "model/core/SecureBytes.h"
#include "model/vault/DiskBudget.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <sqlcipher/sqlite3.h>

#include <atomic>

namespace
{
    QByteArray rawKeyLiteral(const SecureBytes &key)
    {
        // SQLCipher's raw-key form: x'<64 hex digits>'. Built in a plain buffer that we wipe at once.
        QByteArray hex = QByteArray(reinterpret_cast<const char *>(key.data()), static_cast<int>(key.size())).toHex();
        QByteArray literal = "x'" + hex + "'";
        hex.fill('\0');
        return literal;
    }

    Error damagedEmpty()
    {
        return {ErrorCode::Damaged,
                Database::tr("The caseload database in this vault is empty: its data has been lost or damaged. Don't "
                             "delete anything; contact support, who can restore your most recent backup.")};
    }

    void wipe(QByteArray &bytes)
    {
        bytes.fill('\0');
        bytes.clear();
    }

    std::atomic<bool> simulatedFullDisk{false};

    /**
     * SQLCipher 3.4.1 reports a page whose HMAC fails (a changed byte, a torn write) not as SQLITE_CORRUPT but as
     * a bare SQLITE_ERROR carrying SQLite's generic text, the text of no real SQL error: those say what is wrong
     * ("no such table", "integer overflow"). So a bare SQLITE_ERROR from running a statement is a page that can't
     * be read, and is reported as damage rather than as "an unexpected error (code 1)".
     */
    int classify(sqlite3 *db, int rc)
    {
        if (rc == SQLITE_ERROR && qstrcmp(sqlite3_errmsg(db), sqlite3_errstr(SQLITE_ERROR)) == 0)
            return SQLITE_CORRUPT;
        return rc;
    }

    /** The first table a statement of ours reads or writes, to name it when its pages turn out damaged. */
    QString tableNamedIn(const char *sql)
    {
        static const QRegularExpression table(
            QStringLiteral(R"(\b(?:FROM|INTO|UPDATE|JOIN)\s+"?([A-Za-z_][A-Za-z0-9_]*))"),
            QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = table.match(QString::fromUtf8(sql ? sql : ""));
        // SQLite's own catalogue is read first by every open: damage there is the whole vault's, not a table's.
        if (!match.hasMatch() || match.captured(1).startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive))
            return QString();
        return match.captured(1);
    }
} // namespace

Statement::Statement(Database *db, sqlite3_stmt *stmt, bool cached)
    : m_db(db)
    , m_stmt(stmt)
    , m_cached(cached)
{
    if (!stmt) {
        m_failed = true;
        m_rc = db ? sqlite3_errcode(db->handle()) : SQLITE_MISUSE;
    }
}

Statement::~Statement()
{
    if (m_stmt && m_cached)
        m_db->release(m_stmt);
    else if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
    , m_failed(other.m_failed)
    , m_rc(other.m_rc)
    , m_cached(other.m_cached)
{
    other.m_stmt = nullptr;
}

Statement &Statement::bind(int index, const QString &value)
{
    if (m_stmt) {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (m_stmt)
        sqlite3_bind_blob(m_stmt, index, value.constData(), static_cast<int>(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_stmt)
        sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, index);
    return *this;
}

Statement &Statement::bindOptional(int index, const QString &value)
{
    return value.isNull() ? bindNull(index) : bind(index, value);
}

bool Statement::next()
{
    if (!m_stmt || m_failed)
        return false;
    if (simulatedFullDisk && !sqlite3_stmt_readonly(m_stmt)) {
        m_failed = true;
        m_rc = SQLITE_FULL;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_rc = classify(m_db->handle(), rc);
    }
    return false;
}

Status Statement::exec()
{
    while (next()) {
    }
    if (m_failed)
        return error();
    return {};
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_failed = false;
    m_rc = 0;
}

QString Statement::text(int column) const
{
    const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!bytes)
        return {};
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void *bytes = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char *>(bytes), sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView Statement::view(int column) const
{
    const void *bytes = sqlite3_column_blob(m_stmt, column);
    return QByteArrayView(static_cast<const char *>(bytes), sqlite3_column_bytes(m_stmt, column));
}

qint64 Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

int Statement::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

Error Statement::error() const
{
    if (!m_db)
        return Error{ErrorCode::Internal, QString()};
    return m_db->errorFromCode(m_rc, m_stmt ? tableNamedIn(sqlite3_sql(m_stmt)) : QString());
}

Database::Database(sqlite3 *db)
    : m_db(db)
{}

Database::~Database()
{
    for (const CachedStatement &cached : std::as_const(m_statements))
        sqlite3_finalize(cached.stmt);
    m_statements.clear();
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const SecureBytes &key, bool create)
{
    // Opening never creates: SQLite would take an emptied file for a new database (and a migration would then
    // write a fresh, empty schema over the lost caseload), so an empty file is damage and is left as it is.
    if (!create && !QFile::exists(path))
        return Error{ErrorCode::NotAVault,
                     tr("The caseload database is missing from this vault. Don't create a new vault in its place; "
                        "contact support, who can restore your most recent backup.")};
    if (!create && QFileInfo(path).size() == 0)
        return damagedEmpty();

    // A plaintext SQLite file starts with this header; an encrypted one never does.
    {
        QFile file(path);
        if (file.exists() && file.open(QIODevice::ReadOnly) && file.read(16).startsWith("SQLite format 3")) {
            return Error{ErrorCode::EncryptionMissing,
                         tr("This vault's database is not encrypted. Waymark will not open it; contact support.")};
        }
    }

#ifdef WAYMARK_TEST_HOOKS
    // The command-line tests' disk that fills part way through: one budget for the whole process, from its first
    // open, so the connections a vault opens share it as they would share a disk.
    static const bool budgeted = [] {
        bool ok = false;
        const qint64 bytes = qEnvironmentVariable("WAYMARK_TEST_DISK_BUDGET").toLongLong(&ok);
        if (ok)
            DiskBudget::install(bytes);
        return ok;
    }();
    Q_UNUSED(budgeted);
#endif

    sqlite3 *raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &raw, flags, nullptr);
    std::unique_ptr<Database> db(new Database(raw));
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Io, tr("The caseload database could not be opened.")};

    QByteArray literal = rawKeyLiteral(key);
    const int keyRc = sqlite3_key(raw, literal.constData(), static_cast<int>(literal.size()));
    wipe(literal);
    if (keyRc != SQLITE_OK)
        return Error{ErrorCode::EncryptionMissing, tr("The encryption library refused the key.")};

    // Cipher settings are explicit so a later SQLCipher with other defaults still reads our files.
    if (!db->exec("PRAGMA cipher_page_size = 4096") || !db->exec("PRAGMA cipher_use_hmac = ON"))
        return Error{ErrorCode::EncryptionMissing, tr("The encryption settings could not be applied.")};

    // With plain SQLite, PRAGMA key is silently ignored and the file would be written in clear text.
    auto version = db->scalarText("PRAGMA cipher_version");
    if (!version || version.value().isEmpty()) {
        return Error{ErrorCode::EncryptionMissing,
                     tr("Waymark was built without its encryption library, so it will not open a vault.")};
    }

    // sqlite3_key accepts any key: the first read tells a good key from a bad one.
    auto probe = db->scalarInteger("SELECT count(*) FROM sqlite_master");
    if (!probe)
        return probe.error();
    // A database that has no tables at all was never a vault's: only create() starts from nothing.
    if (!create && probe.value() == 0)
        return damagedEmpty();

#ifdef WAYMARK_TEST_HOOKS
    // Only builds with tests compile this in: the command-line tests have no other way to fill the disk.
    if (qEnvironmentVariableIntValue("WAYMARK_TEST_DISK_FULL") == 1)
        simulateFullDisk(true);
#endif

    for (const char *pragma : {"PRAGMA foreign_keys = ON",
                               "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = FULL",
                               "PRAGMA secure_delete = ON",
                               "PRAGMA temp_store = MEMORY",
                               "PRAGMA busy_timeout = 2000"}) {
        if (auto status = db->exec(pragma); !status)
            return status.error();
    }
    return db;
}

Statement Database::prepare(const char *sql)
{
    const QByteArray key(sql);
    auto it = m_statements.find(key);
    if (it != m_statements.end() && !it->inUse) {
        it->inUse = true;
        return Statement(this, it->stmt, true);
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        qCWarning(lcDb) << "prepare failed:" << sqlite3_errmsg(m_db);
        return Statement(this, nullptr);
    }
    // A second use of the same SQL while the first is still alive (nested reads) gets its own statement.
    if (it == m_statements.end() && m_statements.size() < MaxCachedStatements) {
        m_statements.insert(key, {stmt, true});
        return Statement(this, stmt, true);
    }
    return Statement(this, stmt);
}

void Database::release(sqlite3_stmt *stmt)
{
    // Reset at once: a statement left mid-step would hold its read transaction open.
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    const auto it = m_statements.find(QByteArray(sqlite3_sql(stmt)));
    if (it != m_statements.end() && it->stmt == stmt)
        it->inUse = false;
    else
        sqlite3_finalize(stmt);
}

Status Database::exec(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return errorFromCode(classify(m_db, rc), tableNamedIn(sql));
    return {};
}

Status Database::execScript(const QString &sql)
{
    return exec(sql.toUtf8().constData());
}

Result<QString> Database::scalarText(const char *sql)
{
    Statement stmt = prepare(sql);
    if (stmt.next())
        return stmt.text(0);
    if (stmt.failed() || !stmt.isValid())
        return stmt.error();
    return QString();
}

Result<qint64> Database::scalarInteger(const char *sql)
{
    Statement stmt = prepare(sql);
    if (stmt.next())
        return stmt.integer(0);
    if (stmt.failed() || !stmt.isValid())
        return stmt.error();
    return qint64(0);
}

Status Database::begin()
{
    beforeWrite();
    return exec("BEGIN IMMEDIATE");
}

void Database::beforeWrite()
{
    if (!m_beforeWrite || m_inBeforeWrite || !sqlite3_get_autocommit(m_db))
        return;
    m_inBeforeWrite = true;
    m_beforeWrite();
    m_inBeforeWrite = false;
}

bool Database::inAutocommit() const
{
    return sqlite3_get_autocommit(m_db) != 0;
}

void Database::simulateFullDisk(bool full)
{
    simulatedFullDisk = full;
}

bool Database::fullDiskSimulated()
{
    return simulatedFullDisk;
}

void Database::noteSpaceFreed()
{
    simulatedFullDisk = false;
}

Status Database::commit()
{
    return exec("COMMIT");
}

void Database::rollback()
{
    sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Database::rekey(const SecureBytes &newKey)
{
    QByteArray literal = rawKeyLiteral(newKey);
    const int rc = sqlite3_rekey(m_db, literal.constData(), static_cast<int>(literal.size()));
    wipe(literal);
    if (rc != SQLITE_OK)
        return errorFromCode(rc);
    return {};
}

Status Database::copyInto(Database &target, const std::function<bool(qint64, qint64)> &keepGoing)
{
    // A few hundred pages a step keeps each step short, so a caller can show progress or stop between them.
    constexpr int PagesPerStep = 256;
    sqlite3_backup *backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup)
        return target.errorFromCode(sqlite3_errcode(target.m_db));
    int rc = SQLITE_OK;
    do {
        rc = sqlite3_backup_step(backup, PagesPerStep);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(20); // another connection is writing; the backup picks up its changes on the next step
        const qint64 total = sqlite3_backup_pagecount(backup);
        const qint64 copied = total - sqlite3_backup_remaining(backup);
        if ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && keepGoing && !keepGoing(copied, total)) {
            sqlite3_backup_finish(backup);
            return Error{ErrorCode::Cancelled, tr("The copy was stopped before it finished.")};
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return errorFromCode(rc);
    if (finish != SQLITE_OK)
        return target.errorFromCode(finish);
    return {};
}

Status Database::setMaxPageCount(qint64 pages)
{
    Statement stmt = prepare(QByteArray("PRAGMA max_page_count = " + QByteArray::number(pages)).constData());
    return stmt.exec();
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QString Database::lastErrorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

Error Database::errorFromCode(int rc, const QString &table) const
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return {ErrorCode::DiskFull,
                tr("There is no space left on the disk. Nothing was saved; free some space and try again.")};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {ErrorCode::VaultInUse, tr("The vault is busy in another window or program. Try again in a moment.")};
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        if (!table.isEmpty()) {
            return {ErrorCode::Damaged,
                    tr("The vault is damaged: its %1 table can't be read. Don't delete anything; contact support, "
                       "who can restore your most recent backup.")
                        .arg(table)};
        }
        return {ErrorCode::Damaged,
                tr("Your caseload data is damaged. Don't delete anything; contact support, who can restore your most "
                   "recent backup.")};
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return {ErrorCode::Io, tr("The vault could not be read or written. Check the disk and try again.")};
    case SQLITE_CONSTRAINT:
        return {ErrorCode::NotAllowed, tr("That change is not allowed.")};
    default:
        qCWarning(lcDb) << "sqlite error" << rc;
        return {ErrorCode::Internal,
                tr("An unexpected database error happened (code %1). Nothing was changed.").arg(rc)};
    }
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_begin(db.begin())
{}

Transaction::~Transaction()
{
    if (!m_done && m_begin)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_begin)
        return m_begin;
    m_done = true;
    auto status = m_db.commit();
    if (!status)
        m_db.rollback();
    return status;
}

LargeTransactionCache::LargeTransactionCache(Database &db, qint64 kibibytes)
    : m_db(db)
{
    auto current = db.scalarInteger("PRAGMA cache_size");
    if (!current)
        return;
    m_previous = current.value();
    (void)db.exec(QByteArray("PRAGMA cache_size = -" + QByteArray::number(kibibytes)).constData());
}

BulkLoadJournal::BulkLoadJournal(Database &db)
    : m_db(db)
{
    auto mode = db.scalarText("PRAGMA journal_mode = DELETE");
    m_switched = mode && mode.value() == QLatin1String("delete");
}

BulkLoadJournal::~BulkLoadJournal()
{
    if (m_switched)
        (void)m_db.exec("PRAGMA journal_mode = WAL");
}

LargeTransactionCache::~LargeTransactionCache()
{
    if (m_previous)
        (void)m_db.exec(QByteArray("PRAGMA cache_size = " + QByteArray::number(*m_previous)).constData());
}
