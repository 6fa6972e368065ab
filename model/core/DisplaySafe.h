#pragma once

#include <QString>

/**
 * Makes text that came from outside (bundles, other devices) safe to show and store: a terminal obeys escape
 * sequences (ESC ] 0; retitles the window, CSI moves the cursor) and bidirectional overrides reorder what a
 * person reads, so a bundle could otherwise disguise a file name or a publisher (issue 13 #10).
 * Removes C0 controls, DEL, C1 controls and the bidi embedding, override and isolate characters
 * (U+202A–U+202E, U+2066–U+2069). Everything else, including every printable script, is kept as it is.
 */
namespace DisplaySafe
{
    /**
     * For one-line fields (names, ids, labels): tab, line feed and carriage return become a space, so words
     * stay apart; every other control character is removed.
     */
    QString singleLine(const QString &text);
    /** For multi-line fields (descriptions, notes): keeps line feeds and tabs; CR LF becomes LF. */
    QString multiLine(const QString &text);
    /** Whether `c` is one of the characters both functions remove or replace. */
    bool isUnsafe(QChar c);
} // namespace DisplaySafe
