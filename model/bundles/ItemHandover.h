#pragma once

#include <QVector>

#include <condition_variable>
#include <mutex>

/**
 * Hands parsed items from a reading thread to a writing one in batches, so that parsing a large bundle
 * overlaps writing it. The reader put()s items and calls finish() however it ends; the writer take()s
 * batches until there are no more. stop() asks the reader to give up (the writer failed or was cancelled).
 */
template <typename T>
class ItemHandover
{
public:
    static constexpr qsizetype BatchSize = 512;

    /** Starts a new hand-over (before the reader starts), forgetting anything left from the last. */
    void start(qsizetype expected = 0)
    {
        std::lock_guard lock(m_mutex);
        m_ready.clear();
        m_pending.clear();
        m_expected = expected;
        m_done = false;
        m_stop = false;
    }

    /** Reader: how many items to expect, once known (for progress). */
    void expect(qsizetype expected)
    {
        std::lock_guard lock(m_mutex);
        m_expected = expected;
    }

    /** Reader: one item; batches go across as they fill. */
    void put(T item)
    {
        m_pending.append(std::move(item));
        if (m_pending.size() >= BatchSize)
            flush();
    }

    /** Reader: no more items (after success or failure). */
    void finish()
    {
        std::lock_guard lock(m_mutex);
        m_ready += std::move(m_pending);
        m_pending.clear();
        m_done = true;
        m_changed.notify_all();
    }

    /** Writer: the next batch into `batch`; false when the reader has finished and all was taken. */
    bool take(QVector<T> &batch)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_ready.isEmpty() || m_done; });
        batch = std::move(m_ready);
        m_ready.clear();
        return !batch.isEmpty();
    }

    void stop()
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    bool stopped()
    {
        std::lock_guard lock(m_mutex);
        return m_stop;
    }
    qsizetype expected()
    {
        std::lock_guard lock(m_mutex);
        return m_expected;
    }

private:
    void flush()
    {
        std::lock_guard lock(m_mutex);
        m_ready += std::move(m_pending);
        m_pending.clear();
        m_changed.notify_all();
    }

    std::mutex m_mutex;
    std::condition_variable m_changed;
    QVector<T> m_ready;
    QVector<T> m_pending; // the reader's own, not shared
    qsizetype m_expected = 0;
    bool m_done = false;
    bool m_stop = false;
};
