#pragma once

#include "model/notes/ExtractedSuggestion.h"
#include "model/notes/NoteCues.h"
#include "model/notes/NoteLexicon.h"

#include <QString>
#include <QVector>

#include <memory>

/**
 * Finds qualifications as people write them ("NVQ level 2 in health and social care", "GCSE
 * English and maths at grade C", "degree in history"), each coordinated GCSE subject on its own.
 * One that says the same as a taxonomy licence label ("Level 3 diploma in childcare" is "Level 3
 * childcare") becomes that concept; otherwise it is kept as written. Negated ones ("no NVQ") are
 * left out.
 */
class QualificationFinder
{
public:
    QualificationFinder(std::shared_ptr<const NoteLexicon> lexicon, std::shared_ptr<const NoteCues> cues);

    /** Appends in text order. */
    void find(const QString &text, const QVector<NoteToken> &tokens, QVector<ExtractedSuggestion> &out) const;

private:
    std::shared_ptr<const NoteLexicon> m_lexicon;
    std::shared_ptr<const NoteCues> m_cues;
};
