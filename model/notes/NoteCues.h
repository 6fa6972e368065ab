#pragma once

#include "model/notes/NoteTokenizer.h"

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

/**
 * The words around a phrase that change what it means: negation ("no licence", "hasn't got"), a
 * resolved problem ("housing sorted now"), someone else's condition ("his mum has MS"), a job goal
 * ("wants to be a ...") or past work ("used to be a ..."), and availability cues ("can do
 * mornings"). Read from resources/extractor/negation.txt, job_cues.txt and availability_cues.txt.
 */
class NoteCues
{
public:
    NoteCues();

    /** A negation ends within a few words before token `first`, in the same clause. */
    bool negatedBefore(const QVector<NoteToken> &tokens, int first) const;
    /** A negation follows within a few words ("... not needed"). */
    bool negatedAfter(const QVector<NoteToken> &tokens, int last) const;
    /** Something that says a barrier is not one ("no problems with"). */
    bool barrierNegatedBefore(const QVector<NoteToken> &tokens, int first) const;
    /** The condition belongs to someone else ("her son has"). */
    bool someoneElseBefore(const QVector<NoteToken> &tokens, int first) const;
    /** The problem is said to be over ("... sorted now"). */
    bool resolvedAfter(const QVector<NoteToken> &tokens, int last) const;
    /** 1 for a job-goal cue, -1 for a past-work cue (or a negated goal), 0 for none. */
    int jobCueBefore(const QVector<NoteToken> &tokens, int first) const;
    bool availabilityCueNear(const QVector<NoteToken> &tokens, int first, int last) const;

    /** Words looked at around a phrase for negation and cues. */
    static constexpr int NegationWindow = 6;
    static constexpr int JobCueWindow = 12;
    static constexpr int AvailabilityCueBefore = 4;
    static constexpr int AvailabilityCueAfter = 3;
    static constexpr int ResolvedWindow = 4;

private:
    static bool negatedBy(const QVector<NoteToken> &tokens, int first, const QVector<QStringList> &negations);
    static bool followedBy(const QVector<NoteToken> &tokens, int last, const QVector<QStringList> &phrases);

    QVector<QStringList> m_negations;
    QVector<QStringList> m_afterNegations;
    QVector<QStringList> m_resolved;
    QVector<QStringList> m_barrierNegations;
    QVector<QStringList> m_someoneElse;
    QVector<QStringList> m_goalCues;
    QVector<QStringList> m_pastCues;
    QSet<QString> m_availabilityCues;
};
