#include "NoteExtractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cstdlib>

namespace
{
    /** Lines of a compiled-in lexicon, without comments and blank lines. */
    QStringList lexiconLines(const QString &name)
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

    QStringList keyWords(const QString &phrase)
    {
        return LabelMatcher::variantKey(phrase).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    bool isWordChar(QChar c)
    {
        return c.isLetterOrNumber() || c == QLatin1Char('+') || c == QLatin1Char('#');
    }

    bool isApostrophe(QChar c)
    {
        return c == QLatin1Char('\'') || c == QChar(0x2019);
    }

    /** How strongly a character separates the words around it (see Token::breakBefore). */
    int breakStrength(QChar c)
    {
        switch (c.unicode()) {
        case '.':
        case '!':
        case '?':
        case ';':
        case ':':
        case '\n':
        case '\r':
        case 0x2022: // bullet
            return 2;
        case ',':
        case '(':
        case ')':
        case '[':
        case ']':
        case '"':
        case '/':
        case 0x2013: // en dash
        case 0x2014: // em dash
            return 1;
        default:
            return 0;
        }
    }

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

    int monthNumber(const QString &name)
    {
        static const QStringList months = {
            QStringLiteral("jan"),
            QStringLiteral("feb"),
            QStringLiteral("mar"),
            QStringLiteral("apr"),
            QStringLiteral("may"),
            QStringLiteral("jun"),
            QStringLiteral("jul"),
            QStringLiteral("aug"),
            QStringLiteral("sep"),
            QStringLiteral("oct"),
            QStringLiteral("nov"),
            QStringLiteral("dec"),
        };
        return int(months.indexOf(name.left(3).toLower())) + 1;
    }

    int weekdayNumber(const QString &name)
    {
        static const QStringList days = {
            QStringLiteral("mon"),
            QStringLiteral("tue"),
            QStringLiteral("wed"),
            QStringLiteral("thu"),
            QStringLiteral("fri"),
            QStringLiteral("sat"),
            QStringLiteral("sun"),
        };
        return int(days.indexOf(name.left(3).toLower())) + 1;
    }

    /** "three" -> 3, "18" -> 18, "a couple of" -> 2; 0 when not a number. */
    int numberValue(const QString &text)
    {
        static const QHash<QString, int> words = [] {
            QHash<QString, int> map;
            const char *names[] = {"zero",     "one",     "two",     "three",     "four",     "five",     "six",
                                   "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
                                   "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
            for (int i = 0; i <= 20; ++i)
                map.insert(QString::fromLatin1(names[i]), i);
            map.insert(QStringLiteral("thirty"), 30);
            map.insert(QStringLiteral("forty"), 40);
            map.insert(QStringLiteral("fifty"), 50);
            map.insert(QStringLiteral("a"), 1);
            map.insert(QStringLiteral("an"), 1);
            map.insert(QStringLiteral("a couple of"), 2);
            map.insert(QStringLiteral("couple of"), 2);
            map.insert(QStringLiteral("a few"), 3);
            return map;
        }();
        const QString t = text.simplified().toLower();
        bool ok = false;
        const int n = t.toInt(&ok);
        if (ok)
            return n;
        return words.value(t, 0);
    }

    /** The year for a day and month given without one: the occurrence nearest `today`. */
    QDate nearestDate(int day, int month, QDate today)
    {
        QDate best;
        for (int year = today.year() - 1; year <= today.year() + 1; ++year) {
            const QDate d(year, month, day);
            if (!d.isValid())
                continue;
            if (!best.isValid() || std::abs(d.daysTo(today)) < std::abs(best.daysTo(today)))
                best = d;
        }
        return best;
    }

    bool overlaps(qsizetype aStart, qsizetype aLength, qsizetype bStart, qsizetype bLength)
    {
        return aStart < bStart + bLength && bStart < aStart + aLength;
    }

    /** Marks a span as used; false when part of it already was (the span is then not used). */
    bool claim(QVector<bool> &taken, qsizetype start, qsizetype length)
    {
        for (qsizetype i = start; i < start + length; ++i) {
            if (taken.at(i))
                return false;
        }
        for (qsizetype i = start; i < start + length; ++i)
            taken[i] = true;
        return true;
    }

    const QString MonthPattern =
        QStringLiteral("(january|february|march|april|may|june|july|august|september|october|november|december|"
                       "jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\b");

    constexpr double TaxonomyConfidence = 0.9;
    constexpr double LexiconConfidence = 0.8;
    constexpr double PatternConfidence = 0.85;
    /** Words looked at around a phrase for negation and cues. */
    constexpr int NegationWindow = 6;
    constexpr int JobCueWindow = 12;
    constexpr int AvailabilityCueBefore = 4;
    constexpr int AvailabilityCueAfter = 3;
    constexpr int ResolvedWindow = 4;
    /** How far the sentence around a span is looked for, each way. */
    constexpr qsizetype MaxSentenceReach = 600;
    constexpr double FullTimeHours = 37.5;
    constexpr qsizetype MaxCoordinatedSubjects = 6;
    constexpr double MaxWeeklyHours = 60;
} // namespace

QString ExtractedSuggestion::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Skill:
        return QStringLiteral("skill");
    case Kind::Licence:
        return QStringLiteral("licence");
    case Kind::JobGoal:
        return QStringLiteral("job_goal");
    case Kind::Hours:
        return QStringLiteral("hours");
    case Kind::Availability:
        return QStringLiteral("availability");
    case Kind::Date:
        return QStringLiteral("date");
    case Kind::Duration:
        return QStringLiteral("duration");
    case Kind::Barrier:
        return QStringLiteral("barrier");
    case Kind::Qualification:
        return QStringLiteral("qualification");
    }
    return {};
}

QStringList ExtractedSuggestion::kindNames()
{
    QStringList names;
    for (Kind k : {Kind::Skill,
                   Kind::Licence,
                   Kind::JobGoal,
                   Kind::Hours,
                   Kind::Availability,
                   Kind::Date,
                   Kind::Duration,
                   Kind::Barrier,
                   Kind::Qualification})
        names.append(kindName(k));
    return names;
}

double ExtractionScore::precision() const
{
    const int suggested = truePositives + falsePositives;
    return suggested == 0 ? 1.0 : double(truePositives) / suggested;
}

double ExtractionScore::recall() const
{
    const int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : double(truePositives) / expected;
}

NoteExtractor::NoteExtractor(std::shared_ptr<const SkillNormaliser> normaliser, QDate today)
    : m_normaliser(std::move(normaliser))
    , m_today(today.isValid() ? today : QDate::currentDate())
{
    loadLexicons();
}

void NoteExtractor::addPhrase(const QString &label, const Entry &entry, bool replaceable)
{
    const QStringList words = keyWords(label);
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

void NoteExtractor::loadLexicons()
{
    for (const QString &line : lexiconLines(QStringLiteral("stoplist.txt")))
        m_stoplist.insert(LabelMatcher::variantKey(line));
    for (const QString &line : lexiconLines(QStringLiteral("negation.txt"))) {
        const QString where = line.section(QLatin1Char('|'), 0, 0);
        const QStringList words = keyWords(line.section(QLatin1Char('|'), 1));
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
    for (const QString &line : lexiconLines(QStringLiteral("job_cues.txt"))) {
        const QStringList words = keyWords(line.section(QLatin1Char('|'), 1));
        if (words.isEmpty())
            continue;
        if (line.startsWith(QLatin1String("goal|")))
            m_goalCues.append(words);
        else if (line.startsWith(QLatin1String("past|")))
            m_pastCues.append(words);
    }
    for (const QString &line : lexiconLines(QStringLiteral("availability_cues.txt")))
        m_availabilityCues.insert(LabelMatcher::variantKey(line));

    // Lexicon phrases first, so a taxonomy label never hides "no car" or "school hours".
    for (const QString &line : lexiconLines(QStringLiteral("availability.txt"))) {
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
    for (const QString &line : lexiconLines(QStringLiteral("barriers.txt"))) {
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
    for (const QString &line : lexiconLines(QStringLiteral("job_phrases.txt"))) {
        const int target = occupationByLabel.value(LabelMatcher::variantKey(line.section(QLatin1Char('|'), 1)), -1);
        if (target < 0)
            continue; // an imported taxonomy without the occupation
        Entry e;
        e.kind = EntryKind::JobPhrase;
        e.target = target;
        addPhrase(line.section(QLatin1Char('|'), 0, 0), e, false);
    }
}

NoteExtractor::CaseRule NoteExtractor::caseRuleOf(const QString &label)
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

bool NoteExtractor::caseAllows(const Entry &entry, const Token &token)
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

const NoteExtractor::Phrase *NoteExtractor::phrase(const QString &key) const
{
    const auto it = m_phrases.constFind(key);
    return it == m_phrases.constEnd() ? nullptr : &*it;
}

QVector<NoteExtractor::Token> NoteExtractor::tokenize(const QString &text) const
{
    QVector<Token> tokens;
    QHash<QString, QString> keyCache;
    int pendingBreak = 0;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('&')) {
            tokens.append({i, i + 1, QStringLiteral("and"), pendingBreak, false, false});
            pendingBreak = 0;
            ++i;
            continue;
        }
        if (!isWordChar(c)) {
            pendingBreak = std::max(pendingBreak, breakStrength(c));
            ++i;
            continue;
        }
        const qsizetype start = i;
        QString raw;
        bool hasLower = false;
        bool hasUpper = false;
        while (i < n) {
            const QChar d = text.at(i);
            if (isWordChar(d)) {
                raw.append(d);
                hasLower = hasLower || d.isLower();
                hasUpper = hasUpper || d.isUpper();
                ++i;
            } else if (isApostrophe(d) && i + 1 < n && text.at(i + 1).isLetter() && !raw.isEmpty()) {
                ++i; // "doesn't" -> "doesnt", as LabelMatcher::normalise does
            } else {
                break;
            }
        }
        auto cached = keyCache.constFind(raw);
        if (cached == keyCache.constEnd()) {
            QString key = LabelMatcher::variantKey(raw);
            if (keyCache.size() < 100000)
                cached = keyCache.insert(raw, key);
            tokens.append({start, i, key, pendingBreak, hasUpper && !hasLower, text.at(start).isUpper()});
        } else {
            tokens.append({start, i, *cached, pendingBreak, hasUpper && !hasLower, text.at(start).isUpper()});
        }
        pendingBreak = 0;
    }
    return tokens;
}

QVector<NoteExtractor::Match> NoteExtractor::scanPhrases(const QVector<Token> &tokens) const
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

bool NoteExtractor::phraseEndsAt(const QVector<Token> &tokens, int at, const QVector<QStringList> &phrases) const
{
    for (const QStringList &words : phrases) {
        const int first = at - int(words.size()) + 1;
        if (first < 0)
            continue;
        bool same = true;
        for (int k = 0; k < words.size() && same; ++k) {
            same = tokens.at(first + k).key == words.at(k) && (k == 0 || tokens.at(first + k).breakBefore < 2);
        }
        if (same)
            return true;
    }
    return false;
}

bool NoteExtractor::phraseStartsAt(const QVector<Token> &tokens, int at, const QVector<QStringList> &phrases) const
{
    for (const QStringList &words : phrases) {
        if (at + words.size() > tokens.size())
            continue;
        bool same = true;
        for (int k = 0; k < words.size() && same; ++k)
            same = tokens.at(at + k).key == words.at(k) && (k == 0 || tokens.at(at + k).breakBefore < 2);
        if (same)
            return true;
    }
    return false;
}

bool NoteExtractor::negatedBefore(const QVector<Token> &tokens, int first, const QVector<QStringList> &negations) const
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
    };
    for (int t = first - 1; t >= 0 && t >= first - NegationWindow; --t) {
        if (tokens.at(t + 1).breakBefore >= 1)
            return false;
        if (phraseEndsAt(tokens, t, negations))
            return true;
        if (clauseStops.contains(tokens.at(t).key))
            return false;
    }
    return false;
}

bool NoteExtractor::followedBy(const QVector<Token> &tokens, int last, const QVector<QStringList> &phrases) const
{
    for (int t = last + 1; t < tokens.size() && t <= last + ResolvedWindow; ++t) {
        if (tokens.at(t).breakBefore >= 2)
            return false;
        if (phraseStartsAt(tokens, t, phrases))
            return true;
    }
    return false;
}

int NoteExtractor::jobCueBefore(const QVector<Token> &tokens, int first) const
{
    static const QSet<QString> negators = {
        QStringLiteral("not"),
        QStringLiteral("doesnt"),
        QStringLiteral("dont"),
        QStringLiteral("never"),
        QStringLiteral("no"),
        QStringLiteral("isnt"),
    };
    for (int t = first - 1; t >= 0 && t >= first - JobCueWindow; --t) {
        if (tokens.at(t + 1).breakBefore >= 2)
            return 0;
        // The longest cue ending here decides ("used to be" is past, "wants to be" a goal).
        int goalLength = 0;
        int pastLength = 0;
        for (const QStringList &cue : m_goalCues) {
            if (cue.size() > goalLength && phraseEndsAt(tokens, t, {cue}))
                goalLength = int(cue.size());
        }
        for (const QStringList &cue : m_pastCues) {
            if (cue.size() > pastLength && phraseEndsAt(tokens, t, {cue}))
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

bool NoteExtractor::availabilityCueNear(const QVector<Token> &tokens, int first, int last) const
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

void NoteExtractor::addConceptSuggestion(
    int conceptIndex, qsizetype start, qsizetype length, double confidence, QVector<ExtractedSuggestion> &out) const
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
    out.append(s);
}

void NoteExtractor::findHours(const QString &text, QVector<ExtractedSuggestion> &out) const
{
    static const QRegularExpression range(
        QStringLiteral("\\b(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:-|\u2013|to|and|or)\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\s*"
                       "(?:hours?|hrs?|h)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression single(QStringLiteral("\\b(\\d{1,2}(?:\\.\\d{1,2})?)\\s*(?:hours?|hrs?)\\b"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression perWeek(
        QStringLiteral("\\b(?:do|work|manage|max(?:imum)?|up to|about|around)\\s+(\\d{1,2})\\s+(?:a|per)\\s+week\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fullTime(QStringLiteral("\\bfull[\\s-]?time\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression notWeekly(
        QStringLiteral("^\\s*(?:a day|per day|each day|daily|a night|per night|shifts?|notice|ago|sleep|later|before|"
                       "after|at a time|a shift|per shift|long|each way|on my feet|standing|walking|travel)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression weekly(QStringLiteral("^\\s*(?:a week|per week|pw|p/w|weekly)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression forBefore(QStringLiteral("\\b(?:for|in|within|than)\\s*$"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fullTimeNegated(
        QStringLiteral("\\b(?:not|no|cant|can't|cannot|can\u2019t|unable to|too much|never)\\b[^.;,]{0,15}$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression fullTimeNotHours(
        QStringLiteral("^\\s*(?:carer|student|education|course|study|studying|mum|dad|parent|college|university|"
                       "uni|care)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    QVector<bool> taken(text.size(), false);
    const auto add = [&](double hours, qsizetype start, qsizetype length) {
        if (hours <= 0 || hours > MaxWeeklyHours || !claim(taken, start, length))
            return;
        ExtractedSuggestion s;
        s.kind = ExtractedSuggestion::Kind::Hours;
        s.value = QString::number(hours);
        s.start = start;
        s.length = length;
        s.confidence = PatternConfidence;
        out.append(s);
    };
    const auto plausible = [&](const QRegularExpressionMatch &m) {
        const QString after = text.mid(m.capturedEnd(), 20);
        if (notWeekly.match(after).hasMatch())
            return false;
        const QString before =
            text.mid(std::max<qsizetype>(0, m.capturedStart() - 10), std::min<qsizetype>(10, m.capturedStart()));
        return !forBefore.match(before).hasMatch() || weekly.match(after).hasMatch();
    };
    for (auto it = range.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (plausible(m))
            add(m.captured(2).toDouble(), m.capturedStart(), m.capturedLength());
    }
    for (auto it = single.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (plausible(m))
            add(m.captured(1).toDouble(), m.capturedStart(), m.capturedLength());
    }
    for (auto it = perWeek.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(m.captured(1).toDouble(), m.capturedStart(1), m.capturedEnd() - m.capturedStart(1));
    }
    for (auto it = fullTime.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString before =
            text.mid(std::max<qsizetype>(0, m.capturedStart() - 30), std::min<qsizetype>(30, m.capturedStart()));
        if (fullTimeNegated.match(before).hasMatch() ||
            fullTimeNotHours.match(text.mid(m.capturedEnd(), 20)).hasMatch())
            continue;
        add(FullTimeHours, m.capturedStart(), m.capturedLength());
    }
}

void NoteExtractor::findDates(const QString &text, QVector<ExtractedSuggestion> &out) const
{
    static const QRegularExpression sinceMonth(
        QStringLiteral("\\bsince\\s+(?:(?:the\\s+)?(?:start|beginning|end|middle)\\s+of\\s+)?") + MonthPattern +
            QStringLiteral("(?:\\s+((?:19|20)\\d{2})\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sinceYear(QStringLiteral("\\bsince\\s+((?:19|20)\\d{2})\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sinceChristmas(QStringLiteral("\\bsince\\s+(?:last\\s+)?(?:christmas|xmas)\\b"),
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayMonth(QStringLiteral("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?") +
                                                 MonthPattern + QStringLiteral("(?:,?\\s+((?:19|20)\\d{2})\\b)?"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression monthDay(
        QStringLiteral("\\b(january|february|march|april|june|july|august|september|october|november|december)"
                       "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:hours?|hrs?|weeks?|days?|months?|years?|%))"
                       "(?:,?\\s+((?:19|20)\\d{2})\\b)?"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression numeric(QStringLiteral("\\b(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4}|\\d{2})\\b"));
    static const QRegularExpression tomorrow(QStringLiteral("\\btomorrow\\b"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nextWeekday(
        QStringLiteral("\\b(?:next|this|this coming|coming)\\s+(monday|tuesday|wednesday|thursday|friday|saturday|"
                       "sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    QVector<bool> taken(text.size(), false);
    const auto add = [&](const QString &value, qsizetype start, qsizetype length) {
        if (!claim(taken, start, length))
            return;
        ExtractedSuggestion s;
        s.kind = ExtractedSuggestion::Kind::Date;
        s.value = value;
        s.start = start;
        s.length = length;
        s.confidence = PatternConfidence;
        out.append(s);
    };
    const auto iso = [](QDate d) { return d.toString(Qt::ISODate); };

    for (auto it = sinceMonth.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int month = monthNumber(m.captured(1));
        int year = m.captured(2).toInt();
        if (year == 0)
            year = month <= m_today.month() ? m_today.year() : m_today.year() - 1;
        add(QStringLiteral("since:%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0')),
            m.capturedStart(),
            m.capturedLength());
    }
    for (auto it = sinceYear.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int year = m.captured(1).toInt();
        if (year <= m_today.year())
            add(QStringLiteral("since:%1").arg(year), m.capturedStart(), m.capturedLength());
    }
    for (auto it = sinceChristmas.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int year = m_today >= QDate(m_today.year(), 12, 25) ? m_today.year() : m_today.year() - 1;
        add(QStringLiteral("since:%1-12").arg(year), m.capturedStart(), m.capturedLength());
    }
    for (auto it = dayMonth.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int day = m.captured(1).toInt();
        const int month = monthNumber(m.captured(2));
        const int year = m.captured(3).toInt();
        // "may" is a verb more often than a month: "12 may be" is not a date.
        if (m.captured(2).compare(QLatin1String("may"), Qt::CaseInsensitive) == 0 && m.captured(3).isEmpty() &&
            text.mid(m.capturedEnd(), 4).trimmed().startsWith(QLatin1String("be")))
            continue;
        const QDate d = year ? QDate(year, month, day) : nearestDate(day, month, m_today);
        if (d.isValid())
            add(iso(d), m.capturedStart(), m.capturedLength());
    }
    for (auto it = monthDay.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int month = monthNumber(m.captured(1));
        const int day = m.captured(2).toInt();
        const int year = m.captured(3).toInt();
        const QDate d = year ? QDate(year, month, day) : nearestDate(day, month, m_today);
        if (d.isValid())
            add(iso(d), m.capturedStart(), m.capturedLength());
    }
    for (auto it = numeric.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        int year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
        const QDate d(year, m.captured(2).toInt(), m.captured(1).toInt());
        if (d.isValid() && year >= 1950 && year <= m_today.year() + 10)
            add(iso(d), m.capturedStart(), m.capturedLength());
    }
    for (auto it = tomorrow.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        add(iso(m_today.addDays(1)), m.capturedStart(), m.capturedLength());
    }
    for (auto it = nextWeekday.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int weekday = weekdayNumber(m.captured(1));
        int ahead = (weekday - m_today.dayOfWeek() + 7) % 7;
        if (ahead == 0)
            ahead = 7;
        add(iso(m_today.addDays(ahead)), m.capturedStart(), m.capturedLength());
    }
}

void NoteExtractor::findDurations(const QString &text, QVector<ExtractedSuggestion> &out) const
{
    static const QRegularExpression amount(
        QStringLiteral("\\b(\\d{1,3}|a couple of|couple of|an|a|one|two|three|four|five|six|seven|eight|nine|ten|"
                       "eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                       "forty|fifty)\\s*\\+?\\s*(?:-\\s*)?(years?|yrs?|months?|mths?|weeks?|wks?|days?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression prefix(
        QStringLiteral("\\b(?:for|over|last|past|next|nearly|almost|spent|another)\\b(?:\\s+(?:the|a|about|around|"
                       "nearly|almost|over|just|roughly|approx|approximately|another|last|past|next|well|good))*\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression afterPrefix(
        QStringLiteral("\\bafter\\s+(?:about\\s+|nearly\\s+|almost\\s+|over\\s+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression suffix(
        QStringLiteral("^(?:'|\u2019)?\\s*(?:of\\s+)?(?:experience|exp\\b|out of work|unemployed|off work|off sick|"
                       "at\\b|as an?\\b|in the (?:job|role|trade|industry|army|forces|navy|raf|military|police)|"
                       "in (?:retail|care|hospitality|construction|security|admin|catering|logistics)\\b|working)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression outOfWork(
        QStringLiteral("^\\s*(?:out of work|unemployed|off|away|of unemployment)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression perUnit(
        QStringLiteral("(?:\\d|\\b(?:hours?|hrs?|times|shifts?|days?|once|twice|per|nights?|mornings?))\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression rejected(
        QStringLiteral("^\\s*(?:ago|old|time|later|before|notice|'s time|\u2019s time)"),
        QRegularExpression::CaseInsensitiveOption);

    for (auto it = amount.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const int n = numberValue(m.captured(1));
        if (n <= 0 || n > 99)
            continue;
        const QString after = text.mid(m.capturedEnd(), 30);
        if (rejected.match(after).hasMatch())
            continue;
        qsizetype beforeStart = std::max<qsizetype>(0, m.capturedStart() - 40);
        QString before = text.mid(beforeStart, m.capturedStart() - beforeStart);
        // Only the same clause counts.
        const qsizetype cut = std::max({before.lastIndexOf(QLatin1Char('.')),
                                        before.lastIndexOf(QLatin1Char(';')),
                                        before.lastIndexOf(QLatin1Char(',')),
                                        before.lastIndexOf(QLatin1Char('\n'))});
        if (cut >= 0)
            before = before.mid(cut + 1);
        // "16 hours a week", "twice a week": a rate, not a duration.
        if (numberValue(m.captured(1)) == 1 && !m.captured(1).at(0).isDigit() && perUnit.match(before).hasMatch())
            continue;
        const bool accepted = prefix.match(before).hasMatch() ||
                              (afterPrefix.match(before).hasMatch() && outOfWork.match(after).hasMatch()) ||
                              suffix.match(after).hasMatch();
        if (!accepted)
            continue;
        const QChar unit = m.captured(2).at(0).toUpper();
        const QString value = QStringLiteral("P%1%2").arg(n).arg(unit == QLatin1Char('Y')   ? QLatin1Char('Y')
                                                                 : unit == QLatin1Char('M') ? QLatin1Char('M')
                                                                 : unit == QLatin1Char('W') ? QLatin1Char('W')
                                                                                            : QLatin1Char('D'));
        ExtractedSuggestion s;
        s.kind = ExtractedSuggestion::Kind::Duration;
        s.value = value;
        s.start = m.capturedStart();
        s.length = m.capturedLength();
        s.confidence = PatternConfidence;
        out.append(s);
    }
}

void NoteExtractor::findQualifications(const QString &text,
                                       const QVector<Token> &tokens,
                                       QVector<ExtractedSuggestion> &out) const
{
    static const QRegularExpression head(
        QStringLiteral("\\b(?:(?:NVQ|SVQ|QCF|RQF|BTEC|City (?:and|&) Guilds|C&G)(?:\\s*(?:level|lvl|l)?\\s*\\d)?"
                       "(?:\\s+(?:extended |national )?(?:diploma|certificate|award))?(?:\\s+in)?"
                       "|(?:level|lvl)\\s*\\d\\s+(?:nvq|btec|diploma|certificate|award|qualification)(?:\\s+in)?"
                       "|(?:degree|ba|bsc|ma|msc|hnd|hnc|foundation degree|a[- ]levels?)\\s+in"
                       "|GCSEs?(?:\\s+in)?)(?=\\s)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression gcseGrade(QStringLiteral("^\\s+(?:at\\s+)?grade\\s+[a-c1-9]\\*?\\b"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QSet<QString> stops = {
        QStringLiteral("from"),      QStringLiteral("at"),     QStringLiteral("but"),      QStringLiteral("which"),
        QStringLiteral("that"),      QStringLiteral("with"),   QStringLiteral("when"),     QStringLiteral("so"),
        QStringLiteral("because"),   QStringLiteral("as"),     QStringLiteral("in"),       QStringLiteral("for"),
        QStringLiteral("last"),      QStringLiteral("this"),   QStringLiteral("next"),     QStringLiteral("years"),
        QStringLiteral("year"),      QStringLiteral("ago"),    QStringLiteral("he"),       QStringLiteral("she"),
        QStringLiteral("they"),      QStringLiteral("has"),    QStringLiteral("have"),     QStringLiteral("had"),
        QStringLiteral("is"),        QStringLiteral("was"),    QStringLiteral("to"),       QStringLiteral("or"),
        QStringLiteral("lacks"),     QStringLiteral("wants"),  QStringLiteral("needs"),    QStringLiteral("can"),
        QStringLiteral("would"),     QStringLiteral("will"),   QStringLiteral("got"),      QStringLiteral("also"),
        QStringLiteral("then"),      QStringLiteral("now"),    QStringLiteral("and"),      QStringLiteral("gcse"),
        QStringLiteral("gcses"),     QStringLiteral("nvq"),    QStringLiteral("but"),      QStringLiteral("grade"),
        QStringLiteral("done"),      QStringLiteral("did"),    QStringLiteral("while"),    QStringLiteral("after"),
        QStringLiteral("before"),    QStringLiteral("level"),  QStringLiteral("a"),        QStringLiteral("an"),
        QStringLiteral("the"),       QStringLiteral("his"),    QStringLiteral("her"),      QStringLiteral("their"),
        QStringLiteral("completed"), QStringLiteral("passed"), QStringLiteral("starting"), QStringLiteral("currently"),
        QStringLiteral("only"),      QStringLiteral("too"),    QStringLiteral("plus"),     QStringLiteral("are"),
    };
    // Words that commonly follow "and" inside a qualification's subject.
    static const QSet<QString> subjectWords = {
        QStringLiteral("social"),       QStringLiteral("joinery"),        QStringLiteral("decorating"),
        QStringLiteral("catering"),     QStringLiteral("hospitality"),    QStringLiteral("tourism"),
        QStringLiteral("management"),   QStringLiteral("leadership"),     QStringLiteral("heating"),
        QStringLiteral("safety"),       QStringLiteral("care"),           QStringLiteral("childcare"),
        QStringLiteral("education"),    QStringLiteral("development"),    QStringLiteral("training"),
        QStringLiteral("science"),      QStringLiteral("technology"),     QStringLiteral("engineering"),
        QStringLiteral("design"),       QStringLiteral("media"),          QStringLiteral("beauty"),
        QStringLiteral("hygiene"),      QStringLiteral("nutrition"),      QStringLiteral("maintenance"),
        QStringLiteral("logistics"),    QStringLiteral("administration"), QStringLiteral("finance"),
        QStringLiteral("accounting"),   QStringLiteral("cookery"),        QStringLiteral("fabrication"),
        QStringLiteral("construction"), QStringLiteral("services"),       QStringLiteral("events"),
        QStringLiteral("travel"),       QStringLiteral("leisure"),        QStringLiteral("wellbeing"),
        QStringLiteral("learning"),     QStringLiteral("literature"),     QStringLiteral("language"),
    };
    static const QRegularExpression word(QStringLiteral("^\\s+([A-Za-z][A-Za-z'\u2019-]*|\\d+)"));

    static const QRegularExpression gcseSubject(
        QStringLiteral(
            "^\\s*(?:,|and|&)\\s*(?:GCSEs?\\s+)?(maths|mathematics|english|science|biology|chemistry|physics|"
            "history|geography|art|french|spanish|german|ict|computing|music|drama|business|statistics|"
            "welsh|religious studies)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inWord(QStringLiteral("\\s+in\\s+"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression kindWord(
        QStringLiteral("\\s+(?:diploma|certificate|award|qualification|nvq|btec)\\b"),
        QRegularExpression::CaseInsensitiveOption);

    for (auto it = head.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString headText = m.captured(0);
        const bool gcse = headText.startsWith(QLatin1String("gcse"), Qt::CaseInsensitive);
        const bool hasLevel = headText.contains(QRegularExpression(QStringLiteral("\\d")));
        const int maxWords = gcse ? 1 : 5;
        qsizetype end = m.capturedEnd();
        int words = 0;
        while (words < maxWords) {
            const QRegularExpressionMatch w = word.match(QStringView(text).mid(end, 40));
            if (!w.hasMatch())
                break;
            const QString lower = w.captured(1).toLower();
            if (lower == QLatin1String("and") && words > 0 && !gcse) {
                // "health and social care" continues; "and lacks confidence" and "and coaching badges" do not.
                const QRegularExpressionMatch next = word.match(QStringView(text).mid(end + w.capturedLength(), 40));
                if (next.hasMatch() && subjectWords.contains(next.captured(1).toLower())) {
                    end += w.capturedLength();
                    continue;
                }
                break;
            }
            if (stops.contains(lower) || lower.at(0).isDigit())
                break;
            end += w.capturedLength();
            ++words;
        }
        if (gcse) {
            if (words == 0)
                continue;
            const QRegularExpressionMatch g = gcseGrade.match(QStringView(text).mid(end, 20));
            if (g.hasMatch())
                end += g.capturedLength();
        } else if (words == 0 && !hasLevel) {
            continue;
        } else if (words == 0 && headText.endsWith(QLatin1String(" in"), Qt::CaseInsensitive)) {
            continue;
        }
        const qsizetype start = m.capturedStart();
        QString span = text.mid(start, end - start);
        if (span.endsWith(QLatin1String(" in"), Qt::CaseInsensitive))
            span.chop(3);

        // Negated ("doesn't have GCSE maths", "no NVQ").
        const auto firstToken = std::lower_bound(
            tokens.cbegin(), tokens.cend(), start, [](const Token &t, qsizetype at) { return t.start < at; });
        if (firstToken != tokens.cend() && negatedBefore(tokens, int(firstToken - tokens.cbegin()), m_negations))
            continue;

        struct Found
        {
            qsizetype start;
            qsizetype length;
            QString text;
        };
        QVector<Found> items{{start, span.size(), span}};
        // "GCSE English and maths": each subject is a qualification.
        for (qsizetype at = end; gcse && items.size() < MaxCoordinatedSubjects;) {
            const QRegularExpressionMatch more = gcseSubject.match(QStringView(text).mid(at, 60));
            if (!more.hasMatch())
                break;
            items.append(
                {at + more.capturedStart(1), more.capturedLength(1), QStringLiteral("GCSE ") + more.captured(1)});
            at += more.capturedEnd(1);
        }

        for (const Found &item : items) {
            // Mapped to a taxonomy concept when one of its labels says the same, perhaps without "in" or
            // "diploma" ("Level 3 diploma in childcare" is the label "Level 3 childcare").
            const QString withoutIn = QString(item.text).replace(inWord, QStringLiteral(" "));
            const QStringList keys = {LabelMatcher::variantKey(item.text),
                                      LabelMatcher::variantKey(withoutIn),
                                      LabelMatcher::variantKey(QString(withoutIn).remove(kindWord))};
            int conceptIndex = -1;
            for (const QString &key : keys) {
                if (const Phrase *p = phrase(key)) {
                    for (const Entry &e : p->entries) {
                        if (e.kind == EntryKind::Concept && m_normaliser &&
                            m_normaliser->taxonomy().concepts().at(e.target).type == ConceptType::Licence)
                            conceptIndex = e.target;
                    }
                }
                if (conceptIndex >= 0)
                    break;
            }
            if (conceptIndex >= 0) {
                addConceptSuggestion(conceptIndex, item.start, item.length, TaxonomyConfidence, out);
                continue;
            }
            ExtractedSuggestion s;
            s.kind = ExtractedSuggestion::Kind::Qualification;
            s.value = item.text.simplified();
            s.start = item.start;
            s.length = item.length;
            s.confidence = PatternConfidence;
            out.append(s);
        }
    }
}

QVector<ExtractedSuggestion> NoteExtractor::extract(const QString &input) const
{
    const QString text = input.left(MaxInputChars);
    QVector<ExtractedSuggestion> found;
    if (text.trimmed().isEmpty())
        return found;
    const QVector<Token> tokens = tokenize(text);

    findQualifications(text, tokens, found);
    const QVector<ExtractedSuggestion> qualifications = found;
    findHours(text, found);
    findDates(text, found);
    findDurations(text, found);

    // Qualifications are found in text order, so the first one ending after a span is the only candidate.
    const auto coveredByQualification = [&](qsizetype start, qsizetype length) {
        const auto q = std::upper_bound(
            qualifications.cbegin(), qualifications.cend(), start, [](qsizetype at, const ExtractedSuggestion &s) {
                return at < s.start + s.length;
            });
        return q != qualifications.cend() && overlaps(q->start, q->length, start, length);
    };

    const QVector<Match> matches = scanPhrases(tokens);
    int lastNegativeAvailability = -100;
    for (const Match &match : matches) {
        const qsizetype start = tokens.at(match.first).start;
        const qsizetype length = tokens.at(match.last).end - start;
        if (coveredByQualification(start, length))
            continue;
        const Entry *availability = nullptr;
        const Entry *barrier = nullptr;
        const Entry *conceptEntry = nullptr;
        const Entry *occupation = nullptr;
        for (const Entry &e : match.phrase->entries) {
            if (!caseAllows(e, tokens.at(match.first)))
                continue;
            switch (e.kind) {
            case EntryKind::Availability:
                availability = &e;
                break;
            case EntryKind::Barrier:
                barrier = &e;
                break;
            case EntryKind::Concept:
                conceptEntry = &e;
                break;
            case EntryKind::Occupation:
            case EntryKind::JobPhrase:
                occupation = &e;
                break;
            }
        }

        if (availability) {
            // "can't do evenings or weekends": the second inherits the "not".
            const bool inherits =
                match.first - lastNegativeAvailability <= 2 && match.first > 0 &&
                (tokens.at(match.first - 1).key == QLatin1String("or") ||
                 tokens.at(match.first - 1).key == QLatin1String("and") || tokens.at(match.first).breakBefore == 1);
            QString value;
            if (availability->negative) {
                value = availability->value;
                lastNegativeAvailability = match.last;
            } else if (inherits && availability->needsCue) {
                value = QStringLiteral("not ") + availability->value;
                lastNegativeAvailability = match.last;
            } else if (!availability->needsCue || availabilityCueNear(tokens, match.first, match.last)) {
                value = availability->value;
            }
            if (!value.isEmpty()) {
                ExtractedSuggestion s;
                s.kind = ExtractedSuggestion::Kind::Availability;
                s.value = value;
                s.start = start;
                s.length = length;
                s.confidence = LexiconConfidence;
                found.append(s);
                continue;
            }
        }
        if (barrier) {
            // "no transport issues" says there is no barrier, although "no transport" alone is one.
            static const QSet<QString> issueWords = {
                QStringLiteral("issue"), QStringLiteral("problem"), QStringLiteral("concern"), QStringLiteral("worry")};
            const bool noIssues = barrier->noNegationCheck && match.last + 1 < tokens.size() &&
                                  tokens.at(match.last + 1).breakBefore == 0 &&
                                  issueWords.contains(tokens.at(match.last + 1).key);
            if (barrier->value == QLatin1String("none") || noIssues ||
                (!barrier->noNegationCheck && negatedBefore(tokens, match.first, m_barrierNegations)) ||
                (barrier->value == QLatin1String("health") && negatedBefore(tokens, match.first, m_someoneElse)) ||
                followedBy(tokens, match.last, m_resolved))
                continue;
            ExtractedSuggestion s;
            s.kind = ExtractedSuggestion::Kind::Barrier;
            s.value = barrier->value;
            s.start = start;
            s.length = length;
            s.confidence = LexiconConfidence;
            found.append(s);
            continue;
        }
        if (occupation) {
            const int cue = jobCueBefore(tokens, match.first);
            if (cue > 0) {
                const Occupation &o = m_normaliser->taxonomy().occupations().at(occupation->target);
                ExtractedSuggestion s;
                s.kind = ExtractedSuggestion::Kind::JobGoal;
                s.value = o.preferredLabel;
                s.conceptId = o.id;
                s.preferredLabel = o.preferredLabel;
                s.start = start;
                s.length = length;
                s.confidence = LexiconConfidence;
                found.append(s);
                continue;
            }
        }
        if (conceptEntry) {
            if (negatedBefore(tokens, match.first, m_negations) || followedBy(tokens, match.last, m_afterNegations))
                continue;
            addConceptSuggestion(conceptEntry->target, start, length, TaxonomyConfidence, found);
        }
    }

    std::stable_sort(found.begin(), found.end(), [](const ExtractedSuggestion &a, const ExtractedSuggestion &b) {
        return a.start < b.start;
    });
    QVector<ExtractedSuggestion> out;
    QSet<QString> seen;
    for (ExtractedSuggestion &s : found) {
        const QString key = ExtractedSuggestion::kindName(s.kind) + QLatin1Char('|') + s.value.toLower();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        // The sentence: from the previous sentence end to the next, within reach.
        qsizetype from = s.start;
        const qsizetype lowest = std::max<qsizetype>(0, s.start - MaxSentenceReach);
        while (from > lowest) {
            const QChar c = text.at(from - 1);
            if (c == QLatin1Char('\n') || ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
                                           from < text.size() && text.at(from).isSpace()))
                break;
            --from;
        }
        qsizetype to = s.start + s.length;
        const qsizetype highest = std::min<qsizetype>(text.size(), to + MaxSentenceReach);
        while (to < highest) {
            const QChar c = text.at(to);
            if (c == QLatin1Char('\n'))
                break;
            ++to;
            if ((c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?')) &&
                (to >= text.size() || text.at(to).isSpace()))
                break;
        }
        s.sentence = text.mid(from, to - from).trimmed();
        out.append(std::move(s));
    }
    return out;
}

void NoteExtractor::score(const QVector<ExtractedSuggestion> &suggestions,
                          const QVector<AnnotatedNote::Item> &expected,
                          QMap<QString, ExtractionScore> &scores)
{
    QVector<bool> used(expected.size(), false);
    for (const ExtractedSuggestion &s : suggestions) {
        const QString kind = ExtractedSuggestion::kindName(s.kind);
        const Qt::CaseSensitivity cs =
            s.kind == ExtractedSuggestion::Kind::Date ? Qt::CaseSensitive : Qt::CaseInsensitive;
        bool matched = false;
        for (int i = 0; i < expected.size() && !matched; ++i) {
            if (!used.at(i) && expected.at(i).kind == kind && expected.at(i).value.compare(s.value, cs) == 0) {
                used[i] = true;
                matched = true;
            }
        }
        if (matched)
            ++scores[kind].truePositives;
        else
            ++scores[kind].falsePositives;
    }
    for (int i = 0; i < expected.size(); ++i) {
        if (!used.at(i))
            ++scores[expected.at(i).kind].falseNegatives;
    }
}

QMap<QString, ExtractionScore> NoteExtractor::score(const QVector<AnnotatedNote> &notes) const
{
    QMap<QString, ExtractionScore> scores;
    for (const QString &kind : ExtractedSuggestion::kindNames())
        scores.insert(kind, {});
    for (const AnnotatedNote &note : notes)
        score(extract(note.text), note.expected, scores);
    return scores;
}

Result<QVector<AnnotatedNote>> NoteExtractor::readAnnotated(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, tr("%1 cannot be read.").arg(path)};
    QVector<AnnotatedNote> notes;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject())
            return Error{ErrorCode::Invalid, tr("%1 line %2: %3").arg(path).arg(lineNumber).arg(error.errorString())};
        const QJsonObject o = doc.object();
        AnnotatedNote note;
        note.id = o.value(QStringLiteral("id")).toString();
        note.text = o.value(QStringLiteral("text")).toString();
        const QJsonArray expected = o.value(QStringLiteral("expected")).toArray();
        for (const QJsonValue &v : expected) {
            note.expected.append({v.toObject().value(QStringLiteral("kind")).toString(),
                                  v.toObject().value(QStringLiteral("value")).toString()});
        }
        notes.append(note);
    }
    return notes;
}
