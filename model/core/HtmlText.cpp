#include "model/core/HtmlText.h"

#include <QHash>

#include <algorithm>

namespace
{
    struct NamedEntity
    {
        const char *name;
        char16_t character;
    };

    // The references met in UK job adverts: markup, typography, currency, and the accented letters
    // of English, Welsh (ŵ, ŷ) and names. Anything else is left as written.
    constexpr NamedEntity NamedEntities[] = {
        {"amp", u'&'},      {"lt", u'<'},       {"gt", u'>'},       {"quot", u'"'},     {"apos", u'\''},
        {"nbsp", 0x00A0},   {"ensp", 0x2002},   {"emsp", 0x2003},   {"thinsp", 0x2009}, {"shy", 0x00AD},
        {"zwnj", 0x200C},   {"zwj", 0x200D},    {"ndash", 0x2013},  {"mdash", 0x2014},  {"lsquo", 0x2018},
        {"rsquo", 0x2019},  {"sbquo", 0x201A},  {"ldquo", 0x201C},  {"rdquo", 0x201D},  {"bdquo", 0x201E},
        {"hellip", 0x2026}, {"bull", 0x2022},   {"middot", 0x00B7}, {"pound", 0x00A3},  {"euro", 0x20AC},
        {"cent", 0x00A2},   {"yen", 0x00A5},    {"copy", 0x00A9},   {"reg", 0x00AE},    {"trade", 0x2122},
        {"deg", 0x00B0},    {"plusmn", 0x00B1}, {"times", 0x00D7},  {"divide", 0x00F7}, {"frac12", 0x00BD},
        {"frac14", 0x00BC}, {"frac34", 0x00BE}, {"sup2", 0x00B2},   {"sup3", 0x00B3},   {"para", 0x00B6},
        {"sect", 0x00A7},   {"laquo", 0x00AB},  {"raquo", 0x00BB},  {"iexcl", 0x00A1},  {"iquest", 0x00BF},
        {"rarr", 0x2192},   {"larr", 0x2190},   {"check", 0x2713},  {"aacute", 0x00E1}, {"Aacute", 0x00C1},
        {"agrave", 0x00E0}, {"Agrave", 0x00C0}, {"acirc", 0x00E2},  {"Acirc", 0x00C2},  {"auml", 0x00E4},
        {"Auml", 0x00C4},   {"atilde", 0x00E3}, {"aring", 0x00E5},  {"aelig", 0x00E6},  {"ccedil", 0x00E7},
        {"Ccedil", 0x00C7}, {"eacute", 0x00E9}, {"Eacute", 0x00C9}, {"egrave", 0x00E8}, {"Egrave", 0x00C8},
        {"ecirc", 0x00EA},  {"Ecirc", 0x00CA},  {"euml", 0x00EB},   {"iacute", 0x00ED}, {"Iacute", 0x00CD},
        {"igrave", 0x00EC}, {"icirc", 0x00EE},  {"Icirc", 0x00CE},  {"iuml", 0x00EF},   {"ntilde", 0x00F1},
        {"oacute", 0x00F3}, {"Oacute", 0x00D3}, {"ograve", 0x00F2}, {"ocirc", 0x00F4},  {"Ocirc", 0x00D4},
        {"ouml", 0x00F6},   {"Ouml", 0x00D6},   {"otilde", 0x00F5}, {"oslash", 0x00F8}, {"uacute", 0x00FA},
        {"Uacute", 0x00DA}, {"ugrave", 0x00F9}, {"ucirc", 0x00FB},  {"uuml", 0x00FC},   {"Uuml", 0x00DC},
        {"yacute", 0x00FD}, {"yuml", 0x00FF},   {"szlig", 0x00DF},  {"wcirc", 0x0175},  {"Wcirc", 0x0174},
        {"ycirc", 0x0177},  {"Ycirc", 0x0176},
    };

    // References HTML accepts without the closing ';' ("&amp" in old feeds).
    constexpr const char *BareEntities[] = {"amp", "lt", "gt", "quot", "nbsp"};

    // Code points 0x80-0x9F name windows-1252 characters in real pages (the HTML standard's rule).
    constexpr char16_t Windows1252[32] = {
        0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
        0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
    };

    // Tag names an escaped feed is recognised by; "&lt;5 years" is text, "&lt;p&gt;" is markup.
    constexpr const char *KnownTags[] = {
        "p",  "br",    "li", "ul", "ol", "div", "span",    "strong", "b",     "i",          "em",
        "u",  "h1",    "h2", "h3", "h4", "h5",  "h6",      "a",      "table", "tr",         "td",
        "th", "tbody", "hr", "dl", "dt", "dd",  "section", "small",  "font",  "blockquote", "pre"};

    enum class Block
    {
        Inline,
        Cell,
        Line,
        Paragraph,
        ListItem,
    };

    Block blockOf(QStringView tag)
    {
        static const QHash<QString, Block> blocks = {
            {QStringLiteral("br"), Block::Line},
            {QStringLiteral("div"), Block::Line},
            {QStringLiteral("tr"), Block::Line},
            {QStringLiteral("dt"), Block::Line},
            {QStringLiteral("dd"), Block::Line},
            {QStringLiteral("li"), Block::ListItem},
            {QStringLiteral("td"), Block::Cell},
            {QStringLiteral("th"), Block::Cell},
            {QStringLiteral("p"), Block::Paragraph},
            {QStringLiteral("ul"), Block::Paragraph},
            {QStringLiteral("ol"), Block::Paragraph},
            {QStringLiteral("dl"), Block::Paragraph},
            {QStringLiteral("h1"), Block::Paragraph},
            {QStringLiteral("h2"), Block::Paragraph},
            {QStringLiteral("h3"), Block::Paragraph},
            {QStringLiteral("h4"), Block::Paragraph},
            {QStringLiteral("h5"), Block::Paragraph},
            {QStringLiteral("h6"), Block::Paragraph},
            {QStringLiteral("hr"), Block::Paragraph},
            {QStringLiteral("table"), Block::Paragraph},
            {QStringLiteral("section"), Block::Paragraph},
            {QStringLiteral("article"), Block::Paragraph},
            {QStringLiteral("header"), Block::Paragraph},
            {QStringLiteral("footer"), Block::Paragraph},
            {QStringLiteral("blockquote"), Block::Paragraph},
            {QStringLiteral("pre"), Block::Paragraph},
        };
        return blocks.value(tag.toString(), Block::Inline);
    }

    bool isAsciiLetter(QChar c)
    {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
    }

    bool isAsciiAlnum(QChar c)
    {
        return isAsciiLetter(c) || (c >= u'0' && c <= u'9');
    }

    /** Collects text with folded whitespace and pending breaks, so no line starts or ends with a space. */
    class TextWriter
    {
    public:
        explicit TextWriter(qsizetype reserve) { m_out.reserve(reserve); }

        void breakLine(int level) { m_break = std::max(m_break, level); }
        void space() { m_space = true; }
        void bullet()
        {
            breakLine(1);
            m_bullet = true;
        }

        void append(QChar c)
        {
            if (c.isSpace()) {
                m_space = true;
                return;
            }
            const QChar::Category category = c.category();
            if (category == QChar::Other_Control || category == QChar::Other_Format)
                return;
            if (!m_out.isEmpty()) {
                if (m_break > 0)
                    m_out.append(m_break > 1 ? QStringLiteral("\n\n") : QStringLiteral("\n"));
                else if (m_space)
                    m_out.append(QLatin1Char(' '));
            }
            if (m_bullet)
                m_out.append(QStringLiteral("• "));
            m_break = 0;
            m_space = false;
            m_bullet = false;
            m_out.append(c);
        }

        void appendText(QStringView text)
        {
            for (QChar c : text)
                append(c);
        }

        /** Plain text keeps its own line breaks: one newline is a line, two or more a paragraph. */
        void appendPlain(QStringView text)
        {
            int newlines = 0;
            for (QChar c : text) {
                if (c == u'\n') {
                    ++newlines;
                    continue;
                }
                if (c == u'\r')
                    continue;
                if (newlines > 0 && !c.isSpace()) {
                    breakLine(newlines > 1 ? 2 : 1);
                    newlines = 0;
                }
                append(c);
            }
        }

        QString take() { return std::move(m_out); }

    private:
        QString m_out;
        int m_break = 0;
        bool m_space = false;
        bool m_bullet = false;
    };

    /** '<' starting a tag, an end tag or a comment, as opposed to "a < b". */
    bool startsMarkup(QStringView s, qsizetype i)
    {
        if (s[i] != u'<' || i + 1 >= s.size())
            return false;
        const QChar next = s[i + 1];
        return isAsciiLetter(next) || next == u'/' || next == u'!';
    }

    bool hasMarkup(QStringView s)
    {
        for (qsizetype i = s.indexOf(u'<'); i >= 0; i = s.indexOf(u'<', i + 1)) {
            if (startsMarkup(s, i))
                return true;
        }
        return false;
    }

    /** A known tag name (after an optional '/') at `i`, followed by something that ends a name. */
    bool knownTagAt(QStringView s, qsizetype i)
    {
        if (i < s.size() && s[i] == u'/')
            ++i;
        for (const char *tag : KnownTags) {
            const QLatin1String name(tag);
            if (s.mid(i, name.size()).compare(name, Qt::CaseInsensitive) != 0)
                continue;
            const qsizetype after = i + name.size();
            if (after < s.size() && !isAsciiAlnum(s[after]))
                return true;
        }
        return false;
    }

    /**
     * A tag escaped once or more: "&lt;p", "&amp;lt;/li", "&#60;br", "&#x3c;ul" followed by a known
     * tag name.
     */
    bool hasEscapedMarkup(QStringView s)
    {
        static const QLatin1String openers[] = {
            QLatin1String("lt;"), QLatin1String("#60;"), QLatin1String("#x3c;"), QLatin1String("#X3C;")};
        for (const QLatin1String &opener : openers) {
            for (qsizetype i = s.indexOf(opener, 0, Qt::CaseInsensitive); i >= 0;
                 i = s.indexOf(opener, i + 1, Qt::CaseInsensitive)) {
                // "&lt;", or "&amp;lt;" and so on, up to the rounds that will be undone.
                qsizetype j = i;
                for (int round = 0; round < HtmlText::MaxUnescapeRounds && j >= 4 && s.mid(j - 4, 4) == u"amp;";
                     ++round)
                    j -= 4;
                const bool escaped = j >= 1 && s[j - 1] == u'&';
                if (escaped && knownTagAt(s, i + opener.size()))
                    return true;
            }
        }
        return false;
    }

    /** Skips a tag or comment starting at '<'; returns where scanning resumes, or -1 when it never ends. */
    qsizetype tagEnd(QStringView s, qsizetype i)
    {
        if (s.mid(i, 4) == u"<!--") {
            const qsizetype end = s.indexOf(u"-->", i + 4);
            return end < 0 ? -1 : end + 3;
        }
        const qsizetype end = s.indexOf(u'>', i + 1);
        return end < 0 ? -1 : end + 1;
    }

    QString tagName(QStringView tag, bool *closing)
    {
        qsizetype i = 1;
        *closing = i < tag.size() && tag[i] == u'/';
        if (*closing)
            ++i;
        const qsizetype start = i;
        while (i < tag.size() && isAsciiAlnum(tag[i]))
            ++i;
        return tag.mid(start, i - start).toString().toLower();
    }

    int digitValue(QChar c, int base)
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        if (base == 16 && c >= u'a' && c <= u'f')
            return c.unicode() - u'a' + 10;
        if (base == 16 && c >= u'A' && c <= u'F')
            return c.unicode() - u'A' + 10;
        return -1;
    }

    void appendCodePoint(QString &out, char32_t code)
    {
        if (code >= 0x80 && code <= 0x9F) {
            if (const char16_t mapped = Windows1252[code - 0x80])
                out.append(QChar(mapped));
            return;
        }
        if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            out.append(QChar(QChar::ReplacementCharacter));
            return;
        }
        const char32_t one[1] = {code};
        out.append(QString::fromUcs4(one, 1));
    }

    /** Decodes one reference at s[i] == '&'; returns the characters consumed, or 0 when it is not one. */
    qsizetype decodeOne(QStringView s, qsizetype i, QString &out)
    {
        qsizetype j = i + 1;
        if (j < s.size() && s[j] == u'#') {
            ++j;
            const bool hex = j < s.size() && (s[j] == u'x' || s[j] == u'X');
            if (hex)
                ++j;
            const qsizetype digitsStart = j;
            char32_t code = 0;
            // The value saturates, so a long run of digits cannot overflow.
            while (j < s.size()) {
                const int digit = digitValue(s[j], hex ? 16 : 10);
                if (digit < 0)
                    break;
                code = std::min<char32_t>(code * (hex ? 16 : 10) + char32_t(digit), 0x110000);
                ++j;
            }
            if (j == digitsStart)
                return 0;
            if (j < s.size() && s[j] == u';')
                ++j;
            appendCodePoint(out, code);
            return j - i;
        }
        static const QHash<QString, char16_t> named = [] {
            QHash<QString, char16_t> map;
            for (const NamedEntity &e : NamedEntities)
                map.insert(QString::fromLatin1(e.name), e.character);
            return map;
        }();
        constexpr qsizetype LongestName = 8;
        while (j < s.size() && j - i - 1 < LongestName && isAsciiAlnum(s[j]))
            ++j;
        const QString name = s.mid(i + 1, j - i - 1).toString();
        const auto it = named.constFind(name);
        if (it == named.constEnd())
            return 0;
        if (j < s.size() && s[j] == u';') {
            out.append(QChar(*it));
            return j + 1 - i;
        }
        for (const char *bare : BareEntities) {
            if (name == QLatin1String(bare)) {
                out.append(QChar(*it));
                return j - i;
            }
        }
        return 0;
    }

    void appendDecoded(TextWriter &writer, QStringView text, bool plain)
    {
        const QString decoded = HtmlText::decodeEntities(text);
        if (plain)
            writer.appendPlain(decoded);
        else
            writer.appendText(decoded);
    }
} // namespace

QString HtmlText::decodeEntities(QStringView text)
{
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype amp = text.indexOf(u'&', i);
        if (amp < 0) {
            out.append(text.mid(i));
            break;
        }
        out.append(text.mid(i, amp - i));
        const qsizetype used = decodeOne(text, amp, out);
        if (used == 0) {
            out.append(u'&');
            i = amp + 1;
        } else {
            i = amp + used;
        }
    }
    return out;
}

QString HtmlText::toText(QStringView html)
{
    QString source = html.toString();
    for (int round = 0; round < MaxUnescapeRounds && !hasMarkup(source) && hasEscapedMarkup(source); ++round)
        source = decodeEntities(source);

    const QStringView s(source);
    TextWriter writer(s.size());
    if (!hasMarkup(s)) {
        appendDecoded(writer, s, true);
        return writer.take();
    }

    qsizetype i = 0;
    while (i < s.size()) {
        qsizetype lt = s.indexOf(u'<', i);
        while (lt >= 0 && !startsMarkup(s, lt))
            lt = s.indexOf(u'<', lt + 1);
        if (lt < 0) {
            appendDecoded(writer, s.mid(i), false);
            break;
        }
        appendDecoded(writer, s.mid(i, lt - i), false);
        const qsizetype end = tagEnd(s, lt);
        if (end < 0)
            break; // An unterminated tag runs to the end: nothing after it is text.
        bool closing = false;
        const QString name = tagName(s.mid(lt, end - lt), &closing);
        i = end;
        if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
            const QString closer = QLatin1String("</") + name;
            const qsizetype close = s.indexOf(closer, i, Qt::CaseInsensitive);
            if (close < 0)
                break;
            const qsizetype closeEnd = s.indexOf(u'>', close);
            i = closeEnd < 0 ? s.size() : closeEnd + 1;
            continue;
        }
        switch (blockOf(name)) {
        case Block::Inline:
            break;
        case Block::Cell:
            writer.space();
            break;
        case Block::Line:
            writer.breakLine(1);
            break;
        case Block::Paragraph:
            writer.breakLine(2);
            break;
        case Block::ListItem:
            if (closing)
                writer.breakLine(1);
            else
                writer.bullet();
            break;
        }
    }
    return writer.take();
}
