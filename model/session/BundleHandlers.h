#pragma once

#include <memory>

class BundleImporter;
class Vault;
class VacancyReadingSource;

namespace BundleHandlers
{
    /**
     * An importer for `vault` that knows every kind of bundle this version reads. Vacancies are read with
     * `reader` as they are imported (stored unread without one); a taxonomy bundle reads the open ones again.
     */
    std::unique_ptr<BundleImporter> makeImporter(Vault &vault, std::shared_ptr<const VacancyReadingSource> reader = {});
} // namespace BundleHandlers
