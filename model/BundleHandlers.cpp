#include "model/BundleHandlers.h"

#include "model/BundleImporter.h"
#include "model/CaseloadSync.h"
#include "model/FormsBundle.h"
#include "model/GeodataBundle.h"
#include "model/TaxonomyBundle.h"
#include "model/VacancyBundle.h"

std::unique_ptr<BundleImporter> BundleHandlers::makeImporter(Vault &vault)
{
    auto importer = std::make_unique<BundleImporter>(vault);
    importer->addHandler(std::make_unique<GeodataBundle>());
    importer->addHandler(std::make_unique<VacancyBundle>());
    importer->addHandler(std::make_unique<CaseloadBundle>(vault));
    importer->addHandler(std::make_unique<ReceiptBundle>());
    importer->addHandler(std::make_unique<TaxonomyBundle>());
    importer->addHandler(std::make_unique<CoursesBundle>());
    importer->addHandler(std::make_unique<FormsBundle>());
    return importer;
}
