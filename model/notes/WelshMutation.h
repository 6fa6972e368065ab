#pragma once

#include <QString>
#include <QStringList>

/**
 * Undoes Welsh initial mutations, so a note's "drwydded" or "yrru" can be looked up as "trwydded" and
 * "gyrru". Welsh changes a word's first sound after certain words ("ei drwydded", "dim gar", "yn
 * ofalwr"), and a lexicon that only holds radical (dictionary) forms would miss most of a Welsh note.
 *
 * radicals() gives every radical a word could have come from by the soft, nasal or aspirate mutation
 * (and h- before a vowel). Some are not words; the caller keeps only those its lexicon holds, and only
 * for Welsh phrases, so an English word ("dry", "fan") is never read as a mutated Welsh one.
 *
 * Works on words folded like LabelMatcher::variantKey (lower case, no accents).
 */
class WelshMutation
{
public:
    /** The possible radical forms of `word`, without `word` itself and without repeats; empty when none. */
    static QStringList radicals(const QString &word);
};
