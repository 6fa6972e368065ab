#include "model/session/AdvertHighlights.h"

#include "model/matching/Taxonomy.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

QVector<AdvertHighlight> AdvertHighlights::of(const VacancyText &text, const Taxonomy &taxonomy)
{
    QVector<AdvertHighlight> all;
    for (const ReadSkill &skill : text.reading.skills) {
        if (skill.source != SkillSource::Stated || skill.begin < 0 || skill.end <= skill.begin ||
            skill.end > text.description.size())
            continue;
        all.append({skill.begin, skill.end, skill.conceptId, taxonomy.displayLabel(skill.conceptId), skill.confidence});
    }
    std::sort(all.begin(), all.end(), [](const AdvertHighlight &a, const AdvertHighlight &b) {
        return a.begin != b.begin ? a.begin < b.begin : a.confidence > b.confidence;
    });
    QVector<AdvertHighlight> kept;
    for (const AdvertHighlight &h : std::as_const(all)) {
        if (kept.isEmpty() || h.begin >= kept.constLast().end)
            kept.append(h);
    }
    return kept;
}

QString AdvertHighlights::describe(const AdvertHighlight &highlight)
{
    //: A skill recognised in an advert and how sure the reading was, e.g. "infection control (92% sure)"
    return tr("%1 (%2% sure)").arg(highlight.label).arg(int(std::lround(highlight.confidence * 100)));
}

QString AdvertHighlights::summary(const QVector<AdvertHighlight> &highlights, bool stale)
{
    if (stale)
        return tr("This advert has not been read with the skills taxonomy in use yet, so no skills are highlighted.");
    if (highlights.isEmpty())
        return tr("No skills were recognised in this advert's text.");
    QStringList items;
    for (const AdvertHighlight &h : highlights)
        items.append(describe(h));
    return tr("Recognised skills: %1.").arg(QLocale().createSeparatedList(items));
}
