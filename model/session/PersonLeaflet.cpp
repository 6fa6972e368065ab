#include "model/session/PersonLeaflet.h"

#include <QTranslator>

#include <memory>

namespace
{
    // The words are marked for lupdate here and translated at build() in the leaflet's own language, not the
    // interface's. Short sentences and everyday words: it is read by people who may find forms hard.
    const char *const Title = QT_TRANSLATE_NOOP("PersonLeaflet", "How your work coach uses Waymark");

    struct SectionText
    {
        const char *heading;
        QVector<const char *> paragraphs;
    };

    const QVector<SectionText> &texts()
    {
        static const QVector<SectionText> sections{
            {QT_TRANSLATE_NOOP("PersonLeaflet", "What Waymark is"),
             {QT_TRANSLATE_NOOP("PersonLeaflet",
                                "Waymark is a computer program your work coach uses to keep your record. It is on "
                                "their own computer, and it is locked with a password."),
              QT_TRANSLATE_NOOP("PersonLeaflet",
                                "Waymark can make suggestions to your coach. It can suggest jobs that may suit you, "
                                "and say why. It can spot skills, job goals and hours in the notes your coach "
                                "writes. It can fill in parts of a form from your record.")}},
            {QT_TRANSLATE_NOOP("PersonLeaflet", "A person decides, not the computer"),
             {QT_TRANSLATE_NOOP("PersonLeaflet",
                                "Waymark only suggests. Your coach reads each suggestion and decides whether to use "
                                "it, change it or leave it out."),
              QT_TRANSLATE_NOOP("PersonLeaflet",
                                "Waymark never decides your benefits, what you have to do, or whether you get a "
                                "sanction. People make those decisions.")}},
            {QT_TRANSLATE_NOOP("PersonLeaflet", "What it reads, and what it never reads"),
             {QT_TRANSLATE_NOOP("PersonLeaflet",
                                "To suggest jobs, Waymark reads your skills, your work history, your job goals, "
                                "your qualifications, how far you can travel and the hours you can work."),
              QT_TRANSLATE_NOOP("PersonLeaflet",
                                "To suggest jobs, it never reads your name, your date of birth, your National "
                                "Insurance number, your address or contact details, the language you speak, your "
                                "health or fit notes, or the notes your coach writes."),
              QT_TRANSLATE_NOOP("PersonLeaflet",
                                "Suggestions from notes come only from the note your coach is writing at the "
                                "time. Nothing leaves your coach's computer to make a suggestion.")}},
            {QT_TRANSLATE_NOOP("PersonLeaflet", "You can see why"),
             {QT_TRANSLATE_NOOP("PersonLeaflet",
                                "You can ask for a copy of everything held about you. It is free. It includes a "
                                "part called \"Suggestions made about you\": each suggestion, the reasons shown "
                                "to your coach at the time, what was decided, who decided and when.")}},
            {QT_TRANSLATE_NOOP("PersonLeaflet", "If you disagree"),
             {QT_TRANSLATE_NOOP("PersonLeaflet",
                                "Tell your coach if you disagree with a suggestion or with a decision. They will "
                                "write down that you disagreed, in your words. This shows in your record and in "
                                "your copy."),
              QT_TRANSLATE_NOOP("PersonLeaflet",
                                "You can ask for any decision to be looked at again by a person. Ask your coach, "
                                "or write to the organisation that helps you. You can give your side and ask them "
                                "to change the decision."),
              QT_TRANSLATE_NOOP("PersonLeaflet",
                                "The law gives you these rights. This includes the Data (Use and Access) Act "
                                "2025, which says people must be able to ask for a person to look again at "
                                "decisions made with computers.")}},
            {QT_TRANSLATE_NOOP("PersonLeaflet", "If you are still not happy"),
             {QT_TRANSLATE_NOOP("PersonLeaflet",
                                "You can complain to the organisation that helps you. If you are still not happy "
                                "with how they use your information, you can complain to the Information "
                                "Commissioner's Office (ICO): ico.org.uk or 0303 123 1113.")}},
        };
        return sections;
    }
} // namespace

QStringList PersonLeaflet::languages()
{
    return {QStringLiteral("en"), QStringLiteral("cy")};
}

bool PersonLeaflet::isLanguage(const QString &language)
{
    return languages().contains(language);
}

PersonLeaflet PersonLeaflet::build(const QString &language)
{
    PersonLeaflet leaflet;
    leaflet.m_language = language == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en");
    // A translator of its own: installing one would change the whole interface's language.
    std::unique_ptr<QTranslator> welsh;
    if (leaflet.m_language == QLatin1String("cy")) {
        welsh = std::make_unique<QTranslator>();
        if (!welsh->load(QStringLiteral(":/i18n/waymark_cy")))
            welsh.reset();
    }
    const auto text = [&welsh](const char *source) {
        if (welsh) {
            const QString translated = welsh->translate("PersonLeaflet", source);
            if (!translated.isEmpty())
                return translated;
        }
        return QString::fromUtf8(source);
    };
    leaflet.m_title = text(Title);
    for (const SectionText &section : texts()) {
        Section out{text(section.heading), {}};
        for (const char *paragraph : section.paragraphs)
            out.paragraphs.append(text(paragraph));
        leaflet.m_sections.append(out);
    }
    return leaflet;
}

QString PersonLeaflet::toHtml() const
{
    const QString lang = m_language == QLatin1String("cy") ? QStringLiteral("cy") : QStringLiteral("en-GB");
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"") + lang +
                   QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\">\n<title>") + m_title.toHtmlEscaped() +
                   QStringLiteral("</title>\n<style>\n"
                                  "body { font-family: sans-serif; font-size: 14pt; max-width: 40em; margin: 2em "
                                  "auto; padding: 0 1em; line-height: 1.5; color: #000; background: #fff; }\n"
                                  "h2 { margin-top: 1.5em; }\n"
                                  "section { break-inside: avoid; }\n"
                                  "@media print { body { margin: 0; max-width: none; } }\n"
                                  "</style>\n</head>\n<body>\n<h1>") +
                   m_title.toHtmlEscaped() + QStringLiteral("</h1>\n");
    for (const Section &section : m_sections) {
        html += QStringLiteral("<section>\n<h2>") + section.heading.toHtmlEscaped() + QStringLiteral("</h2>\n");
        for (const QString &paragraph : section.paragraphs)
            html += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>\n");
        html += QStringLiteral("</section>\n");
    }
    return html + QStringLiteral("</body>\n</html>\n");
}

QString PersonLeaflet::toText() const
{
    QString text = m_title + QLatin1Char('\n') + QString(m_title.size(), QLatin1Char('=')) + QLatin1Char('\n');
    for (const Section &section : m_sections) {
        text += QLatin1Char('\n') + section.heading + QLatin1Char('\n');
        for (const QString &paragraph : section.paragraphs)
            text += QLatin1Char('\n') + paragraph + QLatin1Char('\n');
    }
    return text;
}
