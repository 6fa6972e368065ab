#pragma once

#include "model/bundles/BundleImporter.h"
#include "model/outreach/Partner.h"
#include "model/outreach/PartnerVocabulary.h"

#include <QCoreApplication>
#include <QVector>

/**
 * `partners` bundles: an admin's directory of local partners, replacing that publisher's earlier list (a
 * snapshot), with any services it adds to the built-in list (English and Welsh names). Each partner is stored as
 * "<publisher key>:<its id>", so two publishers' ids never meet and the coach's own partners are never touched.
 * A partner that fails PartnerDirectory::check is quarantined with its reason, and the rest applies.
 */
class PartnersBundle : public BundleHandler
{
    Q_DECLARE_TR_FUNCTIONS(PartnersBundle)

public:
    static constexpr quint64 MaxPartners = 50'000;
    static constexpr quint64 MaxAddedServices = 200;

    static QByteArray encode(const QVector<Partner> &partners, const QVector<VocabularyEntry> &addedServices = {});

    BundleKind kind() const override { return BundleKind::Partners; }
    QByteArray schema() const override { return QByteArrayLiteral("partners/1"); }
    Status read(PayloadReader &reader) override;
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;

    /** The id a bundle's partner is stored under. */
    static QString storedId(const QString &publisherKey, const QString &itemId);

private:
    QVector<VocabularyEntry> m_services;
    QVector<Partner> m_partners;
};
