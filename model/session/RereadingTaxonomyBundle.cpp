#include "model/session/RereadingTaxonomyBundle.h"

#include "model/matching/SkillNormaliser.h"
#include "model/matching/TaxonomyStore.h"
#include "model/session/VacancyReader.h"
#include "model/session/VacancyReadingStore.h"

#include <QDate>

RereadingTaxonomyBundle::RereadingTaxonomyBundle()
    : m_bundle(std::make_unique<TaxonomyBundle>())
{}

RereadingTaxonomyBundle::~RereadingTaxonomyBundle() = default;

Status RereadingTaxonomyBundle::apply(Database &db,
                                      const BundleHeader &header,
                                      ImportSummary &summary,
                                      const ImportProgress &progress)
{
    if (Status applied = m_bundle->apply(db, header, summary, progress); !applied)
        return applied;
    // Loaded back as matching will load it, so the stamps written are the ones it looks for.
    Result<Taxonomy> taxonomy = TaxonomyStore::load(db);
    if (!taxonomy)
        return taxonomy.error();
    auto normaliser =
        std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy).value()));
    const auto reader = VacancyReader::forTaxonomy(std::move(normaliser));
    auto read = VacancyReadingStore::refresh(
        db, *reader, QDate::currentDate(), [&progress](qint64, qint64) { return !progress || progress(950); });
    if (!read)
        return read.error();
    return {};
}
