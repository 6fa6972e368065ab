#include "model/session/BundleHandlers.h"

#include "model/bundles/BundleImporter.h"
#include "model/forms/FormsBundle.h"
#include "model/matching/GeodataBundle.h"
#include "model/matching/TaxonomyBundle.h"
#include "model/matching/VacancyBundle.h"
#include "model/outreach/PartnersBundle.h"
#include "model/session/FormSyncRules.h"
#include "model/session/RereadingTaxonomyBundle.h"
#include "model/sync/CaseloadSync.h"

std::unique_ptr<BundleImporter> BundleHandlers::makeImporter(Vault &vault,
                                                             std::shared_ptr<const VacancyReadingSource> reader)
{
    auto importer = std::make_unique<BundleImporter>(vault);
    importer->addHandler(std::make_unique<GeodataBundle>());
    auto vacancies = std::make_unique<VacancyBundle>();
    vacancies->setReader(std::move(reader));
    importer->addHandler(std::move(vacancies));
    importer->addHandler(std::make_unique<CaseloadBundle>(vault, std::make_shared<FormSyncRules>()));
    importer->addHandler(std::make_unique<ReceiptBundle>());
    importer->addHandler(std::make_unique<RereadingTaxonomyBundle>());
    importer->addHandler(std::make_unique<CoursesBundle>());
    importer->addHandler(std::make_unique<FormsBundle>());
    importer->addHandler(std::make_unique<PartnersBundle>());
    return importer;
}
