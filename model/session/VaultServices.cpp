#include "model/session/VaultServices.h"

#include "model/bundles/BundleImporter.h"
#include "model/bundles/QuarantineStore.h"
#include "model/bundles/TrustStore.h"
#include "model/forms/FormCatalogue.h"
#include "model/forms/FormStore.h"
#include "model/matching/MatchProfileBuilder.h"
#include "model/matching/MatchingContext.h"
#include "model/matching/SkillNormaliser.h"
#include "model/matching/Taxonomy.h"
#include "model/matching/TaxonomyStore.h"
#include "model/notes/NoteExtractor.h"
#include "model/session/BundleHandlers.h"
#include "model/session/FeedReport.h"
#include "model/session/MatchingContextLoader.h"
#include "model/session/VacancyReader.h"
#include "model/session/VacancyReadingStore.h"
#include "model/vault/Database.h"
#include "model/vault/Vault.h"

VaultServices::VaultServices(Vault &vault, QObject *parent)
    : QObject(parent)
    , m_vault(vault)
{
    // The loader takes the same normaliser as the notes and suggestions, so the taxonomy is read once.
    m_matchingContexts = new MatchingContextLoader(
        vault,
        [this]() -> std::shared_ptr<const SkillNormaliser> {
            auto normaliser = this->normaliser();
            return normaliser ? normaliser.value() : nullptr;
        },
        this);
}

VaultServices::~VaultServices()
{
    stop();
}

QString VaultServices::taxonomyUnreadableMessage()
{
    return tr("The skills taxonomy stored in this vault could not be read, so matching and suggestions are "
              "off. Choose Vault ▸ Check the vault, or import the taxonomy again.");
}

Result<std::shared_ptr<const SkillNormaliser>> VaultServices::normaliser()
{
    if (!m_normaliser) {
        // TaxonomyStore::load answers with the built-in taxonomy when none was imported, and with an error
        // when an imported one is there but cannot be read.
        Result<Taxonomy> taxonomy = TaxonomyStore::load(m_vault.database());
        if (!taxonomy)
            return Error{ErrorCode::Damaged, taxonomyUnreadableMessage()};
        m_normaliser =
            std::make_shared<const SkillNormaliser>(std::make_shared<const Taxonomy>(std::move(taxonomy).value()));
    }
    return m_normaliser;
}

Result<std::shared_ptr<const NoteExtractor>> VaultServices::noteExtractor()
{
    if (!m_noteExtractor) {
        auto normaliser = this->normaliser();
        if (!normaliser)
            return normaliser.error();
        m_noteExtractor = std::make_shared<const NoteExtractor>(normaliser.value());
    }
    return m_noteExtractor;
}

Result<std::shared_ptr<const VacancyReader>> VaultServices::vacancyReader()
{
    if (!m_vacancyReader) {
        auto normaliser = this->normaliser();
        if (!normaliser)
            return normaliser.error();
        m_vacancyReader = VacancyReader::forTaxonomy(normaliser.value());
    }
    return m_vacancyReader;
}

Result<qint64> VaultServices::rereadVacancies(const std::function<bool(qint64, qint64)> &progress)
{
    auto reader = vacancyReader();
    if (!reader)
        return reader.error();
    Transaction transaction(m_vault.database());
    if (!transaction.beginStatus())
        return transaction.beginStatus().error();
    auto read = VacancyReadingStore::refresh(m_vault.database(), *reader.value(), QDate::currentDate(), progress);
    if (!read)
        return read.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    if (read.value() > 0)
        m_matchingContexts->invalidate();
    return read;
}

Result<VacancyText> VaultServices::vacancyText(const QString &vacancyId)
{
    auto reader = vacancyReader();
    if (!reader)
        return reader.error();
    return VacancyReadingStore::load(m_vault.database(), vacancyId, reader.value()->stamp());
}

Result<FeedReport> VaultServices::feedReport(int topTitles)
{
    auto reader = vacancyReader();
    if (!reader)
        return reader.error();
    return FeedReport::compute(m_vault.database(), reader.value()->stamp(), QDate::currentDate(), {}, topTitles);
}

Result<std::shared_ptr<const FormCatalogue>> VaultServices::formCatalogue()
{
    if (!m_formCatalogue) {
        auto loaded = FormCatalogue::load(m_vault.database());
        if (!loaded)
            return loaded.error();
        m_formCatalogue = std::make_shared<const FormCatalogue>(std::move(loaded).value());
    }
    return m_formCatalogue;
}

Result<MatchProfile> VaultServices::matchProfile(const QString &personId)
{
    auto context = m_matchingContexts->context();
    if (!context)
        return context.error();
    return MatchProfileBuilder(m_vault.records(), m_vault.database(), context.value()->normaliser()).build(personId);
}

Result<QVector<SkillSuggestion>> VaultServices::workHistorySuggestions(const QString &personId)
{
    auto normaliser = this->normaliser();
    if (!normaliser)
        return normaliser.error();
    return MatchProfileBuilder(m_vault.records(), m_vault.database(), *normaliser.value()).historySuggestions(personId);
}

Result<bool> VaultServices::hasImportedTaxonomy()
{
    return TaxonomyStore::hasStored(m_vault.database());
}

Status VaultServices::replaceTaxonomy(const Taxonomy &taxonomy, const std::function<bool(qint64, qint64)> &progress)
{
    Status written = TaxonomyStore::replace(m_vault.database(), m_vault.audit(), taxonomy, progress);
    if (!written)
        return written;
    dropImportedData();
    return rereadAfterTaxonomyChange(progress);
}

Status VaultServices::useBuiltInTaxonomy(const std::function<bool(qint64, qint64)> &progress)
{
    Status cleared = TaxonomyStore::clear(m_vault.database(), m_vault.audit());
    if (!cleared)
        return cleared;
    dropImportedData();
    return rereadAfterTaxonomyChange(progress);
}

Status VaultServices::rereadAfterTaxonomyChange(const std::function<bool(qint64, qint64)> &progress)
{
    // The taxonomy is in; a cancelled or failed re-reading leaves stale readings that matching leaves aside, and
    // the next taxonomy change or `waymark-cli vacancies read` reads them again. Only an unreadable vault fails.
    auto read = rereadVacancies(progress);
    if (!read && read.error().code != ErrorCode::Cancelled)
        return read.error();
    return {};
}

std::unique_ptr<QuarantineStore> VaultServices::quarantineStore()
{
    return std::make_unique<QuarantineStore>(m_vault.database(), m_vault.audit());
}

Result<MatchProfile> VaultServices::matchProfile(const QString &personId, const SkillNormaliser &normaliser)
{
    return MatchProfileBuilder(m_vault.records(), m_vault.database(), normaliser).build(personId);
}

std::unique_ptr<FormStore> VaultServices::formStore()
{
    return std::make_unique<FormStore>(m_vault.database(), m_vault.audit(), m_vault.clock());
}

std::unique_ptr<TrustStore> VaultServices::trustStore()
{
    return std::make_unique<TrustStore>(m_vault.database(), m_vault.audit());
}

std::unique_ptr<BundleImporter> VaultServices::bundleImporter()
{
    // Without a readable taxonomy vacancies are imported unread, as before readings existed; matching reports
    // the taxonomy's damage itself.
    auto reader = vacancyReader();
    return BundleHandlers::makeImporter(m_vault, reader ? reader.value() : nullptr);
}

void VaultServices::dropImportedData()
{
    m_matchingContexts->invalidate();
    m_normaliser.reset();
    m_noteExtractor.reset();
    m_vacancyReader.reset();
    m_formCatalogue.reset();
    Q_EMIT importedDataDropped();
}

void VaultServices::stop()
{
    m_matchingContexts->stop();
}
