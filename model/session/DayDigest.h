#pragma once

#include "model/core/Result.h"
#include "model/vault/VaultSetting.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QVector>

class FormCatalogue;
class Vault;

/** Where an item of the day leads: the person's workspace tab, or a vault-wide view. */
enum class DigestTarget
{
    Appointments,
    ActionPlan,
    Notes,
    Forms,
    Conflicts,
    Matches,
    /** Items from bundles held back by the checks; no person: the quarantine view. */
    Quarantine,
};

enum class DigestSection
{
    AppointmentsToday,
    AppointmentsThisWeek,
    OverdueActions,
    NotContacted,
    UnfinishedDrafts,
    ConflictsWaiting,
    NewVacancyFits,
};

/** One line of the start page: who, what, when, and where activating it leads. */
struct DigestItem
{
    /** Empty for an item about the vault rather than a person (quarantine). */
    QString personId;
    /** "Family, Given", as the caseload list shows it. */
    QString personName;
    /** One translated sentence about the item, without the name. */
    QString what;
    /** Stored form ("yyyy-MM-dd" or "yyyy-MM-dd HH:mm"); empty when the item has no date. */
    QString when;
    DigestTarget opens = DigestTarget::Notes;
};

struct DigestSectionItems
{
    DigestSection section = DigestSection::AppointmentsToday;
    QVector<DigestItem> items;
    /** How many there are in all; items holds at most DayDigestOptions::maxItems of them. */
    int total = 0;
};

struct DayDigestOptions
{
    QDate today;
    /** A person is listed as not contacted when their last contact is this many weeks before today, or more. */
    int notContactedWeeks = 4;
    /** Items listed per section; the total is still counted. */
    int maxItems = 50;
};

/**
 * What a coach's day holds, read from an unlocked vault for the start page and `waymark-cli today`: appointments
 * today and in the six days after, action-plan items open past their due date, open cases not contacted for
 * some weeks, form drafts not finished, and sync conflicts and quarantined items waiting for a decision. New
 * vacancies that fit someone are NewVacancyFits (they need the matching context).
 *
 * "Contact" is the latest note written about the person or appointment marked attended, whichever is later;
 * a person with neither counts from the day they were added. A record edited without a conversation (a postcode
 * corrected, a skill added) is not contact.
 *
 * It only reads: nothing is audited, since listing someone is not viewing their record (opening them is).
 * Closed cases are left out, except from conflicts and drafts, which still wait for someone.
 */
class DayDigest
{
    Q_DECLARE_TR_FUNCTIONS(DayDigest)

public:
    /**
     * The sections that make sense for the vault's setting: everything for a work coach; no vacancies and no
     * "not contacted" at a GP practice (patients are not chased for contact, nor matched to jobs); an admin vault
     * holds no caseload work, so only conflicts and quarantine.
     */
    static QVector<DigestSection> sectionsFor(VaultSetting setting);
    /** Every section of `sectionsFor(vault.setting())` except NewVacancyFits, in that order. */
    static Result<QVector<DigestSectionItems>>
    build(Vault &vault, const DayDigestOptions &options, const FormCatalogue *forms = nullptr);
    /** Whether the caseload has nobody in it (the start page then offers to add someone or import a caseload). */
    static Result<bool> caseloadEmpty(Vault &vault);

    /** Translated heading of a section. */
    static QString title(DigestSection section, const DayDigestOptions &options);
    /** Stable names for JSON: "appointments_today", "matches", … */
    static QString key(DigestSection section);
    static QString key(DigestTarget target);

private:
    static Result<DigestSectionItems> appointments(Vault &vault, const DayDigestOptions &options, bool today);
    static Result<DigestSectionItems> overdueActions(Vault &vault, const DayDigestOptions &options);
    static Result<DigestSectionItems> notContacted(Vault &vault, const DayDigestOptions &options);
    static Result<DigestSectionItems>
    unfinishedDrafts(Vault &vault, const DayDigestOptions &options, const FormCatalogue *forms);
    static Result<DigestSectionItems> conflictsWaiting(Vault &vault, const DayDigestOptions &options);
};
