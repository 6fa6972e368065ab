#pragma once

#include "model/core/Result.h"
#include "model/matching/Vacancy.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class Database;
class VacancyReadingSource;

/** One vacancy as its detail view shows it: the advert's words and what was read of them. */
struct VacancyText
{
    QString title;
    QString description;
    /** Empty when the vacancy was never read, or was read against another taxonomy (then `stale`). */
    VacancyReading reading;
    bool stale = false;
};

/**
 * The readings stored with vacancies (`vacancy_readings`, schema 17) beyond what an import writes:
 * reading again the open vacancies whose reading is missing or stale after the taxonomy changed, and
 * loading one vacancy's text and reading for showing. The SQL for the table lives here and in
 * VacancyBundle (writing) and VacancyIndex::build (reading for matching).
 */
class VacancyReadingStore
{
    Q_DECLARE_TR_FUNCTIONS(VacancyReadingStore)

public:
    /** Called with the vacancies read so far and how many need reading; return false to cancel. */
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /**
     * Reads every open vacancy (not withdrawn, closing `today` or later) that has no reading with the
     * reader's stamp, and stores what it reads, in the caller's transaction. Returns how many were read.
     */
    static Result<qint64>
    refresh(Database &db, const VacancyReadingSource &reader, const QDate &today, const Progress &progress = {});
    /** How many open vacancies have no reading with this stamp. */
    static Result<qint64> unreadCount(Database &db, qint64 stamp, const QDate &today);
    /**
     * The vacancy with this id (an open one before a withdrawn one, the newest first) with its description
     * and its reading; a reading with another stamp is left out and flagged stale.
     */
    static Result<VacancyText> load(Database &db, const QString &vacancyId, qint64 stamp);

    /** Vacancies read and written per step of refresh(): one batch for the reader's threads. */
    static constexpr qsizetype BatchSize = 256;
};
