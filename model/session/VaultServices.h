#pragma once

#include "model/core/Result.h"
#include "model/matching/MatchProfile.h"
#include "model/matching/MatchProfileBuilder.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

class BundleImporter;
class FormCatalogue;
class FormStore;
class MatchingContextLoader;
class NoteExtractor;
class QuarantineStore;
class Taxonomy;
class SkillNormaliser;
class TrustStore;
class FeedReport;
class VacancyReader;
struct VacancyText;
class Vault;

/**
 * What an unlocked vault offers beyond its records, built once and shared by the GUI and waymark-cli so
 * both follow one policy: the taxonomy in use and its normaliser, the note extractor, the form catalogue,
 * the matching context with its background loader, and the stores that widgets and commands work through.
 *
 * Everything read from the vault is cached until dropImportedData() (after a bundle or taxonomy import)
 * or until the services are destroyed, which VaultSession does when it locks.
 *
 * One answer to "the stored taxonomy cannot be read": it is damage, reported as an error. Nothing falls
 * back silently to the built-in taxonomy, which would match people against different skills than the
 * vault's own without anyone knowing. A vault that never imported a taxonomy uses the built-in one.
 */
class VaultServices : public QObject
{
    Q_OBJECT

public:
    explicit VaultServices(Vault &vault, QObject *parent = nullptr);
    ~VaultServices() override;

    Vault &vault() { return m_vault; }

    /** The taxonomy in use, as a normaliser: read once, shared by matching, notes and suggestions. */
    Result<std::shared_ptr<const SkillNormaliser>> normaliser();
    /** The note extractor over that taxonomy, built once. */
    Result<std::shared_ptr<const NoteExtractor>> noteExtractor();
    /** Built-in forms and every version imported from signed forms bundles (drafts keep theirs). */
    Result<std::shared_ptr<const FormCatalogue>> formCatalogue();
    /** Reads vacancies as they are imported, over the taxonomy in use, built once (VacancyUnderstanding). */
    Result<std::shared_ptr<const VacancyReader>> vacancyReader();
    /**
     * Reads again every open vacancy whose stored reading is missing or from another taxonomy, in one
     * transaction (a cancel keeps the old readings, which matching then leaves aside). Returns how many.
     */
    Result<qint64> rereadVacancies(const std::function<bool(qint64, qint64)> &progress = {});
    /** One vacancy's advert text and what was read of it (for the taxonomy in use), for its detail view. */
    Result<VacancyText> vacancyText(const QString &vacancyId);
    /** What was understood of the open vacancies (all publishers'), for an admin. */
    Result<FeedReport> feedReport(int topTitles = 10);
    /** The vacancies and taxonomy for matching, read on a worker thread when a view asks ahead. */
    MatchingContextLoader &matchingContexts() { return *m_matchingContexts; }

    /** A person's matching profile, against the taxonomy the matching context uses. */
    Result<MatchProfile> matchProfile(const QString &personId);
    /** The same against a given taxonomy, for a view that already holds a matching context. */
    Result<MatchProfile> matchProfile(const QString &personId, const SkillNormaliser &normaliser);
    /** Skills suggested from a person's work history; needs the taxonomy but not the vacancies. */
    Result<QVector<SkillSuggestion>> workHistorySuggestions(const QString &personId);

    /** Whether the vault holds an imported taxonomy (else it uses the built-in one). */
    Result<bool> hasImportedTaxonomy();
    /**
     * Stores `taxonomy` in place of the one in use (audited); everything built on the old one is dropped, and
     * the open vacancies are read again against it (rereadVacancies, reported through the same `progress`).
     * Cancelling the reading keeps the new taxonomy; the vacancies not read yet match by title and listing.
     */
    Status replaceTaxonomy(const Taxonomy &taxonomy, const std::function<bool(qint64, qint64)> &progress = {});
    /** Goes back to the built-in taxonomy (audited) and reads the open vacancies again, as replaceTaxonomy(). */
    Status useBuiltInTaxonomy(const std::function<bool(qint64, qint64)> &progress = {});

    std::unique_ptr<FormStore> formStore();
    std::unique_ptr<QuarantineStore> quarantineStore();
    std::unique_ptr<TrustStore> trustStore();
    /** An importer that knows every kind of bundle this version reads. */
    std::unique_ptr<BundleImporter> bundleImporter();

    /** Forgets everything read from the vault's imported data: a bundle or taxonomy import changed it. */
    void dropImportedData();
    /** Stops background reads; the vault is about to lock. */
    void stop();

    /** The message for a taxonomy that cannot be read, in the UI's language. */
    static QString taxonomyUnreadableMessage();

Q_SIGNALS:
    /** dropImportedData() ran: views that show matching, suggestions or forms should read again. */
    void importedDataDropped();

private:
    Status rereadAfterTaxonomyChange(const std::function<bool(qint64, qint64)> &progress);

    Vault &m_vault;
    MatchingContextLoader *m_matchingContexts;
    std::shared_ptr<const SkillNormaliser> m_normaliser;
    std::shared_ptr<const NoteExtractor> m_noteExtractor;
    std::shared_ptr<const VacancyReader> m_vacancyReader;
    std::shared_ptr<const FormCatalogue> m_formCatalogue;
};
