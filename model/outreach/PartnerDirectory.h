#pragma once

#include "model/core/Result.h"
#include "model/outreach/Partner.h"
#include "model/outreach/PartnerVocabulary.h"

#include <QCoreApplication>
#include <QVector>

class AuditLog;
class Database;

/**
 * The directory of local partners: the admin's, from `partners` bundles, and the coach's own. Own partners can be
 * added, changed and removed here; a bundle's are replaced only by that publisher's next bundle. Every change is
 * checked (PartnerDirectory::check) and audited by id.
 */
class PartnerDirectory
{
    Q_DECLARE_TR_FUNCTIONS(PartnerDirectory)

public:
    static constexpr int MaxNameLength = 200;
    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxServices = 40;
    static constexpr int MaxLanguages = 20;

    PartnerDirectory(Database &db, AuditLog &audit);

    Result<QVector<Partner>> list(const PartnerFilter &filter = {}) const;
    Result<Partner> get(const QString &id) const;

    /** Adds a partner of the coach's own; returns its new id. */
    Result<QString> addOwn(Partner partner);
    /** Changes one of the coach's own partners; a bundle's partner cannot be changed here. */
    Status updateOwn(const Partner &partner);
    Status removeOwn(const QString &id);

    /** Every service known: the built-in list, then those bundles added, as (key, name in the interface language). */
    Result<QVector<VocabularyEntry>> services() const;
    /** The name of a service in the interface language: built-in, from a bundle, or the key itself. */
    QString serviceName(const QString &key) const;

    /**
     * What is wrong with a partner, in words, or nothing: a name, a known kind, services and languages as keys,
     * a real postcode and email when given, and no field too long. Services must be known (`knownServices`).
     */
    static QMap<QString, QString> check(const Partner &partner, const QStringList &knownServices);

private:
    Status write(const Partner &partner, bool insert);

    Database &m_db;
    AuditLog &m_audit;
};
