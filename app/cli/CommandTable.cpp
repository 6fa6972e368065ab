#include "CommandTable.h"

#include <QCoreApplication>

#include "BundleCommands.h"
#include "Commands.h"
#include "EmployerCommands.h"
#include "ExtractCommand.h"
#include "FormCommands.h"
#include "FormFillCommand.h"
#include "MatchCommands.h"
#include "NoteCommands.h"
#include "OutreachCommands.h"
#include "OversightCommands.h"
#include "RecordCommands.h"
#include "ReportCommands.h"
#include "SyncCommands.h"
#include "TodayCommand.h"
#include "VacancyCommands.h"
#include "YouthCommands.h"

namespace
{
    template <typename T>
    std::unique_ptr<Command> make()
    {
        return std::make_unique<T>();
    }
} // namespace

QString CommandEntry::translatedSummary() const
{
    return QCoreApplication::translate("waymark-cli", summary);
}

const std::vector<CommandEntry> &CommandTable::entries()
{
    static const std::vector<CommandEntry> table{
        {"vault create", QT_TRANSLATE_NOOP("waymark-cli", "Create a new, empty vault."), &make<VaultCreateCommand>},
        {"vault check",
         QT_TRANSLATE_NOOP("waymark-cli", "Check the vault's database for damage."),
         &make<VaultCheckCommand>},
        {"vault rekey",
         QT_TRANSLATE_NOOP("waymark-cli", "Give the vault a new encryption key; the passphrase stays the same."),
         &make<VaultRekeyCommand>},
        {"vault passphrase",
         QT_TRANSLATE_NOOP("waymark-cli", "Change the vault's passphrase."),
         &make<VaultPassphraseCommand>},
        {"vault backup",
         QT_TRANSLATE_NOOP("waymark-cli", "Write the whole vault into one encrypted backup file."),
         &make<VaultBackupCommand>},
        {"vault restore",
         QT_TRANSLATE_NOOP("waymark-cli", "Restore a backup file into a new vault folder and check it."),
         &make<VaultRestoreCommand>},
        {"person list", QT_TRANSLATE_NOOP("waymark-cli", "List the people on the caseload."), &make<PersonListCommand>},
        {"person show",
         QT_TRANSLATE_NOOP("waymark-cli", "Show everything recorded about one person."),
         &make<PersonShowCommand>},
        {"person add", QT_TRANSLATE_NOOP("waymark-cli", "Add a person to the caseload."), &make<PersonAddCommand>},
        {"person erase",
         QT_TRANSLATE_NOOP("waymark-cli", "Erase a person and everything about them."),
         &make<PersonEraseCommand>},
        {"person export",
         QT_TRANSLATE_NOOP("waymark-cli", "Export one person's record to an HTML or JSON file."),
         &make<PersonExportCommand>},
        {"record add",
         QT_TRANSLATE_NOOP("waymark-cli", "Add a record to a person's case: a job goal, work history, a skill…"),
         &make<RecordAddCommand>},
        {"record set",
         QT_TRANSLATE_NOOP("waymark-cli", "Change fields of a record, or of a person's own details."),
         &make<RecordSetCommand>},
        {"note add",
         QT_TRANSLATE_NOOP("waymark-cli", "Add a note to a person's case and list the suggestions read from it."),
         &make<NoteAddCommand>},
        {"note suggestions",
         QT_TRANSLATE_NOOP("waymark-cli", "List the suggestions read from a saved note, numbered."),
         &make<NoteSuggestionsCommand>},
        {"note accept",
         QT_TRANSLATE_NOOP("waymark-cli", "Accept one suggestion from a note: it is written to the case."),
         &make<NoteAcceptCommand>},
        {"note reject",
         QT_TRANSLATE_NOOP("waymark-cli", "Reject one suggestion from a note: nothing is written to the case."),
         &make<NoteRejectCommand>},
        {"person suggestions",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "List the suggestions shown about one person, as shown, with the decisions taken."),
         &make<PersonSuggestionsCommand>},
        {"person disagree",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Record that the person disagreed with a suggestion, or with the decision on it."),
         &make<PersonDisagreeCommand>},
        {"partner list",
         QT_TRANSLATE_NOOP("waymark-cli", "List the local partners in the directory."),
         &make<PartnerListCommand>},
        {"partner add",
         QT_TRANSLATE_NOOP("waymark-cli", "Add a local partner of your own to the directory."),
         &make<PartnerAddCommand>},
        {"partner remove",
         QT_TRANSLATE_NOOP("waymark-cli", "Remove a partner you added from the directory."),
         &make<PartnerRemoveCommand>},
        {"referral add",
         QT_TRANSLATE_NOOP("waymark-cli", "Refer a person to a local partner, with their consent."),
         &make<ReferralAddCommand>},
        {"referral outcome",
         QT_TRANSLATE_NOOP("waymark-cli", "Record what came of a referral."),
         &make<ReferralOutcomeCommand>},
        {"referral list", QT_TRANSLATE_NOOP("waymark-cli", "List a person's referrals."), &make<ReferralListCommand>},
        {"outreach add",
         QT_TRANSLATE_NOOP("waymark-cli", "Record an outreach session held away from the office."),
         &make<OutreachAddCommand>},
        {"outreach list",
         QT_TRANSLATE_NOOP("waymark-cli", "List outreach sessions over a period."),
         &make<OutreachListCommand>},
        {"youth list",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "List the young people in the youth guarantee's age band, overdue offers first."),
         &make<YouthListCommand>},
        {"youth offer",
         QT_TRANSLATE_NOOP("waymark-cli", "Record an offer of work, education or training made to a young person."),
         &make<YouthOfferCommand>},
        {"youth candidates",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "List offers proposed from a person's plan, referrals and shortlisted vacancies."),
         &make<YouthCandidatesCommand>},
        {"youth settings",
         QT_TRANSLATE_NOOP("waymark-cli", "Show or change the youth guarantee's age band and weeks to an offer."),
         &make<YouthSettingsCommand>},
        {"employer list",
         QT_TRANSLATE_NOOP("waymark-cli", "List employers: your own and those in open vacancies."),
         &make<EmployerListCommand>},
        {"employer add", QT_TRANSLATE_NOOP("waymark-cli", "Add an employer of your own."), &make<EmployerAddCommand>},
        {"employer show",
         QT_TRANSLATE_NOOP("waymark-cli", "Show an employer's summary, contacts and engagements."),
         &make<EmployerShowCommand>},
        {"employer engage",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Log a call, visit, job fair, work trial or vacancy sourced with an employer."),
         &make<EmployerEngageCommand>},
        {"employer contact",
         QT_TRANSLATE_NOOP("waymark-cli", "Add someone to speak to at an employer."),
         &make<EmployerContactCommand>},
        {"employer put-forward",
         QT_TRANSLATE_NOOP("waymark-cli", "Put a person forward for a vacancy, with their consent."),
         &make<EmployerPutForwardCommand>},
        {"employer outcome",
         QT_TRANSLATE_NOOP("waymark-cli", "Record what came of putting a person forward."),
         &make<EmployerOutcomeCommand>},
        {"audit verify",
         QT_TRANSLATE_NOOP("waymark-cli", "Check that the audit log is unbroken."),
         &make<AuditVerifyCommand>},
        {"audit anchors",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Export the audit heads other devices' bundles and receipts carried, for them to check."),
         &make<AuditAnchorsCommand>},
        {"transparency",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Show the transparency record: what the suggestions do, the data they read and their "
                           "versions."),
         &make<TransparencyCommand>},
        {"report",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Count outreach sessions, people seen and referrals over a period, small numbers hidden."),
         &make<ReportCommand>},
        {"report export",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Write this vault's counts for a period as a report bundle sealed to an admin's vault."),
         &make<ReportExportCommand>},
        {"report merge",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Add up report bundles from many devices, then hide small numbers in the sum."),
         &make<ReportMergeCommand>},
        {"report suggestions",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Count the suggestions shown, accepted, changed and rejected over a period (totals only)."),
         &make<SuggestionReportCommand>},
        {"fairness",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Check that matching, note suggestions and prefill treat people alike whatever their name, "
                           "sex, age, health, religion or language (nothing is written)."),
         &make<FairnessCommand>},
        {"demo",
         QT_TRANSLATE_NOOP("waymark-cli", "Fill a vault with a synthetic caseload, for trying Waymark out."),
         &make<DemoCommand>},
        {"key generate",
         QT_TRANSLATE_NOOP("waymark-cli", "Make a publisher's signing key."),
         &make<KeyGenerateCommand>},
        {"key export",
         QT_TRANSLATE_NOOP("waymark-cli", "Write a public key in minisign's format."),
         &make<KeyExportCommand>},
        {"key fingerprint",
         QT_TRANSLATE_NOOP("waymark-cli", "Show a public key's id and fingerprint."),
         &make<KeyFingerprintCommand>},
        {"key rotate",
         QT_TRANSLATE_NOOP("waymark-cli", "Sign a statement that moves trust from an old key to a new one."),
         &make<KeyRotateCommand>},
        {"trust add",
         QT_TRANSLATE_NOOP("waymark-cli", "Trust a publisher's key for some kinds of bundle."),
         &make<TrustAddCommand>},
        {"trust list", QT_TRANSLATE_NOOP("waymark-cli", "List the trusted keys."), &make<TrustListCommand>},
        {"trust remove", QT_TRANSLATE_NOOP("waymark-cli", "Stop trusting a key."), &make<TrustRemoveCommand>},
        {"trust rotate",
         QT_TRANSLATE_NOOP("waymark-cli", "Move trust to a new key, as a key change statement says."),
         &make<TrustRotateCommand>},
        {"bundle build-vacancies",
         QT_TRANSLATE_NOOP("waymark-cli", "Sign vacancies from a CSV file into a bundle."),
         &make<BundleBuildVacanciesCommand>},
        {"bundle build-geodata",
         QT_TRANSLATE_NOOP("waymark-cli", "Sign postcode outcode centres from a CSV file into a bundle."),
         &make<BundleBuildGeodataCommand>},
        {"bundle build-taxonomy",
         QT_TRANSLATE_NOOP("waymark-cli", "Sign a skills taxonomy (ESCO or the built-in one) into a bundle."),
         &make<BundleBuildTaxonomyCommand>},
        {"bundle build-courses",
         QT_TRANSLATE_NOOP("waymark-cli", "Sign courses from a CSV file into a bundle."),
         &make<BundleBuildCoursesCommand>},
        {"bundle build-partners",
         QT_TRANSLATE_NOOP("waymark-cli", "Sign a directory of local partners from a CSV file into a bundle."),
         &make<BundleBuildPartnersCommand>},
        {"bundle build-forms",
         QT_TRANSLATE_NOOP("waymark-cli", "Sign form definitions into a bundle."),
         &make<BundleBuildFormsCommand>},
        {"bundle import",
         QT_TRANSLATE_NOOP("waymark-cli", "Check a bundle's signature and import it into the vault."),
         &make<BundleImportCommand>},
        {"bundle detach",
         QT_TRANSLATE_NOOP("waymark-cli", "Split a bundle into its signed part and a minisign signature."),
         &make<BundleDetachCommand>},
        {"bundle quarantine",
         QT_TRANSLATE_NOOP("waymark-cli", "List what imports set aside, or write it to a file for the sender."),
         &make<BundleQuarantineCommand>},
        {"sync add-device",
         QT_TRANSLATE_NOOP("waymark-cli", "Add a colleague's device to share caseloads with."),
         &make<SyncAddDeviceCommand>},
        {"sync devices",
         QT_TRANSLATE_NOOP("waymark-cli", "List the devices this vault shares caseloads with."),
         &make<SyncDevicesCommand>},
        {"sync preview",
         QT_TRANSLATE_NOOP("waymark-cli", "Show what would be sent to a device."),
         &make<SyncPreviewCommand>},
        {"sync export",
         QT_TRANSLATE_NOOP("waymark-cli", "Write a caseload bundle encrypted for a device."),
         &make<SyncExportCommand>},
        {"sync conflicts",
         QT_TRANSLATE_NOOP("waymark-cli", "List the changes that clashed when caseloads were merged."),
         &make<SyncConflictsCommand>},
        {"sync resolve", QT_TRANSLATE_NOOP("waymark-cli", "Settle one of those clashes."), &make<SyncResolveCommand>},
        {"taxonomy info",
         QT_TRANSLATE_NOOP("waymark-cli", "Show which skills taxonomy the vault uses."),
         &make<TaxonomyInfoCommand>},
        {"taxonomy import-esco",
         QT_TRANSLATE_NOOP("waymark-cli", "Import an ESCO release into the vault."),
         &make<TaxonomyImportEscoCommand>},
        {"taxonomy reset",
         QT_TRANSLATE_NOOP("waymark-cli", "Go back to the built-in UK taxonomy."),
         &make<TaxonomyResetCommand>},
        {"taxonomy map",
         QT_TRANSLATE_NOOP("waymark-cli", "Show the skill and the occupation a text maps to."),
         &make<TaxonomyMapCommand>},
        {"match",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Rank vacancies for a person, people for a vacancy, or vacancies for a file of profiles."),
         &make<MatchCommand>},
        {"match shortlist",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Shortlist a vacancy in a person's plan, or record that it was discussed with them."),
         &make<MatchShortlistCommand>},
        {"vacancies report",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Show what was understood of the open vacancies: occupations, skills and unmapped titles."),
         &make<VacancyReportCommand>},
        {"vacancies read",
         QT_TRANSLATE_NOOP("waymark-cli", "Read again the open vacancies not yet read for the taxonomy in use."),
         &make<VacancyReadCommand>},
        {"form list", QT_TRANSLATE_NOOP("waymark-cli", "List the forms that can be filled."), &make<FormListCommand>},
        {"form check", QT_TRANSLATE_NOOP("waymark-cli", "Check a form definition file."), &make<FormCheckCommand>},
        {"form versions",
         QT_TRANSLATE_NOOP("waymark-cli", "List a person's finished forms, numbered as they are shown."),
         &make<FormVersionsCommand>},
        {"form fill",
         QT_TRANSLATE_NOOP("waymark-cli", "Fill a form for a person and write it as a PDF."),
         &make<FormFillCommand>,
         true},
        {"extract",
         QT_TRANSLATE_NOOP("waymark-cli", "Suggest skills and other facts found in a text file."),
         &make<ExtractCommand>},
        {"today",
         QT_TRANSLATE_NOOP("waymark-cli",
                           "Show the day: appointments, overdue actions, people not contacted lately, unfinished "
                           "forms, decisions waiting and new vacancies that fit someone."),
         &make<TodayCommand>},
    };
    return table;
}

const CommandEntry *CommandTable::find(const QString &name)
{
    for (const CommandEntry &entry : entries()) {
        if (name == QLatin1String(entry.name))
            return &entry;
    }
    return nullptr;
}

QStringList CommandTable::groups()
{
    QStringList groups;
    for (const CommandEntry &entry : entries()) {
        const QString group = entry.commandName().section(QLatin1Char(' '), 0, 0);
        if (!groups.contains(group))
            groups.append(group);
    }
    return groups;
}
