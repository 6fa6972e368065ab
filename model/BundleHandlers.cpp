#include "model/BundleHandlers.h"

#include "model/BundleImporter.h"
#include "model/GeodataBundle.h"
#include "model/VacancyBundle.h"

std::unique_ptr<BundleImporter> BundleHandlers::makeImporter(Vault &vault)
{
    auto importer = std::make_unique<BundleImporter>(vault);
    importer->addHandler(std::make_unique<GeodataBundle>());
    importer->addHandler(std::make_unique<VacancyBundle>());
    return importer;
}
