#pragma once

#include <QString>
#include <QVector>

/**
 * Audit entries that could not be written because the disk was full. A coach must still be able to open and
 * read a caseload on a full disk, and each of those reads is still accountable, so the entries wait here, in
 * memory, and go into the log (first, in the order they happened) at the next write that succeeds: the next
 * transaction, the next audited read, or the lock entry. If the disk is still full when the vault locks they are
 * lost; Vault's destructor says how many in the log (a count, nothing else).
 */
class DeferredAudit
{
public:
    struct Entry
    {
        QString action;
        QString object;
        QString detail;
        /** When it happened (UTC, ISO 8601 with milliseconds); the log row gets the time it was written. */
        QString happenedAt;
    };

    /**
     * Whether an entry for `action` may wait: opening, locking and reading inside the vault (and a receipt made
     * again) may. Anything that puts data outside the vault (an export, a printed form) may not: an export nobody
     * can find in the log must not exist, so those appends fail and the caller undoes what it did.
     */
    static bool mayWait(const QString &action);

    void hold(Entry entry) { m_entries.append(std::move(entry)); }
    bool isEmpty() const { return m_entries.isEmpty(); }
    int size() const { return int(m_entries.size()); }
    const QVector<Entry> &entries() const { return m_entries; }
    void clear() { m_entries.clear(); }

    /** The detail written for a held entry: its own, then when it really happened, so the log tells the truth. */
    static QString writtenDetail(const Entry &entry);

private:
    QVector<Entry> m_entries;
};
