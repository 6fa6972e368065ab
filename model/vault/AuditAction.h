#pragma once

#include <QLatin1String>

/**
 * The action names written to the audit log. The values are part of the vault format: each row's hash covers its
 * action, the right-of-access report maps them to plain words, and older vaults hold them already, so a value never
 * changes once written. Add a new name rather than reuse an old one.
 */
namespace AuditAction
{
    // The vault itself.
    inline constexpr QLatin1String VaultCreate{"vault_create"};
    inline constexpr QLatin1String Unlock{"unlock"};
    inline constexpr QLatin1String Lock{"lock"};
    inline constexpr QLatin1String PassphraseChange{"passphrase_change"};
    inline constexpr QLatin1String Rekey{"rekey"};
    /** Opening found the log shorter than (or other than) the head kept at lock: rows were removed. */
    inline constexpr QLatin1String AuditTailCut{"audit_tail_cut"};
    /** The vault was copied into a backup file; the detail is when the backup says it was made. */
    inline constexpr QLatin1String Backup{"backup"};
    /** This vault was made from a backup; the detail is when that backup was made. */
    inline constexpr QLatin1String Restore{"restore"};

    // Records about a person.
    inline constexpr QLatin1String Create{"create"};
    inline constexpr QLatin1String Update{"update"};
    inline constexpr QLatin1String Delete{"delete"};
    inline constexpr QLatin1String ViewPerson{"view_person"};
    inline constexpr QLatin1String ViewHealth{"view_health"};
    inline constexpr QLatin1String Erase{"erase"};
    inline constexpr QLatin1String ExportPerson{"export_person"};
    /** No build writes it today; the right-of-access report still words it for rows that hold it. */
    inline constexpr QLatin1String Import{"import"};

    // Bundles and trust.
    inline constexpr QLatin1String ImportBundle{"import_bundle"};
    /** A caseload bundle imported before came again and only its receipt was written again. */
    inline constexpr QLatin1String ReceiptRemade{"receipt_remade"};
    inline constexpr QLatin1String QuarantineExport{"quarantine_export"};
    inline constexpr QLatin1String TrustAdd{"trust_add"};
    inline constexpr QLatin1String TrustRemove{"trust_remove"};
    inline constexpr QLatin1String TrustRotate{"trust_rotate"};

    // Caseload sync between devices.
    inline constexpr QLatin1String ExportBundle{"export_bundle"};
    inline constexpr QLatin1String HandoverExport{"handover_export"};
    inline constexpr QLatin1String ResolveConflict{"resolve_conflict"};
    inline constexpr QLatin1String EraseReceived{"erase_received"};

    // Matching.
    inline constexpr QLatin1String TaxonomyReplace{"taxonomy_replace"};
    inline constexpr QLatin1String TaxonomyBuiltin{"taxonomy_builtin"};
    inline constexpr QLatin1String DemoVacancies{"demo_vacancies"};
    /** The fairness check ran on the caseload (FairnessCheck); the detail holds its counts only. */
    inline constexpr QLatin1String FairnessCheck{"fairness_check"};

    // Suggestions from notes. Each entry's detail also names the engine and taxonomy versions that made the
    // suggestion, and a decision how long after it was shown it was taken (SuggestionAuditDetail).
    /** Suggestions were put in front of the coach; the detail counts them by kind, never their values. */
    inline constexpr QLatin1String SuggestionShown{"suggestion_shown"};
    inline constexpr QLatin1String SuggestionAccepted{"suggestion_accepted"};
    inline constexpr QLatin1String SuggestionEdited{"suggestion_edited"};
    inline constexpr QLatin1String SuggestionRejected{"suggestion_rejected"};
    inline constexpr QLatin1String SuggestionUsedInForm{"suggestion_used_in_form"};
    /**
     * The coach recorded that the person disagreed with a suggestion, or with the decision on it (issue 17 §4).
     * The object is the person; the detail names the suggestion history entry, what was disputed and the tool
     * ("suggestion=<id>;about=decision;tool=matching;disagreement=<id>"), never the person's words.
     */
    inline constexpr QLatin1String SuggestionDisputed{"suggestion_disputed"};

    // Forms.
    inline constexpr QLatin1String FormStarted{"form_started"};
    inline constexpr QLatin1String FormDiscarded{"form_discarded"};
    inline constexpr QLatin1String FormFinished{"form_finished"};
    inline constexpr QLatin1String FormPdfSavedOutsideVault{"form_pdf_saved_outside_vault"};
    inline constexpr QLatin1String FormPrinted{"form_printed"};

    // Outreach (docs/outreach.md). The object is the partner's, session's or referral's id; never a name.
    inline constexpr QLatin1String PartnerAdded{"partner_added"};
    inline constexpr QLatin1String PartnerChanged{"partner_changed"};
    inline constexpr QLatin1String PartnerRemoved{"partner_removed"};
    inline constexpr QLatin1String OutreachSessionRecorded{"outreach_session_recorded"};
    inline constexpr QLatin1String OutreachSessionRemoved{"outreach_session_removed"};
    /** A referral was made; the detail names the partner's id and whether consent was recorded with it. */
    inline constexpr QLatin1String ReferralMade{"referral_made"};
    /** A referral's outcome was recorded; the detail is the outcome's key. */
    inline constexpr QLatin1String ReferralOutcome{"referral_outcome"};

    // The youth guarantee (docs/youth-guarantee.md).
    /** The youth guarantee list was shown; no object, the detail counts the people listed and those overdue. */
    inline constexpr QLatin1String YouthGuaranteeViewed{"youth_guarantee_viewed"};
    /** An offer was recorded; the object is the person, the detail the offer's id and its source's kind and id. */
    inline constexpr QLatin1String YouthOfferRecorded{"youth_offer_recorded"};
    /** The guarantee's age band or weeks changed; the detail holds the new numbers. */
    inline constexpr QLatin1String YouthSettingsChanged{"youth_settings_changed"};
    // Aggregate reports (docs/reports.md). No object: the detail holds the period, the tables' keys and counts of
    // tables and cells, never a label, a count or a person.
    /** A report was built and shown, printed or saved on this device. */
    inline constexpr QLatin1String ReportBuilt{"report_built"};
    /** A report bundle was written; the object is its bundle id, the detail the recipient's key id and period. */
    inline constexpr QLatin1String ReportExported{"report_exported"};
    /** Report bundles were merged; the detail names each bundle id and the number of devices. */
    inline constexpr QLatin1String ReportsMerged{"reports_merged"};
    // Employers (docs/employers.md). The object is the employer's id, or the person's for a put-forward; the
    // detail holds ids and keys only, never an employer's, a contact's or a person's name.
    /** The employers directory was opened or listed; the detail counts the employers shown. */
    inline constexpr QLatin1String EmployersListed{"employers_listed"};
    /** One employer's record (contacts, engagements, outcomes) was looked at. */
    inline constexpr QLatin1String EmployerViewed{"employer_viewed"};
    inline constexpr QLatin1String EmployerAdded{"employer_added"};
    inline constexpr QLatin1String EmployerChanged{"employer_changed"};
    /** A contact at an employer was added, changed or removed; the detail is the contact's id. */
    inline constexpr QLatin1String EmployerContactAdded{"employer_contact_added"};
    inline constexpr QLatin1String EmployerContactChanged{"employer_contact_changed"};
    inline constexpr QLatin1String EmployerContactRemoved{"employer_contact_removed"};
    /** An engagement with an employer was logged; the detail names the engagement's id and kind. */
    inline constexpr QLatin1String EmployerEngagement{"employer_engagement"};
    /** A person was put forward for a vacancy; the detail names the put-forward, employer and vacancy ids. */
    inline constexpr QLatin1String PutForward{"put_forward"};
    /** What came of a put-forward; the detail names it and the outcome's key. */
    inline constexpr QLatin1String PutForwardOutcome{"put_forward_outcome"};
} // namespace AuditAction
