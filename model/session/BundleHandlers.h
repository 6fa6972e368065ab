#pragma once

#include <memory>

class BundleImporter;
class Vault;

namespace BundleHandlers
{
    /** An importer for `vault` that knows every kind of bundle this version reads. */
    std::unique_ptr<BundleImporter> makeImporter(Vault &vault);
} // namespace BundleHandlers
