#include "model/vault/DiskBudget.h"

#ifdef WAYMARK_TEST_HOOKS

#include <sqlcipher/sqlite3.h>

#include <atomic>
#include <mutex>

namespace
{
    sqlite3_vfs *systemVfs = nullptr;
    sqlite3_vfs budgetVfs;
    std::atomic<qint64> bytesLeft{0};
    std::atomic<qint64> bytesWritten{0};

    /** Our file wraps the system VFS's, which lives in the same allocation right after it. */
    struct BudgetFile
    {
        sqlite3_file base;
        sqlite3_file *real;
    };

    sqlite3_file *real(sqlite3_file *file)
    {
        return reinterpret_cast<BudgetFile *>(file)->real;
    }

    int budgetClose(sqlite3_file *file)
    {
        return real(file)->pMethods->xClose(real(file));
    }

    int budgetRead(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
    {
        return real(file)->pMethods->xRead(real(file), buffer, amount, offset);
    }

    int budgetWrite(sqlite3_file *file, const void *buffer, int amount, sqlite3_int64 offset)
    {
        // Spent stays spent: once one write has failed, every later one fails too, as on a disk that is full.
        if (bytesLeft.fetch_sub(amount) < amount)
            return SQLITE_FULL;
        bytesWritten += amount;
        return real(file)->pMethods->xWrite(real(file), buffer, amount, offset);
    }

    int budgetTruncate(sqlite3_file *file, sqlite3_int64 size)
    {
        return real(file)->pMethods->xTruncate(real(file), size);
    }

    int budgetSync(sqlite3_file *file, int flags)
    {
        return real(file)->pMethods->xSync(real(file), flags);
    }

    int budgetFileSize(sqlite3_file *file, sqlite3_int64 *size)
    {
        return real(file)->pMethods->xFileSize(real(file), size);
    }

    int budgetLock(sqlite3_file *file, int level)
    {
        return real(file)->pMethods->xLock(real(file), level);
    }

    int budgetUnlock(sqlite3_file *file, int level)
    {
        return real(file)->pMethods->xUnlock(real(file), level);
    }

    int budgetCheckReservedLock(sqlite3_file *file, int *out)
    {
        return real(file)->pMethods->xCheckReservedLock(real(file), out);
    }

    int budgetFileControl(sqlite3_file *file, int op, void *arg)
    {
        return real(file)->pMethods->xFileControl(real(file), op, arg);
    }

    int budgetSectorSize(sqlite3_file *file)
    {
        return real(file)->pMethods->xSectorSize(real(file));
    }

    int budgetDeviceCharacteristics(sqlite3_file *file)
    {
        return real(file)->pMethods->xDeviceCharacteristics(real(file));
    }

    // The write-ahead log's index lives in shared memory, not written through xWrite: it takes no disk space.
    int budgetShmMap(sqlite3_file *file, int page, int pageSize, int extend, void volatile **out)
    {
        return real(file)->pMethods->xShmMap(real(file), page, pageSize, extend, out);
    }

    int budgetShmLock(sqlite3_file *file, int offset, int n, int flags)
    {
        return real(file)->pMethods->xShmLock(real(file), offset, n, flags);
    }

    void budgetShmBarrier(sqlite3_file *file)
    {
        real(file)->pMethods->xShmBarrier(real(file));
    }

    int budgetShmUnmap(sqlite3_file *file, int deleteFlag)
    {
        return real(file)->pMethods->xShmUnmap(real(file), deleteFlag);
    }

    // Memory-mapped reads are left to the system only when it offers them; SQLite falls back to xRead otherwise.
    int budgetFetch(sqlite3_file *file, sqlite3_int64 offset, int amount, void **out)
    {
        if (real(file)->pMethods->iVersion < 3) {
            *out = nullptr;
            return SQLITE_OK;
        }
        return real(file)->pMethods->xFetch(real(file), offset, amount, out);
    }

    int budgetUnfetch(sqlite3_file *file, sqlite3_int64 offset, void *pointer)
    {
        if (real(file)->pMethods->iVersion < 3)
            return SQLITE_OK;
        return real(file)->pMethods->xUnfetch(real(file), offset, pointer);
    }

    const sqlite3_io_methods budgetMethods = {3,
                                              budgetClose,
                                              budgetRead,
                                              budgetWrite,
                                              budgetTruncate,
                                              budgetSync,
                                              budgetFileSize,
                                              budgetLock,
                                              budgetUnlock,
                                              budgetCheckReservedLock,
                                              budgetFileControl,
                                              budgetSectorSize,
                                              budgetDeviceCharacteristics,
                                              budgetShmMap,
                                              budgetShmLock,
                                              budgetShmBarrier,
                                              budgetShmUnmap,
                                              budgetFetch,
                                              budgetUnfetch};

    int budgetOpen(sqlite3_vfs *, const char *name, sqlite3_file *file, int flags, int *outFlags)
    {
        auto *wrapper = reinterpret_cast<BudgetFile *>(file);
        wrapper->real = reinterpret_cast<sqlite3_file *>(wrapper + 1);
        const int rc = systemVfs->xOpen(systemVfs, name, wrapper->real, flags, outFlags);
        // SQLite closes a file only when its methods are set, so ours are set exactly when the system's were.
        wrapper->base.pMethods = wrapper->real->pMethods ? &budgetMethods : nullptr;
        return rc;
    }
} // namespace

void DiskBudget::install(qint64 bytes)
{
    static std::once_flag registered;
    std::call_once(registered, [] {
        systemVfs = sqlite3_vfs_find(nullptr);
        budgetVfs = *systemVfs;
        budgetVfs.zName = "waymark-disk-budget";
        budgetVfs.szOsFile = int(sizeof(BudgetFile)) + systemVfs->szOsFile;
        budgetVfs.xOpen = budgetOpen;
        budgetVfs.pNext = nullptr;
        sqlite3_vfs_register(&budgetVfs, 1);
    });
    bytesLeft = bytes;
}

qint64 DiskBudget::written()
{
    return bytesWritten;
}

#endif // WAYMARK_TEST_HOOKS
