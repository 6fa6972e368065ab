#pragma once

#include "model/core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>
#include <QVector>

class AuditLog;
class Database;

/** One item an authentic bundle carried that failed its semantic checks, with where it came from. */
struct QuarantinedItem
{
    qint64 id = 0;
    QByteArray bundleId;
    QString kind;      // BundleKinds::key, e.g. "vacancies"; empty if the bundle is no longer recorded
    QString publisher; // who published the bundle
    QString item;      // the item's id or name in the bundle
    QString reason;    // why it was set aside, already translated when it was stored
    QByteArray content;
    QString receivedAt; // ISO 8601, UTC
};

/**
 * Reads the items set aside by bundle imports (BundleHandler::quarantine) and exports them as CSV so
 * they can go back to whoever sent them. Owns the SQL; the table itself is written only by the importer.
 */
class QuarantineStore
{
    Q_DECLARE_TR_FUNCTIONS(QuarantineStore)

public:
    /** Every quarantined item with its bundle's kind and publisher, newest first. */
    static Result<QVector<QuarantinedItem>> list(Database &db);

    /** The CSV header: received_at,kind,publisher,bundle_id,item,reason,content. */
    static QStringList csvHeader();

    /**
     * Writes every item to `path` as CSV (content as UTF-8 text, bundle id in hex) through QSaveFile, so the
     * file appears whole or not at all, readable by its owner only, and audits "quarantine_export".
     */
    static Status exportCsv(Database &db, AuditLog &audit, const QString &path);

    /** The same, bound to one vault, for widgets that must not hold the database themselves. */
    QuarantineStore(Database &db, AuditLog &audit)
        : m_db(&db)
        , m_audit(&audit)
    {}
    Result<QVector<QuarantinedItem>> list() const { return list(*m_db); }
    Status exportCsv(const QString &path) const { return exportCsv(*m_db, *m_audit, path); }

private:
    Database *m_db = nullptr;
    AuditLog *m_audit = nullptr;
};
