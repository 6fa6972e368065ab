#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchingContext.h"

#include <QDate>
#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class SkillNormaliser;
class Vault;

/**
 * Reads the vault's vacancies and taxonomy into a MatchingContext, on a worker thread when it can, so the
 * window does not freeze for the second that 200,000 vacancies take. The worker reads through its own
 * connection (Vault::openReadConnection), so the window's connection stays on its thread; the write-ahead
 * log lets it read while the window writes. The result is kept until invalidate() (after an import) or the
 * loader is destroyed; a read that an import or a lock overtakes is stopped and its result dropped.
 */
class MatchingContextLoader : public QObject
{
    Q_OBJECT

public:
    using ContextResult = Result<std::shared_ptr<const MatchingContext>>;
    /** The vault's taxonomy as a normaliser, built once on this thread and shared (null if it cannot be read). */
    using NormaliserSource = std::function<std::shared_ptr<const SkillNormaliser>()>;

    MatchingContextLoader(Vault &vault, NormaliserSource normaliser, QObject *parent = nullptr);
    ~MatchingContextLoader() override;

    /**
     * True if context() would answer at once. Otherwise starts reading on a worker (if it is not already)
     * and emits finished() when context() can answer.
     */
    bool readyOrStart();
    /** The context, or why it could not be read; waits for a read in progress, or reads on this thread. */
    ContextResult context();
    /** Forgets what was read, stopping a read in progress: the vacancies or the taxonomy changed. */
    void invalidate();
    /** Stops a read in progress and waits for it to end (before the vault locks). */
    void stop();
    bool isReading() const { return m_watcher.isRunning(); }
    /** What a view shows while it waits for a read: in the UI's language. */
    static QString readingMessage();

Q_SIGNALS:
    /** A background read ended; context() now answers at once. */
    void finished();

private:
    void takeWorkerResult();
    /** Reads the context on this thread, through the window's connection. */
    void readHere();

    Vault &m_vault;
    NormaliserSource m_normaliser;
    std::optional<ContextResult> m_result;
    QFutureWatcher<ContextResult> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    /** Set while a worker's result is still to be taken (once, whichever of the watcher or a wait gets there). */
    bool m_pending = false;
};
