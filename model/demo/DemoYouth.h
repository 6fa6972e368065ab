#pragma once

#include "model/core/Result.h"

#include <QDate>
#include <QtGlobal>

class Vault;

/**
 * The youth guarantee part of the demo vault (docs/youth-guarantee.md): up to 21 open cases of the demo caseload
 * become young people in the band (their date of birth and the day they joined are set), some not in work,
 * education or training for a few weeks and some for months past the due-by date, some offered a place in time and
 * some late, and some in education, training, work or an apprenticeship, so the youth guarantee view shows every
 * state on first open. Made through RecordStore and YouthGuarantee, as the app does, in one transaction; its cost
 * does not grow with the caseload (no more than 21 people are touched). Synthetic: no real person.
 */
namespace DemoYouth
{
    Status generate(Vault &vault, quint32 seed, QDate today = {});
} // namespace DemoYouth
