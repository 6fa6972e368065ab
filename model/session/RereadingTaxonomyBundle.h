#pragma once

#include "model/matching/TaxonomyBundle.h"

#include <memory>

/**
 * A `taxonomy` bundle that also reads the open vacancies again against the taxonomy it brings, inside the
 * same import transaction: what was read against the old taxonomy names its concepts and occupations, so
 * it would be stale. A failure or a cancel leaves the old taxonomy and readings, as any failed import does.
 */
class RereadingTaxonomyBundle : public BundleHandler
{
public:
    RereadingTaxonomyBundle();
    ~RereadingTaxonomyBundle() override;

    BundleKind kind() const override { return m_bundle->kind(); }
    QByteArray schema() const override { return m_bundle->schema(); }
    QList<QByteArray> readableSchemas() const override { return m_bundle->readableSchemas(); }
    Status read(PayloadReader &reader) override { return m_bundle->read(reader); }
    Status
    apply(Database &db, const BundleHeader &header, ImportSummary &summary, const ImportProgress &progress) override;
    void committed() override { m_bundle->committed(); }

private:
    std::unique_ptr<TaxonomyBundle> m_bundle;
};
