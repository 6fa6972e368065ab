#pragma once

#include "model/notes/ExtractedSuggestion.h"

#include <QDate>
#include <QString>
#include <QVector>

/**
 * Finds hours a week ("16 hours", "full time"), dates ("next Tuesday", "3rd March", "since
 * Christmas") and durations ("for two years", "6 months out of work") in a note, by patterns.
 * Dates without a year are read against `today`. Each finder appends to `out` and never lets two
 * of its own spans overlap.
 */
class NoteTimeFinder
{
public:
    explicit NoteTimeFinder(QDate today = QDate::currentDate());

    QDate today() const { return m_today; }

    void findHours(const QString &text, QVector<ExtractedSuggestion> &out) const;
    void findDates(const QString &text, QVector<ExtractedSuggestion> &out) const;
    void findDurations(const QString &text, QVector<ExtractedSuggestion> &out) const;

private:
    QDate m_today;
};
