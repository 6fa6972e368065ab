#pragma once

#include "model/core/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QPair>
#include <QString>
#include <QVector>

class Database;

/**
 * What Waymark understood of the open vacancies an admin imported (issue 12 §5), from the readings stored
 * with them: how many got an occupation, the median skills per vacancy by where they came from, and the
 * titles that mapped to no occupation, most frequent first, so the admin can see what the feed needs.
 * Counts and titles only: vacancies are not about people.
 */
class FeedReport
{
    Q_DECLARE_TR_FUNCTIONS(FeedReport)

public:
    /** Open vacancies (not withdrawn, closing today or later) counted. */
    qint64 vacancies = 0;
    /** Of those, read against the taxonomy in use (the others match by title and listing only). */
    qint64 read = 0;
    qint64 withOccupation = 0;
    double medianStated = 0;
    double medianImplied = 0;
    double medianListed = 0;
    /** Titles of read vacancies that mapped to no occupation, with how many vacancies carry each. */
    QVector<QPair<QString, qint64>> unmappedTitles;
    /** How many distinct titles mapped to nothing, of which unmappedTitles shows the first few. */
    qint64 unmappedTitleCount = 0;

    /**
     * The report for the open vacancies of one publisher (its key id, as vacancies store it) or of all when
     * `publisherKey` is empty; readings with another stamp count as not read. `top` bounds unmappedTitles.
     */
    static Result<FeedReport>
    compute(Database &db, qint64 stamp, const QDate &today, const QString &publisherKey = {}, int top = 10);

    /** The report as lines of text, in the UI's language (waymark-cli prints it; the dialog offers a copy). */
    QString text() const;
    /** "3 of 4 (75%)" style share of `part` in `whole`, in the UI's language. */
    static QString share(qint64 part, qint64 whole);
};
