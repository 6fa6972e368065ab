#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

/** One word of a note, folded for lookup. */
struct NoteToken
{
    qsizetype start = 0;
    qsizetype end = 0;
    /** The word folded like LabelMatcher::variantKey ("Organizations" -> "organisation"). */
    QString key;
    /** 0: only spaces since the previous token; 1: a comma or bracket; 2: a sentence or clause end. */
    int breakBefore = 0;
    /** The token as written is all upper case (an acronym). */
    bool upper = false;
    /** The token as written starts with a capital letter. */
    bool capital = false;
    /**
     * Written like a product or technical name: a capital after the first letter ("TypeScript",
     * "DevOps"), a digit, "#" or "+" ("C#", "C++", "S3").
     */
    bool technical = false;
};

/**
 * Splits a note into words and remembers how strongly punctuation separates them, so a phrase is
 * never matched across a sentence end and a cue is only looked for within its clause. "&" is the
 * word "and"; "doesn't" is one word "doesnt", as LabelMatcher::normalise writes it.
 *
 * Linear in the text.
 */
class NoteTokenizer
{
public:
    static QVector<NoteToken> tokenize(const QString &text);

    /** A phrase's words as tokens' keys: variantKey, split at spaces. */
    static QStringList keyWords(const QString &phrase);

    /** One of the phrases ends at token `at`, without a sentence end inside it. */
    static bool phraseEndsAt(const QVector<NoteToken> &tokens, int at, const QVector<QStringList> &phrases);
    /** One of the phrases starts at token `at`, without a sentence end inside it. */
    static bool phraseStartsAt(const QVector<NoteToken> &tokens, int at, const QVector<QStringList> &phrases);
};
