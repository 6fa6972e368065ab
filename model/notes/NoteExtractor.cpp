#include "NoteExtractor.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace
{
    bool overlaps(qsizetype aStart, qsizetype aLength, qsizetype bStart, qsizetype bLength)
    {
        return aStart < bStart + bLength && bStart < aStart + aLength;
    }

    /** How far the sentence around a span is looked for, each way. */
    constexpr qsizetype MaxSentenceReach = 600;
} // namespace

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
    : m_normaliser(normaliser)
    , m_lexicon(std::make_shared<const NoteLexicon>(normaliser))
    , m_skills(std::make_shared<const SkillLinker>(std::move(normaliser)))
    , m_cues(std::make_shared<const NoteCues>())
    , m_times(today)
    , m_qualifications(m_lexicon, m_cues)
{}

bool NoteExtractor::isSkillConcept(int conceptIndex) const
{
    const ConceptType type = m_normaliser->taxonomy().concepts().at(conceptIndex).type;
    return type == ConceptType::Skill || type == ConceptType::Knowledge;
}

void NoteExtractor::findPhrases(const QVector<NoteToken> &tokens,
                                const QVector<ExtractedSuggestion> &qualifications,
                                QVector<ExtractedSuggestion> &found) const
{
    using Entry = NoteLexicon::Entry;
    using EntryKind = NoteLexicon::EntryKind;
    constexpr double TaxonomyConfidence = ExtractedSuggestion::TaxonomyConfidence;
    constexpr double LexiconConfidence = ExtractedSuggestion::LexiconConfidence;

    // Qualifications are found in text order, so the first one ending after a span is the only candidate.
    const auto coveredByQualification = [&](qsizetype start, qsizetype length) {
        const auto q = std::upper_bound(
            qualifications.cbegin(), qualifications.cend(), start, [](qsizetype at, const ExtractedSuggestion &s) {
                return at < s.start + s.length;
            });
        return q != qualifications.cend() && overlaps(q->start, q->length, start, length);
    };

    const QVector<NoteLexicon::Match> matches = m_lexicon->scan(tokens);
    int lastNegativeAvailability = -100;
    for (const NoteLexicon::Match &match : matches) {
        const qsizetype start = tokens.at(match.first).start;
        const qsizetype length = tokens.at(match.last).end - start;
        if (coveredByQualification(start, length))
            continue;
        const Entry *availability = nullptr;
        const Entry *barrier = nullptr;
        const Entry *conceptEntry = nullptr;
        const Entry *occupation = nullptr;
        for (const Entry &e : match.phrase->entries) {
            if (!NoteLexicon::applies(e, match, tokens.at(match.first)))
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
            // Welsh "dim boreau na nosweithiau", "neu", "ac" read the same way.
            static const QSet<QString> joiners = {QStringLiteral("or"),
                                                  QStringLiteral("and"),
                                                  QStringLiteral("neu"),
                                                  QStringLiteral("na"),
                                                  QStringLiteral("nac"),
                                                  QStringLiteral("ac")};
            const bool inherits =
                match.first - lastNegativeAvailability <= 2 && match.first > 0 &&
                (joiners.contains(tokens.at(match.first - 1).key) || tokens.at(match.first).breakBefore == 1);
            QString value;
            if (availability->negative) {
                value = availability->value;
                lastNegativeAvailability = match.last;
            } else if (inherits && availability->needsCue) {
                value = QStringLiteral("not ") + availability->value;
                lastNegativeAvailability = match.last;
            } else if (!availability->needsCue || m_cues->availabilityCueNear(tokens, match.first, match.last)) {
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
                (!barrier->noNegationCheck && m_cues->barrierNegatedBefore(tokens, match.first)) ||
                (barrier->value == QLatin1String("health") && m_cues->someoneElseBefore(tokens, match.first)) ||
                m_cues->resolvedAfter(tokens, match.last))
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
            const int cue = m_cues->jobCueBefore(tokens, match.first);
            if (cue > 0) {
                const Occupation &o = m_normaliser->taxonomy().occupations().at(occupation->target);
                ExtractedSuggestion s;
                s.kind = ExtractedSuggestion::Kind::JobGoal;
                s.value = o.preferredLabel;
                s.conceptId = o.id;
                s.preferredLabel = o.preferredLabel;
                s.shownLabel = m_normaliser->taxonomy().displayOccupationLabel(o.id);
                s.start = start;
                s.length = length;
                s.confidence = LexiconConfidence;
                found.append(s);
                continue;
            }
        }
        // Licences from any label; skills from a Welsh name too, since SkillLinker reads English phrasing only.
        if (conceptEntry && (!isSkillConcept(conceptEntry->target) || conceptEntry->welsh)) {
            if (m_cues->negatedBefore(tokens, match.first) || m_cues->negatedAfter(tokens, match.last))
                continue;
            found.append(m_lexicon->conceptSuggestion(conceptEntry->target, start, length, TaxonomyConfidence));
        }
    }

    // Skills and knowledge are weighed by the linker, away from what the lexicon already said of the words.
    const QVector<ExtractedSuggestion> others = found;
    for (const SkillLink &link : m_skills->link(tokens)) {
        const qsizetype start = tokens.at(link.first).start;
        const qsizetype length = tokens.at(link.last).end - start;
        if (coveredByQualification(start, length) ||
            std::any_of(others.cbegin(),
                        others.cend(),
                        [&](const ExtractedSuggestion &s) { return overlaps(s.start, s.length, start, length); }) ||
            m_cues->negatedBefore(tokens, link.first) || m_cues->negatedAfter(tokens, link.last))
            continue;
        found.append(m_lexicon->conceptSuggestion(link.conceptIndex, start, length, link.confidence));
    }
}

QVector<ExtractedSuggestion> NoteExtractor::extract(const QString &input) const
{
    const QString text = input.left(MaxInputChars);
    QVector<ExtractedSuggestion> found;
    if (text.trimmed().isEmpty())
        return found;
    const QVector<NoteToken> tokens = NoteTokenizer::tokenize(text);

    m_qualifications.find(text, tokens, found);
    const QVector<ExtractedSuggestion> qualifications = found;
    m_times.findHours(text, found);
    m_times.findDates(text, found);
    m_times.findDurations(text, found);
    findPhrases(tokens, qualifications, found);

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
