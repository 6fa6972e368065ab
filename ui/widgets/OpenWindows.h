#pragma once

class QWidget;

/**
 * What locking does to every other window: a message box, a file dialog or a record editor left open shows
 * personal data, and the lock must not leave it on screen behind the unlock form.
 */
namespace OpenWindows
{
    /**
     * Closes every visible dialog (modal or not) except `keep`, with any popup menu and tooltip, and returns how
     * many dialogs it closed. Dialogs are rejected: whoever opened one sees it cancelled.
     */
    int closeAllExcept(const QWidget *keep);
} // namespace OpenWindows
