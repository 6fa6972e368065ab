#include "NoteLexicon.h"

#include "model/notes/WelshMutation.h"

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
    if (entry.welsh) {
        for (const QString &w : words)
            m_welshWords.insert(w);
    }
    QString prefix;
    for (const QString &w : words) {
        prefix = prefix.isEmpty() ? w : prefix + QLatin1Char(' ') + w;
        m_prefixes.insert(prefix);
    }
}

void NoteLexicon::loadPhraseFiles(const QString &folder)
{
    const bool welsh = !folder.isEmpty();
    for (const QString &line : lines(folder + QStringLiteral("availability.txt"))) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 2)
            continue;
        Entry e;
        e.kind = EntryKind::Availability;
        e.value = parts.at(1).trimmed();
        e.needsCue = parts.mid(2).contains(QStringLiteral("cue"));
        e.negative = parts.mid(2).contains(QStringLiteral("neg"));
        e.welsh = welsh;
        addPhrase(parts.at(0), e, false);
    }
    for (const QString &line : lines(folder + QStringLiteral("barriers.txt"))) {
        const QStringList parts = line.split(QLatin1Char('|'));
        if (parts.size() < 2)
            continue;
        Entry e;
        e.kind = EntryKind::Barrier;
        e.value = parts.at(1).trimmed();
        e.noNegationCheck = parts.mid(2).contains(QStringLiteral("n"));
        const QString label = parts.at(0).trimmed();
        e.caseRule = caseRuleOf(label); // "ME" and "MS" are conditions only in capitals
        e.welsh = welsh;
        addPhrase(label, e, false);
    }
}

void NoteLexicon::loadWelshLabels()
{
    const Taxonomy &taxonomy = m_normaliser->taxonomy();
    // Welsh names are written with a capital ("Cymorth cyntaf"), which is not a proper noun: only an
    // acronym keeps a case rule.
    const auto welshEntry = [](EntryKind kind, int target, const QString &label) {
        Entry e;
        e.kind = kind;
        e.target = target;
        e.welsh = true;
        e.caseRule = caseRuleOf(label) == CaseRule::Capitals ? CaseRule::Capitals : CaseRule::Any;
        return e;
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < taxonomy.concepts().size(); ++i) {
            const SkillConcept &c = taxonomy.concepts().at(i);
            const TranslatedLabels *welsh = taxonomy.welshLabels(c.id);
            if (!welsh || c.type == ConceptType::Group)
                continue;
            for (const QString &label : pass == 0 ? QStringList{welsh->preferred} : welsh->alternatives)
                addPhrase(label, welshEntry(EntryKind::Concept, i, label), false);
        }
        for (int i = 0; i < taxonomy.occupations().size(); ++i) {
            const TranslatedLabels *welsh = taxonomy.welshLabels(taxonomy.occupations().at(i).id);
            if (!welsh)
                continue;
            for (const QString &label : pass == 0 ? QStringList{welsh->preferred} : welsh->alternatives)
                addPhrase(label, welshEntry(EntryKind::Occupation, i, label), false);
        }
    }
}

void NoteLexicon::load()
{
    for (const QString &line : lines(QStringLiteral("stoplist.txt")))
        m_stoplist.insert(LabelMatcher::variantKey(line));

    // Lexicon phrases first, so a taxonomy label never hides "no car" or "school hours" ("dim car").
    loadPhraseFiles(QString());
    loadPhraseFiles(QStringLiteral("cy/"));

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
    loadWelshLabels();
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

bool NoteLexicon::applies(const Entry &entry, const Match &match, const NoteToken &first)
{
    return caseAllows(entry, first) && (!match.mutated || entry.welsh);
}

QVector<NoteLexicon::Match> NoteLexicon::scan(const QVector<NoteToken> &tokens) const
{
    // Each word is tried as written and in its radical forms; a path through a radical form is "mutated".
    struct Path
    {
        QString key;
        bool mutated = false;
    };
    // Radical forms once per word, not once per phrase start that reaches it.
    QVector<QVector<Path>> forms(tokens.size());
    for (qsizetype t = 0; t < tokens.size(); ++t) {
        forms[t].append({tokens.at(t).key, false});
        for (const QString &radical : WelshMutation::radicals(tokens.at(t).key)) {
            if (m_welshWords.contains(radical))
                forms[t].append({radical, true});
        }
    }

    QVector<Match> matches;
    const int n = int(tokens.size());
    int i = 0;
    while (i < n) {
        Match best{-1, -1, nullptr, false};
        QVector<Path> paths;
        for (const Path &p : std::as_const(forms.at(i))) {
            if (m_prefixes.contains(p.key))
                paths.append(p);
        }
        for (int j = i; j < n && j - i < MaxPhraseWords && !paths.isEmpty(); ++j) {
            if (j > i) {
                if (tokens.at(j).breakBefore >= 1)
                    break;
                const QVector<Path> &next = forms.at(j);
                QVector<Path> extended;
                for (const Path &p : std::as_const(paths)) {
                    for (const Path &f : next) {
                        Path longer{p.key + QLatin1Char(' ') + f.key, p.mutated || f.mutated};
                        if (m_prefixes.contains(longer.key))
                            extended.append(std::move(longer));
                    }
                }
                paths = std::move(extended);
            }
            // An unmutated reading wins over a mutated one of the same length.
            bool found = false;
            for (int pass = 0; pass < 2 && !found; ++pass) {
                for (const Path &p : std::as_const(paths)) {
                    if (p.mutated != (pass == 1))
                        continue;
                    const Phrase *phrase = this->phrase(p.key);
                    if (!phrase)
                        continue;
                    const Match candidate{i, j, phrase, p.mutated};
                    const bool usable =
                        std::any_of(phrase->entries.cbegin(), phrase->entries.cend(), [&](const Entry &e) {
                            return applies(e, candidate, tokens.at(i));
                        });
                    if (usable) {
                        best = candidate;
                        found = true;
                        break;
                    }
                }
            }
        }
        if (best.phrase) {
            matches.append(best);
            i = best.last + 1;
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
    s.shownLabel = m_normaliser->taxonomy().displayLabel(c.id);
    s.start = start;
    s.length = length;
    s.confidence = confidence;
    return s;
}
