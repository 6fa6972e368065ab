#pragma once

#include <QMap>
#include <QString>

/**
 * The detail of a suggestion's audit entry, written and read in one place. The first part is what the entry
 * always held ("skill:skill.label", "skill:skill.label:present", "licence", "date:form:edited"); for
 * suggestion_shown it counts the suggestions shown by kind ("skill=2,date=1"). After it, separated by ';',
 * come the engine and taxonomy versions that made the suggestion and, for a decision, how many milliseconds
 * after the suggestion was first shown it was taken:
 *
 *     skill:skill.label;engine=notes-1;taxonomy=builtin-1a2b3c4d;after_ms=5230
 *
 * Entries written before the versions were recorded have only the first part; they read with empty versions
 * and no time. Ids, kinds and numbers only: never a value, a label or a word of the note.
 */
struct SuggestionAuditDetail
{
    QString head;
    QString engine;
    QString taxonomy;
    /** Milliseconds from first shown to this decision; -1 when not known. */
    qint64 afterMs = -1;

    QString toString() const;
    static SuggestionAuditDetail parse(const QString &detail);

    /** The kind a decision was about: the head up to its first ':' ("skill"). */
    QString kind() const;
    /** For suggestion_shown: how many of each kind were shown; kinds with a count that is not a number are left out. */
    QMap<QString, int> shownCounts() const;
    static QString shownHead(const QMap<QString, int> &counts);
};
