#pragma once

#include "model/core/Result.h"

#include <QtGlobal>

class Vault;

/**
 * The employers part of the demo vault (docs/employers.md): a few employers of the coach's own, contacts and
 * engagements with the employers the demo vacancies name, and people on the caseload put forward for those
 * vacancies with their consent, some invited to interview and some started, so the employers screens show
 * something real on first open. Made through the same model classes the app uses (EmployerDirectory,
 * PutForwards). Synthetic: no real person or organisation. Call after the demo vacancies are in.
 */
namespace DemoEmployers
{
    /** Adds the employers and engagements, and put-forwards for up to `maxPutForwards` people on the caseload. */
    Status generate(Vault &vault, quint32 seed, int maxPutForwards = 30);
} // namespace DemoEmployers
