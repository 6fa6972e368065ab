#pragma once

#include "model/core/Result.h"

#include <QtGlobal>

class Vault;

/**
 * The outreach part of the demo vault (docs/outreach.md): a few local partners of the coach's own in the demo
 * towns, outreach sessions over the last three months, and referrals for some of the people already on the
 * caseload with outcomes along the way, so every outreach screen shows something real on first open. Made through
 * the same model classes the app uses (PartnerDirectory, OutreachSessions, Referrals). Synthetic: no real person
 * or organisation.
 */
namespace DemoOutreach
{
    /** Adds the partners and sessions, and referrals for up to `maxReferrals` people on the caseload. */
    Status generate(Vault &vault, quint32 seed, int maxReferrals = 40);
} // namespace DemoOutreach
