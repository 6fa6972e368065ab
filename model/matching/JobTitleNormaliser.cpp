#include "model/matching/JobTitleNormaliser.h"

#include "model/core/Validators.h"
#include "model/matching/SkillNormaliser.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace
{
    QStringList readList(const QString &name)
    {
        QFile file(QStringLiteral(":/titles/") + name);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QStringList lines;
        for (const QByteArray &raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (!line.isEmpty() && !line.startsWith(QLatin1Char('#')))
                lines.append(line);
        }
        return lines;
    }

    QStringList words(const QString &normalised)
    {
        return normalised.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }

    // What a title carries besides the job, removed before it is looked up (docs/matching.md).
    constexpr const char *ReferencePatterns[] = {
        // "(Ref: 12345)", "[Job ID AB-123]", "(Vacancy No. 77)"
        R"([\(\[]\s*(?:job\s*|vacancy\s*)?(?:ref(?:erence)?|req|id|no|number)\b\.?\s*(?:no\b\.?|number)?\s*[:#.]?\s*[a-z0-9][a-z0-9\-/]*\s*[\)\]])",
        // "(REQ-123)", "[NHS4567]"
        R"([\(\[]\s*[a-z]{1,6}-?\d{2,}[a-z0-9\-/]*\s*[\)\]])",
        // "Ref: 12345", "Job ref 9-ABC1", "Vacancy reference: 88"
        R"((?:\bjob\s*|\bvacancy\s*)?\b(?:ref(?:erence)?|req)\b\.?\s*(?:no\b\.?|number)?\s*[:#.]?\s*[a-z0-9\-/]*\d[a-z0-9\-/]*)",
        // a bare number ending the title: "Driver - 445512"
        R"(\s[-–|:]\s*\d{3,}\s*$)",
    };
    constexpr const char *PayPatterns[] = {
        // "£11.44 per hour", "up to £28k pa", "£24,000 - £26,000", "£95/day", "£12ph + benefits"
        R"((?:\bup\s+to\s+|\bfrom\s+)?£\s*\d[\d,]*(?:\.\d+)?\s*k?(?:\s*(?:-|–|to)\s*£?\s*\d[\d,]*(?:\.\d+)?\s*k?)?(?:\s*(?:per|an?|/|p/?)\s*(?:hour|hr|h|annum|year|yr|week|wk|day|month)\b|\s*(?:ph|pa|pw|p\.a\.|p\.h\.|phr)(?=\W|$))?(?:\s*(?:\+|plus)\s*(?:benefits|bonus|overtime|holiday\s+pay))?)",
        // "37.5 hours", "16-20 hrs per week", "40h", "30 hpw"
        R"(\b\d+(?:\.\d+)?\s*(?:(?:-|–|to)\s*\d+(?:\.\d+)?\s*)?(?:hours|hour|hrs|hr|hpw|h)\b(?:\s*(?:per|a|p/?)\s*(?:week|wk)\b|\s*pw\b)?)",
    };
    // "Band 5", "NHS AfC Band 6/7", "Grade 3", "Band 8a"
    constexpr const char *GradePattern =
        R"(\b(?:nhs\s+)?(?:afc\s+)?(?:band|grade)\s*\d+[a-d]?(?:\s*(?:/|-|–|to|&|and)\s*(?:band\s*|grade\s*)?\d+[a-d]?)?\b)";

    QRegularExpression compile(const char *text)
    {
        return QRegularExpression(QString::fromUtf8(text),
                                  QRegularExpression::CaseInsensitiveOption |
                                      QRegularExpression::UseUnicodePropertiesOption);
    }

    /** The patterns above, compiled once; matching a QRegularExpression from several threads is safe. */
    const QVector<QRegularExpression> &removals()
    {
        static const QVector<QRegularExpression> all = [] {
            QVector<QRegularExpression> list;
            for (const char *reference : ReferencePatterns)
                list.append(compile(reference));
            for (const char *pay : PayPatterns)
                list.append(compile(pay));
            list.append(compile(GradePattern));
            return list;
        }();
        return all;
    }

    QString removeAll(QString text, const QRegularExpression &re, QStringList &removed)
    {
        QRegularExpressionMatchIterator it = re.globalMatch(text);
        QString out;
        qsizetype last = 0;
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (m.capturedLength() == 0)
                continue;
            out += QStringView(text).mid(last, m.capturedStart() - last);
            out += QLatin1Char(' ');
            removed.append(m.captured().simplified());
            last = m.capturedEnd();
        }
        if (last == 0)
            return text;
        out += QStringView(text).mid(last);
        return out.simplified();
    }

    const QSet<QString> &connectors()
    {
        static const QSet<QString> set = {QStringLiteral("on"),
                                          QStringLiteral("upon"),
                                          QStringLiteral("the"),
                                          QStringLiteral("and"),
                                          QStringLiteral("of"),
                                          QStringLiteral("in"),
                                          QStringLiteral("le"),
                                          QStringLiteral("de")};
        return set;
    }
} // namespace

QString TitleMatch::evidence() const
{
    if (!mapped())
        return JobTitleNormaliser::tr("No occupation's label matches “%1”.")
            .arg(normalised.isEmpty() ? input : normalised);
    NormalisedLabel label;
    label.how = how;
    return JobTitleNormaliser::tr("“%1” matched the label “%2” of %3 (%4, confidence %5%).")
        .arg(matchedText, matchedLabel, occupationLabel, label.howText())
        .arg(qRound(confidence * 100));
}

const JobTitleNormaliser::Lexicon &JobTitleNormaliser::lexicon()
{
    static const Lexicon built = [] {
        Lexicon lexicon;
        for (const QString &line : readList(QStringLiteral("abbreviations.txt"))) {
            const qsizetype bar = line.indexOf(QLatin1Char('|'));
            if (bar > 0)
                lexicon.abbreviations.insert(LabelMatcher::normalise(line.left(bar)),
                                             LabelMatcher::normalise(line.mid(bar + 1)));
        }
        for (const QString &line : readList(QStringLiteral("drop.txt")))
            lexicon.drop.append(LabelMatcher::normalise(line));
        // Longest first, so "night shift" goes before "night" could leave "shift" behind.
        std::stable_sort(lexicon.drop.begin(), lexicon.drop.end(), [](const QString &a, const QString &b) {
            return a.count(QLatin1Char(' ')) > b.count(QLatin1Char(' '));
        });
        for (const QString &line : readList(QStringLiteral("places.txt")))
            lexicon.places.insert(LabelMatcher::normalise(line));
        for (const QString &line : readList(QStringLiteral("seniority.txt")))
            lexicon.seniority.append(LabelMatcher::normalise(line));
        return lexicon;
    }();
    return built;
}

JobTitleNormaliser::JobTitleNormaliser(std::shared_ptr<const Taxonomy> taxonomy)
    : m_taxonomy(std::move(taxonomy))
{
    const QVector<Occupation> &occupations = m_taxonomy->occupations();
    for (int i = 0; i < occupations.size(); ++i)
        m_occupations.add(occupations.at(i).preferredLabel, i, true);
    for (int i = 0; i < occupations.size(); ++i) {
        for (const QString &alt : occupations.at(i).altLabels)
            m_occupations.add(alt, i, false);
    }
    m_occupations.finish();

    const auto learn = [this](const QString &label) {
        for (const QString &word : words(LabelMatcher::variantKey(label)))
            m_vocabulary.insert(word);
    };
    for (const Occupation &occupation : occupations) {
        learn(occupation.preferredLabel);
        for (const QString &alt : occupation.altLabels)
            learn(alt);
    }
    for (const SkillConcept &skill : m_taxonomy->concepts())
        learn(skill.preferredLabel);
    const Lexicon &lex = lexicon();
    for (auto it = lex.abbreviations.constBegin(); it != lex.abbreviations.constEnd(); ++it) {
        learn(it.key());
        learn(it.value());
    }
    for (const QString &phrase : lex.drop)
        learn(phrase);
    for (const QString &phrase : lex.seniority)
        learn(phrase);
}

bool JobTitleNormaliser::looksLikePlace(const QString &segment) const
{
    const QString trimmed = segment.trimmed();
    if (trimmed.isEmpty())
        return false;
    const Lexicon &lex = lexicon();
    if (lex.places.contains(LabelMatcher::normalise(trimmed)))
        return true;
    if (Validators::postcode(trimmed).valid)
        return true;
    static const QRegularExpression spaces(QStringLiteral("[\\s,]+"));
    const QStringList tokens = trimmed.split(spaces, Qt::SkipEmptyParts);
    constexpr qsizetype MostWords = 4;
    if (tokens.size() > MostWords)
        return false;
    bool anyPlace = false;
    for (const QString &token : tokens) {
        const QString word = LabelMatcher::normalise(token);
        if (word.isEmpty() || connectors().contains(word))
            continue;
        const bool postcodeLike = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); }) &&
                                  Validators::outcode(token).valid;
        // A capitalised word that no occupation, skill or word list uses is taken for a name: a town, an area.
        const bool unknownName = token.at(0).isUpper() && !m_vocabulary.contains(word) &&
                                 !m_vocabulary.contains(LabelMatcher::variantKey(token));
        if (!(lex.places.contains(word) || postcodeLike || unknownName))
            return false;
        anyPlace = true;
    }
    return anyPlace;
}

QString JobTitleNormaliser::expand(const QString &normalised) const
{
    const Lexicon &lex = lexicon();
    const QStringList tokens = words(normalised);
    QStringList out;
    for (qsizetype i = 0; i < tokens.size();) {
        // Abbreviations of up to three words once normalised ("a and e").
        bool expanded = false;
        for (qsizetype n = std::min<qsizetype>(3, tokens.size() - i); n >= 1 && !expanded; --n) {
            const auto it = lex.abbreviations.constFind(tokens.mid(i, n).join(QLatin1Char(' ')));
            if (it != lex.abbreviations.constEnd()) {
                out.append(*it);
                i += n;
                expanded = true;
            }
        }
        if (!expanded)
            out.append(tokens.at(i++));
    }
    return out.join(QLatin1Char(' '));
}

TitleMatch JobTitleNormaliser::normalise(const QString &title) const
{
    TitleMatch out;
    out.input = title.trimmed();
    QString text = out.input.left(MaxTitleLength).simplified();

    for (const QRegularExpression &removal : removals())
        text = removeAll(text, removal, out.removed);

    // Brackets: a place or terms go; anything else is a qualifier of the job ("Support Worker (Learning
    // Disabilities)").
    QStringList qualifiers;
    static const QRegularExpression brackets(QStringLiteral("[\\(\\[]([^\\(\\)\\[\\]]*)[\\)\\]]"));
    for (QRegularExpressionMatch m = brackets.match(text); m.hasMatch(); m = brackets.match(text)) {
        const QString inner = m.captured(1).simplified();
        if (!inner.isEmpty()) {
            if (looksLikePlace(inner))
                out.removed.append(inner);
            else
                qualifiers.append(inner);
        }
        text.replace(m.capturedStart(), m.capturedLength(), QStringLiteral(" "));
    }

    // Segments after " - ", " | ", ": " or ", ": the first that says what the job is leads, places go.
    static const QRegularExpression separators(QStringLiteral("\\s+[-–—|/]\\s+|\\s*[|:;,]\\s+|\\s+@\\s+"));
    QString main;
    for (const QString &segment : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = segment.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (looksLikePlace(trimmed)) {
            out.removed.append(trimmed);
            continue;
        }
        if (main.isEmpty())
            main = trimmed;
        else
            qualifiers.append(trimmed);
    }

    // "Care Assistant in Leeds", "Retail Assistant at Tesco", "Cleaner Bradford".
    static const QRegularExpression tail(QStringLiteral("\\s(?:in|at|near|based in)\\s(.+)$"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = tail.match(main); m.hasMatch() && looksLikePlace(m.captured(1))) {
        out.removed.append(m.captured(1));
        main = main.left(m.capturedStart()).trimmed();
    }
    QStringList mainWords = main.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (qsizetype n = 2; n >= 1; --n) {
        if (mainWords.size() > n + 1 &&
            lexicon().places.contains(LabelMatcher::normalise(mainWords.mid(mainWords.size() - n).join(u' ')))) {
            out.removed.append(mainWords.mid(mainWords.size() - n).join(u' '));
            mainWords = mainWords.mid(0, mainWords.size() - n);
        }
    }
    main = mainWords.join(QLatin1Char(' '));

    // Shift, contract and other terms, as whole words, longest phrases first.
    const auto dropTerms = [&](const QString &phrase) {
        QStringList tokens = words(LabelMatcher::normalise(phrase));
        for (const QString &drop : lexicon().drop) {
            const QStringList dropWords = words(drop);
            for (qsizetype i = 0; i + dropWords.size() <= tokens.size();) {
                if (tokens.mid(i, dropWords.size()) == dropWords) {
                    out.removed.append(drop);
                    tokens.remove(i, dropWords.size());
                } else {
                    ++i;
                }
            }
        }
        // "Weekends and Days" leaves "and": words that only join others are not a job.
        static const QSet<QString> joiners = {QStringLiteral("and"),
                                              QStringLiteral("or"),
                                              QStringLiteral("with"),
                                              QStringLiteral("in"),
                                              QStringLiteral("of"),
                                              QStringLiteral("to"),
                                              QStringLiteral("for"),
                                              QStringLiteral("only")};
        while (!tokens.isEmpty() && joiners.contains(tokens.first()))
            tokens.removeFirst();
        while (!tokens.isEmpty() && joiners.contains(tokens.last()))
            tokens.removeLast();
        return tokens.join(QLatin1Char(' '));
    };
    // The slash is kept through normalising so "LGV/HGV Driver" can be tried as either.
    const QString slashWord = QStringLiteral("zzslashzz");
    main.replace(QLatin1Char('/'), QLatin1Char(' ') + slashWord + QLatin1Char(' '));
    QStringList coreWords = words(dropTerms(main));
    while (!coreWords.isEmpty() && coreWords.first() == slashWord)
        coreWords.removeFirst();
    while (!coreWords.isEmpty() && coreWords.last() == slashWord)
        coreWords.removeLast();
    QString core =
        coreWords.join(QLatin1Char(' ')).replace(QLatin1Char(' ') + slashWord + QLatin1Char(' '), QStringLiteral("/"));
    QStringList kept;
    for (const QString &qualifier : std::as_const(qualifiers)) {
        const QString cleaned = dropTerms(qualifier);
        if (!cleaned.isEmpty())
            kept.append(cleaned);
    }
    if (core.isEmpty() && !kept.isEmpty())
        core = kept.takeFirst();
    out.unexpanded = core;
    out.normalised = expand(QString(core).replace(QLatin1Char('/'), QLatin1Char(' ')));
    for (const QString &qualifier : std::as_const(kept))
        out.qualifiers.append(expand(qualifier));
    return out;
}

QStringList JobTitleNormaliser::candidates(const TitleMatch &cleaned, QVector<double> *factors, int *wholeCount) const
{
    const QString core = cleaned.unexpanded;
    const QStringList &qualifiers = cleaned.qualifiers;

    QStringList out;
    const auto add = [&](const QString &text, double factor) {
        const QString simple = text.simplified();
        if (!simple.isEmpty() && !out.contains(simple)) {
            out.append(simple);
            factors->append(factor);
        }
    };
    const QString flat = QString(core).replace(QLatin1Char('/'), QLatin1Char(' '));
    // The whole title: a qualifier may make it more specific ("learning disability support worker").
    for (const QString &q : std::as_const(qualifiers)) {
        add(q + QLatin1Char(' ') + cleaned.normalised, 1.0);
        add(cleaned.normalised + QLatin1Char(' ') + q, 1.0);
    }
    add(cleaned.normalised, 1.0);
    add(flat, 1.0);
    *wholeCount = int(out.size());

    // One side of "A/B rest" or "rest A/B".
    static const QRegularExpression slash(QStringLiteral("(\\S+)/(\\S+)"));
    if (const QRegularExpressionMatch m = slash.match(core); m.hasMatch()) {
        for (int side = 1; side <= 2; ++side) {
            QString alternative = core;
            alternative.replace(m.capturedStart(), m.capturedLength(), m.captured(side));
            add(expand(alternative), AlternativeFactor);
            add(alternative, AlternativeFactor);
        }
    }

    const Lexicon &lex = lexicon();
    const QStringList plain = words(cleaned.normalised);
    QString withoutSeniority = QLatin1Char(' ') + plain.join(QLatin1Char(' ')) + QLatin1Char(' ');
    for (const QString &senior : lex.seniority)
        withoutSeniority.replace(QLatin1Char(' ') + senior + QLatin1Char(' '), QStringLiteral(" "));
    add(withoutSeniority, WithoutSeniorityFactor);

    // English job titles end in their head noun: "hospital domestic assistant" is a "domestic assistant".
    for (const QStringList &tokens : {plain, words(withoutSeniority.simplified())}) {
        for (qsizetype start = 1; start < tokens.size(); ++start) {
            const qsizetype left = tokens.size() - start;
            if (left == 1 && tokens.last().size() < 4)
                continue;
            add(tokens.mid(start).join(QLatin1Char(' ')), left == 1 ? OneWordTailFactor : TailFactor);
        }
    }
    return out;
}

TitleMatch JobTitleNormaliser::match(const QString &title) const
{
    TitleMatch out = normalise(title);
    QVector<double> factors;
    int wholeCount = 0;
    const QStringList forms = candidates(out, &factors, &wholeCount);

    const auto accept = [&](const LabelMatcher::Match &m, const QString &form, double factor) {
        const Occupation &occupation = m_taxonomy->occupations().at(m.target);
        out.occupationId = occupation.id;
        out.occupationLabel = occupation.preferredLabel;
        out.matchedLabel = m.label;
        out.matchedText = form;
        out.how = m.how;
        out.confidence = m.confidence * factor;
        out.wholeTitle = factor >= 1.0;
    };

    // Cheap lookups of every form first; the costly close-match search only when none matched.
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const LabelMatcher::Match m = m_occupations.lookup(forms.at(i), false);
        // A bare head noun ("assistant", "supervisor") only names the occupation whose own name it is.
        const bool oneWordTail = factors.at(i) == OneWordTailFactor;
        if (m.found() && (!oneWordTail || m.how == LabelMatcher::How::Exact)) {
            accept(m, forms.at(i), factors.at(i));
            return out;
        }
    }
    // Only the whole title may match loosely; a loose match on a fragment is noise.
    LabelMatcher::Match bestFuzzy;
    QString bestFuzzyForm;
    for (qsizetype i = 0; i < wholeCount; ++i) {
        // The title with a qualifier added is too long to be a close match of a label; only the title itself.
        if (forms.at(i) != out.normalised && forms.at(i) != QString(out.unexpanded).replace(u'/', u' '))
            continue;
        const LabelMatcher::Match m = m_occupations.lookup(forms.at(i));
        // Spelling may differ, not the words: "operations manager" is not a "site operations manager".
        const bool sameWords = m.found() && words(LabelMatcher::normalise(m.label)).size() == words(forms.at(i)).size();
        if (sameWords && m.confidence >= MinCloseMatch && m.confidence > bestFuzzy.confidence) {
            bestFuzzy = m;
            bestFuzzyForm = forms.at(i);
        }
    }
    if (bestFuzzy.found())
        accept(bestFuzzy, bestFuzzyForm, 1.0);
    return out;
}
