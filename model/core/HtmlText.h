#pragma once

#include <QString>

/**
 * Turns the HTML of a job advert into plain text, as text only: nothing is rendered, no link is
 * followed, no resource is fetched. Tags are dropped; <p>, <br>, headings and other block tags become
 * line breaks; each <li> becomes a line starting with "• "; <script> and <style> are dropped with
 * their contents; character references (named, decimal, hex) are decoded once, so "&amp;lt;" is the
 * text "&lt;", never a tag. Feeds that escaped their HTML once or twice ("&lt;p&gt;",
 * "&amp;lt;p&amp;gt;") are unescaped first, a bounded number of times. Whitespace is folded, blank
 * lines are kept to one, and control characters are removed.
 *
 * One pass per unescaping round and one over the markup: time and output are linear in the input.
 */
class HtmlText
{
public:
    /** Rounds of unescaping for feeds that escaped their HTML; more would be a hostile input. */
    static constexpr int MaxUnescapeRounds = 3;

    static QString toText(QStringView html);

    /** Decodes the character references in `text` once ("&amp;lt;" -> "&lt;"); unknown ones stay as written. */
    static QString decodeEntities(QStringView text);
};
