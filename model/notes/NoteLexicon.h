#pragma once

#include "model/matching/SkillNormaliser.h"
#include "model/notes/ExtractedSuggestion.h"
#include "model/notes/NoteTokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

/**
 * The phrases the extractor looks for, keyed by their words folded like LabelMatcher::variantKey:
 * availability and barrier phrases from resources/extractor/, then the taxonomy's concept and
 * occupation labels (preferred before alternative), then job phrases ("care work") that name an
 * occupation. Too-generic labels (stoplist.txt) are left out. scan() finds the longest phrase at
 * each word, left to right, so spans never overlap.
 *
 * Welsh is read beside English, not instead of it: the Welsh lexicons (resources/extractor/cy/) and the
 * taxonomy's Welsh names are added after the English ones, and a word may also match in any radical
 * form (WelshMutation), but only where the phrase it completes is Welsh. Both sets run on every note
 * rather than guessing its language, because coaches switch language inside a note and a wrong guess
 * would lose a whole sentence; the two sets share almost no keys, so running both costs little.
 */
class NoteLexicon
{
public:
    enum class EntryKind
    {
        Concept,
        Occupation,
        JobPhrase,
        Barrier,
        Availability,
    };

    enum class CaseRule
    {
        Any,
        Capitalised,
        Capitals,
    };

    struct Entry
    {
        EntryKind kind = EntryKind::Concept;
        int target = -1; // concept or occupation index
        QString value;   // barrier key or availability value
        bool noNegationCheck = false;
        bool needsCue = false;
        bool negative = false;
        /**
         * An acronym label ("TA", "FORS") only matches a word written in capitals (else "for" would be
         * FORS standards); a capitalised one-word label ("Polish", "Prevent") only a capitalised word.
         */
        CaseRule caseRule = CaseRule::Any;
        /** From a Welsh lexicon or a Welsh taxonomy name: only these may be reached through a mutated word. */
        bool welsh = false;
    };

    struct Phrase
    {
        QVector<Entry> entries;
    };

    struct Match
    {
        int first = 0; // token index
        int last = 0;  // inclusive
        const Phrase *phrase = nullptr;
        /** A word was read in its radical form (WelshMutation), so only Welsh entries apply. */
        bool mutated = false;
    };

    /** The longest label, in words, that is looked for. */
    static constexpr int MaxPhraseWords = 8;

    /** Without a normaliser only the resource lexicons are used. */
    explicit NoteLexicon(std::shared_ptr<const SkillNormaliser> normaliser);

    QVector<Match> scan(const QVector<NoteToken> &tokens) const;
    const Phrase *phrase(const QString &key) const;
    const SkillNormaliser *normaliser() const { return m_normaliser.get(); }

    /** A suggestion for a taxonomy concept: a skill, a licence, or a qualification when the label names one. */
    ExtractedSuggestion conceptSuggestion(int conceptIndex, qsizetype start, qsizetype length, double confidence) const;

    static bool caseAllows(const Entry &entry, const NoteToken &token);
    /** Whether `entry` applies to `match`: its case rule allows the first word, and a mutated match needs Welsh. */
    static bool applies(const Entry &entry, const Match &match, const NoteToken &first);
    static CaseRule caseRuleOf(const QString &label);
    /** Lines of a compiled-in lexicon (resources/extractor/), without comments and blank lines. */
    static QStringList lines(const QString &name);

private:
    void addPhrase(const QString &label, const Entry &entry, bool replaceable);
    void load();
    /** Availability and barrier phrases from one language's files ("" for English, "cy/" for Welsh). */
    void loadPhraseFiles(const QString &folder);
    /** The taxonomy's Welsh names, as Welsh entries for the same concepts and occupations. */
    void loadWelshLabels();

    std::shared_ptr<const SkillNormaliser> m_normaliser;
    QHash<QString, Phrase> m_phrases;
    QSet<QString> m_prefixes;
    QSet<QString> m_stoplist;
    /** Every word of a Welsh phrase: a radical form that is none of them cannot complete a Welsh phrase. */
    QSet<QString> m_welshWords;
};
