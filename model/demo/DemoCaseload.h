#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Vault;

/**
 * A synthetic caseload for demonstrations, training and performance work. Every value is made up:
 * names are drawn from common English, Welsh and other UK names, NI numbers and postcodes only have
 * the right shape, phone numbers are in Ofcom's range reserved for drama, and email addresses use
 * example.com. The same seed and reference date always give the same records (ids and timestamps aside).
 */
class DemoCaseload
{
    Q_DECLARE_TR_FUNCTIONS(DemoCaseload)

public:
    /**
     * Adds `people` people, each with a full set of records, through RecordStore in one transaction:
     * either all of them are added or none are. `progress` is called with the number of people done so far.
     * Dates (upcoming appointments, due dates) are placed around `today`, or the current date if not given.
     */
    static Status generate(
        Vault &vault, int people, quint32 seed = 1, const std::function<void(int)> &progress = {}, QDate today = {});
    /**
     * Adds `count` synthetic vacancies in the demo towns (with those towns' postcode areas placed, as a
     * geodata bundle would), as if a publisher called "Waymark demo data" had sent them. One transaction.
     */
    static Status addVacancies(Vault &vault, int count, quint32 seed = 1, QDate today = {});
};
