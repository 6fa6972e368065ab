#pragma once

#include <QObject>

/**
 * Makes Return and Enter press the focused push or tool button everywhere, as people expect from the keyboard.
 * Qt presses a focused button on Space only, except the default buttons of a dialog, so outside dialogs
 * ("Start the form" in a workspace page) Return did nothing. Installed once on the application by the main
 * window; buttons that already act on Return (a dialog's auto-default ones) are left to Qt so nothing is
 * pressed twice.
 */
class ReturnActivatesButton : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
