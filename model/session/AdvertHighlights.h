#pragma once

#include "model/session/VacancyReadingStore.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class Taxonomy;

/** One span of an advert's text where a skill was recognised, and what it was read as. */
struct AdvertHighlight
{
    /** UTF-16 offsets into VacancyText::description. */
    qint32 begin = 0;
    qint32 end = 0;
    QString conceptId;
    QString label;
    float confidence = 0;
};

/**
 * The skills an advert states, as spans of its text to highlight (issue 12 §5): each names its concept and
 * how sure the reading was, for a tooltip and for the plain list under the text that screen readers read.
 */
class AdvertHighlights
{
    Q_DECLARE_TR_FUNCTIONS(AdvertHighlights)

public:
    /**
     * The stated skills of `text` in the order they appear; spans outside the text are left out, and of two
     * that overlap the earlier (then the surer) is kept, so each character has at most one highlight.
     */
    static QVector<AdvertHighlight> of(const VacancyText &text, const Taxonomy &taxonomy);
    /** "infection control (92% sure)", in the UI's language. */
    static QString describe(const AdvertHighlight &highlight);
    /** "Recognised skills: infection control (92% sure) and …", or that none were; for the list under the text. */
    static QString summary(const QVector<AdvertHighlight> &highlights, bool stale = false);
};
