#include "NoteCues.h"

#include "model/matching/LabelMatcher.h"
#include "model/notes/NoteLexicon.h"

NoteCues::NoteCues()
{
    // English cues, then Welsh ones (resources/extractor/cy/): both apply to every note.
    for (const QString &folder : {QString(), QStringLiteral("cy/")}) {
        for (const QString &line : NoteLexicon::lines(folder + QStringLiteral("negation.txt"))) {
            const QString where = line.section(QLatin1Char('|'), 0, 0);
            const QStringList words = NoteTokenizer::keyWords(line.section(QLatin1Char('|'), 1));
            if (words.isEmpty())
                continue;
            if (where == QLatin1String("before"))
                m_negations.append(words);
            else if (where == QLatin1String("after"))
                m_afterNegations.append(words);
            else if (where == QLatin1String("resolved"))
                m_resolved.append(words);
            else if (where == QLatin1String("barrier"))
                m_barrierNegations.append(words);
            else if (where == QLatin1String("someone"))
                m_someoneElse.append(words);
        }
        for (const QString &line : NoteLexicon::lines(folder + QStringLiteral("job_cues.txt"))) {
            const QStringList words = NoteTokenizer::keyWords(line.section(QLatin1Char('|'), 1));
            if (words.isEmpty())
                continue;
            if (line.startsWith(QLatin1String("goal|")))
                m_goalCues.append(words);
            else if (line.startsWith(QLatin1String("past|")))
                m_pastCues.append(words);
        }
        for (const QString &line : NoteLexicon::lines(folder + QStringLiteral("availability_cues.txt")))
            m_availabilityCues.insert(LabelMatcher::variantKey(line));
    }
}

bool NoteCues::negatedBefore(const QVector<NoteToken> &tokens, int first) const
{
    return negatedBy(tokens, first, m_negations);
}

bool NoteCues::negatedAfter(const QVector<NoteToken> &tokens, int last) const
{
    return followedBy(tokens, last, m_afterNegations);
}

bool NoteCues::barrierNegatedBefore(const QVector<NoteToken> &tokens, int first) const
{
    return negatedBy(tokens, first, m_barrierNegations);
}

bool NoteCues::someoneElseBefore(const QVector<NoteToken> &tokens, int first) const
{
    return negatedBy(tokens, first, m_someoneElse);
}

bool NoteCues::resolvedAfter(const QVector<NoteToken> &tokens, int last) const
{
    return followedBy(tokens, last, m_resolved);
}

bool NoteCues::negatedBy(const QVector<NoteToken> &tokens, int first, const QVector<QStringList> &negations)
{
    static const QSet<QString> clauseStops = {
        QStringLiteral("but"),
        QStringLiteral("although"),
        QStringLiteral("though"),
        QStringLiteral("however"),
        QStringLiteral("whereas"),
        QStringLiteral("has"),
        QStringLiteral("have"),
        QStringLiteral("got"),
        QStringLiteral("holds"),
        QStringLiteral("hold"),
        QStringLiteral("and"),
        // Welsh "but", "and"; "mae ganddo" (he has) is the clause's own verb.
        QStringLiteral("ond"),
        QStringLiteral("ac"),
        QStringLiteral("ganddo"),
        QStringLiteral("ganddi"),
    };
    for (int t = first - 1; t >= 0 && t >= first - NegationWindow; --t) {
        if (tokens.at(t + 1).breakBefore >= 1)
            return false;
        if (NoteTokenizer::phraseEndsAt(tokens, t, negations))
            return true;
        if (clauseStops.contains(tokens.at(t).key))
            return false;
    }
    return false;
}

bool NoteCues::followedBy(const QVector<NoteToken> &tokens, int last, const QVector<QStringList> &phrases)
{
    for (int t = last + 1; t < tokens.size() && t <= last + ResolvedWindow; ++t) {
        if (tokens.at(t).breakBefore >= 2)
            return false;
        if (NoteTokenizer::phraseStartsAt(tokens, t, phrases))
            return true;
    }
    return false;
}

int NoteCues::jobCueBefore(const QVector<NoteToken> &tokens, int first) const
{
    static const QSet<QString> negators = {
        QStringLiteral("not"),
        QStringLiteral("doesnt"),
        QStringLiteral("dont"),
        QStringLiteral("never"),
        QStringLiteral("no"),
        QStringLiteral("isnt"),
        QStringLiteral("ddim"),
        QStringLiteral("dim"),
        QStringLiteral("nid"),
    };
    for (int t = first - 1; t >= 0 && t >= first - JobCueWindow; --t) {
        if (tokens.at(t + 1).breakBefore >= 2)
            return 0;
        // The longest cue ending here decides ("used to be" is past, "wants to be" a goal).
        int goalLength = 0;
        int pastLength = 0;
        for (const QStringList &cue : m_goalCues) {
            if (cue.size() > goalLength && NoteTokenizer::phraseEndsAt(tokens, t, {cue}))
                goalLength = int(cue.size());
        }
        for (const QStringList &cue : m_pastCues) {
            if (cue.size() > pastLength && NoteTokenizer::phraseEndsAt(tokens, t, {cue}))
                pastLength = int(cue.size());
        }
        if (pastLength > 0 && pastLength >= goalLength)
            return -1;
        if (goalLength > 0) {
            const int before = t - goalLength;
            if (before >= 0 && tokens.at(before + 1).breakBefore == 0 && negators.contains(tokens.at(before).key))
                return -1;
            return 1;
        }
    }
    return 0;
}

bool NoteCues::availabilityCueNear(const QVector<NoteToken> &tokens, int first, int last) const
{
    for (int t = first - 1; t >= 0 && t >= first - AvailabilityCueBefore; --t) {
        if (tokens.at(t + 1).breakBefore >= 2)
            break;
        if (m_availabilityCues.contains(tokens.at(t).key))
            return true;
    }
    for (int t = last + 1; t < tokens.size() && t <= last + AvailabilityCueAfter; ++t) {
        if (tokens.at(t).breakBefore >= 2)
            break;
        if (m_availabilityCues.contains(tokens.at(t).key))
            return true;
    }
    return false;
}
