#include "NoteLexicon.h"

#include <QFile>

#include <algorithm>

namespace
{
    /** Preferred labels that name a qualification (as opposed to a card, licence or check). */
    bool isQualificationLabel(const QString &label)
    {
        static const QStringList starts = {
            QStringLiteral("gcse"),
            QStringLiteral("nvq"),
            QStringLiteral("svq"),
            QStringLiteral("level "),
            QStringLiteral("btec"),
            QStringLiteral("functional skills"),
            QStringLiteral("a level"),
            QStringLiteral("hnc"),
            QStringLiteral("hnd"),
            QStringLiteral("degree"),
            QStringLiteral("aat"),
            QStringLiteral("ilm"),
            QStringLiteral("diploma"),
            QStringLiteral("qcf"),
            QStringLiteral("city and guilds"),
        };
        const QString lower = label.toLower();
        for (const QString &s : starts) {
            if (lower.startsWith(s))
                return true;
        }
        return false;
    }
} // namespace

NoteLexicon::NoteLexicon(std::shared_ptr<const SkillNormaliser> normaliser)
    : m_normaliser(std::move(normaliser))
{
    load();
}

QStringList NoteLexicon::lines(const QString &name)
{
    QFile file(QStringLiteral(":/extractor/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
            out.append(line);
    }
    return out;
}

void NoteLexicon::addPhrase(const QString &label, const Entry &entry, bool replaceable)
{
    const QStringList words = NoteTokenizer::keyWords(label);
    if (words.isEmpty() || words.size() > MaxPhraseWords)
        return;
    const QString key = words.join(QLatin1Char(' '));
    if ((entry.kind == EntryKind::Concept || entry.kind == EntryKind::Occupation) && m_stoplist.contains(key))
        return;
    Phrase &phrase = m_phrases[key];
    for (Entry &existing : phrase.entries) {
        if (existing.kind == entry.kind) {
            // The first label wins (preferred labels are added before alternatives).
            if (replaceable)
                existing = entry;
            return;
        }
    }
    phrase.entries.append(entry);
    QString prefix;
    for (const QString &w : words) {
        prefix = prefix.isEmpty() ? w : prefix + QLatin1Char(' ') + w;
        m_prefixes.insert(prefix);
    }
}

void NoteLexicon::load()
{
    for (const QString &line : lines(QStringLiteral("stoplist.txt")))
        m_stoplist.insert(LabelMatcher::variantKey(line));

    // Lexicon phrases first, so a taxonomy label never hides "no car" or "school hours".
    for (const QString &line : lines(QStringLiteral("availability.txt"))) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 2)
            continue;
        Entry e;
        e.kind = EntryKind::Availability;
        e.value = parts.at(1).trimmed();
        e.needsCue = parts.mid(2).contains(QStringLiteral("cue"));
        e.negative = parts.mid(2).contains(QStringLiteral("neg"));
        addPhrase(parts.at(0), e, false);
    }
    for (const QString &line : lines(QStringLiteral("barriers.txt"))) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 2)
            continue;
        Entry e;
        e.kind = EntryKind::Barrier;
        e.value = parts.at(1).trimmed();
        e.noNegationCheck = parts.mid(2).contains(QStringLiteral("n"));
        const QString label = parts.at(0).trimmed();
        e.caseRule = caseRuleOf(label); // "ME" and "MS" are conditions only in capitals
        addPhrase(label, e, false);
    }

    if (!m_normaliser)
        return;
    const Taxonomy &taxonomy = m_normaliser->taxonomy();
    QHash<QString, int> occupationByLabel;
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < taxonomy.concepts().size(); ++i) {
            const SkillConcept &c = taxonomy.concepts().at(i);
            if (c.type == ConceptType::Group)
                continue;
            const QStringList labels = pass == 0 ? QStringList{c.preferredLabel} : c.altLabels;
            for (const QString &label : labels) {
                Entry e;
                e.kind = EntryKind::Concept;
                e.target = i;
                e.caseRule = caseRuleOf(label);
                addPhrase(label, e, false);
            }
        }
        for (int i = 0; i < taxonomy.occupations().size(); ++i) {
            const Occupation &o = taxonomy.occupations().at(i);
            if (pass == 0)
                occupationByLabel.insert(LabelMatcher::variantKey(o.preferredLabel), i);
            const QStringList labels = pass == 0 ? QStringList{o.preferredLabel} : o.altLabels;
            for (const QString &label : labels) {
                Entry e;
                e.kind = EntryKind::Occupation;
                e.target = i;
                e.caseRule = caseRuleOf(label);
                addPhrase(label, e, false);
            }
        }
    }
    for (const QString &line : lines(QStringLiteral("job_phrases.txt"))) {
        const int target = occupationByLabel.value(LabelMatcher::variantKey(line.section(QLatin1Char('|'), 1)), -1);
        if (target < 0)
            continue; // an imported taxonomy without the occupation
        Entry e;
        e.kind = EntryKind::JobPhrase;
        e.target = target;
        addPhrase(line.section(QLatin1Char('|'), 0, 0), e, false);
    }
}

NoteLexicon::CaseRule NoteLexicon::caseRuleOf(const QString &label)
{
    const QString t = label.trimmed();
    if (t.isEmpty() || t.contains(QLatin1Char(' ')) || t.contains(QLatin1Char('-')) || !t.at(0).isLetter())
        return CaseRule::Any;
    const bool allCaps = t == t.toUpper() && t != t.toLower();
    if (allCaps && t.size() <= 5)
        return CaseRule::Capitals;
    if (t.at(0).isUpper() && !allCaps)
        return CaseRule::Capitalised;
    return CaseRule::Any;
}

bool NoteLexicon::caseAllows(const Entry &entry, const NoteToken &token)
{
    switch (entry.caseRule) {
    case CaseRule::Any:
        return true;
    case CaseRule::Capitalised:
        return token.capital;
    case CaseRule::Capitals:
        return token.upper;
    }
    return true;
}

const NoteLexicon::Phrase *NoteLexicon::phrase(const QString &key) const
{
    const auto it = m_phrases.constFind(key);
    return it == m_phrases.constEnd() ? nullptr : &*it;
}

QVector<NoteLexicon::Match> NoteLexicon::scan(const QVector<NoteToken> &tokens) const
{
    QVector<Match> matches;
    const int n = int(tokens.size());
    int i = 0;
    while (i < n) {
        int best = -1;
        const Phrase *bestPhrase = nullptr;
        QString key = tokens.at(i).key;
        for (int j = i; j < n && j - i < MaxPhraseWords; ++j) {
            if (j > i) {
                if (tokens.at(j).breakBefore >= 1)
                    break;
                key += QLatin1Char(' ') + tokens.at(j).key;
            }
            if (!m_prefixes.contains(key))
                break;
            if (const Phrase *p = phrase(key)) {
                const bool usable = std::any_of(p->entries.cbegin(), p->entries.cend(), [&](const Entry &e) {
                    return caseAllows(e, tokens.at(i));
                });
                if (usable) {
                    best = j;
                    bestPhrase = p;
                }
            }
        }
        if (best >= 0) {
            matches.append({i, best, bestPhrase});
            i = best + 1;
        } else {
            ++i;
        }
    }
    return matches;
}

ExtractedSuggestion
NoteLexicon::conceptSuggestion(int conceptIndex, qsizetype start, qsizetype length, double confidence) const
{
    const SkillConcept &c = m_normaliser->taxonomy().concepts().at(conceptIndex);
    ExtractedSuggestion s;
    if (c.type == ConceptType::Licence)
        s.kind = isQualificationLabel(c.preferredLabel) ? ExtractedSuggestion::Kind::Qualification
                                                        : ExtractedSuggestion::Kind::Licence;
    else
        s.kind = ExtractedSuggestion::Kind::Skill;
    s.value = c.preferredLabel;
    s.conceptId = c.id;
    s.preferredLabel = c.preferredLabel;
    s.start = start;
    s.length = length;
    s.confidence = confidence;
    return s;
}
