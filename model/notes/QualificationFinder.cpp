#include "QualificationFinder.h"

#include <QRegularExpression>

#include <algorithm>

namespace
{
    constexpr qsizetype MaxCoordinatedSubjects = 6;
} // namespace

QualificationFinder::QualificationFinder(std::shared_ptr<const NoteLexicon> lexicon,
                                         std::shared_ptr<const NoteCues> cues)
    : m_lexicon(std::move(lexicon))
    , m_cues(std::move(cues))
{}

void QualificationFinder::find(const QString &text,
                               const QVector<NoteToken> &tokens,
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
            tokens.cbegin(), tokens.cend(), start, [](const NoteToken &t, qsizetype at) { return t.start < at; });
        if (firstToken != tokens.cend() && m_cues->negatedBefore(tokens, int(firstToken - tokens.cbegin())))
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
                if (const NoteLexicon::Phrase *p = m_lexicon->phrase(key)) {
                    for (const NoteLexicon::Entry &e : p->entries) {
                        if (e.kind == NoteLexicon::EntryKind::Concept && m_lexicon->normaliser() &&
                            m_lexicon->normaliser()->taxonomy().concepts().at(e.target).type == ConceptType::Licence)
                            conceptIndex = e.target;
                    }
                }
                if (conceptIndex >= 0)
                    break;
            }
            if (conceptIndex >= 0) {
                out.append(m_lexicon->conceptSuggestion(
                    conceptIndex, item.start, item.length, ExtractedSuggestion::TaxonomyConfidence));
                continue;
            }
            ExtractedSuggestion s;
            s.kind = ExtractedSuggestion::Kind::Qualification;
            s.value = item.text.simplified();
            s.start = item.start;
            s.length = item.length;
            s.confidence = ExtractedSuggestion::PatternConfidence;
            out.append(s);
        }
    }
}
